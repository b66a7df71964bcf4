import type { MatchFeatureValue, MatchReason } from "./features.js";
import type { Profile, ProfileName } from "./profile.js";
import { sortedDice } from "./similarity.js";

/**
 * Counts over the whole registry that scoring reads, computed once before any
 * block is scored and never changed afterwards (so that blocks can be scored
 * in any order, or in parallel, with the same result).
 */
export interface ScoringTables {
  /** Organizations whose name has a key (see `ProfileName.key`), by commune code, then key. */
  readonly nameInCommune: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Organizations whose name has a key, by province code (`""` for none), then key. */
  readonly nameInProvince: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Organizations whose names hold a word key, across the registry. */
  readonly tokenCount: ReadonlyMap<string, number>;
  /** Organizations per commune and per province (by code). */
  readonly placeSize: ReadonlyMap<string, number>;
  /** Distinct names given with a phone or an e-mail, by value (repeated records of one organization count once). */
  readonly contactCount: ReadonlyMap<string, number>;
  /** Distinct names of the organizations whose board holds a person, by person key. */
  readonly personCount: ReadonlyMap<string, number>;
  /** Distinct names given with an address key in a commune, by commune code, then address key. */
  readonly addressCount: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Number of organizations. */
  readonly total: number;
}

/** One piece of evidence, its wording computed only for the pairs kept. */
export interface Evidence {
  readonly feature: MatchFeatureValue;
  readonly weight: number;
  readonly detail: () => string;
}

/**
 * The reasons of a pair: its evidence worded, strongest first.
 *
 * @param evidence - the evidence of {@link scorePair}.
 * @returns the reasons.
 */
export function reasonsOf(evidence: readonly Evidence[]): MatchReason[] {
  return evidence
    .map((e) => ({ feature: e.feature, weight: e.weight, detail: e.detail() }))
    .sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
}

/** The result of {@link scorePair}. */
export interface PairScore {
  /** Sum of the weights. */
  readonly score: number;
  /** The evidence; see {@link reasonsOf}. */
  readonly evidence: readonly Evidence[];
  /** Whether a field other than the name and the place agrees (phone, e-mail, RIB, identifier, board, date, address). */
  readonly corroborated: boolean;
  /** Whether the pair needs a corroborating field: the name is common where the two are seated, or a field disagrees. */
  readonly needsCorroboration: boolean;
}

/** Longest word compared letter by letter; longer words (no name has them) only compare equal or not. */
const MAX_EDITED = 40;

/** Rows of the edit-distance table, reused by every call (words are at most {@link MAX_EDITED} letters). */
const previousRow = new Int32Array(MAX_EDITED + 1);
const currentRow = new Int32Array(MAX_EDITED + 1);

/** Whether the Levenshtein distance of two short strings is at most `max`. */
function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max || a.length > MAX_EDITED || b.length > MAX_EDITED) return false;
  let prev = previousRow;
  let cur = currentRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1),
      );
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return false;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return (prev[b.length] as number) <= max;
}

/**
 * Similarity of two words: by their phonetic keys (1 when equal, 0.8 one edit apart when the longer has at
 * least 3 letters and the shorter 2); in one script, the words as written must also be close (at most 2 edits, or 1 for words of
 * up to 4 letters), since vowels written in the same script tell words apart (`شروق` and `اشراقه`).
 */
function tokenSimilarity(a: string, b: string, wa: string | undefined, wb: string | undefined): number {
  let s = 0;
  if (a === b) s = 1;
  else if (Math.max(a.length, b.length) >= 3 && Math.min(a.length, b.length) >= 2 && editDistanceAtMost(a, b, 1))
    s = 0.8;
  if (s === 0 || wa === undefined || wb === undefined || wa === wb) return s;
  const close = editDistanceAtMost(wa, wb, Math.min(wa.length, wb.length) <= 4 ? 1 : 2);
  return close ? s * 0.95 : s * 0.5;
}

function sameWords(x: readonly string[], y: readonly string[]): boolean {
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false;
  return true;
}

/**
 * Similarity of two names in [0, 1]: words matched one to one (equal keys, or
 * one edit apart), as a share of all words; a name whose every word is found in
 * the other (a douar or a word dropped) scores at least 0.85; bigrams of the
 * sorted keys catch words split or glued differently.
 *
 * @param x - first name.
 * @param y - second name.
 * @returns the similarity.
 */
export function nameSimilarity(x: ProfileName, y: ProfileName): number {
  const sameScript = x.arabic === y.arabic;
  if (x.key === y.key && (!sameScript || sameWords(x.words, y.words))) return 1;
  const used = new Uint8Array(y.tokens.length);
  let credit = 0;
  for (let xi = 0; xi < x.tokens.length; xi++) {
    const t = x.tokens[xi] as string;
    let best = 0;
    let at = -1;
    for (let k = 0; k < y.tokens.length; k++) {
      if (used[k] === 1) continue;
      const s = sameScript
        ? tokenSimilarity(t, y.tokens[k] as string, x.words[xi], y.words[k])
        : tokenSimilarity(t, y.tokens[k] as string, undefined, undefined);
      if (s > best) {
        best = s;
        at = k;
        if (s === 1) break;
      }
    }
    if (at >= 0) {
      used[at] = 1;
      credit += best;
    }
  }
  const dice = (2 * credit) / (x.tokens.length + y.tokens.length);
  const shorter = Math.min(x.tokens.length, y.tokens.length);
  const contained = credit / shorter >= 0.999 ? 0.85 : 0;
  // Bigrams of the keys catch words split or glued differently; in one script they are only a fallback.
  const grams = sortedDice(x.grams, y.grams) * (sameScript ? 0.8 : 0.9);
  return Math.max(dice, contained, grams);
}

function bestNames(a: Profile, b: Profile): { score: number; x: ProfileName | undefined; y: ProfileName | undefined } {
  let best = -1;
  let bx: ProfileName | undefined;
  let by: ProfileName | undefined;
  for (const x of a.names) {
    for (const y of b.names) {
      const s = nameSimilarity(x, y);
      if (s > best) {
        best = s;
        bx = x;
        by = y;
      }
    }
  }
  return { score: Math.max(best, 0), x: bx, y: by };
}

const DAY = 86_400_000;
/** Fewest organizations from which the share of a word in the registry estimates how common a name is. */
const MIN_FOR_WORD_SHARES = 1_000;

/** Two years that differ by one, or in one digit: a typo. */
function yearTypo(a: string, b: string): boolean {
  if (Math.abs(Number(a) - Number(b)) === 1) return true;
  let diff = 0;
  for (let k = 0; k < 4; k++) if (a[k] !== b[k]) diff++;
  return diff === 1;
}

/** How two founding dates compare, from agreeing most to disagreeing. */
type DateAgreement = "same" | "swapped" | "yearTypo" | "weeks" | "different";

const DATE_WEIGHT: Readonly<Record<DateAgreement, number>> = {
  same: 1.2,
  swapped: 0.8,
  yearTypo: 0.6,
  weeks: 0.4,
  different: -1,
};

/**
 * How two founding dates compare: the same date, day and month swapped, a typo in the year or a few weeks
 * apart (a date read from another document) agree; other dates disagree. Only the first three corroborate.
 */
function dateAgreement(a: string, b: string): DateAgreement {
  if (a === b) return "same";
  if (a.slice(0, 4) === b.slice(0, 4) && a.slice(5, 7) === b.slice(8, 10) && a.slice(8, 10) === b.slice(5, 7))
    return "swapped";
  if (a.slice(4) === b.slice(4) && yearTypo(a.slice(0, 4), b.slice(0, 4))) return "yearTypo";
  return daysApart(a, b) <= 62 ? "weeks" : "different";
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / DAY;
}

function dateDetail(kind: DateAgreement, a: string, b: string): string {
  switch (kind) {
    case "same":
      return `same founding date ${a}`;
    case "swapped":
      return `founding dates ${a} and ${b} (day and month swapped)`;
    case "yearTypo":
      return `founding dates ${a} and ${b} (a typo in the year)`;
    case "weeks":
      return `founding dates ${a} and ${b} (${Math.round(daysApart(a, b))} days apart)`;
    default:
      return `founding dates ${a} and ${b}`;
  }
}

/**
 * Weight of a board member in common, by how many distinct names come with the person across the registry:
 * 0.8 when only the pair's, falling with the logarithm of the share of the registry (a name such as
 * `محمد العلوي` is borne by many), never below 0.2.
 */
function personWeight(count: number, total: number): number {
  if (count <= 2 || total <= 2) return 0.8;
  const share = Math.log(total / count) / Math.log(total / 2);
  return 0.8 * Math.min(1, Math.max(0.25, share));
}

/** Weight of an agreement on a value given with `count` distinct names: full when at most two. */
function sharedWeight(full: number, count: number): number {
  return count <= 2 ? full : full / (count - 1);
}

/**
 * Score a pair of profiles: the sum of the weights of the evidence, hand-set
 * log-odds in the spirit of Fellegi–Sunter. Agreement on a rare value weighs
 * more than on a common one (name, phone, board member); a difference where
 * both values are known counts against.
 *
 * @remarks Pure: depends only on the two profiles and the read-only tables.
 * @param a - first profile.
 * @param b - second profile.
 * @param t - the registry's counts.
 * @returns the score, the reasons, and whether a corroborating field agrees.
 */
export function scorePair(a: Profile, b: Profile, t: ScoringTables): PairScore {
  const tally = new Tally(true);
  const r = weigh(a, b, t, tally);
  return { ...r, evidence: tally.parts };
}

/** The score of a pair and whether it holds, without the evidence: what a block needs for most pairs. */
export interface PairVerdict {
  readonly score: number;
  readonly corroborated: boolean;
  readonly needsCorroboration: boolean;
}

/**
 * Score a pair as {@link scorePair} does, without wording the evidence (no
 * allocation per piece of evidence): the same score and verdict.
 *
 * @param a - first profile.
 * @param b - second profile.
 * @param t - the registry's counts.
 * @returns the score and whether a corroborating field agrees and is needed.
 */
export function scoreOnly(a: Profile, b: Profile, t: ScoringTables): PairVerdict {
  quiet.reset();
  return weigh(a, b, t, quiet);
}

/** Sums the evidence of a pair in order, and keeps it worded when asked. */
class Tally {
  sum = 0;
  conflict = false;
  readonly parts: Evidence[] = [];
  constructor(readonly explain: boolean) {}
  reset(): void {
    this.sum = 0;
    this.conflict = false;
  }
  /**
   * Count a weight; `detail` words it (called only when explaining) from up to four values, passed one by one
   * so that counting allocates nothing.
   */
  add<A, B, C, E>(
    feature: MatchFeatureValue,
    weight: number,
    detail: (a: A, b: B, c: C, d: E) => string,
    a?: A,
    b?: B,
    c?: C,
    d?: E,
  ): void {
    if (weight === 0) return;
    const w = Math.round(weight * 100) / 100;
    this.sum += w;
    if (w < 0 && feature !== "name" && feature !== "nameFrequency") this.conflict = true;
    if (this.explain) this.parts.push({ feature, weight: w, detail: () => detail(a as A, b as B, c as C, d as E) });
  }
}

/** One tally reused by {@link scoreOnly}: scoring never runs two pairs at once on one thread. */
const quiet = new Tally(false);

const D = {
  name: (x: string, y: string, cross: boolean, s: number) =>
    `names “${x}” and “${y}”${cross ? " (across scripts)" : ""}: similarity ${s.toFixed(2)}`,
  rareName: (scope: string) => `no other organization bears the name in the ${scope}`,
  commonName: (expected: number, scope: string) =>
    `name borne by about ${Math.round(expected)} other organizations in the ${scope}`,
  purposes: (a: readonly string[], b: readonly string[]) => `purposes ${a.join("+")} and ${b.join("+")}`,
  legalForms: (a: string, b: string) => `legal forms ${a} and ${b}`,
  sameCommune: (c: string) => `same commune ${c}`,
  communes: (a: string, b: string) => `communes ${a} and ${b}`,
  provinces: (a: string, b: string) => `provinces ${a} and ${b}`,
  date: dateDetail,
  phone: (n: number, shared: string, house: boolean) =>
    n <= 2
      ? `same phone ${shared}${house && n > 1 ? " at a shared address" : ""}`
      : `same phone ${shared}, given with ${n} names`,
  differentPhones: () => "different phones",
  email: (email: string) => `same e-mail ${email}`,
  rib: (rib: string) => `same RIB ${rib}`,
  differentRibs: () => "different RIBs",
  identifier: (id: string) => `same identifier ${id}`,
  differentIdentifiers: () => "different identifiers in the same registry",
  board: (shared: number) => `${shared} board member(s) in common`,
  noBoard: () => "no board member in common",
  address: (sim: number) => `addresses alike (${sim.toFixed(2)})`,
};

function hasCommonPurpose(a: readonly string[], b: readonly string[]): { a: boolean; b: boolean; common: boolean } {
  let anyA = false;
  let anyB = false;
  let common = false;
  for (const p of a) {
    if (p === "development") continue;
    anyA = true;
    if (b.includes(p)) common = true;
  }
  for (const p of b) if (p !== "development") anyB = true;
  return { a: anyA, b: anyB, common };
}

function weigh(a: Profile, b: Profile, t: ScoringTables, tally: Tally): PairVerdict {
  let corroborated = false;
  const name = bestNames(a, b);
  const crossScript = name.x !== undefined && name.y !== undefined && name.x.arabic !== name.y.arabic;
  const s = name.score;
  // Below 0.75 the names count against, less so across scripts where transliteration is uncertain.
  const nameWeight = Math.max((s - 0.75) * 4.8, crossScript ? -1 : -2);
  tally.add("name", nameWeight, D.name, name.x?.key ?? "", name.y?.key ?? "", crossScript, s);
  const sameCommune = a.communeCode !== undefined && a.communeCode === b.communeCode;
  const scope = sameCommune ? "commune" : "province";
  let commonName = false;
  if (s >= 0.8 && name.x !== undefined && name.y !== undefined) {
    // How many other organizations bear the name where the two are seated (the pair itself not counted).
    const table = sameCommune ? t.nameInCommune : t.nameInProvince;
    const place = (sameCommune ? a.communeCode : (a.provinceCode ?? b.provinceCode)) ?? "";
    const inPlace = table.get(place);
    const count = (key: string): number => inPlace?.get(key) ?? 0;
    const others =
      name.x.key === name.y.key
        ? Math.max(0, count(name.x.key) - 2)
        : Math.max(0, Math.max(count(name.x.key), count(name.y.key)) - 1);
    // How many would bear it by chance, from how common each of its words is across the registry.
    // Only a registry of some size tells how common a word is; a handful of rows says nothing of it.
    const size = t.total >= MIN_FOR_WORD_SHARES ? (t.placeSize.get(place) ?? 0) : 0;
    let chance = size;
    for (const k of name.x.tokens) chance *= Math.min(1, (t.tokenCount.get(k) ?? 1) / Math.max(t.total, 1));
    const expected = Math.max(others, chance);
    commonName = expected >= 1;
    if (others === 0 && chance < 0.25) tally.add("nameFrequency", 0.3, D.rareName, scope);
    else if (expected > 2)
      tally.add("nameFrequency", -Math.min(0.8, 0.3 * Math.log2(expected / 2)), D.commonName, expected, scope);
  }
  // Development is named by so many that only the other purposes tell organizations apart.
  const purposes = hasCommonPurpose(a.purposes, b.purposes);
  if (purposes.a && purposes.b && !purposes.common) tally.add("purpose", -1.2, D.purposes, a.purposes, b.purposes);
  else if (purposes.a !== purposes.b && a.purposes.length > 0 && b.purposes.length > 0)
    tally.add("purpose", -0.6, D.purposes, a.purposes, b.purposes);
  if (a.legalForm !== b.legalForm) tally.add("legalForm", -2, D.legalForms, a.legalForm, b.legalForm);
  if (a.communeCode !== undefined && b.communeCode !== undefined) {
    if (a.communeCode === b.communeCode) tally.add("commune", 0.4, D.sameCommune, a.communeCode);
    else if (a.provinceCode === b.provinceCode) tally.add("commune", -1, D.communes, a.communeCode, b.communeCode);
    else tally.add("commune", -2, D.communes, a.communeCode, b.communeCode);
  } else if (a.provinceCode !== undefined && b.provinceCode !== undefined && a.provinceCode !== b.provinceCode) {
    tally.add("commune", -2, D.provinces, a.provinceCode, b.provinceCode);
  }
  if (a.foundedOn !== undefined && b.foundedOn !== undefined) {
    const kind = dateAgreement(a.foundedOn, b.foundedOn);
    tally.add("foundedOn", DATE_WEIGHT[kind], D.date, kind, a.foundedOn, b.foundedOn);
    if (kind === "same" || kind === "swapped" || kind === "yearTypo") corroborated = true;
  }
  if (a.phones.length > 0 && b.phones.length > 0) {
    const shared = a.phones.find((p) => b.phones.includes(p));
    if (shared !== undefined) {
      const n = t.contactCount.get(shared) ?? 2;
      // A phone given with an address many share (a maison des associations) may be the house's phone.
      const house = a.addressGeneric || b.addressGeneric;
      const w = sharedWeight(1.5, n) * (house && n > 1 ? 0.5 : 1);
      tally.add("phone", w, D.phone, n, shared, house);
      if (n <= 1 || (n <= 2 && !house)) corroborated = true;
    } else tally.add("phone", -0.3, D.differentPhones);
  }
  if (a.emails.length > 0 && b.emails.length > 0) {
    const email = a.emails.find((e) => b.emails.includes(e));
    if (email !== undefined) {
      const n = t.contactCount.get(email) ?? 2;
      tally.add("email", sharedWeight(1.5, n), D.email, email);
      if (n <= 2) corroborated = true;
    }
  }
  if (a.rib !== undefined && b.rib !== undefined) {
    if (a.rib === b.rib) {
      tally.add("rib", 2.5, D.rib, a.rib);
      corroborated = true;
    } else tally.add("rib", -1.5, D.differentRibs);
  }
  if (a.identifiers.length > 0 && b.identifiers.length > 0) {
    const shared = a.identifiers.find((i) => b.identifiers.includes(i));
    if (shared !== undefined) {
      tally.add("identifier", 2.5, D.identifier, shared);
      corroborated = true;
    } else {
      const schemes = new Set(a.identifiers.map((i) => i.split(":")[0]));
      if (b.identifiers.some((i) => schemes.has(i.split(":")[0]))) tally.add("identifier", -2, D.differentIdentifiers);
    }
  }
  if (a.board.length > 0 && b.board.length > 0) {
    let weight = 0;
    let shared = 0;
    for (const person of a.board) {
      const key = person.find((k) => b.board.some((other) => other.includes(k)));
      if (key === undefined) continue;
      shared++;
      weight += personWeight(t.personCount.get(key) ?? 1, t.total);
    }
    if (shared > 0) {
      tally.add("board", Math.min(1.6, weight), D.board, shared);
      corroborated = true;
    } else tally.add("board", -0.6, D.noBoard);
  }
  if (a.address !== "" && b.address !== "" && !a.addressGeneric && !b.addressGeneric) {
    const sa = sameCommune ? (t.addressCount.get(a.communeCode ?? "")?.get(a.address) ?? 1) : 1;
    const sim = sortedDice(a.addressGrams, b.addressGrams);
    if (sim >= 0.8 && sa <= 2) {
      tally.add("address", 0.5, D.address, sim);
      corroborated = true;
    }
  }
  // Evidence against, other than the name: then the name alone does not make the pair.
  const score = Math.round(tally.sum * 100) / 100;
  return { score, corroborated, needsCorroboration: commonName || tally.conflict };
}
