import type { MessageTemplate } from "@madani/model";

/**
 * Messages of the storage adapters' issue codes, in ar, fr and en.
 *
 * @example
 * ```ts
 * formatMessage(storeMessages["store.invalid_organization"], "fr", { id: "org-1" });
 * ```
 */
export const storeMessages = {
  "store.invalid_organization": {
    ar: "السجل «{id}» ليس هيئة صالحة ولم يُحفظ أي سجل من الدفعة.",
    fr: "L'enregistrement « {id} » n'est pas une organisation valide ; aucun enregistrement du lot n'a été écrit.",
    en: "Record “{id}” is not a valid organization; no record of the batch was written.",
  },
  "store.invalid_query": {
    ar: "معيار البحث غير صالح.",
    fr: "Le critère de recherche n'est pas valide.",
    en: "The query is not valid.",
  },
  "store.invalid_ids": {
    ar: "يجب تقديم معرف أو لائحة معرفات.",
    fr: "Un identifiant ou une liste d'identifiants est attendu.",
    en: "An id or a list of ids is expected.",
  },
  "store.rejected": {
    ar: "رفضت قاعدة البيانات الكتابة: {reason}",
    fr: "La base de données a refusé l'écriture : {reason}",
    en: "The database rejected the write: {reason}",
  },
} as const satisfies Record<string, MessageTemplate>;

/** Issue codes of {@link storeMessages}. */
export type StoreIssueCode = keyof typeof storeMessages;
