// Runs Stryker on one mutation area: node mutation/run-area.mjs <area> [--force] [--ignore-static]. Called by
// scripts/mutation.mjs. `--force` tests every mutant again instead of reusing the results of the previous run
// (incremental mode); `--ignore-static` skips the static mutants (they then count in no score).
//
// Stryker 10's command line refuses Node.js versions below 22, while the project supports Node.js 20.19 and later
// and Stryker itself runs on it. So the run goes through Stryker's `Stryker` class, which reads the same
// configuration file as `stryker run mutation/stryker.<area>.config.mjs` would; on Node.js 22 and later, that
// command gives the same result.

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const area = process.argv[2];
if (area === undefined) {
  console.error("Usage: node mutation/run-area.mjs <area>");
  process.exit(2);
}
const require = createRequire(import.meta.url);
const corePackage = require.resolve("@stryker-mutator/core/package.json");
const { version } = JSON.parse(await readFile(corePackage, "utf8"));
// The package only exports its index, whose command-line module checks the Node.js version when loaded.
const { Stryker } = await import(pathToFileURL(path.join(path.dirname(corePackage), "dist", "src", "stryker.js")).href);
console.log(`Stryker ${version} on Node.js ${process.version}`);
const force = process.argv.includes("--force");
const ignoreStatic = process.argv.includes("--ignore-static");
const stryker = new Stryker({
  configFile: `mutation/stryker.${area}.config.mjs`,
  ...(force ? { force } : {}),
  ...(ignoreStatic ? { ignoreStatic } : {}),
});
await stryker.runMutationTest();
