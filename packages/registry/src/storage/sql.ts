import type { Issue, Organization, Result } from "@madani/model";
import type { StoreIssueCode } from "./messages.js";
import { MIGRATIONS } from "./migrations.js";
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
   * Optional fast path for large batches: load JSON texts into the temporary
   * table `registry_staging (data jsonb)` (COPY on PGlite).
   */
  readonly stageJson?: ((json: readonly string[]) => Promise<void>) | undefined;
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

const UPSERT_TAIL = `ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, deleted = false,
  change_seq = EXCLUDED.change_seq, changed_at = EXCLUDED.changed_at`;

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

/** Insert or replace rows given as JSON texts, in one statement per chunk (COPY through staging for large sets). */
async function insertJson(exec: SqlExecutor, json: readonly string[]): Promise<void> {
  if (exec.stageJson !== undefined && json.length > INSERT_CHUNK) {
    await exec.query("CREATE TEMP TABLE IF NOT EXISTS registry_staging (data jsonb NOT NULL) ON COMMIT DELETE ROWS");
    await exec.stageJson(json);
    await exec.query(
      `INSERT INTO registry_organizations AS o (${COLUMNS})
       SELECT s.data ->> 'id', s.data, false, nextval('registry_change_seq'), now() FROM registry_staging s
       ${UPSERT_TAIL}`,
    );
    await exec.query("TRUNCATE registry_staging");
    return;
  }
  for (let start = 0; start < json.length; start += INSERT_CHUNK) {
    const chunk = `[${json.slice(start, start + INSERT_CHUNK).join(",")}]`;
    await exec.query(
      `INSERT INTO registry_organizations AS o (${COLUMNS})
       SELECT e ->> 'id', e, false, nextval('registry_change_seq'), now()
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(e, n) ORDER BY n
       ${UPSERT_TAIL}`,
      [chunk],
    );
  }
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
): Promise<number> {
  await exec.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`);
  const rows = batch.map((r) => ({ index: r.index, id: r.organization.id, json: JSON.stringify(r.organization) }));
  return writeRows(exec, rows, quarantined);
}

function sqlWriter(driver: SqlDriver, exec: SqlExecutor, inTransaction: boolean): RegistryWriter {
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
      params.push(o.value.limit + 1);
      const rows = await exec.query<{ data: unknown }>(
        `SELECT data FROM registry_organizations WHERE ${clause} ORDER BY id LIMIT $${params.length}`,
        params,
      );
      const items = rows.slice(0, o.value.limit).map((r) => parseData(r.data));
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
        const count = await writeBatch(e, rows, refused);
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
    transaction(work) {
      return driver.transaction((exec) => work(sqlWriter(driver, exec, true)));
    },
    close: () => driver.close(),
  };
}
