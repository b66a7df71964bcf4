/**
 * Registry benchmark: ingest throughput and deduplication time and quality on
 * a generated registry, each against a baseline measured in the same run.
 *
 * Run with `pnpm --filter @madani/registry bench` (BENCH_ROWS=… to change the size, default 100000;
 * BENCH_ONLY=ingest to stop after generation, the csv-parse baseline and ingest; BENCH_RUNS=… runs of the
 * baseline and of CSV ingest, default 3).
 */
import type { Organization } from "@madani/model";
import { parse as parseCsv } from "csv-parse/sync";
import { scorePair } from "../src/dedup/findDuplicates.js";
import { profileOf } from "../src/dedup/profile.js";
import { evaluateDuplicates, findDuplicates, generateRegistry, ingest } from "../src/index.js";

const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const seed = 2025;
const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}
async function timeAsync<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
}

console.log(`@madani/registry bench: ${fmt(rows)} generated rows, seed ${seed}, Node ${process.version}\n`);

// Generation
const registry = generateRegistry({ seed, size: rows, duplicateRate: 0.1, errorRate: 0.02 });
const [csvChunks, genMs] = time(() => [...registry.csvChunks(2000)]);
const ndjsonChunks = [...registry.ndjsonChunks(2000)];
const truth = new Map<string, number>();
for (const r of registry.records()) if (r.error === undefined) truth.set(r.id, r.entity);
const csvText = csvChunks.join("");
console.log(
  `generate      ${seconds(genMs)} for ${fmt(rows)} rows (${fmt(rows / (genMs / 1000))} rows/s), CSV ${(csvText.length / 1e6).toFixed(1)} M chars`,
);

// Baseline: csv-parse alone over the same text (no mapping, normalization or validation), against CSV ingest.
// Both are warmed up, then run BENCH_RUNS times (default 3) in turn; each reports its median run, so that other
// work on the machine weighs on both alike.
const csvOptions = { relax_column_count: true, relax_quotes: true, skip_records_with_error: true } as const;
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
parseCsv(csvChunks.slice(0, 2).join(""), csvOptions);
await ingest(csvChunks.slice(0, 2), {}); // warm-up
const parseRuns: number[] = [];
const csvRuns: number[] = [];
let accepted: Organization[] = [];
let csvResult: Awaited<ReturnType<typeof ingest>> | undefined;
for (let k = 0; k < runs; k++) {
  parseRuns.push(time(() => parseCsv(csvText, csvOptions))[1]);
  const collected: Organization[] = [];
  const [result, ms] = await timeAsync(() =>
    ingest(csvChunks, { onBatch: (b) => void collected.push(...b.accepted.map((a) => a.organization)) }),
  );
  csvRuns.push(ms);
  accepted = collected;
  csvResult = result;
}
const parseMs = median(parseRuns);
const csvMs = median(csvRuns);
console.log(
  `baseline      csv-parse/sync alone: ${seconds(parseMs)} (${fmt(rows / (parseMs / 1000))} rows/s; median of ${runs})`,
);
if (csvResult === undefined || !csvResult.ok) throw new Error("ingest failed");
const rec = csvResult.value.reconciliation;
console.log(
  `ingest CSV    ${seconds(csvMs)}: ${fmt(rows / (csvMs / 1000))} rows/s, ${(parseMs / csvMs).toFixed(3)}x csv-parse alone (median of ${runs}); ` +
    `read ${fmt(rec.rowsRead)} = accepted ${fmt(rec.accepted)} + quarantined ${fmt(rec.quarantined)} (balanced: ${rec.balanced})`,
);
const [ndResult, ndMs] = await timeAsync(() => ingest(ndjsonChunks, {}));
if (!ndResult.ok) throw new Error("ingest failed");
console.log(
  `ingest NDJSON ${seconds(ndMs)}: ${fmt(rows / (ndMs / 1000))} rows/s (balanced: ${ndResult.value.reconciliation.balanced})`,
);
if (process.env.BENCH_ONLY === "ingest") process.exit(0);

// Deduplication on every accepted organization
const [found, dedupMs] = time(() => findDuplicates(accepted));
if (!found.ok) throw new Error("dedup failed");
const quality = evaluateDuplicates(found.value.clusters, truth);
console.log(
  `dedup         ${seconds(dedupMs)} on ${fmt(accepted.length)} organizations: ${fmt(found.value.stats.comparisons)} comparisons, ` +
    `${fmt(found.value.stats.clusters)} clusters, ${found.value.stats.largeBlocks} large blocks compared by sorted neighbourhood`,
);
console.log(
  `quality       precision ${quality.precision.toFixed(4)}, recall ${quality.recall.toFixed(4)}, F1 ${quality.f1.toFixed(4)} ` +
    `(TP ${fmt(quality.truePositives)}, FP ${fmt(quality.falsePositives)}, FN ${fmt(quality.falseNegatives)})`,
);

// Baseline: every pair of a sample scored without blocking, against blocking on the same sample
const sampleSize = Math.min(3000, accepted.length);
const sample = accepted.slice(0, sampleSize);
const sampleTruth = new Map(
  sample.flatMap((o) => (truth.has(o.id) ? [[o.id, truth.get(o.id) as number] as const] : [])),
);
const [allPairs, bruteMs] = time(() => {
  const profiles = sample.map(profileOf);
  const clusters: { ids: string[] }[] = [];
  for (let i = 0; i < profiles.length; i++)
    for (let j = i + 1; j < profiles.length; j++) {
      const a = profiles[i] as ReturnType<typeof profileOf>;
      const b = profiles[j] as ReturnType<typeof profileOf>;
      if (scorePair(a, b).score >= 1.25) clusters.push({ ids: [a.id, b.id] });
    }
  return clusters;
});
const [blocked, blockedMs] = time(() => findDuplicates(sample));
if (!blocked.ok) throw new Error("dedup failed");
const bruteQ = evaluateDuplicates(allPairs, sampleTruth);
const blockedQ = evaluateDuplicates(blocked.value.clusters, sampleTruth);
console.log(
  `baseline      all ${fmt((sampleSize * (sampleSize - 1)) / 2)} pairs of ${fmt(sampleSize)} scored: ${seconds(bruteMs)}, recall ${bruteQ.recall.toFixed(4)} (pairs, no clustering); ` +
    `blocking: ${seconds(blockedMs)} (${(bruteMs / blockedMs).toFixed(1)}x faster), recall ${blockedQ.recall.toFixed(4)}, precision ${blockedQ.precision.toFixed(4)}`,
);
