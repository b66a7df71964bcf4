import { PGlite, type Transaction } from "@electric-sql/pglite";
import type { Locale, Result } from "@madani/model";
import * as z from "zod";
import type { StoreIssueCode } from "./messages.js";
import { threadDriver } from "./pgliteThread.js";
import { migrate, type SqlDriver, type SqlExecutor, sqlStore } from "./sql.js";
import { openFailed, parseStoreOptions, type RegistryStore, StoreLocaleSchema, storeIssue } from "./store.js";

/**
 * Options of {@link pgliteStore}.
 *
 * @example
 * ```ts
 * const options: PgliteStoreOptions = { dataDir: "./registry-data" };
 * ```
 */
export interface PgliteStoreOptions {
  /**
   * Directory of the database files; created when missing, reopened when present.
   * Default: none, the database lives in memory and is gone on `close()`.
   */
  readonly dataDir?: string | undefined;
  /**
   * An open PGlite instance to use instead of creating one (the store's `close()`
   * leaves it open); `dataDir` is then ignored.
   */
  readonly pglite?: PGlite | undefined;
  /** Apply the package's migrations on open (default `true`). */
  readonly migrate?: boolean | undefined;
  /**
   * Run the database on a worker thread (default `false`). The database's work
   * (parsing, indexing, writing) then uses another core while the calling thread
   * goes on, for example preparing the next batch of an import: see the
   * `national-registry` example, which keeps one `put` in flight while the next
   * batch is read. Same answers as on the calling thread. Not with `pglite`.
   */
  readonly worker?: boolean | undefined;
  /** Language of the issue when the store cannot be opened; default `"en"`. */
  readonly locale?: Locale | undefined;
}

const PgliteStoreOptionsSchema = z.strictObject({
  dataDir: z.string().min(1).max(4096).optional(),
  pglite: z.instanceof(PGlite).optional(),
  migrate: z.boolean().optional(),
  worker: z.boolean().optional(),
  locale: StoreLocaleSchema.optional(),
});

function executor(db: Pick<PGlite | Transaction, "query">): SqlExecutor {
  return {
    // PGlite is PostgreSQL 17: bulk writes send their rows as one text, split by `string_to_table`.
    lines: true,
    async query<R>(text: string, params?: readonly unknown[]): Promise<readonly R[]> {
      return (await db.query<R>(text, params === undefined ? [] : [...params])).rows;
    },
  };
}

/**
 * A store in embedded PostgreSQL (PGlite, PostgreSQL compiled to WebAssembly):
 * the default for examples and the CLI, with no server to run.
 *
 * @param options - {@link PgliteStoreOptions}: in memory by default, or a data directory.
 * @returns the open store, migrated; or `{ ok: false }` with `store.invalid_option`
 * (options it does not know) or `store.open_failed` (the database could not be opened or
 * migrated: a data directory that cannot be written, or one of another version). Never rejects.
 * @remarks Same schema and SQL as {@link postgresStore} (the files in the package's
 * `migrations/`). A `put` sends its records in one parameter per 10,000 records,
 * upserted in one statement each. A load of 1,000 records or more into an empty
 * registry builds the secondary indexes once, after the rows are in; wrap a load
 * in batches in one {@link RegistryStore.transaction} to load them all that way.
 * Bulk loads run faster with a data directory than in memory. Node only
 * (`@madani/registry/storage`).
 * @example
 * ```ts
 * const store = await pgliteStore({ dataDir: "./registry-data" });
 * await store.put(organizations, { validate: false });
 * const page = await store.query({ regionCode: "01", legalForm: "cooperative" }, { limit: 50 });
 * await store.close();
 * ```
 */
export async function pgliteStore(options: PgliteStoreOptions = {}): Promise<Result<RegistryStore, StoreIssueCode>> {
  const read = parseStoreOptions(PgliteStoreOptionsSchema, options);
  if (!read.ok) return read;
  const o = read.value;
  // An instance given by the caller lives on the caller's thread: it cannot be moved to a worker.
  if (o.worker === true && o.pglite !== undefined)
    return { ok: false, issues: [storeIssue("store.invalid_option", ["worker"], { option: "worker" }, o.locale)] };
  let driver: SqlDriver | undefined;
  try {
    if (o.worker === true) driver = await threadDriver(o.dataDir);
    else {
      const db = o.pglite ?? (o.dataDir === undefined ? new PGlite() : new PGlite(o.dataDir));
      driver = localDriver(db, o.pglite === undefined);
      await db.waitReady;
    }
    if (o.migrate ?? true) await migrate(driver);
    return { ok: true, value: sqlStore(driver) };
  } catch (error) {
    // The store's own database is closed; an instance given by the caller stays open (see `localDriver`).
    await driver?.close().catch(() => undefined);
    return openFailed(error, o.locale);
  }
}

/** The driver over PGlite on the calling thread; `close()` closes the database only when the store made it. */
function localDriver(db: PGlite, owned: boolean): SqlDriver {
  return {
    kind: "pglite",
    exec: executor(db),
    transaction: (work) => db.transaction((tx) => work(executor(tx))),
    async close() {
      if (owned) await db.close();
    },
  };
}
