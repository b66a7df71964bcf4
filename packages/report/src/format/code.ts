/** Letters of right-to-left scripts (Arabic and its supplements, Hebrew, Syriac, Thaana, N'Ko) and their presentation forms. */
const RTL_LETTER = "\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF";
/** A run of right-to-left words joined by spaces, hyphens or non-breaking hyphens: shown as one phrase. */
const RTL_RUN = new RegExp(`[${RTL_LETTER}]+(?:[\\s\\-\\u2011]+[${RTL_LETTER}]+)*`, "g");
/** Directional formatting characters: a code shown by {@link codeText} carries only its own. */
const DIRECTION_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A code (a seed, an id, a hash, a file name) made to read the same in a right-to-left and a
 * left-to-right paragraph: kept whole, its Latin letters and digits left to right in the order
 * stored, and each run of Arabic words in it right to left, as an Arabic reader reads it.
 *
 * @remarks The text is wrapped in a left-to-right isolate (U+2066 … U+2069), and each run of
 * right-to-left words inside in a right-to-left isolate (U+2067 … U+2069). No override: the
 * letters are never reordered one by one, so `شريط-توثيقي` is never shown as `يقيثوت-طيرش`. The
 * isolates also keep the digits after an Arabic word from joining it (UAX #9, rule W2), which a
 * single isolate around the whole code does not: `…/شريط-توثيقي/7f3a9c21` would show its `7`
 * before the Arabic words. Directional controls already in the text are dropped. Display only:
 * records keep the stored text.
 * @param text - the code as stored: a string (a display helper for values already checked, typed-only).
 * @returns the text to show.
 * @example
 * ```ts
 * codeText("RJD-LT5/2024-12-29/شريط-توثيقي/7f3a9c21");
 * // "\u2066RJD-LT5/2024-12-29/\u2067شريط-توثيقي\u2069/7f3a9c21\u2069"
 * ```
 */
export function codeText(text: string): string {
  const bare = text.replace(DIRECTION_CONTROLS, "");
  return `\u2066${bare.replace(RTL_RUN, (run) => `\u2067${run}\u2069`)}\u2069`;
}
