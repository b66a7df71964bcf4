import { toLatinDigits } from "./internal/text.js";

/**
 * Letters folded to one form after decomposition. Keys are single code points;
 * an empty value drops the letter.
 */
export const FOLDS: Readonly<Record<string, string>> = {
  // Arabic: alef forms without a canonical decomposition, alef maqsura, ta marbuta,
  // standalone hamza, and the Persian/Maghrebi letter forms people type for Arabic ones.
  "\u0671": "\u0627", // ٱ alef wasla → ا
  "\u0672": "\u0627", // ٲ alef with wavy hamza above → ا
  "\u0673": "\u0627", // ٳ alef with wavy hamza below → ا
  "\u0649": "\u064A", // ى alef maqsura → ي
  "\u06CC": "\u064A", // ی Farsi yeh → ي
  "\u0629": "\u0647", // ة ta marbuta → ه
  "\u06C3": "\u0647", // ۃ ta marbuta goal → ه
  "\u06D5": "\u0647", // ە ae → ه
  "\u06BE": "\u0647", // ھ heh doachashmee → ه
  "\u0621": "", // ء standalone hamza: dropped
  "\u0674": "", // ٴ high hamza: dropped
  "\u06A9": "\u0643", // ک keheh → ك
  "\u06AF": "\u0643", // گ gaf → ك
  "\u06AD": "\u0643", // ڭ ng (Moroccan g) → ك
  "\u06A4": "\u0641", // ڤ veh → ف
  // Latin letters without a decomposition.
  "\u0153": "oe", // œ
  "\u00E6": "ae", // æ
  "\u00DF": "ss", // ß
  "\u0131": "i", // ı dotless i
  "\u00F8": "o", // ø
  "\u0142": "l", // ł
  "\u0111": "d", // đ
};

/** Every key of {@link FOLDS} (a test keeps the two in step). */
const FOLD_PATTERN =
  /[\u0671\u0672\u0673\u0649\u06CC\u0629\u06C3\u06D5\u06BE\u0621\u0674\u06A9\u06AF\u06AD\u06A4\u0153\u00E6\u00DF\u0131\u00F8\u0142\u0111]/gu;

/** Combining marks (accents, Arabic tashkeel, hamza and madda signs after decomposition), format characters (bidi marks, zero-width joiners) and tatweel. */
const IGNORED = /[\p{M}\p{Cf}\u0640]/gu;

/**
 * Fold text for comparison: compatibility decomposition (NFKD), combining marks (Latin accents, Arabic
 * tashkeel, hamza and madda signs), format characters and tatweel removed, `ٱ → ا`, `ى → ي`, `ة → ه`,
 * standalone `ء` dropped, Persian and Maghrebi letter forms to their Arabic letters, Arabic-Indic digits to
 * ASCII, Latin lower case (`œ → oe`, `ß → ss`). Punctuation and spaces are kept as they are.
 *
 * @param text - any text.
 * @returns the folded text; idempotent.
 * @remarks The one normalization behind geographic name matching (`@madani/model/geo`) and the
 * registry's name matching, so that a name matches the same way everywhere.
 * @example
 * ```ts
 * foldText("جمعيّة الأمـــل"); // "جمعيه الامل"
 * foldText("Coopérative L'Étoile"); // "cooperative l'etoile"
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (validate untrusted data first).
 */
export function foldText(text: string): string {
  return toLatinDigits(text.normalize("NFKD").replace(IGNORED, ""))
    .toLowerCase()
    .replace(FOLD_PATTERN, (c) => FOLDS[c] ?? c);
}
