/**
 * A hand-written check of the same rules `validateOrganization` applies, as a
 * plain-JavaScript baseline for the benchmark: shape (strict keys, types,
 * lengths, formats, enumerations), identifier checksums and the legal rules.
 * It answers valid/invalid only, with no localized issues, which is what a
 * fast hand-rolled validator of a registry would do.
 */
import { ENUMERATIONS } from "../src/index.js";
import { toDayNumber } from "../src/internal/days.js";

type Obj = Record<string, unknown>;

const set = (name: string): ReadonlySet<string> => new Set(ENUMERATIONS[name]?.values ?? []);
const LEGAL_FORMS = set("legalForm");
const FIELDS = set("fieldOfAction");
const TARGETS = set("targetGroup");
const SCHEMES = set("orgIdScheme");
const BODY_KINDS = set("governingBodyKind");
const ROLES = set("mandateRole");
const DECL_KINDS = set("declarationKind");
const NETWORKS = set("socialNetwork");
const ASSOCIATIVE = new Set(["association", "network", "federation", "union"]);
const GROUPING = new Set(["network", "federation", "union", "cooperative-union"]);
const SINGLE = ["president", "secretary-general", "deputy-secretary-general", "treasurer", "deputy-treasurer"];

const DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: identifiers exclude control characters
const ID = /^(?! )[^\u0000-\u001F\u007F]*(?<! )$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const ORG_ID = /^[A-Za-z0-9](?:[A-Za-z0-9._/-]*[A-Za-z0-9])?$/;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isStr = (v: unknown, min = 0, max = Number.POSITIVE_INFINITY): v is string =>
  typeof v === "string" && v.length >= min && v.length <= max;
const isDate = (v: unknown): v is string => typeof v === "string" && DATE.test(v);
const isId = (v: unknown): v is string => isStr(v, 1, 128) && ID.test(v);
const isInt = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v);
const optional = (v: unknown, check: (x: unknown) => boolean) => v === undefined || check(v);

function onlyKeys(o: Obj, allowed: ReadonlySet<string>): boolean {
  for (const k in o) if (!allowed.has(k)) return false;
  return true;
}
const keys = (...ks: string[]) => new Set(ks);

function mod97(digits: string): number {
  let r = 0;
  for (let i = 0; i < digits.length; i++) r = (r * 10 + digits.charCodeAt(i) - 48) % 97;
  return r;
}
const isRib = (v: unknown) => typeof v === "string" && /^\d{24}$/.test(v) && mod97(v) === 0;
const isIce = (v: unknown) => typeof v === "string" && /^\d{15}$/.test(v) && mod97(v) === 0;
const isIban = (v: unknown) =>
  typeof v === "string" &&
  /^MA\d{26}$/.test(v) &&
  mod97(`${v.slice(4)}2210${v.slice(2, 4)}`) === 1 &&
  isRib(v.slice(4));

const TEXT_KEYS = keys("ar", "fr", "en", "zgh");
function isText(v: unknown): boolean {
  if (!isObj(v) || !onlyKeys(v, TEXT_KEYS)) return false;
  let any = false;
  for (const k of ["ar", "fr", "en", "zgh"]) {
    const t = v[k];
    if (t === undefined) continue;
    if (typeof t !== "string") return false;
    const trimmed = t.trim();
    if (trimmed.length < 1 || trimmed.length > 2000) return false;
    any = true;
  }
  return any;
}

const MONEY_KEYS = keys("amount", "currency");
const isMoney = (v: unknown) =>
  isObj(v) && onlyKeys(v, MONEY_KEYS) && isInt(v.amount) && isStr(v.currency) && /^[A-Z]{3}$/.test(v.currency);

function uniqueOf(v: unknown, allowed: ReadonlySet<string> | null, max: number): boolean {
  if (!Array.isArray(v) || v.length > max) return false;
  const seen = new Set<string>();
  for (const x of v) {
    if (allowed === null ? !isId(x) : !(typeof x === "string" && allowed.has(x))) return false;
    if (seen.has(x)) return false;
    seen.add(x);
  }
  return true;
}

const ADDRESS_KEYS = keys(
  "line",
  "douar",
  "communeCode",
  "provinceCode",
  "regionCode",
  "city",
  "postalCode",
  "country",
);
function isAddress(v: unknown): boolean {
  if (!isObj(v) || !onlyKeys(v, ADDRESS_KEYS)) return false;
  const { line, douar, city, communeCode: c, provinceCode: p, regionCode: r, postalCode, country } = v;
  if (!optional(line, isText) || !optional(douar, isText) || !optional(city, isText)) return false;
  if (!optional(c, (x) => isStr(x) && /^\d{2}\.\d{3}\.\d{2}\.\d{1,2}$/.test(x))) return false;
  if (!optional(p, (x) => isStr(x) && /^\d{2}\.\d{3}$/.test(x))) return false;
  if (!optional(r, (x) => isStr(x) && /^\d{2}$/.test(x))) return false;
  if (!optional(postalCode, (x) => isStr(x) && /^\d{5}$/.test(x))) return false;
  if (!optional(country, (x) => isStr(x) && /^[A-Z]{2}$/.test(x))) return false;
  const cs = c as string | undefined;
  const ps = p as string | undefined;
  const rs = r as string | undefined;
  if (cs !== undefined && ps !== undefined && !cs.startsWith(`${ps}.`)) return false;
  if (ps !== undefined && rs !== undefined && !ps.startsWith(`${rs}.`)) return false;
  if (cs !== undefined && rs !== undefined && !cs.startsWith(`${rs}.`)) return false;
  return true;
}

const CONTACT_KEYS = keys("kind", "value", "label");
const SOCIAL_KEYS = keys("kind", "network", "value", "label");
function isContact(v: unknown): boolean {
  if (!isObj(v)) return false;
  if (!optional(v.label, isText)) return false;
  switch (v.kind) {
    case "phone":
      return onlyKeys(v, CONTACT_KEYS) && isStr(v.value) && E164.test(v.value);
    case "email":
      return onlyKeys(v, CONTACT_KEYS) && isStr(v.value, 1, 254) && EMAIL.test(v.value);
    case "website":
      return onlyKeys(v, CONTACT_KEYS) && isStr(v.value, 1, 2000) && /^https?:\/\/[^\s/$.?#].[^\s]*$/.test(v.value);
    case "social":
      return (
        onlyKeys(v, SOCIAL_KEYS) &&
        typeof v.network === "string" &&
        NETWORKS.has(v.network) &&
        isStr(v.value) &&
        v.value.trim().length >= 1
      );
    default:
      return false;
  }
}

const BANK_KEYS = keys("bank", "holder", "rib", "iban");
function isBank(v: unknown): boolean {
  if (!isObj(v) || !onlyKeys(v, BANK_KEYS)) return false;
  if (!optional(v.bank, (x) => isStr(x, 1, 200)) || !optional(v.holder, (x) => isStr(x, 1, 300))) return false;
  if (!optional(v.rib, isRib) || !optional(v.iban, isIban)) return false;
  if (v.rib === undefined && v.iban === undefined) return false;
  return v.rib === undefined || v.iban === undefined || (v.iban as string).slice(4) === v.rib;
}

const LIFECYCLE_FIELDS = [
  "declaredOn",
  "provisionalReceiptOn",
  "finalReceiptOn",
  "publicUtilityOn",
  "suspendedOn",
  "resumedOn",
  "dissolvedOn",
];
const LIFECYCLE_KEYS = new Set(LIFECYCLE_FIELDS);
const ORDER = [
  ["declaredOn", "provisionalReceiptOn"],
  ["provisionalReceiptOn", "finalReceiptOn"],
  ["declaredOn", "finalReceiptOn"],
  ["finalReceiptOn", "publicUtilityOn"],
  ["suspendedOn", "resumedOn"],
  ["declaredOn", "dissolvedOn"],
] as const;

const MANDATE_KEYS = keys("personId", "personName", "role", "startOn", "endOn", "electedOn");
const BODY_KEYS = keys("id", "organizationId", "kind", "name", "mandates");

function addMonth(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, "0")}-${String(nm).padStart(2, "0")}-${String(Math.min(day, last)).padStart(2, "0")}`;
}

function isBody(v: unknown, asOf: string | undefined): boolean {
  if (!isObj(v) || !onlyKeys(v, BODY_KEYS) || !isId(v.id) || !optional(v.organizationId, isId)) return false;
  if (typeof v.kind !== "string" || !BODY_KINDS.has(v.kind) || !optional(v.name, isText)) return false;
  const ms = v.mandates;
  if (!Array.isArray(ms) || ms.length > 1000) return false;
  const spans: [string, number, number][] = [];
  for (const m of ms) {
    if (!isObj(m) || !onlyKeys(m, MANDATE_KEYS) || !isId(m.personId) || !optional(m.personName, isText)) return false;
    if (
      typeof m.role !== "string" ||
      !ROLES.has(m.role) ||
      !isDate(m.startOn) ||
      !optional(m.endOn, isDate) ||
      !optional(m.electedOn, isDate)
    )
      return false;
    if (asOf !== undefined && m.electedOn !== undefined && (m.electedOn as string) > asOf) return false;
    const end = m.endOn === undefined ? Number.POSITIVE_INFINITY : toDayNumber(m.endOn as string);
    const start = toDayNumber(m.startOn);
    if (end < start) return false;
    spans.push([m.role, start, end]);
  }
  if ((v.kind !== "board" && v.kind !== "central-bureau") || spans.length === 0) return true;
  for (const role of SINGLE) {
    const of = spans.filter((s) => s[0] === role).sort((a, b) => a[1] - b[1]);
    let latest = Number.NEGATIVE_INFINITY;
    for (const s of of) {
      if (s[1] <= latest) return false;
      if (s[2] > latest) latest = s[2];
    }
  }
  // Every day some mandate covers has a president and a treasurer.
  const cover = merge(spans.map((s) => [s[1], s[2]]));
  for (const role of ["president", "treasurer"]) {
    const held = merge(spans.filter((s) => s[0] === role).map((s) => [s[1], s[2]]));
    for (const [cs, ce] of cover) {
      if (!held.some(([hs, he]) => hs <= cs && he >= ce)) return false;
    }
  }
  return true;
}
function merge(spans: [number, number][]): [number, number][] {
  spans.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && s <= last[1] + 1) {
      if (e > last[1]) last[1] = e;
    } else out.push([s, e]);
  }
  return out;
}

const ORG_KEYS = keys(
  "id",
  "legalForm",
  "name",
  "acronym",
  "identifiers",
  "purpose",
  "fieldsOfAction",
  "targetGroups",
  "seat",
  "foundedOn",
  "lifecycle",
  "formerNames",
  "contacts",
  "bankAccount",
  "cooperative",
  "founders",
  "parentId",
  "memberOrganizationIds",
  "governingBodies",
  "declarations",
);
const IDENT_KEYS = keys("scheme", "id");
const COOP_KEYS = keys("capital", "shareValue", "memberCount", "odcoNumber", "localRegistryNumber");
const DECL_KEYS = keys("kind", "changedOn", "declaredOn", "receiptOn");
const FORMER_KEYS = keys("name", "until");

/** `true` when the organization passes every rule `validateOrganization` checks. */
export function handWrittenCheck(v: unknown, asOf?: string): boolean {
  if (!isObj(v) || !onlyKeys(v, ORG_KEYS)) return false;
  if (!isId(v.id) || typeof v.legalForm !== "string" || !LEGAL_FORMS.has(v.legalForm)) return false;
  const form = v.legalForm;
  if (!isText(v.name) || !optional(v.acronym, isText) || !optional(v.purpose, isText)) return false;
  if (v.identifiers !== undefined) {
    if (!Array.isArray(v.identifiers) || v.identifiers.length > 20) return false;
    for (const i of v.identifiers) {
      if (!isObj(i) || !onlyKeys(i, IDENT_KEYS) || typeof i.scheme !== "string" || !SCHEMES.has(i.scheme)) return false;
      if (!isStr(i.id, 1, 64) || !ORG_ID.test(i.id)) return false;
      if (i.scheme === "MA-ICE" && !isIce(i.id)) return false;
    }
  }
  if (!optional(v.fieldsOfAction, (x) => uniqueOf(x, FIELDS, 40))) return false;
  if (!optional(v.targetGroups, (x) => uniqueOf(x, TARGETS, 40))) return false;
  if (!optional(v.seat, isAddress)) return false;
  if (!optional(v.foundedOn, isDate)) return false;
  const founded = v.foundedOn as string | undefined;
  if (asOf !== undefined && founded !== undefined && founded > asOf) return false;
  if (v.lifecycle !== undefined) {
    const l = v.lifecycle;
    if (!isObj(l) || !onlyKeys(l, LIFECYCLE_KEYS)) return false;
    for (const k of LIFECYCLE_FIELDS) {
      const d = l[k];
      if (d === undefined) continue;
      if (!isDate(d)) return false;
      if (asOf !== undefined && d > asOf) return false;
      if (founded !== undefined && d < founded) return false;
    }
    for (const [a, b] of ORDER) {
      const x = l[a] as string | undefined;
      const y = l[b] as string | undefined;
      if (x !== undefined && y !== undefined && y < x) return false;
    }
  }
  if (v.formerNames !== undefined) {
    if (!Array.isArray(v.formerNames) || v.formerNames.length > 50) return false;
    for (const f of v.formerNames) {
      if (!isObj(f) || !onlyKeys(f, FORMER_KEYS) || !isText(f.name) || !isDate(f.until)) return false;
      if (asOf !== undefined && f.until > asOf) return false;
    }
  }
  if (v.contacts !== undefined) {
    if (!Array.isArray(v.contacts) || v.contacts.length > 50) return false;
    for (const c of v.contacts) if (!isContact(c)) return false;
  }
  if (!optional(v.bankAccount, isBank)) return false;
  if (v.cooperative !== undefined) {
    const c = v.cooperative;
    if (!isObj(c) || !onlyKeys(c, COOP_KEYS) || !isMoney(c.capital) || !isMoney(c.shareValue)) return false;
    if (!optional(c.memberCount, (x) => isInt(x) && x >= 0 && x <= 10_000_000)) return false;
    if (!optional(c.odcoNumber, (x) => isStr(x) && x.trim().length >= 1 && x.trim().length <= 64)) return false;
    if (!optional(c.localRegistryNumber, (x) => isStr(x) && x.trim().length >= 1 && x.trim().length <= 64))
      return false;
    if (form !== "cooperative" && form !== "cooperative-union") return false;
    const capital = c.capital as { amount: number; currency: string };
    const share = c.shareValue as { amount: number; currency: string };
    if (capital.currency !== "MAD" || share.currency !== "MAD" || capital.amount < 100_000 || share.amount < 10_000)
      return false;
    if (c.memberCount !== undefined && (c.memberCount as number) < 5) return false;
  }
  if (v.founders !== undefined) {
    if (!Array.isArray(v.founders) || v.founders.length > 10000) return false;
    for (const f of v.founders) {
      if (!isObj(f)) return false;
      const ks = Object.keys(f);
      if (ks.length !== 1) return false;
      if (!(isId(f.personId) || isId(f.organizationId) || isText(f.name))) return false;
    }
    if (ASSOCIATIVE.has(form) && v.founders.length < 2) return false;
  }
  if (!optional(v.parentId, isId) || v.parentId === v.id) return false;
  if (v.memberOrganizationIds !== undefined) {
    if (!uniqueOf(v.memberOrganizationIds, null, 100000)) return false;
    const members = v.memberOrganizationIds as string[];
    if (members.length > 0 && !GROUPING.has(form)) return false;
    if (members.includes(v.id)) return false;
  }
  if (v.governingBodies !== undefined) {
    if (!Array.isArray(v.governingBodies) || v.governingBodies.length > 50) return false;
    for (const b of v.governingBodies) if (!isBody(b, asOf)) return false;
  }
  if (v.declarations !== undefined) {
    if (!Array.isArray(v.declarations) || v.declarations.length > 500) return false;
    for (const d of v.declarations) {
      if (!isObj(d) || !onlyKeys(d, DECL_KEYS) || typeof d.kind !== "string" || !DECL_KINDS.has(d.kind)) return false;
      if (!isDate(d.changedOn) || !optional(d.declaredOn, isDate) || !optional(d.receiptOn, isDate)) return false;
      if (
        asOf !== undefined &&
        (d.changedOn > asOf || (d.declaredOn as string) > asOf || (d.receiptOn as string) > asOf)
      )
        return false;
      if (d.declaredOn !== undefined && (d.declaredOn as string) < d.changedOn) return false;
      // Late declarations are warnings, not errors: nothing to reject; the due date is still computed.
      if (ASSOCIATIVE.has(form)) addMonth(d.changedOn);
    }
  }
  return true;
}
