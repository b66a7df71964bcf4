/**
 * The deduplication of the previous release, kept only to be measured next to the current one in the
 * benchmark: blocking on transliteration keys, hand-set weights, a fixed list of generic words.
 */
import type { Organization } from "@madani/model";
import type {
  DuplicateCluster,
  DuplicatePair,
  DuplicateStats,
  MatchFeatureValue,
  MatchReason,
} from "../src/dedup/findDuplicates.js";
import { bigrams, sortedDice } from "../src/dedup/similarity.js";
import { type MatchKey, matchKey } from "../src/normalize/matchKey.js";

const ARABIC = /[\u0600-\u06FF]/;

/** One name of a profile with its precomputed bigrams. */
interface ProfileName extends MatchKey {
  readonly arabic: boolean;
  /** Bigrams of `key`. */
  readonly keyGrams: Uint32Array;
  /** Bigrams of the skeletons joined. */
  readonly skeletonGrams: Uint32Array;
  /** The skeletons joined without spaces. */
  readonly skeleton: string;
}

/** What deduplication compares of one organization, computed once. */
interface Profile {
  readonly id: string;
  readonly legalForm: string;
  readonly names: readonly ProfileName[];
  readonly communeCode: string | undefined;
  readonly provinceCode: string | undefined;
  readonly foundedOn: string | undefined;
  readonly phones: readonly string[];
  readonly emails: readonly string[];
  readonly rib: string | undefined;
  readonly identifiers: readonly string[];
  /** Transliteration keys of the board members' names (script-independent). */
  readonly board: readonly string[];
  readonly address: string;
  readonly addressGrams: Uint32Array;
}

function personKey(name: string): string {
  return matchKey(name).skeletons.join("");
}

/** Compute the comparison profile of an organization. */
function profileOf(org: Organization): Profile {
  const names: ProfileName[] = [];
  const texts = [org.name.ar, org.name.fr, org.name.en].filter((t): t is string => t !== undefined);
  for (const t of texts) {
    const k = matchKey(t);
    if (k.key === "") continue;
    const skeleton = k.skeletons.join("");
    names.push({ ...k, arabic: ARABIC.test(t), keyGrams: bigrams(k.key), skeletonGrams: bigrams(skeleton), skeleton });
  }
  const phones: string[] = [];
  const emails: string[] = [];
  for (const c of org.contacts ?? []) {
    if (c.kind === "phone") phones.push(c.value);
    else if (c.kind === "email") emails.push(c.value.toLowerCase());
  }
  const rib = org.bankAccount?.rib ?? org.bankAccount?.iban?.slice(4);
  const identifiers = (org.identifiers ?? []).map((i) => `${i.scheme}:${i.id}`);
  const board: string[] = [];
  for (const body of org.governingBodies ?? []) {
    for (const m of body.mandates) {
      const n = m.personName;
      const text = n?.ar ?? n?.fr ?? n?.en;
      if (text !== undefined) {
        const k = personKey(text);
        if (k !== "" && !board.includes(k)) board.push(k);
      }
    }
  }
  const seat = org.seat;
  const addressText = [seat?.line?.ar, seat?.line?.fr, seat?.douar?.ar, seat?.douar?.fr]
    .filter((t) => t !== undefined)
    .join(" ");
  const address = addressText === "" ? "" : matchKey(addressText).translit;
  return {
    id: org.id,
    legalForm: org.legalForm,
    names,
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
  };
}

const DEFAULT_THRESHOLD = 1.25;
const DEFAULT_MAX_BLOCK = 400;
/** Neighbours each organization meets in a block larger than `maxBlockSize`. */
const WINDOW = 40;

/** The order of a large block: the organization's first transliteration skeleton, then its id. */
function sortKeyOf(p: Profile | undefined): string {
  return p === undefined ? "" : `${p.names[0]?.skeleton ?? ""}\u0000${p.id}`;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The blocking keys of a profile: pairs are compared only when they share one. */
function blockingKeys(p: Profile): string[] {
  const keys = new Set<string>();
  for (const n of p.names) {
    if (p.communeCode !== undefined) for (const s of n.skeletons) keys.add(`c|${p.communeCode}|${s}`);
    const whole = n.skeletons.join(" ");
    if (whole !== "") keys.add(`p|${p.provinceCode ?? ""}|${whole}`);
  }
  for (const ph of p.phones) keys.add(`t|${ph}`);
  for (const e of p.emails) keys.add(`e|${e}`);
  if (p.rib !== undefined) keys.add(`r|${p.rib}`);
  for (const i of p.identifiers) keys.add(`i|${i}`);
  return [...keys];
}

function nameSimilarity(a: Profile, b: Profile): { score: number; detail: string } {
  let best = 0;
  let detail = "";
  for (const x of a.names) {
    for (const y of b.names) {
      if (x.arabic === y.arabic) {
        const s = x.key === y.key ? 1 : sortedDice(x.keyGrams, y.keyGrams);
        if (s > best) {
          best = s;
          detail = `names “${x.key}” and “${y.key}”`;
        }
      }
      let t = x.skeleton === y.skeleton ? 1 : sortedDice(x.skeletonGrams, y.skeletonGrams);
      t *= x.skeletons.length === y.skeletons.length ? 0.95 : 0.85;
      if (t > best) {
        best = t;
        detail = `transliterations “${x.translit}” and “${y.translit}”`;
      }
    }
  }
  return { score: best, detail };
}

function swapped(a: string, b: string): boolean {
  return a.slice(0, 4) === b.slice(0, 4) && a.slice(5, 7) === b.slice(8, 10) && a.slice(8, 10) === b.slice(5, 7);
}

/**
 * Score a pair of profiles: the sum of the weights of the evidence.
 * Weights are log-odds-like: identifiers, RIB and phones weigh most; a
 * difference where both values are known counts against.
 */
function scorePair(
  a: Profile,
  b: Profile,
  frequency = 1,
  scope: "commune" | "province" = "province",
): { score: number; reasons: MatchReason[] } {
  const reasons: MatchReason[] = [];
  const add = (feature: MatchFeatureValue, weight: number, detail: string): void => {
    if (weight !== 0) reasons.push({ feature, weight: Math.round(weight * 100) / 100, detail });
  };
  const name = nameSimilarity(a, b);
  add("name", (name.score - 0.75) * 4, `${name.detail}: similarity ${name.score.toFixed(2)}`);
  if (name.score >= 0.8) {
    if (frequency <= 2) add("nameFrequency", 0.4, `name borne by ${frequency} organization(s) in the ${scope}`);
    else if (frequency > 4)
      // Capped: a common name weakens the name evidence; it never outweighs a shared phone, RIB or board.
      add(
        "nameFrequency",
        -Math.min(0.6, 0.4 * Math.log2(frequency / 4)),
        `name borne by ${frequency} organizations in the ${scope}`,
      );
  }
  if (a.legalForm !== b.legalForm) add("legalForm", -1.5, `legal forms ${a.legalForm} and ${b.legalForm}`);
  if (a.communeCode !== undefined && b.communeCode !== undefined) {
    if (a.communeCode === b.communeCode) add("commune", 0.3, `same commune ${a.communeCode}`);
    else if (a.provinceCode === b.provinceCode) add("commune", -1, `communes ${a.communeCode} and ${b.communeCode}`);
    else add("commune", -2, `communes ${a.communeCode} and ${b.communeCode}`);
  } else if (a.provinceCode !== undefined && b.provinceCode !== undefined && a.provinceCode !== b.provinceCode) {
    add("commune", -2, `provinces ${a.provinceCode} and ${b.provinceCode}`);
  }
  if (a.foundedOn !== undefined && b.foundedOn !== undefined) {
    if (a.foundedOn === b.foundedOn) add("foundedOn", 1.2, `same founding date ${a.foundedOn}`);
    else if (swapped(a.foundedOn, b.foundedOn))
      add("foundedOn", 0.8, `founding dates ${a.foundedOn} and ${b.foundedOn} (day and month swapped)`);
    else add("foundedOn", -1, `founding dates ${a.foundedOn} and ${b.foundedOn}`);
  }
  if (a.phones.length > 0 && b.phones.length > 0) {
    const shared = a.phones.find((p) => b.phones.includes(p));
    if (shared !== undefined) add("phone", 1.5, `same phone ${shared}`);
    else add("phone", -0.4, "different phones");
  }
  const email = a.emails.find((e) => b.emails.includes(e));
  if (email !== undefined) add("email", 1.5, `same e-mail ${email}`);
  if (a.rib !== undefined && b.rib !== undefined) {
    if (a.rib === b.rib) add("rib", 2.5, `same RIB ${a.rib}`);
    else add("rib", -1.5, "different RIBs");
  }
  if (a.identifiers.length > 0 && b.identifiers.length > 0) {
    const shared = a.identifiers.find((i) => b.identifiers.includes(i));
    if (shared !== undefined) add("identifier", 2.5, `same identifier ${shared}`);
    else {
      const schemes = new Set(a.identifiers.map((i) => i.split(":")[0]));
      if (b.identifiers.some((i) => schemes.has(i.split(":")[0])))
        add("identifier", -2, "different identifiers in the same registry");
    }
  }
  if (a.board.length > 0 && b.board.length > 0) {
    const shared = a.board.filter((m) => b.board.includes(m)).length;
    if (shared > 0) add("board", shared === 1 ? 0.5 : Math.min(2, shared * 0.7), `${shared} board member(s) in common`);
    else add("board", -0.8, "no board member in common");
  }
  if (a.address !== "" && b.address !== "") {
    const s = sortedDice(a.addressGrams, b.addressGrams);
    if (s >= 0.8) add("address", 0.5, `addresses alike (${s.toFixed(2)})`);
  }
  reasons.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  const score = Math.round(reasons.reduce((s, r) => s + r.weight, 0) * 100) / 100;
  return { score, reasons };
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

/** Clusters found by the previous release's algorithm. */
export function findDuplicatesPrevious(organizations: readonly Organization[]): {
  value: { clusters: DuplicateCluster[]; stats: DuplicateStats };
} {
  const profiles: Profile[] = [];
  for (const org of organizations) profiles.push(profileOf(org));
  const threshold = DEFAULT_THRESHOLD;
  const maxBlockSize = DEFAULT_MAX_BLOCK;
  const blocks = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    for (const key of blockingKeys(p)) {
      const list = blocks.get(key);
      if (list === undefined) blocks.set(key, [i]);
      else list.push(i);
    }
  });
  const n = profiles.length;
  // How many organizations of the province, and of the commune, bear each organization's name (its rarest
  // spelling). Two organizations of the same commune are weighed by how common the name is in that commune:
  // a name frequent across a large province can still be rare where both are seated.
  const inCommune = new Map<string, number>();
  for (const p of profiles) {
    if (p.communeCode === undefined) continue;
    for (const name of new Set(p.names.map((x) => x.skeletons.join(" ")))) {
      if (name === "") continue;
      const key = `${p.communeCode}|${name}`;
      inCommune.set(key, (inCommune.get(key) ?? 0) + 1);
    }
  }
  const frequency = new Uint32Array(n);
  const communeFrequency = new Uint32Array(n);
  profiles.forEach((p, i) => {
    let f = Number.POSITIVE_INFINITY;
    let c = Number.POSITIVE_INFINITY;
    for (const name of p.names) {
      const whole = name.skeletons.join(" ");
      if (whole === "") continue;
      f = Math.min(f, blocks.get(`p|${p.provinceCode ?? ""}|${whole}`)?.length ?? 1);
      if (p.communeCode !== undefined) c = Math.min(c, inCommune.get(`${p.communeCode}|${whole}`) ?? 1);
    }
    frequency[i] = Number.isFinite(f) ? f : 1;
    communeFrequency[i] = Number.isFinite(c) ? c : (frequency[i] as number);
  });
  // Each pair is scored once, without remembering every pair (a national registry has tens of millions):
  // in a block compared pairwise, a pair is scored only if it is the first such block the two share (block
  // numbers ascend); in a large block (sorted neighbourhood), only if they share no pairwise block, and the
  // few pairs of large blocks are remembered.
  const blockList = [...blocks.values()].filter((b) => b.length >= 2);
  const smallOf: number[][] = Array.from({ length: n }, () => []);
  blockList.forEach((block, b) => {
    if (block.length <= maxBlockSize) for (const i of block) (smallOf[i] as number[]).push(b);
  });
  const firstShared = (i: number, j: number): number => {
    const x = smallOf[i] as number[];
    const y = smallOf[j] as number[];
    for (let p = 0, q = 0; p < x.length && q < y.length; ) {
      const u = x[p] as number;
      const v = y[q] as number;
      if (u === v) return u;
      if (u < v) p++;
      else q++;
    }
    return -1;
  };
  const comparedInLarge = new Set<number>();
  const pairs: { i: number; j: number; pair: DuplicatePair }[] = [];
  let comparisons = 0;
  let blockCount = 0;
  let largeBlocks = 0;
  blockList.forEach((block, b) => {
    // A block too large to compare pairwise (a common name in a big city) is compared by sorted
    // neighbourhood: ordered by transliteration skeleton, each organization meets its next `WINDOW`.
    const large = block.length > maxBlockSize;
    if (large) largeBlocks++;
    else blockCount++;
    const members = large
      ? [...block].sort((x, y) => compareStrings(sortKeyOf(profiles[x]), sortKeyOf(profiles[y])))
      : block;
    const reach = large ? WINDOW : members.length;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length && y <= x + reach; y++) {
        const a0 = members[x] as number;
        const b0 = members[y] as number;
        const i = Math.min(a0, b0);
        const j = Math.max(a0, b0);
        const shared = firstShared(i, j);
        if (large) {
          if (shared >= 0) continue;
          const key = i * n + j;
          if (comparedInLarge.has(key)) continue;
          comparedInLarge.add(key);
        } else if (shared !== b) continue;
        comparisons++;
        const a = profiles[i] as Profile;
        const c = profiles[j] as Profile;
        const sameCommune = a.communeCode !== undefined && a.communeCode === c.communeCode;
        const { score, reasons } = sameCommune
          ? scorePair(a, c, Math.max(communeFrequency[i] as number, communeFrequency[j] as number), "commune")
          : scorePair(a, c, Math.max(frequency[i] as number, frequency[j] as number));
        if (score >= threshold) {
          const [first, second] = a.id < c.id ? [a.id, c.id] : [c.id, a.id];
          pairs.push({ i, j, pair: { a: first, b: second, score, reasons } });
        }
      }
    }
  });
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
}
