import { foldText } from "../fold.js";

/**
 * Anything that is neither a letter nor a digit separates words, and so do the
 * modifier letters used as apostrophes (`ʼ ʻ ʽ ʾ ʿ`, primes and stress marks).
 */
const SEPARATOR = /(?:[^\p{L}\p{N}]|[\u02B9-\u02BF\u02C8\u02CA\u02CB])+/u;

/**
 * Split a place name into normalized words for matching.
 *
 * @remarks Compatibility decomposition (NFKD) turns presentation forms into
 * letters and splits accents and hamza/madda signs from their letters; marks,
 * format characters and tatweel are then removed, so `é → e`, `ç → c`,
 * `أ إ آ → ا`, `ؤ → و`, `ئ → ي`, and tashkeel disappears. Then `ٱ → ا`,
 * `ى → ي`, `ة → ه`, standalone `ء` is dropped, Arabic-Indic digits become
 * ASCII digits and Latin letters are lower-cased. Apostrophes (`' ’ ʼ`…), hyphens,
 * spaces and all other punctuation separate words.
 * @param text - a place name as typed.
 * @returns the words, possibly none.
 * @example
 * ```ts
 * nameTokens("Aïn-Sebaâ Hay Mohammadi"); // ["ain", "sebaa", "hay", "mohammadi"]
 * nameTokens("مولاي يعقوب"); // ["مولاي", "يعقوب"]
 * ```
 */
export function nameTokens(text: string): string[] {
  return foldText(text)
    .split(SEPARATOR)
    .filter((t) => t !== "");
}

/**
 * The key under which a place name is indexed and looked up: its
 * {@link nameTokens} joined without separators, so that `M'diq`, `Mdiq` and
 * `M diq`, or `Ben Slimane` and `Benslimane`, share a key.
 *
 * @param text - a place name as typed.
 * @returns the key; empty when the name has no letter or digit.
 * @example
 * ```ts
 * nameKey("Oulad Aïssa") === nameKey("OULAD AISSA"); // true
 * nameKey("أولاد عيسى") === nameKey("اولاد عيسي"); // true
 * ```
 */
export function nameKey(text: string): string {
  return nameTokens(text).join("");
}
