import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFormatter } from "../format/formatter.js";
import { formatCompact, formatMoney, formatPercent, formatTick, stepDecimals } from "./values.js";

const fr = createFormatter({ language: "fr" });
const ar = createFormatter({ language: "ar" });
const en = createFormatter({ language: "en" });
const BAD = /NaN|Infinity|ليس|undefined/;

describe("formatPercent", () => {
  it("formats percent units like the formatter", () => {
    expect(formatPercent(fr, 45.5)).toBe(fr.percent(45.5));
    expect(formatPercent(en, 45.5)).toBe("45.5%");
  });

  it("never prints NaN, even for numbers the formatter cannot read (1e21, 1e-7)", () => {
    expect(formatPercent(ar, 1e21)).not.toMatch(BAD);
    expect(formatPercent(en, 1e-7)).toBe("0%");
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (v) => {
        expect(formatPercent(ar, v)).not.toMatch(BAD);
      }),
    );
  });
});

describe("formatMoney", () => {
  it("writes minor units exactly, or whole units for ticks", () => {
    expect(formatMoney(en, 123456, "MAD")).toBe("MAD\u00a01,234.56");
    expect(formatMoney(en, 25_000_000, "MAD", true)).toBe("MAD\u00a0250,000");
  });

  it("rounds non-integer amounts and survives amounts beyond safe integers", () => {
    expect(formatMoney(en, 100.6, "MAD")).toBe("MAD\u00a01.01");
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.boolean(), (v, whole) => {
        expect(formatMoney(fr, v, "MAD", whole)).not.toMatch(BAD);
      }),
    );
  });
});

describe("formatTick", () => {
  it("shows just the fraction digits the step needs", () => {
    expect(formatTick(en, undefined, 0.25, 0.25)).toBe("0.25");
    expect(formatTick(en, undefined, 20, 10)).toBe("20");
    expect(formatTick(en, { type: "percent" }, 12.5, 2.5)).toBe("12.5%");
    expect(formatTick(en, { type: "money", currency: "MAD" }, 500_000, 100_000)).toBe("MAD\u00a05,000");
    expect(formatTick(en, { type: "money", currency: "MAD" }, 50, 10)).toBe("MAD\u00a00.50");
  });
});

describe("formatCompact", () => {
  it("shortens large numbers in the document's locale", () => {
    expect(formatCompact(en, undefined, 1_234_567)).toBe("1.2M");
    expect(formatCompact(fr, undefined, 1_234_567)).toBe("1,2\u00a0M");
    expect(formatCompact(en, { type: "money", currency: "MAD" }, 123_456_700)).toMatch(/1\.2M/);
  });
});

describe("stepDecimals", () => {
  it("counts the fraction digits of a step", () => {
    expect([1, 0.5, 0.25, 2.5e-7, Number.NaN, 0].map(stepDecimals)).toEqual([0, 1, 2, 6, 0, 0]);
  });
});
