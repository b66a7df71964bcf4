/**
 * Consonant classes shared by Arabic letters and their usual French renderings.
 * Vowels (including `ا و ي` and Latin `a e i o u y w`), `ع` and `ء` carry no
 * class: Moroccan French transcriptions render them inconsistently.
 */
const ARABIC_CLASS: Readonly<Record<string, string>> = {
  ب: "b",
  ت: "t",
  ث: "t",
  ج: "j",
  ح: "h",
  خ: "k",
  د: "d",
  ذ: "d",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "c",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "d",
  غ: "g",
  ف: "f",
  ق: "k",
  ك: "k",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "h",
};

/** Latin letters to consonant classes, after the digraphs have been handled. */
const LATIN_CLASS: Readonly<Record<string, string>> = {
  b: "b",
  p: "b",
  c: "k",
  d: "d",
  f: "f",
  v: "f",
  g: "g",
  h: "h",
  j: "j",
  k: "k",
  q: "k",
  l: "l",
  m: "m",
  n: "n",
  r: "r",
  s: "s",
  t: "t",
  x: "ks",
  z: "z",
};

/** Latin spellings of one Arabic consonant, longest first. */
const LATIN_DIGRAPHS: ReadonlyArray<readonly [RegExp, string]> = [
  [/dj/g, "j"],
  [/tch/g, "c"],
  [/sch/g, "c"],
  [/ch/g, "C"],
  [/sh/g, "C"],
  [/kh/g, "k"],
  [/gh/g, "g"],
  [/th/g, "t"],
  [/dh/g, "d"],
  [/ph/g, "f"],
  [/ck/g, "k"],
  [/c(?=[eiy])/g, "s"],
  [/g(?=[ei])/g, "j"],
];

const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** A Latin token beginning with an assimilated Arabic article: "ennour", "attadamoun", "essalam". */
const LATIN_ARTICLE = /^[ae]([tdrzslnc])\1(?=.{2})/;
/** A Latin token beginning with "el"/"al" glued to the word: "elkhair", "alamal". */
const LATIN_AL = /^[ae]l(?=[^aeiouy].{2}|[aeiouy].{3})/;
/** Arabic prefixes glued to a word: conjunction و, prepositions ب ل ك ف, article ال. */
const ARABIC_PREFIX = /^(?:[وف]?(?:لل|[بكل]?ال))/;

/**
 * Remove the Arabic article and glued particles from one normalized word, in
 * either script, so that `النور`, `Ennour`, `El Nour` and `Nour` agree.
 * The word is returned unchanged when stripping would leave fewer than 2 letters;
 * a value that is not a string gives `""`.
 */
export function stripArticle(word: string): string {
  if (typeof word !== "string") return "";
  if (ARABIC_LETTER.test(word)) {
    const m = ARABIC_PREFIX.exec(word);
    const cut = m === null ? 0 : m[0].length;
    return word.length - cut >= 2 ? word.slice(cut) : word;
  }
  const a = LATIN_ARTICLE.exec(word);
  if (a !== null) return word.slice(2);
  const l = LATIN_AL.exec(word);
  if (l !== null) return word.slice(2);
  return word;
}

/**
 * The consonant skeleton of one normalized word: Arabic letters and Latin
 * spellings are mapped to shared consonant classes, vowels are dropped and
 * repeated classes collapse. A final `ه` (ta marbuta after normalization) is silent.
 * Linear in the length of the word; a value that is not a string gives `""`.
 */
export function consonantSkeleton(word: string): string {
  if (typeof word !== "string") return "";
  // Classes are collected in an array and compared with the last one kept in a variable: reading the last
  // character of a string grown by concatenation flattens it each time, which is quadratic on long input.
  const out: string[] = [];
  let last = "";
  const add = (classes: string): void => {
    for (const c of classes) {
      if (c === last) continue;
      out.push(c);
      last = c;
    }
  };
  if (ARABIC_LETTER.test(word)) {
    const w = word.endsWith("ه") && word.length > 2 ? word.slice(0, -1) : word;
    for (const ch of w) add(ARABIC_CLASS[ch] ?? (ch >= "0" && ch <= "9" ? ch : ""));
  } else {
    let w = word;
    for (const [pattern, replacement] of LATIN_DIGRAPHS) w = w.replace(pattern, replacement);
    for (const ch of w) add(ch === "C" ? "c" : (LATIN_CLASS[ch] ?? (ch >= "0" && ch <= "9" ? ch : "")));
  }
  return out.join("");
}
