/**
 * Compare two strings by Unicode code points (the order of PostgreSQL's `"C"`
 * collation on UTF-8), not by UTF-16 code units: the order of the draws (`madani-draw/1`) and of the registry's pages.
 *
 * @param a - a string.
 * @param b - another string.
 * @returns negative, zero or positive.
 * @example
 * ```ts
 * ["b", "a", "\u{1F600}", "\uFFFD"].sort(compareCodePoints); // ["a", "b", "\uFFFD", "\u{1F600}"]
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (validate untrusted data first).
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (U+D800–DFFF) encode code points above U+FFFF: they sort after U+E000–FFFF.
    const sx = x >= 0xd800 && x <= 0xdfff ? x + 0x2000 : x >= 0xe000 ? x - 0x800 : x;
    const sy = y >= 0xd800 && y <= 0xdfff ? y + 0x2000 : y >= 0xe000 ? y - 0x800 : y;
    return sx - sy;
  }
  return a.length - b.length;
}
