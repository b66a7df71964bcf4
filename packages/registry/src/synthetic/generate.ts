import { type Commune, communes, findCommune } from "@madani/model/geo";
import type { IngestFieldValue } from "../ingest/columns.js";
import { mix, mod97Key, Random, ribKey } from "./random.js";
import {
  BANK_CODES,
  COOP_ROOTS,
  DOUAR_PREFIXES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  MOBILE_PREFIXES,
  type Pair,
  ROOTS,
  SUFFIXES,
} from "./vocabulary.js";

/** Errors the generator puts in rows; each one makes a correct import quarantine the row. */
export type SyntheticErrorKind =
  | "invalid-date"
  | "invalid-phone"
  | "invalid-rib"
  | "unknown-commune"
  | "missing-name"
  | "duplicate-id"
  | "huge-field"
  | "column-count"
  | "unbalanced-quote"
  | "encoding";

const ERROR_KINDS: readonly SyntheticErrorKind[] = [
  "invalid-date",
  "invalid-phone",
  "invalid-rib",
  "unknown-commune",
  "missing-name",
  "duplicate-id",
  "huge-field",
  "column-count",
  "unbalanced-quote",
  "encoding",
];

/** Options of {@link generateRegistry}. */
export interface GenerateRegistryOptions {
  /** Seed: the same options give the same registry. */
  readonly seed: number;
  /** Number of rows. */
  readonly size: number;
  /** Share of rows that repeat an earlier organization with realistic edits, in [0, 1). Default `0.1`. */
  readonly duplicateRate?: number;
  /** Share of rows with an error that must quarantine them, in [0, 1]. Default `0.02`. */
  readonly errorRate?: number;
  /** Language of the CSV headers. Default `"fr"`. */
  readonly headerLanguage?: "ar" | "fr" | "en";
}

/** One generated row with its ground truth. */
export interface SyntheticRecord {
  /** Position of the row, from 0. */
  readonly index: number;
  /** The id written in the row. */
  readonly id: string;
  /** The organization the row describes: the index of the row that introduced it. */
  readonly entity: number;
  /** `true` when an earlier row already describes the same organization. */
  readonly duplicate: boolean;
  /** The error put in the row (the row must then be quarantined), if any. */
  readonly error?: SyntheticErrorKind;
  /** The values of the row by field, as a person typed them. */
  readonly values: Readonly<Partial<Record<IngestFieldValue, string>>>;
  /** The row as one CSV line (without line break). */
  readonly csv: string;
  /** The row as one JSON line (flat object keyed by field names). */
  readonly json: string;
}

/** The ground truth of one generated row: its identity, not its values. */
export type SyntheticLabel = Pick<SyntheticRecord, "index" | "id" | "entity" | "duplicate" | "error">;

/** A generated registry: rows streamed on demand, deterministic for a seed. */
export interface SyntheticRegistry {
  /** The options, defaults filled in. */
  readonly options: Required<GenerateRegistryOptions>;
  /** The CSV header line's cells, in column order. */
  readonly headers: readonly string[];
  /** The field of each column. */
  readonly fields: readonly IngestFieldValue[];
  /** The rows in order. */
  records(): Generator<SyntheticRecord>;
  /**
   * The ground truth of the rows in order, the same as {@link SyntheticRecord}'s
   * without drawing the values: much faster than `records()` when only the labels
   * are needed (to score deduplication, for example).
   */
  labels(): Generator<SyntheticLabel>;
  /** CSV text in chunks of `rowsPerChunk` rows (the first chunk starts with the header line). */
  csvChunks(rowsPerChunk?: number): Generator<string>;
  /** CSV as UTF-8 bytes in chunks; rows with the `encoding` error carry bytes that are not UTF-8. */
  csvBytes(rowsPerChunk?: number): Generator<Uint8Array>;
  /** NDJSON text in chunks of `rowsPerChunk` rows. */
  ndjsonChunks(rowsPerChunk?: number): Generator<string>;
}

/** A programmer error in the options of {@link generateRegistry}. */
export class SyntheticOptionsError extends RangeError {
  /** Stable code of this error. */
  readonly code = "synthetic.invalid_options" as const;
  /** Whether a value is this error, also across copies of the package. */
  static isInstance(value: unknown): value is SyntheticOptionsError {
    return (
      typeof value === "object" && value !== null && (value as { code?: unknown }).code === "synthetic.invalid_options"
    );
  }
}

const FIELDS: readonly IngestFieldValue[] = [
  "id",
  "legalForm",
  "nameAr",
  "nameFr",
  "foundedOn",
  "province",
  "commune",
  "address",
  "phone",
  "email",
  "rib",
  "ice",
  "president",
  "treasurer",
  "secretary",
  "fieldsOfAction",
];

const HEADERS: Readonly<Record<"ar" | "fr" | "en", readonly string[]>> = {
  ar: [
    "المعرف",
    "الشكل القانوني",
    "الاسم بالعربية",
    "الاسم بالفرنسية",
    "تاريخ التأسيس",
    "الإقليم",
    "الجماعة",
    "العنوان",
    "الهاتف",
    "البريد الإلكتروني",
    "رقم الحساب البنكي",
    "ICE",
    "الرئيس",
    "أمين المال",
    "الكاتب العام",
    "مجالات التدخل",
  ],
  fr: [
    "Identifiant",
    "Forme juridique",
    "Nom arabe",
    "Nom français",
    "Date de création",
    "Province",
    "Commune",
    "Adresse",
    "Téléphone",
    "Email",
    "RIB",
    "ICE",
    "Président",
    "Trésorier",
    "Secrétaire général",
    "Domaines",
  ],
  en: [
    "id",
    "legal form",
    "arabic name",
    "french name",
    "founded on",
    "province",
    "commune",
    "address",
    "phone",
    "email",
    "rib",
    "ice",
    "president",
    "treasurer",
    "secretary",
    "fields of action",
  ],
};

const FIELDS_OF_ACTION: readonly Pair[] = [
  ["اجتماعي", "Social"],
  ["ثقافي", "Culturel"],
  ["رياضي", "Sport"],
  ["بيئي", "Environnement"],
];

/** An organization as the generator imagines it, before a row renders it. */
interface Entity {
  readonly cooperative: boolean;
  readonly nameAr: string;
  readonly nameFr: string;
  readonly scripts: "both" | "ar" | "fr";
  readonly commune: Commune;
  readonly foundedOn: string;
  readonly phone: string | undefined;
  readonly rib: string | undefined;
  readonly ice: string | undefined;
  readonly board: readonly (readonly [Pair, Pair])[] | undefined;
  readonly address: Pair | undefined;
  readonly email: string | undefined;
  readonly field: Pair | undefined;
}

interface CommuneTable {
  readonly list: readonly Commune[];
  readonly cumulative: Float64Array;
  readonly total: number;
  /** Whether a commune's name (ar and fr) finds exactly it inside its province. */
  readonly nameWorks: Map<string, readonly [boolean, boolean]>;
}

let table: CommuneTable | undefined;

function communeTable(): CommuneTable {
  if (table !== undefined) return table;
  const list = communes();
  const cumulative = new Float64Array(list.length);
  let total = 0;
  list.forEach((c, k) => {
    total += Math.max(c.population2024, 1);
    cumulative[k] = total;
  });
  table = { list, cumulative, total, nameWorks: new Map() };
  return table;
}

function pickCommune(rng: Random): Commune {
  const t = communeTable();
  const x = rng.next() * t.total;
  let lo = 0;
  let hi = t.list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((t.cumulative[mid] as number) > x) hi = mid;
    else lo = mid + 1;
  }
  return t.list[lo] as Commune;
}

function nameWorks(c: Commune): readonly [boolean, boolean] {
  const t = communeTable();
  let w = t.nameWorks.get(c.code);
  if (w === undefined) {
    const ar = findCommune(c.nameAr, { within: c.provinceCode });
    const fr = findCommune(c.nameFr, { within: c.provinceCode });
    w = [ar.ok && ar.value.code === c.code, fr.ok && fr.value.code === c.code];
    t.nameWorks.set(c.code, w);
  }
  return w;
}

function person(rng: Random): readonly [Pair, Pair] {
  return [rng.pick(GIVEN_NAMES), rng.pick(FAMILY_NAMES)];
}

function entityOf(seed: number, e: number): Entity {
  const rng = new Random(mix(seed, e, 0x51ed));
  const cooperative = rng.chance(0.15);
  const commune = pickCommune(rng);
  const form: Pair = cooperative ? ["تعاونية", "Coopérative"] : ["جمعية", "Association"];
  let core: Pair;
  const style = rng.next();
  if (style < 0.55) {
    core = rng.pick(cooperative ? [...COOP_ROOTS, ...ROOTS] : ROOTS);
    if (rng.chance(0.2)) {
      const second = rng.pick(ROOTS);
      if (second[0] !== core[0]) core = [`${core[0]} و${second[0]}`, `${core[1]} et ${second[1]}`];
    }
  } else if (style < 0.85) {
    const p = rng.pick(DOUAR_PREFIXES);
    const g = rng.pick(GIVEN_NAMES);
    core = [`دوار ${p[0]} ${g[0]}`, `Douar ${p[1]} ${g[1]}`];
  } else {
    core = [commune.nameAr, commune.nameFr];
  }
  const suffix = rng.pick(SUFFIXES);
  const join = (parts: string[]): string => parts.filter((s) => s !== "").join(" ");
  const nameAr = join([form[0], core[0], suffix[0]]);
  const nameFr = join([form[1], core[1], suffix[1]]);
  const s = rng.next();
  const scripts = s < 0.65 ? "both" : s < 0.9 ? "ar" : "fr";
  const year = 1975 + Math.floor(Math.sqrt(rng.next()) * 49);
  const month = 1 + rng.int(12);
  const day = 1 + rng.int(28);
  const foundedOn = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const phone = rng.chance(0.8) ? rng.pick(MOBILE_PREFIXES) + rng.digits(6) : undefined;
  let rib: string | undefined;
  if (rng.chance(0.5)) {
    const body = rng.pick(BANK_CODES) + rng.digits(3) + rng.digits(16);
    rib = body + ribKey(body);
  }
  let ice: string | undefined;
  if (cooperative && rng.chance(0.7)) {
    const body = `00${rng.digits(11)}`;
    ice = body + mod97Key(body);
  }
  const board = rng.chance(0.85)
    ? rng.chance(0.6)
      ? [person(rng), person(rng), person(rng)]
      : [person(rng), person(rng)]
    : undefined;
  const address: Pair | undefined = rng.chance(0.5)
    ? (() => {
        const g = rng.pick(GIVEN_NAMES);
        const n = 1 + rng.int(300);
        return [`حي ${g[0]} رقم ${n}`, `Hay ${g[1]} N° ${n}`] as const;
      })()
    : undefined;
  const email = rng.chance(0.2) ? `contact${e}@example.ma` : undefined;
  const field = rng.chance(0.6) ? rng.pick(FIELDS_OF_ACTION) : undefined;
  return { cooperative, nameAr, nameFr, scripts, commune, foundedOn, phone, rib, ice, board, address, email, field };
}

// Spelling variants ------------------------------------------------------------------------------

function arabicVariant(name: string, rng: Random): string {
  let n = name;
  if (rng.chance(0.5)) n = n.replace(/[أإآ]/g, "ا");
  if (rng.chance(0.4)) n = n.replace(/ة(?= |$)/g, "ه");
  if (rng.chance(0.3)) n = n.replace(/ى(?= |$)/g, "ي");
  if (rng.chance(0.3)) n = n.replace(/(ل)(ا)/, "$1\u064E$2");
  if (rng.chance(0.2)) n = n.replace(/(\S)(\S)(\S*)$/, "$1\u0640$2$3");
  if (rng.chance(0.3)) n = n.replace(/ لل[^ ]+( [^ ]+)*$/, "");
  return n;
}

function frenchVariant(name: string, rng: Random): string {
  let n = name;
  const r = rng.next();
  if (r < 0.25) n = n.replace(/\bAl /, "El ").replace(/\bEl /, "Al ");
  else if (r < 0.4) n = n.replace(/\b(Al|El) (\w)/, (_, a: string, b: string) => `${a}${b.toLowerCase()}`);
  if (rng.chance(0.3)) n = n.replace(/ (pour|de|des) .*$/, "");
  if (rng.chance(0.3)) n = n.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const caseChange = rng.next();
  if (caseChange < 0.2) n = n.toUpperCase();
  else if (caseChange < 0.36) n = n.toLowerCase();
  if (rng.chance(0.15)) n = n.replace(/^Association /, "Assoc. ");
  if (rng.chance(0.2)) n = n.replace(/ou/, "u");
  if (rng.chance(0.15)) {
    // a typo: two neighbouring letters swapped, inside a word
    const m = /[a-z]{5,}/i.exec(n.slice(12));
    if (m !== null) {
      const at = 12 + m.index + 2;
      n = n.slice(0, at) + (n[at + 1] ?? "") + (n[at] ?? "") + n.slice(at + 2);
    }
  }
  return n;
}

// Rendering --------------------------------------------------------------------------------------

const ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩";

function renderDate(iso: string, rng: Random): string {
  const [y, m, d] = iso.split("-") as [string, string, string];
  const r = rng.next();
  if (r < 0.4) return iso;
  if (r < 0.85) return `${d}/${m}/${y}`;
  if (r < 0.95) return `${d}/${m}/${y}`.replace(/\d/g, (c) => ARABIC_DIGITS[Number(c)] as string);
  return `${d}-${m}-${y}`;
}

function renderPhone(p: string, rng: Random): string {
  const r = rng.next();
  if (r < 0.35) return `${p.slice(0, 2)} ${p.slice(2, 4)} ${p.slice(4, 6)} ${p.slice(6, 8)} ${p.slice(8)}`;
  if (r < 0.6) return p;
  if (r < 0.8) return `+212 ${p.slice(1, 2)} ${p.slice(2, 4)} ${p.slice(4, 6)} ${p.slice(6, 8)} ${p.slice(8)}`;
  if (r < 0.9) return `00212${p.slice(1)}`;
  return p.replace(/(\d\d)(?=\d)/g, "$1-");
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function checkOptions(options: GenerateRegistryOptions): Required<GenerateRegistryOptions> {
  const bad = (what: string): never => {
    throw new SyntheticOptionsError(`generateRegistry: ${what}`);
  };
  if (typeof options !== "object" || options === null) bad("options must be an object");
  let o: {
    seed: number;
    size: number;
    duplicateRate: number | undefined;
    errorRate: number | undefined;
    headerLanguage: GenerateRegistryOptions["headerLanguage"];
  };
  try {
    const { seed, size, duplicateRate, errorRate, headerLanguage } = options;
    o = { seed, size, duplicateRate, errorRate, headerLanguage };
  } catch {
    return bad("options cannot be read");
  }
  if (!Number.isInteger(o.seed)) bad("seed must be an integer");
  if (!Number.isInteger(o.size) || o.size < 0 || o.size > 10_000_000) bad("size must be an integer in [0, 10000000]");
  const duplicateRate = o.duplicateRate ?? 0.1;
  const errorRate = o.errorRate ?? 0.02;
  if (!(duplicateRate >= 0 && duplicateRate < 1)) bad("duplicateRate must be in [0, 1)");
  if (!(errorRate >= 0 && errorRate <= 1)) bad("errorRate must be in [0, 1]");
  if (o.headerLanguage !== undefined && !Object.hasOwn(HEADERS, o.headerLanguage))
    bad("headerLanguage must be ar, fr or en");
  return { seed: o.seed, size: o.size, duplicateRate, errorRate, headerLanguage: o.headerLanguage ?? "fr" };
}

/**
 * Generate a realistic synthetic registry of associations and cooperatives,
 * with ground truth, deterministically from a seed.
 *
 * @remarks Seats are drawn across communes in proportion to their 2024
 * population (HCP, RGPH 2024, from `@madani/model/geo`); names are built from
 * Arabic words and their usual French renderings (roots such as الأمل / Al
 * Amal, douar names, commune names, the legal form and suffixes such as للتنمية
 * / pour le développement), so that distinct organizations with the same name
 * in the same commune occur, as they do in real registries. Values are typed
 * the way people type them: day-first and ISO dates, Arabic-Indic digits,
 * phones in five layouts. A share `duplicateRate` of rows repeat an earlier
 * organization with realistic edits (spelling variants in Arabic and French,
 * the name in the other script only, missing phone, RIB, date, board or
 * commune, a changed phone, swapped day and month); `entity` tells which rows
 * describe the same organization. A share `errorRate` of rows carry an error
 * that a correct import quarantines (`error`). Rows are produced one by one:
 * 300,000 take a few seconds and little memory.
 * @param options - see {@link GenerateRegistryOptions}.
 * @returns the registry; iterate it as records, CSV, CSV bytes or NDJSON.
 * @throws SyntheticOptionsError when the options are not an object, cannot be read or hold a value out
 * of range (a programmer error); never another exception.
 * @example
 * ```ts
 * const registry = generateRegistry({ seed: 42, size: 1000, duplicateRate: 0.1, errorRate: 0.02 });
 * const result = await ingest(registry.csvChunks());
 * ```
 */
export function generateRegistry(options: GenerateRegistryOptions): SyntheticRegistry {
  const o = checkOptions(options);
  const headers = HEADERS[o.headerLanguage];
  const idOf = (i: number): string => `SYN-${o.seed}-${String(i).padStart(7, "0")}`;

  /** Each row's identity (id, organization, duplicate, error) and its random source, before its values are drawn. */
  function* rows(): Generator<
    readonly [
      i: number,
      id: string,
      entity: number,
      duplicate: boolean,
      error: SyntheticErrorKind | undefined,
      rng: Random,
    ]
  > {
    const entities = new Int32Array(o.size);
    const errors = new Uint8Array(o.size); // 0: none, else 1 + index in ERROR_KINDS
    for (let i = 0; i < o.size; i++) {
      const rng = new Random(mix(o.seed, i, 0xa11ce));
      const duplicate = i > 0 && rng.chance(o.duplicateRate);
      const entity = duplicate ? (entities[rng.int(i)] as number) : i;
      entities[i] = entity;
      let error: SyntheticErrorKind | undefined = rng.chance(o.errorRate) ? rng.pick(ERROR_KINDS) : undefined;
      let id = idOf(i);
      if (error === "duplicate-id") {
        let target = -1;
        for (let t = 0; t < 5 && i > 0; t++) {
          const j = rng.int(i);
          if (errors[j] === 0) {
            target = j;
            break;
          }
        }
        if (target === -1) error = "invalid-date";
        else id = idOf(target);
      }
      errors[i] = error === undefined ? 0 : 1 + ERROR_KINDS.indexOf(error);
      yield [i, id, entity, duplicate, error, rng];
    }
  }

  function* records(): Generator<SyntheticRecord> {
    for (const [i, id, entity, duplicate, error, rng] of rows()) yield render(i, id, entity, duplicate, error, rng);
  }

  function* labels(): Generator<SyntheticLabel> {
    for (const [index, id, entity, duplicate, error] of rows())
      yield error === undefined ? { index, id, entity, duplicate } : { index, id, entity, duplicate, error };
  }

  function render(
    i: number,
    id: string,
    entityIndex: number,
    duplicate: boolean,
    error: SyntheticErrorKind | undefined,
    rng: Random,
  ): SyntheticRecord {
    const e = entityOf(o.seed, entityIndex);
    let nameAr: string | undefined = e.scripts === "fr" ? undefined : e.nameAr;
    let nameFr: string | undefined = e.scripts === "ar" ? undefined : e.nameFr;
    let foundedOn: string | undefined = e.foundedOn;
    let phone = e.phone;
    let rib = e.rib;
    let board = e.board;
    let address = e.address;
    let communeShown = true;
    if (duplicate) {
      if (rng.chance(0.3)) {
        // the other script only
        if (nameAr !== undefined && (nameFr === undefined || rng.chance(0.5))) {
          nameFr = e.nameFr;
          nameAr = undefined;
        } else {
          nameAr = e.nameAr;
          nameFr = undefined;
        }
      }
      if (nameAr !== undefined && rng.chance(0.6)) nameAr = arabicVariant(nameAr, rng);
      if (nameFr !== undefined && rng.chance(0.6)) nameFr = frenchVariant(nameFr, rng);
      if (rng.chance(0.3)) phone = undefined;
      else if (phone !== undefined && rng.chance(0.1)) phone = rng.pick(MOBILE_PREFIXES) + rng.digits(6);
      if (rng.chance(0.3)) rib = undefined;
      if (rng.chance(0.25)) foundedOn = undefined;
      else if (rng.chance(0.1)) {
        const [y, m, d] = e.foundedOn.split("-") as [string, string, string];
        if (Number(d) <= 12) foundedOn = `${y}-${d}-${m}`;
      }
      if (rng.chance(0.3)) board = undefined;
      if (rng.chance(0.3)) address = undefined;
      if (rng.chance(0.1)) communeShown = false;
    }
    const arabicRow = nameAr !== undefined && (nameFr === undefined || rng.chance(0.5));
    const v: Partial<Record<IngestFieldValue, string>> = { id };
    v.legalForm = arabicRow
      ? e.cooperative
        ? "تعاونية"
        : "جمعية"
      : e.cooperative
        ? rng.chance(0.5)
          ? "Coopérative"
          : "cooperative"
        : "Association";
    if (nameAr !== undefined) v.nameAr = rng.chance(0.05) ? `  ${nameAr} ` : nameAr;
    if (nameFr !== undefined) v.nameFr = nameFr;
    if (foundedOn !== undefined) v.foundedOn = renderDate(foundedOn, rng);
    const works = nameWorks(e.commune);
    const useAr = arabicRow ? works[0] : !works[1] && works[0];
    const communeText = useAr ? e.commune.nameAr : works[1] ? e.commune.nameFr : e.commune.code;
    v.province = e.commune.provinceCode;
    if (communeShown) v.commune = communeText;
    if (address !== undefined) v.address = arabicRow ? address[0] : address[1];
    if (phone !== undefined) v.phone = renderPhone(phone, rng);
    if (e.email !== undefined) v.email = e.email;
    if (rib !== undefined) v.rib = rng.chance(0.5) ? rib : rib.replace(/^(\d{3})(\d{3})(\d{16})(\d\d)$/, "$1 $2 $3 $4");
    if (e.ice !== undefined) v.ice = e.ice;
    if (board !== undefined && foundedOn !== undefined) {
      const show = (p: readonly [Pair, Pair]): string =>
        arabicRow ? `${p[0][0]} ${p[1][0]}` : `${p[0][1]} ${p[1][1]}`;
      const [president, treasurer, secretary] = board;
      if (president !== undefined) v.president = show(president);
      if (treasurer !== undefined) v.treasurer = show(treasurer);
      if (secretary !== undefined) v.secretary = show(secretary);
    }
    if (e.field !== undefined) v.fieldsOfAction = arabicRow ? e.field[0] : e.field[1];

    let extraCell = false;
    let openQuote = false;
    let badBytes = false;
    switch (error) {
      case "invalid-date":
        v.foundedOn = rng.chance(0.5) ? "31/02/2011" : "2011-13-45";
        break;
      case "invalid-phone":
        v.phone = "06 12 34";
        break;
      case "invalid-rib": {
        const body = `011519${rng.digits(16)}`;
        const good = rib ?? body + ribKey(body);
        v.rib = `${good.slice(0, 23)}${(Number(good[23]) + 1) % 10}`;
        break;
      }
      case "unknown-commune":
        v.commune = "Xyzabad Zqrt";
        break;
      case "missing-name":
        delete v.nameAr;
        delete v.nameFr;
        break;
      case "huge-field":
        v.address = "x".repeat(20_000);
        break;
      case "column-count":
        extraCell = true;
        break;
      case "unbalanced-quote":
        openQuote = true;
        break;
      case "encoding":
        badBytes = true;
        break;
      default:
        break;
    }
    const cells = FIELDS.map((f) => csvCell(v[f] ?? ""));
    if (extraCell) cells.push("extra");
    if (openQuote) cells[2] = `"${(v.nameAr ?? v.nameFr ?? "").replaceAll('"', "")}`;
    if (badBytes) cells[3] = `${cells[3] ?? ""}\uFFFD`;
    const csv = cells.join(",");
    let json = JSON.stringify(v);
    if (extraCell || openQuote) json = json.slice(0, -2);
    if (badBytes) json = json.replace(/"id":"/, '"id":"\uFFFD');
    return {
      index: i,
      id,
      entity: entityIndex,
      duplicate,
      ...(error === undefined ? {} : { error }),
      values: v,
      csv,
      json,
    };
  }

  function* chunks(rowsPerChunk: number, lineOf: (r: SyntheticRecord) => string, head: string): Generator<string> {
    let buf: string[] = head === "" ? [] : [head];
    for (const r of records()) {
      buf.push(lineOf(r));
      if (buf.length >= rowsPerChunk) {
        yield `${buf.join("\n")}\n`;
        buf = [];
      }
    }
    if (buf.length > 0) yield `${buf.join("\n")}\n`;
  }

  return {
    options: o,
    headers,
    fields: FIELDS,
    records,
    labels,
    csvChunks: (rowsPerChunk = 1000) => chunks(rowsPerChunk, (r) => r.csv, headers.map(csvCell).join(",")),
    ndjsonChunks: (rowsPerChunk = 1000) => chunks(rowsPerChunk, (r) => r.json, ""),
    *csvBytes(rowsPerChunk = 1000) {
      const encoder = new TextEncoder();
      for (const chunk of chunks(rowsPerChunk, (r) => r.csv, headers.map(csvCell).join(","))) {
        const parts = chunk.split("\uFFFD");
        const encoded = parts.map((p) => encoder.encode(p));
        const length = encoded.reduce((n, p) => n + p.length, 0) + parts.length - 1;
        const out = new Uint8Array(length);
        let at = 0;
        encoded.forEach((p, k) => {
          out.set(p, at);
          at += p.length;
          if (k < encoded.length - 1) out[at++] = 0xff;
        });
        yield out;
      }
    },
  };
}
