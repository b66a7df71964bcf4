import {
  type Contact,
  EmailSchema,
  FieldOfAction,
  IbanSchema,
  type Issue,
  type IssueExtras,
  isStorableText,
  LegalForm,
  type LegalFormValue,
  type Locale,
  type Mandate,
  MandateRole,
  type MultilingualText,
  makeIssue,
  type OrgIdentifier,
  OrgIdentifierSchema,
  parseEmail,
  parseIban,
  parseIce,
  parseRib,
  RibSchema,
  SINGLE_HOLDER_ROLES,
} from "@madani/model";
import { findCommune, findProvince, findRegion } from "@madani/model/geo";
import { normalizeArabic } from "../normalize/arabic.js";
import type { PhoneCache } from "../normalize/phone.js";
import { cleanText, parseLooseDate } from "../normalize/text.js";
import type { IngestFieldValue } from "./columns.js";
import { type IngestIssueCode, ingestMessages } from "./messages.js";

/** The values of one flat row by field (a field mapped by several columns keeps every value). */
export type FieldValues = ReadonlyMap<IngestFieldValue, readonly string[]>;

/** Options of {@link buildOrganization}. */
export interface BuildOptions {
  readonly locale: Locale;
  readonly idPrefix: string;
  readonly defaultLegalForm: LegalFormValue | undefined;
  readonly maxFieldLength: number;
  readonly places: PlaceCache;
  /** Phone look-ups of the import (locale and path of `contacts.phone`). */
  readonly phones: PhoneCache;
}

/** What mapping a row gave: a candidate organization (not yet validated) and issues. */
export interface Built {
  readonly candidate: Record<string, unknown> | undefined;
  readonly errors: readonly Issue<string>[];
  readonly warnings: readonly Issue<string>[];
}

const ARABIC = /[\u0600-\u06FF]/;
const MULTI_SEPARATOR = /\s*[;|/،؛\n]\s*/;
/** A character of {@link MULTI_SEPARATOR}: a text without one is a single value. */
const SEPARATOR = /[;|/،؛\n]/;

function issue(locale: Locale, code: IngestIssueCode, path: (string | number)[], extras?: IssueExtras): Issue<string> {
  return makeIssue(ingestMessages, code, locale, path, extras);
}

/** A text in the script it is written in: Arabic letters make it Arabic, anything else French. */
function byScript(text: string): MultilingualText {
  return ARABIC.test(text) ? { ar: text } : { fr: text };
}

/**
 * A look-up of the value of an enumeration a text names: by its value or any of its labels (and `extra`
 * spellings), folded as {@link normalizeArabic} folds them. The index is built on the first look-up; answers
 * are kept by the text as typed (a registry spells its values a few ways), at most 10,000 of them.
 */
function labelLookup<V extends string>(
  enumeration: {
    readonly values: readonly V[];
    readonly labels: Readonly<Record<V, Readonly<Record<Locale, string>>>>;
  },
  extra: Readonly<Record<string, V>> = {},
): (text: string) => V | undefined {
  let index: ReadonlyMap<string, V> | undefined;
  const answers = new Map<string, V | null>();
  return (text) => {
    let found = answers.get(text);
    if (found === undefined) {
      // Stryker disable next-line all: the index is built once; building it again gives the same map
      if (index === undefined) {
        const map = new Map<string, V>();
        for (const v of enumeration.values) {
          const labels = enumeration.labels[v];
          for (const label of [v, labels.ar, labels.fr, labels.en]) map.set(normalizeArabic(label), v);
        }
        for (const [k, v] of Object.entries(extra)) map.set(normalizeArabic(k), v);
        index = map;
      }
      found = index.get(normalizeArabic(text)) ?? null;
      // Stryker disable next-line all: a bound on the cache's memory: the answers are the same once it is cleared
      if (answers.size >= 10_000) answers.clear();
      answers.set(text, found);
    }
    return found ?? undefined;
  };
}

/** The legal form a column's text names, if any. */
const legalFormOf = labelLookup(LegalForm, {
  assoc: "association",
  asso: "association",
  جمعية: "association",
  coop: "cooperative",
  cooperative: "cooperative",
  تعاونية: "cooperative",
  reseau: "network",
  شبكة: "network",
  federation: "federation",
  fondation: "foundation",
});

/**
 * The first words of a name that give its legal form, folded as {@link normalizeArabic} folds a name
 * (so `مؤسسة` is compared as `موسسه`).
 */
const NAME_FIRST_WORDS: readonly (readonly [LegalFormValue, readonly string[]])[] = (
  [
    ["association", ["جمعية", "association", "assoc"]],
    ["cooperative", ["تعاونية", "cooperative", "coop"]],
    ["network", ["شبكة", "reseau"]],
    ["union", ["اتحاد", "union"]],
    ["federation", ["فيدرالية", "federation", "جامعة"]],
    ["foundation", ["مؤسسة", "fondation", "foundation"]],
  ] as const
).map(([form, words]) => [form, words.map((w) => normalizeArabic(w))] as const);

/** The legal form a name starts with ("جمعية …", "Association …", "Coopérative …"), if any. */
function legalFormFromName(names: readonly string[]): LegalFormValue | undefined {
  for (const n of names) {
    const first = normalizeArabic(n).split(" ")[0] ?? "";
    for (const [form, words] of NAME_FIRST_WORDS) if (words.includes(first)) return form;
  }
  return undefined;
}

/** The field of action a text names, if any. */
const fieldOf = labelLookup(FieldOfAction);

/** Resolved HCP codes of a place query, cached per (level, query, scope). */
type PlaceAnswer =
  | { readonly ok: true; readonly code: string; readonly regionCode: string; readonly provinceCode?: string }
  | {
      readonly ok: false;
      readonly code: "ingest.place_not_found" | "ingest.place_ambiguous";
      readonly candidates: string;
    };

/** A cache of place look-ups shared by the rows of one import. */
export class PlaceCache {
  /** Answers by level, by scope (`""` for none), then by query. */
  private readonly answers = {
    region: new Map<string, Map<string, PlaceAnswer>>(),
    province: new Map<string, Map<string, PlaceAnswer>>(),
    commune: new Map<string, Map<string, PlaceAnswer>>(),
  };
  private size = 0;

  /** Resolve a région, province or commune name (or code) to its HCP codes, inside a scope. */
  resolve(level: "region" | "province" | "commune", query: string, within: string | undefined): PlaceAnswer {
    const scope = within ?? "";
    let inScope = this.answers[level].get(scope);
    const cached = inScope?.get(query);
    if (cached !== undefined) return cached;
    const options = within === undefined ? {} : { within };
    let answer: PlaceAnswer;
    if (level === "region") {
      const r = findRegion(query);
      answer = r.ok ? { ok: true, code: r.value.code, regionCode: r.value.code } : failed(r.issues);
    } else if (level === "province") {
      const r = findProvince(query, options);
      answer = r.ok ? { ok: true, code: r.value.code, regionCode: r.value.regionCode } : failed(r.issues);
    } else {
      const r = findCommune(query, options);
      answer = r.ok
        ? { ok: true, code: r.value.code, regionCode: r.value.regionCode, provinceCode: r.value.provinceCode }
        : failed(r.issues);
    }
    // Stryker disable all: a bound on the cache's memory: the answers are the same once it is cleared
    if (this.size > 50_000) {
      for (const byScope of Object.values(this.answers)) byScope.clear();
      this.size = 0;
      inScope = undefined;
    }
    // Stryker restore all
    if (inScope === undefined) {
      inScope = new Map();
      this.answers[level].set(scope, inScope);
    }
    inScope.set(query, answer);
    // Stryker disable next-line all: a bound on the cache's memory: the answers are the same once it is cleared
    this.size++;
    return answer;
  }
}

function failed(issues: readonly Issue[]): PlaceAnswer {
  const first = issues[0];
  if (first?.code === "geo.ambiguous") {
    return { ok: false, code: "ingest.place_ambiguous", candidates: String(first.params?.candidates ?? "") };
  }
  return { ok: false, code: "ingest.place_not_found", candidates: "" };
}

function split(values: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const v of values ?? []) {
    if (!SEPARATOR.test(v)) {
      if (v !== "") out.push(v);
    } else for (const part of v.split(MULTI_SEPARATOR)) if (part !== "") out.push(part);
  }
  return out;
}

/** Identifier text as typed: ASCII letters, digits and `. _ / -` only after cleaning. */
function compactId(text: string): string {
  return text.replace(/\s+/g, "");
}

/**
 * The text as a string of its own. Cells are cut from the text of their chunk
 * of input, and a JavaScript engine may keep a long piece of text as a view of
 * the whole: an organization would then keep its whole chunk of input alive.
 * Short texts are always copies.
 */
function detach(text: string): string {
  // Stryker disable next-line all: a copy or a view of the same text: equal strings either way
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** Printable ASCII words with single spaces between: text that {@link cleanText} gives back unchanged. */
const PLAIN_ASCII = /^[!-~]+(?: [!-~]+)*$/;

const cleanValues = new Map<IngestFieldValue, string[]>();
const cleanLists = new Map<IngestFieldValue, string[]>();

/** The first value of a field, if any. */
function firstOf(clean: FieldValues, field: IngestFieldValue): string | undefined {
  return clean.get(field)?.[0];
}

/** The date of a field as `YYYY-MM-DD`; an error when it cannot be read. */
function readDate(
  clean: FieldValues,
  field: "foundedOn" | "declaredOn",
  locale: Locale,
  errors: Issue<string>[],
): string | undefined {
  const text = firstOf(clean, field);
  if (text === undefined) return undefined;
  const iso = parseLooseDate(text);
  if (iso === undefined)
    errors.push(issue(locale, "ingest.invalid_date", [field], { params: { column: field }, value: text }));
  return iso;
}

/** The place a field names, inside a scope; an error when it is not found or ambiguous. */
function readPlace(
  clean: FieldValues,
  level: "region" | "province" | "commune",
  within: string | undefined,
  options: BuildOptions,
  errors: Issue<string>[],
): PlaceAnswer | undefined {
  const query = firstOf(clean, level);
  if (query === undefined) return undefined;
  const answer = options.places.resolve(level, query, within);
  if (!answer.ok) {
    const params = { level, query, candidates: answer.candidates };
    errors.push(issue(options.locale, answer.code, ["seat", level], { params, value: query }));
  }
  return answer;
}

/** Add a mandate for each person, numbered after those already there. */
function addMandates(
  mandates: Mandate[],
  id: string,
  role: Mandate["role"],
  people: readonly string[] | undefined,
  startOn: string | undefined,
): void {
  for (const person of people ?? []) {
    const personId = `${id}-m${mandates.length + 1}`;
    const personName = byScript(person);
    mandates.push(startOn === undefined ? { personId, personName, role } : { personId, personName, role, startOn });
  }
}

function hasPhone(contacts: readonly Contact[], e164: string): boolean {
  for (const c of contacts) if (c.kind === "phone" && c.value === e164) return true;
  return false;
}

/**
 * Map the values of one flat row to a candidate organization, normalizing
 * every value on the way; the candidate still has to be validated.
 */
export function buildOrganization(values: FieldValues, row: number, options: BuildOptions): Built {
  const { locale } = options;
  const errors: Issue<string>[] = [];
  const warnings: Issue<string>[] = [];
  // The cleaned values live in one map and one list per field, reused by every row (nothing here keeps them).
  const clean = cleanValues;
  clean.clear();
  for (const [field, list] of values) {
    let kept = cleanLists.get(field);
    if (kept === undefined) {
      kept = [];
      cleanLists.set(field, kept);
    }
    kept.length = 0;
    for (const raw of list) {
      if (raw.length > options.maxFieldLength) {
        errors.push(
          issue(locale, "ingest.field_too_large", [field], {
            params: { column: field, maximum: options.maxFieldLength },
          }),
        );
        continue;
      }
      const v = detach(PLAIN_ASCII.test(raw) ? raw : cleanText(raw));
      if (v !== "") kept.push(v);
    }
    if (kept.length > 0) clean.set(field, kept);
  }
  // Helpers are module functions, not closures made for each row: rows are many.
  const id = firstOf(clean, "id") ?? `${options.idPrefix}${row}`;
  const org: Record<string, unknown> = { id };

  // Names
  const name: { ar?: string; fr?: string; en?: string } = {};
  for (const n of clean.get("name") ?? []) {
    if (ARABIC.test(n)) name.ar ??= n;
    else name.fr ??= n;
  }
  const nameAr = firstOf(clean, "nameAr");
  const nameFr = firstOf(clean, "nameFr");
  const nameEn = firstOf(clean, "nameEn");
  if (nameAr !== undefined) name.ar = nameAr;
  if (nameFr !== undefined) name.fr = nameFr;
  if (nameEn !== undefined) name.en = nameEn;
  if (name.ar === undefined && name.fr === undefined && name.en === undefined)
    errors.push(issue(locale, "ingest.name_missing", ["name"]));
  else org.name = name;
  const acronym = firstOf(clean, "acronym");
  if (acronym !== undefined) org.acronym = byScript(acronym);

  // Legal form
  const formText = firstOf(clean, "legalForm");
  let legalForm: LegalFormValue | undefined;
  if (formText !== undefined) {
    legalForm = legalFormOf(formText);
    if (legalForm === undefined)
      errors.push(
        issue(locale, "ingest.legal_form_unknown", ["legalForm"], { params: { value: formText }, value: formText }),
      );
  } else {
    const names: string[] = [];
    if (name.ar !== undefined) names.push(name.ar);
    if (name.fr !== undefined) names.push(name.fr);
    if (name.en !== undefined) names.push(name.en);
    legalForm = legalFormFromName(names) ?? options.defaultLegalForm;
    if (legalForm === undefined) errors.push(issue(locale, "ingest.legal_form_missing", ["legalForm"]));
  }
  if (legalForm !== undefined) org.legalForm = legalForm;

  // Dates
  const foundedOn = readDate(clean, "foundedOn", locale, errors);
  const declaredOn = readDate(clean, "declaredOn", locale, errors);
  if (foundedOn !== undefined) org.foundedOn = foundedOn;
  if (declaredOn !== undefined) org.lifecycle = { declaredOn };

  // Seat
  const seat: Record<string, unknown> = {};
  const region = readPlace(clean, "region", undefined, options, errors);
  const regionCode = region?.ok === true ? region.code : undefined;
  const province = readPlace(clean, "province", regionCode, options, errors);
  const provinceCode = province?.ok === true ? province.code : undefined;
  const commune = readPlace(clean, "commune", provinceCode ?? regionCode, options, errors);
  if (commune?.ok === true) {
    seat.communeCode = commune.code;
    if (commune.provinceCode !== undefined) seat.provinceCode = commune.provinceCode;
    seat.regionCode = commune.regionCode;
  } else {
    if (provinceCode !== undefined) seat.provinceCode = provinceCode;
    if (province?.ok === true) seat.regionCode = province.regionCode;
    else if (regionCode !== undefined) seat.regionCode = regionCode;
  }
  const address = firstOf(clean, "address");
  if (address !== undefined) seat.line = byScript(address);
  const douar = firstOf(clean, "douar");
  if (douar !== undefined) seat.douar = byScript(douar);
  const city = firstOf(clean, "city");
  if (city !== undefined) seat.city = byScript(city);
  const postalCode = firstOf(clean, "postalCode");
  if (postalCode !== undefined)
    seat.postalCode = compactId(postalCode).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  for (const _ in seat) {
    org.seat = seat;
    break;
  }

  // Contacts
  const contacts: Contact[] = [];
  for (const p of split(clean.get("phone"))) {
    const r = options.phones.lookup(p);
    if (r.ok) {
      if (!hasPhone(contacts, r.e164)) contacts.push({ kind: "phone", value: r.e164 });
    } else errors.push(...r.issues);
  }
  for (const e of split(clean.get("email"))) {
    const r = parseEmail(e, { locale, path: ["contacts", "email"] });
    if (r.ok) contacts.push({ kind: "email", value: r.value.email });
    else errors.push(...r.issues);
  }
  const website = firstOf(clean, "website");
  if (website !== undefined)
    contacts.push({ kind: "website", value: /^https?:\/\//i.test(website) ? website : `https://${website}` });
  if (contacts.length > 0) org.contacts = contacts;

  // Bank account
  const ribText = firstOf(clean, "rib");
  const ibanText = firstOf(clean, "iban");
  const bank = firstOf(clean, "bank");
  if (ribText !== undefined || ibanText !== undefined) {
    const account: Record<string, string> = {};
    if (ribText !== undefined) {
      const r = parseRib(ribText, { locale, path: ["bankAccount", "rib"] });
      if (r.ok) account.rib = r.value.rib;
      else errors.push(...r.issues);
    }
    if (ibanText !== undefined) {
      const r = parseIban(ibanText, { locale, path: ["bankAccount", "iban"] });
      if (r.ok) account.iban = r.value.iban;
      else errors.push(...r.issues);
    }
    if (bank !== undefined) account.bank = bank;
    org.bankAccount = account;
  }

  // Identifiers
  const identifiers: OrgIdentifier[] = [];
  const ice = firstOf(clean, "ice");
  if (ice !== undefined) {
    const r = parseIce(ice, { locale, path: ["identifiers", "ice"] });
    if (r.ok) identifiers.push({ scheme: "MA-ICE", id: r.value.ice });
    else errors.push(...r.issues);
  }
  const rc = firstOf(clean, "rc");
  if (rc !== undefined) identifiers.push({ scheme: "MA-RC", id: compactId(rc) });
  const receipt = firstOf(clean, "receiptNumber");
  if (receipt !== undefined) identifiers.push({ scheme: "MA-ASSOC", id: compactId(receipt) });
  if (identifiers.length > 0) org.identifiers = identifiers;

  // Fields of action
  const foa = split(clean.get("fieldsOfAction"));
  if (foa.length > 0) {
    const found: (typeof FieldOfAction.values)[number][] = [];
    for (const f of foa) {
      const v = fieldOf(f);
      if (v === undefined)
        warnings.push(
          issue(locale, "ingest.unknown_value", ["fieldsOfAction"], {
            params: { column: "fieldsOfAction", value: f },
            value: f,
            severity: "warning",
          }),
        );
      else if (!found.includes(v)) found.push(v);
    }
    if (found.length > 0) org.fieldsOfAction = found;
  }

  // Board
  const presidents = clean.get("president");
  const treasurers = clean.get("treasurer");
  const secretaries = clean.get("secretary");
  const members = split(clean.get("board"));
  if (presidents !== undefined || treasurers !== undefined || secretaries !== undefined || members.length > 0) {
    const complete = presidents !== undefined && treasurers !== undefined;
    if (!complete)
      warnings.push(issue(locale, "ingest.board_incomplete", ["governingBodies"], { severity: "warning" }));
    else {
      // A board listed without any date of the organization is kept: its names matter (deduplication,
      // exports). Its mandates have no start date, which the model allows, and the warning says so.
      const startOn = foundedOn ?? declaredOn;
      if (startOn === undefined) {
        warnings.push(issue(locale, "ingest.board_undated", ["governingBodies"], { severity: "warning" }));
      }
      const mandates: Mandate[] = [];
      addMandates(mandates, id, "president", presidents, startOn);
      addMandates(mandates, id, "treasurer", treasurers, startOn);
      addMandates(mandates, id, "secretary-general", secretaries, startOn);
      addMandates(mandates, id, "member", members, startOn);
      org.governingBodies = [{ id: `${id}-board`, kind: "board", mandates }];
    }
  }

  return { candidate: errors.length === 0 ? org : undefined, errors, warnings };
}

/**
 * Clean every string of a structured JSON record (NFC, invisible characters,
 * white space), recursively; other values are kept.
 */
export function cleanDeep(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return cleanText(value);
  if (depth > 50 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => cleanDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = cleanDeep(v, depth + 1);
  return out;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: identifiers exclude control characters
const ID_CONTROL = /[\u0000-\u001F\u007F]/;
const E164 = /^\+[1-9]\d{6,14}$/;
const REGION_CODE = /^\d{2}$/;
const PROVINCE_CODE = /^\d{2}\.\d{3}$/;
const COMMUNE_CODE = /^\d{2}\.\d{3}\.\d{2}\.\d{1,2}$/;
const POSTAL_CODE = /^\d{5}$/;
const SINGLE_HOLDERS: ReadonlySet<string> = new Set(SINGLE_HOLDER_ROLES);

function isId(value: unknown): boolean {
  return (
    typeof value === "string" &&
    value.length >= 1 &&
    value.length <= 128 &&
    value[0] !== " " &&
    value[value.length - 1] !== " " &&
    !ID_CONTROL.test(value) &&
    isStorableText(value)
  );
}

function isText(value: unknown, max: number): boolean {
  return (
    typeof value === "string" &&
    value.length >= 1 &&
    value.length <= max &&
    value === value.trim() &&
    isStorableText(value)
  );
}

function isMultilingual(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const text = value as Record<string, unknown>;
  let any = false;
  for (const k in text) {
    if ((k !== "ar" && k !== "fr" && k !== "en") || !isText(text[k], 2000)) return false;
    any = true;
  }
  return any;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written `YYYY-MM-DD` (what the model's date schema accepts), not after `asOf`. */
export function isIsoDate(value: unknown, asOf?: string): value is string {
  if (typeof value !== "string") return false;
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days && (asOf === undefined || value <= asOf);
}

function isSeat(seat: Record<string, unknown>): boolean {
  const { communeCode: c, provinceCode: p, regionCode: r } = seat;
  for (const k in seat) {
    const v = seat[k];
    if (k === "line" || k === "douar" || k === "city") {
      if (!isMultilingual(v)) return false;
    } else if (k === "postalCode") {
      if (typeof v !== "string" || !POSTAL_CODE.test(v)) return false;
    } else if (k === "communeCode") {
      if (typeof v !== "string" || !COMMUNE_CODE.test(v)) return false;
    } else if (k === "provinceCode") {
      if (typeof v !== "string" || !PROVINCE_CODE.test(v)) return false;
    } else if (k === "regionCode") {
      if (typeof v !== "string" || !REGION_CODE.test(v)) return false;
    } else return false;
  }
  const starts = (a: unknown, b: unknown) =>
    a === undefined || b === undefined || String(a).startsWith(`${String(b)}.`);
  return starts(c, p) && starts(p, r) && starts(c, r);
}

function isBoard(body: unknown, asOf: string | undefined): boolean {
  if (typeof body !== "object" || body === null) return false;
  const { id, kind, mandates, ...rest } = body as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || !isId(id) || kind !== "board" || !Array.isArray(mandates)) return false;
  if (mandates.length === 0 || mandates.length > 1000) return false;
  const held: string[] = [];
  // Every mandate the builder makes has the same start date, or none (a board listed without any date).
  const startOn = (mandates[0] as Mandate).startOn;
  if (startOn !== undefined && !isIsoDate(startOn, asOf)) return false;
  const expectedKeys = startOn === undefined ? 3 : 4;
  for (const m of mandates as Mandate[]) {
    let keys = 0;
    for (const _ in m) keys++;
    if (keys !== expectedKeys || !isId(m.personId) || !isMultilingual(m.personName)) return false;
    if (!MandateRole.values.includes(m.role) || m.startOn !== startOn) return false;
    if (SINGLE_HOLDERS.has(m.role)) {
      if (held.includes(m.role)) return false;
      held.push(m.role);
    }
  }
  return held.includes("president") && held.includes("treasurer");
}

/**
 * Whether a candidate made by {@link buildOrganization} is certainly valid:
 * `validateOrganization` would accept it with no warning and give it back
 * unchanged. Checked field by field on the shapes the builder makes (anything
 * else answers `false`), so that most rows skip the full validation.
 *
 * @param org - a candidate of {@link buildOrganization}.
 * @param asOf - the `asOf` of the import, if any.
 * @returns `true` when the candidate can be accepted as it is; `false` when it must be validated.
 */
export function isCertainlyValid(org: Record<string, unknown>, asOf: string | undefined): boolean {
  for (const k in org) {
    const v = org[k];
    switch (k) {
      case "id":
        if (!isId(v)) return false;
        break;
      case "legalForm":
        if (!LegalForm.values.includes(v as LegalFormValue)) return false;
        break;
      case "name":
      case "acronym":
        if (!isMultilingual(v)) return false;
        break;
      case "foundedOn":
        if (!isIsoDate(v, asOf)) return false;
        break;
      case "lifecycle": {
        const l = v as Record<string, unknown>;
        if (Object.keys(l).length !== 1 || !isIsoDate(l.declaredOn, asOf)) return false;
        if (typeof org.foundedOn === "string" && l.declaredOn < org.foundedOn) return false;
        break;
      }
      case "seat":
        if (!isSeat(v as Record<string, unknown>)) return false;
        break;
      case "contacts": {
        const list = v as Contact[];
        if (list.length > 50) return false;
        for (const c of list) {
          if (c.kind === "phone") {
            if (!E164.test(c.value)) return false;
          } else if (c.kind !== "email" || !EmailSchema.safeParse(c.value).success) return false;
        }
        break;
      }
      case "bankAccount": {
        const { rib, iban, bank, ...rest } = v as Record<string, unknown>;
        if (Object.keys(rest).length > 0 || (rib === undefined && iban === undefined)) return false;
        if (rib !== undefined && !RibSchema.safeParse(rib).success) return false;
        if (iban !== undefined && !IbanSchema.safeParse(iban).success) return false;
        if (rib !== undefined && iban !== undefined && String(iban).slice(4) !== rib) return false;
        if (bank !== undefined && !isText(bank, 200)) return false;
        break;
      }
      case "identifiers": {
        const list = v as unknown[];
        if (list.length > 20 || !list.every((i) => OrgIdentifierSchema.safeParse(i).success)) return false;
        break;
      }
      case "fieldsOfAction": {
        const list = v as unknown[];
        if (list.length > 40 || new Set(list).size !== list.length) return false;
        if (!list.every((f) => FieldOfAction.values.includes(f as (typeof FieldOfAction.values)[number]))) return false;
        break;
      }
      case "governingBodies": {
        const list = v as unknown[];
        if (list.length !== 1 || !isBoard(list[0], asOf)) return false;
        break;
      }
      default:
        return false;
    }
  }
  return typeof org.id === "string" && typeof org.legalForm === "string" && org.name !== undefined;
}
