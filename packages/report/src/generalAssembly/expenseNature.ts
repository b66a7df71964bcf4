import { defineEnumeration } from "@madani/model";

/**
 * Natures of an association's expenses, as its financial report to the general
 * assembly groups them, with labels in ar, fr and en.
 *
 * @example
 * ```ts
 * labelOf(ExpenseNature, "rent-and-utilities", "fr"); // "Loyer et charges"
 * ```
 */
export const ExpenseNature = defineEnumeration("expenseNature", {
  staff: { ar: "مصاريف المستخدمين", fr: "Frais de personnel", en: "Staff" },
  activities: { ar: "مصاريف الأنشطة", fr: "Frais des activités", en: "Activities" },
  equipment: { ar: "التجهيزات", fr: "Équipement", en: "Equipment" },
  "rent-and-utilities": { ar: "الكراء والماء والكهرباء", fr: "Loyer et charges", en: "Rent and utilities" },
  travel: { ar: "التنقل", fr: "Déplacements", en: "Travel" },
  communication: { ar: "التواصل", fr: "Communication", en: "Communication" },
  administrative: { ar: "المصاريف الإدارية", fr: "Frais administratifs", en: "Administrative costs" },
  "taxes-and-fees": { ar: "الضرائب والرسوم", fr: "Impôts et taxes", en: "Taxes and fees" },
  other: { ar: "مصاريف أخرى", fr: "Autres dépenses", en: "Other expenses" },
});

/** An expense nature; see {@link ExpenseNature}. */
export type ExpenseNatureValue = (typeof ExpenseNature.values)[number];
