import { consonantSkeleton, stripArticle } from "./transliterate.js";

const LATIN_LETTER = /[a-z]/;
const DIGIT = /[0-9]/;
const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** Digits that stand for Arabic letters in chat spelling (Arabizi), and the Latin spelling they fold to. */
const CHAT_DIGITS: Readonly<Record<string, string>> = {
  "2": "", // ء hamza
  "3": "", // ع ain
  "5": "kh", // خ
  "7": "h", // ح
  "8": "h", // ه
  "9": "q", // ق
};

/**
 * Fold one normalized Latin word written in Moroccan chat spelling (Arabizi)
 * to the French-style spelling the transliteration key reads.
 *
 * @remarks Only words that mix Latin letters and digits are touched, so that
 * numbers stay numbers: `3 → ` (ain, silent like the French renderings),
 * `7 → h`, `9 → q`, `5 → kh`, `8 → h`, `2 → ` (hamza); a doubled `oo` or a
 * lone `u` is the French `ou`; `sh` is the French `ch`; `ee` is `i`. A word in
 * Arabic letters, or a value that is not a string, is returned as it is
 * (`""` for a value that is not a string). Never throws.
 * @param word - one word after {@link normalizeArabic} (lower case, no accents).
 * @returns the folded word.
 * @example
 * ```ts
 * foldChatSpelling("jam3iyat"); // "jamiyat"
 * foldChatSpelling("l7ayat"); // "lhayat"
 * foldChatSpelling("shurooq"); // "chourouq"
 * foldChatSpelling("2024"); // "2024"
 * ```
 */
export function foldChatSpelling(word: string): string {
  if (typeof word !== "string") return "";
  if (!LATIN_LETTER.test(word) || ARABIC_LETTER.test(word)) return word;
  let w = word;
  if (DIGIT.test(w)) w = w.replace(/[235789]/g, (d) => CHAT_DIGITS[d] ?? d);
  return w
    .replace(/sh/g, "ch")
    .replace(/oo/g, "ou")
    .replace(/ee/g, "i")
    .replace(/(?<!o)u/g, "ou");
}

/** Latin words beginning with a glued `l` article before a consonant: "lmanar", "lkhir" (not "lycee"). */
const GLUED_L = /^l(?=[bcdfghjkmnqrstvwxz][a-z]{2})/;

/** Arabic and Latin spellings of `kh` (خ) get their own class here, apart from `k`/`q`. */
const KH_ARABIC = /خ/g;
const KH_LATIN = /kh|5/g;

/**
 * The phonetic key of one normalized word for deduplication: chat spelling
 * folded ({@link foldChatSpelling}), the article and glued particles removed
 * ({@link stripArticle}, and a Latin `l` glued before a consonant:
 * `lmanar`), then the consonant skeleton ({@link consonantSkeleton}) with `خ`
 * / `kh` kept apart from `ك ق` / `k q` as `x`, so that `أكراو` (`krw`) and
 * `الخير` (`xr`) no longer share a key.
 *
 * @param word - one word after {@link normalizeArabic}.
 * @returns the key; `""` when nothing is left (vowels only), or for a value that is not a string.
 * @example
 * ```ts
 * phoneticSkeleton("الشروق") === phoneticSkeleton("shurooq"); // true ("crk")
 * phoneticSkeleton("lmanar") === phoneticSkeleton("المنار"); // true ("mnr")
 * phoneticSkeleton("الخير"); // "xr"
 * phoneticSkeleton("أكراو"); // "kr"
 * ```
 */
export function phoneticSkeleton(word: string): string {
  if (typeof word !== "string") return "";
  let w = stripArticle(foldChatSpelling(word));
  if (!ARABIC_LETTER.test(w) && GLUED_L.test(w)) w = w.slice(1);
  return consonantClasses(w);
}

/**
 * The consonant skeleton of one normalized word as it is (no article removed, no chat spelling folded),
 * with `خ` / `kh` as `x`: the last step of {@link phoneticSkeleton}, for words such as people's names
 * where an `al` is part of the name (`Alaoui`).
 *
 * @param word - one word after {@link normalizeArabic}.
 * @returns the skeleton; `""` when nothing is left, or for a value that is not a string.
 * @example
 * ```ts
 * consonantClasses("alaoui") === consonantClasses("علوي"); // true ("l")
 * ```
 */
export function consonantClasses(word: string): string {
  if (typeof word !== "string") return "";
  const w = word;
  // Mark خ / kh with a letter the skeleton maps to nothing else, then restore it as "x".
  const marked = ARABIC_LETTER.test(w) ? w.replace(KH_ARABIC, "\u0001") : w.replace(KH_LATIN, "\u0001");
  const parts = marked.split("\u0001");
  // Collected in an array with the last class kept aside: growing a string and reading its end is quadratic.
  const out: string[] = [];
  let last = "";
  for (let i = 0; i < parts.length; i++) {
    if (i > 0 && last !== "x") {
      out.push("x");
      last = "x";
    }
    const s = consonantSkeleton(parts[i] as string);
    if (s === "") continue;
    out.push(s[0] === last ? s.slice(1) : s);
    last = s[s.length - 1] as string;
  }
  return out.join("");
}
