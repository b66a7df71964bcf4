/**
 * Generates `src/stats/map/shapes.ts`, the outlines of the régions and provinces drawn by the statistics
 * report, from the TopoJSON files of the npm package `morocco-map` (a devDependency; ODbL 1.0,
 * © OpenStreetMap contributors: see DATA-LICENSE.md).
 *
 *     pnpm --filter @madani/registry exec tsx scripts/generate-map.ts          # write shapes.ts
 *     pnpm --filter @madani/registry exec tsx scripts/generate-map.ts --check  # exit 1 if shapes.ts is stale
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { shapesModule } from "../src/stats/map/generate.js";
import type { Topology } from "../src/stats/map/topology.js";

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, "../src/stats/map/shapes.ts");
const require = createRequire(import.meta.url);
const read = (file: string) =>
  JSON.parse(readFileSync(require.resolve(`morocco-map/data/${file}`), "utf8")) as Topology;

const text = shapesModule(read("regions.json"), read("provinces.json"));
if (process.argv.includes("--check")) {
  if (readFileSync(target, "utf8") !== text) {
    console.error("generate-map: src/stats/map/shapes.ts is stale: run scripts/generate-map.ts");
    process.exit(1);
  }
  console.log("generate-map: src/stats/map/shapes.ts is up to date");
} else {
  writeFileSync(target, text);
  console.log(`generate-map: wrote ${target} (${Buffer.byteLength(text)} bytes)`);
}
