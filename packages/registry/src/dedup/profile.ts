import type { Organization } from "@madani/model";
import { normalizeArabic } from "../normalize/arabic.js";
import { consonantClasses, foldChatSpelling, phoneticSkeleton } from "../normalize/chat.js";
import { stripArticle } from "../normalize/transliterate.js";
import * as lexicon from "./lexicon.js";
import { bigrams } from "./similarity.js";

const ARABIC = /[\u0600-\u06FF]/;
/** Arabic particles glued before a word: و ف, then لل ل ب ك, then ال. */
const ARABIC_GLUED = /^(?:[وف]?(?:لل|[لبك]ال|ال|[لب]))/;

/** The lexicon's words in the form `normalizeArabic` gives (standalone hamza dropped, ة → ه, …). */
const norm = (w: string): string => normalizeArabic(w);
const DEDUP_STOP_WORDS: ReadonlySet<string> = new Set([...lexicon.DEDUP_STOP_WORDS].map(norm));
const PURPOSE_WORDS: ReadonlyMap<string, string> = new Map(
  [...lexicon.PURPOSE_WORDS].map(([w, p]) => [norm(w), p] as const),
);
const TRANSLATIONS: ReadonlyMap<string, string> = new Map(
  [...lexicon.TRANSLATIONS].map(([w, a]) => [norm(w), norm(a)] as const),
);
const GENERIC_ADDRESS_PARTS: readonly string[] = lexicon.GENERIC_ADDRESS_PARTS.map(norm);
const GENERIC_ADDRESS_WORDS: ReadonlySet<string> = new Set([...lexicon.GENERIC_ADDRESS_WORDS].map(norm));
const ADDRESS_STOP_WORDS: ReadonlySet<string> = new Set([...lexicon.ADDRESS_STOP_WORDS].map(norm));

/** Most entries a memo keeps before it is emptied (a registry repeats its words and names; memory stays bounded). */
const MEMO_LIMIT = 200_000;

/** Memoize a function of one string: the same words, names and people recur across a registry. */
function memo<T>(f: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined) {
      if (cache.size >= MEMO_LIMIT) cache.clear();
      v = f(text);
      cache.set(text, v);
    }
    return v;
  };
}

const skeletonOf = memo(phoneticSkeleton);

/** A normalized Arabic word and its forms without glued particles, for looking it up. */
function arabicForms(word: string): string[] {
  const forms = [word, stripArticle(word), word.replace(ARABIC_GLUED, "")];
  if (/^[وف]/.test(word) && word.length > 3) forms.push(word.slice(1), word.slice(1).replace(ARABIC_GLUED, ""));
  return forms.filter((f) => f.length >= 2);
}

/** One name of a profile, read for comparison. */
export interface ProfileName {
  /** Written in Arabic letters. */
  readonly arabic: boolean;
  /** The phonetic keys of the distinctive words, in the order written (see `phoneticSkeleton`). */
  readonly tokens: readonly string[];
  /** The distinctive words as written (normalized, without article), in the same order as `tokens`. */
  readonly words: readonly string[];
  /** `tokens` sorted and joined by a space: the same name in any order and script. */
  readonly key: string;
  /** Bigrams of `tokens` sorted and joined without spaces. */
  readonly grams: Uint32Array;
}

/** What deduplication compares of one organization, computed once. */
export interface Profile {
  readonly id: string;
  readonly legalForm: string;
  readonly names: readonly ProfileName[];
  /** Purposes the names state (see `PURPOSE_WORDS`), sorted. */
  readonly purposes: readonly string[];
  readonly communeCode: string | undefined;
  readonly provinceCode: string | undefined;
  readonly foundedOn: string | undefined;
  readonly phones: readonly string[];
  readonly emails: readonly string[];
  readonly rib: string | undefined;
  readonly identifiers: readonly string[];
  /** Keys of the board members' names (script-independent), one entry per person (see `personKeys`). */
  readonly board: readonly (readonly string[])[];
  /** Phonetic key of the address line and douar; `""` when none. */
  readonly address: string;
  readonly addressGrams: Uint32Array;
  /** The address is one many organizations share ("Centre de la commune", دار الجمعيات). */
  readonly addressGeneric: boolean;
}

function purposeOf(word: string): string | undefined {
  const direct = PURPOSE_WORDS.get(word);
  if (direct !== undefined || !ARABIC.test(word)) return direct;
  for (const f of arabicForms(word)) {
    const p = PURPOSE_WORDS.get(f);
    if (p !== undefined) return p;
  }
  return undefined;
}

function isStop(word: string): boolean {
  if (DEDUP_STOP_WORDS.has(word)) return true;
  if (!ARABIC.test(word)) return false;
  return word.replace(ARABIC_GLUED, "").length < 2 || arabicForms(word).some((f) => DEDUP_STOP_WORDS.has(f));
}

/** A Latin word glued to the article `l` before a consonant ("lmanar"). */
const GLUED_L = /^l(?=[bcdfghjkmnqrstvwxz][a-z]{2})/;

/**
 * The word as written, without article or glued particles: compared between names of one script. Latin
 * spellings of vowels vary too much to be compared letter by letter (`waha`, `ouaha`): there each run of
 * vowels (and `w`, `y`) counts as one vowel, and `q` as `k`, so that only where the vowels fall is kept.
 */
function bareWord(w: string): string {
  const s = stripArticle(w);
  if (ARABIC.test(s)) return s;
  return (GLUED_L.test(s) ? s.slice(1) : s).replace(/[aeiouyw]+/g, "a").replace(/q/g, "k");
}

/**
 * Read one organization name for comparison: stop words and legal forms
 * dropped, purposes set apart, French translations mapped to the Arabic word
 * they render, each remaining word reduced to its phonetic key.
 *
 * @param text - the name as typed.
 * @returns the name's keys and the purposes it states.
 */
export const readName: (text: string) => { name: ProfileName | undefined; purposes: readonly string[] } =
  memo(readNameOnce);

function readNameOnce(text: string): { name: ProfileName | undefined; purposes: readonly string[] } {
  const normalized = normalizeArabic(text);
  if (normalized === "") return { name: undefined, purposes: [] };
  const arabic = ARABIC.test(normalized);
  type Word = readonly [skeleton: string, bare: string];
  const tokens: Word[] = [];
  const purposeTokens: Word[] = [];
  const purposes: string[] = [];
  const all: Word[] = [];
  const raws = normalized.split(" ");
  for (let k = 0; k < raws.length; k++) {
    const raw = raws[k] as string;
    // An assimilated article written apart in chat spelling: "n-na5la", "s-salam".
    if (raw.length === 1 && !ARABIC.test(raw) && raws[k + 1]?.startsWith(raw)) continue;
    const w = foldChatSpelling(raw);
    const translated = TRANSLATIONS.get(w);
    const skeleton = skeletonOf(translated ?? w);
    if (skeleton === "") continue;
    const word: Word = [skeleton, translated ?? bareWord(w)];
    all.push(word);
    if (isStop(w)) continue;
    const purpose = purposeOf(w);
    if (purpose !== undefined) {
      if (!purposes.includes(purpose)) purposes.push(purpose);
      purposeTokens.push(word);
      continue;
    }
    tokens.push(word);
  }
  // A name made only of purposes ("جمعية المرأة القروية") is named by them; one made only of stop words by those.
  let kept = tokens;
  if (kept.length === 0) {
    kept = purposeTokens.length > 0 ? purposeTokens : all;
    purposes.length = 0;
  }
  if (kept.length === 0) return { name: undefined, purposes: [] };
  const sorted = kept.map((k) => k[0]).sort();
  return {
    name: {
      arabic,
      tokens: kept.map((k) => k[0]),
      words: kept.map((k) => k[1]),
      key: sorted.join(" "),
      grams: bigrams(sorted.join("")),
    },
    purposes,
  };
}

/** One word of a person's name: the Arabic article removed; a Latin `el`/`al` only when glued before a consonant. */
function personWord(w: string): string {
  if (ARABIC.test(w)) return consonantClasses(stripArticle(w));
  const f = foldChatSpelling(w);
  return consonantClasses(/^[ae]l(?=[^aeiouy]..)/.test(f) ? f.slice(2) : f);
}

/**
 * The keys of a person's name: the skeletons of its words joined in the order written, and with the last
 * word first (family name first or last): `نور الدين اليعقوبي`, `Noureddine Yacoubi` and
 * `Yacoubi Noureddine` share one.
 *
 * @param text - the name as typed.
 * @returns one or two keys; none when the name has no letter.
 */
export const personKeys: (text: string) => readonly string[] = memo((text) => {
  const words = normalizeArabic(text)
    .split(" ")
    .filter((w) => w !== "" && w !== "el" && w !== "al" && w !== "ben" && w !== "بن")
    .map(personWord)
    .filter((s) => s !== "");
  if (words.length === 0) return [];
  const inOrder = words.join("");
  const lastFirst = [words[words.length - 1], ...words.slice(0, -1)].join("");
  return inOrder === lastFirst ? [inOrder] : [inOrder, lastFirst];
});

const addressKey = memo((text: string): readonly [key: string, generic: boolean] => {
  const normalized = normalizeArabic(text);
  const key = normalized
    .split(" ")
    .filter((w) => !ADDRESS_STOP_WORDS.has(w))
    .map((w) => skeletonOf(w))
    .filter((s) => s !== "")
    .join(" ");
  return [key, isGenericAddress(normalized)];
});

function isGenericAddress(normalized: string): boolean {
  if (GENERIC_ADDRESS_WORDS.has(normalized)) return true;
  return GENERIC_ADDRESS_PARTS.some((p) => normalized.includes(p));
}

/**
 * Compute the comparison profile of an organization.
 *
 * @param org - a validated organization.
 * @returns its profile.
 */
export function profileOf(org: Organization): Profile {
  const names: ProfileName[] = [];
  const purposes = new Set<string>();
  for (const t of [org.name.ar, org.name.fr, org.name.en]) {
    if (t === undefined) continue;
    const r = readName(t);
    if (r.name !== undefined && !names.some((n) => n.key === r.name?.key && n.arabic === r.name.arabic))
      names.push(r.name);
    for (const p of r.purposes) purposes.add(p);
  }
  const phones: string[] = [];
  const emails: string[] = [];
  for (const c of org.contacts ?? []) {
    if (c.kind === "phone") phones.push(c.value);
    else if (c.kind === "email") emails.push(c.value.toLowerCase());
  }
  const rib = org.bankAccount?.rib ?? org.bankAccount?.iban?.slice(4);
  const identifiers = (org.identifiers ?? []).map((i) => `${i.scheme}:${i.id}`);
  const board: (readonly string[])[] = [];
  for (const body of org.governingBodies ?? []) {
    for (const m of body.mandates) {
      const n = m.personName;
      const keys = new Set<string>();
      for (const text of [n?.ar, n?.fr, n?.en]) if (text !== undefined) for (const k of personKeys(text)) keys.add(k);
      if (keys.size > 0 && !board.some((b) => b.some((k) => keys.has(k)))) board.push([...keys]);
    }
  }
  const seat = org.seat;
  const lines = [seat?.line?.ar, seat?.line?.fr].filter((t): t is string => t !== undefined).map(addressKey);
  const douars = [seat?.douar?.ar, seat?.douar?.fr].filter((t): t is string => t !== undefined).map(addressKey);
  const address = [...lines, ...douars]
    .map((x) => x[0])
    .filter((k) => k !== "")
    .join(" ");
  return {
    id: org.id,
    legalForm: org.legalForm,
    names,
    purposes: [...purposes].sort(),
    communeCode: seat?.communeCode,
    provinceCode: seat?.provinceCode ?? seat?.communeCode?.slice(0, 6),
    foundedOn: org.foundedOn,
    phones,
    emails,
    rib,
    identifiers,
    board,
    address,
    addressGrams: bigrams(address),
    addressGeneric: lines.some((x) => x[1]),
  };
}
