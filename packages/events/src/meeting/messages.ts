import type { MessageTemplate } from "@madani/model";

/** Messages of the meeting and meeting-series issue codes, in ar, fr and en. */
export const meetingMessages = {
  "meeting.duplicate_id": {
    ar: "المعرف «{id}» مستعمل أكثر من مرة في المحضر.",
    fr: "L'identifiant « {id} » est utilisé plusieurs fois dans le procès-verbal.",
    en: "The id “{id}” is used more than once in the minutes.",
  },
  "meeting.unknown_agenda_item": {
    ar: "نقطة جدول الأعمال «{id}» غير موجودة.",
    fr: "Le point de l'ordre du jour « {id} » n'existe pas.",
    en: "The agenda item “{id}” does not exist.",
  },
  "meeting.done_without_date": {
    ar: "الإجراء «{id}» منجز دون تاريخ الإنجاز.",
    fr: "L'action « {id} » est réalisée sans date de réalisation.",
    en: "The action “{id}” is done but has no completion date.",
  },
  "meeting.due_before_meeting": {
    ar: "أجل الإجراء «{id}» ({dueOn}) سابق لتاريخ الاجتماع.",
    fr: "L'échéance de l'action « {id} » ({dueOn}) précède la réunion.",
    en: "The action “{id}” is due ({dueOn}) before the meeting.",
  },
  "series.invalid_meeting": {
    ar: "الاجتماع رقم {index} غير صالح.",
    fr: "La réunion n° {index} est invalide.",
    en: "Meeting #{index} is invalid.",
  },
  "series.empty": {
    ar: "لا تتضمن السلسلة أي اجتماع.",
    fr: "La série ne comporte aucune réunion.",
    en: "The series has no meeting.",
  },
  "series.duplicate_meeting": {
    ar: "الاجتماع «{id}» مذكور أكثر من مرة.",
    fr: "La réunion « {id} » figure plusieurs fois.",
    en: "The meeting “{id}” is listed more than once.",
  },
  "series.unknown_previous": {
    ar: "الاجتماع السابق «{id}» غير موجود في المسلسل.",
    fr: "La réunion précédente « {id} » n'est pas dans la série.",
    en: "The previous meeting “{id}” is not in the series.",
  },
  "series.not_a_chain": {
    ar: "لا تشكل الاجتماعات سلسلة واحدة: يجب أن يتبع كل اجتماع اجتماعا واحدا سابقا.",
    fr: "Les réunions ne forment pas une seule chaîne : chacune doit suivre une seule réunion précédente.",
    en: "The meetings do not form one chain: each must follow exactly one previous meeting.",
  },
  "series.date_order": {
    ar: "الاجتماع «{id}» ({heldOn}) سابق للاجتماع الذي يتبعه ({previousOn}).",
    fr: "La réunion « {id} » ({heldOn}) précède la réunion qu'elle suit ({previousOn}).",
    en: "The meeting “{id}” ({heldOn}) is before the meeting it follows ({previousOn}).",
  },
} as const satisfies Record<string, MessageTemplate>;

/** Issue codes of meetings and meeting series. */
export type MeetingIssueCode = keyof typeof meetingMessages;
