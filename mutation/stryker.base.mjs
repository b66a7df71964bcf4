// Settings common to every mutation area. Each area's file (stryker.<area>.config.mjs) adds what it mutates and
// which Vitest configuration runs its tests. Run with `pnpm mutation [area]`.

/**
 * Builds the Stryker configuration of one mutation area.
 *
 * @param {string} area - the area's name (`model`, `plan`, `events`).
 * @param {string[]} mutate - the globs of the source files to mutate.
 * @returns {import("@stryker-mutator/api/core").PartialStrykerOptions} the Stryker configuration.
 */
export function areaOptions(area, mutate) {
  const reports = `reports/mutation/${area}`;
  return {
    packageManager: "pnpm",
    testRunner: "vitest",
    plugins: ["@stryker-mutator/vitest-runner"],
    vitest: { configFile: `mutation/vitest.${area}.config.ts`, related: true },
    mutate,
    // No TypeScript checker: it is too slow here; mutants that do not type-check usually fail their tests anyway.
    checkers: [],
    coverageAnalysis: "perTest",
    // The machine running the suite has few cores and shares them.
    concurrency: 2,
    timeoutMS: 10_000,
    // Reruns only test the mutants whose code or tests changed since the previous run.
    incremental: true,
    incrementalFile: `${reports}/incremental.json`,
    reporters: ["clear-text", "progress", "html", "json"],
    htmlReporter: { fileName: `${reports}/index.html` },
    jsonReporter: { fileName: `${reports}/mutation.json` },
    clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
    // Stryker copies the project into a sandbox under .stryker-tmp (the node_modules folders are symlinked), so the
    // working tree is never modified.
    inPlace: false,
    tempDirName: ".stryker-tmp",
    cleanTempDir: true,
    ignorePatterns: [
      "dist",
      "coverage",
      "docs/api",
      ".tsc",
      ".bench",
      "*.tsbuildinfo",
      "examples/out",
      "examples/.samples",
      "/reports",
    ],
    thresholds: { high: 90, low: 80, break: null },
  };
}

/** Globs of the files that are never mutated: tests and message tables (data, not logic). */
export const NOT_MUTATED = ["!**/*.test.ts", "!**/*.test-d.ts", "!**/messages.ts"];
