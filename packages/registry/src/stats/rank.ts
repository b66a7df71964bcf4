/**
 * Rankings of places by a value, with ties.
 *
 * @module
 */

/** An item with its rank; `rank` is `null` for an item without a value. */
export interface Ranked<T> {
  readonly rank: number | null;
  readonly item: T;
}

/**
 * Rank items by a value, largest first, with standard competition ranking ("1, 2, 2, 4"): items whose
 * values are equal once rounded to `decimals` (the digits the report shows) share a rank, and the next
 * rank skips as many places as were shared.
 *
 * @param items - the items, e.g. `statistics.byProvince`.
 * @param value - the value to rank by; `null` (or a value that is not finite) leaves the item unranked.
 * @param decimals - digits the values are compared at (default 1, as the report shows densities).
 * @returns every item once: ranked ones by rank (ties by their exact value, then in the order given),
 * then unranked ones in the order given.
 * @example
 * ```ts
 * rankBy([{ c: "a", v: 2.04 }, { c: "b", v: 3 }, { c: "c", v: 1.96 }], (x) => x.v);
 * // [{ rank: 1, item: b }, { rank: 2, item: a }, { rank: 2, item: c }] (2.04 and 1.96 both show as 2.0)
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass values returned by the package's entry points.
 */
export function rankBy<T>(items: readonly T[], value: (item: T) => number | null, decimals = 1): Ranked<T>[] {
  const unit = 10 ** decimals;
  const keyed = items.map((item, index) => {
    const v = value(item);
    const known = v !== null && Number.isFinite(v);
    return { item, index, value: known ? v : 0, key: known ? Math.round(v * unit) : null };
  });
  const ranked = keyed
    .filter((k): k is { item: T; index: number; value: number; key: number } => k.key !== null)
    .sort((a, b) => b.key - a.key || b.value - a.value || a.index - b.index);
  const out: Ranked<T>[] = [];
  ranked.forEach((k, i) => {
    const previous = ranked[i - 1];
    const rank = previous !== undefined && previous.key === k.key ? (out[i - 1]?.rank ?? i + 1) : i + 1;
    out.push({ rank, item: k.item });
  });
  for (const k of keyed) if (k.key === null) out.push({ rank: null, item: k.item });
  return out;
}
