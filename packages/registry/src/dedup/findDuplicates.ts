import {
  guardInput,
  type Issue,
  isLocale,
  type Locale,
  localeOfOptions,
  makeIssue,
  type Organization,
  type Result,
} from "@madani/model";
import * as z from "zod";
import { type DedupIssueCode, dedupMessages } from "./messages.js";
import { type Profile, profileOf } from "./profile.js";
import { reasonsOf, type ScoringTables, scorePair as scoreEvidence, scoreOnly } from "./score.js";

export { MatchFeature, type MatchFeatureValue, type MatchReason } from "./features.js";

import type { MatchReason } from "./features.js";

/** Two organizations found to be the same, with the evidence. */
export interface DuplicatePair {
  /** The smaller id (code-point order). */
  readonly a: string;
  /** The larger id. */
  readonly b: string;
  /** Sum of the reasons' weights (at least the threshold). */
  readonly score: number;
  /** The evidence, strongest first. */
  readonly reasons: readonly MatchReason[];
}

/** A group of organizations that are the same one: connected by matched pairs. */
export interface DuplicateCluster {
  /** Ids in code-point order. */
  readonly ids: readonly string[];
  /** The matched pairs inside the cluster, which explain why it holds together. */
  readonly pairs: readonly DuplicatePair[];
}

/** Counts of the work done. */
export interface DuplicateStats {
  readonly organizations: number;
  readonly blocks: number;
  /** Blocks larger than `maxBlockSize`, compared by sorted neighbourhood instead of pairwise. */
  readonly largeBlocks: number;
  readonly comparisons: number;
  readonly pairs: number;
  readonly clusters: number;
}

/** What {@link findDuplicates} found. */
export interface DuplicateReport {
  /** Clusters of two or more organizations, ordered by their first id. */
  readonly clusters: readonly DuplicateCluster[];
  readonly stats: DuplicateStats;
}

/** Schema of the options of {@link findDuplicates}. */
export const FindDuplicatesOptionsSchema = z.strictObject({
  /** Score from which a pair is a duplicate. Default `1.25`. */
  threshold: z.number().finite().optional(),
  /** Largest block compared pairwise; a larger one is compared by sorted neighbourhood (counted in `largeBlocks`). Default `400`. */
  maxBlockSize: z.number().int().min(2).optional(),
  /** Language of the issue messages. Default `"en"`. */
  locale: z.string().refine(isLocale).optional(),
  /** Called as the work goes on; see {@link DedupProgress}. */
  onProgress: z.custom<(progress: DedupProgress) => void>((v) => typeof v === "function").optional(),
});

/**
 * How far {@link findDuplicates} has gone: `profiles` while it reads the organizations (`done` of `total`
 * organizations), then `scoring` while it compares them block by block (`done` of `total` blocks). Sent about
 * every thousand items and once at the end of each stage.
 */
export interface DedupProgress {
  readonly stage: "profiles" | "scoring";
  readonly done: number;
  readonly total: number;
}

/**
 * Options of {@link findDuplicates}: `threshold` (default `1.25`), `maxBlockSize`
 * (default `400`), `locale` (default `"en"`).
 */
export interface FindDuplicatesOptions {
  /** Score from which a pair is a duplicate. Default `1.25`. */
  readonly threshold?: number;
  /** Largest block compared pairwise; in a larger one each organization meets its 40 neighbours in transliteration order. Default `400`. */
  readonly maxBlockSize?: number;
  /** Language of the issue messages. Default `"en"`. */
  readonly locale?: Locale;
  /**
   * Called as the work goes on (a progress bar): see {@link DedupProgress}. Synchronous, on the calling thread;
   * one that throws stops the search with `dedup.progress_failed`.
   */
  readonly onProgress?: (progress: DedupProgress) => void;
}

const DEFAULT_THRESHOLD = 1.25;
const DEFAULT_MAX_BLOCK = 400;
/** Neighbours each organization meets in a block larger than `maxBlockSize`. */
const WINDOW = 40;
/**
 * A name word (or a whole name) is a blocking key only where at most this many organizations bear it: in the
 * commune, the province (whole name) or, for a word, the province. A name borne by more is common: a pair
 * bearing it is kept only with a corroborating field (phone, e-mail, board member, date), and those have
 * their own keys. This keeps blocks small as the registry grows: the work stays near-linear.
 */
const NAME_BLOCK = 12;
/** The same, for a name word across the province (a key for organizations without a commune, or with a typo elsewhere). */
const PROVINCE_WORD_BLOCK = 8;
/** The same, for a board member across the province. */
const PERSON_BLOCK = 12;

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A founding date with day and month in order, so that a date and its swapped reading share a key. */
function dateKey(date: string): string {
  const [m, d] = [date.slice(5, 7), date.slice(8, 10)].sort();
  return `${date.slice(0, 4)}-${m}-${d}`;
}

/** Counts by scope (a commune or province code, `""` for none), then by value. */
type Counts2 = Map<string, Map<string, number>>;

const count2 = (m: ReadonlyMap<string, ReadonlyMap<string, number>>, scope: string, value: string): number =>
  m.get(scope)?.get(value) ?? 0;

function bump(m: Map<string, number>, key: string): void {
  m.set(key, (m.get(key) ?? 0) + 1);
}

function bump2(m: Counts2, scope: string, value: string): void {
  let inner = m.get(scope);
  if (inner === undefined) {
    inner = new Map();
    m.set(scope, inner);
  }
  inner.set(value, (inner.get(value) ?? 0) + 1);
}

/**
 * Profiles by blocking key, the key given in parts (kind, scope, value) so that no key string is built: a
 * registry gives millions of keys.
 */
class BlockIndex {
  /** By kind, then scope, then value: the one profile of a key met once (most keys), or the list of them. */
  private readonly byKind = new Map<string, Map<string, Map<string, number | number[]>>>();
  add(kind: string, scope: string, value: string, i: number): void {
    let scopes = this.byKind.get(kind);
    if (scopes === undefined) {
      scopes = new Map();
      this.byKind.set(kind, scopes);
    }
    let values = scopes.get(scope);
    if (values === undefined) {
      values = new Map();
      scopes.set(scope, values);
    }
    const found = values.get(value);
    // A profile adds each key once, and profiles are added in order: a list's last entry tells a repeat.
    if (found === undefined) values.set(value, i);
    else if (typeof found === "number") {
      if (found !== i) values.set(value, [found, i]);
    } else if (found[found.length - 1] !== i) found.push(i);
  }
  /** The blocks of two or more profiles, each ascending, in the order their keys were first met. */
  blocks(): number[][] {
    const out: number[][] = [];
    for (const scopes of this.byKind.values())
      for (const values of scopes.values())
        for (const list of values.values()) if (typeof list !== "number") out.push(list);
    return out;
  }
}

/**
 * Add the blocking keys of a profile: pairs are compared only when they share one.
 * A name word within the commune, the whole name within the province, a rare
 * name word within the province, a board member within the province, the
 * founding date within the province, a phone, an e-mail, a RIB, an identifier.
 *
 * @param p - the profile.
 * @param i - its index.
 * @param t - the registry's counts (a name key or person borne by many gives no key).
 * @param index - where the keys go.
 */
function addBlockingKeys(p: Profile, i: number, t: ReturnType<typeof buildTables>, index: BlockIndex): void {
  const province = p.provinceCode ?? "";
  const commune = p.communeCode;
  for (const n of p.names) {
    for (const w of n.tokens) {
      if (commune !== undefined && count2(t.wordsInCommune, commune, w) <= NAME_BLOCK) index.add("c", commune, w, i);
      if (count2(t.wordsInProvince, province, w) <= PROVINCE_WORD_BLOCK) index.add("w", province, w, i);
    }
    if (count2(t.nameInProvince, province, n.key) <= NAME_BLOCK) index.add("p", province, n.key, i);
    // Rare across the whole registry: a key even for an organization whose place is missing.
    for (const w of n.tokens) if ((t.tokenCount.get(w) ?? 0) <= PROVINCE_WORD_BLOCK) index.add("W", "", w, i);
  }
  for (const person of p.board) {
    const m = person[0] as string;
    if (count2(t.personInProvince, province, m) <= PERSON_BLOCK) index.add("m", province, m, i);
    if ((t.personTotal.get(m) ?? 0) <= PERSON_BLOCK) index.add("M", "", m, i);
  }
  if (p.foundedOn !== undefined) {
    index.add("d", province, dateKey(p.foundedOn), i);
    // A typo in the year: the same day and month in the same commune.
    if (commune !== undefined) index.add("y", commune, p.foundedOn.slice(5), i);
  }
  for (const ph of p.phones) index.add("t", "", ph, i);
  for (const e of p.emails) index.add("e", "", e, i);
  if (p.rib !== undefined) index.add("r", "", p.rib, i);
  for (const id of p.identifiers) index.add("i", "", id, i);
}

/**
 * Count the distinct names that come with a value (a phone, a person): the records of one organization
 * repeated in the registry share their name, so they count once, while a phone given by a house of
 * associations comes with many names.
 */
class DistinctNames {
  private readonly first = new Map<string, string>();
  private readonly more = new Map<string, Set<string>>();
  add(value: string, name: string): void {
    const f = this.first.get(value);
    if (f === undefined) this.first.set(value, name);
    else if (f !== name) {
      const set = this.more.get(value);
      if (set === undefined) this.more.set(value, new Set([f, name]));
      else set.add(name);
    }
  }
  counts(): Map<string, number> {
    const out = new Map<string, number>();
    for (const v of this.first.keys()) out.set(v, this.more.get(v)?.size ?? 1);
    return out;
  }
}

/**
 * Count, over every profile, what {@link scorePair} weighs agreement by and what blocking skips.
 *
 * @param profiles - every profile of the registry.
 * @returns the read-only counts.
 */
export function buildTables(profiles: readonly Profile[]): ScoringTables & {
  wordsInProvince: Counts2;
  wordsInCommune: Counts2;
  personInProvince: Counts2;
  personTotal: Map<string, number>;
} {
  const nameInCommune: Counts2 = new Map();
  const nameInProvince: Counts2 = new Map();
  const tokenCount = new Map<string, number>();
  const wordsInProvince: Counts2 = new Map();
  const wordsInCommune: Counts2 = new Map();
  const personInProvince: Counts2 = new Map();
  const personTotal = new Map<string, number>();
  const placeSize = new Map<string, number>();
  const contactNames = new DistinctNames();
  const personNames = new DistinctNames();
  const addressNames = new Map<string, DistinctNames>();
  const keys = new Set<string>();
  const tokens = new Set<string>();
  const contacts = new Set<string>();
  for (const p of profiles) {
    const province = p.provinceCode ?? "";
    const commune = p.communeCode;
    if (commune !== undefined) bump(placeSize, commune);
    bump(placeSize, province);
    keys.clear();
    tokens.clear();
    let nameKey: string | undefined;
    for (const n of p.names) {
      keys.add(n.key);
      if (nameKey === undefined || n.key < nameKey) nameKey = n.key;
      for (const w of n.tokens) tokens.add(w);
    }
    nameKey ??= "";
    for (const k of keys) {
      if (commune !== undefined) bump2(nameInCommune, commune, k);
      bump2(nameInProvince, province, k);
    }
    for (const w of tokens) {
      bump(tokenCount, w);
      bump2(wordsInProvince, province, w);
      if (commune !== undefined) bump2(wordsInCommune, commune, w);
    }
    contacts.clear();
    for (const c of p.phones) contacts.add(c);
    for (const c of p.emails) contacts.add(c);
    for (const c of contacts) contactNames.add(c, nameKey);
    for (const person of p.board) {
      for (const m of person) personNames.add(m, nameKey);
      const m = person[0] as string;
      bump2(personInProvince, province, m);
      bump(personTotal, m);
    }
    if (p.address !== "" && commune !== undefined) {
      let inCommune = addressNames.get(commune);
      if (inCommune === undefined) {
        inCommune = new DistinctNames();
        addressNames.set(commune, inCommune);
      }
      inCommune.add(p.address, nameKey);
    }
  }
  const addressCount = new Map<string, Map<string, number>>();
  for (const [commune, names] of addressNames) addressCount.set(commune, names.counts());
  return {
    nameInCommune,
    nameInProvince,
    tokenCount,
    wordsInProvince,
    wordsInCommune,
    personInProvince,
    personTotal,
    placeSize,
    contactCount: contactNames.counts(),
    personCount: personNames.counts(),
    addressCount,
    total: profiles.length,
  };
}

const NO_COUNTS: ScoringTables = {
  nameInCommune: new Map(),
  nameInProvince: new Map(),
  tokenCount: new Map(),
  placeSize: new Map(),
  contactCount: new Map(),
  personCount: new Map(),
  addressCount: new Map(),
  total: 2,
};

/**
 * Score one pair of profiles on its own, as {@link findDuplicates} does inside a block.
 *
 * @param a - first profile.
 * @param b - second profile.
 * @param tables - the registry's counts; by default none (the two are the whole registry).
 * @returns the score, the reasons strongest first, and whether the pair is a duplicate at the default threshold.
 */
export function scorePair(
  a: Profile,
  b: Profile,
  tables: ScoringTables = NO_COUNTS,
): { score: number; reasons: MatchReason[]; duplicate: boolean } {
  const r = scoreEvidence(a, b, tables);
  return {
    score: r.score,
    reasons: reasonsOf(r.evidence),
    duplicate: r.score >= DEFAULT_THRESHOLD && (r.corroborated || !r.needsCorroboration),
  };
}

/** Read-only inputs of {@link scoreBlock}, shared by every block. */
export interface BlockContext {
  readonly profiles: readonly Profile[];
  readonly tables: ScoringTables;
  /**
   * The numbers of the blocks compared pairwise that each organization belongs to, ascending: those of
   * organization `i` are `smallBlocks[smallStart[i]]` to `smallBlocks[smallStart[i + 1] - 1]`.
   */
  readonly smallStart: Int32Array;
  readonly smallBlocks: Int32Array;
  readonly threshold: number;
  readonly maxBlockSize: number;
}

/** A pair found in a block, by profile index. */
export interface ScoredPair {
  readonly i: number;
  readonly j: number;
  readonly pair: DuplicatePair;
}

function firstShared(ctx: BlockContext, i: number, j: number): number {
  const { smallStart: start, smallBlocks: blocks } = ctx;
  const pEnd = start[i + 1] as number;
  const qEnd = start[j + 1] as number;
  for (let p = start[i] as number, q = start[j] as number; p < pEnd && q < qEnd; ) {
    const u = blocks[p] as number;
    const v = blocks[q] as number;
    if (u === v) return u;
    if (u < v) p++;
    else q++;
  }
  return -1;
}

/** The order of a large block: the organization's first name key, then its id. */
function sortKeyOf(p: Profile): string {
  return `${p.names[0]?.key ?? ""}\u0000${p.id}`;
}

/**
 * Score the pairs of one block. Pure: the result depends only on the block's
 * members, its number and the shared read-only context, so blocks can be
 * scored in any order or on other threads and the union of the results is the same.
 *
 * @remarks In a block of at most `maxBlockSize` members, every pair is scored
 * whose first shared such block this is (so each pair is scored once); in a
 * larger one, each member meets its next {@link WINDOW} neighbours in name
 * order, and only pairs that share no smaller block are scored (a pair may then
 * be scored in two large blocks; callers keep the first).
 * @param block - the profile indexes of the block, ascending.
 * @param b - the block's number.
 * @param ctx - the shared context.
 * @returns the pairs scoring at least the threshold with a corroborating field when the name is common, and the comparisons made.
 */
export function scoreBlock(
  block: readonly number[],
  b: number,
  ctx: BlockContext,
): { pairs: ScoredPair[]; comparisons: number } {
  const large = block.length > ctx.maxBlockSize;
  const members = large
    ? [...block].sort((x, y) =>
        compareStrings(sortKeyOf(ctx.profiles[x] as Profile), sortKeyOf(ctx.profiles[y] as Profile)),
      )
    : block;
  const reach = large ? WINDOW : members.length;
  const pairs: ScoredPair[] = [];
  let comparisons = 0;
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length && y <= x + reach; y++) {
      const a0 = members[x] as number;
      const b0 = members[y] as number;
      const i = Math.min(a0, b0);
      const j = Math.max(a0, b0);
      const shared = firstShared(ctx, i, j);
      if (large ? shared >= 0 : shared !== b) continue;
      comparisons++;
      const a = ctx.profiles[i] as Profile;
      const c = ctx.profiles[j] as Profile;
      const r = scoreOnly(a, c, ctx.tables);
      if (r.score >= ctx.threshold && (r.corroborated || !r.needsCorroboration)) {
        const [first, second] = a.id < c.id ? [a.id, c.id] : [c.id, a.id];
        const reasons = reasonsOf(scoreEvidence(a, c, ctx.tables).evidence);
        pairs.push({ i, j, pair: { a: first, b: second, score: r.score, reasons } });
      }
    }
  }
  return { pairs, comparisons };
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    let x = i;
    while (this.parent[x] !== r) {
      const next = this.parent[x] as number;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Find organizations recorded more than once, in Arabic, French or both.
 *
 * @remarks Names are read word by word: legal forms and their abbreviations
 * (`جمعية`, `ج.`, `Assoc.`, `Coop.`, `jam3iya`) and connectors are dropped,
 * purposes (`للتنمية`, `de sport`) are set apart and compared on their own,
 * French translations are mapped to the Arabic word (`Solidarité` ↔
 * `التضامن`), and each remaining word becomes a phonetic key shared by its
 * Arabic, French and chat spellings (`الشروق`, `Chourouk`, `Shurooq`; see
 * `phoneticSkeleton` in the package's normalization).
 *
 * Blocking: organizations are compared only when they share a key: a name
 * word within the commune, the whole name or a rare name word within the
 * province, a rare name word or board member across the registry, a board
 * member or the founding date (day and month in either order) within the
 * province, the day and month within the commune, a phone, an e-mail, a RIB
 * or an identifier. A name key borne by many organizations is not used (the
 * other keys still are): blocks stay small, so the work grows about linearly
 * with the registry.
 *
 * Scoring: each pair gets the sum of the weights of its evidence (see
 * {@link MatchFeature}): name similarity (bounded below, less so across
 * scripts), how common the name is where both are seated (counted from the
 * data, the pair itself excluded), purposes that differ, legal form, commune,
 * founding date (same, day and month swapped, a typo in the year, a few weeks
 * apart), board members, phone, e-mail (weighed by how many distinct names
 * come with the same value), RIB, identifiers and address (not one that many
 * share, such as "Centre de la commune" or `دار الجمعيات`). A pair is a
 * duplicate when it scores at least `threshold` and, if its name is common
 * there or a field disagrees, a corroborating field agrees (phone, e-mail,
 * board member, founding date, RIB, identifier or address).
 * Clusters are the connected groups of duplicate pairs, each with the pairs
 * that explain it. Deterministic: same input, same clusters in the same order,
 * whatever the order of the input.
 * Never throws: input that throws when read gives `input.unreadable`.
 * @param organizations - validated organizations (e.g. the accepted rows of {@link ingest}).
 * @param options - see {@link FindDuplicatesOptions}.
 * @returns the clusters and counts, or `dedup.invalid_option`, `dedup.invalid_input`
 * or `dedup.duplicate_id` (two organizations with one id).
 * @example
 * ```ts
 * const r = findDuplicates(organizations);
 * if (r.ok) for (const c of r.value.clusters) console.log(c.ids, c.pairs[0]?.reasons);
 * ```
 */
export function findDuplicates(
  organizations: Iterable<Organization>,
  options: FindDuplicatesOptions = {},
): Result<DuplicateReport, DedupIssueCode | "input.unreadable"> {
  return guardInput(() => {
    const locale = localeOfOptions(options);
    const fail = (code: DedupIssueCode, params: Record<string, string>): Result<DuplicateReport, DedupIssueCode> => ({
      ok: false,
      issues: [makeIssue(dedupMessages, code, locale, [], { params }) as Issue<DedupIssueCode>],
    });
    const checked = FindDuplicatesOptionsSchema.safeParse(options ?? {});
    if (!checked.success)
      return fail("dedup.invalid_option", { option: String(checked.error.issues[0]?.path[0] ?? "options") });
    if (organizations === null || typeof organizations !== "object" || !(Symbol.iterator in organizations)) {
      return fail("dedup.invalid_input", {});
    }
    const threshold = checked.data.threshold ?? DEFAULT_THRESHOLD;
    const maxBlockSize = checked.data.maxBlockSize ?? DEFAULT_MAX_BLOCK;
    const onProgress = checked.data.onProgress;
    let progressError: string | undefined;
    /** Tell the caller; `false` when its callback threw (the search then stops). */
    const report = (stage: DedupProgress["stage"], done: number, total: number): boolean => {
      if (onProgress === undefined) return true;
      try {
        onProgress({ stage, done, total });
        return true;
      } catch (error) {
        progressError = error instanceof Error ? error.message : String(error);
        return false;
      }
    };
    const stopped = () => fail("dedup.progress_failed", { reason: String(progressError) });
    const total = onProgress === undefined ? 0 : Array.isArray(organizations) ? organizations.length : 0;
    const profiles: Profile[] = [];
    const seen = new Set<string>();
    for (const org of organizations) {
      if (typeof org !== "object" || org === null || typeof org.id !== "string" || typeof org.name !== "object") {
        return fail("dedup.invalid_input", {});
      }
      if (seen.has(org.id)) return fail("dedup.duplicate_id", { id: org.id });
      seen.add(org.id);
      profiles.push(profileOf(org));
      if ((profiles.length & 1023) === 0 && !report("profiles", profiles.length, Math.max(total, profiles.length)))
        return stopped();
    }
    if (!report("profiles", profiles.length, profiles.length)) return stopped();
    const n = profiles.length;
    const tables = buildTables(profiles);
    const index = new BlockIndex();
    for (let i = 0; i < n; i++) addBlockingKeys(profiles[i] as Profile, i, tables, index);
    const blockList = index.blocks();
    // Each organization's small blocks, in two passes over the blocks: count, then place (block numbers ascend).
    const smallStart = new Int32Array(n + 1);
    for (const block of blockList)
      if (block.length <= maxBlockSize) for (const i of block) smallStart[i + 1] = (smallStart[i + 1] as number) + 1;
    for (let i = 0; i < n; i++) smallStart[i + 1] = (smallStart[i + 1] as number) + (smallStart[i] as number);
    const smallBlocks = new Int32Array(smallStart[n] as number);
    const filled = smallStart.slice(0, n);
    for (let b = 0; b < blockList.length; b++) {
      const block = blockList[b] as number[];
      if (block.length > maxBlockSize) continue;
      for (const i of block) {
        smallBlocks[filled[i] as number] = b;
        filled[i] = (filled[i] as number) + 1;
      }
    }
    const ctx: BlockContext = { profiles, tables, smallStart, smallBlocks, threshold, maxBlockSize };
    const pairs: ScoredPair[] = [];
    const foundInLarge = new Set<number>();
    let comparisons = 0;
    let blockCount = 0;
    let largeBlocks = 0;
    for (let b = 0; b < blockList.length; b++) {
      const block = blockList[b] as number[];
      if ((b & 1023) === 0 && b > 0 && !report("scoring", b, blockList.length)) return stopped();
      const large = block.length > maxBlockSize;
      if (large) largeBlocks++;
      else blockCount++;
      const r = scoreBlock(block, b, ctx);
      comparisons += r.comparisons;
      for (const p of r.pairs) {
        if (large) {
          const key = p.i * n + p.j;
          if (foundInLarge.has(key)) continue;
          foundInLarge.add(key);
        }
        pairs.push(p);
      }
    }
    if (!report("scoring", blockList.length, blockList.length)) return stopped();
    const uf = new UnionFind(n);
    for (const { i, j } of pairs) uf.union(i, j);
    const groups = new Map<number, { ids: string[]; pairs: DuplicatePair[] }>();
    for (const { i, pair } of pairs) {
      const root = uf.find(i);
      let g = groups.get(root);
      if (g === undefined) {
        g = { ids: [], pairs: [] };
        groups.set(root, g);
      }
      g.pairs.push(pair);
    }
    for (let i = 0; i < n; i++) groups.get(uf.find(i))?.ids.push((profiles[i] as Profile).id);
    const byId = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
    const clusters: DuplicateCluster[] = [...groups.values()].map((g) => ({
      ids: g.ids.sort(byId),
      pairs: g.pairs.sort((p, q) => byId(p.a, q.a) || byId(p.b, q.b)),
    }));
    clusters.sort((p, q) => byId(p.ids[0] ?? "", q.ids[0] ?? ""));
    return {
      ok: true,
      value: {
        clusters,
        stats: {
          organizations: n,
          blocks: blockCount,
          largeBlocks,
          comparisons,
          pairs: pairs.length,
          clusters: clusters.length,
        },
      },
    };
  });
}
