import { defineEnumeration } from "../labels.js";

/**
 * Fields of action of civil-society organizations, with labels in ar, fr and en.
 *
 * @remarks The list follows the fields used by Moroccan registries of
 * associations and by the calls for projects of public partners (social,
 * cultural, environmental, sports …), extended with the fields of the
 * national volunteering and access-to-justice programmes.
 * @example
 * ```ts
 * labelOf(FieldOfAction, "social-solidarity-economy", "fr"); // "Économie sociale et solidaire"
 * ```
 */
export const FieldOfAction = defineEnumeration("fieldOfAction", {
  social: { ar: "اجتماعي", fr: "Social", en: "Social" },
  cultural: { ar: "ثقافي", fr: "Culturel", en: "Cultural" },
  arts: { ar: "فني", fr: "Artistique", en: "Arts" },
  heritage: { ar: "التراث", fr: "Patrimoine", en: "Heritage" },
  environmental: { ar: "بيئي", fr: "Environnement", en: "Environment" },
  sports: { ar: "رياضي", fr: "Sport", en: "Sports" },
  education: { ar: "التربية والتعليم", fr: "Éducation", en: "Education" },
  literacy: { ar: "محو الأمية", fr: "Alphabétisation", en: "Literacy" },
  health: { ar: "الصحة", fr: "Santé", en: "Health" },
  women: { ar: "المرأة", fr: "Femmes", en: "Women" },
  children: { ar: "الطفولة", fr: "Enfance", en: "Children" },
  youth: { ar: "الشباب", fr: "Jeunesse", en: "Youth" },
  elderly: { ar: "المسنون", fr: "Personnes âgées", en: "Elderly people" },
  disability: { ar: "الإعاقة", fr: "Handicap", en: "Disability" },
  "rural-development": { ar: "التنمية القروية", fr: "Développement rural", en: "Rural development" },
  "local-development": { ar: "التنمية المحلية", fr: "Développement local", en: "Local development" },
  "social-solidarity-economy": {
    ar: "الاقتصاد الاجتماعي والتضامني",
    fr: "Économie sociale et solidaire",
    en: "Social and solidarity economy",
  },
  "human-rights": { ar: "حقوق الإنسان", fr: "Droits humains", en: "Human rights" },
  "access-to-justice": { ar: "الولوج إلى العدالة", fr: "Accès à la justice", en: "Access to justice" },
  "participatory-democracy": {
    ar: "الديمقراطية التشاركية",
    fr: "Démocratie participative",
    en: "Participatory democracy",
  },
  volunteering: { ar: "التطوع", fr: "Bénévolat", en: "Volunteering" },
  humanitarian: { ar: "العمل الإنساني", fr: "Action humanitaire", en: "Humanitarian action" },
  "scientific-research": { ar: "البحث العلمي", fr: "Recherche scientifique", en: "Scientific research" },
  digital: { ar: "الرقمنة", fr: "Numérique", en: "Digital" },
  migration: { ar: "الهجرة", fr: "Migration", en: "Migration" },
  "consumer-protection": { ar: "حماية المستهلك", fr: "Protection du consommateur", en: "Consumer protection" },
  agriculture: { ar: "الفلاحة", fr: "Agriculture", en: "Agriculture" },
  crafts: { ar: "الصناعة التقليدية", fr: "Artisanat", en: "Crafts" },
  tourism: { ar: "السياحة", fr: "Tourisme", en: "Tourism" },
});

/** A field of action; see {@link FieldOfAction}. */
export type FieldOfActionValue = (typeof FieldOfAction.values)[number];
