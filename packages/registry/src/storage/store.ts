import {
  type Issue,
  type IssuePath,
  isStorableText,
  type Locale,
  localeOfOptions,
  makeIssue,
  type Organization,
  OrganizationSchema,
  type Result,
} from "@madani/model";
import * as z from "zod";
import type { StatisticsIssueCode } from "../stats/messages.js";
import type { RegistryStatistics } from "../stats/statistics.js";
import { type StoreIssueCode, storeMessages } from "./messages.js";
import type { RegistryReviewStore } from "./reviewStore.js";
import type { StoreStatisticsOptions } from "./statistics.js";

/** One value or a list of values a filter accepts (any of them matches). */
export type OneOrMany = string | readonly string[];

/**
 * Which organizations a query returns; every given criterion must hold, and a
 * list matches any of its values.
 *
 * @remarks The place codes are those of the seat (HCP codes, `@madani/model/geo`);
 * the région and province are derived from the more precise codes when absent
 * (a commune code `01.511.01.01` lies in province `01.511` and région `01`).
 * @example
 * ```ts
 * const filter: StoreFilter = { regionCode: "01", legalForm: ["association", "network"], fieldOfAction: "women" };
 * ```
 */
export interface StoreFilter {
  /** Only these organization ids. */
  readonly ids?: OneOrMany | undefined;
  /** Région code, e.g. `"01"`. */
  readonly regionCode?: OneOrMany | undefined;
  /** Province or prefecture code, e.g. `"01.511"`. */
  readonly provinceCode?: OneOrMany | undefined;
  /** Commune code, e.g. `"01.511.01.01"`. */
  readonly communeCode?: OneOrMany | undefined;
  /** Legal form, e.g. `"cooperative"`. */
  readonly legalForm?: OneOrMany | undefined;
  /** Field of action; an organization matches when it lists any of them. */
  readonly fieldOfAction?: OneOrMany | undefined;
}

/**
 * Paging of {@link RegistryReader.query}: keyset pagination in id order.
 *
 * @example
 * ```ts
 * const options: StoreQueryOptions = { limit: 500, after: page.next };
 * ```
 */
export interface StoreQueryOptions {
  /** Most organizations per page, 1 to 10,000; default 100. */
  readonly limit?: number | undefined;
  /** Return organizations whose id comes after this one (the `next` of the previous page). */
  readonly after?: string | undefined;
}

/** A page of organizations, in id order (Unicode code points). */
export interface StorePage {
  /** The organizations of the page. */
  readonly items: readonly Organization[];
  /** Pass as `after` to read the next page; absent on the last page. */
  readonly next?: string;
}

/**
 * One entry of the changes feed: the latest state of an organization written
 * after a given sequence number.
 */
export interface StoreChange {
  /** Sequence number of the write; increases with every write, in commit order. */
  readonly seq: number;
  /** The organization id. */
  readonly id: string;
  /** `true` when the organization was deleted (then `organization` is absent). */
  readonly deleted: boolean;
  /** The organization as written. */
  readonly organization?: Organization;
  /** When the write happened (ISO 8601 with offset). */
  readonly at: string;
}

/** A page of the changes feed; see {@link RegistryStore.changesSince}. */
export interface ChangesPage {
  /** Changes in sequence order. */
  readonly changes: readonly StoreChange[];
  /** The sequence number to pass next time: the last change's, or the one given when there is none. */
  readonly last: number;
}

/**
 * Options of {@link RegistryWriter.put}.
 *
 * @example
 * ```ts
 * await store.put(organizations, { validate: false }); // records already validated by ingest
 * ```
 */
export interface PutOptions {
  /**
   * Check each record against `OrganizationSchema` before writing (default `true`).
   * Turn off only for records that were validated already (the output of `ingest`).
   */
  readonly validate?: boolean | undefined;
}

/** What a write did. */
export interface WriteReport {
  /** Organizations written (put) or deleted. */
  readonly count: number;
}

/**
 * What a {@link RegistryWriter.put} did: the records written, and the records
 * it could not write, each with an issue.
 *
 * @example
 * ```ts
 * const r = await store.put(batch, { validate: false });
 * if (r.ok) for (const issue of r.value.quarantined) console.warn(issue.path[0], issue.code, issue.params?.id);
 * ```
 */
export interface PutReport extends WriteReport {
  /**
   * One issue per record that was not written, in batch order; the other records
   * of the batch were. The path starts with the record's index in the batch
   * (then the field, for `store.invalid_text`) and `params.id` gives its id.
   * Codes: `store.invalid_text` (U+0000 or an unpaired surrogate, which PostgreSQL
   * refuses; every adapter refuses it), `store.invalid_value` (a value that is not
   * JSON data) and `store.row_rejected` (a row the database refused, with its reason).
   */
  readonly quarantined: readonly Issue<StoreIssueCode>[];
}

/** Reads of a store; see {@link RegistryStore}. */
export interface RegistryReader {
  /** The organization with this id, or `undefined` (also for a deleted one or a non-string id). */
  get(id: string): Promise<Organization | undefined>;
  /** A page of the organizations that match the filter, in id order. */
  query(filter?: StoreFilter, options?: StoreQueryOptions): Promise<Result<StorePage, StoreIssueCode>>;
  /** How many organizations match the filter. */
  count(filter?: StoreFilter): Promise<Result<number, StoreIssueCode>>;
}

/** Reads and writes of a store; what a transaction sees. */
export interface RegistryWriter extends RegistryReader {
  /**
   * Insert or replace organizations by id; when a record appears twice in a
   * batch, the last one wins. A batch with a record that is not an organization
   * (no string id, or invalid against the schema when validating) is refused
   * whole, before anything is written. Otherwise each record that cannot be
   * stored (text PostgreSQL refuses, a value that is not JSON data, a row the
   * database refuses) is quarantined: left out and reported in
   * {@link PutReport.quarantined}, while every other record of the batch is written.
   */
  put(
    organizations: Organization | readonly Organization[],
    options?: PutOptions,
  ): Promise<Result<PutReport, StoreIssueCode>>;
  /** Delete organizations by id (unknown ids are ignored); `count` says how many existed. */
  delete(ids: string | readonly string[]): Promise<Result<WriteReport, StoreIssueCode>>;
}

/**
 * The repository of a registry: organizations by id, filtered queries, a
 * changes feed, transactions, and the review of duplicates (decisions, merges,
 * aliases; see {@link RegistryReviewStore}). Adapters: `memoryStore`, `pgliteStore`, `postgresStore`.
 *
 * @remarks Every adapter passes one test suite, so code written against
 * this interface runs unchanged on any of them.
 */
export interface RegistryStore extends RegistryWriter, RegistryReviewStore {
  /** Which adapter this is. */
  readonly kind: "memory" | "pglite" | "postgres";
  /**
   * The latest state of each organization written after sequence number `since`
   * (0 for everything), in sequence order, at most `limit` (default 1,000, at most 10,000).
   *
   * @remarks A state feed, not a log: an organization written twice since `since`
   * appears once, with its last state; a deleted one appears as a tombstone.
   */
  changesSince(since: number, options?: { readonly limit?: number }): Promise<Result<ChangesPage, StoreIssueCode>>;
  /**
   * The statistics of the registry on `options.asOf`: what `computeStatistics` gives for the
   * organizations stored, computed where the data lives. PGlite and PostgreSQL run SQL aggregates
   * (`GROUP BY GROUPING SETS` over the generated place and legal-form columns and the JSON paths of
   * the legal-life dates; a few thousand grouped rows come back, no record); the memory store counts
   * its records in one pass. Every adapter gives the same result (the contract suite checks it).
   *
   * @remarks A bad `asOf` gives `stats.invalid_as_of`. Records are counted as stored; the SQL
   * aggregates read the fields `OrganizationSchema` defines, so a store written with `validate: false`
   * must hold valid records (the output of `ingest`) for the adapters to agree.
   */
  statistics(
    options: StoreStatisticsOptions,
  ): Promise<Result<RegistryStatistics, StoreIssueCode | StatisticsIssueCode>>;
  /**
   * Run `work` in a transaction: its writes are visible to others only when it
   * returns, and none of them is kept when it throws (the error is rethrown).
   * Use the transaction's own methods inside `work`, never the store's.
   */
  transaction<T>(work: (tx: RegistryWriter) => Promise<T>): Promise<T>;
  /** Release the store's resources (connections, WASM instance). */
  close(): Promise<void>;
}

const Many = z.union([z.string().max(200), z.array(z.string().max(200)).max(100_000)]);

/** Schema of {@link StoreFilter}. */
export const StoreFilterSchema = z.strictObject({
  ids: Many.optional(),
  regionCode: Many.optional(),
  provinceCode: Many.optional(),
  communeCode: Many.optional(),
  legalForm: Many.optional(),
  fieldOfAction: Many.optional(),
});

/** Schema of {@link StoreQueryOptions}. */
export const StoreQueryOptionsSchema = z.strictObject({
  limit: z.int().min(1).max(10_000).optional(),
  after: z.string().max(200).optional(),
});

/**
 * Internal: read a store factory's options with their schema, without trusting them.
 * `undefined` and `null` are no options; anything else that the schema refuses, or that
 * throws when read, is one `store.invalid_option` issue naming the option.
 */
export function parseStoreOptions<S extends z.ZodType>(
  schema: S,
  options: unknown,
): Result<z.infer<S> & { readonly locale?: Locale | undefined }, StoreIssueCode> {
  const locale = localeOfOptions(options);
  try {
    const parsed = schema.safeParse(options ?? {});
    if (parsed.success) return { ok: true, value: parsed.data as z.infer<S> & { readonly locale?: Locale } };
    const first = parsed.error.issues[0];
    // An unknown option is named by its key; the others by their path.
    const unknown = first?.code === "unrecognized_keys" ? first.keys[0] : undefined;
    const option = String(unknown ?? first?.path[0] ?? "options");
    return { ok: false, issues: [storeIssue("store.invalid_option", [option], { option }, locale)] };
  } catch {
    return { ok: false, issues: [storeIssue("store.invalid_option", ["options"], { option: "options" }, locale)] };
  }
}

/** Internal: the failure of a store that could not be opened; the reason is the error's first line. */
export function openFailed(error: unknown, locale: Locale = "en"): Result<never, StoreIssueCode> {
  let reason = "unknown error";
  try {
    reason = (error instanceof Error ? error.message : String(error)).split("\n")[0]?.slice(0, 300) ?? reason;
  } catch {
    // keep the generic reason
  }
  return { ok: false, issues: [storeIssue("store.open_failed", [], { reason }, locale)] };
}

/** The locales a store factory's messages take. */
export const StoreLocaleSchema = z.enum(["ar", "fr", "en"]);

/** A filter with every criterion as a list (absent criteria left out). */
export type NormalizedFilter = { readonly [K in keyof StoreFilter]-?: readonly string[] | undefined };

/** Internal: the issue of the storage message table. */
export function storeIssue(
  code: StoreIssueCode,
  path: IssuePath,
  params?: Readonly<Record<string, string | number>>,
  locale: Locale = "en",
): Issue<StoreIssueCode> {
  return makeIssue(storeMessages, code, locale, path, params === undefined ? {} : { params });
}

function zodIssues(error: z.ZodError): Issue<StoreIssueCode>[] {
  return error.issues.slice(0, 20).map((i) =>
    storeIssue(
      "store.invalid_query",
      i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    ),
  );
}

const list = (v: OneOrMany | undefined): readonly string[] | undefined =>
  v === undefined ? undefined : typeof v === "string" ? [v] : v;

/** Internal: check a filter and turn every criterion into a list. */
export function parseFilter(filter: unknown): Result<NormalizedFilter, StoreIssueCode> {
  const parsed = StoreFilterSchema.safeParse(filter ?? {});
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const f = parsed.data;
  return {
    ok: true,
    value: {
      ids: list(f.ids),
      regionCode: list(f.regionCode),
      provinceCode: list(f.provinceCode),
      communeCode: list(f.communeCode),
      legalForm: list(f.legalForm),
      fieldOfAction: list(f.fieldOfAction),
    },
  };
}

/** Internal: check query options and apply the defaults. */
export function parseQueryOptions(
  options: unknown,
): Result<{ readonly limit: number; readonly after: string | undefined }, StoreIssueCode> {
  const parsed = StoreQueryOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  return { ok: true, value: { limit: parsed.data.limit ?? 100, after: parsed.data.after } };
}

/** Internal: the limit of a changes page, checked (default 1,000). */
export function parseChangesLimit(since: unknown, options: unknown): Result<number, StoreIssueCode> {
  const parsed = z.strictObject({ limit: z.int().min(1).max(10_000).optional() }).safeParse(options ?? {});
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  if (typeof since !== "number" || !Number.isSafeInteger(since) || since < 0) {
    return { ok: false, issues: [storeIssue("store.invalid_query", ["since"])] };
  }
  return { ok: true, value: parsed.data.limit ?? 1000 };
}

/** Internal: check ids given to `delete`. */
export function parseIds(ids: unknown): Result<readonly string[], StoreIssueCode> {
  if (typeof ids === "string") return { ok: true, value: [ids] };
  if (Array.isArray(ids) && ids.every((i) => typeof i === "string")) return { ok: true, value: ids };
  return { ok: false, issues: [storeIssue("store.invalid_ids", [])] };
}

const MAX_ISSUES = 100;

/** Deepest nesting a stored record may have; deeper (or circular) values are quarantined. */
const MAX_DEPTH = 64;

/** Where a record holds something no adapter stores, and what. */
interface Unstorable {
  readonly code: "store.invalid_text" | "store.invalid_value";
  readonly path: readonly (string | number)[];
}

/**
 * Internal: the first place where a record is not storable JSON data: a string or a key
 * with U+0000 or an unpaired surrogate, a function, symbol, big integer, number that is
 * not finite, an object that is not plain, or nesting deeper than {@link MAX_DEPTH}
 * (circular references end there).
 */
export function findUnstorable(value: unknown, path: (string | number)[] = [], depth = 0): Unstorable | undefined {
  switch (typeof value) {
    case "string":
      return isStorableText(value) ? undefined : { code: "store.invalid_text", path: [...path] };
    case "boolean":
    case "undefined":
      return undefined;
    case "number":
      return Number.isFinite(value) ? undefined : { code: "store.invalid_value", path: [...path] };
    case "object": {
      if (value === null) return undefined;
      if (depth >= MAX_DEPTH) return { code: "store.invalid_value", path: [...path] };
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          const found = findUnstorable(value[i], path, depth + 1);
          path.pop();
          if (found !== undefined) return found;
        }
        return undefined;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return { code: "store.invalid_value", path: [...path] };
      for (const key of Object.keys(value)) {
        path.push(key);
        const found = isStorableText(key)
          ? findUnstorable((value as Record<string, unknown>)[key], path, depth + 1)
          : { code: "store.invalid_text" as const, path: [...path] };
        path.pop();
        if (found !== undefined) return found;
      }
      return undefined;
    }
    default:
      return { code: "store.invalid_value", path: [...path] };
  }
}

/** Internal: a record of a batch that passed the checks, with its index in the batch. */
export interface PreparedRow {
  readonly index: number;
  readonly organization: Organization;
}

/** Internal: what {@link prepareBatch} leaves to write, and the records it quarantined. */
export interface PreparedBatch {
  readonly rows: readonly PreparedRow[];
  readonly quarantined: Issue<StoreIssueCode>[];
}

/**
 * Internal: check a batch for `put`. A record that is not an object with a string id,
 * or (when validating) not a valid organization, refuses the whole batch. Then the
 * last record of each id is kept, in first-seen order, and each kept record that no
 * adapter can store is quarantined, so that every adapter refuses the same records.
 */
export function prepareBatch(
  organizations: unknown,
  options: PutOptions | undefined,
): Result<PreparedBatch, StoreIssueCode> {
  const batch: readonly unknown[] = Array.isArray(organizations) ? organizations : [organizations];
  const validate = options?.validate !== false;
  const issues: Issue<StoreIssueCode>[] = [];
  const unstorable = new Map<number, Unstorable>();
  for (let i = 0; i < batch.length && issues.length < MAX_ISSUES; i++) {
    const record = batch[i];
    const hasId = typeof record === "object" && record !== null && typeof (record as { id?: unknown }).id === "string";
    // A record PostgreSQL cannot hold is quarantined, validated or not; the schema check is for the others.
    const found = hasId ? findUnstorable(record) : undefined;
    if (found !== undefined) unstorable.set(i, found);
    const ok = hasId && (found !== undefined || !validate || OrganizationSchema.safeParse(record).success);
    if (!ok) {
      const id = typeof record === "object" && record !== null ? (record as { id?: unknown }).id : undefined;
      issues.push(
        storeIssue("store.invalid_organization", [i], {
          id: typeof id === "string" && isStorableText(id) ? id : `#${i}`,
        }),
      );
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const last = new Map<string, number>();
  for (let i = 0; i < batch.length; i++) {
    const id = (batch[i] as Organization).id;
    last.delete(id);
    last.set(id, i);
  }
  const rows: PreparedRow[] = [];
  const quarantined: Issue<StoreIssueCode>[] = [];
  for (const [id, index] of last) {
    const found = unstorable.get(index);
    if (found === undefined) rows.push({ index, organization: batch[index] as Organization });
    else
      quarantined.push(storeIssue(found.code, [index, ...found.path], { id: isStorableText(id) ? id : `#${index}` }));
  }
  quarantined.sort((a, b) => Number(a.path[0]) - Number(b.path[0]));
  return { ok: true, value: { rows, quarantined } };
}

/** The place codes of an organization's seat, with région and province derived from finer codes. */
export function seatCodes(org: Organization): {
  readonly region: string | undefined;
  readonly province: string | undefined;
  readonly commune: string | undefined;
} {
  const seat = org.seat;
  const commune = seat?.communeCode;
  const province = seat?.provinceCode ?? commune?.slice(0, 6);
  const region = seat?.regionCode ?? province?.slice(0, 2);
  return { region, province, commune };
}

/** Internal: whether an organization matches a normalized filter (memory adapter, tests). */
export function matchesFilter(org: Organization, f: NormalizedFilter): boolean {
  const { region, province, commune } = seatCodes(org);
  const has = (values: readonly string[] | undefined, v: string | undefined) =>
    values === undefined || (v !== undefined && values.includes(v));
  return (
    has(f.ids, org.id) &&
    has(f.regionCode, region) &&
    has(f.provinceCode, province) &&
    has(f.communeCode, commune) &&
    has(f.legalForm, org.legalForm) &&
    (f.fieldOfAction === undefined || (org.fieldsOfAction ?? []).some((x) => f.fieldOfAction?.includes(x) === true))
  );
}
