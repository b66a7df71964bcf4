import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankBy } from "./rank.js";

const item = (code: string, v: number | null) => ({ code, v });

describe("rankBy", () => {
  it("ranks by value, largest first, ties at the shown digits sharing a rank and the next rank skipping", () => {
    const items = [item("A", 3), item("B", 2.04), item("C", 1.96), item("D", 5), item("E", null), item("F", 2)];
    // At one decimal B, C and F all show 2.0: they share rank 3 (listed by their exact values), and nobody is
    // 4th or 5th.
    expect(rankBy(items, (x) => x.v).map((r) => [r.item.code, r.rank])).toEqual([
      ["D", 1],
      ["A", 2],
      ["B", 3],
      ["F", 3],
      ["C", 3],
      ["E", null],
    ]);
    // At two decimals they differ.
    expect(rankBy(items, (x) => x.v, 2).map((r) => [r.item.code, r.rank])).toEqual([
      ["D", 1],
      ["A", 2],
      ["B", 3],
      ["F", 4],
      ["C", 5],
      ["E", null],
    ]);
  });

  it("gives one rank to equal values, zeros included, and leaves out values that are not finite", () => {
    const items = [item("a", 0), item("b", 7), item("c", 0), item("d", Number.NaN), item("e", 7)];
    expect(rankBy(items, (x) => x.v).map((r) => [r.item.code, r.rank])).toEqual([
      ["b", 1],
      ["e", 1],
      ["a", 3],
      ["c", 3],
      ["d", null],
    ]);
    expect(rankBy([], (x: { v: number }) => x.v)).toEqual([]);
  });

  it("gives each ranked item 1 + the number of items shown larger (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -1000, max: 1000, noNaN: true }), { nil: null }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 3 }),
        (values, decimals) => {
          const items = values.map((v, i) => item(String(i), v));
          const ranked = rankBy(items, (x) => x.v, decimals);
          expect(ranked.map((r) => r.item).sort((a, b) => Number(a.code) - Number(b.code))).toEqual(items);
          const shown = (v: number) => Math.round(v * 10 ** decimals);
          for (const r of ranked) {
            if (r.item.v === null) {
              expect(r.rank).toBeNull();
              continue;
            }
            const mine = shown(r.item.v);
            const larger = items.filter((x) => x.v !== null && shown(x.v) > mine).length;
            expect(r.rank).toBe(1 + larger);
          }
          const ranks = ranked.filter((r) => r.rank !== null).map((r) => r.rank as number);
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        },
      ),
    );
  });
});
