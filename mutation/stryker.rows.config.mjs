import { areaOptions, NOT_MUTATED } from "./stryker.base.mjs";

const options = areaOptions("rows", ["packages/registry/src/ingest/toOrganization.ts", ...NOT_MUTATED]);

// Registry ingest, from a row's cells to an organization (toOrganization.ts: dates, phones, places, legal forms,
// board, and the check that lets certainly valid rows skip full validation), checked by toOrganization.test.ts
// and the import tests of ingest.test.ts. The tests
// run in forked processes, as Vitest runs them by default.
export default { ...options, vitest: { ...options.vitest, pool: "forks" } };
