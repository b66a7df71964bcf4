import { type IsoDate, labelOf, Sex } from "@madani/model";
import {
  type Column,
  codeText,
  createFormatter,
  createReport,
  type Formatter,
  type ReportDocument,
  type Row,
  type SectionBuilder,
} from "@madani/report";
import { brokenDown, type IndicatorCategory } from "../indicator/breakdown.js";
import { categoryLifeOfProjectTarget, indicatorCategories, periodTarget } from "../indicator/category.js";
import {
  type Indicator,
  IndicatorMeasure,
  type IndicatorMeasureValue,
  type IndicatorPeriod,
} from "../indicator/indicator.js";
import { placeName } from "../indicator/places.js";
import {
  achievementOf,
  currentActual,
  indicatorProgress,
  lifeOfProjectTarget,
  periodActual,
} from "../indicator/progress.js";
import type { Element, Plan, PlanIndicator } from "../plan/plan.js";
import { tiersOf } from "../plan/tier.js";
import { type PlanReportOptions, planLabel, textOf } from "./labels.js";
import { elementTree } from "./logframe.js";

/**
 * Options of {@link planIpttReport}: the shared options with a required `asOf`.
 *
 * @example
 * ```ts
 * const options: PlanIpttReportOptions = { language: "fr", generatedAt: "2027-01-25T10:00:00+01:00", asOf: "2026-12-31" };
 * ```
 */
export interface PlanIpttReportOptions extends PlanReportOptions {
  /** The date the cumulative columns are read on (ISO date): the periods ended on or before it count. */
  readonly asOf: string;
  /**
   * How many periods each table shows, 1 to 30 (default 3): the periods go on in further tables, each with
   * the indicators' columns again. Beyond 3 periods, the table is wider than an A4 landscape page.
   */
  readonly periodsPerTable?: number | undefined;
}

/** A column group of the IPTT: the periods of the indicators that span the same days. */
interface PeriodGroup {
  readonly startOn: IsoDate;
  readonly endOn: IsoDate;
  /** 0 for the first period of an indicator with these dates, 1 for a second one (a duplicate), and so on. */
  readonly occurrence: number;
}

/**
 * Periods per table by default: 8 columns for the indicator and 3 per period make 17 columns, about what an A4
 * landscape page holds (5 annual periods need 1 308 px at the printed size, on a page 1 002 px wide).
 */
const PERIODS_PER_TABLE = 3;
/** The schema allows 100 columns per table: 8 for the indicator and 3 per period give at most 30 periods. */
const MAX_PERIODS_PER_TABLE = 30;

/** Split the column groups into tables of at most `size` groups (at least one table, maybe without groups). */
function blocks<T>(groups: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < groups.length; k += size) out.push(groups.slice(k, k + size));
  return out.length === 0 ? [[]] : out;
}

/** A number as a cell: `null` for none and for a value that is not finite. */
const num = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : x);

/**
 * An achievement in percent units, without the noise of binary floating point (`1.1 × 100` is
 * `110.00000000000001`): twelve significant digits, more than any report shows.
 */
const percentOf = (achievement: number | undefined): number | null =>
  achievement === undefined || !Number.isFinite(achievement) ? null : num(Number((achievement * 100).toPrecision(12)));

/**
 * The fraction digits of a column of values, appropriate to each row's measure: the fewest (at most 2) that
 * show every value exactly, except percentages, shown in whole percent units. A column holds the values of
 * every indicator and takes one number of digits: without this exception one percentage of 18.75 would show
 * every head count of the column as `124.00`. The cells keep the exact values (the CSV and JSON renderings
 * write them in full).
 */
function decimalsOf(
  rows: readonly Row[],
  measures: readonly (IndicatorMeasureValue | undefined)[],
  key: string,
): number {
  let decimals = 0;
  rows.forEach((row, i) => {
    const v = row[key];
    if (typeof v !== "number" || measures[i] === "percentage") return;
    let d = 0;
    while (d < 2 && Math.abs(v * 10 ** d - Math.round(v * 10 ** d)) > 1e-9 * Math.max(1, Math.abs(v * 10 ** d))) d++;
    decimals = Math.max(decimals, d);
  });
  return decimals;
}

const byDates = (a: PeriodGroup, b: PeriodGroup): number =>
  a.endOn !== b.endOn
    ? a.endOn < b.endOn
      ? -1
      : 1
    : a.startOn !== b.startOn
      ? a.startOn < b.startOn
        ? -1
        : 1
      : a.occurrence - b.occurrence;

const groupKey = (startOn: string, endOn: string, occurrence: number): string => `${startOn}/${endOn}/${occurrence}`;

/**
 * The column groups of a set of indicators: one per distinct span of days (start and end dates), ordered by
 * end date, then start date; and for each indicator, its period in each group.
 */
function periodGroups(indicators: readonly Indicator[]): {
  readonly groups: readonly PeriodGroup[];
  readonly periodOf: (indicator: Indicator, group: PeriodGroup) => IndicatorPeriod | undefined;
} {
  const groups = new Map<string, PeriodGroup>();
  const byIndicator = new Map<Indicator, Map<string, IndicatorPeriod>>();
  for (const ind of indicators) {
    const own = new Map<string, IndicatorPeriod>();
    for (const p of ind.periods) {
      let occurrence = 0;
      while (own.has(groupKey(p.startOn, p.endOn, occurrence))) occurrence++;
      const key = groupKey(p.startOn, p.endOn, occurrence);
      own.set(key, p);
      if (!groups.has(key)) groups.set(key, { startOn: p.startOn, endOn: p.endOn, occurrence });
    }
    byIndicator.set(ind, own);
  }
  return {
    groups: [...groups.values()].sort(byDates),
    periodOf: (ind, g) => byIndicator.get(ind)?.get(groupKey(g.startOn, g.endOn, g.occurrence)),
  };
}

const MONTH_ENDS = ["", "01-31", "", "03-31", "", "", "06-30", "", "", "09-30", "", "", "12-31"];

/** First to fourth, for the half-years and quarters of an Arabic report ("الربع الثالث 2025"). */
const ARABIC_ORDINALS = ["الأول", "الثاني", "الثالث", "الرابع"];

/**
 * The label of a column group: `2025` for a calendar year, `S1 2025` (fr), `H1 2025` (en), `الأسدس الأول 2025`
 * (ar) for a calendar half-year, `T3 2025`, `Q3 2025`, `الربع الثالث 2025` for a calendar quarter, else the
 * range of dates.
 */
function groupLabel(g: PeriodGroup, lang: PlanReportOptions["language"], fmt: Formatter): string {
  const year = g.startOn.slice(0, 4);
  const startMonth = Number(g.startOn.slice(5, 7));
  let label: string | undefined;
  if (year === g.endOn.slice(0, 4) && g.startOn.slice(8) === "01") {
    const endMonth = Number(g.endOn.slice(5, 7));
    const endsMonth = g.endOn.slice(5) === MONTH_ENDS[endMonth];
    const part = (key: "iptt.half" | "iptt.quarter", n: number): string =>
      planLabel(key, lang, { n, nth: ARABIC_ORDINALS[n - 1] ?? String(n), year });
    if (endsMonth && startMonth === 1 && endMonth === 12) label = year;
    else if (endsMonth && endMonth - startMonth === 5 && (startMonth === 1 || startMonth === 7))
      label = part("iptt.half", startMonth === 1 ? 1 : 2);
    else if (endsMonth && endMonth - startMonth === 2 && startMonth % 3 === 1)
      label = part("iptt.quarter", (startMonth + 2) / 3);
  }
  label ??= fmt.dateRange(g.startOn, g.endOn);
  return g.occurrence === 0 ? label : `${label} (${g.occurrence + 1})`;
}

/**
 * The indicators of a plan in the order of its results framework, each element (axis, objective, result…)
 * that has indicators in its subtree announced by a heading: depth first, in the plan's order of elements,
 * an element's own indicators before its children. Indicators of no element reachable from the top come last,
 * under "Other indicators".
 */
function framework(
  plan: Plan,
): (
  | { readonly kind: "element"; readonly element: Element }
  | { readonly kind: "other" }
  | { readonly kind: "indicator"; readonly indicator: PlanIndicator }
)[] {
  const { top, childrenOf } = elementTree(plan);
  const indicatorsOf = new Map<string, PlanIndicator[]>();
  for (const i of plan.indicators) indicatorsOf.set(i.elementId, [...(indicatorsOf.get(i.elementId) ?? []), i]);
  const out: ReturnType<typeof framework> = [];
  const placed = new Set<PlanIndicator>();
  const seen = new Set<string>();
  const visit = (e: Element): void => {
    if (seen.has(e.id)) return;
    seen.add(e.id);
    const at = out.length;
    for (const i of indicatorsOf.get(e.id) ?? []) {
      out.push({ kind: "indicator", indicator: i });
      placed.add(i);
    }
    for (const c of childrenOf.get(e.id) ?? []) visit(c);
    // Announce the element only when its subtree has indicators.
    if (out.length > at) out.splice(at, 0, { kind: "element", element: e });
  };
  for (const e of top) visit(e);
  const others = plan.indicators.filter((i) => !placed.has(i));
  if (others.length > 0)
    out.push({ kind: "other" }, ...others.map((i) => ({ kind: "indicator" as const, indicator: i })));
  return out;
}

/** The indicator with only the values of one category of a disaggregation (`undefined`: values without it). */
function restricted(ind: Indicator, dimension: string, category: string | undefined): Indicator {
  return { ...ind, values: ind.values.filter((v) => v.disaggregation?.[dimension] === category) };
}

/** The label of the breakdown by place, in the report's language. */
const PLACE_LABEL = { ar: "المكان", fr: "Lieu", en: "Place" } as const;

/** Whether an indicator has targets by category or place (of a period, or of the life of the project). */
const hasCategoryTargets = (ind: Indicator): boolean =>
  (ind.lopTargetsBy ?? []).length > 0 || ind.periods.some((p) => (p.targetsBy ?? []).length > 0);

/** The label of a disaggregation and of its categories: `sex` with its values female and male, else as stored. */
function dimensionLabel(dimension: string, lang: PlanReportOptions["language"]): string {
  return dimension === "sex" ? planLabel("dimension.sex", lang) : dimension;
}
function categoryLabel(dimension: string, category: string, lang: PlanReportOptions["language"]): string {
  if (dimension === "sex" && (Sex.values as readonly string[]).includes(category))
    return labelOf(Sex, category as (typeof Sex.values)[number], lang);
  return category;
}

/**
 * The indicator performance tracking table (IPTT) of a plan on a date, as TolaData prints it: one wide table
 * of indicators by periods, and the actuals of the disaggregated indicators by category.
 *
 * @param plan - a valid plan.
 * @param options - `language`, `generatedAt` (ISO with an offset, from the caller), `asOf` (ISO date), and
 * `periodsPerTable` (see {@link PlanIpttReportOptions}).
 * @returns the report document (format `madani.report/1`), in two top-level sections: `iptt` (the wide
 * table, which the HTML renderer prints on landscape pages) and `disaggregation`.
 * @remarks
 * - **Rows**: the indicators in the order of the results framework, depth first in the plan's order; each
 *   axis, objective or result with indicators below it is announced by a row that holds its code and its
 *   tier and title (the other cells empty); indicators of no element come last under "Other indicators".
 * - **Columns**: code, indicator, unit (the indicator's `unit`, else `%` for a percentage, else its measure),
 *   baseline, life-of-project target (`lifeOfProjectTarget`), cumulative target to date, cumulative actual to
 *   date (`currentActual` on `asOf`), % of the LoP target met (the raw achievement of `indicatorProgress`);
 *   then, per period, its target, its actual (`periodActual`) and % met (`achievementOf` the actual against
 *   the period's target). The cumulative target to date is `indicatorProgress(…).expectedValue` once a period
 *   with a target has ended on or before `asOf`, and empty before: the straight-line expectation is not a
 *   target. Period actuals are shown for every period, also one still running on `asOf`; the cumulative
 *   columns count only the periods ended by then.
 * - **Periods**: indicators may have different periods. The columns are grouped by span of days: periods
 *   of different indicators share a group when they start and end on the same dates (their ids do not
 *   matter); groups are ordered by end date, then start date; an indicator without a period in a group has
 *   empty cells there. A calendar year is labelled `2025`, a half-year `S1 2025`, a quarter `T3 2025` (in
 *   French), other spans by their dates.
 * - **Tables**: each table shows at most `periodsPerTable` column groups (default 3, so that it fits an A4
 *   landscape page); further periods go on in tables `iptt-2`, `iptt-3`… with the indicator columns again and
 *   the periods in their title. Pass `periodsPerTable: 30` for one table of up to 30 periods (a CSV file).
 * - **Numbers**: values in the indicator's units, percentages in percent units. A value column shows the
 *   fewest fraction digits (at most 2) that show the values of its other indicators exactly, percentages in
 *   whole percent units, so that head counts show none beside a rate of 18.75 %; % met without fraction digits.
 *   The cells keep the exact values.
 * - **Disaggregation**: for each indicator with `disaggregations`, for each of them, one row per category
 *   found in its approved values (in order of first appearance), then in its targets by category, one for its
 *   approved values without that disaggregation when there are some (not for an indicator whose values come in
 *   several breakdowns of one total: `totalBreakdown`, or values with a place), and the total: the actual of
 *   each period and to date, computed by `periodActual` and `currentActual` for the category, so combined by the
 *   indicator's rules (percentages and ratios from their numerators and denominators, never averaged; one
 *   breakdown per period). An indicator whose values or targets have places has rows by place too, one per HCP
 *   code found (in code order, named from `@madani/model/geo`), each counting the places inside it.
 * - **Targets by category**: when an indicator of the plan has targets by category or place (`targetsBy`,
 *   `lopTargetsBy`), the disaggregation tables show the life-of-project target (`categoryLifeOfProjectTarget`)
 *   and each period's target (`periodTarget`) of every row beside its actuals; the total rows show the
 *   indicator's own targets. These tables then hold fewer periods each (two columns per period).
 * - Only approved values count. Codes shown in an Arabic document go through `codeText`.
 * @example
 * ```ts
 * const doc = planIpttReport(plan, { language: "fr", generatedAt: "2027-01-25T10:00:00+01:00", asOf: "2026-12-31" });
 * validateReportDocument(doc).ok; // true
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function planIpttReport(plan: Plan, options: PlanIpttReportOptions): ReportDocument {
  const lang = options.language;
  const asOf: IsoDate = options.asOf;
  const fmt = createFormatter({ language: lang });
  const code = (c: string): string => (lang === "ar" ? codeText(c) : c);
  const tierLabel = new Map(tiersOf(plan.template).map((t) => [t.key, textOf(t.label, lang)]));
  const { groups, periodOf } = periodGroups(plan.indicators);
  const wanted = Math.floor(options.periodsPerTable ?? PERIODS_PER_TABLE);
  const per = Number.isFinite(wanted) ? Math.min(Math.max(wanted, 1), MAX_PERIODS_PER_TABLE) : PERIODS_PER_TABLE;
  const chunks = blocks(groups, per);
  const labels = new Map(groups.map((g) => [g, groupLabel(g, lang, fmt)]));
  /** The title of a table, with its periods when the periods take several tables. */
  const titleOf = (title: string, chunk: readonly PeriodGroup[], split: boolean): string => {
    const first = chunk[0];
    const last = chunk[chunk.length - 1];
    if (!split || first === undefined || last === undefined) return title;
    const from = labels.get(first) ?? "";
    const to = labels.get(last) ?? "";
    return `${title} (${from === to ? from : `${from} – ${to}`})`;
  };
  const date = fmt.date(asOf);

  const report = createReport({
    title: planLabel("iptt.title", lang, { plan: textOf(plan.title, lang) }),
    subtitle: planLabel("asOf.subtitle", lang, { date }),
    period: { startOn: plan.period.startOn, endOn: plan.period.endOn },
    language: lang,
    generatedAt: options.generatedAt,
  });

  report.section(
    planLabel("iptt.section", lang),
    (s) => {
      if (plan.indicators.length === 0) {
        s.note(planLabel("progress.noIndicator", lang), "neutral");
        return;
      }
      const entries = framework(plan);
      const measures = entries.map((entry) => (entry.kind === "indicator" ? entry.indicator.measure : undefined));
      chunks.forEach((chunk, c) => {
        const rows = entries.map((entry): Row => {
          if (entry.kind === "element") {
            const e = entry.element;
            const tier = tierLabel.get(e.tier) ?? e.tier;
            return { code: code(e.code), name: planLabel("iptt.level", lang, { tier, title: textOf(e.title, lang) }) };
          }
          if (entry.kind === "other") return { code: null, name: planLabel("tracking.other", lang) };
          const ind = entry.indicator;
          const p = indicatorProgress(ind, asOf, { planEndOn: plan.period.endOn });
          const targetEnded = ind.periods.some((q) => q.target !== undefined && q.endOn <= asOf);
          const row: Row = {
            code: code(ind.code),
            name: textOf(ind.name, lang),
            unit:
              ind.unit !== undefined
                ? textOf(ind.unit, lang)
                : ind.measure === "percentage"
                  ? "%"
                  : labelOf(IndicatorMeasure, ind.measure, lang),
            baseline: num(ind.baseline?.value),
            lopTarget: num(p.target?.value),
            targetToDate: targetEnded ? num(p.expectedValue) : null,
            actualToDate: num(p.actual?.value),
            lopMet: percentOf(p.achievement),
          };
          chunk.forEach((g, k) => {
            const period = periodOf(ind, g);
            if (period === undefined) return;
            const actual = periodActual(ind, period.id);
            const achievement = actual === undefined ? undefined : achievementOf(ind, actual.value, period.target);
            row[`p${k + 1}-target`] = num(period.target);
            row[`p${k + 1}-actual`] = num(actual?.value);
            row[`p${k + 1}-met`] = percentOf(achievement);
          });
          return row;
        });
        const decimal = (key: string, label: string): Column => ({
          key,
          label,
          type: "decimal",
          decimals: decimalsOf(rows, measures, key),
        });
        const met = (key: string, label: string): Column => ({ key, label, type: "percent", decimals: 0 });
        s.table({
          id: c === 0 ? "iptt" : `iptt-${c + 1}`,
          title: titleOf(planLabel("iptt.section", lang), chunk, chunks.length > 1),
          columns: [
            { key: "code", label: planLabel("col.code", lang), type: "text" },
            { key: "name", label: planLabel("col.name", lang), type: "text" },
            { key: "unit", label: planLabel("col.unit", lang), type: "text" },
            decimal("baseline", planLabel("col.baseline", lang)),
            decimal("lopTarget", planLabel("col.lopTarget", lang)),
            decimal("targetToDate", planLabel("col.targetToDate", lang)),
            decimal("actualToDate", planLabel("col.actualToDate", lang)),
            met("lopMet", planLabel("col.lopMet", lang)),
            ...chunk.flatMap((g, k) => {
              const period = labels.get(g) ?? "";
              return [
                decimal(`p${k + 1}-target`, planLabel("iptt.periodTarget", lang, { period })),
                decimal(`p${k + 1}-actual`, planLabel("iptt.periodActual", lang, { period })),
                met(`p${k + 1}-met`, planLabel("iptt.periodMet", lang, { period })),
              ];
            }),
          ],
          rows,
          caption: planLabel("iptt.caption", lang, { date }),
        });
      });
    },
    "iptt",
  );

  // With targets by category, two columns per period and one more for the LoP target.
  const targets = plan.indicators.some(hasCategoryTargets);
  report.section(
    planLabel("iptt.disaggregation", lang),
    // The same number of columns as the tables above: 5 for the category and 1 per period, 3 more periods (with
    // targets: 6 and 2 per period).
    (s) =>
      disaggregationTables(s, plan, {
        asOf,
        date,
        targets,
        chunks: blocks(groups, targets ? Math.floor((3 * per + 2) / 2) : 3 * per + 3),
        labels,
        titleOf,
        periodOf,
        code,
        lang,
      }),
    "disaggregation",
  );
  return report.build();
}

/** The disaggregation tables of {@link planIpttReport}: actual by category, per period and to date. */
function disaggregationTables(
  s: SectionBuilder,
  plan: Plan,
  ctx: {
    readonly asOf: IsoDate;
    /** `asOf` as the report writes it. */
    readonly date: string;
    /** Whether to show the targets beside the actuals. */
    readonly targets: boolean;
    readonly chunks: readonly (readonly PeriodGroup[])[];
    readonly labels: ReadonlyMap<PeriodGroup, string>;
    readonly titleOf: (title: string, chunk: readonly PeriodGroup[], split: boolean) => string;
    readonly periodOf: (indicator: Indicator, group: PeriodGroup) => IndicatorPeriod | undefined;
    readonly code: (c: string) => string;
    readonly lang: PlanReportOptions["language"];
  },
): void {
  const { asOf, chunks, labels, titleOf, periodOf, code, lang, targets } = ctx;
  const planEndOn = plan.period.endOn;
  // Every (indicator, disaggregation, category) row: its label, and what it reads: a category (the total when
  // `undefined`), or the values without the disaggregation (`values`).
  interface Line {
    readonly ind: PlanIndicator;
    readonly dimension: string;
    readonly category: string;
    readonly of?: IndicatorCategory | undefined;
    readonly values?: Indicator | undefined;
  }
  const lines: Line[] = [];
  for (const ind of plan.indicators) {
    const found = indicatorCategories(ind);
    const dimensions = [...new Set(ind.disaggregations)];
    if (dimensions.length === 0 && found.places.length === 0) continue;
    const several = brokenDown(ind);
    for (const dimension of dimensions) {
      const categories = found.dimensions.find((d) => d.name === dimension)?.categories ?? [];
      const without =
        !several && ind.values.some((v) => v.state === "approved" && v.disaggregation?.[dimension] === undefined);
      const label = dimensionLabel(dimension, lang);
      for (const category of categories) {
        lines.push({
          ind,
          dimension: label,
          category: categoryLabel(dimension, category, lang),
          of: { disaggregation: { [dimension]: category } },
        });
      }
      if (without) {
        lines.push({
          ind,
          dimension: label,
          category: planLabel("iptt.notDisaggregated", lang),
          values: restricted(ind, dimension, undefined),
        });
      }
      lines.push({ ind, dimension: label, category: planLabel("total", lang) });
    }
    if (found.places.length > 0) {
      for (const place of found.places) {
        const name = placeName(place, lang);
        lines.push({
          ind,
          dimension: PLACE_LABEL[lang],
          category: name === undefined ? code(place) : `${name} (${code(place)})`,
          of: { place },
        });
      }
      lines.push({ ind, dimension: PLACE_LABEL[lang], category: planLabel("total", lang) });
    }
  }
  if (lines.length === 0) {
    s.note(planLabel("iptt.noDisaggregation", lang), "neutral");
    return;
  }
  const measures = lines.map((line) => line.ind.measure);
  chunks.forEach((chunk, c) => {
    const rows = lines.map((line): Row => {
      const row: Row = {
        code: code(line.ind.code),
        name: textOf(line.ind.name, lang),
        dimension: line.dimension,
        category: line.category,
      };
      const total = line.of === undefined && line.values === undefined;
      if (targets)
        row.lopTarget = num(
          line.values !== undefined
            ? undefined
            : total
              ? lifeOfProjectTarget(line.ind, planEndOn)?.value
              : categoryLifeOfProjectTarget(line.ind, line.of, planEndOn)?.value,
        );
      chunk.forEach((g, k) => {
        const period = periodOf(line.ind, g);
        if (period === undefined) return;
        if (targets)
          row[`p${k + 1}-target`] = num(
            line.values !== undefined ? undefined : total ? period.target : periodTarget(line.ind, period.id, line.of),
          );
        row[`p${k + 1}`] = num(
          line.values !== undefined
            ? periodActual(line.values, period.id)?.value
            : periodActual(line.ind, period.id, line.of)?.value,
        );
      });
      row.toDate = num(
        line.values !== undefined
          ? currentActual(line.values, asOf)?.value
          : currentActual(line.ind, asOf, line.of)?.value,
      );
      return row;
    });
    const decimal = (key: string, label: string): Column => ({
      key,
      label,
      type: "decimal",
      decimals: decimalsOf(rows, measures, key),
    });
    s.table({
      id: c === 0 ? "iptt-disaggregation" : `iptt-disaggregation-${c + 1}`,
      title: titleOf(planLabel("iptt.disaggregation", lang), chunk, chunks.length > 1),
      columns: [
        { key: "code", label: planLabel("col.code", lang), type: "text" },
        { key: "name", label: planLabel("col.name", lang), type: "text" },
        { key: "dimension", label: planLabel("col.dimension", lang), type: "text" },
        { key: "category", label: planLabel("col.category", lang), type: "text" },
        ...(targets ? [decimal("lopTarget", planLabel("col.lopTarget", lang))] : []),
        ...chunk.flatMap((g, k) => {
          const period = labels.get(g) ?? "";
          const actual = decimal(`p${k + 1}`, planLabel("iptt.periodActual", lang, { period }));
          return targets
            ? [decimal(`p${k + 1}-target`, planLabel("iptt.periodTarget", lang, { period })), actual]
            : [actual];
        }),
        decimal("toDate", planLabel("col.actualToDate", lang)),
      ],
      rows,
      caption: planLabel("iptt.disaggregationCaption", lang, { date: ctx.date }),
    });
  });
}
