import {
  IsoDateSchema,
  type Issue,
  type Locale,
  legalStatusOn,
  localeOfOptions,
  makeIssue,
  type Organization,
  type Result,
} from "@madani/model";
import * as z from "zod";
import { type DisclosureCategory, disclose, ORGANIZATION_DISCLOSURE, withheldPaths } from "./disclosure.js";
import { type ExportIssueCode, exportMessages } from "./messages.js";

/**
 * Options of {@link exportOrganizations} and {@link exportOrganizationChunks}.
 *
 * @example
 * ```ts
 * const publicCsv: ExportOptions = { format: "csv", asOf: "2025-12-31" };
 * const withContacts: ExportOptions = { format: "csv", include: ["contact"] };
 * const internalFull: ExportOptions = { format: "ndjson", personalData: "include" };
 * ```
 */
export interface ExportOptions {
  /** `"ndjson"`: one JSON organization per line; `"csv"`: one flat row per organization, with a header. */
  readonly format: "ndjson" | "csv";
  /**
   * `"redact"` (default): a public export, with only the fields
   * `ORGANIZATION_DISCLOSURE` classifies `"public"`, plus the categories named in
   * `include`. `"include"`: a full export for an authorized recipient, with every
   * field of the schema (people's names and ids, contact and bank details); keys
   * that are not in the schema still never go out.
   */
  readonly personalData?: "redact" | "include" | undefined;
  /**
   * Categories a public export adds: `"contact"` (phones, e-mails and
   * social-network accounts; the website is public) and `"bank"` (bank, holder,
   * RIB, IBAN). Default none.
   */
  readonly include?: readonly ("contact" | "bank")[] | undefined;
  /** Add each organization's legal status on this date (`YYYY-MM-DD`): `legalStatus` in NDJSON, a `status` column in CSV. */
  readonly asOf?: string | undefined;
  /** CSV only: field separator, `","` (default) or `";"` (French spreadsheets). */
  readonly separator?: "," | ";" | undefined;
  /** CSV only: start with a UTF-8 byte order mark so that spreadsheets read Arabic right; default `false`. */
  readonly bom?: boolean | undefined;
  /** Language of issue messages; default `"en"`. */
  readonly locale?: Locale | undefined;
}

/**
 * The chunks of {@link exportOrganizationChunks}: iterate them to get the lines, then read
 * `skipped` for the records that did not go out.
 *
 * @example
 * ```ts
 * const chunks = exportOrganizationChunks(organizations, { format: "ndjson" });
 * if (chunks.ok) {
 *   for (const line of chunks.value) stream.write(line);
 *   for (const issue of chunks.value.skipped) console.warn(issue.path, issue.message);
 * }
 * ```
 */
export interface ExportChunks extends Iterable<string> {
  /**
   * Filled while the chunks are iterated: one `export.invalid_organization` issue (path
   * `[index]`) per record without an id, a legal form and a name, one
   * `export.input_unreadable` issue per record that could not be read, and one when the
   * input itself stopped with an error (the export ends there). Empty for a clean export.
   */
  readonly skipped: readonly Issue<ExportIssueCode>[];
}

const OptionsSchema = z.strictObject({
  format: z.enum(["ndjson", "csv"]),
  personalData: z.enum(["redact", "include"]).optional(),
  include: z
    .array(z.enum(["contact", "bank"]))
    .max(2)
    .optional(),
  asOf: IsoDateSchema.optional(),
  separator: z.enum([",", ";"]).optional(),
  bom: z.boolean().optional(),
  locale: z.enum(["ar", "fr", "en"]).optional(),
});

/**
 * The CSV columns of every export, in order; then `status` (with `asOf`), the
 * contact, bank and personal columns when the policy includes them.
 */
export const EXPORT_CSV_COLUMNS: readonly string[] = Object.freeze([
  "id",
  "legal_form",
  "name_ar",
  "name_fr",
  "name_en",
  "name_zgh",
  "acronym_ar",
  "acronym_fr",
  "region_code",
  "province_code",
  "commune_code",
  "fields_of_action",
  "target_groups",
  "founded_on",
  "declared_on",
  "provisional_receipt_on",
  "final_receipt_on",
  "public_utility_on",
  "suspended_on",
  "resumed_on",
  "dissolved_on",
  "ice",
  "website",
  "parent_id",
]);

/** The CSV columns an export has when its policy includes `"contact"` (and a full export): the first phone and e-mail. */
export const EXPORT_CSV_CONTACT_COLUMNS: readonly string[] = Object.freeze(["phone", "email"]);

/** The CSV columns an export has when its policy includes `"bank"` (and a full export): the bank account. */
export const EXPORT_CSV_BANK_COLUMNS: readonly string[] = Object.freeze(["bank", "rib", "iban"]);

/**
 * The CSV columns that only a full export (`personalData: "include"`) has: the
 * founders' names and the board members' names with their roles.
 */
export const EXPORT_CSV_PERSONAL_COLUMNS: readonly string[] = Object.freeze(["founder_names", "board_members"]);

const text = (t: Partial<Organization["name"]> | undefined): string =>
  t === undefined ? "" : [t.ar, t.fr, t.en, t.zgh].filter((x): x is string => typeof x === "string").join(" / ");

function csvCell(value: string | undefined, separator: string): string {
  if (value === undefined || value === "") return "";
  // Cells a spreadsheet would run as a formula get a leading apostrophe (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Records are read defensively: a malformed field gives an empty cell, never an exception. */
const obj = <T extends object>(v: T | undefined): Partial<T> => (typeof v === "object" && v !== null ? v : {});
const arr = <T>(v: readonly T[] | undefined): readonly T[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const strs = (v: readonly unknown[] | undefined): string =>
  arr(v)
    .filter((x) => typeof x === "string")
    .join("|");

/** One CSV row, built from the disclosed record only: a withheld field cannot reach a cell. */
function csvRow(org: Organization, status: string | undefined, options: Resolved): string {
  const l = obj(org.lifecycle);
  const seat = obj(org.seat);
  const name = obj(org.name);
  const acronym = obj(org.acronym);
  const bank = obj(org.bankAccount);
  const contact = (kind: string) => str(arr(org.contacts).find((c) => obj(c).kind === kind)?.value);
  const region = str(seat.regionCode);
  const province = str(seat.provinceCode);
  const commune = str(seat.communeCode);
  const values: (string | undefined)[] = [
    org.id,
    org.legalForm,
    str(name.ar),
    str(name.fr),
    str(name.en),
    str(name.zgh),
    str(acronym.ar),
    str(acronym.fr),
    region ?? (province ?? commune)?.slice(0, 2),
    province ?? commune?.slice(0, 6),
    commune,
    strs(org.fieldsOfAction),
    strs(org.targetGroups),
    str(org.foundedOn),
    str(l.declaredOn),
    str(l.provisionalReceiptOn),
    str(l.finalReceiptOn),
    str(l.publicUtilityOn),
    str(l.suspendedOn),
    str(l.resumedOn),
    str(l.dissolvedOn),
    str(arr(org.identifiers).find((i) => obj(i).scheme === "MA-ICE")?.id),
    contact("website"),
    str(org.parentId),
  ];
  if (status !== undefined) values.push(status);
  if (options.allowed.has("contact")) values.push(contact("phone"), contact("email"));
  if (options.allowed.has("bank")) values.push(str(bank.bank), str(bank.rib), str(bank.iban));
  if (options.allowed.has("personal")) {
    values.push(
      arr(org.founders)
        .map((f) => text(obj((obj(f) as { name?: Organization["name"] }).name)))
        .filter((x) => x !== "")
        .join(" | "),
      arr(org.governingBodies)
        .flatMap((b) =>
          arr(obj(b).mandates).map((m) => {
            const mandate = obj(m);
            const person = text(obj(mandate.personName));
            return person === "" ? undefined : `${String(mandate.role)}: ${person}`;
          }),
        )
        .filter((x) => x !== undefined)
        .join(" | "),
    );
  }
  return values.map((v) => csvCell(v, options.separator)).join(options.separator);
}

function statusOf(org: Organization, asOf: string): string {
  try {
    return legalStatusOn(org, asOf);
  } catch {
    return "unknown";
  }
}

interface Resolved {
  readonly format: "ndjson" | "csv";
  /** The categories that may go out. */
  readonly allowed: ReadonlySet<DisclosureCategory>;
  readonly asOf: string | undefined;
  readonly separator: "," | ";";
  readonly bom: boolean;
  readonly locale: Locale;
}

function resolve(
  organizations: unknown,
  options: unknown,
): Result<{ readonly records: Iterable<unknown>; readonly options: Resolved }, ExportIssueCode> {
  const locale = localeOfOptions(options);
  const parsed = OptionsSchema.safeParse(options);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.slice(0, 20).map((i) =>
        makeIssue(
          exportMessages,
          "export.invalid_options",
          locale,
          i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
        ),
      ),
    };
  }
  if (
    organizations === null ||
    typeof organizations !== "object" ||
    typeof (organizations as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function"
  ) {
    return { ok: false, issues: [makeIssue(exportMessages, "export.invalid_input", locale, [])] };
  }
  const o = parsed.data;
  return {
    ok: true,
    value: {
      records: organizations as Iterable<unknown>,
      options: {
        format: o.format,
        allowed: allowedCategories(o),
        asOf: o.asOf,
        separator: o.separator ?? ",",
        bom: o.bom ?? false,
        locale,
      },
    },
  };
}

const unreadable = (locale: Locale, path: (string | number)[] = []): Issue<ExportIssueCode> =>
  makeIssue(
    exportMessages,
    "export.input_unreadable",
    locale,
    path,
    path.length === 0 ? {} : { params: { index: path[0] as number } },
  );

function isRecord(value: unknown): value is Organization {
  const o = value as Partial<Organization> | null;
  return (
    o !== null &&
    typeof o === "object" &&
    typeof o.id === "string" &&
    typeof o.legalForm === "string" &&
    typeof o.name === "object" &&
    o.name !== null
  );
}

/** The categories an export's policy lets out (read defensively: anything unexpected allows nothing more). */
function allowedCategories(o: unknown): ReadonlySet<DisclosureCategory> {
  const policy = typeof o === "object" && o !== null ? (o as { personalData?: unknown; include?: unknown }) : {};
  if (policy.personalData === "include") return new Set(["public", "contact", "bank", "personal"]);
  const include = Array.isArray(policy.include) ? (policy.include as readonly unknown[]) : [];
  return new Set<DisclosureCategory>([
    "public",
    ...include.filter((c): c is "contact" | "bank" => c === "contact" || c === "bank"),
  ]);
}

/** Internal: the lines of an export, generated lazily. */
function* lines(
  records: Iterable<unknown>,
  options: Resolved,
  skipped: Issue<ExportIssueCode>[],
): Generator<string, void, undefined> {
  if (options.format === "csv") {
    const header = [
      ...EXPORT_CSV_COLUMNS,
      ...(options.asOf === undefined ? [] : ["status"]),
      ...(options.allowed.has("contact") ? EXPORT_CSV_CONTACT_COLUMNS : []),
      ...(options.allowed.has("bank") ? EXPORT_CSV_BANK_COLUMNS : []),
      ...(options.allowed.has("personal") ? EXPORT_CSV_PERSONAL_COLUMNS : []),
    ].join(options.separator);
    yield `${options.bom ? "\uFEFF" : ""}${header}\r\n`;
  }
  let index = -1;
  const iterator = iteratorOf(records, options, skipped);
  while (iterator !== undefined) {
    let next: IteratorResult<unknown>;
    try {
      next = iterator.next();
    } catch {
      // The input stopped: what was read went out, and the stop is reported.
      skipped.push(unreadable(options.locale, [index + 1]));
      return;
    }
    if (next.done === true) return;
    index += 1;
    const line = lineOf(next.value, index, options, skipped);
    if (line !== undefined) yield line;
  }
}

function iteratorOf(records: Iterable<unknown>, options: Resolved, skipped: Issue<ExportIssueCode>[]) {
  try {
    return records[Symbol.iterator]();
  } catch {
    skipped.push(unreadable(options.locale));
    return undefined;
  }
}

/** One record's line, or `undefined` (and an issue in `skipped`) for a record that cannot go out. */
function lineOf(record: unknown, index: number, options: Resolved, skipped: Issue<ExportIssueCode>[]) {
  try {
    if (!isRecord(record)) {
      skipped.push(
        makeIssue(exportMessages, "export.invalid_organization", options.locale, [index], { params: { index } }),
      );
      return undefined;
    }
    // The allowlist: only the fields the policy lets out are copied; unknown keys never are.
    const shown = disclose(record, ORGANIZATION_DISCLOSURE, options.allowed) as Organization | undefined;
    if (shown === undefined) {
      skipped.push(unreadable(options.locale, [index]));
      return undefined;
    }
    const status = options.asOf === undefined ? undefined : statusOf(record, options.asOf);
    if (options.format === "csv") return `${csvRow(shown, status, options)}\r\n`;
    const withStatus = status === undefined ? shown : { ...shown, legalStatus: status };
    return `${JSON.stringify(withStatus)}\n`;
  } catch {
    skipped.push(unreadable(options.locale, [index]));
    return undefined;
  }
}

/**
 * The registry export as a lazy sequence of text chunks (one line each: the CSV
 * header, then one line per organization), for exports too large to hold as one
 * string: write each chunk to a file or an HTTP response as it comes.
 *
 * @param organizations - the organizations (an array, or a generator over store pages).
 * @param options - {@link ExportOptions}: format, policy (public by default), status date.
 * @returns the chunks, or issues for bad options or an input that is not iterable.
 * Records without an id, a legal form and a name, and records that cannot be read, are
 * skipped and listed in the chunks' `skipped` as the iteration reaches them. Never throws,
 * neither the call nor the iteration.
 * @remarks Public by default, and an allowlist: each record is copied field by field
 * from `ORGANIZATION_DISCLOSURE`, which classifies every field of `OrganizationSchema`
 * as public, contact, bank or personal; only the categories the policy allows are
 * copied, nested objects and lists included. Keys that are not in the schema are
 * never copied, whatever the policy. NDJSON lines end with `\n`,
 * CSV rows with `\r\n` (RFC 4180); CSV cells that start with `=`, `+`, `-`, `@`, tab or
 * carriage return get a leading `'`. Output follows input order and is the same on every run.
 * @example
 * ```ts
 * const chunks = exportOrganizationChunks(organizations, { format: "ndjson" });
 * if (chunks.ok) for (const line of chunks.value) stream.write(line);
 * ```
 */
export function exportOrganizationChunks(
  organizations: Iterable<Organization>,
  options: ExportOptions,
): Result<ExportChunks, ExportIssueCode> {
  try {
    const r = resolve(organizations, options);
    if (!r.ok) return r;
    const { records, options: o } = r.value;
    const skipped: Issue<ExportIssueCode>[] = [];
    return { ok: true, value: { skipped, [Symbol.iterator]: () => lines(records, o, skipped) } };
  } catch {
    return { ok: false, issues: [unreadable(localeOfOptions(options))] };
  }
}

/**
 * The registry export as one string: NDJSON or CSV, with only the public
 * fields unless the policy names more (`include: ["contact", "bank"]`, or
 * `personalData: "include"` for a full export).
 *
 * @param organizations - the organizations.
 * @param options - {@link ExportOptions}.
 * @returns the file's text, or issues: bad options, an input that is not a list,
 * records without an id, a legal form and a name (path `[index]`), and
 * `export.input_unreadable` for a value that could not be read. Never throws.
 * @remarks See {@link exportOrganizationChunks}; for 100,000 organizations and more,
 * stream the chunks instead (V8 strings stop at about 512 M characters).
 * @example
 * ```ts
 * const csv = exportOrganizations(organizations, { format: "csv", separator: ";", bom: true, asOf: "2025-12-31" });
 * if (csv.ok) writeFileSync("registre-public.csv", csv.value);
 * ```
 */
export function exportOrganizations(
  organizations: Iterable<Organization>,
  options: ExportOptions,
): Result<string, ExportIssueCode> {
  try {
    const r = resolve(organizations, options);
    if (!r.ok) return r;
    // One pass: a record that cannot go out is listed by lines() and refuses the whole export.
    const skipped: Issue<ExportIssueCode>[] = [];
    let out = "";
    for (const line of lines(r.value.records, r.value.options, skipped)) out += line;
    if (skipped.length > 0) return { ok: false, issues: skipped.slice(0, 100) };
    return { ok: true, value: out };
  } catch {
    return { ok: false, issues: [unreadable(localeOfOptions(options))] };
  }
}

/**
 * The paths an export with these options leaves out: every field of
 * `OrganizationSchema` whose category the policy does not allow. Keys that are
 * not in the schema are left out too, and are not listed.
 *
 * @param options - the policy: `personalData` and `include` of {@link ExportOptions}; default the public export.
 * @returns dotted paths with `*` for list items and `(kind=…)` for a kind of contact,
 * e.g. `["contacts.*(kind=phone)", "bankAccount", "founders.*.personId", "founders.*.name", …]`;
 * empty for a full export.
 * @example
 * ```ts
 * exportRedactedPaths().includes("founders.*.name"); // true
 * exportRedactedPaths({ include: ["bank"] }).includes("bankAccount"); // false
 * ```
 */
export function exportRedactedPaths(options: Pick<ExportOptions, "personalData" | "include"> = {}): readonly string[] {
  let allowed: ReadonlySet<DisclosureCategory>;
  try {
    allowed = allowedCategories(options);
  } catch {
    // Options that cannot be read allow nothing more than the public export.
    allowed = new Set(["public"]);
  }
  return withheldPaths(ORGANIZATION_DISCLOSURE, allowed);
}
