import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "./freeze.js";

function everyObjectFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== "object" || value === null || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((v) => everyObjectFrozen(v, seen));
}

describe("deepFreeze", () => {
  it("freezes every object and array, in place", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const frozen = deepFreeze(value);
        expect(frozen).toBe(value);
        expect(everyObjectFrozen(frozen)).toBe(true);
      }),
    );
  });

  it("descends into objects already frozen and survives cycles", () => {
    const inner = { list: [1, 2] };
    const outer: { inner: typeof inner; self?: unknown } = Object.freeze({ inner });
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    deepFreeze(outer);
    deepFreeze(cyclic);
    expect(Object.isFrozen(inner.list)).toBe(true);
    expect(Object.isFrozen(cyclic)).toBe(true);
  });
});
