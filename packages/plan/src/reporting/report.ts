import {
  atBoundary,
  type BoundaryIssueCode,
  type DeepReadonly,
  type MultilingualText,
  MultilingualTextSchema,
  type Result,
} from "@madani/model";
import {
  createFormatter,
  createReport,
  type KeyFigure,
  type ReportDocument,
  type ReportLanguage,
  type Row,
} from "@madani/report";
import * as z from "zod";
import { planLabel, textOf } from "../reports/labels.js";
import {
  type ReportingComplianceOptions,
  type ReportingCounts,
  type ReportingInput,
  type ReportStatus,
  reportingCompliance,
} from "./compliance.js";
import { REPORT_STATUSES, reportingLabel, reportStatusCell } from "./labels.js";
import type { ReportingIssueCode } from "./messages.js";
import { checkKeys, DEFAULT_DUE_AFTER_DAYS, Issues } from "./shared.js";

/** Options of {@link reportingComplianceReport}: those of `reportingCompliance` with the report's language and time. */
export interface ReportingComplianceReportOptions extends Omit<ReportingComplianceOptions, "locale"> {
  /** Language of the report and of issue messages. */
  readonly language: ReportLanguage;
  /** When the report is generated, ISO 8601 with an offset, given by the caller (never read from the clock). */
  readonly generatedAt: string;
}

/** The parts of a plan the report reads (a `Plan` has them all). */
export interface ReportingReportInput extends ReportingInput {
  readonly title: DeepReadonly<MultilingualText>;
  readonly period?: { readonly startOn: string; readonly endOn: string } | undefined;
}

const ALLOWED = ["language", "generatedAt", "asOf", "dueAfterDays", "requirements", "submittedOn"];
const LANGUAGES: readonly unknown[] = ["ar", "fr", "en"];
const GENERATED_AT = z.iso.datetime({ offset: true });
const ReportShape = z.looseObject({
  title: MultilingualTextSchema,
  period: z.looseObject({ startOn: z.iso.date(), endOn: z.iso.date() }).optional(),
  indicators: z.array(z.looseObject({ name: MultilingualTextSchema.optional() })),
});

const pct = (share: number | undefined): number | null => (share === undefined ? null : share * 100);

/** The cells of a row of counts, by column key. */
function countCells(c: ReportingCounts): Row {
  return {
    expected: c.expected,
    onTime: c.onTime,
    late: c.late,
    missing: c.missing,
    unknownDate: c.unknownDate,
    pending: c.pending,
    reportingRate: pct(c.reportingRate),
    timeliness: pct(c.timeliness),
  };
}

const COUNT_KEY: Readonly<Record<ReportStatus, "onTime" | "late" | "missing" | "unknownDate" | "pending">> = {
  "on-time": "onTime",
  late: "late",
  missing: "missing",
  "unknown-date": "unknownDate",
  pending: "pending",
};

/**
 * The reporting-compliance report of a plan on a date as a report document: key figures (reports expected and
 * submitted, each status, reporting rate and timeliness) with the definitions, a table and a stacked bar chart
 * by indicator, the overdue reports to send reminders for, and every period's report with its due date,
 * submission date and status.
 *
 * @param plan - the plan (or anything with a `title`, an optional `period` and `indicators`); checked, never trusted.
 * @param options - `language`, `generatedAt` (ISO with an offset, from the caller), and the options of
 * `reportingCompliance`: `asOf`, `dueAfterDays`, `requirements`, `submittedOn`.
 * @returns the document (format `madani.report/1`), to render to HTML, Markdown, CSV or JSON with
 * `@madani/report`, or issues.
 * @remarks Every figure comes from `reportingCompliance` (see its rules). Tables carry each indicator's code
 * and name on every row, so that each CSV file stands alone. Status tones: on time positive, late warning,
 * missing negative, unknown date info, not yet due neutral. Rates are shown in percent.
 * Issues: those of `reportingCompliance`, `reporting.invalid_option` (`language`, `generatedAt`),
 * `reporting.invalid_plan` (title, period, indicator names), `reporting.unknown_option`; messages in `language`
 * (English when it is not one). Never throws: options that are not an object give `schema.invalid_option`, input
 * that throws when read gives `input.unreadable`.
 * @example
 * ```ts
 * const r = reportingComplianceReport(plan, { language: "fr", generatedAt: "2026-02-16T09:00:00+01:00", asOf: "2026-02-15" });
 * if (r.ok) renderHtml(r.value);
 * ```
 */
export function reportingComplianceReport(
  plan: ReportingReportInput,
  options: ReportingComplianceReportOptions,
): Result<ReportDocument, ReportingIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const language: unknown = options.language;
    const lang: ReportLanguage = LANGUAGES.includes(language) ? (language as ReportLanguage) : "en";
    const issues = new Issues(lang);
    checkKeys(options, ALLOWED, issues, ["options"]);
    if (!LANGUAGES.includes(language))
      issues.add("reporting.invalid_option", ["options", "language"], { option: "language" }, language);
    if (typeof options.generatedAt !== "string" || !GENERATED_AT.safeParse(options.generatedAt).success)
      issues.add(
        "reporting.invalid_option",
        ["options", "generatedAt"],
        { option: "generatedAt" },
        options.generatedAt,
      );
    const shape = ReportShape.safeParse(plan);
    if (!shape.success) {
      for (const i of shape.error.issues.slice(0, 20)) {
        const path = ["plan", ...i.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
        issues.add("reporting.invalid_plan", path, { field: path.join(".") });
      }
    }
    if (issues.list.length > 0 || !shape.success) return { ok: false, issues: issues.list };
    const { asOf, dueAfterDays, requirements, submittedOn } = options;
    const computed = reportingCompliance(plan, {
      asOf,
      locale: lang,
      ...(dueAfterDays === undefined ? {} : { dueAfterDays }),
      ...(requirements === undefined ? {} : { requirements }),
      ...(submittedOn === undefined ? {} : { submittedOn }),
    });
    if (!computed.ok) return computed;
    const compliance = computed.value;
    const f = createFormatter({ language: lang });
    const title = textOf(shape.data.title, lang);
    const names = shape.data.indicators.map((i) => textOf(i.name, lang));
    const date = f.date(compliance.asOf);
    const period = shape.data.period;
    const report = createReport({
      title: reportingLabel("title", lang, { plan: title }),
      subtitle: planLabel("asOf.subtitle", lang, { date }),
      ...(period === undefined ? {} : { period: { startOn: period.startOn, endOn: period.endOn } }),
      language: lang,
      generatedAt: options.generatedAt,
    });
    const totals = compliance.plan;

    report.section(
      reportingLabel("summary", lang),
      (s) => {
        const count = (label: string, value: number, status?: ReportStatus): KeyFigure => ({
          label,
          value,
          format: { type: "integer" },
          ...(status === undefined ? {} : { status: reportStatusCell(status, lang) }),
        });
        const rate = (label: string, value: number | undefined): KeyFigure[] =>
          value === undefined ? [] : [{ label, value: value * 100, format: { type: "percent" } }];
        s.figures([
          count(reportingLabel("figure.expected", lang), totals.expected),
          count(reportingLabel("figure.submitted", lang), totals.submitted),
          // Unknown dates and reports not yet due only show when there are some.
          ...REPORT_STATUSES.filter(
            (status) => (status !== "unknown-date" && status !== "pending") || totals[COUNT_KEY[status]] > 0,
          ).map((status) => count(reportStatusCell(status, lang).label, totals[COUNT_KEY[status]], status)),
          ...rate(reportingLabel("figure.reportingRate", lang), totals.reportingRate),
          ...rate(reportingLabel("figure.timeliness", lang), totals.timeliness),
        ]);
        s.paragraph(reportingLabel("definitions", lang, { days: dueAfterDays ?? DEFAULT_DUE_AFTER_DAYS }));
      },
      "summary",
    );

    const codeOf = (i: number) => compliance.indicators[i]?.code ?? compliance.indicators[i]?.indicatorId ?? "";
    report.section(
      reportingLabel("byIndicator", lang),
      (s) => {
        if (compliance.indicators.length === 0) {
          s.note(planLabel("progress.noIndicator", lang), "neutral");
          return;
        }
        if (totals.expected > 0) {
          s.chart({
            kind: "stacked-bar",
            title: reportingLabel("chart", lang),
            description: reportingLabel("chartDescription", lang),
            format: { type: "integer" },
            categories: compliance.indicators.map((_, i) => codeOf(i)),
            series: (["on-time", "late", "missing", "unknown-date"] as const).map((status) => ({
              name: reportStatusCell(status, lang).label,
              values: compliance.indicators.map((ind) => ind[COUNT_KEY[status]]),
            })),
          });
        }
        s.table({
          id: "reporting-by-indicator",
          title: reportingLabel("byIndicator", lang),
          columns: [
            { key: "code", label: planLabel("col.code", lang), type: "text" },
            { key: "name", label: planLabel("col.name", lang), type: "text" },
            { key: "expected", label: reportingLabel("col.expected", lang), type: "integer" },
            ...REPORT_STATUSES.map((status) => ({
              key: COUNT_KEY[status],
              label: reportStatusCell(status, lang).label,
              type: "integer" as const,
            })),
            { key: "reportingRate", label: reportingLabel("col.reportingRate", lang), type: "percent" },
            { key: "timeliness", label: reportingLabel("col.timeliness", lang), type: "percent" },
          ],
          rows: compliance.indicators.map((ind, i) => ({ code: codeOf(i), name: names[i] ?? "", ...countCells(ind) })),
          footer: { code: planLabel("total", lang), ...countCells(totals) },
        });
      },
      "by-indicator",
    );

    const position = new Map(compliance.indicators.map((ind, i) => [ind, i]));
    const indexOf = new Map(compliance.indicators.map((ind, i) => [ind.indicatorId, i]));
    report.section(
      reportingLabel("overdue", lang),
      (s) => {
        if (compliance.overdue.length === 0) {
          s.note(reportingLabel("noOverdue", lang, { date }), "positive");
          return;
        }
        s.table({
          id: "reporting-overdue",
          title: reportingLabel("overdue", lang),
          columns: [
            { key: "code", label: planLabel("col.code", lang), type: "text" },
            { key: "name", label: planLabel("col.name", lang), type: "text" },
            { key: "period", label: planLabel("col.period", lang), type: "text" },
            { key: "endOn", label: planLabel("col.endOn", lang), type: "date" },
            { key: "dueOn", label: reportingLabel("col.dueOn", lang), type: "date" },
            { key: "daysOverdue", label: reportingLabel("col.daysOverdue", lang), type: "integer" },
          ],
          rows: compliance.overdue.map((o) => {
            const i = indexOf.get(o.indicatorId) ?? -1;
            return {
              code: o.code ?? o.indicatorId,
              name: names[i] ?? "",
              period: o.periodId,
              endOn: o.endOn,
              dueOn: o.dueOn,
              daysOverdue: o.daysOverdue,
            };
          }),
        });
      },
      "overdue",
    );

    report.section(
      reportingLabel("periods", lang),
      (s) => {
        const rows: Row[] = compliance.indicators.flatMap((ind) => {
          const i = position.get(ind) ?? -1;
          return ind.reports.map(
            (r): Row => ({
              code: codeOf(i),
              name: names[i] ?? "",
              period: r.periodId,
              startOn: r.startOn,
              endOn: r.endOn,
              dueOn: r.dueOn,
              submittedOn: r.submittedOn ?? null,
              status: reportStatusCell(r.status, lang),
              daysLate: r.daysLate ?? r.daysOverdue ?? null,
            }),
          );
        });
        if (rows.length === 0) {
          s.note(reportingLabel("noReport", lang, { date }), "neutral");
          return;
        }
        s.table({
          id: "reporting-periods",
          title: reportingLabel("periods", lang),
          columns: [
            { key: "code", label: planLabel("col.code", lang), type: "text" },
            { key: "name", label: planLabel("col.name", lang), type: "text" },
            { key: "period", label: planLabel("col.period", lang), type: "text" },
            { key: "startOn", label: planLabel("col.startOn", lang), type: "date" },
            { key: "endOn", label: planLabel("col.endOn", lang), type: "date" },
            { key: "dueOn", label: reportingLabel("col.dueOn", lang), type: "date" },
            { key: "submittedOn", label: reportingLabel("col.submittedOn", lang), type: "date" },
            { key: "status", label: planLabel("col.status", lang), type: "status" },
            { key: "daysLate", label: reportingLabel("col.daysLate", lang), type: "integer" },
          ],
          rows,
        });
      },
      "periods",
    );
    return { ok: true, value: report.build() };
  });
}
