import type { MessageTemplate } from "@madani/model";

/**
 * Messages of the issue codes of {@link findDuplicates} and {@link evaluateDuplicates}, in ar, fr and en.
 *
 * @remarks Codes are stable: branch on them, not on the messages.
 * @example
 * ```ts
 * dedupMessages["dedup.invalid_option"].fr;
 * ```
 */
export const dedupMessages = {
  "dedup.invalid_option": {
    ar: "الخيار {option} غير صالح.",
    fr: "L'option {option} n'est pas valide.",
    en: "The option {option} is not valid.",
  },
  "dedup.invalid_input": {
    ar: "المدخل ليس لائحة منظمات.",
    fr: "L'entrée n'est pas une liste d'organisations.",
    en: "The input is not a list of organizations.",
  },
  "dedup.progress_failed": {
    ar: "توقف البحث عن المكررات لأن دالة متابعة التقدم أثارت خطأ: {reason}",
    fr: "La recherche de doublons s'est arrêtée : la fonction de suivi de la progression a levé une erreur : {reason}",
    en: "The search for duplicates stopped: the progress callback threw: {reason}",
  },
  "dedup.duplicate_id": {
    ar: "المعرف {id} مستعمل لأكثر من منظمة.",
    fr: "L'identifiant {id} désigne plus d'une organisation.",
    en: "The id {id} names more than one organization.",
  },
} as const satisfies Readonly<Record<string, MessageTemplate>>;

/** An issue code of deduplication; see {@link dedupMessages}. */
export type DedupIssueCode = keyof typeof dedupMessages;
