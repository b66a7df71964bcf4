/**
 * Storage benchmark: load N generated organizations, in batches of 20,000, into
 * memoryStore (the baseline) and pgliteStore (in memory: multi-row inserts; with
 * a data directory: COPY), then time
 * filtered queries, counts and a full changes-feed scan.
 *
 * Run: `pnpm exec tsx --conditions=@madani/source packages/registry/bench/storage.bench.ts [N]` (default 300,000).
 * Set MADANI_BENCH_POSTGRES=postgres://… to add postgresStore on a server.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { memoryStore, pgliteStore, postgresStore, type RegistryStore } from "../src/storage/index.js";
import { syntheticOrganizations } from "../test/registryFixtures.js";

const N = Number(process.argv[2] ?? 300_000);
const BATCH = 20_000;

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

async function run(label: string, store: RegistryStore, orgs: readonly Parameters<RegistryStore["put"]>[0][]) {
  const [, load] = await time(async () => {
    for (let i = 0; i < orgs.length; i += BATCH) {
      const r = await store.put(orgs.slice(i, i + BATCH) as never, { validate: false });
      if (!r.ok) throw new Error(JSON.stringify(r.issues[0]));
    }
  });
  const [count, countMs] = await time(() => store.count());
  const [regionPage, regionMs] = await time(() =>
    store.query({ regionCode: "06", legalForm: "cooperative" }, { limit: 100 }),
  );
  const [fieldCount, fieldMs] = await time(() => store.count({ fieldOfAction: ["women", "youth"], regionCode: "01" }));
  const [, getMs] = await time(async () => {
    for (let i = 0; i < 1000; i++) await store.get(`org-1-${String((i * 7919) % N).padStart(7, "0")}`);
  });
  const [scanned, feedMs] = await time(async () => {
    let since = 0;
    let n = 0;
    for (;;) {
      const page = await store.changesSince(since, { limit: 10_000 });
      if (!page.ok || page.value.changes.length === 0) return n;
      n += page.value.changes.length;
      since = page.value.last;
    }
  });
  const row = {
    store: label,
    organizations: count.ok ? count.value : -1,
    loadSeconds: +(load / 1000).toFixed(2),
    perSecond: Math.round(N / (load / 1000)),
    countMs: +countMs.toFixed(1),
    regionQueryMs: +regionMs.toFixed(1),
    regionQueryItems: regionPage.ok ? regionPage.value.items.length : -1,
    fieldCountMs: +fieldMs.toFixed(1),
    fieldCount: fieldCount.ok ? fieldCount.value : -1,
    getMsEach: +(getMs / 1000).toFixed(3),
    feedScanSeconds: +(feedMs / 1000).toFixed(2),
    feedRows: scanned,
  };
  await store.close();
  return row;
}

const [orgs, genMs] = await time(async () => syntheticOrganizations(N, 1));
console.log(`generated ${N} organizations in ${(genMs / 1000).toFixed(2)} s`);
/** The store a factory opened; the bench stops with the factory's issue when it could not. */
function opened<T>(result: { ok: true; value: T } | { ok: false; issues: readonly { message: string }[] }): T {
  if (!result.ok) throw new Error(`the store did not open: ${result.issues[0]?.message}`);
  return result.value;
}

const rows = [await run("memoryStore (baseline)", opened(memoryStore()), orgs as never)];
rows.push(await run("pgliteStore (in memory, multi-row inserts)", opened(await pgliteStore()), orgs as never));
const dir = mkdtempSync(join(tmpdir(), "madani-bench-"));
try {
  rows.push(
    await run("pgliteStore (data directory, COPY)", opened(await pgliteStore({ dataDir: dir })), orgs as never),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const url = process.env.MADANI_BENCH_POSTGRES;
if (url !== undefined)
  rows.push(await run("postgresStore", opened(await postgresStore({ connectionString: url })), orgs as never));
console.table(rows);
const base = rows[0];
for (const r of rows.slice(1)) {
  if (base !== undefined)
    console.log(`${r.store}: load ${(r.loadSeconds / base.loadSeconds).toFixed(1)}x the baseline`);
}
console.log(
  `heap used: ${(process.memoryUsage().heapUsed / 2 ** 30).toFixed(2)} GiB, rss ${(process.memoryUsage().rss / 2 ** 30).toFixed(2)} GiB`,
);
