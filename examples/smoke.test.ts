import { labelOf } from "@madani/model";
import { describe, expect, it } from "vitest";

// Tests run against the sources of the workspace packages (the `@madani/source` export condition, set in
// vitest.config.ts), never against a stale `dist/`.
describe("workspace packages in tests", () => {
  it("resolve to their sources", () => {
    expect(import.meta.resolve("@madani/model")).toMatch(/\/packages\/model\/src\/index\.ts$/);
    expect(import.meta.resolve("@madani/model/geo")).toMatch(/\/packages\/model\/src\/geo\/index\.ts$/);
    expect(import.meta.resolve("@madani/model/testing")).toMatch(/\/packages\/model\/src\/testing\/index\.ts$/);
  });

  it("expose the public API of @madani/model", () => {
    expect(labelOf).toBeTypeOf("function");
  });
});
