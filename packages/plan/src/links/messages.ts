import type { MessageTemplate } from "@madani/model";

/**
 * Messages of the issue codes of {@link checkPlanLinks}, keyed by code, in ar, fr and en.
 *
 * @remarks Codes are stable: branch on them, not on the messages. `links.outside_activity`,
 * `links.session_outside_activity` and `links.duplicate_event` are warnings; every other code is an error.
 * @example
 * ```ts
 * planLinkMessages["links.unknown_activity"].fr;
 * ```
 */
export const planLinkMessages = {
  "links.unknown_activity": {
    ar: "التظاهرة «{event}» مرتبطة بالنشاط «{activity}» غير الموجود في المخطط «{plan}».",
    fr: "L'événement « {event} » renvoie à l'activité « {activity} », que le plan « {plan} » ne comporte pas.",
    en: "The event “{event}” names the activity “{activity}”, which the plan “{plan}” does not have.",
  },
  "links.session_unknown_activity": {
    ar: "الجلسة «{session}» من التظاهرة «{event}» مرتبطة بالنشاط «{activity}» غير الموجود في المخطط «{plan}».",
    fr: "La séance « {session} » de l'événement « {event} » renvoie à l'activité « {activity} », que le plan « {plan} » ne comporte pas.",
    en: "The session “{session}” of the event “{event}” names the activity “{activity}”, which the plan “{plan}” does not have.",
  },
  "links.unknown_plan": {
    ar: "التظاهرة «{event}» مرتبطة بنشاط من المخطط «{linked}»، وهو ليس هذا المخطط («{plan}») ولا أحد المخططات المعروفة.",
    fr: "L'événement « {event} » renvoie à une activité du plan « {linked} », qui n'est ni ce plan (« {plan} ») ni l'un des plans connus.",
    en: "The event “{event}” names an activity of the plan “{linked}”, which is neither this plan (“{plan}”) nor one of the known plans.",
  },
  "links.session_unknown_plan": {
    ar: "الجلسة «{session}» من التظاهرة «{event}» مرتبطة بنشاط من المخطط «{linked}»، وهو ليس هذا المخطط («{plan}») ولا أحد المخططات المعروفة.",
    fr: "La séance « {session} » de l'événement « {event} » renvoie à une activité du plan « {linked} », qui n'est ni ce plan (« {plan} ») ni l'un des plans connus.",
    en: "The session “{session}” of the event “{event}” names an activity of the plan “{linked}”, which is neither this plan (“{plan}”) nor one of the known plans.",
  },
  "links.unknown_event": {
    ar: "المساهمة «{contribution}» صادرة عن التظاهرة «{event}» غير الموجودة في لائحة التظاهرات.",
    fr: "La contribution « {contribution} » provient de l'événement « {event} », absent de la liste des événements.",
    en: "The contribution “{contribution}” comes from the event “{event}”, which is not in the list of events.",
  },
  "links.unknown_session": {
    ar: "المساهمة «{contribution}» صادرة عن الجلسة «{session}» غير الموجودة في برنامج التظاهرة «{event}».",
    fr: "La contribution « {contribution} » provient de la séance « {session} », absente du programme de l'événement « {event} ».",
    en: "The contribution “{contribution}” comes from the session “{session}”, which is not in the programme of the event “{event}”.",
  },
  "links.outside_activity": {
    ar: "التظاهرة «{event}» ({startOn} – {endOn}) مرتبطة بالنشاط «{activity}» لكنها تنعقد خارج مدته ({activityStartOn} – {activityEndOn}).",
    fr: "L'événement « {event} » ({startOn} – {endOn}) est lié à l'activité « {activity} » mais se tient hors de ses dates ({activityStartOn} – {activityEndOn}).",
    en: "The event “{event}” ({startOn} – {endOn}) is linked to the activity “{activity}” but is held outside its dates ({activityStartOn} – {activityEndOn}).",
  },
  "links.session_outside_activity": {
    ar: "الجلسة «{session}» من التظاهرة «{event}» ({on}) مرتبطة بالنشاط «{activity}» لكنها تنعقد خارج مدته ({activityStartOn} – {activityEndOn}).",
    fr: "La séance « {session} » de l'événement « {event} » ({on}) est liée à l'activité « {activity} » mais se tient hors de ses dates ({activityStartOn} – {activityEndOn}).",
    en: "The session “{session}” of the event “{event}” ({on}) is linked to the activity “{activity}” but is held outside its dates ({activityStartOn} – {activityEndOn}).",
  },
  "links.duplicate_event": {
    ar: "المعرف «{event}» مستعمل لأكثر من تظاهرة في اللائحة.",
    fr: "L'identifiant « {event} » est porté par plusieurs événements de la liste.",
    en: "The id “{event}” is used by more than one event of the list.",
  },
  "links.invalid_plan": {
    ar: "تعذرت قراءة المخطط: الحقل «{field}» ناقص أو غير صالح.",
    fr: "Le plan est illisible : le champ « {field} » manque ou n'est pas valide.",
    en: "The plan cannot be read: the field “{field}” is missing or not valid.",
  },
  "links.invalid_events": {
    ar: "تعذرت قراءة لائحة التظاهرات: الحقل «{field}» ناقص أو غير صالح.",
    fr: "La liste des événements est illisible : le champ « {field} » manque ou n'est pas valide.",
    en: "The list of events cannot be read: the field “{field}” is missing or not valid.",
  },
  "links.invalid_option": {
    ar: "قيمة الخيار «{option}» غير صالحة.",
    fr: "La valeur de l'option « {option} » est invalide.",
    en: "The value of option “{option}” is not valid.",
  },
  "links.unknown_option": {
    ar: "الخيار «{option}» غير معروف.",
    fr: "L'option « {option} » est inconnue.",
    en: "Unknown option “{option}”.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** Issue codes of {@link checkPlanLinks}; see {@link planLinkMessages}. */
export type PlanLinkIssueCode = keyof typeof planLinkMessages;
