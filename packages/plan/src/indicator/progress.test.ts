import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Indicator } from "./indicator.js";
import { achievementOf, currentActual, indicatorProgress, periodActual, rollUp } from "./progress.js";

/** Scenario 1: associations of the Doukkala network trained in strategic planning, 2025-2029. */
const trained = (values: Indicator["values"]): Indicator => ({
  id: "ind-1",
  code: "OS1.1",
  name: { ar: "عدد الجمعيات المستفيدة من التكوين في التخطيط الاستراتيجي" },
  measure: "number",
  direction: "increase",
  baseline: { value: 20, date: "2024-12-31" },
  acrossPeriods: "sum",
  periods: [2025, 2026, 2027, 2028, 2029].map((y) => ({
    id: String(y),
    startOn: `${y}-01-01`,
    endOn: `${y}-12-31`,
    ...(y === 2029 ? { target: 120 } : {}),
  })),
  values,
});

const v = (id: string, periodId: string, value: number, state: "approved" | "draft" = "approved") => ({
  id,
  periodId,
  value,
  state,
});

describe("achievementOf (docs/indicators.md)", () => {
  const inc = { measure: "number", direction: "increase", baseline: { value: 20, date: "2024-12-31" } } as const;
  const dec = { measure: "percentage", direction: "decrease", baseline: { value: 40, date: "2024-12-31" } } as const;
  it("increase and decrease: (actual − baseline) / (target − baseline), raw", () => {
    expect(achievementOf(inc, 65, 120)).toBeCloseTo(0.45);
    expect(achievementOf(inc, 150, 120)).toBeCloseTo(1.3);
    expect(achievementOf(inc, 10, 120)).toBeCloseTo(-0.1);
    expect(achievementOf(dec, 25, 10)).toBeCloseTo(0.5);
  });
  it("target equal to baseline: 1 when the actual meets it in the direction, else 0", () => {
    expect(achievementOf(inc, 20, 20)).toBe(1);
    expect(achievementOf(inc, 19, 20)).toBe(0);
    expect(achievementOf(dec, 40, 40)).toBe(1);
    expect(achievementOf(dec, 41, 40)).toBe(0);
  });
  it("maintain within a band (inclusive), yes/no, qualitative", () => {
    const band = { measure: "number", direction: "maintain", band: { low: 80, high: 100 } } as const;
    expect([
      achievementOf(band, 80, undefined),
      achievementOf(band, 100, undefined),
      achievementOf(band, 101, undefined),
    ]).toEqual([1, 1, 0]);
    expect(achievementOf({ measure: "yes-no", direction: "increase" }, 1, 1)).toBe(1);
    expect(achievementOf({ measure: "yes-no", direction: "increase" }, 0, 1)).toBe(0);
    expect(achievementOf({ measure: "qualitative", direction: "increase" }, 1, 1)).toBeUndefined();
  });
});

describe("actuals", () => {
  it("only approved values count; periods ended on or before the date combine by acrossPeriods", () => {
    const ind = trained([v("a", "2025", 15), v("b", "2025", 10), v("c", "2026", 20), v("d", "2026", 999, "draft")]);
    expect(periodActual(ind, "2025")).toEqual({ value: 25 });
    expect(currentActual(ind, "2026-06-30")).toEqual({ value: 25 });
    expect(currentActual(ind, "2026-12-31")).toEqual({ value: 45 });
    expect(currentActual({ ...ind, acrossPeriods: undefined }, "2026-12-31")).toEqual({ value: 20 });
    expect(currentActual(ind, "2025-12-30")).toBeUndefined();
  });

  it("percentages aggregate from numerators and denominators, never by averaging percentages", () => {
    const women: Indicator = {
      ...trained([]),
      measure: "percentage",
      acrossPeriods: "mean",
      values: [
        { id: "1", periodId: "2025", numerator: 9, denominator: 10, state: "approved" },
        { id: "2", periodId: "2025", numerator: 10, denominator: 90, state: "approved" },
        { id: "3", periodId: "2026", numerator: 50, denominator: 100, state: "approved" },
      ],
    };
    expect(periodActual(women, "2025")?.value).toBeCloseTo(19); // 19/100, not the mean of 90 % and 11.1 %
    expect(currentActual(women, "2026-12-31")?.value).toBeCloseTo((69 / 200) * 100);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1000), fc.integer({ min: 1, max: 1000 })), { minLength: 1, maxLength: 20 }),
        (parts) => {
          const ind: Indicator = {
            ...women,
            values: parts.map(([n, d], i) => ({
              id: String(i),
              periodId: "2025",
              numerator: Math.min(n, d),
              denominator: d,
              state: "approved",
            })),
          };
          const num = parts.reduce((s, [n, d]) => s + Math.min(n, d), 0);
          const den = parts.reduce((s, [, d]) => s + d, 0);
          expect(periodActual(ind, "2025")?.value).toBeCloseTo((num / den) * 100, 9);
        },
      ),
    );
  });
});

describe("indicatorProgress", () => {
  it("reads status against the elapsed share of time", () => {
    // 2025-2029 target 120 from 20: by end of 2026 about 40 % of the time has passed.
    // Actual = 30 + 35 = 65 (sum across periods): (65 − 20) / (120 − 20) = 0.45 ≥ 0.9 × 0.40.
    const onTrack = indicatorProgress(trained([v("a", "2025", 30), v("b", "2026", 35)]), "2026-12-31");
    expect(onTrack.expected).toBeCloseTo(730 / 1826, 3);
    expect(onTrack.achievement).toBeCloseTo(0.45);
    expect(onTrack.status).toBe("on-track");
    // 10 + 40 = 50: 0.30, between 0.7 × 0.40 and 0.9 × 0.40.
    expect(indicatorProgress(trained([v("a", "2025", 10), v("b", "2026", 40)]), "2026-12-31").status).toBe("at-risk");
    expect(indicatorProgress(trained([v("a", "2025", 5)]), "2026-12-31").status).toBe("off-track");
    expect(indicatorProgress(trained([v("a", "2025", 150)]), "2025-12-31").status).toBe("achieved");
    expect(indicatorProgress(trained([]), "2026-12-31").status).toBe("no-data");
  });

  it("takes thresholds as options", () => {
    const ind = trained([v("a", "2025", 10), v("b", "2026", 40)]);
    expect(indicatorProgress(ind, "2026-12-31", { onTrack: 0.7, atRisk: 0.5 }).status).toBe("on-track");
  });
});

describe("rollUp (docs/indicators.md)", () => {
  it("is the weighted mean of clamped achievements over children with data, with coverage", () => {
    expect(rollUp([{ achievement: 1.2 }, { achievement: 0.5 }, { achievement: undefined }])).toEqual({
      score: 0.75,
      coverage: 2 / 3,
    });
    expect(
      rollUp([
        { achievement: 0, weight: 3 },
        { achievement: 1, weight: 1 },
      ]),
    ).toEqual({ score: 0.25, coverage: 1 });
    expect(rollUp([{ achievement: undefined }])).toEqual({ score: undefined, coverage: 0 });
  });

  it("stays in [0, 1], and so does its coverage", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            weight: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
            achievement: fc.option(fc.double({ min: -10, max: 10, noNaN: true }), { nil: undefined }),
          }),
          { maxLength: 30 },
        ),
        (children) => {
          const r = rollUp(children);
          expect(r.coverage).toBeGreaterThanOrEqual(0);
          expect(r.coverage).toBeLessThanOrEqual(1 + 1e-12);
          if (r.score !== undefined) {
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score).toBeLessThanOrEqual(1 + 1e-12);
          }
        },
      ),
    );
  });
});

/**
 * The definition of the current actual, written plainly: the periods ended on the date in end-date
 * order, each period's actual from `periodActual`, combined by `acrossPeriods` (percentages from their
 * numerators and denominators). `currentActual` computes the same in one pass with scratch buffers.
 */
function definitionOfCurrentActual(indicator: Indicator, asOf: string) {
  const ended = indicator.periods
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.endOn <= asOf)
    .sort((a, b) => (a.p.endOn < b.p.endOn ? -1 : a.p.endOn > b.p.endOn ? 1 : a.i - b.i));
  const actuals = ended.flatMap(({ p }) => {
    const a = periodActual(indicator, p.id);
    return a === undefined ? [] : [a];
  });
  const last = actuals[actuals.length - 1];
  if (last === undefined) return undefined;
  const how = indicator.acrossPeriods ?? "last";
  if (indicator.measure === "percentage" && (how === "sum" || how === "mean")) {
    if (actuals.some((a) => a.numerator === undefined || a.denominator === undefined)) return last;
    const n = actuals.reduce((s, a) => s + (a.numerator ?? 0), 0);
    const d = actuals.reduce((s, a) => s + (a.denominator ?? 0), 0);
    return d > 0 ? { value: (n / d) * 100, numerator: n, denominator: d } : last;
  }
  const xs = actuals.map((a) => a.value);
  switch (how) {
    case "last":
      return last;
    case "sum":
      return { value: xs.reduce((s, x) => s + x, 0) };
    case "mean":
      return { value: xs.reduce((s, x) => s + x, 0) / xs.length };
    case "max":
      return { value: Math.max(...xs) };
    case "min":
      return { value: Math.min(...xs) };
  }
}

describe("currentActual equals its plain definition", () => {
  const aggregation = fc.constantFrom("sum", "mean", "last", "max", "min" as const);
  const month = fc.integer({ min: 1, max: 12 });
  const arbIndicator = fc
    .record({
      measure: fc.constantFrom("number", "percentage" as const),
      acrossPeriods: fc.option(aggregation, { nil: undefined }),
      withinPeriod: fc.option(aggregation, { nil: undefined }),
      // Period ids may repeat and periods may be out of order.
      periods: fc.array(fc.record({ id: fc.constantFrom("a", "b", "c", "d", "e"), end: month }), { maxLength: 20 }),
      values: fc.array(
        fc.record({
          periodId: fc.constantFrom("a", "b", "c", "d", "e", "z"),
          state: fc.constantFrom("approved", "approved", "draft", "submitted" as const),
          value: fc.option(fc.integer({ min: -50, max: 500 }), { nil: undefined }),
          ratio: fc.option(fc.record({ n: fc.integer({ min: 0, max: 50 }), d: fc.integer({ min: 1, max: 50 }) }), {
            nil: undefined,
          }),
        }),
        { maxLength: 40 },
      ),
    })
    .map(
      (r): Indicator => ({
        id: "i",
        code: "I",
        name: { fr: "i" },
        measure: r.measure,
        direction: "increase",
        ...(r.acrossPeriods === undefined ? {} : { acrossPeriods: r.acrossPeriods }),
        ...(r.withinPeriod === undefined ? {} : { withinPeriod: r.withinPeriod }),
        periods: r.periods.map((p) => ({
          id: p.id,
          startOn: `2025-${String(p.end).padStart(2, "0")}-01`,
          endOn: `2025-${String(p.end).padStart(2, "0")}-28`,
        })),
        values: r.values.map((v, i) => ({
          id: `v${i}`,
          periodId: v.periodId,
          state: v.state,
          ...(v.value === undefined ? {} : { value: v.value }),
          ...(v.ratio === undefined ? {} : { numerator: v.ratio.n, denominator: v.ratio.d }),
        })),
      }),
    );
  it("for any periods, values, states and aggregations", () => {
    fc.assert(
      fc.property(arbIndicator, month, (ind, m) => {
        const asOf = `2025-${String(m).padStart(2, "0")}-28`;
        expect(currentActual(ind, asOf)).toEqual(definitionOfCurrentActual(ind, asOf));
      }),
      { numRuns: 500 },
    );
  });
});
