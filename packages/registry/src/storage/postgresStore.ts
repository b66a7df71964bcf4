import type { Locale, Result } from "@madani/model";
import pg from "pg";
import * as z from "zod";
import type { StoreIssueCode } from "./messages.js";
import { migrate, type SqlDriver, type SqlExecutor, sqlStore } from "./sql.js";
import { openFailed, parseStoreOptions, type RegistryStore, StoreLocaleSchema } from "./store.js";

/**
 * Options of {@link postgresStore}: a connection string, pool settings, or a pool of your own.
 *
 * @example
 * ```ts
 * const options: PostgresStoreOptions = { connectionString: "postgres://registry@db.internal:5432/registry" };
 * ```
 */
export interface PostgresStoreOptions {
  /** A PostgreSQL connection URI; used when neither `pool` nor `config` is given. */
  readonly connectionString?: string | undefined;
  /** node-postgres pool settings (host, port, user, database, max connections, TLS …). */
  readonly config?: pg.PoolConfig | undefined;
  /** An open node-postgres pool to use (the store's `close()` leaves it open). */
  readonly pool?: pg.Pool | undefined;
  /** Apply the package's migrations on open (default `true`). */
  readonly migrate?: boolean | undefined;
  /** Language of the issue when the store cannot be opened; default `"en"`. */
  readonly locale?: Locale | undefined;
}

const isPlainObject = (v: unknown): boolean =>
  typeof v === "object" && v !== null && [Object.prototype, null].includes(Object.getPrototypeOf(v));

const PostgresStoreOptionsSchema = z.strictObject({
  connectionString: z.string().min(1).max(4096).optional(),
  config: z.custom<pg.PoolConfig>(isPlainObject).optional(),
  pool: z.instanceof(pg.Pool).optional(),
  migrate: z.boolean().optional(),
  locale: StoreLocaleSchema.optional(),
});

function executor(client: pg.Pool | pg.PoolClient, lines: boolean): SqlExecutor {
  return {
    lines,
    async query<R>(text: string, params?: readonly unknown[]) {
      const result = await client.query(text, params === undefined ? [] : [...params]);
      return result.rows as R[];
    },
  };
}

/**
 * A store on a PostgreSQL server through node-postgres (`pg`), for registries
 * shared by many users and processes.
 *
 * @param options - {@link PostgresStoreOptions}.
 * @returns the open store, migrated; or `{ ok: false }` with `store.invalid_option`
 * (options it does not know) or `store.open_failed` (the server could not be reached,
 * refused the login, or the migrations failed; the reason is the driver's message, which
 * never holds the password). Never rejects.
 * @remarks The schema is the package's `migrations/*.sql` (PostgreSQL 13 or later; the
 * same files run on Citus, see the README, "Scaling out"). Writes take a
 * transaction-level advisory lock before they draw sequence numbers, so that
 * the changes feed never skips a write that commits late; writers are therefore
 * serialized while readers are not. Node only (`@madani/registry/storage`).
 * @example
 * ```ts
 * const store = await postgresStore({ connectionString: process.env.DATABASE_URL });
 * const { value } = await store.changesSince(lastSeen);
 * await store.close();
 * ```
 */
export async function postgresStore(
  options: PostgresStoreOptions = {},
): Promise<Result<RegistryStore, StoreIssueCode>> {
  const read = parseStoreOptions(PostgresStoreOptionsSchema, options);
  if (!read.ok) return read;
  const o = read.value;
  const owned = o.pool === undefined;
  let pool: pg.Pool | undefined;
  try {
    pool =
      o.pool ??
      new pg.Pool(o.config ?? (o.connectionString === undefined ? {} : { connectionString: o.connectionString }));
    return { ok: true, value: await open(pool, owned, o.migrate ?? true) };
  } catch (error) {
    if (owned) await pool?.end().catch(() => undefined);
    return openFailed(error, o.locale);
  }
}

async function open(pool: pg.Pool, owned: boolean, migrateOnOpen: boolean): Promise<RegistryStore> {
  // An idle client of an owned pool that loses its server (a restart, an administrator's shutdown) emits
  // "error" on the pool; without a listener that error would end the process. The pool drops the client,
  // and the next query reports a failure through the store's result instead.
  if (owned) pool.on("error", () => undefined);
  // PostgreSQL 14 and later split a bulk write's rows with `string_to_table`; 13 with `json_array_elements`.
  const version = await pool.query<{ server_version_num: string }>("SHOW server_version_num");
  const lines = Number(version.rows[0]?.server_version_num) >= 140_000;
  const driver: SqlDriver = {
    kind: "postgres",
    exec: executor(pool, lines),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(executor(client, lines));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      if (owned) await pool.end();
    },
  };
  if (migrateOnOpen) await migrate(driver);
  return sqlStore(driver);
}
