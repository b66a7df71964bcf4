/**
 * Internal: PGlite on a worker thread. The database (PostgreSQL compiled to
 * WebAssembly) does its work on another core; statements and their rows travel
 * as messages. JSON and JSONB values travel as text and are parsed on the
 * calling thread (a text is copied at once, an object graph is not).
 */

import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { SqlDriver, SqlExecutor } from "./sql.js";

/**
 * The worker's code, evaluated as a CommonJS script: it loads PGlite from the
 * path the calling thread resolved, opens the database, then answers one
 * message per statement.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const asText = (x) => x;
const parsers = { 114: asText, 3802: asText };
let db;
const ready = (async () => {
  const { PGlite } = require(workerData.module);
  db = workerData.dataDir === undefined ? new PGlite() : new PGlite(workerData.dataDir);
  await db.waitReady;
})();
const failure = (e) => ({
  message: String((e && e.message) || e),
  code: e && typeof e.code === "string" ? e.code : undefined,
});
parentPort.on("message", async (m) => {
  try {
    await ready;
    if (m.kind === "close") {
      await db.close();
      parentPort.postMessage({ id: m.id, ok: true, rows: [], json: [] });
      return;
    }
    if (m.kind === "open") {
      parentPort.postMessage({ id: m.id, ok: true, rows: [], json: [] });
      return;
    }
    const r = await db.query(m.text, m.params, { parsers });
    const json = [];
    for (const f of r.fields) if (f.dataTypeID === 114 || f.dataTypeID === 3802) json.push(f.name);
    parentPort.postMessage({ id: m.id, ok: true, rows: r.rows, json });
  } catch (e) {
    parentPort.postMessage({ id: m.id, ok: false, error: failure(e) });
  }
});
`;

interface Reply {
  readonly id: number;
  readonly ok: boolean;
  readonly rows?: Record<string, unknown>[];
  /** Names of the columns whose values are JSON texts. */
  readonly json?: string[];
  readonly error?: { readonly message: string; readonly code?: string | undefined };
}

/** An error of the database, with its SQLSTATE, as PGlite raises it on its own thread. */
class ThreadDatabaseError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = "DatabaseError";
  }
}

/**
 * Internal: an SQL driver over PGlite on a worker thread. Statements run one at
 * a time, in the order they are sent; a transaction holds the connection from
 * BEGIN to COMMIT or ROLLBACK.
 *
 * @param dataDir - the database directory, or none for a database in memory.
 * @returns the open driver; rejects when the database cannot be opened.
 */
export async function threadDriver(dataDir: string | undefined): Promise<SqlDriver> {
  const module = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, dataDir } });
  const waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  let next = 1;
  let failed: Error | undefined;
  const failAll = (error: Error): void => {
    failed = error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  // The thread keeps the process alive only while a statement waits for it: a store left open does not.
  worker.unref();
  worker.on("message", (reply: Reply) => {
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (waiting.size === 0) worker.unref();
    w?.resolve(reply);
  });
  worker.on("error", (error) => failAll(error));
  worker.on("exit", (code) => failAll(new Error(`the database thread stopped (exit code ${code})`)));

  const send = (message: Record<string, unknown>): Promise<Reply> => {
    if (failed !== undefined) return Promise.reject(failed);
    const id = next++;
    return new Promise<Reply>((resolve, reject) => {
      if (waiting.size === 0) worker.ref();
      waiting.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
    });
  };

  const run = async <R>(text: string, params?: readonly unknown[]): Promise<readonly R[]> => {
    const reply = await send({ kind: "query", text, params: params === undefined ? [] : [...params] });
    if (!reply.ok) throw new ThreadDatabaseError(reply.error?.message ?? "query failed", reply.error?.code);
    const rows = reply.rows ?? [];
    for (const column of reply.json ?? [])
      for (const row of rows) {
        const v = row[column];
        if (typeof v === "string") row[column] = JSON.parse(v);
      }
    return rows as R[];
  };

  // One connection: a statement outside a transaction waits for the transaction before it to end.
  let tail: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const result = tail.then(work, work);
    tail = result.catch(() => undefined);
    return result;
  };
  const inTransaction: SqlExecutor = { lines: true, query: run };
  const outside: SqlExecutor = {
    lines: true,
    query: <R>(text: string, params?: readonly unknown[]) => exclusive(() => run<R>(text, params)),
  };

  try {
    const opened = await send({ kind: "open" });
    if (!opened.ok) throw new ThreadDatabaseError(opened.error?.message ?? "open failed", opened.error?.code);
  } catch (error) {
    await worker.terminate();
    throw error;
  }

  return {
    kind: "pglite",
    exec: outside,
    transaction: <T>(work: (exec: SqlExecutor) => Promise<T>) =>
      exclusive(async () => {
        await run("BEGIN");
        try {
          const value = await work(inTransaction);
          await run("COMMIT");
          return value;
        } catch (error) {
          await run("ROLLBACK").catch(() => undefined);
          throw error;
        }
      }),
    async close() {
      await exclusive(async () => {
        if (failed === undefined) await send({ kind: "close" }).catch(() => undefined);
        await worker.terminate();
      });
    },
  };
}
