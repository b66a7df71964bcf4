/**
 * `pnpm bench` for @madani/model: validates generated organizations with
 * `validateOrganization` and with a hand-written check of the same rules, in
 * the same process and the same rounds, and prints records per second and the
 * ratio. Also prints the minified and gzipped size of the core entry.
 *
 * Environment: BENCH_N (records, default 100000), BENCH_ROUNDS (default 7).
 */

import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import fc from "fast-check";
import { validateOrganization } from "../src/index.js";
import { invalidOrganizationArbitrary, organizationArbitrary } from "../src/testing/index.js";
import { handWrittenCheck } from "./handwritten.js";

const N = Number(process.env.BENCH_N ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const asOf = "2025-12-31";
const here = dirname(fileURLToPath(import.meta.url));

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 0 });

function time(fn: () => number): { seconds: number; accepted: number } {
  const t0 = process.hrtime.bigint();
  const accepted = fn();
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, accepted };
}

function compare(label: string, records: readonly unknown[]) {
  const madani = () => {
    let ok = 0;
    for (const r of records) if (validateOrganization(r, { asOf }).ok) ok++;
    return ok;
  };
  const hand = () => {
    let ok = 0;
    for (const r of records) if (handWrittenCheck(r, asOf)) ok++;
    return ok;
  };
  // Warm-up (and compile the zod fast path) on a slice.
  for (const r of records.slice(0, 2000)) {
    validateOrganization(r, { asOf });
    handWrittenCheck(r, asOf);
  }
  const ratios: number[] = [];
  const madaniRates: number[] = [];
  const handRates: number[] = [];
  let agreement = "";
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate the order so neither side always runs on a warmer machine.
    const [a, b] =
      round % 2 === 0
        ? [time(hand), time(madani)]
        : ([time(madani), time(hand)].reverse() as [ReturnType<typeof time>, ReturnType<typeof time>]);
    handRates.push(records.length / a.seconds);
    madaniRates.push(records.length / b.seconds);
    ratios.push(b.seconds / a.seconds);
    agreement =
      a.accepted === b.accepted
        ? `both accept ${fmt(a.accepted)}`
        : `DISAGREE: hand ${a.accepted}, madani ${b.accepted}`;
  }
  console.log(`\n${label}: ${fmt(records.length)} records, ${ROUNDS} rounds (${agreement})`);
  console.log(`  hand-written check      ${fmt(median(handRates)).padStart(12)} records/s (median)`);
  console.log(`  validateOrganization    ${fmt(median(madaniRates)).padStart(12)} records/s (median)`);
  console.log(
    `  ratio (madani / hand)   ${median(ratios).toFixed(2)}x slower (median of per-round ratios; min ${Math.min(...ratios).toFixed(2)}x, max ${Math.max(...ratios).toFixed(2)}x)`,
  );
}

async function bundleSize(entry: string): Promise<{ min: number; gzip: number }> {
  const result = await build({
    entryPoints: [join(here, "..", entry)],
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["@madani/source"],
    treeShaking: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

console.log(`@madani/model bench — Node ${process.version}, ${process.arch}`);
const t0 = Date.now();
const valid = fc
  .sample(organizationArbitrary({ asOf }), { numRuns: N, seed: 20261125 })
  .map((o) => JSON.parse(JSON.stringify(o)) as unknown);
const invalid = fc
  .sample(invalidOrganizationArbitrary({ asOf }), { numRuns: Math.max(1000, N / 10), seed: 7 })
  .map((c) => JSON.parse(JSON.stringify(c.value)) as unknown);
const boardSizes = valid.map(
  (o) => (o as { governingBodies: { mandates: unknown[] }[] }).governingBodies[0]?.mandates.length ?? 0,
);
console.log(
  `generated ${fmt(valid.length)} valid and ${fmt(invalid.length)} invalid organizations in ${((Date.now() - t0) / 1000).toFixed(1)} s (board sizes ${Math.min(...boardSizes)}-${Math.max(...boardSizes)})`,
);

compare("valid organizations", valid);
compare("invalid organizations (one corruption each)", invalid);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const core = await bundleSize("src/index.ts");
const geo = await bundleSize("src/geo/index.ts");
console.log("\nbundle size (esbuild, minified, with dependencies; gzip -9)");
console.log(`  @madani/model       ${kb(core.min).padStart(10)} min  ${kb(core.gzip).padStart(9)} gzip`);
console.log(`  @madani/model/geo   ${kb(geo.min).padStart(10)} min  ${kb(geo.gzip).padStart(9)} gzip`);
