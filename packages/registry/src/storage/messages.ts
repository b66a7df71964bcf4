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
  "store.invalid_option": {
    ar: "الخيار {option} لمخزن السجل غير صالح.",
    fr: "L'option {option} du stockage n'est pas valide.",
    en: "The store option {option} is not valid.",
  },
  "store.open_failed": {
    ar: "تعذر فتح قاعدة البيانات: {reason}",
    fr: "La base de données n'a pas pu être ouverte : {reason}",
    en: "The database could not be opened: {reason}",
  },
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
  "store.invalid_text": {
    ar: "يتضمن السجل «{id}» المحرف الفارغ U+0000 أو نصف زوج بديل (surrogate) غير مقترن، ولا يمكن لـ PostgreSQL حفظهما؛ لم يُحفظ هذا السجل وحُفظت باقي سجلات الدفعة.",
    fr: "L'enregistrement « {id} » contient le caractère nul U+0000 ou un code de substitution (surrogate) isolé, que PostgreSQL ne peut pas enregistrer ; il n'a pas été écrit, les autres enregistrements du lot l'ont été.",
    en: "Record “{id}” holds the null character U+0000 or an unpaired surrogate, which PostgreSQL cannot store; it was not written, the other records of the batch were.",
  },
  "store.invalid_value": {
    ar: "يتضمن السجل «{id}» قيمة ليست من بيانات JSON (دالة، أو عدد صحيح كبير، أو عدد غير منته، أو مرجع دائري…)؛ لم يُحفظ هذا السجل وحُفظت باقي سجلات الدفعة.",
    fr: "L'enregistrement « {id} » contient une valeur qui n'est pas une donnée JSON (fonction, grand entier, nombre non fini, référence circulaire…) ; il n'a pas été écrit, les autres enregistrements du lot l'ont été.",
    en: "Record “{id}” holds a value that is not JSON data (a function, a big integer, a number that is not finite, a circular reference…); it was not written, the other records of the batch were.",
  },
  "store.row_rejected": {
    ar: "رفضت قاعدة البيانات السجل «{id}»: {reason}. لم يُحفظ هذا السجل وحُفظت باقي سجلات الدفعة.",
    fr: "La base de données a refusé l'enregistrement « {id} » : {reason}. Il n'a pas été écrit, les autres enregistrements du lot l'ont été.",
    en: "The database refused record “{id}”: {reason}. It was not written, the other records of the batch were.",
  },
  "store.rejected": {
    ar: "رفضت قاعدة البيانات الكتابة: {reason}",
    fr: "La base de données a refusé l'écriture : {reason}",
    en: "The database rejected the write: {reason}",
  },
  "store.invalid_decision": {
    ar: "القرار رقم {index} غير صالح، ولم يُحفظ أي قرار من الدفعة.",
    fr: "La décision n° {index} n'est pas valide ; aucune décision du lot n'a été enregistrée.",
    en: "Decision {index} is not valid; no decision of the batch was recorded.",
  },
  "store.invalid_merge": {
    ar: "طلب الدمج غير صالح، ولم يُكتب شيء.",
    fr: "La demande de fusion n'est pas valide ; rien n'a été écrit.",
    en: "The merge request is not valid; nothing was written.",
  },
  "store.unknown_id": {
    ar: "لا توجد في المخزن هيئة بالمعرف «{id}»، ولم يُكتب شيء.",
    fr: "Aucune organisation d'identifiant « {id} » dans le stockage ; rien n'a été écrit.",
    en: "No organization with id “{id}” in the store; nothing was written.",
  },
  "store.unknown_merge": {
    ar: "لا توجد عملية دمج برقم {seq}.",
    fr: "Aucune fusion n° {seq}.",
    en: "There is no merge number {seq}.",
  },
  "store.merge_undone": {
    ar: "سبق التراجع عن الدمج رقم {seq}.",
    fr: "La fusion n° {seq} a déjà été annulée.",
    en: "Merge {seq} was undone already.",
  },
  "store.merge_changed": {
    ar: "لا يمكن التراجع عن الدمج رقم {seq}: تغيّر السجل «{id}» منذ الدمج (عُدّل أو دُمج من جديد أو حُذف أو أعيدت كتابته)، والتراجع سيُضيع هذا التغيير.",
    fr: "La fusion n° {seq} ne peut pas être annulée : l'enregistrement « {id} » a changé depuis (modifié, fusionné à nouveau, supprimé ou réécrit), et l'annulation perdrait ce changement.",
    en: "Merge {seq} cannot be undone: record “{id}” changed since (edited, merged again, deleted or written again), and undoing would lose that change.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** Issue codes of {@link storeMessages}. */
export type StoreIssueCode = keyof typeof storeMessages;
