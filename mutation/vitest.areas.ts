import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig } from "vitest/config";
import base from "../vitest.config.ts";

/** The test files that run for each mutation area (other tests cannot kill the area's mutants). */
export const AREA_TESTS = {
  model: [
    "packages/model/src/identifiers/**/*.test.ts",
    "packages/model/src/rules/**/*.test.ts",
    "packages/model/test/organization.test.ts",
  ],
  plan: ["packages/plan/src/indicator/**/*.test.ts", "packages/plan/src/progress/**/*.test.ts"],
  events: ["packages/events/src/draw/**/*.test.ts"],
  certificates: ["packages/events/src/certificates/**/*.test.ts"],
  ingest: [
    "packages/registry/src/ingest/records.test.ts",
    "packages/registry/src/ingest/records.mutation.test.ts",
    "packages/registry/src/ingest/decode.mutation.test.ts",
  ],
  rows: [
    "packages/registry/src/ingest/toOrganization.test.ts",
    "packages/registry/src/ingest/toOrganization.rules.test.ts",
    "packages/registry/src/ingest/ingest.test.ts",
  ],
} as const;

/** A mutation area's name. */
export type Area = keyof typeof AREA_TESTS;

/**
 * Builds the Vitest configuration a mutation area runs with: the root configuration, restricted to the area's
 * tests, without type tests, with a fixed fast-check seed so that a mutant's outcome can be repeated, and a generous test timeout.
 *
 * @param area - the mutation area.
 * @returns the Vitest configuration.
 */
export function areaConfig(area: Area) {
  return mergeConfig(
    { ...base, test: { ...base.test, include: [] } },
    defineConfig({
      root: fileURLToPath(new URL("..", import.meta.url)),
      test: {
        include: [...AREA_TESTS[area]],
        setupFiles: ["./mutation/vitest.setup.ts"],
        typecheck: { enabled: false },
        // Mutants run on a busy machine: a slow test must not count as a killed mutant.
        testTimeout: 30_000,
      },
    }),
  );
}
