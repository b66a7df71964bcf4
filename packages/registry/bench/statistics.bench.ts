/**
 * Statistics benchmark: the statistics report of a registry of N organizations, built from the store's
 * aggregates (`store.statistics`, SQL `GROUP BY` in PGlite and PostgreSQL) against the baseline of the
 * same run, reading every organization out of the store and counting them in memory (`store.query` page
 * by page, then `computeStatistics`). Both end with `registryStatisticsReport`; the figures are medians of
 * several rounds, taken in turn, and the ratio is the baseline's time over the aggregates' time.
 *
 * Run: `pnpm --filter @madani/registry bench:stats` (or `tsx --conditions=@madani/source bench/statistics.bench.ts [N]`).
 *
 * Environment:
 * - `MADANI_BENCH_ROWS`: organizations (default 300,000; the first argument wins).
 * - `MADANI_BENCH_ROUNDS`: rounds (default 3).
 * - `MADANI_BENCH_STORES`: stores, comma-separated, among `pglite`, `memory`, `postgres` (default `pglite,memory`,
 *   with `postgres` when a server is given).
 * - `MADANI_BENCH_POSTGRES`: a connection string of a PostgreSQL server, or `start` to start a throwaway
 *   PostgreSQL 15 as the tests do.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Organization } from "@madani/model";
import { renderHtml } from "@madani/report";
import pg from "pg";
import { registryStatisticsReport } from "../src/stats/report.js";
import { computeStatistics, type RegistryStatistics } from "../src/stats/statistics.js";
import { memoryStore, pgliteStore, postgresStore, type RegistryStore } from "../src/storage/index.js";
import { startPostgres, type TestPostgres } from "../test/postgresServer.js";
import { syntheticOrganizations } from "../test/registryFixtures.js";

type StoreName = "pglite" | "memory" | "postgres";

const N = Number(process.argv[2] ?? process.env.MADANI_BENCH_ROWS ?? 300_000);
const ROUNDS = Number(process.env.MADANI_BENCH_ROUNDS ?? 3);
const AS_OF = "2025-06-30";
const GENERATED_AT = "2025-07-01T09:00:00+01:00";
const BATCH = 5_000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const fmt = (n: number) => n.toLocaleString("en");

async function time<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

function unwrap<T>(r: { ok: true; value: T } | { ok: false; issues: readonly { message: string }[] }): T {
  if (!r.ok) throw new Error(r.issues[0]?.message ?? "failed");
  return r.value;
}

async function load(store: RegistryStore, organizations: readonly Organization[]): Promise<void> {
  await store.transaction(async (tx) => {
    for (let i = 0; i < organizations.length; i += BATCH) {
      unwrap(await tx.put(organizations.slice(i, i + BATCH), { validate: false }));
    }
  });
}

async function readAll(store: RegistryStore): Promise<Organization[]> {
  const out: Organization[] = [];
  for (let after: string | undefined; ; ) {
    const page = unwrap(await store.query({}, { limit: 10_000, ...(after === undefined ? {} : { after }) }));
    for (const o of page.items) out.push(o);
    after = page.next;
    if (after === undefined) return out;
  }
}

/** The report from the store's aggregates: statistics in the store, then the document. */
async function fromAggregates(store: RegistryStore) {
  const [stats, aggregateMs] = await time(async () => unwrap(await store.statistics({ asOf: AS_OF })));
  const [, reportMs] = await time(() => registryStatisticsReport(stats, { language: "ar", generatedAt: GENERATED_AT }));
  return { stats, aggregateMs, reportMs, totalMs: aggregateMs + reportMs };
}

/** The baseline: every organization read out of the store, counted in memory, then the document. */
async function fromRows(store: RegistryStore) {
  const [rows, readMs] = await time(() => readAll(store));
  const [stats, computeMs] = await time(() => unwrap(computeStatistics(rows, { asOf: AS_OF })));
  const [, reportMs] = await time(() => registryStatisticsReport(stats, { language: "ar", generatedAt: GENERATED_AT }));
  return { stats, readMs, computeMs, reportMs, totalMs: readMs + computeMs + reportMs };
}

async function open(name: StoreName, dir: string, server: string | undefined): Promise<RegistryStore> {
  switch (name) {
    case "memory":
      return unwrap(memoryStore());
    case "pglite":
      return unwrap(await pgliteStore({ dataDir: join(dir, "pglite") }));
    case "postgres": {
      const admin = new pg.Client({ connectionString: server });
      await admin.connect();
      await admin.query("DROP SCHEMA IF EXISTS madani_stats_bench CASCADE");
      await admin.query("CREATE SCHEMA madani_stats_bench");
      await admin.end();
      return unwrap(
        await postgresStore({ config: { connectionString: server, options: "-c search_path=madani_stats_bench" } }),
      );
    }
  }
}

async function main(): Promise<void> {
  let started: TestPostgres | undefined;
  let server = process.env.MADANI_BENCH_POSTGRES;
  if (server === "start") {
    const s = await startPostgres();
    if ("unavailable" in s) throw new Error(s.unavailable);
    started = s;
    server = s.connectionString;
  }
  const names = (process.env.MADANI_BENCH_STORES ?? `pglite,memory${server === undefined ? "" : ",postgres"}`)
    .split(",")
    .map((s) => s.trim()) as StoreName[];
  console.log(
    `Statistics report of ${fmt(N)} synthetic organizations on ${AS_OF} (Node ${process.version}); ${ROUNDS} rounds, medians.`,
  );
  const [organizations, generateMs] = await time(() => syntheticOrganizations(N, 2026));
  console.log(`generated in ${seconds(generateMs)}`);
  const dir = mkdtempSync(join(tmpdir(), "madani-stats-bench-"));
  const lines: string[] = [];
  try {
    for (const name of names) {
      const store = await open(name, dir, server);
      try {
        const [, loadMs] = await time(() => load(store, organizations));
        const aggregates: Awaited<ReturnType<typeof fromAggregates>>[] = [];
        const rows: Awaited<ReturnType<typeof fromRows>>[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          aggregates.push(await fromAggregates(store));
          rows.push(await fromRows(store));
        }
        const a = aggregates[0]?.stats as RegistryStatistics;
        const b = rows[0]?.stats as RegistryStatistics;
        if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${name}: the aggregates and the rows disagree`);
        const ratios = aggregates.map((x, i) => (rows[i]?.totalMs ?? 0) / x.totalMs);
        const m = (xs: readonly number[]) => median(xs);
        const line = `| \`${name}\` | ${seconds(loadMs)} | **${seconds(m(aggregates.map((x) => x.totalMs)))}** (statistics ${seconds(m(aggregates.map((x) => x.aggregateMs)))}, document ${seconds(m(aggregates.map((x) => x.reportMs)))}) | ${seconds(m(rows.map((x) => x.totalMs)))} (read ${seconds(m(rows.map((x) => x.readMs)))}, count ${seconds(m(rows.map((x) => x.computeMs)))}, document ${seconds(m(rows.map((x) => x.reportMs)))}) | ${m(ratios).toFixed(1)}x |`;
        console.log(line);
        lines.push(line);
      } finally {
        await store.close();
      }
    }
    const doc = registryStatisticsReport(unwrap(computeStatistics(organizations, { asOf: AS_OF })), {
      language: "fr",
      generatedAt: GENERATED_AT,
    });
    const [html, renderMs] = await time(() => unwrap(renderHtml(doc, { trusted: true })));
    console.log(`renderHtml of the French report: ${seconds(renderMs)}, ${fmt(html.length)} characters`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await started?.stop();
  }
  console.log(
    [
      "",
      "| store | load | report from the store's aggregates | baseline: report from the rows read out | baseline ÷ aggregates |",
      "| --- | --- | --- | --- | --- |",
      ...lines,
    ].join("\n"),
  );
}

await main();
