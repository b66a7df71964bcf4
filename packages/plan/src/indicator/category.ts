import type { IsoDate } from "@madani/model";
import {
  brokenDown,
  chooseEntries,
  declaredKey,
  groupsOf,
  type IndicatorCategory,
  isTotal,
  selectedValues,
} from "./breakdown.js";
import type { ActualValue, CategoryTarget, Indicator, IndicatorPeriod } from "./indicator.js";
import {
  type Actual,
  actualOfValues,
  aggregate,
  type IndicatorProgress,
  type IndicatorProgressOptions,
  indicatorProgress,
  type LifeOfProjectTarget,
  lifeOfProjectTarget,
} from "./progress.js";

/** Whether targets and baselines of several categories combine for the measure: rates and levels do not. */
const combinable = (indicator: Pick<Indicator, "measure">): boolean =>
  indicator.measure !== "percentage" && indicator.measure !== "ratio" && indicator.measure !== "qualitative";

/** Whether an indicator counts: a number whose values add up within a period. */
export const additive = (indicator: Pick<Indicator, "measure" | "withinPeriod">): boolean =>
  indicator.measure === "number" && (indicator.withinPeriod ?? "sum") === "sum";

/**
 * The targets (or baselines) of the entries of one breakdown that make a category: one is taken as it is;
 * several combine like the values (`withinPeriod`), except for percentages and ratios, which cannot be combined
 * without their bases.
 */
function combineEntries(indicator: Indicator, xs: readonly number[]): number | undefined {
  if (xs.length <= 1) return xs[0];
  return combinable(indicator) ? aggregate(xs, indicator.withinPeriod ?? "sum") : undefined;
}

/** The target of a period for a category (see {@link periodTarget}), for the period itself. */
function targetOf(indicator: Indicator, period: IndicatorPeriod, category: IndicatorCategory | undefined) {
  if (isTotal(category)) return period.target;
  const chosen = chooseEntries(period.targetsBy ?? [], category, declaredKey(indicator));
  return combineEntries(
    indicator,
    chosen.map((t) => t.target),
  );
}

/**
 * The target of one period, of the indicator or of one of its categories.
 *
 * @param indicator - the indicator.
 * @param periodId - the period.
 * @param category - a category, a place or both; omitted or empty, the period's `target`.
 * @returns the target, or `undefined` when the period (or the category) has none.
 * @remarks docs/indicators.md, "Targets and baselines by category and place": a category's target is read from
 * the period's `targetsBy`, from one breakdown (the declared `totalBreakdown` when it has the category, else the
 * one with the fewest dimensions); a place's target sums the targets of the places inside it. Targets of
 * several entries combine like the values (`withinPeriod`), except percentages and ratios: their target is that
 * of the category itself.
 * @example
 * ```ts
 * periodTarget(indicator, "2026", { disaggregation: { sex: "female" } }); // 60
 * periodTarget(indicator, "2026", { place: "06.181" }); // the sum of the targets of El Jadida's communes
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function periodTarget(indicator: Indicator, periodId: string, category?: IndicatorCategory): number | undefined {
  const period = indicator.periods.find((p) => p.id === periodId);
  return period === undefined ? undefined : targetOf(indicator, period, category);
}

/** A baseline of a category: its value and, when known, its date. */
export interface CategoryBaselineValue {
  readonly value: number;
  readonly date?: IsoDate | undefined;
}

/**
 * The baseline of the indicator or of one of its categories.
 *
 * @param indicator - the indicator.
 * @param category - a category, a place or both; omitted or empty, the indicator's `baseline`.
 * @returns the baseline, or `undefined` when there is none.
 * @remarks From `baselinesBy`, read like the targets (one breakdown; a place sums the places inside it), dated
 * by the entry or else by the indicator's baseline. A category without a baseline of its own: for a count
 * (a `number` summed within periods) none, so 0 (the category's share of the total baseline is not known); for
 * a level (percentage, ratio, mean, yes/no, ordinal) the indicator's baseline.
 * @example
 * ```ts
 * categoryBaseline(indicator, { disaggregation: { sex: "female" } }); // { value: 8, date: "2024-12-31" }
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function categoryBaseline(
  indicator: Indicator,
  category?: IndicatorCategory,
): CategoryBaselineValue | undefined {
  if (isTotal(category)) return indicator.baseline;
  const chosen = chooseEntries(indicator.baselinesBy ?? [], category, declaredKey(indicator));
  const value = combineEntries(
    indicator,
    chosen.map((b) => b.value),
  );
  if (value !== undefined) {
    const date = chosen[0]?.date ?? indicator.baseline?.date;
    return date === undefined ? { value } : { value, date };
  }
  return additive(indicator) ? undefined : indicator.baseline;
}

/** The explicit life-of-project target of a category, from `lopTargetsBy`. */
function lopTargetOf(indicator: Indicator, category: IndicatorCategory | undefined): number | undefined {
  if (isTotal(category)) return indicator.lopTarget;
  const chosen: CategoryTarget[] = chooseEntries(indicator.lopTargetsBy ?? [], category, declaredKey(indicator));
  return combineEntries(
    indicator,
    chosen.map((t) => t.target),
  );
}

/** Whether an indicator has any of the fields of targets and baselines by category. */
function hasCategoryFields(indicator: Indicator): boolean {
  if (indicator.baselinesBy !== undefined || indicator.lopTargetsBy !== undefined) return true;
  for (const p of indicator.periods) if (p.targetsBy !== undefined) return true;
  return false;
}

/**
 * The indicator as one of its categories sees it: a plain indicator (without breakdowns) whose values are the
 * approved values of the category, each period's from one breakdown, whose period targets, life-of-project
 * target and baseline are the category's. Every function of docs/indicators.md applies to it.
 *
 * @param indicator - the indicator.
 * @param category - a category, a place or both; empty, the total (its values from the total's breakdown).
 * @returns the indicator of the category (the indicator itself for the total of an indicator without
 * breakdowns, category targets or baselines).
 * @remarks The baseline is {@link categoryBaseline}'s, dated by the entry, the indicator's baseline, or else
 * the start of the first period; the life-of-project target is the category's `lopTargetsBy`, else its period
 * targets combine as {@link lifeOfProjectTarget} combines them.
 * @example
 * ```ts
 * const women = categoryIndicator(indicator, { disaggregation: { sex: "female" } });
 * indicatorProgress(women, "2026-12-31").status;
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function categoryIndicator<T extends Indicator>(indicator: T, category: IndicatorCategory): T {
  const total = isTotal(category);
  if (total && !brokenDown(indicator) && !hasCategoryFields(indicator)) return indicator;
  const {
    totalBreakdown: _breakdown,
    baselinesBy: _baselines,
    lopTargetsBy: _lopTargets,
    baseline: _baseline,
    lopTarget: _lopTarget,
    ...rest
  } = indicator;
  const periods = indicator.periods.map((p): IndicatorPeriod => {
    const { targetsBy: _targets, target: _target, ...plain } = p;
    const target = targetOf(indicator, p, category);
    return target === undefined ? plain : { ...plain, target };
  });
  const out = { ...rest, periods, values: selectedValues(indicator, category) } as Indicator;
  const baseline = categoryBaseline(indicator, category);
  if (baseline !== undefined) {
    // Dated by its entry or the indicator's baseline; else, like an indicator without one, from the first period.
    let date = baseline.date;
    if (date === undefined)
      for (const p of indicator.periods) if (date === undefined || p.startOn < date) date = p.startOn;
    out.baseline = { value: baseline.value, date: date ?? "1970-01-01" };
  }
  const lopTarget = lopTargetOf(indicator, category);
  if (lopTarget !== undefined) out.lopTarget = lopTarget;
  return out as T;
}

/**
 * The life-of-project target of the indicator or of one of its categories.
 *
 * @param indicator - the indicator.
 * @param category - a category, a place or both; omitted or empty, {@link lifeOfProjectTarget}'s.
 * @param planEndOn - the plan's end, the due date of an explicit target without period targets.
 * @returns the target and its due date, or `undefined` when the category has none.
 * @remarks The category's entry of `lopTargetsBy` (read from one breakdown, a place summing the places inside
 * it); otherwise its period targets combined like the indicator's across periods.
 * @example
 * ```ts
 * categoryLifeOfProjectTarget(indicator, { place: "06.467" }); // { value: 30, dueOn: "2026-12-31" }
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function categoryLifeOfProjectTarget(
  indicator: Indicator,
  category?: IndicatorCategory,
  planEndOn?: IsoDate,
): LifeOfProjectTarget | undefined {
  if (isTotal(category)) return lifeOfProjectTarget(indicator, planEndOn);
  return lifeOfProjectTarget(categoryIndicator(indicator, category ?? {}), planEndOn);
}

/**
 * The progress of one category of an indicator on a date: {@link indicatorProgress} of
 * {@link categoryIndicator} — its current actual, its life-of-project target, its achievement against it (from
 * its own baseline), the expected value and status.
 *
 * @param indicator - the indicator.
 * @param category - a category, a place or both.
 * @param asOf - the date.
 * @param options - the status thresholds and the plan's end, as for {@link indicatorProgress}.
 * @returns the category's progress.
 * @example
 * ```ts
 * categoryProgress(indicator, { disaggregation: { sex: "female" } }, "2026-12-31").achievement; // 0.75
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function categoryProgress(
  indicator: Indicator,
  category: IndicatorCategory,
  asOf: IsoDate,
  options: IndicatorProgressOptions = {},
): IndicatorProgress {
  return indicatorProgress(categoryIndicator(indicator, category), asOf, options);
}

/** One breakdown of a period's values: its dimensions and place, its actual, and whether the total comes from it. */
export interface PeriodBreakdown {
  /** The dimensions of the breakdown, sorted (`["sex"]`; `[]` for a total entered as it is, or by place only). */
  readonly dimensions: readonly string[];
  /** Whether its values carry a place. */
  readonly place: boolean;
  /** The ids of its approved values. */
  readonly valueIds: readonly string[];
  /** Its values combined like a period's (`withinPeriod`; percentages from their sums). */
  readonly actual: Actual | undefined;
  /** Whether the period's total comes from this breakdown. */
  readonly total: boolean;
}

/**
 * The breakdowns of one period's approved values, in order of first appearance: each with its actual, and
 * which one gives the period's total.
 *
 * @param indicator - the indicator.
 * @param periodId - the period.
 * @returns one entry per breakdown; empty without approved values.
 * @remarks docs/indicators.md, "Breakdowns: one total per period". For an indicator without `totalBreakdown`
 * and without places, every breakdown counts in the total (they add up, as in earlier releases).
 * @example
 * ```ts
 * periodBreakdowns(indicator, "2026").map((b) => [b.dimensions.join("+"), b.place, b.actual?.value, b.total]);
 * // [["sex", false, 100, true], ["", true, 100, false]]
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function periodBreakdowns(indicator: Indicator, periodId: string): PeriodBreakdown[] {
  const approved: ActualValue[] = [];
  for (const v of indicator.values) if (v.periodId === periodId && v.state === "approved") approved.push(v);
  const groups = groupsOf(approved);
  const all = !brokenDown(indicator);
  const chosen = all ? undefined : selectedValues(indicator, undefined, periodId)[0];
  return groups.map((g) => ({
    dimensions: g.dimensions,
    place: g.place,
    valueIds: g.items.map((v) => v.id),
    actual: actualOfValues(indicator, g.items),
    total: all || (chosen !== undefined && g.items.includes(chosen)),
  }));
}

/** The categories an indicator has: per dimension, and its places. */
export interface IndicatorCategories {
  /** Each dimension with its categories, in order of first appearance (the listed `disaggregations` first). */
  readonly dimensions: readonly { readonly name: string; readonly categories: readonly string[] }[];
  /** The places, in code order. */
  readonly places: readonly string[];
}

/**
 * The categories and places of an indicator: those of its approved values, then of its category targets and
 * baselines.
 *
 * @param indicator - the indicator.
 * @returns the dimensions (those of `disaggregations` first, in their order, even without categories) with
 * their categories in order of first appearance, and the places in code order.
 * @example
 * ```ts
 * indicatorCategories(indicator); // { dimensions: [{ name: "sex", categories: ["female", "male"] }], places: ["06.181", "06.467"] }
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function indicatorCategories(indicator: Indicator): IndicatorCategories {
  const dimensions = new Map<string, string[]>();
  for (const d of indicator.disaggregations ?? []) if (!dimensions.has(d)) dimensions.set(d, []);
  const places = new Set<string>();
  const add = (e: IndicatorCategory): void => {
    const d = e.disaggregation;
    if (d !== undefined)
      for (const k in d) {
        if (!Object.hasOwn(d, k)) continue;
        const c = d[k] as string;
        const list = dimensions.get(k);
        if (list === undefined) dimensions.set(k, [c]);
        else if (!list.includes(c)) list.push(c);
      }
    if (e.place !== undefined) places.add(e.place);
  };
  for (const v of indicator.values) if (v.state === "approved") add(v);
  for (const p of indicator.periods) for (const t of p.targetsBy ?? []) add(t);
  for (const t of indicator.lopTargetsBy ?? []) add(t);
  for (const b of indicator.baselinesBy ?? []) add(b);
  return {
    dimensions: [...dimensions].map(([name, categories]) => ({ name, categories })),
    places: [...places].sort(),
  };
}
