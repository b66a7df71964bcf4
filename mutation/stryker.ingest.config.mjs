import { areaOptions, NOT_MUTATED } from "./stryker.base.mjs";

const options = areaOptions("ingest", [
  "packages/registry/src/ingest/records.ts",
  "packages/registry/src/ingest/decode.ts",
  ...NOT_MUTATED,
]);

// Registry ingest: the record scanner (records.ts) and the encoding detection (decode.ts), checked by their own unit
// tests (the import tests of ingest.ts take seconds each and reach these files only through the whole import). The
// tests run in forked processes, as Vitest runs them by default. A mutant that loops is stopped after 2 s more than
// its tests' usual time.
export default { ...options, vitest: { ...options.vitest, pool: "forks" }, timeoutMS: 2_000 };
