import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MoneyError, mad, splitMoney, sumMoney } from "./money.js";

describe("money", () => {
  it("adds exactly in minor units", () => {
    expect(sumMoney([mad(10), mad(20), mad(70)])).toEqual(mad(100));
    expect(sumMoney([])).toEqual(mad(0));
  });

  it("refuses to add different currencies", () => {
    let caught: unknown;
    try {
      sumMoney([mad(1), { amount: 1, currency: "EUR" }]);
    } catch (e) {
      caught = e;
    }
    expect(MoneyError.isInstance(caught)).toBe(true);
    expect(MoneyError.isInstance(new Error("x"))).toBe(false);
  });

  it("splits by largest remainder", () => {
    expect(splitMoney(mad(100), [1, 1, 1]).map((m) => m.amount)).toEqual([34, 33, 33]);
    expect(splitMoney(mad(1000), [50, 30, 20]).map((m) => m.amount)).toEqual([500, 300, 200]);
    expect(splitMoney(mad(-100), [1, 1, 1]).map((m) => m.amount)).toEqual([-34, -33, -33]);
  });

  it("split parts always add up to the total and differ from the exact share by less than one unit", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 })
          .filter((w) => w.some((x) => x > 0)),
        (amount, weights) => {
          const parts = splitMoney(mad(amount), weights);
          expect(parts.reduce((s, p) => s + p.amount, 0)).toBe(amount);
          const sum = weights.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            expect(Math.abs(p.amount - (amount * (weights[i] ?? 0)) / sum)).toBeLessThan(1);
          });
        },
      ),
    );
  });
});
