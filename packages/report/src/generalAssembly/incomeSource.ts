import { defineEnumeration } from "@madani/model";

/**
 * Sources of an association's income, as its financial report to the general
 * assembly groups them, with labels in ar, fr and en.
 *
 * @remarks The resources an association may receive under Dahir 1-58-376
 * (membership fees, public subsidies, donations, the proceeds of its own
 * activities), with foreign funding set apart because it is declared and
 * accounted for separately.
 * @example
 * ```ts
 * labelOf(IncomeSource, "membership-fees", "ar"); // "واجبات الانخراط"
 * IncomeSource.schema.parse("public-subsidy");
 * ```
 */
export const IncomeSource = defineEnumeration("incomeSource", {
  "public-subsidy": { ar: "الدعم العمومي", fr: "Subventions publiques", en: "Public subsidies" },
  "foreign-funding": { ar: "التمويل الأجنبي", fr: "Financements étrangers", en: "Foreign funding" },
  "membership-fees": { ar: "واجبات الانخراط", fr: "Cotisations des membres", en: "Membership fees" },
  donations: { ar: "الهبات والتبرعات", fr: "Dons", en: "Donations" },
  "own-activities": { ar: "مداخيل الأنشطة الذاتية", fr: "Recettes des activités propres", en: "Own activities" },
  other: { ar: "مداخيل أخرى", fr: "Autres recettes", en: "Other income" },
});

/** An income source; see {@link IncomeSource}. */
export type IncomeSourceValue = (typeof IncomeSource.values)[number];
