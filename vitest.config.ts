import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@madani/source"] },
  ssr: { resolve: { conditions: ["@madani/source"] } },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "examples/**/*.test.ts"],
    typecheck: {
      enabled: true,
      include: ["packages/*/src/**/*.test-d.ts", "packages/*/test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.typetests.json",
    },
  },
});
