import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// `@madani/source` first: workspace packages resolve to their `src/*.ts` (see each package's `exports`), so tests
// run against sources without a build. The other conditions are Vite's defaults, which `conditions` replaces.
const SOURCE = "@madani/source";

export default defineConfig({
  resolve: { conditions: [SOURCE, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE, ...defaultServerConditions] } },
  test: {
    setupFiles: ["./vitest.setup.ts"],
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "examples/**/*.test.ts"],
    // Type tests (`*.test-d.ts`, `expectTypeOf`) are checked by tsc with tsconfig.typetests.json; a failed
    // expectation fails the run.
    typecheck: {
      enabled: true,
      include: ["packages/*/src/**/*.test-d.ts", "packages/*/test/**/*.test-d.ts", "examples/**/*.test-d.ts"],
      tsconfig: "./tsconfig.typetests.json",
    },
  },
});
