/**
 * Letters folded to one form after compatibility decomposition (NFKD has already
 * split hamza and madda from alef, waw and yeh, and accents from Latin letters).
 * An empty value drops the letter.
 */
const FOLDS: Readonly<Record<string, string>> = {
  "\u0671": "\u0627", // ٱ alef wasla → ا
  "\u0672": "\u0627", // ٲ → ا
  "\u0673": "\u0627", // ٳ → ا
  "\u0649": "\u064A", // ى alef maqsura → ي
  "\u06CC": "\u064A", // ی Farsi yeh → ي
  "\u0629": "\u0647", // ة ta marbuta → ه
  "\u06C3": "\u0647", // ۃ → ه
  "\u06D5": "\u0647", // ە → ه
  "\u06BE": "\u0647", // ھ → ه
  "\u0621": "", // ء standalone hamza: dropped
  "\u0674": "", // ٴ high hamza: dropped
  "\u06A9": "\u0643", // ک keheh → ك
  "\u06AF": "\u0643", // گ gaf → ك
  "\u06AD": "\u0643", // ڭ ng (Moroccan g) → ك
  "\u06A4": "\u0641", // ڤ veh → ف
  "\u0153": "oe", // œ
  "\u00E6": "ae", // æ
  "\u00DF": "ss", // ß
  "\u0131": "i", // ı
  "\u00F8": "o", // ø
  "\u0142": "l", // ł
  "\u0111": "d", // đ
};

const FOLD_PATTERN =
  /[\u0671\u0672\u0673\u0649\u06CC\u0629\u06C3\u06D5\u06BE\u0621\u0674\u06A9\u06AF\u06AD\u06A4\u0153\u00E6\u00DF\u0131\u00F8\u0142\u0111]/gu;

/** Combining marks (Latin accents, Arabic tashkeel, hamza/madda signs after NFKD), format characters and tatweel. */
const IGNORED = /[\p{M}\p{Cf}\u0640]/gu;

/** Runs of anything that is not a letter or a digit (apostrophes, hyphens, punctuation, spaces). */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9) digits. */
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Replace Arabic-Indic and Extended Arabic-Indic digits with ASCII digits.
 *
 * @param text - any text.
 * @returns the text with `٠-٩` and `۰-۹` replaced by `0-9`; everything else kept.
 * @example
 * ```ts
 * toLatinDigits("١٩٩٨/٠٣/١٢"); // "1998/03/12"
 * ```
 */
export function toLatinDigits(text: string): string {
  return text.replace(ARABIC_DIGITS, (d) => {
    const c = d.charCodeAt(0);
    return String.fromCharCode(48 + (c >= 0x06f0 ? c - 0x06f0 : c - 0x0660));
  });
}

/**
 * Normalize a name (Arabic, French, English or mixed) for comparison.
 *
 * @remarks Steps, in order: compatibility decomposition (NFKD), removal of
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
 * the text has no letter or digit.
 * @example
 * ```ts
 * normalizeArabic("جمعيّة الأمـــل"); // "جمعيه الامل"
 * normalizeArabic("Coopérative  L'Étoile"); // "cooperative l etoile"
 * ```
 */
export function normalizeArabic(text: string): string {
  return toLatinDigits(text.normalize("NFKD").replace(IGNORED, ""))
    .toLowerCase()
    .replace(FOLD_PATTERN, (c) => FOLDS[c] ?? c)
    .replace(SEPARATORS, " ")
    .trim();
}
