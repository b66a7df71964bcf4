import type { MessageTemplate } from "@madani/model";

/**
 * Messages of the search index's issue codes, in ar, fr and en.
 *
 * @example
 * ```ts
 * formatMessage(searchMessages["search.duplicate_id"], "fr", { id: "org-1" });
 * ```
 */
export const searchMessages = {
  "search.invalid_input": {
    ar: "يجب تقديم لائحة من الهيئات.",
    fr: "Une liste d'organisations est attendue.",
    en: "A list of organizations is expected.",
  },
  "search.invalid_organization": {
    ar: "السجل رقم {index} لا يتضمن معرفا وشكلا قانونيا واسما.",
    fr: "L'enregistrement n° {index} n'a pas d'identifiant, de forme juridique et de nom.",
    en: "Record {index} lacks an id, a legal form and a name.",
  },
  "search.duplicate_id": {
    ar: "المعرف «{id}» مكرر.",
    fr: "L'identifiant « {id} » apparaît plusieurs fois.",
    en: "The id “{id}” appears more than once.",
  },
  "search.invalid_options": {
    ar: "خيارات الفهرس غير صالحة.",
    fr: "Les options de l'index ne sont pas valides.",
    en: "The index options are not valid.",
  },
  "search.invalid_query": {
    ar: "طلب البحث غير صالح.",
    fr: "La requête de recherche n'est pas valide.",
    en: "The search query is not valid.",
  },
  "search.status_without_as_of": {
    ar: "التصفية حسب الوضعية القانونية تتطلب تاريخ مرجعيا (asOf) عند إنشاء الفهرس.",
    fr: "Le filtre par statut juridique demande une date de référence (asOf) à la création de l'index.",
    en: "Filtering by legal status needs a reference date (asOf) when the index is created.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** Issue codes of {@link searchMessages}. */
export type SearchIssueCode = keyof typeof searchMessages;
