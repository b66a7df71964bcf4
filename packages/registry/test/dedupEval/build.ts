/**
 * An evaluation set for deduplication built independently of the synthetic
 * generator: organizations with realistic Moroccan names and places, rows that
 * repeat an organization with one kind of variation each, and hard negatives:
 * different organizations made to look alike. Every row carries its ground truth.
 */
import type { Organization } from "@madani/model";
import { type Commune, communes } from "@madani/model/geo";
import { Random } from "../../src/synthetic/random.js";
import {
  COOP_ROOTS,
  DOUAR_PREFIXES,
  FAMILY,
  GENERIC_ADDRESSES,
  GIVEN,
  PURPOSES,
  ROOTS,
  type Root,
  SCHOOLS,
  STREETS,
} from "./vocabulary.js";

/** How a repeated row differs from the organization's first row. */
export const VARIATION_TYPES = [
  "chat-spelling",
  "legal-form",
  "purpose",
  "douar-order",
  "typo",
  "diacritics",
  "date",
  "missing-or-changed",
  "cross-script",
] as const;
/** A variation type; see {@link VARIATION_TYPES}. */
export type VariationType = (typeof VARIATION_TYPES)[number];

/** Kinds of different organizations that look alike. */
export const NEGATIVE_KINDS = [
  "same-name-same-commune",
  "parents-other-school",
  "same-root-other-purpose",
  "shared-phone",
  "same-president",
  "neighbouring-commune",
] as const;
/** A hard-negative kind; see {@link NEGATIVE_KINDS}. */
export type NegativeKind = (typeof NEGATIVE_KINDS)[number];

/** One row of the evaluation set with its ground truth. */
export interface EvalRecord {
  readonly organization: Organization;
  /** The organization the row describes. */
  readonly entity: number;
  /** For a repeated row: how it differs from the entity's first row. */
  readonly variation?: VariationType;
  /** For a hard negative: which kind, and the id of the row it was made to look like. */
  readonly negative?: NegativeKind;
  /** The row this one repeats (duplicate) or imitates (hard negative). */
  readonly of?: string;
}

/** Options of {@link buildEvalSet}. */
export interface EvalSetOptions {
  readonly seed: number;
  readonly size: number;
  /** Share of rows that repeat an organization. Default `0.15`. */
  readonly duplicateRate?: number;
  /** Share of rows that are hard negatives. Default `0.1`. */
  readonly negativeRate?: number;
}

/** The package's seeded generator (mulberry32), with a Zipf-like pick; seed 0 counts as 1. */
class Rng extends Random {
  constructor(seed: number) {
    super(seed >>> 0 || 1);
  }
  /** Zipf-like pick: index k with weight 1/(k+2). */
  zipf<T>(xs: readonly T[]): T {
    const u = this.next();
    const k = Math.floor((xs.length + 2) ** u) - 1;
    return xs[Math.min(Math.max(k - 1, 0), xs.length - 1)] as T;
  }
}

type Pair = readonly [ar: string, fr: string];

interface Person {
  readonly given: Pair;
  readonly family: Pair;
}

/** What an organization is, before it is written as a row. */
interface Entity {
  readonly n: number;
  readonly legalForm: "association" | "cooperative";
  readonly root: Root;
  readonly purpose: Pair | undefined;
  /** A douar named in the organization's name. */
  readonly douarInName: Pair | undefined;
  /** A parents' association's school. */
  readonly school: Pair | undefined;
  readonly commune: Commune;
  readonly seatDouar: Pair | undefined;
  readonly line: Pair;
  readonly foundedOn: string | undefined;
  readonly phone: string | undefined;
  readonly email: string | undefined;
  readonly board: readonly Person[];
  readonly scripts: "ar" | "fr" | "both";
}

/** How one row writes an entity. */
interface Writing {
  legalFormAr: string;
  legalFormFr: string;
  keepPurpose: boolean;
  keepDouar: boolean;
  reorder: boolean;
  translate: boolean;
  scripts: "ar" | "fr" | "both";
  frName?: string;
  arName?: string;
}

const AR_DIACRITICS = ["\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u064B"];

/** Arabic letters as Moroccans write them in Latin letters on phones (Arabizi). */
const ARABIZI: Readonly<Record<string, readonly string[]>> = {
  ا: ["a"],
  أ: ["a", "2a"],
  إ: ["i", "2i"],
  آ: ["a"],
  ب: ["b"],
  ت: ["t"],
  ث: ["t", "th"],
  ج: ["j"],
  ح: ["7", "h"],
  خ: ["5", "kh"],
  د: ["d"],
  ذ: ["d", "dh"],
  ر: ["r"],
  ز: ["z"],
  س: ["s"],
  ش: ["ch", "sh"],
  ص: ["s"],
  ض: ["d"],
  ط: ["t"],
  ظ: ["d"],
  ع: ["3"],
  غ: ["gh"],
  ف: ["f"],
  ق: ["9", "q"],
  ك: ["k"],
  ل: ["l"],
  م: ["m"],
  ن: ["n"],
  ه: ["h", "8"],
  ة: ["a"],
  و: ["ou", "w", "u"],
  ي: ["i", "y"],
  ى: ["a"],
  ء: ["2", ""],
  ئ: ["2"],
  ؤ: ["2"],
};

/** Write an Arabic word in chat spelling: the article glued as `l`, `el-` or dropped. */
function arabizi(rng: Rng, word: string): string {
  let w = word;
  let article = "";
  if (w.startsWith("ال") && w.length > 3) {
    w = w.slice(2);
    article = rng.pick(["l", "el-", "al", ""]);
  }
  let out = "";
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    const next = w[i + 1];
    if (ch === "ي" && i === w.length - 1) {
      out += "i";
      continue;
    }
    out += rng.pick(ARABIZI[ch] ?? [""]);
    // A short vowel the script does not write, between two consonants.
    if (next !== undefined && !"اويةى".includes(ch) && !"اويةى".includes(next) && rng.chance(0.5)) out += "a";
  }
  return article + out;
}

/** French spelling written the chat way: `ou` → `u`/`oo`, `ch` → `sh`, the article glued. */
function chatFrench(rng: Rng, name: string): string {
  let s = name.toLowerCase();
  if (rng.chance(0.6)) s = s.replace(/ou/g, () => rng.pick(["u", "oo", "ou"]));
  if (rng.chance(0.6)) s = s.replace(/ch/g, "sh");
  if (rng.chance(0.5)) s = s.replace(/\b(?:el|al) /g, () => rng.pick(["l", "el-", "al-", ""]));
  if (rng.chance(0.3)) s = s.replace(/q/g, "k");
  return s;
}

const AZERTY_NEIGHBOURS: Readonly<Record<string, string>> = {
  a: "zq",
  z: "ae",
  e: "zr",
  r: "et",
  t: "ry",
  y: "tu",
  u: "yi",
  i: "uo",
  o: "ip",
  p: "o",
  q: "as",
  s: "qd",
  d: "sf",
  f: "dg",
  g: "fh",
  h: "gj",
  j: "hk",
  k: "jl",
  l: "km",
  m: "l",
  w: "x",
  x: "wc",
  c: "xv",
  v: "cb",
  b: "vn",
  n: "b",
};

/** Neighbours on the Arabic keyboard used in Morocco. */
const ARABIC_NEIGHBOURS: Readonly<Record<string, string>> = {
  ض: "ص",
  ص: "ضث",
  ث: "صق",
  ق: "ثف",
  ف: "قغ",
  غ: "فع",
  ع: "غه",
  ه: "عخ",
  خ: "هح",
  ح: "خج",
  ج: "ح",
  ش: "س",
  س: "شي",
  ي: "سب",
  ب: "يل",
  ل: "با",
  ا: "لت",
  ت: "ان",
  ن: "تم",
  م: "نك",
  ك: "م",
  ئ: "ء",
  ء: "ئؤ",
  ؤ: "ءر",
  ر: "ؤى",
  ى: "رة",
  ة: "ىو",
  و: "ةز",
  ز: "وظ",
  ظ: "ز",
  د: "ذ",
  ذ: "د",
  ط: "ظ",
};

/** One keyboard typo: a neighbouring key, a doubled or a missing letter, in a word of at least 4 letters. */
function typo(rng: Rng, text: string): string {
  const words = text.split(" ");
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
  if (candidates.length === 0) return text;
  // Typos fall on the distinctive words, not on the legal form written first.
  const first = candidates[0] as readonly [string, number];
  const [w, i] = candidates.length > 1 ? (candidates[1 + rng.int(candidates.length - 1)] ?? first) : first;
  const at = 2 + rng.int(w.length - 3);
  const ch = w[at] as string;
  const mode = rng.int(3);
  let out: string;
  if (mode === 0) {
    const near = AZERTY_NEIGHBOURS[ch.toLowerCase()] ?? ARABIC_NEIGHBOURS[ch];
    out =
      near === undefined ? w.slice(0, at) + w.slice(at + 1) : w.slice(0, at) + rng.pick([...near]) + w.slice(at + 1);
  } else if (mode === 1) out = w.slice(0, at) + ch + w.slice(at);
  else out = w.slice(0, at) + w.slice(at + 1);
  words[i] = out;
  return words.join(" ");
}

/** Tashkeel, tatweel and hamza variants of an Arabic text. */
function diacritics(rng: Rng, text: string): string {
  let out = "";
  for (const ch of text) {
    let c = ch;
    if (c === "أ" || c === "إ") c = rng.chance(0.7) ? "ا" : c;
    else if (c === "ا" && rng.chance(0.15)) c = "أ";
    else if (c === "ة" && rng.chance(0.4)) c = "ه";
    else if (c === "ى" && rng.chance(0.5)) c = "ي";
    out += c;
    if (/[\u0621-\u064A]/.test(ch)) {
      if (rng.chance(0.35)) out += rng.pick(AR_DIACRITICS);
      if (rng.chance(0.08) && !"اأإدذرزوؤةى".includes(ch)) out += "ـــ";
    }
  }
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function randomDate(rng: Rng): string {
  const y = 1990 + rng.int(34);
  const m = 1 + rng.int(12);
  const d = 1 + rng.int(daysIn(y, m));
  return `${y}-${pad(m)}-${pad(d)}`;
}

function shiftDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** A date read with day and month swapped, a year typo, or a few weeks apart. */
function dateVariant(rng: Rng, date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const mode = rng.int(3);
  if (mode === 0 && d <= 12 && d !== m) return `${y}-${pad(d)}-${pad(m)}`;
  if (mode === 1) {
    const y2 = rng.chance(0.5) ? y + (rng.chance(0.5) ? 1 : -1) : y - (y % 10) + (((y % 10) + 1 + rng.int(8)) % 10);
    return `${y2}-${pad(m)}-${pad(Math.min(d, daysIn(y2, m)))}`;
  }
  return shiftDays(date, (rng.chance(0.5) ? 1 : -1) * (7 + rng.int(35)));
}

function phoneNumber(rng: Rng): string {
  return `+212${rng.pick(["6", "6", "7", "5"])}${String(10_000_000 + rng.int(89_999_999))}`;
}

/** Communes with a weight: large ones hold more organizations. */
function communeTable(): { list: readonly Commune[]; cumulative: Float64Array } {
  const list = communes();
  const cumulative = new Float64Array(list.length);
  let total = 0;
  list.forEach((c, i) => {
    total += Math.sqrt(Math.max(c.population2024, 1000));
    cumulative[i] = total;
  });
  for (let i = 0; i < cumulative.length; i++) cumulative[i] = (cumulative[i] as number) / total;
  return { list, cumulative };
}

function pickCommune(rng: Rng, t: ReturnType<typeof communeTable>): Commune {
  const u = rng.next();
  let lo = 0;
  let hi = t.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((t.cumulative[mid] as number) < u) lo = mid + 1;
    else hi = mid;
  }
  return t.list[lo] as Commune;
}

function person(rng: Rng): Person {
  return { given: rng.pick(GIVEN), family: rng.pick(FAMILY) };
}

function douar(rng: Rng): Pair {
  const p = rng.pick(DOUAR_PREFIXES);
  const g = rng.chance(0.5) ? rng.pick(GIVEN) : rng.pick(FAMILY);
  return [`${p[0]} ${g[0]}`, `${p[1]} ${g[1]}`];
}

const LEGAL_AR = { association: "جمعية", cooperative: "تعاونية" } as const;
const LEGAL_FR = { association: "Association", cooperative: "Coopérative" } as const;

function plainWriting(e: Entity): Writing {
  return {
    legalFormAr: LEGAL_AR[e.legalForm],
    legalFormFr: LEGAL_FR[e.legalForm],
    keepPurpose: true,
    keepDouar: true,
    reorder: false,
    translate: false,
    scripts: e.scripts,
  };
}

function arabicName(e: Entity, w: Writing): string {
  if (w.arName !== undefined) return w.arName;
  if (e.school !== undefined) return `${w.legalFormAr} آباء وأمهات وأولياء تلاميذ ${e.school[0]}`.trim();
  const parts = [e.root[0]];
  if (e.douarInName !== undefined && w.keepDouar) parts.push(`دوار ${e.douarInName[0]}`);
  if (w.reorder) parts.reverse();
  if (e.purpose !== undefined && w.keepPurpose) parts.push(e.purpose[0]);
  return [w.legalFormAr, ...parts].filter((x) => x !== "").join(" ");
}

function frenchName(e: Entity, w: Writing): string {
  if (w.frName !== undefined) return w.frName;
  if (e.school !== undefined) return `${w.legalFormFr} des parents d'élèves ${e.school[1]}`.trim();
  const root = w.translate && e.root[2] !== "" ? e.root[2] : e.root[1];
  const parts = [root];
  if (e.douarInName !== undefined && w.keepDouar) parts.push(`Douar ${e.douarInName[1]}`);
  if (w.reorder) parts.reverse();
  if (e.purpose !== undefined && w.keepPurpose) parts.push(e.purpose[1]);
  return [w.legalFormFr, ...parts].filter((x) => x !== "").join(" ");
}

interface RowOverrides {
  commune?: Commune | null;
  foundedOn?: string | null;
  phone?: string | null;
  email?: string | null;
  board?: readonly Person[];
  line?: Pair;
}

function toOrganization(id: string, e: Entity, w: Writing, o: RowOverrides = {}): Organization {
  const name: { ar?: string; fr?: string } = {};
  if (w.scripts !== "fr") name.ar = arabicName(e, w);
  if (w.scripts !== "ar") name.fr = frenchName(e, w);
  const commune = o.commune === undefined ? e.commune : o.commune;
  const foundedOn = o.foundedOn === undefined ? e.foundedOn : (o.foundedOn ?? undefined);
  const phone = o.phone === undefined ? e.phone : (o.phone ?? undefined);
  const email = o.email === undefined ? e.email : (o.email ?? undefined);
  const board = o.board ?? e.board;
  const line = o.line ?? e.line;
  const org: Organization = {
    id,
    legalForm: e.legalForm,
    name,
    ...(foundedOn === undefined ? {} : { foundedOn }),
  } as Organization;
  const seat: Record<string, unknown> = { line: w.scripts === "fr" ? { fr: line[1] } : { ar: line[0] } };
  if (e.seatDouar !== undefined) seat.douar = w.scripts === "fr" ? { fr: e.seatDouar[1] } : { ar: e.seatDouar[0] };
  if (commune !== null) {
    seat.communeCode = commune.code;
    seat.provinceCode = commune.provinceCode;
    seat.regionCode = commune.regionCode;
  } else {
    seat.provinceCode = e.commune.provinceCode;
    seat.regionCode = e.commune.regionCode;
  }
  const contacts: { kind: "phone" | "email"; value: string }[] = [];
  if (phone !== undefined) contacts.push({ kind: "phone", value: phone });
  if (email !== undefined) contacts.push({ kind: "email", value: email });
  const mandates = board.map((p, k) => ({
    personId: `${id}-m${k + 1}`,
    personName: w.scripts === "fr" ? { fr: `${p.given[1]} ${p.family[1]}` } : { ar: `${p.given[0]} ${p.family[0]}` },
    role: k === 0 ? ("president" as const) : ("treasurer" as const),
    startOn: foundedOn ?? "2018-01-01",
  }));
  return {
    ...org,
    seat,
    ...(contacts.length > 0 ? { contacts } : {}),
    ...(mandates.length > 0 ? { governingBodies: [{ id: `${id}-board`, kind: "board", mandates }] } : {}),
  } as Organization;
}

/** A labelled evaluation set. */
export interface EvalSet {
  readonly records: readonly EvalRecord[];
  readonly organizations: readonly Organization[];
  /** The entity of each id. */
  readonly truth: ReadonlyMap<string, number>;
}

/**
 * Build a labelled evaluation set: deterministic for a seed.
 *
 * @param options - seed, size and rates.
 * @returns the rows with their ground truth.
 */
export function buildEvalSet(options: EvalSetOptions): EvalSet {
  const rng = new Rng(options.seed * 7919 + 17);
  const dupRate = options.duplicateRate ?? 0.15;
  const negRate = options.negativeRate ?? 0.1;
  const table = communeTable();
  const entities: Entity[] = [];
  const firstRow: string[] = [];
  const records: EvalRecord[] = [];
  /** A shared phone per commune: the "maison des associations". */
  const sharedPhone = new Map<string, string>();
  const byCommune = new Map<string, number[]>();

  const newEntity = (base: Partial<Entity> & { commune?: Commune }): Entity => {
    const legalForm = base.legalForm ?? (rng.chance(0.15) ? "cooperative" : "association");
    const parents = legalForm === "association" && rng.chance(0.06);
    const commune = base.commune ?? pickCommune(rng, table);
    const generic = rng.chance(0.12);
    let phone = rng.chance(0.7) ? phoneNumber(rng) : undefined;
    if (generic && rng.chance(0.5)) {
      phone = sharedPhone.get(commune.code) ?? phoneNumber(rng);
      sharedPhone.set(commune.code, phone);
    }
    const root = base.root ?? (legalForm === "cooperative" ? rng.zipf(COOP_ROOTS) : rng.zipf(ROOTS));
    const e: Entity = {
      n: entities.length,
      legalForm,
      root,
      purpose: "purpose" in base ? base.purpose : rng.chance(0.6) ? rng.pick(PURPOSES) : undefined,
      douarInName: "douarInName" in base ? base.douarInName : rng.chance(0.2) ? douar(rng) : undefined,
      school: "school" in base ? base.school : parents ? rng.pick(SCHOOLS) : undefined,
      commune,
      seatDouar: rng.chance(0.4) ? douar(rng) : undefined,
      line: generic
        ? rng.pick(GENERIC_ADDRESSES)
        : (() => {
            const s = rng.pick(STREETS);
            const k = 1 + rng.int(120);
            return [`${s[0]} رقم ${k}`, `${k} ${s[1]}`] as const;
          })(),
      foundedOn: rng.chance(0.9) ? randomDate(rng) : undefined,
      phone: "phone" in base ? base.phone : phone,
      email: rng.chance(0.2) ? `contact${entities.length}@example.ma` : undefined,
      board: base.board ?? (rng.chance(0.8) ? [person(rng), person(rng)] : []),
      scripts: rng.chance(0.5) ? "ar" : rng.chance(0.3) ? "fr" : "both",
    };
    entities.push(e);
    return e;
  };

  for (let index = 0; index < options.size; index++) {
    const id = `ev${String(index).padStart(7, "0")}`;
    const u = rng.next();
    const canRepeat = entities.length >= 20;
    if (canRepeat && u < dupRate) {
      const variation = VARIATION_TYPES[index % VARIATION_TYPES.length] as VariationType;
      const e = pickBase(
        rng,
        entities,
        (x) => variation !== "douar-order" || x.douarInName !== undefined || x.purpose !== undefined,
      );
      const { organization } = repeat(rng, id, e, variation);
      records.push({ organization, entity: e.n, variation, of: firstRow[e.n] as string });
    } else if (canRepeat && u < dupRate + negRate) {
      const kind = NEGATIVE_KINDS[index % NEGATIVE_KINDS.length] as NegativeKind;
      const base = pickBase(rng, entities, (x) =>
        kind === "parents-other-school"
          ? x.school !== undefined
          : kind === "same-president"
            ? x.board.length > 0
            : kind === "shared-phone"
              ? x.phone !== undefined
              : kind === "same-root-other-purpose"
                ? x.school === undefined && x.purpose !== undefined
                : kind === "same-name-same-commune"
                  ? x.school === undefined && commonRoot(x.root)
                  : x.school === undefined,
      );
      const e = lookAlike(rng, base, kind, byCommune, entities, newEntity, sharedPhone);
      firstRow[e.n] = id;
      (byCommune.get(e.commune.code) ?? byCommune.set(e.commune.code, []).get(e.commune.code))?.push(e.n);
      records.push({
        organization: toOrganization(id, e, plainWriting(e)),
        entity: e.n,
        negative: kind,
        of: firstRow[base.n] as string,
      });
    } else {
      const e = newEntity({});
      firstRow[e.n] = id;
      (byCommune.get(e.commune.code) ?? byCommune.set(e.commune.code, []).get(e.commune.code))?.push(e.n);
      records.push({ organization: toOrganization(id, e, plainWriting(e)), entity: e.n });
    }
  }
  return {
    records,
    organizations: records.map((r) => r.organization),
    truth: new Map(records.map((r) => [r.organization.id, r.entity])),
  };
}

/** One of the most common roots: several organizations of one commune bear it. */
function commonRoot(root: Root): boolean {
  const i = ROOTS.indexOf(root);
  const j = COOP_ROOTS.indexOf(root);
  return (i >= 0 && i < 15) || (j >= 0 && j < 5);
}

/** A random entity that fits, if one is found in a few draws. */
function pickBase(rng: Rng, entities: readonly Entity[], fits: (e: Entity) => boolean): Entity {
  let e = entities[rng.int(entities.length)] as Entity;
  for (let k = 0; k < 30 && !fits(e); k++) e = entities[rng.int(entities.length)] as Entity;
  return e;
}

/** Background noise of a repeated row: a field left empty now and then. */
function noise(rng: Rng): RowOverrides {
  const o: RowOverrides = {};
  if (rng.chance(0.15)) o.phone = null;
  else if (rng.chance(0.1)) o.phone = phoneNumber(rng);
  if (rng.chance(0.12)) o.foundedOn = null;
  if (rng.chance(0.15)) o.board = [];
  if (rng.chance(0.2)) o.line = rng.pick(GENERIC_ADDRESSES);
  if (rng.chance(0.08)) o.commune = null;
  if (rng.chance(0.5)) o.email = null;
  return o;
}

function repeat(rng: Rng, id: string, e: Entity, variation: VariationType): { organization: Organization } {
  const w = plainWriting(e);
  const o = noise(rng);
  switch (variation) {
    case "chat-spelling": {
      w.scripts = "fr";
      const lf =
        e.legalForm === "association"
          ? rng.pick(["jam3iyat", "jam3ia", "Asso", "Association", ""])
          : rng.pick(["Coop", "ta3awoniya", "Coopérative"]);
      w.legalFormFr = lf;
      if (e.school === undefined && rng.chance(0.6)) {
        const words = [e.root[0], ...(e.douarInName !== undefined ? [e.douarInName[0]] : [])].join(" ").split(" ");
        w.frName = [lf, ...words.map((x) => arabizi(rng, x))].filter((x) => x !== "").join(" ");
      } else w.frName = chatFrench(rng, frenchName(e, { ...w, keepPurpose: rng.chance(0.5) }));
      break;
    }
    case "legal-form":
      if (e.legalForm === "association") {
        w.legalFormAr = rng.pick(["ج.", "جمع.", "", "جمعيه"]);
        w.legalFormFr = rng.pick(["Assoc.", "Asso", "", "Ass."]);
      } else {
        w.legalFormAr = rng.pick(["تعاونيه", ""]);
        w.legalFormFr = rng.pick(["Coop.", "Coop", ""]);
      }
      break;
    case "purpose":
      if (rng.chance(0.5) || e.root[2] === "") w.keepPurpose = false;
      else {
        w.translate = true;
        w.scripts = w.scripts === "fr" ? "ar" : "fr";
      }
      break;
    case "douar-order":
      if (e.douarInName !== undefined && rng.chance(0.5)) w.keepDouar = false;
      else if (e.douarInName !== undefined) w.reorder = true;
      else if (e.purpose !== undefined) {
        // No douar: the purpose comes first ("جمعية للتنمية الخير" is not written, "Association pour le développement El Khir" is).
        if (w.scripts !== "ar") w.frName = [w.legalFormFr, e.purpose[1], e.root[1]].join(" ");
        if (w.scripts !== "fr") w.arName = [w.legalFormAr, e.root[0], e.purpose[0]].join(" ");
      }
      break;
    case "typo":
      if (w.scripts !== "fr") w.arName = typo(rng, arabicName(e, w));
      if (w.scripts !== "ar") w.frName = typo(rng, frenchName(e, w));
      break;
    case "diacritics":
      if (w.scripts === "fr") w.scripts = "both";
      w.arName = diacritics(rng, arabicName(e, w));
      break;
    case "date":
      o.foundedOn = e.foundedOn === undefined ? null : dateVariant(rng, e.foundedOn);
      break;
    case "missing-or-changed": {
      const k = rng.int(5);
      if (k === 0) o.commune = null;
      else if (k === 1) o.foundedOn = null;
      else if (k === 2) o.phone = null;
      else if (k === 3) {
        const s = rng.pick(STREETS);
        o.line = [`${s[0]} رقم ${1 + rng.int(90)}`, `${1 + rng.int(90)} ${s[1]}`];
      } else if (e.board.length > 1) o.board = [person(rng), e.board[1] as Person];
      else o.commune = null;
      break;
    }
    case "cross-script":
      w.scripts = e.scripts === "ar" ? "fr" : e.scripts === "fr" ? "ar" : rng.chance(0.5) ? "ar" : "fr";
      break;
  }
  return { organization: toOrganization(id, e, w, o) };
}

/** A different organization made to look like `base`. */
function lookAlike(
  rng: Rng,
  base: Entity,
  kind: NegativeKind,
  _byCommune: Map<string, number[]>,
  _entities: readonly Entity[],
  newEntity: (b: Partial<Entity> & { commune?: Commune }) => Entity,
  sharedPhone: Map<string, string>,
): Entity {
  switch (kind) {
    case "same-name-same-commune":
      return newEntity({
        legalForm: base.legalForm,
        root: base.root,
        purpose: base.purpose,
        douarInName: base.douarInName === undefined ? undefined : douar(rng),
        school: undefined,
        commune: base.commune,
      });
    case "parents-other-school": {
      let school = rng.pick(SCHOOLS);
      while (school === base.school) school = rng.pick(SCHOOLS);
      return newEntity({ legalForm: "association", school, commune: base.commune, root: base.root });
    }
    case "same-root-other-purpose": {
      let purpose = rng.pick(PURPOSES);
      while (purpose === base.purpose) purpose = rng.pick(PURPOSES);
      return newEntity({
        legalForm: base.legalForm,
        root: base.root,
        purpose,
        school: undefined,
        commune: base.commune,
        douarInName: base.douarInName,
      });
    }
    case "shared-phone": {
      const phone = sharedPhone.get(base.commune.code) ?? base.phone ?? phoneNumber(rng);
      sharedPhone.set(base.commune.code, phone);
      return newEntity({ legalForm: base.legalForm, commune: base.commune, phone, school: undefined });
    }
    case "same-president":
      return newEntity({
        legalForm: base.legalForm === "association" ? "cooperative" : "association",
        commune: base.commune,
        board: [base.board[0] ?? person(rng), person(rng)],
        douarInName: base.douarInName,
        school: undefined,
      });
    case "neighbouring-commune": {
      const same = communes({ provinceCode: base.commune.provinceCode });
      const at = same.findIndex((c) => c.code === base.commune.code);
      const near = same[at + 1] ?? same[at - 1] ?? base.commune;
      return newEntity({
        legalForm: base.legalForm,
        root: base.root,
        purpose: base.purpose,
        douarInName: base.douarInName,
        school: base.school,
        commune: near,
      });
    }
  }
}
