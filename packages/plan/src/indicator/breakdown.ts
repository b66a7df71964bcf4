import type { ActualValue, Breakdown, Indicator } from "./indicator.js";

/**
 * A category of an indicator: a category in one or more dimensions (`disaggregation`, e.g. `{ sex: "female" }`),
 * a place (an HCP code: région, province or commune), or both. Without either, the indicator's total.
 *
 * @remarks docs/indicators.md, "Targets and baselines by category and place". A place includes the places inside
 * it: `{ place: "06.181" }` (El Jadida province) counts the values of its communes (`"06.181.01.03"`, …).
 * @example
 * ```ts
 * const women: IndicatorCategory = { disaggregation: { sex: "female" } };
 * const elJadida: IndicatorCategory = { place: "06.181" };
 * const womenOfElJadida: IndicatorCategory = { disaggregation: { sex: "female" }, place: "06.181" };
 * ```
 */
export interface IndicatorCategory {
  /** The category in each dimension, e.g. `{ sex: "female", age: "15-24" }`. */
  readonly disaggregation?: Readonly<Record<string, string>> | undefined;
  /** An HCP code: the values placed there or anywhere inside it count. */
  readonly place?: string | undefined;
}

/** Anything that has a category: a value, a category target, a category baseline. */
type Categorized = IndicatorCategory;

/** One breakdown of a list of entries: the dimensions and the place they carry, and the entries. */
export interface BreakdownGroup<T> {
  /** A key naming the breakdown: its dimensions, sorted, and whether it has a place. */
  readonly key: string;
  /** The dimensions, sorted. */
  readonly dimensions: readonly string[];
  readonly place: boolean;
  /** The entries of the breakdown, in their order. */
  readonly items: T[];
}

/** Whether `code` is `parent` or a place inside it (HCP codes nest: `06` ⊃ `06.181` ⊃ `06.181.01.03`). */
export function placeWithin(code: string, parent: string): boolean {
  return code === parent || (code.length > parent.length && code.startsWith(parent) && code[parent.length] === ".");
}

/** Whether a category selects nothing: no dimension and no place, the total. */
export function isTotal(category: IndicatorCategory | undefined): boolean {
  if (category === undefined) return true;
  if (category.place !== undefined) return false;
  const d = category.disaggregation;
  if (d === undefined) return true;
  for (const k in d) if (Object.hasOwn(d, k)) return false;
  return true;
}

/** The key of a breakdown: its dimensions sorted and joined by commas, then `|place` when it has a place. */
export function breakdownKey(dimensions: readonly string[], place: boolean): string {
  const sorted = [...new Set(dimensions)].sort();
  return place ? `${sorted.join(",")}|place` : sorted.join(",");
}

/** The key of an indicator's declared `totalBreakdown`, if any. */
export function declaredKey(indicator: Pick<Indicator, "totalBreakdown">): string | undefined {
  const b: Breakdown | undefined = indicator.totalBreakdown;
  return b === undefined ? undefined : breakdownKey(b.dimensions ?? [], b.place === true);
}

/**
 * Whether the breakdown rule applies to an indicator: it declares `totalBreakdown`, or one of its values has a
 * place. Otherwise every approved value of a period counts, as in earlier releases.
 */
export function brokenDown(indicator: Pick<Indicator, "totalBreakdown" | "values">): boolean {
  if (indicator.totalBreakdown !== undefined) return true;
  const values = indicator.values;
  for (let i = 0; i < values.length; i++) if ((values[i] as ActualValue).place !== undefined) return true;
  return false;
}

/** The entries grouped by breakdown, the groups in order of first appearance. */
export function groupsOf<T extends Categorized>(entries: readonly T[]): BreakdownGroup<T>[] {
  const groups = new Map<string, BreakdownGroup<T>>();
  for (const e of entries) {
    const dimensions: string[] = [];
    const d = e.disaggregation;
    if (d !== undefined) for (const k in d) if (Object.hasOwn(d, k)) dimensions.push(k);
    dimensions.sort();
    const place = e.place !== undefined;
    const key = place ? `${dimensions.join(",")}|place` : dimensions.join(",");
    let g = groups.get(key);
    if (g === undefined) {
      g = { key, dimensions, place, items: [] };
      groups.set(key, g);
    }
    g.items.push(e);
  }
  return [...groups.values()];
}

/** Whether an entry belongs to a category: the same category in each of its dimensions, a place inside its place. */
export function inCategory(entry: Categorized, category: IndicatorCategory | undefined): boolean {
  if (category === undefined) return true;
  const want = category.disaggregation;
  if (want !== undefined) {
    const have = entry.disaggregation;
    for (const k in want) {
      if (!Object.hasOwn(want, k)) continue;
      if (have === undefined || !Object.hasOwn(have, k) || have[k] !== want[k]) return false;
    }
  }
  if (category.place !== undefined) return entry.place !== undefined && placeWithin(entry.place, category.place);
  return true;
}

/** Whether a breakdown can tell a category: it has the category's dimensions, and a place when it asks for one. */
function tells<T>(group: BreakdownGroup<T>, category: IndicatorCategory | undefined): boolean {
  if (category === undefined) return true;
  if (category.place !== undefined && !group.place) return false;
  const want = category.disaggregation;
  if (want !== undefined)
    for (const k in want) if (Object.hasOwn(want, k) && !group.dimensions.includes(k)) return false;
  return true;
}

/**
 * The breakdown a category is read from, and its entries of that category: among the breakdowns that have the
 * category's dimensions (and a place, for a place) and entries of it, the declared total breakdown; else the one
 * with the fewest dimensions and place; on a tie, the one without a place; then the first to appear.
 */
export function chooseGroup<T extends Categorized>(
  groups: readonly BreakdownGroup<T>[],
  category: IndicatorCategory | undefined,
  declared: string | undefined,
): { readonly group: BreakdownGroup<T>; readonly entries: T[] } | undefined {
  let best: { readonly group: BreakdownGroup<T>; readonly entries: T[] } | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  const total = isTotal(category);
  for (const group of groups) {
    if (!tells(group, category)) continue;
    const entries = total ? group.items : group.items.filter((e) => inCategory(e, category));
    if (entries.length === 0) continue;
    if (group.key === declared) return { group, entries };
    const rank = 2 * (group.dimensions.length + (group.place ? 1 : 0)) + (group.place ? 1 : 0);
    if (rank < bestRank) {
      best = { group, entries };
      bestRank = rank;
    }
  }
  return best;
}

/** The entries of a category, read from one breakdown (see {@link chooseGroup}). */
export function chooseEntries<T extends Categorized>(
  entries: readonly T[],
  category: IndicatorCategory | undefined,
  declared: string | undefined,
): T[] {
  return chooseGroup(groupsOf(entries), category, declared)?.entries ?? [];
}

/**
 * The approved values that make an indicator's actuals for a category, period by period: of an indicator the
 * breakdown rule applies to, each period's values of the breakdown its category is read from; otherwise the
 * values of the category (every value, for the total).
 *
 * @param indicator - the indicator.
 * @param category - the category; `undefined` or empty for the total.
 * @param periodId - only this period's values, when given.
 */
export function selectedValues(
  indicator: Indicator,
  category: IndicatorCategory | undefined,
  periodId?: string,
): ActualValue[] {
  const approved: ActualValue[] = [];
  for (const v of indicator.values)
    if (v.state === "approved" && (periodId === undefined || v.periodId === periodId)) approved.push(v);
  if (!brokenDown(indicator)) return isTotal(category) ? approved : approved.filter((v) => inCategory(v, category));
  const byPeriod = new Map<string, ActualValue[]>();
  for (const v of approved) {
    const list = byPeriod.get(v.periodId);
    if (list === undefined) byPeriod.set(v.periodId, [v]);
    else list.push(v);
  }
  const declared = declaredKey(indicator);
  const out: ActualValue[] = [];
  for (const list of byPeriod.values()) for (const v of chooseEntries(list, category, declared)) out.push(v);
  return out;
}
