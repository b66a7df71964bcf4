import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Plan, PlanIndicator } from "../plan/plan.js";
import { networkIndicatorActual } from "./network.js";

const ind = (
  id: string,
  measure: "number" | "percentage" | "ratio",
  values: PlanIndicator["values"],
): PlanIndicator => ({
  id,
  elementId: "e",
  code: id,
  name: { fr: id },
  measure,
  direction: "increase",
  acrossPeriods: "sum",
  periods: [
    { id: "s1", startOn: "2025-01-01", endOn: "2025-06-30" },
    { id: "s2", startOn: "2025-07-01", endOn: "2025-12-31" },
  ],
  values,
});
const planOf = (id: string, indicators: PlanIndicator[]): Plan => ({
  format: "madani.plan/1",
  id,
  organizationId: `org-${id}`,
  title: { fr: id },
  period: { startOn: "2025-01-01", endOn: "2029-12-31" },
  template: { kind: "default" },
  elements: [],
  indicators,
  activities: [],
});

describe("networkIndicatorActual", () => {
  it("sums counts and lists each member's contribution", () => {
    const a = planOf("a", [ind("x", "number", [{ id: "1", periodId: "s1", value: 30, state: "approved" }])]);
    const b = planOf("b", [ind("y", "number", [{ id: "1", periodId: "s2", value: 12, state: "approved" }])]);
    const c = planOf("c", [ind("z", "number", [{ id: "1", periodId: "s1", value: 99, state: "draft" }])]);
    const r = networkIndicatorActual(
      { indicator: ind("net", "number", []) },
      [
        { plan: a, indicatorId: "x" },
        { plan: b, indicatorId: "y" },
        { plan: c, indicatorId: "z" },
        { plan: c, indicatorId: "missing" },
      ],
      "2025-12-31",
    );
    expect(r.actual).toEqual({ value: 42 });
    expect(r.contributions.map((m) => [m.organizationId, m.actual?.value, m.skipped])).toEqual([
      ["org-a", 30, undefined],
      ["org-b", 12, undefined],
      ["org-c", undefined, "no-data"],
      ["org-c", undefined, "missing-indicator"],
    ]);
  });

  it("recomputes percentages from sums, never averaging them", () => {
    const a = planOf("a", [
      ind("x", "percentage", [{ id: "1", periodId: "s1", numerator: 9, denominator: 10, state: "approved" }]),
    ]);
    const b = planOf("b", [
      ind("y", "percentage", [{ id: "1", periodId: "s1", numerator: 10, denominator: 90, state: "approved" }]),
    ]);
    const r = networkIndicatorActual(
      { indicator: ind("net", "percentage", []) },
      [
        { plan: a, indicatorId: "x" },
        { plan: b, indicatorId: "y" },
      ],
      "2025-12-31",
    );
    expect(r.actual).toEqual({ value: 19, numerator: 19, denominator: 100 });
  });

  it("recomputes ratios from sums too: pupils per teacher across two schools", () => {
    // 120 pupils for 4 teachers (30) and 30 pupils for 2 teachers (15): 150 / 6 = 25, not the mean 22.5.
    const a = planOf("a", [
      ind("x", "ratio", [
        { id: "1", periodId: "s1", numerator: 70, denominator: 2, state: "approved" },
        { id: "2", periodId: "s1", numerator: 50, denominator: 2, state: "approved" },
      ]),
    ]);
    const b = planOf("b", [
      ind("y", "ratio", [{ id: "1", periodId: "s1", numerator: 30, denominator: 2, state: "approved" }]),
    ]);
    const c = planOf("c", [ind("z", "ratio", [{ id: "1", periodId: "s1", value: 12, state: "approved" }])]);
    const r = networkIndicatorActual(
      { indicator: ind("net", "ratio", []) },
      [
        { plan: a, indicatorId: "x" },
        { plan: b, indicatorId: "y" },
        { plan: c, indicatorId: "z" },
      ],
      "2025-12-31",
    );
    expect(r.contributions.map((m) => [m.actual?.value, m.skipped])).toEqual([
      [30, undefined],
      [15, undefined],
      [12, "no-ratio"],
    ]);
    expect(r.actual).toEqual({ value: 25, numerator: 150, denominator: 6 });
  });

  it("law: the network percentage is the ratio of the sums of numerators and denominators", () => {
    const member = fc.array(
      fc
        .integer({ min: 1, max: 1000 })
        .chain((d) =>
          fc.record({ numerator: fc.integer({ min: 0, max: d }), denominator: fc.constant(d), s2: fc.boolean() }),
        ),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 6 }), (members) => {
        const plans = members.map((vals, k) =>
          planOf(`m${k}`, [
            ind(
              "i",
              "percentage",
              vals.map((v, j) => ({
                id: `v${j}`,
                periodId: v.s2 ? "s2" : "s1",
                numerator: v.numerator,
                denominator: v.denominator,
                state: "approved" as const,
              })),
            ),
          ]),
        );
        const r = networkIndicatorActual(
          { indicator: ind("net", "percentage", []) },
          plans.map((plan) => ({ plan, indicatorId: "i" })),
          "2025-12-31",
        );
        const n = members.flat().reduce((s, v) => s + v.numerator, 0);
        const d = members.flat().reduce((s, v) => s + v.denominator, 0);
        expect(r.actual?.numerator).toBe(n);
        expect(r.actual?.denominator).toBe(d);
        expect(r.actual?.value).toBeCloseTo((n / d) * 100, 9);
        expect(r.contributions).toHaveLength(members.length);
      }),
    );
  });
});
