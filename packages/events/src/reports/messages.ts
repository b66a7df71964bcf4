import type { MessageTemplate } from "@madani/model";

/** Messages of the events reports' issue codes, in ar, fr and en. */
export const reportMessages = {
  "report.invalid_input": {
    ar: "معطيات التقرير غير صالحة في «{field}».",
    fr: "Les données du rapport sont invalides dans « {field} ».",
    en: "The report input is invalid in “{field}”.",
  },
  "report.invalid_event": {
    ar: "النشاط غير صالح: {detail}",
    fr: "L'événement est invalide : {detail}",
    en: "The event is invalid: {detail}",
  },
} as const satisfies Record<string, MessageTemplate>;

/** Issue codes of the events reports. */
export type ReportIssueCode = keyof typeof reportMessages;
