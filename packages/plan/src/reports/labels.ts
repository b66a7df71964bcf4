import { formatMessage, type MessageParams, type MultilingualText, textIn } from "@madani/model";
import type { ReportLanguage, Status, Tone } from "@madani/report";
import type { IndicatorStatus } from "../indicator/progress.js";

/**
 * Options shared by the plan reports.
 *
 * @example
 * ```ts
 * const options: PlanReportOptions = { language: "fr", generatedAt: "2026-01-10T10:00:00+01:00" };
 * ```
 */
export interface PlanReportOptions {
  /** Language of the report: headings, labels of enumerations and texts picked from multilingual values. */
  readonly language: ReportLanguage;
  /** When the report is generated, ISO 8601 with an offset, given by the caller (never read from the clock). */
  readonly generatedAt: string;
  /** The date the report reads progress on, when the report uses one (ISO date). */
  readonly asOf?: string;
}

/**
 * The headings, column labels and sentences of the plan reports in ar, fr and en,
 * with `{name}` placeholders.
 *
 * @remarks Vocabulary of the logical framework: الإطار المنطقي / cadre logique,
 * وسائل التحقق / sources de vérification, الفرضيات / hypothèses.
 * @example
 * ```ts
 * formatMessage(planReportLabels["logframe.title"], "fr", { plan: "Plan 2025-2029" });
 * // "Cadre logique — Plan 2025-2029"
 * ```
 */
export const planReportLabels = {
  "logframe.title": { ar: "الإطار المنطقي — {plan}", fr: "Cadre logique — {plan}", en: "Logical framework — {plan}" },
  "logframe.matrix": {
    ar: "مصفوفة الإطار المنطقي: {code}",
    fr: "Matrice du cadre logique : {code}",
    en: "Logframe matrix: {code}",
  },
  "logframe.empty": {
    ar: "لا يتضمن المخطط أي عنصر في إطار النتائج.",
    fr: "Le plan ne comporte aucun élément dans son cadre de résultats.",
    en: "The plan has no element in its results framework.",
  },
  "col.level": { ar: "المستوى", fr: "Niveau", en: "Level" },
  "col.code": { ar: "الرمز", fr: "Code", en: "Code" },
  "col.narrative": { ar: "الوصف", fr: "Logique d'intervention", en: "Narrative" },
  "col.indicators": { ar: "المؤشرات", fr: "Indicateurs", en: "Indicators" },
  "col.verification": { ar: "وسائل التحقق", fr: "Sources de vérification", en: "Means of verification" },
  "col.assumptions": { ar: "الفرضيات", fr: "Hypothèses", en: "Assumptions" },
  "col.startOn": { ar: "تاريخ البداية", fr: "Début", en: "Start" },
  "col.endOn": { ar: "تاريخ النهاية", fr: "Fin", en: "End" },
  "col.budget": { ar: "الميزانية", fr: "Budget", en: "Budget" },
  "col.name": { ar: "المؤشر", fr: "Indicateur", en: "Indicator" },
  "col.baseline": { ar: "القيمة المرجعية", fr: "Valeur de référence", en: "Baseline" },
  "col.target": { ar: "القيمة المستهدفة", fr: "Cible", en: "Target" },
  "col.actual": { ar: "القيمة المحققة", fr: "Réalisé", en: "Actual" },
  "col.achievement": { ar: "نسبة الإنجاز", fr: "Taux de réalisation", en: "Achievement" },
  "col.status": { ar: "الوضعية", fr: "Statut", en: "Status" },
  "col.axis": { ar: "المحور", fr: "Axe", en: "Axis" },
  "col.score": { ar: "درجة التقدم", fr: "Score", en: "Score" },
  "col.coverage": { ar: "نسبة التغطية", fr: "Couverture", en: "Coverage" },
  "col.year": { ar: "السنة", fr: "Année", en: "Year" },
  "col.planned": { ar: "المبرمج", fr: "Prévu", en: "Planned" },
  "col.committed": { ar: "الملتزم به", fr: "Engagé", en: "Committed" },
  "col.spent": { ar: "المصروف", fr: "Dépensé", en: "Spent" },
  "col.execution": { ar: "نسبة التنفيذ", fr: "Taux d'exécution", en: "Execution rate" },
  "col.activity": { ar: "النشاط", fr: "Activité", en: "Activity" },
  "col.responsible": { ar: "المسؤول", fr: "Responsable", en: "Responsible" },
  "col.daysLate": { ar: "أيام التأخير", fr: "Jours de retard", en: "Days late" },
  "col.completion": { ar: "نسبة الإنجاز", fr: "Avancement", en: "Completion" },
  "col.period": { ar: "الفترة", fr: "Période", en: "Period" },
  "col.values": { ar: "القيم المصادق عليها", fr: "Valeurs approuvées", en: "Approved values" },
  "col.group": { ar: "فئة الأطراف المعنية", fr: "Groupe de parties prenantes", en: "Stakeholder group" },
  "col.proposal": { ar: "المقترح", fr: "Proposition", en: "Proposal" },
  "col.element": { ar: "العنصر المعني", fr: "Élément concerné", en: "Element concerned" },
  "col.handling": { ar: "المآل", fr: "Suite donnée", en: "Handling" },
  "col.reason": { ar: "التعليل", fr: "Motif", en: "Reason" },
  "col.workshop": { ar: "الورشة", fr: "Atelier", en: "Workshop" },
  "col.total": { ar: "المجموع", fr: "Total", en: "Total" },
  "col.funder": { ar: "الجهة الممولة", fr: "Bailleur de fonds", en: "Funder" },
  "funder.none": { ar: "بدون جهة ممولة محددة", fr: "Sans bailleur désigné", en: "No funder named" },
  total: { ar: "المجموع", fr: "Total", en: "Total" },
  "indicator.summary": {
    ar: "{code} {name} (القيمة المرجعية: {baseline}؛ القيمة المستهدفة: {target})",
    fr: "{code} {name} (référence : {baseline} ; cible : {target})",
    en: "{code} {name} (baseline: {baseline}; target: {target})",
  },
  none: { ar: "—", fr: "—", en: "—" },
  "progress.title": {
    ar: "تقرير تتبع المخطط — {plan}",
    fr: "Rapport de suivi du plan — {plan}",
    en: "Plan progress report — {plan}",
  },
  "asOf.subtitle": { ar: "الوضعية بتاريخ {date}", fr: "Situation au {date}", en: "As of {date}" },
  "progress.keyFigures": { ar: "الأرقام الرئيسية", fr: "Chiffres clés", en: "Key figures" },
  "progress.foundations": { ar: "الأسس والمنهجية", fr: "Fondements et méthode", en: "Foundations and method" },
  "plan.vision": { ar: "الرؤية", fr: "Vision", en: "Vision" },
  "plan.mission": { ar: "الرسالة", fr: "Mission", en: "Mission" },
  "plan.values": { ar: "القيم", fr: "Valeurs", en: "Values" },
  "plan.principles": { ar: "الأسس", fr: "Fondements", en: "Principles" },
  "plan.references": { ar: "المرجعيات", fr: "Références", en: "References" },
  "plan.method": { ar: "منهجية الإعداد", fr: "Méthode d'élaboration", en: "How the plan was prepared" },
  "figure.score": { ar: "درجة تقدم المخطط", fr: "Score du plan", en: "Plan score" },
  "figure.coverage": { ar: "نسبة تغطية المؤشرات", fr: "Couverture des indicateurs", en: "Indicator coverage" },
  "figure.activitiesDone": { ar: "الأنشطة المنجزة", fr: "Activités réalisées", en: "Activities done" },
  "figure.activitiesDue": { ar: "الأنشطة المستحقة", fr: "Activités échues", en: "Activities due" },
  "figure.activitiesOverdue": { ar: "الأنشطة المتأخرة", fr: "Activités en retard", en: "Overdue activities" },
  "figure.budgetSpent": {
    ar: "الميزانية المصروفة مقابل المبرمجة",
    fr: "Budget dépensé par rapport au prévu",
    en: "Budget spent against planned",
  },
  "progress.indicators": { ar: "لوحة المؤشرات", fr: "Tableau de bord des indicateurs", en: "Indicator dashboard" },
  "progress.noIndicator": {
    ar: "لا يتضمن المخطط أي مؤشر.",
    fr: "Le plan ne comporte aucun indicateur.",
    en: "The plan has no indicator.",
  },
  "progress.axes": { ar: "التقدم حسب المحور", fr: "Avancement par axe", en: "Progress by axis" },
  "progress.axesChart": { ar: "درجة التقدم حسب المحور", fr: "Score par axe", en: "Score by axis" },
  "progress.axesChartDescription": {
    ar: "درجة تقدم كل محور استراتيجي بالنسبة المئوية.",
    fr: "Score de chaque axe stratégique, en pourcentage.",
    en: "Score of each strategic axis, as a percentage.",
  },
  "progress.budget": { ar: "تنفيذ الميزانية", fr: "Exécution budgétaire", en: "Budget execution" },
  "progress.budgetByAxis": { ar: "تنفيذ الميزانية حسب المحور", fr: "Exécution par axe", en: "Execution by axis" },
  "progress.budgetByYear": { ar: "تنفيذ الميزانية حسب السنة", fr: "Exécution par année", en: "Execution by year" },
  "progress.budgetByFunder": {
    ar: "تنفيذ الميزانية حسب الجهة الممولة",
    fr: "Exécution par bailleur de fonds",
    en: "Execution by funder",
  },
  "progress.noBudget": {
    ar: "لا يتضمن المخطط أي سطر في الميزانية.",
    fr: "Le plan ne comporte aucune ligne budgétaire.",
    en: "The plan has no budget line.",
  },
  "progress.late": { ar: "الأنشطة المتأخرة", fr: "Activités en retard", en: "Late activities" },
  "progress.lateChart": {
    ar: "الجدول الزمني للأنشطة المتأخرة",
    fr: "Diagramme de Gantt des activités en retard",
    en: "Gantt chart of late activities",
  },
  "progress.lateChartDescription": {
    ar: "الأنشطة التي انتهى أجلها دون أن تنجز، مع نسبة إنجازها.",
    fr: "Activités arrivées à échéance sans être réalisées, avec leur avancement.",
    en: "Activities past their end date and not done, with their completion.",
  },
  "progress.noLate": {
    ar: "لا يوجد أي نشاط متأخر بتاريخ {date}.",
    fr: "Aucune activité en retard au {date}.",
    en: "No activity is late as of {date}.",
  },
  "tracking.title": {
    ar: "جدول تتبع أداء المؤشرات — {plan}",
    fr: "Tableau de suivi des indicateurs — {plan}",
    en: "Indicator performance tracking table — {plan}",
  },
  "tracking.sheet": {
    ar: "القياس: {measure}؛ الاتجاه: {direction}؛ القيمة المرجعية: {baseline}.",
    fr: "Mesure : {measure} ; sens : {direction} ; valeur de référence : {baseline}.",
    en: "Measure: {measure}; direction: {direction}; baseline: {baseline}.",
  },
  "tracking.approvedOnly": {
    ar: "لا تحتسب إلا القيم المصادق عليها.",
    fr: "Seules les valeurs approuvées sont prises en compte.",
    en: "Only approved values are counted.",
  },
  "tracking.other": { ar: "مؤشرات أخرى", fr: "Autres indicateurs", en: "Other indicators" },
  "iptt.title": {
    ar: "جدول تتبع أداء المؤشرات حسب الفترات — {plan}",
    fr: "Tableau de suivi de la performance des indicateurs (IPTT) — {plan}",
    en: "Indicator performance tracking table (IPTT) — {plan}",
  },
  "iptt.section": {
    ar: "أداء المؤشرات حسب الفترات",
    fr: "Performance des indicateurs par période",
    en: "Indicator performance by period",
  },
  "iptt.caption": {
    ar: "حتى تاريخه: الفترات المنتهية في {date} أو قبله، مجمعة حسب قاعدة كل مؤشر. نسبة الإنجاز: (المنجز − القيمة المرجعية) / (المستهدف − القيمة المرجعية). لا تحتسب إلا القيم المصادق عليها.",
    fr: "À date : les périodes terminées au {date}, cumulées selon la règle de chaque indicateur. % atteint : (réalisé − référence) / (cible − référence) ; cible finale : cible de fin de projet. Seules les valeurs approuvées sont prises en compte.",
    en: "To date: the periods ended by {date}, combined by each indicator's rule. % met: (actual − baseline) / (target − baseline); LoP: life of project. Only approved values are counted.",
  },
  "iptt.level": { ar: "{tier}: {title}", fr: "{tier} : {title}", en: "{tier}: {title}" },
  "iptt.half": { ar: "الأسدس {nth} {year}", fr: "S{n} {year}", en: "H{n} {year}" },
  "iptt.quarter": { ar: "الربع {nth} {year}", fr: "T{n} {year}", en: "Q{n} {year}" },
  "iptt.periodTarget": { ar: "المستهدف {period}", fr: "Cible {period}", en: "Target {period}" },
  "iptt.periodActual": { ar: "المنجز {period}", fr: "Réalisé {period}", en: "Actual {period}" },
  "iptt.periodMet": { ar: "نسبة الإنجاز {period}", fr: "% atteint {period}", en: "% met {period}" },
  "col.unit": { ar: "وحدة القياس", fr: "Unité", en: "Unit" },
  "col.lopTarget": { ar: "المستهدف في نهاية المشروع", fr: "Cible de fin de projet", en: "LoP target" },
  "col.targetToDate": { ar: "المستهدف حتى تاريخه", fr: "Cible à date", en: "Target to date" },
  "col.actualToDate": { ar: "المنجز حتى تاريخه", fr: "Réalisé à date", en: "Actual to date" },
  "col.lopMet": { ar: "نسبة إنجاز المستهدف النهائي", fr: "% de la cible finale", en: "% of LoP target" },
  "col.dimension": { ar: "معيار التفصيل", fr: "Critère de ventilation", en: "Disaggregation" },
  "col.category": { ar: "الفئة", fr: "Catégorie", en: "Category" },
  "dimension.sex": { ar: "الجنس", fr: "Sexe", en: "Sex" },
  "iptt.disaggregation": {
    ar: "تفصيل المنجز حسب الفئات",
    fr: "Ventilation des réalisations",
    en: "Disaggregated actuals",
  },
  "iptt.disaggregationCaption": {
    ar: "منجز كل فئة: قيمها المصادق عليها، مجمعة حسب قاعدة المؤشر (النسب المئوية والنسب انطلاقا من البسوط والمقامات، دون حساب متوسطها)؛ حتى تاريخه: الفترات المنتهية في {date} أو قبله.",
    fr: "Réalisé de chaque catégorie : ses valeurs approuvées, combinées selon la règle de l'indicateur (pourcentages et ratios à partir des numérateurs et dénominateurs, jamais moyennés) ; cumul au {date}.",
    en: "Actual of each category: its approved values, combined by the indicator's rule (percentages and ratios from their numerators and denominators, never averaged); to date: the periods ended by {date}.",
  },
  "iptt.notDisaggregated": { ar: "غير مفصلة", fr: "Non ventilé", en: "Not disaggregated" },
  "iptt.noDisaggregation": {
    ar: "لا يتضمن المخطط أي مؤشر مفصل.",
    fr: "Le plan ne comporte aucun indicateur ventilé.",
    en: "The plan has no disaggregated indicator.",
  },
  "contributions.title": {
    ar: "مساهمات الإعداد التشاركي — {plan}",
    fr: "Contributions de la préparation participative — {plan}",
    en: "Contributions to the participatory preparation — {plan}",
  },
  "contributions.summary": { ar: "الحصيلة", fr: "Synthèse", en: "Summary" },
  "contributions.total": { ar: "مجموع المساهمات", fr: "Contributions reçues", en: "Contributions received" },
  "contributions.byGroup": {
    ar: "المساهمات حسب فئة الأطراف المعنية",
    fr: "Contributions par groupe de parties prenantes",
    en: "Contributions by stakeholder group",
  },
  "contributions.byWorkshop": {
    ar: "المساهمات حسب الورشة",
    fr: "Contributions par atelier",
    en: "Contributions by workshop",
  },
  "contributions.none": {
    ar: "لم تسجل أي مساهمة.",
    fr: "Aucune contribution n'a été enregistrée.",
    en: "No contribution was recorded.",
  },
} as const satisfies Record<string, { ar: string; fr: string; en: string }>;

/**
 * A key of {@link planReportLabels}.
 *
 * @example
 * ```ts
 * const key: PlanReportLabel = "col.target";
 * ```
 */
export type PlanReportLabel = keyof typeof planReportLabels;

/**
 * A label of the plan reports in a language, with its placeholders filled.
 *
 * @param key - the label's key.
 * @param language - the report's language.
 * @param params - values of the `{name}` placeholders.
 * @returns the text.
 * @example
 * ```ts
 * planLabel("col.target", "ar"); // "القيمة المستهدفة"
 * ```
 */
export function planLabel(key: PlanReportLabel, language: ReportLanguage, params?: MessageParams): string {
  return formatMessage(planReportLabels[key], language, params);
}

/**
 * A multilingual text in a language, falling back through the other languages.
 *
 * @param value - the text, or `undefined`.
 * @param language - the display language.
 * @returns the text, or `""` when there is none.
 * @example
 * ```ts
 * textOf({ ar: "الشفافية" }, "fr"); // "الشفافية"
 * ```
 */
export function textOf(
  value: { readonly [L in keyof MultilingualText]?: string | undefined } | undefined,
  language: ReportLanguage,
): string {
  return value === undefined ? "" : (textIn(value as MultilingualText, language)?.text ?? "");
}

/** Labels of the indicator statuses in ar, fr and en. */
const STATUS_LABELS: Readonly<Record<IndicatorStatus, { ar: string; fr: string; en: string }>> = {
  achieved: { ar: "محقق", fr: "Atteint", en: "Achieved" },
  "on-track": { ar: "في المسار الصحيح", fr: "En bonne voie", en: "On track" },
  "at-risk": { ar: "مهدد", fr: "À risque", en: "At risk" },
  // "Hors trajectoire", not "En retard": French reports also list late activities ("Activités en retard").
  "off-track": { ar: "متعثر", fr: "Hors trajectoire", en: "Off track" },
  "no-data": { ar: "بدون معطيات", fr: "Pas de données", en: "No data" },
};

/** The tone of each indicator status: the traffic light of the reports. */
const STATUS_TONES: Readonly<Record<IndicatorStatus, Tone>> = {
  achieved: "positive",
  "on-track": "positive",
  "at-risk": "warning",
  "off-track": "negative",
  "no-data": "neutral",
};

/**
 * The indicator statuses, in the order the reports list them.
 *
 * @example
 * ```ts
 * INDICATOR_STATUSES.map((s) => indicatorStatusCell(s, "fr").label); // ["Atteint", "En bonne voie", …]
 * ```
 */
export const INDICATOR_STATUSES: readonly IndicatorStatus[] = [
  "achieved",
  "on-track",
  "at-risk",
  "off-track",
  "no-data",
];

/**
 * The traffic-light status cell of an indicator status.
 *
 * @param status - the indicator's status.
 * @param language - the report's language.
 * @returns a `status` cell: achieved and on-track positive, at-risk warning, off-track negative, no-data neutral.
 * @example
 * ```ts
 * indicatorStatusCell("at-risk", "fr"); // { label: "À risque", tone: "warning" }
 * indicatorStatusCell("off-track", "fr"); // { label: "Hors trajectoire", tone: "negative" }
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function indicatorStatusCell(status: IndicatorStatus, language: ReportLanguage): Status {
  return { label: STATUS_LABELS[status][language], tone: STATUS_TONES[status] };
}

/**
 * A number shown inside a sentence: integers as they are, others with up to two decimals.
 *
 * @param value - the number, or `undefined`.
 * @returns the text, or `"—"` for none.
 * @example
 * ```ts
 * numberText(12.345); // "12.35"
 * ```
 */
export function numberText(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "—";
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/**
 * A table id from a prefix and a free code: letters, digits, `-` and `_` only, unique by its index.
 *
 * @param prefix - a prefix made of letters.
 * @param index - the position, which keeps ids unique.
 * @param code - the code to show in the id.
 * @returns an id valid for a report table.
 * @example
 * ```ts
 * tableId("indicator", 0, "IND-1.2"); // "indicator-1-IND-1-2"
 * ```
 */
export function tableId(prefix: string, index: number, code: string): string {
  const slug = code.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
  return `${prefix}-${index + 1}${slug === "" ? "" : `-${slug}`}`.slice(0, 100);
}
