import type { MessageTemplate } from "@madani/model";

/** Messages of the event rules' issue codes, in ar, fr and en. */
export const eventMessages = {
  "event.end_before_start": {
    ar: "تاريخ نهاية النشاط ({endOn}) سابق لتاريخ بدايته ({startOn}).",
    fr: "La date de fin de l'événement ({endOn}) précède sa date de début ({startOn}).",
    en: "The event ends ({endOn}) before it starts ({startOn}).",
  },
  "event.duplicate_id": {
    ar: "المعرف «{id}» مستعمل أكثر من مرة.",
    fr: "L'identifiant « {id} » est utilisé plusieurs fois.",
    en: "The id “{id}” is used more than once.",
  },
  "event.duplicate_partner": {
    ar: "الشريك «{id}» مذكور أكثر من مرة.",
    fr: "Le partenaire « {id} » figure plusieurs fois.",
    en: "The partner “{id}” is listed more than once.",
  },
  "event.session_outside": {
    ar: "الجلسة «{id}» ({on}) خارج مدة النشاط ({startOn} – {endOn}).",
    fr: "La séance « {id} » ({on}) est hors des dates de l'événement ({startOn} – {endOn}).",
    en: "The session “{id}” ({on}) is outside the event dates ({startOn} – {endOn}).",
  },
  "event.session_time_order": {
    ar: "تنتهي الجلسة «{id}» قبل بدايتها أو عندها.",
    fr: "La séance « {id} » se termine avant ou au moment où elle commence.",
    en: "The session “{id}” ends at or before its start.",
  },
  "event.unknown_venue": {
    ar: "مكان الانعقاد «{id}» غير معرف في النشاط.",
    fr: "Le lieu « {id} » n'est pas défini dans l'événement.",
    en: "The venue “{id}” is not defined in the event.",
  },
  "event.unknown_track": {
    ar: "المسار «{id}» غير معرف في النشاط.",
    fr: "Le parcours « {id} » n'est pas défini dans l'événement.",
    en: "The track “{id}” is not defined in the event.",
  },
  "event.unknown_topic": {
    ar: "الموضوع «{id}» غير موجود في فهرس تقوية القدرات.",
    fr: "Le thème « {id} » n'existe pas dans le catalogue de renforcement des capacités.",
    en: "The topic “{id}” is not in the capacity-building catalogue.",
  },
  "event.track_overlap": {
    ar: "تتداخل الجلستان «{id}» و«{other}» في نفس المسار.",
    fr: "Les séances « {id} » et « {other} » se chevauchent dans le même parcours.",
    en: "The sessions “{id}” and “{other}” overlap in the same track.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** Issue codes of the event rules. */
export type EventIssueCode = keyof typeof eventMessages;
