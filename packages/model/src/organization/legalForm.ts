import { defineEnumeration } from "../labels.js";

/**
 * Legal forms of organizations, with labels in ar, fr and en.
 *
 * @remarks Associations and their groupings (network, federation, union) fall
 * under Dahir 1-58-376 of 15 November 1958 on the right of association;
 * cooperatives and cooperative unions under Law 112-12; foundations are
 * associations by their statutes. The other forms describe partners and
 * funders that appear in agreements and projects.
 * @example
 * ```ts
 * LegalForm.values.includes("cooperative"); // true
 * labelOf(LegalForm, "network", "ar"); // "شبكة جمعيات"
 * ```
 */
export const LegalForm = defineEnumeration("legalForm", {
  association: { ar: "جمعية", fr: "Association", en: "Association" },
  network: { ar: "شبكة جمعيات", fr: "Réseau associatif", en: "Network of associations" },
  federation: { ar: "جامعة", fr: "Fédération", en: "Federation" },
  union: { ar: "اتحاد", fr: "Union", en: "Union" },
  cooperative: { ar: "تعاونية", fr: "Coopérative", en: "Cooperative" },
  "cooperative-union": { ar: "اتحاد تعاونيات", fr: "Union de coopératives", en: "Cooperative union" },
  foundation: { ar: "مؤسسة", fr: "Fondation", en: "Foundation" },
  "public-institution": { ar: "مؤسسة عمومية", fr: "Établissement public", en: "Public institution" },
  "local-authority": { ar: "جماعة ترابية", fr: "Collectivité territoriale", en: "Local authority" },
  "international-organization": {
    ar: "منظمة دولية",
    fr: "Organisation internationale",
    en: "International organization",
  },
  donor: { ar: "جهة مانحة", fr: "Bailleur de fonds", en: "Donor" },
  company: { ar: "شركة", fr: "Entreprise", en: "Company" },
});

/** A legal form; see {@link LegalForm}. */
export type LegalFormValue = (typeof LegalForm.values)[number];

/**
 * The legal forms governed by the law on associations (Dahir 1-58-376):
 * association, network, federation and union.
 */
export const ASSOCIATIVE_FORMS: readonly LegalFormValue[] = Object.freeze([
  "association",
  "network",
  "federation",
  "union",
]);

/** The legal forms that group other organizations as members. */
export const GROUPING_FORMS: readonly LegalFormValue[] = Object.freeze([
  "network",
  "federation",
  "union",
  "cooperative-union",
]);
