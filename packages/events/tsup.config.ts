import { defineConfig } from "tsup";

/**
 * One entry per public subpath of `@madani/events` (see `exports` in package.json):
 * `dist/<entry>.js` + `dist/<entry>.d.ts` for ESM, `dist/<entry>.cjs` + `dist/<entry>.d.cts` for CJS.
 */
export default defineConfig({
  entry: {
    index: "src/index.ts",
  },
  format: ["esm", "cjs"],
  // The package tsconfig is `composite` (for `tsc -b`); the bundled declarations are not.
  dts: { compilerOptions: { composite: false, incremental: false } },
  sourcemap: true,
  clean: true,
  // ES2022 runs unchanged on Node 20 and on every evergreen browser.
  target: ["es2022", "node20"],
  // Runs in Node, Deno, Bun and browsers: no Node built-ins, no platform shims.
  platform: "neutral",
  outDir: "dist",
  // Keep Arabic and Tifinagh text as UTF-8 instead of \u escapes (the geography data shrinks by a quarter).
  esbuildOptions(options) {
    options.charset = "utf8";
  },
});
