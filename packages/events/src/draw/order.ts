/**
 * Compare two strings by Unicode code point (not by UTF-16 code unit, which is what
 * `Array.prototype.sort` does by default), as DESIGN.md's draw algorithm requires.
 *
 * @remarks Code-unit order and code-point order differ only when one string has a
 * surrogate (U+D800–U+DFFF, i.e. a character above U+FFFF) where the other has a
 * character in U+E000–U+FFFF; the unit is remapped so that surrogates sort above them.
 * Internal helper: not exported by the package.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Sort strings by Unicode code point, in place. Without surrogates, code-unit order (the
 * default sort, which is native and fast) is code-point order.
 * Internal helper: not exported by the package.
 */
export function sortByCodePoint(ids: string[]): string[] {
  return ids.some((id) => SURROGATE.test(id)) ? ids.sort(compareCodePoints) : ids.sort();
}
