/**
 * Replace Arabic-Indic (U+0660–U+0669) and Extended Arabic-Indic (U+06F0–U+06F9)
 * digits with ASCII digits; everything else is kept.
 *
 * @param text - any text.
 * @returns the text with `٠-٩` and `۰-۹` replaced by `0-9`.
 * @example
 * ```ts
 * toLatinDigits("١٩٩٨/٠٣/١٢"); // "1998/03/12"
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (validate untrusted data first).
 */
export function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String.fromCharCode(48 + (c >= 0x06f0 ? c - 0x06f0 : c - 0x0660));
  });
}

/**
 * Prepare an identifier typed by a person for checking: NFC, Latin digits,
 * upper case, and spaces, dots, dashes, slashes and underscores removed.
 */
export function compactIdentifier(text: string): string {
  return toLatinDigits(text.normalize("NFC"))
    .replace(/[\s.\-_/\u00A0\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, "")
    .toUpperCase();
}

/**
 * The remainder of a string of decimal digits divided by `modulus`, computed
 * digit by digit so that numbers longer than 2^53 stay exact.
 */
export function digitsMod(digits: string, modulus: number): number {
  let r = 0;
  for (let i = 0; i < digits.length; i++) r = (r * 10 + (digits.charCodeAt(i) - 48)) % modulus;
  return r;
}
