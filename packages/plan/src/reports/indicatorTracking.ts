import { labelOf } from "@madani/model";
import { createFormatter, createReport, type ReportDocument, type Row, type SectionBuilder } from "@madani/report";
import { IndicatorDirection, IndicatorMeasure } from "../indicator/indicator.js";
import { achievementOf, indicatorProgress, periodActual } from "../indicator/progress.js";
import type { Element, Plan, PlanIndicator } from "../plan/plan.js";
import { indicatorStatusCell, numberText, type PlanReportOptions, planLabel, tableId, textOf } from "./labels.js";
import { elementTree } from "./logframe.js";

/**
 * The indicator performance tracking table of a plan as a report document: for
 * each indicator, grouped by top-level element, its targets and actuals by period.
 *
 * @param plan - a valid plan.
 * @param options - `language`, `generatedAt` (ISO with an offset, from the caller),
 * and optionally `asOf` (ISO date), which adds each indicator's status on that date.
 * @returns the report document (format `madani.report/1`).
 * @remarks Only approved values count: a period's actual is `periodActual` (approved
 * values combined by the indicator's `withinPeriod` aggregation; percentages from their
 * numerators and denominators). A period's achievement compares its actual with its
 * own target (`achievementOf`). Periods are listed by start date. Every row carries the
 * indicator's code and name, so that each table, rendered alone (one CSV file per table),
 * says which indicator it tracks.
 * @example
 * ```ts
 * const doc = indicatorTrackingTable(plan, { language: "fr", generatedAt: "2026-01-10T10:00:00+01:00" });
 * validateReportDocument(doc).ok; // true
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function indicatorTrackingTable(plan: Plan, options: PlanReportOptions): ReportDocument {
  const lang = options.language;
  const { top, childrenOf } = elementTree(plan);
  const axisOf = new Map<string, string>();
  const mark = (e: Element, axis: string, depth: number): void => {
    if (axisOf.has(e.id) || depth > plan.elements.length) return;
    axisOf.set(e.id, axis);
    for (const c of childrenOf.get(e.id) ?? []) mark(c, axis, depth + 1);
  };
  for (const e of top) mark(e, e.id, 0);
  const report = createReport({
    title: planLabel("tracking.title", lang, { plan: textOf(plan.title, lang) }),
    ...(options.asOf === undefined
      ? {}
      : {
          subtitle: planLabel("asOf.subtitle", lang, { date: createFormatter({ language: lang }).date(options.asOf) }),
        }),
    period: { startOn: plan.period.startOn, endOn: plan.period.endOn },
    language: lang,
    generatedAt: options.generatedAt,
  });
  let index = 0;
  const indicatorSection = (s: SectionBuilder, ind: PlanIndicator): void => {
    const id = tableId("indicator", index++, ind.code);
    s.section(
      `${ind.code} — ${textOf(ind.name, lang)}`,
      (sub) => {
        sub.paragraph(
          planLabel("tracking.sheet", lang, {
            measure: labelOf(IndicatorMeasure, ind.measure, lang),
            direction: labelOf(IndicatorDirection, ind.direction, lang),
            baseline: numberText(ind.baseline?.value),
          }),
        );
        if (options.asOf !== undefined) {
          const p = indicatorProgress(ind, options.asOf);
          const status = indicatorStatusCell(p.status, lang);
          if (p.achievement === undefined) sub.note(status.label, "neutral");
          else {
            sub.figures([
              {
                label: planLabel("col.achievement", lang),
                value: p.achievement * 100,
                format: { type: "percent" },
                status,
              },
            ]);
          }
        }
        const periods = [...ind.periods].sort((a, b) => (a.startOn < b.startOn ? -1 : a.startOn > b.startOn ? 1 : 0));
        const numbers = periods.flatMap((p) => [p.target, periodActual(ind, p.id)?.value]);
        const decimals = numbers.every((v) => v === undefined || Number.isInteger(v)) ? 0 : 2;
        sub.table({
          id,
          title: `${ind.code} — ${textOf(ind.name, lang)}`,
          columns: [
            { key: "code", label: planLabel("col.code", lang), type: "text" },
            { key: "name", label: planLabel("col.name", lang), type: "text" },
            { key: "startOn", label: planLabel("col.startOn", lang), type: "date" },
            { key: "endOn", label: planLabel("col.endOn", lang), type: "date" },
            { key: "target", label: planLabel("col.target", lang), type: "decimal", decimals },
            { key: "actual", label: planLabel("col.actual", lang), type: "decimal", decimals },
            { key: "achievement", label: planLabel("col.achievement", lang), type: "percent" },
            { key: "values", label: planLabel("col.values", lang), type: "integer" },
          ],
          rows: periods.map((p): Row => {
            const actual = periodActual(ind, p.id);
            const achievement = actual === undefined ? undefined : achievementOf(ind, actual.value, p.target);
            return {
              code: ind.code,
              name: textOf(ind.name, lang),
              startOn: p.startOn,
              endOn: p.endOn,
              target: p.target ?? null,
              actual: actual?.value ?? null,
              achievement: achievement === undefined ? null : achievement * 100,
              values: ind.values.filter((v) => v.periodId === p.id && v.state === "approved").length,
            };
          }),
          caption: planLabel("tracking.approvedOnly", lang),
        });
      },
      id,
    );
  };
  const groups = [
    ...top.map((e) => ({
      heading: `${e.code} — ${textOf(e.title, lang)}`,
      indicators: plan.indicators.filter((i) => axisOf.get(i.elementId) === e.id),
    })),
    { heading: planLabel("tracking.other", lang), indicators: plan.indicators.filter((i) => !axisOf.has(i.elementId)) },
  ].filter((g) => g.indicators.length > 0);
  if (groups.length === 0) {
    report.section(planLabel("progress.indicators", lang), (s) =>
      s.note(planLabel("progress.noIndicator", lang), "neutral"),
    );
  }
  for (const g of groups) {
    report.section(g.heading, (s) => {
      for (const ind of g.indicators) indicatorSection(s, ind);
    });
  }
  return report.build();
}
