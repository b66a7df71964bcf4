import { defineConfig } from "tsup";

/**
 * `dist/index.{js,cjs}` (+ `.d.ts`/`.d.cts`): the programmatic entry (`run`), ESM and CJS.
 * `dist/bin.js`: the `madani` executable (ESM, with its `#!/usr/bin/env node` line kept by esbuild).
 */
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    // The package tsconfig is `composite` (for `tsc -b`); the bundled declarations are not.
    dts: { compilerOptions: { composite: false, incremental: false } },
    sourcemap: true,
    clean: true,
    target: ["es2022", "node20"],
    platform: "node",
    outDir: "dist",
    esbuildOptions(options) {
      options.charset = "utf8";
    },
  },
  {
    entry: { bin: "src/bin.ts" },
    format: ["esm"],
    sourcemap: true,
    clean: false,
    target: ["es2022", "node20"],
    platform: "node",
    outDir: "dist",
    esbuildOptions(options) {
      options.charset = "utf8";
    },
  },
]);
