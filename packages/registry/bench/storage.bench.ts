/**
 * Storage benchmark: load N generated organizations into each store, read them
 * all back page by page, then time filtered queries, counts and lookups. The
 * memory store is the baseline: every figure is printed next to the baseline's,
 * measured in the same run, as the median of several rounds; each ratio is the
 * median over the rounds of the store's figure over the baseline's of the same round.
 *
 * Each (store, round) runs in a child process of its own, so that its peak RSS is
 * its own. The load is the one of `examples/national-registry.ts`: batches of
 * `put(batch, { validate: false })`, each its own transaction, or (stores marked
 * "one transaction") all batches in one `store.transaction`.
 *
 * Run: `pnpm --filter @madani/registry exec tsx --conditions=@madani/source bench/storage.bench.ts [N]`
 *
 * Environment:
 * - `MADANI_BENCH_ROWS`: organizations (default 300,000; the first argument wins).
 * - `MADANI_BENCH_BATCH`: records per `put` (default 5,000, as in the example).
 * - `MADANI_BENCH_ROUNDS`: rounds (default 3 from 300,000 rows, 7 below).
 * - `MADANI_BENCH_STORES`: which stores, comma-separated, among `memory`, `pglite-dir`,
 *   `pglite-dir-tx`, `pglite-worker-tx`, `pglite-mem`, `postgres`, `postgres-tx` (default: the first four,
 *   and the two `postgres` ones when a server is given).
 * - `MADANI_BENCH_POSTGRES`: a connection string of a PostgreSQL server to add
 *   postgresStore, or `start` to start a throwaway PostgreSQL 15 as the tests do.
 * - `MADANI_BENCH_FEED=1`: also scan the whole changes feed (slow on the memory store).
 */
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { memoryStore, pgliteStore, postgresStore, type RegistryStore } from "../src/storage/index.js";
import { startPostgres, type TestPostgres } from "../test/postgresServer.js";
import { syntheticOrganizations } from "../test/registryFixtures.js";

type StoreName =
  | "memory"
  | "pglite-dir"
  | "pglite-dir-tx"
  | "pglite-worker-tx"
  | "pglite-mem"
  | "postgres"
  | "postgres-tx";

const LABELS: Record<StoreName, string> = {
  memory: "memoryStore (baseline)",
  "pglite-dir": "pgliteStore, data directory",
  "pglite-dir-tx": "pgliteStore, data directory, one transaction",
  "pglite-worker-tx": "pgliteStore, data directory, one transaction, worker thread, one put in flight",
  "pglite-mem": "pgliteStore, in memory",
  postgres: "postgresStore",
  "postgres-tx": "postgresStore, one transaction",
};

/** What one child measures for one store in one round. */
interface Measure {
  readonly store: StoreName;
  readonly organizations: number;
  readonly loadMs: number;
  readonly readMs: number;
  readonly readItems: number;
  readonly countMs: number;
  readonly regionQueryMs: number;
  readonly fieldCountMs: number;
  readonly getMsEach: number;
  readonly feedMs: number | undefined;
  /** Peak resident set size of the child process, in bytes. */
  readonly peakRss: number;
}

const N = Number(process.argv[2] ?? process.env.MADANI_BENCH_ROWS ?? 300_000);
const BATCH = Number(process.env.MADANI_BENCH_BATCH ?? 5_000);
const ROUNDS = Number(process.env.MADANI_BENCH_ROUNDS ?? (N >= 300_000 ? 3 : 7));
const FEED = process.env.MADANI_BENCH_FEED === "1";

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

/** The store a factory opened; the bench stops with the factory's issue when it could not. */
function opened<T>(result: { ok: true; value: T } | { ok: false; issues: readonly { message: string }[] }): T {
  if (!result.ok) throw new Error(`the store did not open: ${result.issues[0]?.message}`);
  return result.value;
}

async function openStore(name: StoreName, dir: string, url: string | undefined): Promise<RegistryStore> {
  switch (name) {
    case "memory":
      return opened(memoryStore());
    case "pglite-mem":
      return opened(await pgliteStore());
    case "pglite-dir":
    case "pglite-dir-tx":
      return opened(await pgliteStore({ dataDir: dir }));
    case "pglite-worker-tx":
      return opened(await pgliteStore({ dataDir: dir, worker: true }));
    case "postgres":
    case "postgres-tx": {
      // Each round starts from an empty registry in a schema of its own, as the other stores do.
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query("DROP SCHEMA IF EXISTS madani_bench CASCADE");
      await admin.query("CREATE SCHEMA madani_bench");
      await admin.end();
      return opened(await postgresStore({ config: { connectionString: url, options: "-c search_path=madani_bench" } }));
    }
  }
}

/** One round of one store, in this (child) process. */
async function measure(name: StoreName, url: string | undefined): Promise<Measure> {
  const orgs = syntheticOrganizations(N, 1);
  const dir = mkdtempSync(join(tmpdir(), "madani-bench-"));
  try {
    const store = await openStore(name, dir, url);
    const putAll = async (writer: Pick<RegistryStore, "put">) => {
      for (let i = 0; i < orgs.length; i += BATCH) {
        const r = await writer.put(orgs.slice(i, i + BATCH), { validate: false });
        if (!r.ok) throw new Error(JSON.stringify(r.issues[0]));
      }
    };
    // On a worker thread, the next batch is prepared (checked, written as JSON) while the previous one is written.
    const putPipelined = async (writer: Pick<RegistryStore, "put">) => {
      let writing: Promise<unknown> = Promise.resolve();
      for (let i = 0; i < orgs.length; i += BATCH) {
        await writing;
        writing = writer.put(orgs.slice(i, i + BATCH), { validate: false }).then((r) => {
          if (!r.ok) throw new Error(JSON.stringify(r.issues[0]));
        });
      }
      await writing;
    };
    const load = name === "pglite-worker-tx" ? putPipelined : putAll;
    const [, loadMs] = await time(() => (name.endsWith("-tx") ? store.transaction(load) : load(store)));
    const [readItems, readMs] = await time(async () => {
      let n = 0;
      for (let after: string | undefined; ; ) {
        const page = await store.query({}, { limit: 10_000, ...(after === undefined ? {} : { after }) });
        if (!page.ok) throw new Error(page.issues[0]?.message);
        n += page.value.items.length;
        after = page.value.next;
        if (after === undefined) return n;
      }
    });
    const [count, countMs] = await time(() => store.count());
    const [, regionQueryMs] = await time(() =>
      store.query({ regionCode: "06", legalForm: "cooperative" }, { limit: 100 }),
    );
    const [, fieldCountMs] = await time(() => store.count({ fieldOfAction: ["women", "youth"], regionCode: "01" }));
    const [, getMs] = await time(async () => {
      for (let i = 0; i < 1000; i++) await store.get(`org-1-${String((i * 7919) % N).padStart(7, "0")}`);
    });
    let feedMs: number | undefined;
    if (FEED) {
      [, feedMs] = await time(async () => {
        for (let since = 0; ; ) {
          const page = await store.changesSince(since, { limit: 10_000 });
          if (!page.ok || page.value.changes.length === 0) return;
          since = page.value.last;
        }
      });
    }
    await store.close();
    return {
      store: name,
      organizations: count.ok ? count.value : -1,
      loadMs,
      readMs,
      readItems,
      countMs,
      regionQueryMs,
      fieldCountMs,
      getMsEach: getMs / 1000,
      feedMs,
      peakRss: process.resourceUsage().maxRSS * 1024,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Run one round of one store in a child process of its own. */
function child(name: StoreName, url: string | undefined): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(import.meta.url), [String(N)], {
      env: { ...process.env, MADANI_BENCH_CHILD: name, MADANI_BENCH_URL: url ?? "" },
    });
    let result: Measure | undefined;
    proc.on("message", (m) => {
      result = m as Measure;
    });
    proc.on("error", reject);
    proc.on("exit", (code) =>
      result === undefined ? reject(new Error(`${name}: the child process ended with ${code}`)) : resolve(result),
    );
  });
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

async function main(): Promise<void> {
  let server: TestPostgres | undefined;
  let url = process.env.MADANI_BENCH_POSTGRES;
  if (url === "start") {
    const started = await startPostgres();
    if ("unavailable" in started) throw new Error(`PostgreSQL did not start: ${started.unavailable}`);
    server = started;
    url = started.connectionString;
  }
  const stores = (
    process.env.MADANI_BENCH_STORES ??
    [
      "memory",
      "pglite-dir",
      "pglite-dir-tx",
      "pglite-worker-tx",
      ...(url === undefined ? [] : ["postgres", "postgres-tx"]),
    ].join(",")
  )
    .split(",")
    .map((s) => s.trim()) as StoreName[];
  if (stores[0] !== "memory") stores.unshift("memory");
  console.log(
    `${N.toLocaleString("en-US")} organizations, batches of ${BATCH.toLocaleString("en-US")}, ${ROUNDS} rounds; medians`,
  );
  const all = new Map<StoreName, Measure[]>();
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      for (const name of stores) {
        const m = await child(name, url);
        all.set(name, [...(all.get(name) ?? []), m]);
        console.log(
          `round ${round} ${LABELS[name]}: load ${(m.loadMs / 1000).toFixed(2)} s, read ${(m.readMs / 1000).toFixed(2)} s, peak RSS ${(m.peakRss / 2 ** 20).toFixed(0)} MiB`,
        );
      }
    }
  } finally {
    server?.stop();
  }
  const med = (name: StoreName, f: (m: Measure) => number) => median((all.get(name) ?? []).map(f));
  // A ratio compares a store with the baseline of the same round, then takes the median over the rounds.
  const base = all.get("memory") ?? [];
  const ratio = (name: StoreName, f: (m: Measure) => number) =>
    median((all.get(name) ?? []).map((m, i) => f(m) / f(base[i] ?? m)));
  const rows = stores.map((name) => {
    const load = med(name, (m) => m.loadMs);
    const read = med(name, (m) => m.readMs);
    const rss = med(name, (m) => m.peakRss);
    const feed = med(name, (m) => m.feedMs ?? Number.NaN);
    return {
      store: LABELS[name],
      organizations: med(name, (m) => m.organizations),
      "load s": +(load / 1000).toFixed(2),
      "load rows/s": Math.round(N / (load / 1000)),
      "load × base": +ratio(name, (m) => m.loadMs).toFixed(2),
      "read s": +(read / 1000).toFixed(2),
      "read rows/s": Math.round(med(name, (m) => m.readItems) / (read / 1000)),
      "read × base": +ratio(name, (m) => m.readMs).toFixed(2),
      "peak RSS MiB": Math.round(rss / 2 ** 20),
      "RSS × base": +ratio(name, (m) => m.peakRss).toFixed(2),
      "count ms": +med(name, (m) => m.countMs).toFixed(1),
      "region query ms": +med(name, (m) => m.regionQueryMs).toFixed(1),
      "field count ms": +med(name, (m) => m.fieldCountMs).toFixed(1),
      "get ms": +med(name, (m) => m.getMsEach).toFixed(3),
      ...(FEED ? { "feed scan s": +(feed / 1000).toFixed(2) } : {}),
    };
  });
  console.table(rows);
}

const childStore = process.env.MADANI_BENCH_CHILD as StoreName | undefined;
if (childStore !== undefined && childStore !== ("" as StoreName)) {
  const url = process.env.MADANI_BENCH_URL;
  const m = await measure(childStore, url === "" ? undefined : url);
  process.send?.(m);
} else {
  await main();
}
