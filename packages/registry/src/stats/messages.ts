import type { MessageTemplate } from "@madani/model";

/**
 * Messages of the statistics' issue codes, in ar, fr and en.
 *
 * @example
 * ```ts
 * formatMessage(statisticsMessages["stats.invalid_as_of"], "ar");
 * ```
 */
export const statisticsMessages = {
  "stats.invalid_input": {
    ar: "يجب تقديم لائحة من الهيئات.",
    fr: "Une liste d'organisations est attendue.",
    en: "A list of organizations is expected.",
  },
  "stats.invalid_as_of": {
    ar: "التاريخ المرجعي (asOf) يجب أن يكون تاريخا بصيغة YYYY-MM-DD.",
    fr: "La date de référence (asOf) doit être une date AAAA-MM-JJ.",
    en: "The reference date (asOf) must be a YYYY-MM-DD date.",
  },
  "stats.invalid_organization": {
    ar: "السجل رقم {index} لا يتضمن معرفا وشكلا قانونيا.",
    fr: "L'enregistrement n° {index} n'a pas d'identifiant et de forme juridique.",
    en: "Record {index} lacks an id and a legal form.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** Issue codes of {@link statisticsMessages}. */
export type StatisticsIssueCode = keyof typeof statisticsMessages;
