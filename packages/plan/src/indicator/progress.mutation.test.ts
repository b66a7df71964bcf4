import { describe, expect, it } from "vitest";
import type { ActualValue, Indicator, IndicatorPeriod } from "./indicator.js";
import { achievementOf, currentActual, finalTarget, indicatorProgress, periodActual, rollUp } from "./progress.js";

// Branches and boundaries of the progress computations that the scenario and property tests in
// progress.test.ts do not reach: incomplete percentages, many periods, period order, targets, statuses.

const year = (y: number, extra: Partial<IndicatorPeriod> = {}): IndicatorPeriod => ({
  id: String(y),
  startOn: `${y}-01-01`,
  endOn: `${y}-12-31`,
  ...extra,
});

let next = 0;
const value = (periodId: string, fields: Partial<ActualValue>): ActualValue => ({
  id: `v${next++}`,
  periodId,
  state: "approved",
  ...fields,
});

const indicator = (fields: Partial<Indicator>): Indicator => ({
  id: "ind",
  code: "I1",
  name: { fr: "Indicateur" },
  measure: "number",
  direction: "increase",
  periods: [year(2025)],
  values: [],
  ...fields,
});

describe("period actuals of percentages", () => {
  const percentage = (values: ActualValue[]) =>
    indicator({ measure: "percentage", periods: [year(2025), year(2026)], values });

  it("have no actual when a value lacks its numerator and the period has several values", () => {
    const ind = percentage([value("2025", { denominator: 4 }), value("2025", { numerator: 1, denominator: 4 })]);
    expect(periodActual(ind, "2025")).toBeUndefined();
    expect(currentActual(ind, "2025-12-31")).toBeUndefined();
    const noDenominator = percentage([
      value("2025", { numerator: 1 }),
      value("2025", { numerator: 1, denominator: 4 }),
    ]);
    expect(periodActual(noDenominator, "2025")).toBeUndefined();
    expect(currentActual(noDenominator, "2025-12-31")).toBeUndefined();
  });

  it("sum numerators and denominators of complete values", () => {
    const ind = percentage([
      value("2025", { numerator: 1, denominator: 4 }),
      value("2025", { numerator: 2, denominator: 4 }),
    ]);
    const expected = { value: (3 / 8) * 100, numerator: 3, denominator: 8 };
    expect(periodActual(ind, "2025")).toEqual(expected);
    expect(currentActual(ind, "2025-12-31")).toEqual(expected);
  });

  it("read a single value without a usable ratio from its value, and have none without a value", () => {
    // A zero denominator (outside the schema) gives no ratio: the value counts, or nothing does.
    const zero = percentage([value("2025", { numerator: 0, denominator: 0 })]);
    expect(periodActual(zero, "2025")).toBeUndefined();
    expect(currentActual(zero, "2025-12-31")).toBeUndefined();
    const withValue = percentage([value("2025", { value: 40, numerator: 3 })]);
    expect(periodActual(withValue, "2025")).toEqual({ value: 40 });
    expect(currentActual(withValue, "2025-12-31")).toEqual({ value: 40 });
    // A negative denominator (outside the schema) is no ratio either, but the single value reads as one.
    const negative = percentage([value("2025", { numerator: 1, denominator: -4 })]);
    expect(periodActual(negative, "2025")).toEqual({ value: -25 });
    expect(currentActual(negative, "2025-12-31")).toEqual({ value: -25 });
  });

  it("combine periods by their ratios, or fall back to the last period when one has no ratio", () => {
    const ind = (values: ActualValue[]) => ({ ...percentage(values), acrossPeriods: "sum" as const });
    const complete = ind([
      value("2025", { numerator: 1, denominator: 4 }),
      value("2026", { numerator: 3, denominator: 4 }),
    ]);
    expect(currentActual(complete, "2026-12-31")).toEqual({ value: 50, numerator: 4, denominator: 8 });
    const mixed = ind([value("2025", { numerator: 1, denominator: 4 }), value("2026", { value: 60 })]);
    expect(currentActual(mixed, "2026-12-31")).toEqual({ value: 60 });
  });
});

describe("period actuals of counts", () => {
  it("skip values that are not finite numbers", () => {
    const ind = indicator({
      values: [
        value("2025", { value: Number.NaN }),
        value("2025", { value: 3 }),
        value("2025", { value: Number.POSITIVE_INFINITY }),
        value("2025", {}),
      ],
    });
    expect(periodActual(ind, "2025")).toEqual({ value: 3 });
    expect(currentActual(ind, "2025-12-31")).toEqual({ value: 3 });
  });

  it("take the maximum and minimum across periods from the first period, whatever their sign", () => {
    const values = [value("2025", { value: -5 }), value("2026", { value: -3 })];
    const periods = [year(2025), year(2026)];
    expect(currentActual(indicator({ periods, values, acrossPeriods: "max" }), "2026-12-31")).toEqual({ value: -3 });
    const positive = [value("2025", { value: 5 }), value("2026", { value: 3 })];
    expect(currentActual(indicator({ periods, values: positive, acrossPeriods: "min" }), "2026-12-31")).toEqual({
      value: 3,
    });
    expect(currentActual(indicator({ periods, values: positive, acrossPeriods: "max" }), "2026-12-31")).toEqual({
      value: 5,
    });
  });

  it("combine within a period by max and min from the first value, whatever their sign", () => {
    const values = [value("2025", { value: -5 }), value("2025", { value: -3 })];
    expect(currentActual(indicator({ values, withinPeriod: "max" }), "2025-12-31")).toEqual({ value: -3 });
    const positive = [value("2025", { value: 5 }), value("2025", { value: 3 })];
    expect(currentActual(indicator({ values: positive, withinPeriod: "min" }), "2025-12-31")).toEqual({ value: 3 });
  });
});

describe("current actual over many periods and out-of-order periods", () => {
  it("reads many ended periods (more than 16), each with its own values", () => {
    const periods = Array.from({ length: 20 }, (_, i) => year(2000 + i));
    const values = periods.map((p, i) => value(p.id, { value: i + 1 }));
    const ind = indicator({ periods, values, acrossPeriods: "sum" });
    expect(currentActual(ind, "2030-01-01")).toEqual({ value: (20 * 21) / 2 });
    expect(currentActual({ ...ind, acrossPeriods: "last" }, "2030-01-01")).toEqual({ value: 20 });
    // Values of a period not in the indicator are ignored.
    expect(currentActual({ ...ind, values: [...values, value("1999", { value: 1000 })] }, "2030-01-01")).toEqual({
      value: 210,
    });
    // The same with percentages.
    const ratios = periods.map((p) => value(p.id, { numerator: 1, denominator: 2 }));
    expect(
      currentActual(indicator({ measure: "percentage", periods, values: ratios, acrossPeriods: "sum" }), "2030-01-01"),
    ).toEqual({ value: 50, numerator: 20, denominator: 40 });
  });

  it("reads more periods than its first buffers hold, after a smaller computation", () => {
    expect(currentActual(indicator({ values: [value("2025", { value: 1 })] }), "2025-12-31")).toEqual({ value: 1 });
    const periods = Array.from({ length: 100 }, (_, i) => ({ ...year(1900 + i), id: `p${i}` }));
    const values = periods.map((p) => value(p.id, { value: 2 }));
    expect(currentActual(indicator({ periods, values, acrossPeriods: "sum" }), "2030-01-01")).toEqual({ value: 200 });
    expect(currentActual(indicator({ periods, values, acrossPeriods: "mean" }), "2030-01-01")).toEqual({ value: 2 });
  });

  it("orders periods by end date, keeping the listed order for equal ends", () => {
    const a = { ...year(2025), id: "a" };
    const b = { ...year(2026), id: "b" };
    const c = { ...year(2026), id: "c", startOn: "2026-07-01" };
    const values = [value("a", { value: 1 }), value("b", { value: 2 }), value("c", { value: 3 })];
    // b and c end together: c, listed after b, is the last one.
    expect(currentActual(indicator({ periods: [b, a, c], values }), "2026-12-31")).toEqual({ value: 3 });
    expect(currentActual(indicator({ periods: [c, a, b], values }), "2026-12-31")).toEqual({ value: 2 });
    expect(currentActual(indicator({ periods: [b, a], values }), "2026-12-31")).toEqual({ value: 2 });
    expect(currentActual(indicator({ periods: [b, a], values }), "2025-12-31")).toEqual({ value: 1 });
  });
});

describe("finalTarget", () => {
  it("is the target of the latest period that has one, the later in the list on equal ends", () => {
    const periods = [year(2025, { target: 10 }), year(2027, { target: 30 }), year(2026, { target: 20 }), year(2028)];
    expect(finalTarget(indicator({ periods }))).toEqual({ value: 30, dueOn: "2027-12-31" });
    const tie = [year(2027, { target: 30 }), { ...year(2027), id: "x", target: 35 }, year(2026, { target: 20 })];
    expect(finalTarget(indicator({ periods: tie }))).toEqual({ value: 35, dueOn: "2027-12-31" });
    expect(finalTarget(indicator({ periods: [year(2025), year(2026)] }))).toBeUndefined();
    expect(finalTarget(indicator({ periods: [year(2025, { target: 0 })] }))).toEqual({ value: 0, dueOn: "2025-12-31" });
  });
});

describe("achievementOf", () => {
  it("reads yes/no as 1 for any non-zero actual, whatever the target", () => {
    expect(achievementOf({ measure: "yes-no", direction: "increase" }, 2, 5)).toBe(1);
    expect(achievementOf({ measure: "yes-no", direction: "decrease" }, 0, 5)).toBe(0);
  });

  it("needs a band to maintain, and counts its two bounds in", () => {
    expect(achievementOf({ measure: "number", direction: "maintain" }, 5, 5)).toBeUndefined();
    const band = { measure: "number", direction: "maintain", band: { low: 10, high: 20 } } as const;
    expect([9, 10, 15, 20, 21].map((x) => achievementOf(band, x, undefined))).toEqual([0, 1, 1, 1, 0]);
  });

  it("needs a target to increase or decrease, and takes 0 as the baseline without one", () => {
    expect(achievementOf({ measure: "number", direction: "increase" }, 5, undefined)).toBeUndefined();
    expect(achievementOf({ measure: "number", direction: "increase" }, 5, 20)).toBe(0.25);
    expect(achievementOf({ measure: "number", direction: "decrease" }, 5, 0)).toBe(0);
    expect(achievementOf({ measure: "number", direction: "decrease" }, 0, 0)).toBe(1);
  });
});

describe("indicatorProgress", () => {
  const target = (value: number) => year(2026, { target: value });

  it("has no achievement without a target, and expects everything already", () => {
    const p = indicatorProgress(indicator({ values: [value("2025", { value: 3 })] }), "2025-12-31");
    expect(p).toMatchObject({
      actual: { value: 3 },
      target: undefined,
      achievement: undefined,
      expected: 1,
      status: "no-data",
    });
  });

  it("measures elapsed time from the earliest period start without a baseline", () => {
    const periods = [target(100), year(2025)];
    const p = indicatorProgress(indicator({ periods, values: [value("2025", { value: 40 })] }), "2025-12-31");
    // From 2025-01-01 (the earliest start, listed second) to 2026-12-31.
    expect(p.expected).toBeCloseTo(364 / 729, 10);
    expect(p.achievement).toBe(0.4);
  });

  it("measures elapsed time from the baseline date when there is one", () => {
    const periods = [year(2025), target(100)];
    const baseline = { value: 0, date: "2025-12-31" };
    const p = indicatorProgress(indicator({ periods, baseline, values: [value("2025", { value: 40 })] }), "2026-07-01");
    expect(p.expected).toBeCloseTo(182 / 365, 10);
  });

  it("expects everything when the target is due on or before the start", () => {
    const baseline = { value: 0, date: "2026-12-31" };
    const values = [value("2026", { value: 10 })];
    const on = indicatorProgress(indicator({ periods: [target(100)], baseline, values }), "2026-12-31");
    expect(on.expected).toBe(1);
    const before = indicatorProgress(
      indicator({ periods: [target(100)], baseline: { ...baseline, date: "2027-06-30" }, values }),
      "2026-12-31",
    );
    expect(before.expected).toBe(1);
  });

  it("is on track exactly at the on-track share of the expected achievement, at risk exactly at the at-risk share", () => {
    const ind = (x: number) => indicator({ periods: [target(100)], values: [value("2026", { value: x })] });
    // After the due date the expected achievement is 1.
    const status = (x: number) => indicatorProgress(ind(x), "2027-06-30").status;
    expect([100, 90, 89, 70, 69].map(status)).toEqual(["achieved", "on-track", "at-risk", "at-risk", "off-track"]);
    expect(indicatorProgress(ind(50), "2027-06-30", { onTrack: 0.5, atRisk: 0.25 }).status).toBe("on-track");
    expect(indicatorProgress(ind(25), "2027-06-30", { onTrack: 0.5, atRisk: 0.25 }).status).toBe("at-risk");
  });
});

describe("rollUp", () => {
  it("skips children with a negative, infinite or NaN weight", () => {
    for (const weight of [-1, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(rollUp([{ weight, achievement: 0 }, { achievement: 1 }])).toEqual({ score: 1, coverage: 1 });
    }
  });

  it("counts a zero weight in neither the score nor the coverage", () => {
    expect(rollUp([{ weight: 0, achievement: 0 }, { achievement: 0.5 }])).toEqual({ score: 0.5, coverage: 1 });
  });

  it("counts a child with a NaN or infinite achievement as without data", () => {
    expect(rollUp([{ achievement: Number.NaN }, { achievement: 0.5 }])).toEqual({ score: 0.5, coverage: 0.5 });
    expect(rollUp([{ achievement: Number.NEGATIVE_INFINITY }, { achievement: 0.5 }])).toEqual({
      score: 0.5,
      coverage: 0.5,
    });
    expect(rollUp([])).toEqual({ score: undefined, coverage: 0 });
  });
});
