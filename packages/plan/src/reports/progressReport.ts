import { daysBetween, type IsoDate } from "@madani/model";
import {
  type Column,
  createFormatter,
  createReport,
  type KeyFigure,
  type ReportDocument,
  type Row,
  type SectionBuilder,
} from "@madani/report";
import type { IndicatorStatus } from "../indicator/progress.js";
import type { Plan } from "../plan/plan.js";
import { type BudgetTotals, computeProgress, type PlanProgress } from "../progress/computeProgress.js";
import { INDICATOR_STATUSES, indicatorStatusCell, type PlanReportOptions, planLabel, textOf } from "./labels.js";
import { elementTree } from "./logframe.js";

/**
 * Options of {@link planProgressReport}: the shared options with a required `asOf`.
 *
 * @example
 * ```ts
 * const options: PlanProgressReportOptions = { language: "ar", generatedAt: "2026-01-10T10:00:00+01:00", asOf: "2026-01-10" };
 * ```
 */
export interface PlanProgressReportOptions extends PlanReportOptions {
  /** The date progress is read on (ISO date). */
  readonly asOf: string;
}

const pct = (share: number | undefined): number | null => (share === undefined ? null : share * 100);
const decimalsFor = (values: readonly (number | undefined)[]): number =>
  values.every((v) => v === undefined || Number.isInteger(v)) ? 0 : 2;

/** A row of budget totals; an element with no budget line gets empty cells, not zeros. */
function budgetRow(label: Row[string], t: BudgetTotals | undefined): Row {
  if (t === undefined) return { label, planned: null, committed: null, spent: null, execution: null };
  return {
    label,
    planned: { amount: t.planned, currency: t.currency },
    committed: { amount: t.committed, currency: t.currency },
    spent: { amount: t.spent, currency: t.currency },
    execution: t.planned > 0 ? (t.spent / t.planned) * 100 : null,
  };
}

function keyFigures(progress: PlanProgress, lang: PlanReportOptions["language"]): KeyFigure[] {
  const counts = countByStatus(progress);
  const { total } = progress.budget;
  return [
    ...(progress.plan.score === undefined
      ? []
      : [
          {
            label: planLabel("figure.score", lang),
            value: progress.plan.score * 100,
            format: { type: "percent" as const },
          },
        ]),
    { label: planLabel("figure.coverage", lang), value: progress.plan.coverage * 100, format: { type: "percent" } },
    ...INDICATOR_STATUSES.map(
      (status): KeyFigure => ({
        label: indicatorStatusCell(status, lang).label,
        value: counts[status],
        format: { type: "integer" },
        status: indicatorStatusCell(status, lang),
      }),
    ),
    { label: planLabel("figure.activitiesDone", lang), value: progress.activities.done, format: { type: "integer" } },
    { label: planLabel("figure.activitiesDue", lang), value: progress.activities.due, format: { type: "integer" } },
    {
      label: planLabel("figure.activitiesOverdue", lang),
      value: progress.activities.overdue,
      format: { type: "integer" },
      status: {
        label: planLabel("figure.activitiesOverdue", lang),
        tone: progress.activities.overdue > 0 ? "negative" : "positive",
      },
    },
    // Without any budget line there is no figure to show (not "0,00"): the budget section says there is no budget.
    ...(Object.keys(progress.budget.byYear).length === 0
      ? []
      : [
          {
            label: planLabel("figure.budgetSpent", lang),
            value: total.spent,
            target: total.planned,
            format: { type: "money" as const, currency: total.currency },
          },
        ]),
  ];
}

/**
 * The number of indicators in each status.
 *
 * @param progress - the plan's progress.
 * @returns counts by status, every status present.
 * @example
 * ```ts
 * countByStatus(computeProgress(plan, "2026-01-10"))["no-data"]; // 3
 * ```
 */
export function countByStatus(progress: PlanProgress): Record<IndicatorStatus, number> {
  const counts: Record<IndicatorStatus, number> = {
    achieved: 0,
    "on-track": 0,
    "at-risk": 0,
    "off-track": 0,
    "no-data": 0,
  };
  for (const i of progress.indicators) counts[i.status]++;
  return counts;
}

/**
 * The progress report of a plan on a date as a report document: key figures, a
 * traffic-light table of indicators, the roll-up by strategic axis (table and bar
 * chart), budget execution by axis, by year and by funder, and a Gantt chart of late activities.
 *
 * @param plan - a valid plan.
 * @param options - `language`, `generatedAt` (ISO with an offset, from the caller), `asOf` (ISO date).
 * @returns the report document (format `madani.report/1`).
 * @remarks Every figure comes from {@link computeProgress} on `asOf`: scores and
 * coverage are shown in percent; achievement is the raw achievement (it may exceed
 * 100 %); status tones: achieved and on-track positive, at-risk warning, off-track
 * negative, no-data neutral. Late activities are those `computeProgress` counts as
 * overdue (ended on or before `asOf`, neither done nor cancelled). Money stays in
 * integer minor units of the plan's currency. Funders are shown by their names when the
 * plan lists its `funders`, else by their ids as given, in the plan's order of funders, then
 * by id; lines without a funder come last.
 * @example
 * ```ts
 * const doc = planProgressReport(plan, { language: "ar", generatedAt: "2026-01-10T10:00:00+01:00", asOf: "2026-01-10" });
 * validateReportDocument(doc).ok; // true
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function planProgressReport(plan: Plan, options: PlanProgressReportOptions): ReportDocument {
  const lang = options.language;
  const asOf: IsoDate = options.asOf;
  const progress = computeProgress(plan, asOf);
  const { top } = elementTree(plan);
  const rollUpOf = new Map(progress.elements.map((e) => [e.id, e]));
  const report = createReport({
    title: planLabel("progress.title", lang, { plan: textOf(plan.title, lang) }),
    subtitle: planLabel("asOf.subtitle", lang, { date: createFormatter({ language: lang }).date(asOf) }),
    period: { startOn: plan.period.startOn, endOn: plan.period.endOn },
    language: lang,
    generatedAt: options.generatedAt,
  });

  const f = plan.foundations;
  const lists: [Parameters<typeof planLabel>[0], readonly Plan["title"][] | undefined][] = [
    ["plan.values", plan.values],
    ["plan.principles", f?.principles],
    ["plan.references", f?.references],
    ["plan.method", f?.method],
  ];
  if (plan.vision !== undefined || plan.mission !== undefined || lists.some(([, l]) => l !== undefined && l.length > 0))
    report.section(
      planLabel("progress.foundations", lang),
      (s) => {
        const colon = lang === "fr" ? " : " : ": ";
        if (plan.vision !== undefined)
          s.paragraph(`${planLabel("plan.vision", lang)}${colon}${textOf(plan.vision, lang)}`);
        if (plan.mission !== undefined)
          s.paragraph(`${planLabel("plan.mission", lang)}${colon}${textOf(plan.mission, lang)}`);
        for (const [label, items] of lists) {
          if (items === undefined || items.length === 0) continue;
          s.paragraph(planLabel(label, lang));
          s.list(items.map((t) => textOf(t, lang)));
        }
      },
      "foundations",
    );

  report.section(planLabel("progress.keyFigures", lang), (s) => s.figures(keyFigures(progress, lang)), "key-figures");

  report.section(
    planLabel("progress.indicators", lang),
    (s) => {
      if (plan.indicators.length === 0) {
        s.note(planLabel("progress.noIndicator", lang), "neutral");
        return;
      }
      const decimals = decimalsFor(
        plan.indicators.flatMap((ind, i) => {
          const p = progress.indicators[i];
          return [ind.baseline?.value, p?.target?.value, p?.actual?.value];
        }),
      );
      s.table({
        id: "indicators",
        title: planLabel("progress.indicators", lang),
        columns: [
          { key: "code", label: planLabel("col.code", lang), type: "text" },
          { key: "name", label: planLabel("col.name", lang), type: "text" },
          { key: "baseline", label: planLabel("col.baseline", lang), type: "decimal", decimals },
          { key: "target", label: planLabel("col.target", lang), type: "decimal", decimals },
          { key: "actual", label: planLabel("col.actual", lang), type: "decimal", decimals },
          { key: "achievement", label: planLabel("col.achievement", lang), type: "percent" },
          { key: "status", label: planLabel("col.status", lang), type: "status" },
        ],
        rows: plan.indicators.map((ind, i): Row => {
          const p = progress.indicators[i];
          return {
            code: ind.code,
            name: textOf(ind.name, lang),
            baseline: ind.baseline?.value ?? null,
            target: p?.target?.value ?? null,
            actual: p?.actual?.value ?? null,
            achievement: pct(p?.achievement),
            status: indicatorStatusCell(p?.status ?? "no-data", lang),
          };
        }),
      });
    },
    "indicators",
  );

  report.section(
    planLabel("progress.axes", lang),
    (s) => {
      s.table({
        id: "axes",
        title: planLabel("progress.axes", lang),
        columns: [
          { key: "code", label: planLabel("col.code", lang), type: "text" },
          { key: "axis", label: planLabel("col.axis", lang), type: "text" },
          { key: "score", label: planLabel("col.score", lang), type: "percent" },
          { key: "coverage", label: planLabel("col.coverage", lang), type: "percent" },
        ],
        rows: top.map((e) => ({
          code: e.code,
          axis: textOf(e.title, lang),
          score: pct(rollUpOf.get(e.id)?.score),
          coverage: pct(rollUpOf.get(e.id)?.coverage ?? 0),
        })),
        footer: {
          code: planLabel("total", lang),
          score: pct(progress.plan.score),
          coverage: pct(progress.plan.coverage),
        },
      });
      if (top.length > 0) {
        s.chart({
          kind: "bar",
          title: planLabel("progress.axesChart", lang),
          description: planLabel("progress.axesChartDescription", lang),
          format: { type: "percent" },
          categories: top.map((e) => e.code),
          series: [{ name: planLabel("col.score", lang), values: top.map((e) => pct(rollUpOf.get(e.id)?.score)) }],
        });
      }
    },
    "axes",
  );

  report.section(planLabel("progress.budget", lang), (s) => budgetSection(s, plan, progress, lang), "budget");

  report.section(
    planLabel("progress.late", lang),
    (s) => {
      const late = plan.activities.filter((_, i) => progress.activities.items[i]?.overdue === true);
      if (late.length === 0) {
        s.note(
          planLabel("progress.noLate", lang, { date: createFormatter({ language: lang }).date(asOf) }),
          "positive",
        );
        return;
      }
      const completion = new Map(progress.activities.items.map((a) => [a.id, a.completion]));
      s.chart({
        kind: "gantt",
        title: planLabel("progress.lateChart", lang),
        description: planLabel("progress.lateChartDescription", lang),
        rows: late.map((a) => ({
          label: `${a.code} ${textOf(a.title, lang)}`,
          startOn: a.startOn,
          endOn: a.endOn,
          progress: completion.get(a.id) ?? 0,
          tone: "negative" as const,
        })),
      });
      s.table({
        id: "late-activities",
        title: planLabel("progress.late", lang),
        columns: [
          { key: "code", label: planLabel("col.code", lang), type: "text" },
          { key: "activity", label: planLabel("col.activity", lang), type: "text" },
          { key: "responsible", label: planLabel("col.responsible", lang), type: "text" },
          { key: "endOn", label: planLabel("col.endOn", lang), type: "date" },
          { key: "daysLate", label: planLabel("col.daysLate", lang), type: "integer" },
          { key: "completion", label: planLabel("col.completion", lang), type: "percent" },
        ],
        rows: late.map((a) => ({
          code: a.code,
          activity: textOf(a.title, lang),
          responsible: a.responsible ?? null,
          endOn: a.endOn,
          daysLate: daysBetween(a.endOn, asOf),
          completion: (completion.get(a.id) ?? 0) * 100,
        })),
      });
    },
    "late-activities",
  );
  return report.build();
}

function budgetSection(
  s: SectionBuilder,
  plan: Plan,
  progress: PlanProgress,
  lang: PlanReportOptions["language"],
): void {
  const { total, byAxis, byYear, byFunder } = progress.budget;
  if (Object.keys(byYear).length === 0) {
    s.note(planLabel("progress.noBudget", lang), "neutral");
    return;
  }
  const money: Column[] = [
    { key: "planned", label: planLabel("col.planned", lang), type: "money" },
    { key: "committed", label: planLabel("col.committed", lang), type: "money" },
    { key: "spent", label: planLabel("col.spent", lang), type: "money" },
    { key: "execution", label: planLabel("col.execution", lang), type: "percent" },
  ];
  const totalRow = budgetRow(planLabel("total", lang), total);
  const { top } = elementTree(plan);
  s.table({
    id: "budget-by-axis",
    title: planLabel("progress.budgetByAxis", lang),
    columns: [{ key: "label", label: planLabel("col.axis", lang), type: "text" }, ...money],
    rows: top.map((e) => budgetRow(`${e.code} ${textOf(e.title, lang)}`, byAxis[e.id])),
    footer: totalRow,
  });
  s.table({
    id: "budget-by-year",
    title: planLabel("progress.budgetByYear", lang),
    columns: [{ key: "label", label: planLabel("col.year", lang), type: "text" }, ...money],
    rows: Object.keys(byYear)
      .sort()
      .map((year) => budgetRow(year, byYear[year])),
    footer: totalRow,
  });
  const listed = (plan.funders ?? []).map((f) => f.id);
  const rank = new Map(listed.map((id, i) => [id, i]));
  const funderIds = Object.keys(byFunder).sort((a, b) => {
    // Listed funders in the plan's order, then the others by id (code point), lines without a funder last.
    if ((a === "") !== (b === "")) return a === "" ? 1 : -1;
    const ra = rank.get(a) ?? listed.length;
    const rb = rank.get(b) ?? listed.length;
    return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
  });
  const names = new Map((plan.funders ?? []).map((f) => [f.id, textOf(f.name, lang)]));
  s.table({
    id: "budget-by-funder",
    title: planLabel("progress.budgetByFunder", lang),
    columns: [{ key: "label", label: planLabel("col.funder", lang), type: "text" }, ...money],
    rows: funderIds.map((id) =>
      budgetRow(id === "" ? planLabel("funder.none", lang) : (names.get(id) ?? id), byFunder[id]),
    ),
    footer: totalRow,
  });
}
