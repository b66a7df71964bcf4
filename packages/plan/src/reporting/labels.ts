import { formatMessage, type MessageParams } from "@madani/model";
import type { ReportLanguage, Tone } from "@madani/report";
import type { ReportStatus } from "./compliance.js";

/**
 * Headings, column labels and sentences of the reporting-compliance report in ar, fr and en, with `{name}`
 * placeholders.
 *
 * @example
 * ```ts
 * formatMessage(reportingReportLabels["title"], "fr", { plan: "Plan 2025-2029" });
 * // "Respect des échéances de rapportage — Plan 2025-2029"
 * ```
 */
export const reportingReportLabels = {
  title: {
    ar: "احترام آجال تقديم تقارير المؤشرات — {plan}",
    fr: "Respect des échéances de rapportage — {plan}",
    en: "Reporting compliance — {plan}",
  },
  summary: { ar: "الأرقام الرئيسية", fr: "Chiffres clés", en: "Key figures" },
  definitions: {
    ar: "يحل أجل تقديم معطيات كل فترة {days} يوما بعد نهايتها، ما لم يحدد متطلب آخر غير ذلك. يعتبر التقرير مقدما في الآجال إذا قدمت قيمة (مقدمة أو مصادق عليها) في تاريخ الأجل أو قبله، ومتأخرا إذا قدمت بعده، وغير مقدم إذا لم تقدم أي قيمة بعد حلول الأجل. نسبة التقديم = التقارير المقدمة ÷ التقارير المنتظرة؛ نسبة التقديم في الآجال = التقارير المقدمة في الآجال ÷ التقارير المنتظرة (تعريفا DHIS2).",
    fr: "Les données d'une période sont dues {days} jours après sa fin, sauf exigence contraire. Un rapport est dans les délais quand une valeur (soumise ou approuvée) est remise au plus tard à l'échéance, en retard quand elle l'est après, manquant quand rien n'est remis une fois l'échéance passée. Taux de rapportage = rapports remis ÷ rapports attendus ; taux de rapportage dans les délais = rapports remis dans les délais ÷ rapports attendus (définitions de DHIS2).",
    en: "A period's data is due {days} days after its end, unless a requirement says otherwise. A report is on time when a value (submitted or approved) comes in on or before the due date, late when it comes in after, missing when nothing has come in once the due date has passed. Reporting rate = reports submitted ÷ reports expected; timeliness = reports submitted on time ÷ reports expected (the DHIS2 definitions).",
  },
  "figure.expected": { ar: "التقارير المنتظرة", fr: "Rapports attendus", en: "Reports expected" },
  "figure.submitted": { ar: "التقارير المقدمة", fr: "Rapports remis", en: "Reports submitted" },
  "figure.reportingRate": { ar: "نسبة التقديم", fr: "Taux de rapportage", en: "Reporting rate" },
  "figure.timeliness": {
    ar: "نسبة التقديم في الآجال",
    fr: "Taux de rapportage dans les délais",
    en: "Timeliness",
  },
  byIndicator: { ar: "حسب المؤشر", fr: "Par indicateur", en: "By indicator" },
  chart: {
    ar: "وضعية التقارير المنتظرة حسب المؤشر",
    fr: "Rapports attendus par indicateur et par statut",
    en: "Expected reports by indicator and status",
  },
  chartDescription: {
    ar: "عدد التقارير المقدمة في الآجال والمتأخرة وغير المقدمة وذات تاريخ التقديم غير المعروف لكل مؤشر.",
    fr: "Nombre de rapports remis dans les délais, en retard, manquants et à date de remise inconnue, par indicateur.",
    en: "Reports on time, late, missing and with an unknown submission date, by indicator.",
  },
  overdue: {
    ar: "تذكير: تقارير لم تقدم بعد حلول أجلها",
    fr: "Relances : rapports non remis après l'échéance",
    en: "Reminders: overdue reports",
  },
  noOverdue: {
    ar: "لا يوجد أي تقرير تجاوز أجله بتاريخ {date}.",
    fr: "Aucun rapport en souffrance au {date}.",
    en: "No report is overdue as of {date}.",
  },
  periods: { ar: "التقارير حسب الفترة", fr: "Rapports par période", en: "Reports by period" },
  noReport: {
    ar: "لم تنته أي فترة من فترات المؤشرات بتاريخ {date}.",
    fr: "Aucune période des indicateurs n'est terminée au {date}.",
    en: "No indicator period has ended as of {date}.",
  },
  "col.expected": { ar: "المنتظرة", fr: "Attendus", en: "Expected" },
  "col.reportingRate": { ar: "نسبة التقديم", fr: "Taux de rapportage", en: "Reporting rate" },
  "col.timeliness": { ar: "نسبة التقديم في الآجال", fr: "Taux dans les délais", en: "Timeliness" },
  "col.dueOn": { ar: "أجل التقديم", fr: "Échéance", en: "Due date" },
  "col.submittedOn": { ar: "تاريخ التقديم", fr: "Remis le", en: "Submitted on" },
  "col.daysOverdue": { ar: "أيام التأخير", fr: "Jours de retard", en: "Days overdue" },
  "col.daysLate": { ar: "أيام التأخير", fr: "Jours de retard", en: "Days late" },
} as const satisfies Record<string, { ar: string; fr: string; en: string }>;

/** A key of {@link reportingReportLabels}. */
export type ReportingReportLabel = keyof typeof reportingReportLabels;

/** A label of the report in a language, with its placeholders filled. */
export function reportingLabel(key: ReportingReportLabel, language: ReportLanguage, params?: MessageParams): string {
  return formatMessage(reportingReportLabels[key], language, params);
}

/** Labels of the report statuses in ar, fr and en. */
const STATUS_LABELS: Readonly<Record<ReportStatus, { ar: string; fr: string; en: string }>> = {
  "on-time": { ar: "في الآجال", fr: "Dans les délais", en: "On time" },
  late: { ar: "متأخر", fr: "En retard", en: "Late" },
  missing: { ar: "غير مقدم", fr: "Manquant", en: "Missing" },
  "unknown-date": { ar: "تاريخ التقديم غير معروف", fr: "Date de remise inconnue", en: "Submission date unknown" },
  pending: { ar: "لم يحل أجله بعد", fr: "Pas encore échu", en: "Not yet due" },
};

const STATUS_TONES: Readonly<Record<ReportStatus, Tone>> = {
  "on-time": "positive",
  late: "warning",
  missing: "negative",
  "unknown-date": "info",
  pending: "neutral",
};

/** The report statuses in the order the report lists them. */
export const REPORT_STATUSES: readonly ReportStatus[] = ["on-time", "late", "missing", "unknown-date", "pending"];

/** The status cell of a report status: on time positive, late warning, missing negative, unknown date info, pending neutral. */
export function reportStatusCell(status: ReportStatus, language: ReportLanguage): { label: string; tone: Tone } {
  return { label: STATUS_LABELS[status][language], tone: STATUS_TONES[status] };
}
