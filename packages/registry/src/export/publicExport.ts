import {
  IsoDateSchema,
  type Issue,
  type Locale,
  legalStatusOn,
  makeIssue,
  type Organization,
  OrganizationSchema,
  personalDataPaths,
  type Result,
  redactPersonalData,
} from "@madani/model";
import * as z from "zod";
import { type ExportIssueCode, exportMessages } from "./messages.js";

/**
 * Options of {@link exportOrganizations} and {@link exportOrganizationChunks}.
 *
 * @example
 * ```ts
 * const publicCsv: ExportOptions = { format: "csv", asOf: "2025-12-31" };
 * const internalFull: ExportOptions = { format: "ndjson", personalData: "include" };
 * ```
 */
export interface ExportOptions {
  /** `"ndjson"`: one JSON organization per line; `"csv"`: one flat row per organization, with a header. */
  readonly format: "ndjson" | "csv";
  /**
   * `"redact"` (default) leaves out every field the schema marks as personal data
   * (`personal()` in `@madani/model`: founders' names, names in board mandates);
   * `"include"` keeps them, for a full export to an authorized recipient.
   */
  readonly personalData?: "redact" | "include" | undefined;
  /** Add each organization's legal status on this date (`YYYY-MM-DD`): `legalStatus` in NDJSON, a `status` column in CSV. */
  readonly asOf?: string | undefined;
  /** CSV only: field separator, `","` (default) or `";"` (French spreadsheets). */
  readonly separator?: "," | ";" | undefined;
  /** CSV only: start with a UTF-8 byte order mark so that spreadsheets read Arabic right; default `false`. */
  readonly bom?: boolean | undefined;
  /** Language of issue messages; default `"en"`. */
  readonly locale?: Locale | undefined;
}

const OptionsSchema = z.strictObject({
  format: z.enum(["ndjson", "csv"]),
  personalData: z.enum(["redact", "include"]).optional(),
  asOf: IsoDateSchema.optional(),
  separator: z.enum([",", ";"]).optional(),
  bom: z.boolean().optional(),
  locale: z.enum(["ar", "fr", "en"]).optional(),
});

/** The CSV columns of every export, in order. */
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
  "phone",
  "email",
  "website",
  "parent_id",
]);

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

function csvRow(org: Organization, full: Organization, options: Resolved): string {
  const l = obj(org.lifecycle);
  const seat = obj(org.seat);
  const name = obj(org.name);
  const acronym = obj(org.acronym);
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
    contact("phone"),
    contact("email"),
    contact("website"),
    str(org.parentId),
  ];
  if (options.asOf !== undefined) values.push(statusOf(org, options.asOf));
  if (options.include) {
    // Built from the unredacted record: these columns exist only in a full export.
    values.push(
      arr(full.founders)
        .map((f) => text(obj((obj(f) as { name?: Organization["name"] }).name)))
        .filter((x) => x !== undefined && x !== "")
        .join(" | "),
      arr(full.governingBodies)
        .flatMap((b) =>
          arr(obj(b).mandates).map((m) => {
            const mandate = obj(m);
            const person = text(obj(mandate.personName));
            return person === undefined || person === "" ? undefined : `${String(mandate.role)}: ${person}`;
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
  readonly include: boolean;
  readonly asOf: string | undefined;
  readonly separator: "," | ";";
  readonly bom: boolean;
}

function resolve(
  organizations: unknown,
  options: unknown,
): Result<{ readonly records: Iterable<unknown>; readonly options: Resolved }, ExportIssueCode> {
  const loose = options as { locale?: unknown } | null | undefined;
  const locale: Locale = loose?.locale === "ar" || loose?.locale === "fr" ? loose.locale : "en";
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
        include: o.personalData === "include",
        asOf: o.asOf,
        separator: o.separator ?? ",",
        bom: o.bom ?? false,
      },
    },
  };
}

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

/** Internal: the lines of an export, generated lazily. */
function* lines(records: Iterable<unknown>, options: Resolved): Generator<string, void, undefined> {
  if (options.format === "csv") {
    const header = [
      ...EXPORT_CSV_COLUMNS,
      ...(options.asOf === undefined ? [] : ["status"]),
      ...(options.include ? EXPORT_CSV_PERSONAL_COLUMNS : []),
    ].join(options.separator);
    yield `${options.bom ? "\uFEFF" : ""}${header}\r\n`;
  }
  for (const record of records) {
    if (!isRecord(record)) continue;
    const shown = options.include ? record : redactPersonalData(OrganizationSchema, record);
    if (options.format === "csv") yield `${csvRow(shown, record, options)}\r\n`;
    else {
      const withStatus = options.asOf === undefined ? shown : { ...shown, legalStatus: statusOf(record, options.asOf) };
      yield `${JSON.stringify(withStatus, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v))}\n`;
    }
  }
}

/**
 * The registry export as a lazy sequence of text chunks (one line each: the CSV
 * header, then one line per organization), for exports too large to hold as one
 * string: write each chunk to a file or an HTTP response as it comes.
 *
 * @param organizations - the organizations (an array, or a generator over store pages).
 * @param options - {@link ExportOptions}: format, personal data (redacted by default), status date.
 * @returns the chunks, or issues for bad options or an input that is not iterable.
 * Records without an id, a legal form and a name are skipped; use
 * {@link exportOrganizations} to have them reported.
 * @remarks Public by default: fields marked `personal()` in the model's schemas are
 * removed (`redactPersonalData`) before anything is written, so a new personal field
 * added to the schema is redacted without a change here. NDJSON lines end with `\n`,
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
): Result<Iterable<string>, ExportIssueCode> {
  const r = resolve(organizations, options);
  if (!r.ok) return r;
  const { records, options: o } = r.value;
  return { ok: true, value: { [Symbol.iterator]: () => lines(records, o) } };
}

/**
 * The registry export as one string: NDJSON or CSV, with personal data
 * redacted unless `personalData: "include"` is given.
 *
 * @param organizations - the organizations.
 * @param options - {@link ExportOptions}.
 * @returns the file's text, or issues: bad options, an input that is not a list,
 * or records without an id, a legal form and a name (path `[index]`).
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
  const r = resolve(organizations, options);
  if (!r.ok) return r;
  const locale: Locale = options.locale ?? "en";
  const all = [...r.value.records];
  const issues: Issue<ExportIssueCode>[] = [];
  all.forEach((record, index) => {
    if (!isRecord(record) && issues.length < 100) {
      issues.push(makeIssue(exportMessages, "export.invalid_organization", locale, [index], { params: { index } }));
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  let out = "";
  for (const line of lines(all, r.value.options)) out += line;
  return { ok: true, value: out };
}

/**
 * The personal-data paths an export leaves out by default: those the model's
 * `OrganizationSchema` marks with `personal()`.
 *
 * @returns dotted paths with `*` for array indexes, e.g. `["founders.*.name", "governingBodies.*.mandates.*.personName"]`.
 * @example
 * ```ts
 * exportRedactedPaths().includes("founders.*.name"); // true
 * ```
 */
export function exportRedactedPaths(): readonly string[] {
  return personalDataPaths(OrganizationSchema);
}
