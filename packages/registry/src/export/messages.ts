import type { MessageTemplate } from "@madani/model";

/**
 * Messages of the public export's issue codes, in ar, fr and en.
 *
 * @example
 * ```ts
 * formatMessage(exportMessages["export.invalid_options"], "fr");
 * ```
 */
export const exportMessages = {
  "export.invalid_input": {
    ar: "يجب تقديم لائحة من الهيئات.",
    fr: "Une liste d'organisations est attendue.",
    en: "A list of organizations is expected.",
  },
  "export.invalid_options": {
    ar: "خيارات التصدير غير صالحة.",
    fr: "Les options d'export ne sont pas valides.",
    en: "The export options are not valid.",
  },
  "export.input_unreadable": {
    ar: "تعذرت قراءة قيمة من المدخلات أو الخيارات.",
    fr: "Une valeur des données ou des options n'a pas pu être lue.",
    en: "A value of the input or the options could not be read.",
  },
  "export.invalid_organization": {
    ar: "يجب أن يتضمن السجل رقم {index} معرِّفًا وشكلًا قانونيًا.",
    fr: "L'enregistrement n° {index} doit comporter un identifiant et une forme juridique.",
    en: "Record {index} lacks an id and a legal form.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** Issue codes of {@link exportMessages}. */
export type ExportIssueCode = keyof typeof exportMessages;
