import { MoneyError } from "@madani/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayShares, percentOf, percentShares } from "./shares.js";

/** Percent values back to integer units of 10^-decimals percent. */
const units = (values: readonly number[], decimals = 1) => values.map((v) => Math.round(v * 10 ** decimals));

describe("percentShares", () => {
  it("gives the leftover units to the largest remainders, ties to the earlier part", () => {
    expect(percentShares([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
    expect(percentShares([1, 2])).toEqual([33.3, 66.7]);
    expect(percentShares([250_000, 750_000], 0)).toEqual([25, 75]);
    // 2/7 = 28.571…, 5/7 = 71.428… → 28.57 + 71.43.
    expect(percentShares([2, 5], 2)).toEqual([28.57, 71.43]);
  });

  it("returns zeros when everything is zero, and a single part is 100", () => {
    expect(percentShares([0, 0])).toEqual([0, 0]);
    expect(percentShares([])).toEqual([]);
    expect(percentShares([42])).toEqual([100]);
    expect(percentShares([0, 7])).toEqual([0, 100]);
  });

  it("stays exact for amounts near the safe-integer limit", () => {
    const big = Number.MAX_SAFE_INTEGER;
    // MAX / (MAX + 1) is just below 1: a float division would round it to 100 %; integers give 100.0 and 0.0.
    expect(percentShares([big, 1])).toEqual([100, 0]);
    expect(percentShares([big, big, big])).toEqual([33.4, 33.3, 33.3]);
  });

  it("throws MoneyError for negative or non-integer parts (a programmer error)", () => {
    expect(() => percentShares([1, -1])).toThrow(MoneyError);
    expect(() => percentShares([1.5])).toThrow(MoneyError);
    expect(() => percentShares([1], 7)).toThrow(MoneyError);
  });

  it("law: the shares add up to exactly 100 and each is within one unit of the exact share", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.nat(1_000), fc.nat(Math.floor(Number.MAX_SAFE_INTEGER / 1000))), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.integer({ min: 0, max: 3 }),
        (parts, decimals) => {
          const total = parts.reduce((a, b) => a + BigInt(b), 0n);
          const shares = units(percentShares(parts, decimals), decimals);
          const scale = 100n * 10n ** BigInt(decimals);
          if (total === 0n) {
            expect(shares.every((s) => s === 0)).toBe(true);
            return;
          }
          expect(shares.reduce((a, b) => a + BigInt(b), 0n)).toBe(scale);
          parts.forEach((p, i) => {
            const floor = (BigInt(p) * scale) / total;
            const u = BigInt(shares[i] ?? -1);
            expect(u === floor || u === floor + 1n).toBe(true);
          });
        },
      ),
    );
  });
});

describe("percentOf", () => {
  it("rounds half up in integer arithmetic", () => {
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(1, 16, 1)).toBe(6.3); // 6.25 → 6.3
    expect(percentOf(240, 493)).toBe(48.7);
    expect(percentOf(3, 3, 0)).toBe(100);
  });

  it("is undefined for a zero whole", () => {
    expect(percentOf(0, 0)).toBeUndefined();
  });

  it("throws MoneyError for invalid arguments", () => {
    expect(() => percentOf(-1, 2)).toThrow(MoneyError);
    expect(() => percentOf(1, Number.NaN)).toThrow(MoneyError);
  });
});

describe("displayShares", () => {
  it("agrees with percentShares on counts and always adds up to 100", () => {
    expect(displayShares([240, 232, 21])).toEqual(percentShares([240, 232, 21]));
    expect(displayShares([240, 232, 21])).toEqual([48.7, 47, 4.3]);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 3 }),
        (values, d) => {
          const shares = displayShares(values, d);
          const units = shares.reduce((a, s) => a + Math.round(s * 10 ** d), 0);
          expect(units === 0 || units === 100 * 10 ** d).toBe(true);
        },
      ),
    );
  });
});
