/**
 * Internal: the bulk path of the SQL adapters. Rows travel as JSON texts in one
 * parameter per statement and are upserted straight into `registry_organizations`
 * (no staging table); a large load into an empty table builds the secondary
 * indexes once, after the rows are in.
 */

import { compareCodePoints, type Organization } from "@madani/model";

/** Internal: the part of an SQL executor the bulk path uses. */
export interface BulkExecutor {
  query<R>(text: string, params?: readonly unknown[]): Promise<readonly R[]>;
  /**
   * `true` when the database has `string_to_table` (PostgreSQL 14 or later, PGlite):
   * rows then travel as one text with one JSON document a line. Otherwise they travel
   * as one JSON array, split by `json_array_elements` (PostgreSQL 13).
   */
  readonly lines?: boolean | undefined;
}

/** Rows per INSERT statement of a bulk load. */
export const BULK_CHUNK = 10_000;

/**
 * Rows a write must hold for a load into an empty table to build the secondary
 * indexes after it rather than maintain them row by row.
 */
export const DEFER_INDEXES_MIN_ROWS = 1_000;

const UPSERT = `INSERT INTO registry_organizations AS o (id, data, deleted, change_seq, changed_at)
  SELECT s.d ->> 'id', s.d, false, nextval('registry_change_seq'), now()`;

const UPSERT_TAIL = `ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, deleted = false,
  change_seq = EXCLUDED.change_seq, changed_at = EXCLUDED.changed_at`;

// Each text is cast to jsonb once (OFFSET 0 keeps the subquery from being inlined into the two uses of `d`).
// A function scan returns its rows in order, so sequence numbers follow the order of the batch.
const INSERT_LINES = `${UPSERT}
  FROM (SELECT x::jsonb AS d FROM string_to_table($1, E'\\n') AS t(x) OFFSET 0) s
  ${UPSERT_TAIL}`;

const INSERT_ARRAY = `${UPSERT}
  FROM (SELECT x::jsonb AS d FROM json_array_elements($1::json) AS t(x) OFFSET 0) s
  ${UPSERT_TAIL}`;

/**
 * Internal: insert or replace organizations given as JSON texts (`JSON.stringify`
 * of each, so that no text holds a raw line break), {@link BULK_CHUNK} rows a
 * statement, each row taking the next change sequence number in batch order.
 *
 * @param exec - the executor, inside the write's transaction.
 * @param json - one JSON text per organization, ids distinct.
 * @returns when every chunk is written; rejects with the database's error otherwise.
 */
export async function upsertJson(exec: BulkExecutor, json: readonly string[]): Promise<void> {
  for (let start = 0; start < json.length; start += BULK_CHUNK) {
    const chunk = json.length <= BULK_CHUNK ? json : json.slice(start, start + BULK_CHUNK);
    if (exec.lines === true) await exec.query(INSERT_LINES, [chunk.join("\n")]);
    else await exec.query(INSERT_ARRAY, [`[${chunk.join(",")}]`]);
  }
}

/**
 * Internal: the secondary indexes a write dropped to build them after its load.
 * One per transaction; `definitions` stays empty until indexes are dropped.
 */
export interface DeferredIndexes {
  definitions: string[];
}

/** Internal: a fresh {@link DeferredIndexes}, with nothing deferred. */
export function noDeferredIndexes(): DeferredIndexes {
  return { definitions: [] };
}

/** The SQLSTATE of `LOCK … NOWAIT` when another session holds a lock on the table. */
const LOCK_NOT_AVAILABLE = "55P03";

/**
 * Internal: before a write of `rows` rows into an empty table, drop its secondary
 * indexes (not the primary key, nor any unique index, which decide upserts and
 * refusals) and remember their definitions, so that {@link restoreIndexes} builds
 * each once over the loaded rows. Does nothing when the table holds rows or
 * tombstones, when indexes are already deferred in this transaction, when the batch
 * is small, or when another session holds a lock on the table (then the load keeps
 * the indexes up to date row by row, as any write).
 *
 * @param exec - the executor, inside the write's transaction, after the write lock.
 * @param deferred - this transaction's deferred indexes; filled here.
 * @param rows - how many rows the write holds.
 * @returns whether indexes are deferred now.
 * @remarks Dropping an index takes an exclusive lock on the table until the
 * transaction ends: other sessions that read the (empty) table wait for the load.
 */
export async function deferIndexes(exec: BulkExecutor, deferred: DeferredIndexes, rows: number): Promise<boolean> {
  if (deferred.definitions.length > 0) return true;
  if (rows < DEFER_INDEXES_MIN_ROWS) return false;
  const empty = await exec.query<{ empty: boolean }>(
    "SELECT NOT EXISTS (SELECT 1 FROM registry_organizations) AS empty",
  );
  if (empty[0]?.empty !== true) return false;
  await exec.query("SAVEPOINT registry_bulk_lock");
  try {
    await exec.query("LOCK TABLE registry_organizations IN ACCESS EXCLUSIVE MODE NOWAIT");
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== LOCK_NOT_AVAILABLE) throw error;
    await exec.query("ROLLBACK TO SAVEPOINT registry_bulk_lock");
    await exec.query("RELEASE SAVEPOINT registry_bulk_lock");
    return false;
  }
  await exec.query("RELEASE SAVEPOINT registry_bulk_lock");
  const indexes = await exec.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     WHERE i.indrelid = 'registry_organizations'::regclass AND NOT i.indisunique AND NOT i.indisprimary
     ORDER BY i.indexrelid`,
  );
  for (const index of indexes) {
    await exec.query(`DROP INDEX ${index.name}`);
    deferred.definitions.push(index.definition.replace(/^CREATE INDEX /, "CREATE INDEX IF NOT EXISTS "));
  }
  return deferred.definitions.length > 0;
}

/**
 * Internal: build the indexes {@link deferIndexes} dropped, before the transaction
 * commits, and gather the table's statistics for the planner. An index that exists
 * already (its drop was rolled back with a savepoint) is left as it is.
 *
 * @param exec - the executor, inside the same transaction.
 * @param deferred - this transaction's deferred indexes; emptied here.
 * @returns when every index is built.
 */
export async function restoreIndexes(exec: BulkExecutor, deferred: DeferredIndexes): Promise<void> {
  const definitions = deferred.definitions.splice(0);
  if (definitions.length === 0) return;
  for (const definition of definitions) await exec.query(definition);
  // The table had no rows, so the planner has no statistics: without them it scans and sorts the whole
  // table for every page of `query` instead of reading the primary key in order. (PGlite runs no autovacuum.)
  await exec.query("ANALYZE registry_organizations");
}

/**
 * Internal: the organizations of `registry_organizations` that match `where`, in id
 * order, at most `limit`. The database sends them as one JSON text, parsed once,
 * rather than one row each (a row costs more to send and decode than its JSON).
 *
 * @param exec - the executor.
 * @param where - an SQL condition over the table's columns, with `$1`… placeholders.
 * @param params - the values of the placeholders of `where`.
 * @param limit - how many organizations at most.
 * @returns the organizations, in code-point order of their ids.
 */
export async function selectOrganizations(
  exec: BulkExecutor,
  where: string,
  params: readonly unknown[],
  limit: number,
): Promise<Organization[]> {
  const rows = await exec.query<{ items: string | null }>(
    // The text of each row is made after the limit, so that a plan that sorts converts only the rows it returns.
    `SELECT string_agg(s.data::text, ',') AS items FROM (
       SELECT data FROM registry_organizations WHERE ${where} ORDER BY id LIMIT $${params.length + 1}
     ) s`,
    [...params, limit],
  );
  const items = rows[0]?.items;
  if (items === null || items === undefined) return [];
  const organizations = JSON.parse(`[${items}]`) as Organization[];
  // The aggregate keeps the order of its sorted input; sort again only if a planner ever did not.
  for (let i = 1; i < organizations.length; i++) {
    if (compareCodePoints((organizations[i - 1] as Organization).id, (organizations[i] as Organization).id) > 0) {
      return organizations.sort((a, b) => compareCodePoints(a.id, b.id));
    }
  }
  return organizations;
}
