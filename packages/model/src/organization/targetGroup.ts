import { defineEnumeration } from "../labels.js";

/**
 * Target groups of programmes and organizations, vulnerable groups included,
 * with labels in ar, fr and en.
 *
 * @remarks The groups follow the typology of social-welfare establishments
 * (Law 65-15) and of the national programmes for vulnerable groups.
 * @example
 * ```ts
 * labelOf(TargetGroup, "women-victims-of-violence", "ar"); // "النساء ضحايا العنف"
 * ```
 */
export const TargetGroup = defineEnumeration("targetGroup", {
  "general-public": { ar: "عموم المواطنين", fr: "Grand public", en: "General public" },
  children: { ar: "الأطفال", fr: "Enfants", en: "Children" },
  "children-in-difficult-situations": {
    ar: "الأطفال في وضعية صعبة",
    fr: "Enfants en situation difficile",
    en: "Children in difficult situations",
  },
  youth: { ar: "الشباب", fr: "Jeunes", en: "Young people" },
  students: { ar: "التلاميذ والطلبة", fr: "Élèves et étudiants", en: "Pupils and students" },
  women: { ar: "النساء", fr: "Femmes", en: "Women" },
  "women-victims-of-violence": {
    ar: "النساء ضحايا العنف",
    fr: "Femmes victimes de violence",
    en: "Women victims of violence",
  },
  elderly: { ar: "المسنون", fr: "Personnes âgées", en: "Elderly people" },
  "persons-with-disabilities": {
    ar: "الأشخاص في وضعية إعاقة",
    fr: "Personnes en situation de handicap",
    en: "Persons with disabilities",
  },
  "vulnerable-groups": { ar: "الفئات الهشة", fr: "Groupes vulnérables", en: "Vulnerable groups" },
  "rural-population": { ar: "ساكنة العالم القروي", fr: "Population rurale", en: "Rural population" },
  farmers: { ar: "الفلاحون", fr: "Agriculteurs", en: "Farmers" },
  artisans: { ar: "الصناع التقليديون", fr: "Artisans", en: "Artisans" },
  unemployed: { ar: "الباحثون عن الشغل", fr: "Demandeurs d'emploi", en: "Job seekers" },
  migrants: { ar: "المهاجرون", fr: "Migrants", en: "Migrants" },
  "homeless-people": { ar: "الأشخاص بدون مأوى", fr: "Personnes sans abri", en: "Homeless people" },
  detainees: { ar: "السجناء والمفرج عنهم", fr: "Détenus et ex-détenus", en: "Detainees and former detainees" },
  associations: { ar: "الجمعيات", fr: "Associations", en: "Associations" },
  cooperatives: { ar: "التعاونيات", fr: "Coopératives", en: "Cooperatives" },
});

/** A target group; see {@link TargetGroup}. */
export type TargetGroupValue = (typeof TargetGroup.values)[number];
