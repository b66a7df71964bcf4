import type { MessageTemplate } from "@madani/model";

/** Messages of the participant, attendance and reach issue codes, in ar, fr and en. */
export const participantMessages = {
  "registration.invalid": {
    ar: "طلب التسجيل غير صالح.",
    fr: "La demande d'inscription est invalide.",
    en: "The registration request is invalid.",
  },
  "registration.duplicate": {
    ar: "الشخص «{id}» مسجل من قبل في هذا النشاط.",
    fr: "La personne « {id} » est déjà inscrite à cet événement.",
    en: "The person “{id}” is already registered for this event.",
  },
  "registration.not_found": {
    ar: "لا يوجد تسجيل للشخص «{id}».",
    fr: "Aucune inscription pour la personne « {id} ».",
    en: "No registration for the person “{id}”.",
  },
  "registration.wrong_event": {
    ar: "التسجيل يخص نشاطا آخر ({id}).",
    fr: "L'inscription concerne un autre événement ({id}).",
    en: "The registration is for another event ({id}).",
  },
  "attendance.invalid": {
    ar: "سجل الحضور غير صالح.",
    fr: "L'enregistrement de présence est invalide.",
    en: "The attendance record is invalid.",
  },
  "attendance.unknown_session": {
    ar: "الجلسة «{id}» غير موجودة في برنامج النشاط.",
    fr: "La séance « {id} » n'existe pas dans le programme.",
    en: "The session “{id}” is not in the programme.",
  },
  "attendance.unknown_person": {
    ar: "الشخص «{id}» غير مسجل في النشاط.",
    fr: "La personne « {id} » n'est pas inscrite à l'événement.",
    en: "The person “{id}” is not registered for the event.",
  },
  "attendance.duplicate": {
    ar: "الحضور مسجل مرتين للشخص «{id}» في نفس الجلسة.",
    fr: "La présence de « {id} » est enregistrée deux fois pour la même séance.",
    en: "Attendance of “{id}” is recorded twice for the same session.",
  },
  "reach.invalid_input": {
    ar: "معطيات حساب الوصول غير صالحة في «{field}».",
    fr: "Les données du calcul de la portée sont invalides dans « {field} ».",
    en: "The reach input is invalid in “{field}”.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** Issue codes of participants, attendance and reach. */
export type ParticipantIssueCode = keyof typeof participantMessages;
