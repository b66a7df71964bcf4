import { compareCodePoints } from "@madani/model";

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Sort strings by Unicode code point, in place. Without surrogates, code-unit order (the
 * default sort, which is native and fast) is code-point order.
 * Internal helper: not exported by the package.
 */
export function sortByCodePoint(ids: string[]): string[] {
  return ids.some((id) => SURROGATE.test(id)) ? ids.sort(compareCodePoints) : ids.sort();
}
