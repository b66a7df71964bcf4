import { daysBetween, type IsoDate } from "@madani/model";
import { brokenDown, type IndicatorCategory, isTotal, selectedValues } from "./breakdown.js";
import type { ActualValue, AggregationValue, Indicator, IndicatorPeriod } from "./indicator.js";

/** Status of an indicator on a date (docs/indicators.md, "Status on a date"). */
export type IndicatorStatus = "no-data" | "achieved" | "on-track" | "at-risk" | "off-track";

/**
 * Thresholds of {@link indicatorProgress}, as shares of the expected achievement.
 *
 * @example
 * ```ts
 * indicatorProgress(indicator, "2026-06-30", { onTrack: 0.8, atRisk: 0.6 });
 * ```
 */
export interface StatusThresholds {
  /** At or above this share of the expected achievement the status is `on-track`. Default 0.9. */
  readonly onTrack?: number;
  /** At or above this share (and below `onTrack`) it is `at-risk`; below, `off-track`. Default 0.7. */
  readonly atRisk?: number;
}

/** An actual: a value, and for percentages the numerator and denominator it comes from. */
export interface Actual {
  readonly value: number;
  readonly numerator?: number;
  readonly denominator?: number;
}

/** The life-of-project target of an indicator and the date it is due; see {@link lifeOfProjectTarget}. */
export interface LifeOfProjectTarget {
  readonly value: number;
  /** The end of the last period that has a target, or the plan's end when only `lopTarget` is given; absent when neither is known. */
  readonly dueOn?: IsoDate | undefined;
}

/** The progress of one indicator on a date. */
export interface IndicatorProgress {
  /** The current actual (aggregated over the periods ended on or before the date), if any. */
  readonly actual: Actual | undefined;
  /** The life-of-project target (see {@link lifeOfProjectTarget}), if the indicator has one. */
  readonly target: LifeOfProjectTarget | undefined;
  /** Raw achievement against the life-of-project target; may be below 0 or above 1. `undefined` without data or for qualitative indicators. */
  readonly achievement: number | undefined;
  /** Achievement clamped to [0, 1], the value roll-ups use. */
  readonly clamped: number | undefined;
  /**
   * The value expected on the date: the cumulative target to date, or before the first period with a target
   * ends (and without period targets) the baseline plus the elapsed share of time times the distance to the
   * life-of-project target. `undefined` when there is no target to compare with.
   */
  readonly expectedValue: number | undefined;
  /** Expected achievement on the date, in [0, 1]: what the expected value achieves against the life-of-project target. */
  readonly expected: number;
  readonly status: IndicatorStatus;
}

/** Options of {@link indicatorProgress}: the status thresholds and the plan's end. */
export interface IndicatorProgressOptions extends StatusThresholds {
  /** The plan's end date: the date of an explicit `lopTarget` when no period has a target. */
  readonly planEndOn?: IsoDate | undefined;
}

const clamp01 = (x: number) => Math.min(Math.max(x, 0), 1);

/**
 * Combine numbers with an aggregation.
 *
 * @param values - the numbers, in order (for `last`).
 * @param how - `sum`, `mean`, `last`, `max` or `min`.
 * @returns the result, or `undefined` for no numbers.
 * @example
 * ```ts
 * aggregate([3, 5, 4], "max"); // 5
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function aggregate(values: readonly number[], how: AggregationValue): number | undefined {
  if (values.length === 0) return undefined;
  switch (how) {
    case "sum":
      return values.reduce((a, b) => a + b, 0);
    case "mean":
      return values.reduce((a, b) => a + b, 0) / values.length;
    case "last":
      return values[values.length - 1];
    case "max":
      return values.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
    case "min":
      return values.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  }
}

/**
 * The actual of one period, of the indicator or of one of its categories: its approved values combined by the
 * indicator's `withinPeriod` aggregation (default `sum`); percentages from the sums of their numerators and
 * denominators.
 *
 * @param indicator - the indicator.
 * @param periodId - the period.
 * @param category - a category (`{ disaggregation: { sex: "female" } }`), a place (`{ place: "06.181" }`, its
 * communes included) or both; omitted or empty, the indicator's total.
 * @returns the period's actual, or `undefined` when it has no approved value (of the category).
 * @remarks Only approved values count. A percentage period whose values do not
 * all carry a numerator and a denominator has an actual only when it has one
 * value: percentages are never averaged. When values come in several breakdowns of the same total (by sex and
 * again by province; `totalBreakdown`, or values with a `place`), the total and each category are read from
 * one breakdown, never added across them (docs/indicators.md, "Breakdowns: one total per period").
 * @example
 * ```ts
 * periodActual(indicator, "2025");
 * periodActual(indicator, "2025", { disaggregation: { sex: "female" } });
 * periodActual(indicator, "2025", { place: "06.181" }); // El Jadida province, its communes included
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function periodActual(indicator: Indicator, periodId: string, category?: IndicatorCategory): Actual | undefined {
  if (!isTotal(category) || brokenDown(indicator))
    return actualOf(indicator, selectedValues(indicator, category, periodId));
  const approved: ActualValue[] = [];
  for (const v of indicator.values) if (v.periodId === periodId && v.state === "approved") approved.push(v);
  return actualOf(indicator, approved);
}

/**
 * The actual of a list of approved values of one period, combined as {@link periodActual} combines them (internal:
 * the actual of one breakdown).
 */
export function actualOfValues(indicator: Indicator, approved: readonly ActualValue[]): Actual | undefined {
  return actualOf(indicator, approved);
}

/** How many units a pooled value holds per unit of numerator over denominator: 100 for percentages, 1 for ratios. */
function poolScale(indicator: Pick<Indicator, "measure">): number | undefined {
  return indicator.measure === "percentage" ? 100 : indicator.measure === "ratio" ? 1 : undefined;
}

/** The actual of one period from its approved values (see {@link periodActual}). */
function actualOf(indicator: Indicator, approved: readonly ActualValue[]): Actual | undefined {
  if (approved.length === 0) return undefined;
  const scale = poolScale(indicator);
  if (scale !== undefined) {
    // The ratio of the summed numerators and denominators, when every value has both.
    let n = 0;
    let d = 0;
    let complete = true;
    for (const v of approved) {
      if (v.numerator === undefined || v.denominator === undefined) {
        complete = false;
        break;
      }
      n += v.numerator;
      d += v.denominator;
    }
    if (complete && d > 0) return { value: (n / d) * scale, numerator: n, denominator: d };
    const single = approved.length === 1 ? approved[0] : undefined;
    if (single === undefined) return undefined;
    const value =
      single.value ??
      (single.numerator !== undefined && single.denominator
        ? (single.numerator / single.denominator) * scale
        : Number.NaN);
    return Number.isFinite(value) ? { value } : undefined;
  }
  const values: number[] = [];
  for (const v of approved) if (v.value !== undefined && Number.isFinite(v.value)) values.push(v.value);
  const value = aggregate(values, indicator.withinPeriod ?? "sum");
  return value === undefined ? undefined : { value };
}

const byEnd = (a: IndicatorPeriod, b: IndicatorPeriod) => (a.endOn < b.endOn ? -1 : a.endOn > b.endOn ? 1 : 0);

/**
 * The current actual of an indicator, or of one of its categories, on a date: the period actuals of the periods
 * ended on or before that date, combined by `acrossPeriods` (default `last`).
 *
 * @param indicator - the indicator.
 * @param asOf - the date.
 * @param category - a category, a place or both (see {@link periodActual}); omitted or empty, the total.
 * @returns the actual, or `undefined` without data.
 * @remarks Percentages combined by `sum` or `mean` across periods are the ratio of the
 * summed numerators and denominators (percentages never average). Each period's actual is
 * {@link periodActual}'s, for the same category.
 * @example
 * ```ts
 * currentActual(indicator, "2026-12-31");
 * currentActual(indicator, "2026-12-31", { place: "06.467" }); // Sidi Bennour province
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function currentActual(indicator: Indicator, asOf: IsoDate, category?: IndicatorCategory): Actual | undefined {
  if (isTotal(category) && indicator.totalBreakdown === undefined) {
    // The values as they are, unless one has a place (then the breakdown rule applies: `brokenDown`).
    const actual = currentOf(indicator, indicator.values, asOf, true);
    if (actual !== PLACED) return actual;
  }
  return currentOf(indicator, selectedValues(indicator, category), asOf, false) as Actual | undefined;
}

/** What {@link currentOf} returns when asked to stop at a value with a place. */
const PLACED: unique symbol = Symbol("placed");

/**
 * {@link currentActual} over a list of values: the approved ones of each period ended on the date count. With
 * `stopAtPlace`, {@link PLACED} as soon as a value has a place (the values are then not to be taken as they are).
 */
function currentOf(
  indicator: Indicator,
  values: readonly ActualValue[],
  asOf: IsoDate,
  stopAtPlace: boolean,
): Actual | undefined | typeof PLACED {
  // The periods ended on the date, in end-date order (a stable sort; plans usually list them in order).
  const ended: IndicatorPeriod[] = [];
  let inOrder = true;
  for (const p of indicator.periods) {
    if (p.endOn > asOf) continue;
    const previous = ended[ended.length - 1];
    if (previous !== undefined && p.endOn < previous.endOn) inOrder = false;
    ended.push(p);
  }
  const m = ended.length;
  if (m === 0) return undefined;
  if (!inOrder) ended.sort(byEnd);
  // One pass over the values accumulates each period's approved values into scratch buffers, without an
  // array or an object per period: the same arithmetic, in the same order, as `periodActual`.
  const acc = scratch(m);
  const indexOf = m > 16 ? new Map<string, number>() : undefined;
  if (indexOf !== undefined) for (let k = m - 1; k >= 0; k--) indexOf.set((ended[k] as IndicatorPeriod).id, k);
  const scale = poolScale(indicator);
  const percentage = scale !== undefined;
  const within = indicator.withinPeriod ?? "sum";
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as ActualValue;
    if (stopAtPlace && v.place !== undefined) return PLACED;
    if (v.state !== "approved") continue;
    let k = -1;
    if (indexOf !== undefined) k = indexOf.get(v.periodId) ?? -1;
    else {
      for (let j = 0; j < m; j++) {
        if ((ended[j] as IndicatorPeriod).id === v.periodId) {
          k = j;
          break;
        }
      }
    }
    if (k < 0) continue;
    const count = acc.approved[k] as number;
    acc.approved[k] = count + 1;
    if (count === 0) acc.first[k] = i;
    if (percentage) {
      if (v.numerator === undefined || v.denominator === undefined) acc.incomplete[k] = 1;
      else {
        acc.n[k] = (acc.n[k] as number) + v.numerator;
        acc.d[k] = (acc.d[k] as number) + v.denominator;
      }
    } else if (v.value !== undefined && Number.isFinite(v.value)) {
      const x = v.value;
      const c = acc.finite[k] as number;
      acc.finite[k] = c + 1;
      acc.sum[k] = (acc.sum[k] as number) + x;
      acc.last[k] = x;
      acc.max[k] = c === 0 ? x : Math.max(acc.max[k] as number, x);
      acc.min[k] = c === 0 ? x : Math.min(acc.min[k] as number, x);
    }
  }
  // Combine the periods' actuals in end-date order (a period id listed twice reads its values twice).
  const how = indicator.acrossPeriods ?? "last";
  let lastActual: Actual | undefined;
  let count = 0;
  let sum = 0;
  let max = 0;
  let min = 0;
  let n = 0;
  let d = 0;
  let ratios = true;
  for (let j = 0; j < m; j++) {
    let k = j;
    if (indexOf !== undefined) k = indexOf.get((ended[j] as IndicatorPeriod).id) as number;
    else {
      const id = (ended[j] as IndicatorPeriod).id;
      for (let i = 0; i < j; i++) {
        if ((ended[i] as IndicatorPeriod).id === id) {
          k = i;
          break;
        }
      }
    }
    const approved = acc.approved[k] as number;
    if (approved === 0) continue;
    let a: Actual | undefined;
    if (percentage) {
      const pn = acc.n[k] as number;
      const pd = acc.d[k] as number;
      if (acc.incomplete[k] === 0 && pd > 0)
        a = { value: (pn / pd) * (scale as number), numerator: pn, denominator: pd };
      else if (approved === 1) {
        const single = values[acc.first[k] as number] as ActualValue;
        const value =
          single.value ??
          (single.numerator !== undefined && single.denominator
            ? (single.numerator / single.denominator) * (scale as number)
            : Number.NaN);
        if (Number.isFinite(value)) a = { value };
      }
    } else {
      const c = acc.finite[k] as number;
      if (c > 0) {
        const value =
          within === "sum"
            ? (acc.sum[k] as number)
            : within === "mean"
              ? (acc.sum[k] as number) / c
              : within === "last"
                ? (acc.last[k] as number)
                : within === "max"
                  ? (acc.max[k] as number)
                  : (acc.min[k] as number);
        a = { value };
      }
    }
    if (a === undefined) continue;
    lastActual = a;
    sum += a.value;
    max = count === 0 ? a.value : Math.max(max, a.value);
    min = count === 0 ? a.value : Math.min(min, a.value);
    count++;
    if (a.numerator === undefined || a.denominator === undefined) ratios = false;
    else {
      n += a.numerator;
      d += a.denominator;
    }
  }
  if (lastActual === undefined) return undefined;
  if (percentage && (how === "sum" || how === "mean")) {
    return ratios && d > 0 ? { value: (n / d) * (scale as number), numerator: n, denominator: d } : lastActual;
  }
  switch (how) {
    case "last":
      return lastActual;
    case "sum":
      return { value: sum };
    case "mean":
      return { value: sum / count };
    case "max":
      return { value: max };
    case "min":
      return { value: min };
  }
}

/** Per-period accumulators of {@link currentActual}, reused across calls (cleared for the periods used). */
interface Scratch {
  approved: Int32Array;
  first: Int32Array;
  finite: Int32Array;
  incomplete: Uint8Array;
  sum: Float64Array;
  last: Float64Array;
  max: Float64Array;
  min: Float64Array;
  n: Float64Array;
  d: Float64Array;
}
let buffers: Scratch | undefined;

function scratch(size: number): Scratch {
  if (buffers === undefined || buffers.approved.length < size) {
    const cap = Math.max(size, 64);
    buffers = {
      approved: new Int32Array(cap),
      first: new Int32Array(cap),
      finite: new Int32Array(cap),
      incomplete: new Uint8Array(cap),
      sum: new Float64Array(cap),
      last: new Float64Array(cap),
      max: new Float64Array(cap),
      min: new Float64Array(cap),
      n: new Float64Array(cap),
      d: new Float64Array(cap),
    };
    return buffers;
  }
  const b = buffers;
  b.approved.fill(0, 0, size);
  b.finite.fill(0, 0, size);
  b.incomplete.fill(0, 0, size);
  b.sum.fill(0, 0, size);
  b.n.fill(0, 0, size);
  b.d.fill(0, 0, size);
  return b;
}

/**
 * The final target: the target of the latest period that has one.
 *
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function finalTarget(indicator: Indicator): { value: number; dueOn: IsoDate } | undefined {
  // The last of a stable sort by end date: the latest end, the later one in the list on a tie.
  let last: IndicatorPeriod | undefined;
  for (const p of indicator.periods)
    if (p.target !== undefined && (last === undefined || p.endOn >= last.endOn)) last = p;
  return last?.target === undefined ? undefined : { value: last.target, dueOn: last.endOn };
}

/** Whether the targets of an indicator combine as a pooled rate (percentages and ratios): they are never added. */
const pooled = (indicator: Pick<Indicator, "measure">): boolean =>
  indicator.measure === "percentage" || indicator.measure === "ratio";

/**
 * Period targets combined the way the indicator's actuals combine across periods (`acrossPeriods`, default
 * `last`); for percentages and ratios `sum` and `mean` both take the mean, since rates are never added.
 */
function combineTargets(indicator: Indicator, targets: readonly number[]): number | undefined {
  const how = indicator.acrossPeriods ?? "last";
  return aggregate(targets, pooled(indicator) && how === "sum" ? "mean" : how);
}

/** The periods that have a target, in end-date order (a stable sort: the later one in the list on a tie). */
function targetedPeriods(indicator: Indicator): IndicatorPeriod[] {
  const out: IndicatorPeriod[] = [];
  let inOrder = true;
  for (const p of indicator.periods) {
    if (p.target === undefined) continue;
    const previous = out[out.length - 1];
    if (previous !== undefined && p.endOn < previous.endOn) inOrder = false;
    out.push(p);
  }
  if (!inOrder) out.sort(byEnd);
  return out;
}

/**
 * The life-of-project (LoP) target of an indicator: its `lopTarget` when given, otherwise its period targets
 * combined like its actuals across periods (`sum` adds them, `last` takes the last one, `mean`, `max`, `min`
 * likewise; for percentages and ratios `sum` takes the mean). It is due at the end of the last period that has
 * a target, or on the plan's end when only `lopTarget` is given.
 *
 * @param indicator - the indicator.
 * @param planEndOn - the plan's end date, the due date of an explicit `lopTarget` without period targets.
 * @returns the target and its due date, or `undefined` when the indicator has no target.
 * @example
 * ```ts
 * // targets 10 (2025) and 90 (2026), acrossPeriods "sum"
 * lifeOfProjectTarget(indicator); // { value: 100, dueOn: "2026-12-31" }
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function lifeOfProjectTarget(indicator: Indicator, planEndOn?: IsoDate): LifeOfProjectTarget | undefined {
  return lopOf(indicator, targetedPeriods(indicator), planEndOn);
}

function lopOf(
  indicator: Indicator,
  targeted: readonly IndicatorPeriod[],
  planEndOn: IsoDate | undefined,
): LifeOfProjectTarget | undefined {
  const last = targeted[targeted.length - 1];
  if (indicator.lopTarget !== undefined) return { value: indicator.lopTarget, dueOn: last?.endOn ?? planEndOn };
  if (last === undefined) return undefined;
  const value = combineTargets(
    indicator,
    targeted.map((p) => p.target as number),
  );
  return value === undefined ? undefined : { value, dueOn: last.endOn };
}

/**
 * Raw achievement of an actual against a target, exactly as docs/indicators.md defines it.
 *
 * @param indicator - measure, direction, band and baseline of the indicator.
 * @param actual - the actual value.
 * @param target - the target value (not needed for yes/no and `maintain`).
 * @returns the raw achievement (may leave [0, 1]), or `undefined` when it cannot be
 * computed (qualitative indicators, a missing target or band).
 * @remarks docs/indicators.md, "Achievement": `increase`/`decrease`:
 * `(actual − baseline) / (target − baseline)`, and when `target = baseline`, 1 if the
 * actual meets the target in the indicator's direction, else 0; `maintain` with a
 * band: 1 inside (inclusive), else 0; yes/no: 1 when the actual is yes (non-zero).
 * Without a baseline, the baseline is 0.
 * @example
 * ```ts
 * achievementOf({ measure: "number", direction: "increase", baseline: { value: 20, date: "2024-12-31" } }, 65, 120); // 0.45
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function achievementOf(
  indicator: Pick<Indicator, "measure" | "direction" | "band" | "baseline">,
  actual: number,
  target: number | undefined,
): number | undefined {
  if (indicator.measure === "qualitative") return undefined;
  if (indicator.measure === "yes-no") return actual !== 0 ? 1 : 0;
  if (indicator.direction === "maintain") {
    const band = indicator.band;
    if (band === undefined) return undefined;
    return actual >= band.low && actual <= band.high ? 1 : 0;
  }
  if (target === undefined) return undefined;
  const baseline = indicator.baseline?.value ?? 0;
  if (target === baseline) {
    const meets = indicator.direction === "increase" ? actual >= target : actual <= target;
    return meets ? 1 : 0;
  }
  return (actual - baseline) / (target - baseline);
}

/**
 * The progress of an indicator on a date: current actual, achievement against the life-of-project target,
 * expected value and achievement to date, and status, as docs/indicators.md defines them.
 *
 * @param indicator - the indicator with its periods and values.
 * @param asOf - the date to read progress on.
 * @param options - status thresholds (defaults 0.9 and 0.7) and the plan's end (see {@link IndicatorProgressOptions}).
 * @returns the indicator's progress.
 * @remarks
 * - Achievement is measured against the life-of-project target ({@link lifeOfProjectTarget}).
 * - Expected value on the date: the targets of the periods ended on or before it, combined like the LoP target
 *   (the cumulative target to date). Before the first of them ends, or without period targets, the baseline
 *   plus the elapsed share of time between the baseline date (or the first period's start) and the LoP
 *   target's date, times the distance from the baseline to the LoP target. Expected achievement is what the
 *   expected value achieves against the LoP target, in [0, 1]; when the LoP target equals the baseline
 *   (achievement is then 1 or 0), 1 once the expected value meets the target, else 0. For `maintain` and
 *   yes/no indicators it is the elapsed share of time.
 * - Status: `no-data` without an actual (or without a computable achievement); `achieved` when the clamped
 *   achievement is 1; `on-track` when the expected achievement is 0 or when the clamped achievement is at or
 *   above 90 % of it, `at-risk` at or above 70 %, else `off-track`. A period target met exactly is on track.
 * @example
 * ```ts
 * indicatorProgress(indicator, "2026-06-30").status; // "on-track"
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function indicatorProgress(
  indicator: Indicator,
  asOf: IsoDate,
  options: IndicatorProgressOptions = {},
): IndicatorProgress {
  const onTrack = options.onTrack ?? 0.9;
  const atRisk = options.atRisk ?? 0.7;
  const actual = currentActual(indicator, asOf);
  const targeted = targetedPeriods(indicator);
  const target = lopOf(indicator, targeted, options.planEndOn);
  const baseline = indicator.baseline?.value ?? 0;
  // The elapsed share of time between the start and the LoP target's date (1 without both dates).
  let share = 1;
  if (target?.dueOn !== undefined) {
    let start = indicator.baseline?.date;
    if (start === undefined)
      for (const p of indicator.periods) if (start === undefined || p.startOn < start) start = p.startOn;
    if (start !== undefined) {
      const span = daysBetween(start, target.dueOn);
      share = span <= 0 ? 1 : clamp01(daysBetween(start, asOf) / span);
    }
  }
  let expectedValue: number | undefined;
  let expected = share;
  const againstTarget =
    target !== undefined &&
    indicator.measure !== "qualitative" &&
    indicator.measure !== "yes-no" &&
    indicator.direction !== "maintain";
  if (againstTarget) {
    let ended = 0;
    while (ended < targeted.length && (targeted[ended] as IndicatorPeriod).endOn <= asOf) ended++;
    if (ended > 0) {
      const toDate: number[] = [];
      for (let k = 0; k < ended; k++) toDate.push((targeted[k] as IndicatorPeriod).target as number);
      expectedValue = combineTargets(indicator, toDate);
    } else expectedValue = baseline + share * (target.value - baseline);
    if (expectedValue !== undefined)
      expected =
        target.value !== baseline
          ? clamp01((expectedValue - baseline) / (target.value - baseline))
          : // Achievement is all or nothing: expected once the expected value itself meets the target.
            (achievementOf(indicator, expectedValue, target.value) as number);
  }
  const achievement = actual === undefined ? undefined : achievementOf(indicator, actual.value, target?.value);
  const clamped = achievement === undefined ? undefined : clamp01(achievement);
  let status: IndicatorStatus;
  if (clamped === undefined) status = "no-data";
  else if (clamped >= 1) status = "achieved";
  else if (expected <= 0 || clamped >= onTrack * expected) status = "on-track";
  else if (clamped >= atRisk * expected) status = "at-risk";
  else status = "off-track";
  return { actual, target, achievement, clamped, expectedValue, expected, status };
}

/** A child of a roll-up: its weight (default 1) and its raw achievement, if it has data. */
export interface RollUpChild {
  readonly weight?: number | undefined;
  readonly achievement: number | undefined;
}

/** A roll-up: the weighted mean of the children's clamped achievements, and its coverage. */
export interface RollUp {
  /** Weighted mean of clamped achievements over the children with data, in [0, 1]; `undefined` when none has data. */
  readonly score: number | undefined;
  /** Weight share of the children that had data, in [0, 1]. */
  readonly coverage: number;
}

/**
 * Roll children up to their parent (result, objective, axis or plan).
 *
 * @param children - weights and raw achievements.
 * @returns the score and its coverage.
 * @remarks docs/indicators.md, "Roll-up and coverage": a parent scores the weighted mean of its children's
 * clamped achievements over the children that have data; weights default to equal;
 * `coverage` is the weight share of children that had data.
 * @example
 * ```ts
 * rollUp([{ achievement: 1.2 }, { achievement: 0.5 }, { achievement: undefined }]); // { score: 0.75, coverage: 2/3 }
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function rollUp(children: readonly RollUpChild[]): RollUp {
  let total = 0;
  let covered = 0;
  let sum = 0;
  for (const c of children) {
    const w = c.weight ?? 1;
    if (!(w >= 0) || !Number.isFinite(w)) continue;
    total += w;
    if (c.achievement !== undefined && Number.isFinite(c.achievement)) {
      covered += w;
      sum += w * clamp01(c.achievement);
    }
  }
  return { score: covered > 0 ? sum / covered : undefined, coverage: total > 0 ? covered / total : 0 };
}
