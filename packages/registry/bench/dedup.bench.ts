/**
 * Deduplication benchmark on the evaluation set built apart from the synthetic generator
 * (test/dedupEval): for each size, quality (pairwise precision and recall, recall per variation type,
 * precision per kind of hard negative), time and peak RSS of `findDuplicates`, each next to the same figure
 * for the previous release's algorithm measured in the same run.
 *
 * Sizes: `BENCH_DEDUP_SIZES` (comma-separated), default `20000,80000,300000`. `BENCH_DEDUP_BASELINE=0`
 * skips the previous algorithm. Each measurement runs in its own process, so that its peak RSS is its own.
 *
 * Run: pnpm --filter @madani/registry exec tsx --conditions=@madani/source bench/dedup.bench.ts
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { findDuplicates } from "../src/dedup/findDuplicates.js";
import { buildEvalSet, NEGATIVE_KINDS, VARIATION_TYPES } from "../test/dedupEval/build.js";
import { measure, type QualityFigures } from "../test/dedupEval/measure.js";
import { findDuplicatesPrevious } from "./dedupPrevious.js";

type Algorithm = "current" | "previous";

interface Figures {
  readonly size: number;
  readonly algorithm: Algorithm;
  readonly ms: number;
  readonly comparisons: number;
  /** Peak RSS of the process (building the set included), MiB. */
  readonly peakRssMiB: number;
  /** RSS once the set is built, before deduplication, MiB. */
  readonly setRssMiB: number;
  readonly quality: QualityFigures;
}

const SEED = 2026;

function child(size: number, algorithm: Algorithm): Figures {
  const set = buildEvalSet({ seed: SEED, size });
  const setRssMiB = process.memoryUsage.rss() / 2 ** 20;
  const start = performance.now();
  let clusters: readonly { ids: readonly string[] }[];
  let comparisons: number;
  if (algorithm === "current") {
    const r = findDuplicates(set.organizations);
    if (!r.ok) throw new Error(r.issues[0]?.message);
    clusters = r.value.clusters;
    comparisons = r.value.stats.comparisons;
  } else {
    const r = findDuplicatesPrevious(set.organizations);
    clusters = r.value.clusters;
    comparisons = r.value.stats.comparisons;
  }
  const ms = performance.now() - start;
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  return { size, algorithm, ms, comparisons, peakRssMiB, setRssMiB, quality: measure(set.records, clusters) };
}

if (process.env.DEDUP_BENCH_CHILD !== undefined) {
  const [size, algorithm] = process.env.DEDUP_BENCH_CHILD.split(":") as [string, Algorithm];
  process.stdout.write(`${JSON.stringify(child(Number(size), algorithm))}\n`);
} else {
  const sizes = (process.env.BENCH_DEDUP_SIZES ?? "20000,80000,300000")
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  const algorithms: Algorithm[] = process.env.BENCH_DEDUP_BASELINE === "0" ? ["current"] : ["current", "previous"];
  const run = (size: number, algorithm: Algorithm): Figures => {
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, DEDUP_BENCH_CHILD: `${size}:${algorithm}` },
      encoding: "utf8",
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) throw new Error(`benchmark child failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "{}") as Figures;
  };
  const f = (x: number, digits = 3): string => x.toFixed(digits);
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const row = (label: string, cur: string, prev: string | undefined): string =>
    `  ${label.padEnd(48)} ${cur.padStart(12)}   ${(prev ?? "").padStart(12)}`;
  const results = new Map<number, Map<Algorithm, Figures>>();
  for (const size of sizes) {
    const bySize = new Map<Algorithm, Figures>();
    for (const a of algorithms) bySize.set(a, run(size, a));
    results.set(size, bySize);
    const cur = bySize.get("current") as Figures;
    const prev = bySize.get("previous");
    console.log(`\ndeduplication, evaluation set of ${size.toLocaleString("en")} rows (seed ${SEED})`);
    console.log(row("", "current", prev === undefined ? undefined : "previous"));
    console.log(row("pairwise precision", f(cur.quality.precision), prev && f(prev.quality.precision)));
    console.log(row("pairwise recall", f(cur.quality.recall), prev && f(prev.quality.recall)));
    for (const v of VARIATION_TYPES)
      console.log(
        row(`recall, ${v}`, f(cur.quality.recallByVariation[v]), prev && f(prev.quality.recallByVariation[v])),
      );
    for (const k of NEGATIVE_KINDS)
      console.log(
        row(
          `precision, hard negative ${k}`,
          f(cur.quality.byNegative[k].precision),
          prev && f(prev.quality.byNegative[k].precision),
        ),
      );
    for (const k of NEGATIVE_KINDS)
      console.log(
        row(`wrongly merged, ${k}`, f(cur.quality.byNegative[k].merged), prev && f(prev.quality.byNegative[k].merged)),
      );
    console.log(row("time (one thread)", s(cur.ms), prev && s(prev.ms)));
    console.log(row("comparisons", cur.comparisons.toLocaleString("en"), prev?.comparisons.toLocaleString("en")));
    console.log(row("peak RSS (set included), MiB", f(cur.peakRssMiB, 0), prev && f(prev.peakRssMiB, 0)));
    console.log(row("RSS of the set alone, MiB", f(cur.setRssMiB, 0), prev && f(prev.setRssMiB, 0)));
  }
  // Growth: time at 4x the rows (20,000 → 80,000 when both were measured).
  const small = results.get(20_000);
  const large = results.get(80_000);
  if (small !== undefined && large !== undefined) {
    console.log("\ngrowth from 20,000 to 80,000 rows (4x)");
    for (const a of algorithms) {
      const x = small.get(a) as Figures;
      const y = large.get(a) as Figures;
      console.log(
        row(`${a}: time ratio, comparisons ratio`, `${f(y.ms / x.ms, 2)}x`, `${f(y.comparisons / x.comparisons, 2)}x`),
      );
    }
  }
}
