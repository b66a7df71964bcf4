import { foldText } from "@madani/model";

/** Runs of anything that is not a letter or a digit (apostrophes, hyphens, punctuation, spaces). */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * Normalize a name (Arabic, French, English or mixed) for comparison.
 *
 * @remarks The model's `foldText`, then separators collapsed. Steps, in order: compatibility decomposition (NFKD), removal of
 * combining marks (tashkeel, Latin accents, hamza and madda signs), format
 * characters (bidi marks, zero-width joiners) and tatweel `ـ`; alef forms
 * `أ إ آ ٱ → ا`, `ؤ → و`, `ئ → ي`, alef maqsura `ى → ي`, ta marbuta `ة → ه`,
 * standalone hamza dropped, Persian/Maghrebi letter forms (`ڭ گ ک ڤ ی`) to
 * their Arabic letters; Arabic-Indic digits to ASCII; Latin lower case
 * (`œ → oe`, `ß → ss`); every run of non-letters and non-digits (spaces,
 * apostrophes, hyphens, punctuation) becomes one space; leading and trailing
 * spaces are removed. The function is idempotent and never throws.
 * @param text - the text as typed.
 * @returns the normalized text, words separated by single spaces; `""` when
 * the text has no letter or digit, or is not a string.
 * @example
 * ```ts
 * normalizeArabic("جمعيّة الأمـــل"); // "جمعيه الامل"
 * normalizeArabic("Coopérative  L'Étoile"); // "cooperative l etoile"
 * ```
 */
export function normalizeArabic(text: string): string {
  if (typeof text !== "string") return "";
  return foldText(text).replace(SEPARATORS, " ").trim();
}
