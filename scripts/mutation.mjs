#!/usr/bin/env node
// Mutation testing with Stryker, outside the test gate (`pnpm test` does not run it).
//
//   pnpm mutation            every area, one after the other
//   pnpm mutation <area>...  only these areas (model, plan, events)
//   pnpm mutation --force    test every mutant again, ignoring the results kept from the previous run
//   pnpm mutation --ignore-static
//                            skip the static mutants (code run when a module loads, such as schemas and
//                            constants): much faster, but they leave the score, so report it as such
//
// Each area's configuration is mutation/stryker.<area>.config.mjs; reports go to reports/mutation/<area>/
// (index.html, mutation.json, and the incremental file that makes reruns fast).

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The mutation areas, in the order `pnpm mutation` runs them. */
const AREAS = ["model", "plan", "events", "certificates", "ingest", "rows"];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2).filter((arg) => arg !== "--");
const FLAGS = ["--force", "--ignore-static"];
const flags = args.filter((arg) => FLAGS.includes(arg));
const requested = args.filter((arg) => !FLAGS.includes(arg));
const unknown = requested.filter((area) => !AREAS.includes(area));
if (unknown.length > 0) {
  console.error(`Unknown mutation area: ${unknown.join(", ")}. Areas: ${AREAS.join(", ")}.`);
  process.exit(2);
}
const areas = requested.length > 0 ? requested : AREAS;
if (!existsSync(path.join(root, "node_modules", "@stryker-mutator", "core"))) {
  console.error("Stryker is not installed: run `pnpm install` first.");
  process.exit(2);
}

let failed = false;
for (const area of areas) {
  const started = Date.now();
  console.log(`\n== Mutation testing: ${area}`);
  const run = spawnSync(process.execPath, ["mutation/run-area.mjs", area, ...flags], {
    cwd: root,
    stdio: "inherit",
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  const status = run.status === 0 ? "done" : `failed (exit ${run.status ?? run.signal})`;
  console.log(`== ${area}: ${status} in ${seconds} s; report: reports/mutation/${area}/index.html`);
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
