// Barrel of this folder; the package index re-exports it.
export { normalizeArabic, toLatinDigits } from "./arabic.js";
export type { MatchKey } from "./matchKey.js";
export { GENERIC_WORDS, matchKey } from "./matchKey.js";
export { cleanText, parseLooseDate } from "./text.js";
export { consonantSkeleton, stripArticle } from "./transliterate.js";
