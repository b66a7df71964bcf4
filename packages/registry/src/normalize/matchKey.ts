import { normalizeArabic } from "./arabic.js";
import { consonantSkeleton, stripArticle } from "./transliterate.js";

/**
 * Words that say what kind of organization a name belongs to rather than which
 * one, in normalized form (see {@link normalizeArabic}). They are dropped by
 * {@link matchKey}.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  // Arabic
  "جمعيه",
  "الجمعيه",
  "جمعيات",
  "تعاونيه",
  "التعاونيه",
  "تعاونيات",
  "شبكه",
  "اتحاد",
  "جامعه",
  "فيدراليه",
  "للتنميه",
  "التنميه",
  "تنميه",
  "والتنميه",
  "التنمويه",
  "الاجتماعيه",
  "اجتماعيه",
  // descriptive words that follow the distinctive part ("… للثقافة والرياضة", "… de culture et de sport")
  "ثقافه",
  "رياضه",
  "بيئه",
  "اعمال",
  "رعايه",
  "اطفال",
  "طفوله",
  "مستدامه",
  "و",
  "في",
  "من",
  "ل",
  "ب",
  "ال",
  // French
  "association",
  "associations",
  "assoc",
  "asso",
  "ass",
  "cooperative",
  "cooperatives",
  "coop",
  "cooperativa",
  "reseau",
  "federation",
  "union",
  "developpement",
  "dev",
  "pour",
  "le",
  "la",
  "les",
  "l",
  "de",
  "du",
  "des",
  "d",
  "et",
  "au",
  "aux",
  "a",
  "en",
  "el",
  "al",
  "social",
  "sociale",
  "sociales",
  "culture",
  "culturelle",
  "sport",
  "sports",
  "environnement",
  "oeuvres",
  "protection",
  "enfance",
  "enfants",
  "durable",
  // English
  "cooperatives",
  "network",
  "development",
  "for",
  "the",
  "of",
  "and",
]);

/**
 * The comparison keys of an organization name, computed once and reused by
 * search and deduplication.
 */
export interface MatchKey {
  /** The whole name after {@link normalizeArabic}. */
  readonly normalized: string;
  /** Distinctive words: normalized, generic words dropped, Arabic article and glued particles removed. */
  readonly tokens: readonly string[];
  /** `tokens` joined by one space: the key two spellings of one name share in the same script. */
  readonly key: string;
  /**
   * Transliteration key: the consonant skeleton of every token (Arabic letters
   * and their French renderings mapped to shared consonant classes, vowels
   * dropped), joined by one space. An Arabic name and its French rendering meet here.
   */
  readonly translit: string;
  /** The skeletons of `translit`, sorted, so that word order does not matter. */
  readonly skeletons: readonly string[];
}

/**
 * Compute the comparison keys of an organization name.
 *
 * @remarks The name is normalized by {@link normalizeArabic}; generic words
 * ({@link GENERIC_WORDS}: جمعية, تعاونية, للتنمية, association, coopérative,
 * pour le développement, …) are dropped; the Arabic article and particles
 * glued to a word (`ال`, `و`, `ب`, `ل`, `لل`) and their French renderings
 * (`El-`, `Al`, assimilated `Ennour`, `Attadamoun`) are removed. The
 * transliteration key maps Arabic consonants and French spellings (`ch`, `kh`,
 * `gh`, `ou`, `dj`, `q`, …) to shared classes and drops vowels, so that
 * "جمعية النور للتنمية" and "Association Ennour pour le développement" share
 * `translit` "nr". When every word is generic, the generic words are kept
 * rather than returning an empty key. Never throws.
 * @param name - an organization name as typed, in any script.
 * @returns the keys; all empty when the name has no letter or digit.
 * @example
 * ```ts
 * matchKey("جمعية التضامن للتنمية").translit; // "tdmn"
 * matchKey("Association Attadamoun pour le Développement").translit; // "tdmn"
 * matchKey("Coopérative Al Amal").key; // "amal"
 * ```
 */
export function matchKey(name: string): MatchKey {
  const normalized = normalizeArabic(name);
  const words = normalized === "" ? [] : normalized.split(" ");
  let kept = words.filter((w) => !GENERIC_WORDS.has(w));
  const onlyGeneric = kept.length === 0;
  if (onlyGeneric) kept = words;
  const tokens: string[] = [];
  const skeletons: string[] = [];
  for (const w of kept) {
    const t = onlyGeneric ? w : stripArticle(w);
    if (!onlyGeneric && GENERIC_WORDS.has(t) && kept.length > 1) continue;
    tokens.push(t);
    const s = consonantSkeleton(t);
    if (s !== "") skeletons.push(s);
  }
  return {
    normalized,
    tokens,
    key: tokens.join(" "),
    translit: skeletons.join(" "),
    skeletons: [...skeletons].sort(),
  };
}
