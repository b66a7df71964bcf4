import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Indicator } from "./indicator.js";
import {
  achievementOf,
  currentActual,
  indicatorProgress,
  lifeOfProjectTarget,
  periodActual,
  rollUp,
} from "./progress.js";

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

  /** Training sessions of the Doukkala network: a target for each year, 2025 and 2026. */
  const sessions = (
    targets: readonly number[],
    values: Indicator["values"],
    more: Partial<Indicator> = {},
  ): Indicator => ({
    id: "ind-2",
    code: "R1.2",
    name: { fr: "Sessions de formation tenues" },
    measure: "number",
    direction: "increase",
    baseline: { value: 0, date: "2024-12-31" },
    periods: targets.map((target, i) => ({
      id: String(2025 + i),
      startOn: `${2025 + i}-01-01`,
      endOn: `${2025 + i}-12-31`,
      target,
    })),
    values,
    ...more,
  });

  it("reads a period target met exactly as on track, against the cumulative target to date", () => {
    // Cumulative targets 10 (2025) and 100 (2026), combined by `last`: 10 met on 2025-12-31 is 10 % of 100,
    // and 10 % is what was expected by then. Against straight-line time it read off-track.
    const ind = sessions([10, 100], [v("a", "2025", 10)]);
    const p = indicatorProgress(ind, "2025-12-31");
    expect([p.target, p.expectedValue, p.expected, p.achievement, p.status]).toEqual([
      { value: 100, dueOn: "2026-12-31" },
      10,
      0.1,
      0.1,
      "on-track",
    ]);
    // 8 of an expected 10: 0.08 is 80 % of 0.1, at risk; 6 is off track.
    expect(indicatorProgress(sessions([10, 100], [v("a", "2025", 8)]), "2025-12-31").status).toBe("at-risk");
    expect(indicatorProgress(sessions([10, 100], [v("a", "2025", 6)]), "2025-12-31").status).toBe("off-track");
  });

  it("adds period targets into the life-of-project target when actuals are added", () => {
    // Targets 10 + 90 and actuals 10 + 5 with `sum`: 15 of 100, not 15 of 90.
    const ind = sessions([10, 90], [v("a", "2025", 10), v("b", "2026", 5)], { acrossPeriods: "sum" });
    expect(lifeOfProjectTarget(ind)).toEqual({ value: 100, dueOn: "2026-12-31" });
    const p = indicatorProgress(ind, "2026-12-31");
    expect(p.achievement).toBeCloseTo(0.15, 12);
    expect([p.expectedValue, p.expected, p.status]).toEqual([100, 1, "off-track"]);
    // In 2025, 10 of the expected 10.
    expect(indicatorProgress(ind, "2025-12-31").status).toBe("on-track");
  });

  it("takes an explicit lopTarget, due at the plan's end when no period has a target", () => {
    const ind: Indicator = {
      ...sessions([], [v("a", "2025", 30)]),
      periods: [{ id: "2025", startOn: "2025-01-01", endOn: "2025-12-31" }],
      lopTarget: 120,
    };
    expect(lifeOfProjectTarget(ind)).toEqual({ value: 120, dueOn: undefined });
    expect(lifeOfProjectTarget(ind, "2029-12-31")).toEqual({ value: 120, dueOn: "2029-12-31" });
    // Straight-line time from the baseline date to the plan's end: about 20 % by the end of 2025.
    const p = indicatorProgress(ind, "2025-12-31", { planEndOn: "2029-12-31" });
    expect(p.expected).toBeCloseTo(365 / 1826, 12);
    expect(p.expectedValue).toBeCloseTo((120 * 365) / 1826, 9);
    expect(p.achievement).toBeCloseTo(0.25, 12);
    expect(p.status).toBe("on-track");
    // With period targets, lopTarget overrides their combination and is due with the last of them.
    expect(lifeOfProjectTarget({ ...sessions([10, 90], []), acrossPeriods: "sum", lopTarget: 80 })).toEqual({
      value: 80,
      dueOn: "2026-12-31",
    });
  });

  it("never adds rate targets: percentages and ratios combined by sum take the mean", () => {
    const rate = (measure: "percentage" | "ratio") =>
      sessions([40, 60], [], { measure, acrossPeriods: "sum", baseline: { value: 20, date: "2024-12-31" } });
    expect(lifeOfProjectTarget(rate("percentage"))?.value).toBe(50);
    expect(lifeOfProjectTarget(rate("ratio"))?.value).toBe(50);
    expect(lifeOfProjectTarget({ ...rate("ratio"), acrossPeriods: "max" })?.value).toBe(60);
  });

  it("measures a decrease against cumulative targets the same way", () => {
    // Illiteracy rate from 50 to 40 (2025) and 30 (2026).
    const ind = sessions([40, 30], [v("a", "2025", 40)], {
      direction: "decrease",
      baseline: { value: 50, date: "2024-12-31" },
    });
    const p = indicatorProgress(ind, "2025-12-31");
    expect([p.expected, p.achievement, p.status]).toEqual([0.5, 0.5, "on-track"]);
  });

  it("law: actuals equal to the period targets are on track (or achieved) at the end of every period", () => {
    const aggregation = fc.constantFrom("sum", "mean", "last", "max", "min" as const);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.constantFrom("increase", "decrease" as const),
        aggregation,
        fc.nat(),
        (targets, baseline, direction, acrossPeriods, k) => {
          const upTo = k % targets.length;
          const ind = sessions(
            targets,
            targets.slice(0, upTo + 1).map((t, i) => v(`v${i}`, String(2025 + i), t)),
            { direction, acrossPeriods, baseline: { value: baseline, date: "2024-12-31" } },
          );
          const status = indicatorProgress(ind, `${2025 + upTo}-12-31`).status;
          expect(["on-track", "achieved"]).toContain(status);
        },
      ),
      // A LoP target equal to the baseline (all-or-nothing achievement) is one case among many: run enough.
      { numRuns: 2000, examples: [[[10, 9], 9, "decrease", "min", 0]] },
    );
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
  const scale = indicator.measure === "percentage" ? 100 : indicator.measure === "ratio" ? 1 : undefined;
  if (scale !== undefined && (how === "sum" || how === "mean")) {
    if (actuals.some((a) => a.numerator === undefined || a.denominator === undefined)) return last;
    const n = actuals.reduce((s, a) => s + (a.numerator ?? 0), 0);
    const d = actuals.reduce((s, a) => s + (a.denominator ?? 0), 0);
    return d > 0 ? { value: (n / d) * scale, numerator: n, denominator: d } : last;
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
      measure: fc.constantFrom("number", "percentage", "ratio" as const),
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
