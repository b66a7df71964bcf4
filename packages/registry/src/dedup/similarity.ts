/**
 * Sørensen–Dice similarity of the character bigrams of two strings (spaces
 * ignored): 1 for equal strings, 0 when they share no bigram. Strings of one
 * character compare by equality.
 *
 * @param a - first string.
 * @param b - second string.
 * @returns a number in [0, 1]; 0 when either value is not a string.
 * @example
 * ```ts
 * diceSimilarity("attadamoun", "tadamoun"); // 0.875
 * ```
 */
export function diceSimilarity(a: string, b: string): number {
  if (typeof a !== "string" || typeof b !== "string") return 0;
  const x = a.replaceAll(" ", "");
  const y = b.replaceAll(" ", "");
  if (x === y) return x === "" ? 0 : 1;
  if (x.length < 2 || y.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) {
    const g = x.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const g = y.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + y.length - 1);
}

/** The character bigrams of a string (spaces ignored) as sorted numbers, for {@link sortedDice}. */
export function bigrams(text: string): Uint32Array {
  const x = text.replaceAll(" ", "");
  const out = new Uint32Array(Math.max(x.length - 1, 0));
  for (let i = 0; i < x.length - 1; i++) out[i] = (x.charCodeAt(i) << 16) | x.charCodeAt(i + 1);
  return out.sort();
}

/** Dice similarity of two sorted bigram arrays from {@link bigrams} (equal non-empty texts give 1). */
export function sortedDice(a: Uint32Array, b: Uint32Array): number {
  const total = a.length + b.length;
  if (total === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / total;
}
