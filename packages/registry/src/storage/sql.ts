import type { Issue, Organization, Result } from "@madani/model";
import {
  type DeferredIndexes,
  deferIndexes,
  noDeferredIndexes,
  restoreIndexes,
  selectOrganizations,
  upsertJson,
} from "./bulk.js";
import type { StoreIssueCode } from "./messages.js";
import { MIGRATIONS } from "./migrations.js";
import {
  DecisionFilterSchema,
  MAX_ALIAS_HOPS,
  type MergeRecord,
  mergeRecordOf,
  parseIdList,
  parseMergeFilter,
  prepareDecisions,
  prepareMerge,
  prepareUndo,
  type RegistryReviewStore,
  type ReviewDecision,
  type UndoInput,
} from "./review.js";
import { sqlStatistics } from "./statistics.js";
import {
  type ChangesPage,
  type NormalizedFilter,
  type PreparedRow,
  type PutReport,
  parseChangesLimit,
  parseFilter,
  parseIds,
  parseQueryOptions,
  prepareBatch,
  type RegistryStore,
  type RegistryWriter,
  type StoreChange,
  type StorePage,
  storeIssue,
  type WriteReport,
} from "./store.js";

/** Internal: runs one SQL statement with positional parameters and returns its rows. */
export interface SqlExecutor {
  query<R>(text: string, params?: readonly unknown[]): Promise<readonly R[]>;
  /**
   * `true` when the database has `string_to_table` (PostgreSQL 14 or later, PGlite):
   * bulk writes then send their rows as one text, a JSON document a line.
   */
  readonly lines?: boolean | undefined;
}

/** Internal: what an SQL adapter provides to {@link sqlStore}. */
export interface SqlDriver {
  readonly kind: "pglite" | "postgres";
  /** Run statements outside an explicit transaction (each commits on its own). */
  readonly exec: SqlExecutor;
  /** Run `work` inside BEGIN … COMMIT (ROLLBACK when it throws). */
  transaction<T>(work: (exec: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Key of the transaction-level advisory lock every write takes: commit order then equals sequence order. */
export const WRITE_LOCK_KEY = 7_261_001;
const MIGRATION_LOCK_KEY = 7_261_000;

/** Rows per INSERT statement of a batch: one JSON array parameter each. */
const INSERT_CHUNK = 2_000;

const COLUMNS = "id, data, deleted, change_seq, changed_at";

/**
 * Apply the migrations of {@link MIGRATIONS} that the database lacks, each in
 * its own transaction, under an advisory lock so that two processes do not race.
 *
 * @param driver - the adapter's driver.
 * @returns the versions applied now.
 */
export async function migrate(driver: SqlDriver): Promise<readonly string[]> {
  return driver.transaction(async (exec) => {
    await exec.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await exec.query(
      `CREATE TABLE IF NOT EXISTS registry_schema_migrations (
        version text PRIMARY KEY, file text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await exec.query<{ version: string }>("SELECT version FROM registry_schema_migrations")).map((r) => r.version),
    );
    const applied: string[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const statement of splitStatements(m.sql)) await exec.query(statement);
      await exec.query("INSERT INTO registry_schema_migrations (version, file) VALUES ($1, $2)", [m.version, m.file]);
      applied.push(m.version);
    }
    return applied;
  });
}

/**
 * Split a migration into statements at `;` outside comments and quotes (the
 * extended protocol runs one statement per call).
 *
 * @param sql - the SQL text of a migration.
 * @returns the statements, without comments.
 */
export function splitStatements(sql: string): readonly string[] {
  const out: string[] = [];
  let current = "";
  let quote: string | undefined;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i] ?? "";
    if (quote !== undefined) {
      current += c;
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === "-" && sql[i + 1] === "-") {
      while (i < sql.length && sql[i] !== "\n") i++;
      current += "\n";
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    if (c === ";") {
      if (current.trim() !== "") out.push(current.trim());
      current = "";
      continue;
    }
    current += c;
  }
  if (current.trim() !== "") out.push(current.trim());
  return out;
}

function where(f: NormalizedFilter, params: unknown[]): string {
  const parts = ["NOT deleted"];
  const any = (column: string, values: readonly string[] | undefined) => {
    if (values === undefined) return;
    params.push(values);
    parts.push(`${column} = ANY($${params.length}::text[])`);
  };
  any("id", f.ids);
  any("region_code", f.regionCode);
  any("province_code", f.provinceCode);
  any("commune_code", f.communeCode);
  any("legal_form", f.legalForm);
  if (f.fieldOfAction !== undefined) {
    params.push(f.fieldOfAction);
    parts.push(`(data -> 'fieldsOfAction') ?| $${params.length}::text[]`);
  }
  return parts.join(" AND ");
}

function toNumber(value: unknown): number {
  return typeof value === "bigint" ? Number(value) : Number(value);
}

function toIso(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

function parseData(value: unknown): Organization {
  return (typeof value === "string" ? JSON.parse(value) : value) as Organization;
}

/** PostgreSQL errors that say the data was refused (classes 22 data exception, 23 integrity), not that the server failed. */
function isDataError(error: unknown): error is { message: string; code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("22") || code.startsWith("23"));
}

/** Insert or replace rows given as JSON texts, in batch order, in one statement per chunk of 10,000. */
async function insertJson(exec: SqlExecutor, json: readonly string[]): Promise<void> {
  await upsertJson(exec, json);
}

interface JsonRow {
  readonly index: number;
  readonly id: string;
  readonly json: string;
}

/**
 * Write rows under a savepoint; when the database refuses the data, roll back
 * to the savepoint and write each half on its own, down to single rows, which
 * are quarantined. One refused row among n costs about 2·log2(n) attempts.
 *
 * @returns how many rows were written.
 */
async function writeRows(
  exec: SqlExecutor,
  rows: readonly JsonRow[],
  quarantined: Issue<StoreIssueCode>[],
): Promise<number> {
  if (rows.length === 0) return 0;
  await exec.query("SAVEPOINT registry_rows");
  try {
    await insertJson(
      exec,
      rows.map((r) => r.json),
    );
    await exec.query("RELEASE SAVEPOINT registry_rows");
    return rows.length;
  } catch (error) {
    if (!isDataError(error)) throw error;
    await exec.query("ROLLBACK TO SAVEPOINT registry_rows");
    await exec.query("RELEASE SAVEPOINT registry_rows");
    const [only] = rows;
    if (rows.length === 1 && only !== undefined) {
      quarantined.push(storeIssue("store.row_rejected", [only.index], { id: only.id, reason: error.message }));
      return 0;
    }
    const half = Math.ceil(rows.length / 2);
    return (
      (await writeRows(exec, rows.slice(0, half), quarantined)) + (await writeRows(exec, rows.slice(half), quarantined))
    );
  }
}

async function writeBatch(
  exec: SqlExecutor,
  batch: readonly PreparedRow[],
  quarantined: Issue<StoreIssueCode>[],
  deferred: DeferredIndexes,
): Promise<number> {
  await exec.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`);
  await deferIndexes(exec, deferred, batch.length);
  const rows = batch.map((r) => ({ index: r.index, id: r.organization.id, json: JSON.stringify(r.organization) }));
  return writeRows(exec, rows, quarantined);
}

/**
 * The writer over `exec`. Inside a transaction, `deferred` holds the indexes that a load into
 * the empty table dropped, which the transaction builds before it commits.
 */
function sqlWriter(
  driver: SqlDriver,
  exec: SqlExecutor,
  inTransaction: boolean,
  deferred?: DeferredIndexes,
): RegistryWriter {
  const write = async <T>(work: (e: SqlExecutor) => Promise<T>): Promise<Result<T, StoreIssueCode>> => {
    if (!inTransaction) {
      try {
        return { ok: true, value: await driver.transaction(work) };
      } catch (error) {
        if (!isDataError(error)) throw error;
        return { ok: false, issues: [storeIssue("store.rejected", [], { reason: error.message })] };
      }
    }
    // Inside a transaction, a savepoint keeps a refused write from aborting the whole transaction.
    await exec.query("SAVEPOINT registry_write");
    try {
      const value = await work(exec);
      await exec.query("RELEASE SAVEPOINT registry_write");
      return { ok: true, value };
    } catch (error) {
      if (!isDataError(error)) throw error;
      await exec.query("ROLLBACK TO SAVEPOINT registry_write");
      return { ok: false, issues: [storeIssue("store.rejected", [], { reason: error.message })] };
    }
  };
  return {
    async get(id) {
      if (typeof id !== "string") return undefined;
      const rows = await exec.query<{ data: unknown }>(
        "SELECT data FROM registry_organizations WHERE id = $1 AND NOT deleted",
        [id],
      );
      const row = rows[0];
      return row === undefined ? undefined : parseData(row.data);
    },
    async query(filter, options): Promise<Result<StorePage, StoreIssueCode>> {
      const f = parseFilter(filter);
      if (!f.ok) return f;
      const o = parseQueryOptions(options);
      if (!o.ok) return o;
      const params: unknown[] = [];
      let clause = where(f.value, params);
      if (o.value.after !== undefined) {
        params.push(o.value.after);
        clause += ` AND id > $${params.length}`;
      }
      const rows = await selectOrganizations(exec, clause, params, o.value.limit + 1);
      const items = rows.length > o.value.limit ? rows.slice(0, o.value.limit) : rows;
      const last = items[items.length - 1];
      return {
        ok: true,
        value: rows.length > o.value.limit && last !== undefined ? { items, next: last.id } : { items },
      };
    },
    async count(filter) {
      const f = parseFilter(filter);
      if (!f.ok) return f;
      const params: unknown[] = [];
      const rows = await exec.query<{ n: unknown }>(
        `SELECT count(*) AS n FROM registry_organizations WHERE ${where(f.value, params)}`,
        params,
      );
      return { ok: true, value: toNumber(rows[0]?.n ?? 0) };
    },
    async put(organizations, options): Promise<Result<PutReport, StoreIssueCode>> {
      const batch = prepareBatch(organizations, options);
      if (!batch.ok) return batch;
      const { rows, quarantined } = batch.value;
      if (rows.length === 0) return { ok: true, value: { count: 0, quarantined } };
      return write(async (e) => {
        // Rows the database refuses are added during the write; a retried transaction starts again from the checks.
        const refused: Issue<StoreIssueCode>[] = [];
        const indexes = deferred ?? noDeferredIndexes();
        const count = await writeBatch(e, rows, refused, indexes);
        // A put of its own builds the indexes it deferred; in a transaction, the transaction does.
        if (deferred === undefined) await restoreIndexes(e, indexes);
        const all = [...quarantined, ...refused].sort((a, b) => Number(a.path[0]) - Number(b.path[0]));
        return { count, quarantined: all };
      });
    },
    async delete(ids): Promise<Result<WriteReport, StoreIssueCode>> {
      const parsed = parseIds(ids);
      if (!parsed.ok) return parsed;
      return write(async (e) => {
        await e.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`);
        const rows = await e.query<{ id: string }>(
          `UPDATE registry_organizations SET data = NULL, deleted = true,
             change_seq = nextval('registry_change_seq'), changed_at = now()
           WHERE id = ANY($1::text[]) AND NOT deleted RETURNING id`,
          [[...new Set(parsed.value)]],
        );
        return { count: rows.length };
      });
    },
  };
}

/**
 * Internal: a {@link RegistryStore} over an SQL driver (PGlite or node-postgres); the
 * migrations must have run.
 */
export function sqlStore(driver: SqlDriver): RegistryStore {
  const base = sqlWriter(driver, driver.exec, false);
  return {
    kind: driver.kind,
    ...base,
    ...sqlReview(driver),
    async changesSince(since, options): Promise<Result<ChangesPage, StoreIssueCode>> {
      const limit = parseChangesLimit(since, options);
      if (!limit.ok) return limit;
      const rows = await driver.exec.query<{
        id: string;
        data: unknown;
        deleted: boolean;
        change_seq: unknown;
        changed_at: unknown;
      }>(`SELECT ${COLUMNS} FROM registry_organizations WHERE change_seq > $1 ORDER BY change_seq LIMIT $2`, [
        since,
        limit.value,
      ]);
      const changes = rows.map(
        (r): StoreChange =>
          r.deleted
            ? { seq: toNumber(r.change_seq), id: r.id, deleted: true, at: toIso(r.changed_at) }
            : {
                seq: toNumber(r.change_seq),
                id: r.id,
                deleted: false,
                organization: parseData(r.data),
                at: toIso(r.changed_at),
              },
      );
      return { ok: true, value: { changes, last: changes[changes.length - 1]?.seq ?? since } };
    },
    statistics: (options) => sqlStatistics(driver, options),
    transaction(work) {
      return driver.transaction(async (exec) => {
        const deferred = noDeferredIndexes();
        const value = await work(sqlWriter(driver, exec, true, deferred));
        await restoreIndexes(exec, deferred);
        return value;
      });
    },
    close: () => driver.close(),
  };
}

/** A merge record from its row: the JSON of the record and its number. */
function mergeOfRow(row: { seq: unknown; data: unknown }): MergeRecord {
  const data = (typeof row.data === "string" ? JSON.parse(row.data) : row.data) as Omit<MergeRecord, "seq">;
  return { ...data, seq: toNumber(row.seq) };
}

/** The review operations over an SQL driver (tables of migration 0002). */
function sqlReview(driver: SqlDriver): RegistryReviewStore {
  /** Run `work` in a transaction; a refusal of the database becomes `store.rejected`. */
  const guarded = async <T>(
    work: (e: SqlExecutor) => Promise<Result<T, StoreIssueCode>>,
  ): Promise<Result<T, StoreIssueCode>> => {
    try {
      return await driver.transaction(work);
    } catch (error) {
      if (!isDataError(error)) throw error;
      return { ok: false, issues: [storeIssue("store.rejected", [], { reason: error.message })] };
    }
  };
  const readMerge = async (e: SqlExecutor, seq: number, lock: boolean): Promise<MergeRecord | undefined> => {
    const rows = await e.query<{ seq: unknown; data: unknown }>(
      `SELECT seq, data FROM registry_merges WHERE seq = $1${lock ? " FOR UPDATE" : ""}`,
      [seq],
    );
    const row = rows[0];
    return row === undefined ? undefined : mergeOfRow(row);
  };

  return {
    async putDecisions(decisions) {
      const prepared = prepareDecisions(decisions);
      if (!prepared.ok) return prepared;
      const all = prepared.value;
      return guarded(async (e) => {
        for (let start = 0; start < all.length; start += INSERT_CHUNK) {
          await e.query(
            `INSERT INTO registry_review_decisions (a, b, verdict, data)
             SELECT d ->> 'a', d ->> 'b', d ->> 'verdict', d FROM jsonb_array_elements($1::jsonb) AS t(d)
             ON CONFLICT (a, b) DO UPDATE SET verdict = EXCLUDED.verdict, data = EXCLUDED.data`,
            [JSON.stringify(all.slice(start, start + INSERT_CHUNK))],
          );
        }
        return { ok: true, value: { count: all.length } };
      });
    },
    async decisions(filter) {
      const parsed = DecisionFilterSchema.safeParse(filter ?? {});
      if (!parsed.success) return { ok: false, issues: [storeIssue("store.invalid_query", [])] };
      const ids = parseIdList(parsed.data.ids);
      if (!ids.ok) return ids;
      const params: unknown[] = [];
      const parts = ["true"];
      if (parsed.data.verdict !== undefined) {
        params.push(parsed.data.verdict);
        parts.push(`verdict = $${params.length}`);
      }
      if (ids.value !== undefined) {
        params.push(ids.value);
        parts.push(`(a = ANY($${params.length}::text[]) OR b = ANY($${params.length}::text[]))`);
      }
      const rows = await driver.exec.query<{ data: unknown }>(
        `SELECT data FROM registry_review_decisions WHERE ${parts.join(" AND ")} ORDER BY a, b`,
        params,
      );
      return { ok: true, value: rows.map((r) => parseData(r.data) as unknown as ReviewDecision) };
    },
    async merge(input) {
      const prepared = prepareMerge(input);
      if (!prepared.ok) return prepared;
      const m = prepared.value;
      const survivorId = m.organization.id;
      const ids = [survivorId, ...m.mergedIds];
      return guarded(async (e): Promise<Result<MergeRecord, StoreIssueCode>> => {
        await e.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`);
        const rows = await e.query<{ id: string; data: unknown }>(
          "SELECT id, data FROM registry_organizations WHERE id = ANY($1::text[]) AND NOT deleted FOR UPDATE",
          [ids],
        );
        const found = new Map(rows.map((r) => [r.id, parseData(r.data)]));
        const before: Organization[] = [];
        for (const [i, id] of ids.entries()) {
          const org = found.get(id);
          if (org === undefined) {
            return {
              ok: false,
              issues: [storeIssue("store.unknown_id", i === 0 ? ["organization", "id"] : ["mergedIds", i - 1], { id })],
            };
          }
          before.push(org);
        }
        await insertJson(e, [JSON.stringify(m.organization)]);
        await e.query(
          `UPDATE registry_organizations SET data = NULL, deleted = true,
             change_seq = nextval('registry_change_seq'), changed_at = now()
           WHERE id = ANY($1::text[]) AND NOT deleted`,
          [m.mergedIds],
        );
        const { seq: _omitted, ...data } = mergeRecordOf(0, m, before);
        const inserted = await e.query<{ seq: unknown }>(
          "INSERT INTO registry_merges (survivor_id, data) VALUES ($1, $2::jsonb) RETURNING seq",
          [survivorId, JSON.stringify(data)],
        );
        const seq = toNumber(inserted[0]?.seq);
        await e.query(
          `INSERT INTO registry_aliases (alias_id, target_id, merge_seq)
           SELECT alias, $2, $3 FROM unnest($1::text[]) AS t(alias)
           ON CONFLICT (alias_id) DO UPDATE SET target_id = EXCLUDED.target_id, merge_seq = EXCLUDED.merge_seq`,
          [m.mergedIds, survivorId, seq],
        );
        return { ok: true, value: { ...data, seq } };
      });
    },
    async undoMerge(seq, input) {
      const prepared = prepareUndo(seq, input);
      if (!prepared.ok) return prepared;
      const undone: UndoInput = prepared.value;
      return guarded(async (e): Promise<Result<MergeRecord, StoreIssueCode>> => {
        await e.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`);
        const record = await readMerge(e, seq, true);
        if (record === undefined) return { ok: false, issues: [storeIssue("store.unknown_merge", ["seq"], { seq })] };
        if (record.undone !== undefined) {
          return { ok: false, issues: [storeIssue("store.merge_undone", ["seq"], { seq })] };
        }
        const same = await e.query<{ same: boolean }>(
          "SELECT data = $2::jsonb AS same FROM registry_organizations WHERE id = $1 AND NOT deleted",
          [record.survivorId, JSON.stringify(record.merged)],
        );
        const back = await e.query<{ id: string }>(
          "SELECT id FROM registry_organizations WHERE id = ANY($1::text[]) AND NOT deleted",
          [record.mergedIds],
        );
        const written = new Set(back.map((r) => r.id));
        const changed = same[0]?.same !== true ? record.survivorId : record.mergedIds.find((id) => written.has(id));
        if (changed !== undefined) {
          return { ok: false, issues: [storeIssue("store.merge_changed", ["seq"], { seq, id: changed })] };
        }
        await insertJson(
          e,
          record.before.map((o) => JSON.stringify(o)),
        );
        await e.query("DELETE FROM registry_aliases WHERE merge_seq = $1", [seq]);
        await e.query(
          "UPDATE registry_merges SET undone = true, data = data || jsonb_build_object('undone', $2::jsonb) WHERE seq = $1",
          [seq, JSON.stringify(undone)],
        );
        return { ok: true, value: { ...record, undone } };
      });
    },
    async merges(filter) {
      const ids = parseMergeFilter(filter);
      if (!ids.ok) return ids;
      const rows = await driver.exec.query<{ seq: unknown; data: unknown }>(
        ids.value === undefined
          ? "SELECT seq, data FROM registry_merges ORDER BY seq"
          : `SELECT seq, data FROM registry_merges
             WHERE survivor_id = ANY($1::text[]) OR (data -> 'mergedIds') ?| $1::text[] ORDER BY seq`,
        ids.value === undefined ? [] : [ids.value],
      );
      return { ok: true, value: rows.map(mergeOfRow) };
    },
    async resolve(id) {
      if (typeof id !== "string") return undefined;
      let current = id;
      for (let hop = 0; hop <= MAX_ALIAS_HOPS; hop++) {
        const rows = await driver.exec.query<{ data: unknown; target: string | null }>(
          `SELECT o.data, a.target_id AS target FROM (SELECT $1::text AS id) AS k
           LEFT JOIN registry_organizations o ON o.id = k.id AND NOT o.deleted
           LEFT JOIN registry_aliases a ON a.alias_id = k.id`,
          [current],
        );
        const row = rows[0];
        if (row?.data !== null && row?.data !== undefined) return parseData(row.data);
        if (row?.target === null || row?.target === undefined) return undefined;
        current = row.target;
      }
      return undefined;
    },
  };
}
