import type { IsoDate } from "@madani/model";
import type { IndicatorCategory } from "../indicator/breakdown.js";
import { categoryIndicator, indicatorCategories } from "../indicator/category.js";
import type { IndicatorMeasureValue } from "../indicator/indicator.js";
import { type PlaceLevel, placeAt } from "../indicator/places.js";
import { type Actual, currentActual, lifeOfProjectTarget, periodActual } from "../indicator/progress.js";
import type { Plan, PlanIndicator } from "../plan/plan.js";

/** What one member organization's indicator contributes to a network indicator. */
export interface MemberContribution {
  /** The member's plan id and organization id. */
  readonly planId: string;
  readonly organizationId: string;
  readonly indicatorId: string;
  /** The member indicator's current actual, or `undefined` (missing indicator or no approved data). */
  readonly actual: Actual | undefined;
  /** Why the member does not count, when it does not. */
  readonly skipped?: "missing-indicator" | "no-data" | "no-ratio" | "measure-mismatch";
}

/** The network indicator's actual and the contribution of each member. */
export interface NetworkActual {
  /** Summed counts, or for percentages and ratios the ratio of summed numerators and denominators; `undefined` without data. */
  readonly actual: Actual | undefined;
  readonly contributions: readonly MemberContribution[];
}

/**
 * The actual of a network's indicator from its member organizations' indicators.
 *
 * @param network - the network plan's indicator (its `measure` decides how members combine).
 * @param members - each member's plan and the id of its indicator that contributes.
 * @param asOf - the date to read the members' current actuals on.
 * @returns the network actual and the per-member contributions.
 * @remarks Counts (measure `number`) are summed. Percentages and ratios are recomputed from the
 * summed numerators and denominators, never averaged: a member whose percentage or ratio has
 * no numerator and denominator is skipped (`no-ratio`). A member indicator with another
 * measure is skipped (`measure-mismatch`). Other measures cannot be combined across
 * organizations: the actual is `undefined` and every member is listed.
 * @example
 * ```ts
 * const r = networkIndicatorActual({ indicator: netInd }, [{ plan: planA, indicatorId: "a1" }, { plan: planB, indicatorId: "b1" }], "2025-12-31");
 * r.actual; // { value: 40, numerator: 40, denominator: 100 }
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function networkIndicatorActual(
  network: { readonly indicator: PlanIndicator },
  members: readonly { readonly plan: Plan; readonly indicatorId: string }[],
  asOf: IsoDate,
): NetworkActual {
  const measure = network.indicator.measure;
  const contributions: MemberContribution[] = [];
  let sum = 0;
  let numerator = 0;
  let denominator = 0;
  let counted = 0;
  for (const m of members) {
    const base = { planId: m.plan.id, organizationId: m.plan.organizationId, indicatorId: m.indicatorId };
    const indicator = m.plan.indicators.find((i) => i.id === m.indicatorId);
    if (indicator === undefined) {
      contributions.push({ ...base, actual: undefined, skipped: "missing-indicator" });
      continue;
    }
    const actual = currentActual(indicator, asOf);
    if (indicator.measure !== measure) {
      contributions.push({ ...base, actual, skipped: "measure-mismatch" });
      continue;
    }
    if (actual === undefined) {
      contributions.push({ ...base, actual, skipped: "no-data" });
      continue;
    }
    if (measure === "percentage" || measure === "ratio") {
      if (actual.numerator === undefined || actual.denominator === undefined) {
        contributions.push({ ...base, actual, skipped: "no-ratio" });
        continue;
      }
      numerator += actual.numerator;
      denominator += actual.denominator;
    } else {
      sum += actual.value;
    }
    counted++;
    contributions.push({ ...base, actual });
  }
  let actual: Actual | undefined;
  if (measure === "number" && counted > 0) actual = { value: sum };
  else if (measure === "percentage" && denominator > 0)
    actual = { value: (numerator / denominator) * 100, numerator, denominator };
  else if (measure === "ratio" && denominator > 0) actual = { value: numerator / denominator, numerator, denominator };
  return { actual, contributions };
}

/** A span of days of the roll-up: a period of the network indicator. */
export interface NetworkPeriodFigures {
  readonly startOn: IsoDate;
  readonly endOn: IsoDate;
  /** The members' targets of the periods with these dates, summed (pooled for percentages and ratios). */
  readonly target: number | undefined;
  /** The members' actuals of the periods with these dates, summed (for percentages and ratios, Σ numerators / Σ denominators). */
  readonly actual: Actual | undefined;
}

/** The rolled-up figures of the network indicator, or of one of its categories or places. */
export interface NetworkFigures {
  /** The members' life-of-project targets, summed (pooled for percentages and ratios). */
  readonly target: number | undefined;
  /** The members' current actuals on the date, combined as {@link networkIndicatorActual} combines them. */
  readonly actual: Actual | undefined;
  /** Per period of the network indicator: the members' targets and actuals of the periods with the same dates. */
  readonly periods: readonly NetworkPeriodFigures[];
}

/** What one member contributes to the roll-up: its current actual (see {@link MemberContribution}) and its LoP target. */
export interface MemberRollUp extends MemberContribution {
  /** The member indicator's life-of-project target, when it has one and its measure is the network's. */
  readonly target: number | undefined;
}

/** The rolled-up figures of one category of one dimension. */
export interface NetworkCategoryFigures extends NetworkFigures {
  readonly dimension: string;
  readonly category: string;
}

/** The rolled-up figures of one place, at the level of {@link NetworkRollUpOptions.placeLevel}. */
export interface NetworkPlaceFigures extends NetworkFigures {
  /** The HCP code of the place. */
  readonly place: string;
}

/** The roll-up of a network (or programme) indicator from its members' indicators. */
export interface NetworkRollUp extends NetworkFigures {
  readonly contributions: readonly MemberRollUp[];
  /** Per dimension, per category: the members' figures of that category, summed. */
  readonly byCategory: readonly NetworkCategoryFigures[];
  /** Per place, rolled up to `placeLevel`, in code order: the members' figures of that place, summed. */
  readonly byPlace: readonly NetworkPlaceFigures[];
}

/** Options of {@link networkIndicatorRollUp}. */
export interface NetworkRollUpOptions {
  /**
   * The level the breakdown by place rolls up to: `"province"` (the default: a commune counts in its province),
   * `"region"`, or `"commune"` (places as reported). A place reported above the level keeps its own code.
   */
  readonly placeLevel?: PlaceLevel | undefined;
}

/** One figure of one member: a target and the actual that weighs it (for pooling rates). */
interface MemberFigure {
  readonly target: number | undefined;
  readonly actual: Actual | undefined;
}

/** The members' actuals combined: counts summed, rates from Σ numerators / Σ denominators; other measures none. */
function sumActuals(measure: IndicatorMeasureValue, figures: readonly MemberFigure[]): Actual | undefined {
  let sum = 0;
  let n = 0;
  let d = 0;
  let counted = 0;
  for (const { actual } of figures) {
    if (actual === undefined) continue;
    if (measure === "number") sum += actual.value;
    else if (actual.numerator !== undefined && actual.denominator !== undefined) {
      n += actual.numerator;
      d += actual.denominator;
    } else continue;
    counted++;
  }
  if (measure === "number") return counted > 0 ? { value: sum } : undefined;
  if ((measure === "percentage" || measure === "ratio") && d > 0)
    return { value: (n / d) * (measure === "percentage" ? 100 : 1), numerator: n, denominator: d };
  return undefined;
}

/**
 * The members' targets combined: counts summed; percentages and ratios pooled, the mean of the targets weighted by
 * the denominators of the members' actuals (the bases they apply to), or the plain mean when one lacks it.
 */
function sumTargets(measure: IndicatorMeasureValue, figures: readonly MemberFigure[]): number | undefined {
  let sum = 0;
  let weighted = 0;
  let weights = 0;
  let count = 0;
  let bases = true;
  for (const { target, actual } of figures) {
    if (target === undefined) continue;
    sum += target;
    count++;
    const base = actual?.denominator;
    if (base === undefined || !(base > 0)) bases = false;
    else {
      weighted += target * base;
      weights += base;
    }
  }
  if (count === 0) return undefined;
  if (measure === "number") return sum;
  if (measure === "percentage" || measure === "ratio") return bases && weights > 0 ? weighted / weights : sum / count;
  return undefined;
}

/**
 * The roll-up of a network's or programme's indicator from its members' indicators: targets (life-of-project and
 * per period), actuals, and their breakdown by category and by place, not only the current actual.
 *
 * @param network - the network plan's indicator: its `measure` decides how members combine, its `periods` the
 * periods of the roll-up, its `disaggregations` (when it lists some) the dimensions of the breakdown.
 * @param members - each member's plan and the id of its indicator that contributes.
 * @param asOf - the date to read the members' current actuals on.
 * @param options - the level the breakdown by place rolls up to (default `"province"`).
 * @returns the network's figures, each member's contribution, and the figures per category and per place.
 * @remarks docs/indicators.md, "A network's roll-up":
 * - the actual is {@link networkIndicatorActual}'s, and the contributions list the same members and reasons;
 * - **targets**: counts are summed over the members that have one; percentages and ratios are pooled: the mean
 *   of the members' targets weighted by the denominators of their actuals (the plain mean when a member has no
 *   denominator). A member counts for the targets whenever its indicator exists with the network's measure, even
 *   without data yet. Other measures have neither target nor actual;
 * - **periods**: a network period takes the members' periods with the same start and end dates;
 * - **categories**: for each dimension and category, each member's figures of that category
 *   ({@link categoryIndicator}), combined as above;
 * - **places**: each member's places rolled up to `placeLevel` with `@madani/model/geo` (a commune to its
 *   province or région); a place's figures are each member's figures of that place, the places inside it
 *   included, combined as above. Rolling communes up to provinces keeps the sum.
 * @example
 * ```ts
 * const r = networkIndicatorRollUp({ indicator: netInd }, [{ plan: planA, indicatorId: "a1" }, { plan: planB, indicatorId: "b1" }], "2026-12-31");
 * r.target; // the members' LoP targets, summed
 * r.byPlace.map((p) => [p.place, p.actual?.value]); // [["06.181", 70], ["06.467", 30]]
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function networkIndicatorRollUp(
  network: { readonly indicator: PlanIndicator },
  members: readonly { readonly plan: Plan; readonly indicatorId: string }[],
  asOf: IsoDate,
  options: NetworkRollUpOptions = {},
): NetworkRollUp {
  const measure = network.indicator.measure;
  const level = options.placeLevel ?? "province";
  const { actual, contributions } = networkIndicatorActual(network, members, asOf);
  // The members that count for the targets and breakdowns: their indicator exists with the network's measure.
  const counted: { readonly indicator: PlanIndicator; readonly planEndOn: IsoDate }[] = [];
  const targets: (number | undefined)[] = [];
  members.forEach((m) => {
    const indicator = m.plan.indicators.find((i) => i.id === m.indicatorId);
    const ok = indicator !== undefined && indicator.measure === measure;
    targets.push(ok ? lifeOfProjectTarget(indicator, m.plan.period.endOn)?.value : undefined);
    if (ok) counted.push({ indicator, planEndOn: m.plan.period.endOn });
  });
  // The periods of the roll-up: the network indicator's, else every span of days of the members', by end date.
  const spans = new Map<string, { readonly startOn: IsoDate; readonly endOn: IsoDate }>();
  const own = network.indicator.periods;
  for (const p of own.length > 0 ? own : counted.flatMap((c) => c.indicator.periods))
    if (!spans.has(`${p.startOn}/${p.endOn}`))
      spans.set(`${p.startOn}/${p.endOn}`, { startOn: p.startOn, endOn: p.endOn });
  const frame = [...spans.values()];
  if (own.length === 0)
    frame.sort((a, b) => (a.endOn !== b.endOn ? (a.endOn < b.endOn ? -1 : 1) : a.startOn < b.startOn ? -1 : 1));

  const figuresOf = (category: IndicatorCategory): NetworkFigures => {
    const lop: MemberFigure[] = [];
    const perPeriod: MemberFigure[][] = frame.map(() => []);
    for (const c of counted) {
      const ind = categoryIndicator(c.indicator, category);
      lop.push({ target: lifeOfProjectTarget(ind, c.planEndOn)?.value, actual: currentActual(ind, asOf) });
      frame.forEach((f, k) => {
        const p = ind.periods.find((q) => q.startOn === f.startOn && q.endOn === f.endOn);
        if (p !== undefined)
          (perPeriod[k] as MemberFigure[]).push({ target: p.target, actual: periodActual(ind, p.id) });
      });
    }
    return {
      target: sumTargets(measure, lop),
      actual: sumActuals(measure, lop),
      periods: frame.map((f, k) => ({
        startOn: f.startOn,
        endOn: f.endOn,
        target: sumTargets(measure, perPeriod[k] as MemberFigure[]),
        actual: sumActuals(measure, perPeriod[k] as MemberFigure[]),
      })),
    };
  };

  const total = figuresOf({});
  // The dimensions and categories, and the places rolled up to the level, of every counted member.
  const wanted = network.indicator.disaggregations ?? [];
  const dimensions = new Map<string, string[]>();
  for (const d of wanted) if (!dimensions.has(d)) dimensions.set(d, []);
  const places = new Set<string>();
  for (const c of counted) {
    const found = indicatorCategories(c.indicator);
    for (const { name, categories } of found.dimensions) {
      if (wanted.length > 0 && !dimensions.has(name)) continue;
      const list = dimensions.get(name) ?? [];
      dimensions.set(name, list);
      for (const category of categories) if (!list.includes(category)) list.push(category);
    }
    for (const place of found.places) places.add(placeAt(place, level));
  }
  const byCategory: NetworkCategoryFigures[] = [];
  for (const [dimension, categories] of dimensions)
    for (const category of categories)
      byCategory.push({ dimension, category, ...figuresOf({ disaggregation: { [dimension]: category } }) });
  const byPlace = [...places].sort().map((place) => ({ place, ...figuresOf({ place }) }));
  return {
    target: total.target,
    actual,
    periods: total.periods,
    contributions: contributions.map((c, i) => ({ ...c, target: targets[i] })),
    byCategory,
    byPlace,
  };
}
