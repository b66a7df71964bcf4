import {
  type Contact,
  FieldOfAction,
  type Issue,
  type IssueExtras,
  LegalForm,
  type LegalFormValue,
  type Locale,
  type Mandate,
  type MultilingualText,
  makeIssue,
  type OrgIdentifier,
  parseEmail,
  parseIban,
  parseIce,
  parsePhone,
  parseRib,
} from "@madani/model";
import { findCommune, findProvince, findRegion } from "@madani/model/geo";
import { normalizeArabic } from "../normalize/arabic.js";
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
}

/** What mapping a row gave: a candidate organization (not yet validated) and issues. */
export interface Built {
  readonly candidate: Record<string, unknown> | undefined;
  readonly errors: readonly Issue<string>[];
  readonly warnings: readonly Issue<string>[];
}

const ARABIC = /[\u0600-\u06FF]/;
const MULTI_SEPARATOR = /\s*[;|/،؛\n]\s*/;

function issue(locale: Locale, code: IngestIssueCode, path: (string | number)[], extras?: IssueExtras): Issue<string> {
  return makeIssue(ingestMessages, code, locale, path, extras);
}

/** A text in the script it is written in: Arabic letters make it Arabic, anything else French. */
function byScript(text: string): MultilingualText {
  return ARABIC.test(text) ? { ar: text } : { fr: text };
}

let legalForms: ReadonlyMap<string, LegalFormValue> | undefined;

function legalFormIndex(): ReadonlyMap<string, LegalFormValue> {
  if (legalForms !== undefined) return legalForms;
  const map = new Map<string, LegalFormValue>();
  for (const v of LegalForm.values) {
    const labels = LegalForm.labels[v];
    for (const text of [v, labels.ar, labels.fr, labels.en]) map.set(normalizeArabic(text), v);
  }
  const extra: Record<string, LegalFormValue> = {
    assoc: "association",
    asso: "association",
    جمعيه: "association",
    coop: "cooperative",
    cooperative: "cooperative",
    تعاونيه: "cooperative",
    reseau: "network",
    شبكه: "network",
    federation: "federation",
    fondation: "foundation",
  };
  for (const [k, v] of Object.entries(extra)) map.set(k, v);
  legalForms = map;
  return map;
}

/** The legal form a name starts with ("جمعية …", "Association …", "Coopérative …"), if any. */
function legalFormFromName(names: readonly string[]): LegalFormValue | undefined {
  for (const n of names) {
    const first = normalizeArabic(n).split(" ")[0] ?? "";
    if (first === "جمعيه" || first === "association" || first === "assoc") return "association";
    if (first === "تعاونيه" || first === "cooperative" || first === "coop") return "cooperative";
    if (first === "شبكه" || first === "reseau") return "network";
    if (first === "اتحاد" || first === "union") return "union";
    if (first === "فيدراليه" || first === "federation" || first === "جامعه") return "federation";
    if (first === "مؤسسه" || first === "fondation" || first === "foundation") return "foundation";
  }
  return undefined;
}

let fields: ReadonlyMap<string, (typeof FieldOfAction.values)[number]> | undefined;

function fieldIndex(): ReadonlyMap<string, (typeof FieldOfAction.values)[number]> {
  if (fields !== undefined) return fields;
  const map = new Map<string, (typeof FieldOfAction.values)[number]>();
  for (const v of FieldOfAction.values) {
    const labels = FieldOfAction.labels[v];
    for (const text of [v, labels.ar, labels.fr, labels.en]) map.set(normalizeArabic(text), v);
  }
  fields = map;
  return map;
}

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
  private readonly answers = new Map<string, PlaceAnswer>();

  /** Resolve a région, province or commune name (or code) to its HCP codes, inside a scope. */
  resolve(level: "region" | "province" | "commune", query: string, within: string | undefined): PlaceAnswer {
    const key = `${level}\u0000${within ?? ""}\u0000${query}`;
    const cached = this.answers.get(key);
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
    if (this.answers.size > 50_000) this.answers.clear();
    this.answers.set(key, answer);
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
  for (const v of values ?? []) for (const part of v.split(MULTI_SEPARATOR)) if (part !== "") out.push(part);
  return out;
}

/** Identifier text as typed: ASCII letters, digits and `. _ / -` only after cleaning. */
function compactId(text: string): string {
  return text.replace(/\s+/g, "");
}

/**
 * Map the values of one flat row to a candidate organization, normalizing
 * every value on the way; the candidate still has to be validated.
 */
export function buildOrganization(values: FieldValues, row: number, options: BuildOptions): Built {
  const { locale } = options;
  const errors: Issue<string>[] = [];
  const warnings: Issue<string>[] = [];
  const clean = new Map<IngestFieldValue, string[]>();
  for (const [field, list] of values) {
    const kept: string[] = [];
    for (const raw of list) {
      if (raw.length > options.maxFieldLength) {
        errors.push(
          issue(locale, "ingest.field_too_large", [field], {
            params: { column: field, maximum: options.maxFieldLength },
          }),
        );
        continue;
      }
      const v = cleanText(raw);
      if (v !== "") kept.push(v);
    }
    if (kept.length > 0) clean.set(field, kept);
  }
  const one = (f: IngestFieldValue): string | undefined => clean.get(f)?.[0];

  const id = one("id") === undefined ? `${options.idPrefix}${row}` : (one("id") as string);
  const org: Record<string, unknown> = { id };

  // Names
  const name: { ar?: string; fr?: string; en?: string } = {};
  for (const n of clean.get("name") ?? []) {
    if (ARABIC.test(n)) name.ar ??= n;
    else name.fr ??= n;
  }
  const nameAr = one("nameAr");
  const nameFr = one("nameFr");
  const nameEn = one("nameEn");
  if (nameAr !== undefined) name.ar = nameAr;
  if (nameFr !== undefined) name.fr = nameFr;
  if (nameEn !== undefined) name.en = nameEn;
  const names = [name.ar, name.fr, name.en].filter((n): n is string => n !== undefined);
  if (names.length === 0) errors.push(issue(locale, "ingest.name_missing", ["name"]));
  else org.name = name;
  const acronym = one("acronym");
  if (acronym !== undefined) org.acronym = byScript(acronym);

  // Legal form
  const formText = one("legalForm");
  let legalForm: LegalFormValue | undefined;
  if (formText !== undefined) {
    legalForm = legalFormIndex().get(normalizeArabic(formText));
    if (legalForm === undefined)
      errors.push(
        issue(locale, "ingest.legal_form_unknown", ["legalForm"], { params: { value: formText }, value: formText }),
      );
  } else {
    legalForm = legalFormFromName(names) ?? options.defaultLegalForm;
    if (legalForm === undefined) errors.push(issue(locale, "ingest.legal_form_missing", ["legalForm"]));
  }
  if (legalForm !== undefined) org.legalForm = legalForm;

  // Dates
  const date = (field: "foundedOn" | "declaredOn"): string | undefined => {
    const text = one(field);
    if (text === undefined) return undefined;
    const iso = parseLooseDate(text);
    if (iso === undefined)
      errors.push(issue(locale, "ingest.invalid_date", [field], { params: { column: field }, value: text }));
    return iso;
  };
  const foundedOn = date("foundedOn");
  const declaredOn = date("declaredOn");
  if (foundedOn !== undefined) org.foundedOn = foundedOn;
  if (declaredOn !== undefined) org.lifecycle = { declaredOn };

  // Seat
  const seat: Record<string, unknown> = {};
  const place = (level: "region" | "province" | "commune", within: string | undefined): PlaceAnswer | undefined => {
    const query = one(level);
    if (query === undefined) return undefined;
    const answer = options.places.resolve(level, query, within);
    if (!answer.ok) {
      const params = { level, query, candidates: answer.candidates };
      errors.push(issue(locale, answer.code, ["seat", level], { params, value: query }));
    }
    return answer;
  };
  const region = place("region", undefined);
  const regionCode = region?.ok === true ? region.code : undefined;
  const province = place("province", regionCode);
  const provinceCode = province?.ok === true ? province.code : undefined;
  const commune = place("commune", provinceCode ?? regionCode);
  if (commune?.ok === true) {
    seat.communeCode = commune.code;
    if (commune.provinceCode !== undefined) seat.provinceCode = commune.provinceCode;
    seat.regionCode = commune.regionCode;
  } else {
    if (provinceCode !== undefined) seat.provinceCode = provinceCode;
    if (province?.ok === true) seat.regionCode = province.regionCode;
    else if (regionCode !== undefined) seat.regionCode = regionCode;
  }
  const address = one("address");
  if (address !== undefined) seat.line = byScript(address);
  const douar = one("douar");
  if (douar !== undefined) seat.douar = byScript(douar);
  const city = one("city");
  if (city !== undefined) seat.city = byScript(city);
  const postalCode = one("postalCode");
  if (postalCode !== undefined)
    seat.postalCode = compactId(postalCode).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  if (Object.keys(seat).length > 0) org.seat = seat;

  // Contacts
  const contacts: Contact[] = [];
  for (const p of split(clean.get("phone"))) {
    const r = parsePhone(p, { locale, path: ["contacts", "phone"] });
    if (r.ok) {
      if (!contacts.some((c) => c.kind === "phone" && c.value === r.value.e164))
        contacts.push({ kind: "phone", value: r.value.e164 });
    } else errors.push(...r.issues);
  }
  for (const e of split(clean.get("email"))) {
    const r = parseEmail(e, { locale, path: ["contacts", "email"] });
    if (r.ok) contacts.push({ kind: "email", value: r.value.email });
    else errors.push(...r.issues);
  }
  const website = one("website");
  if (website !== undefined)
    contacts.push({ kind: "website", value: /^https?:\/\//i.test(website) ? website : `https://${website}` });
  if (contacts.length > 0) org.contacts = contacts;

  // Bank account
  const ribText = one("rib");
  const ibanText = one("iban");
  const bank = one("bank");
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
  const ice = one("ice");
  if (ice !== undefined) {
    const r = parseIce(ice, { locale, path: ["identifiers", "ice"] });
    if (r.ok) identifiers.push({ scheme: "MA-ICE", id: r.value.ice });
    else errors.push(...r.issues);
  }
  const rc = one("rc");
  if (rc !== undefined) identifiers.push({ scheme: "MA-RC", id: compactId(rc) });
  const receipt = one("receiptNumber");
  if (receipt !== undefined) identifiers.push({ scheme: "MA-ASSOC", id: compactId(receipt) });
  if (identifiers.length > 0) org.identifiers = identifiers;

  // Fields of action
  const foa = split(clean.get("fieldsOfAction"));
  if (foa.length > 0) {
    const found: (typeof FieldOfAction.values)[number][] = [];
    for (const f of foa) {
      const v = fieldIndex().get(normalizeArabic(f));
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
  const people: [Mandate["role"], string][] = [];
  for (const p of clean.get("president") ?? []) people.push(["president", p]);
  for (const p of clean.get("treasurer") ?? []) people.push(["treasurer", p]);
  for (const p of clean.get("secretary") ?? []) people.push(["secretary-general", p]);
  for (const p of split(clean.get("board"))) people.push(["member", p]);
  if (people.length > 0) {
    const startOn = foundedOn ?? declaredOn;
    const complete = people.some(([r]) => r === "president") && people.some(([r]) => r === "treasurer");
    if (startOn === undefined)
      warnings.push(issue(locale, "ingest.board_undated", ["governingBodies"], { severity: "warning" }));
    else if (!complete)
      warnings.push(issue(locale, "ingest.board_incomplete", ["governingBodies"], { severity: "warning" }));
    else {
      const mandates: Mandate[] = people.map(([role, person], k) => ({
        personId: `${id}-m${k + 1}`,
        personName: byScript(person),
        role,
        startOn,
      }));
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
