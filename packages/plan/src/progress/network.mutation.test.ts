import { describe, expect, it } from "vitest";
import type { Plan, PlanIndicator } from "../plan/plan.js";
import { networkIndicatorActual } from "./network.js";

// The skip reasons of networkIndicatorActual and the cases where the network has no actual.

const ind = (id: string, measure: PlanIndicator["measure"], values: PlanIndicator["values"]): PlanIndicator => ({
  id,
  elementId: "e",
  code: id,
  name: { fr: id },
  measure,
  direction: "increase",
  acrossPeriods: "sum",
  periods: [{ id: "s1", startOn: "2025-01-01", endOn: "2025-06-30" }],
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
const approved = (fields: object) => ({ id: "v", periodId: "s1", state: "approved" as const, ...fields });

describe("networkIndicatorActual skips", () => {
  it("a member indicator with another measure, with its actual", () => {
    const a = planOf("a", [ind("x", "percentage", [approved({ numerator: 1, denominator: 2 })])]);
    const b = planOf("b", [ind("y", "number", [approved({ value: 7 })])]);
    const r = networkIndicatorActual(
      { indicator: ind("net", "number", []) },
      [
        { plan: a, indicatorId: "x" },
        { plan: b, indicatorId: "y" },
      ],
      "2025-12-31",
    );
    expect(r.actual).toEqual({ value: 7 });
    expect(r.contributions).toEqual([
      {
        planId: "a",
        organizationId: "org-a",
        indicatorId: "x",
        actual: { value: 50, numerator: 1, denominator: 2 },
        skipped: "measure-mismatch",
      },
      { planId: "b", organizationId: "org-b", indicatorId: "y", actual: { value: 7 } },
    ]);
  });

  it("a member percentage without a numerator and a denominator", () => {
    const a = planOf("a", [ind("x", "percentage", [approved({ value: 40 })])]);
    const b = planOf("b", [ind("y", "percentage", [approved({ numerator: 1, denominator: 4 })])]);
    const r = networkIndicatorActual(
      { indicator: ind("net", "percentage", []) },
      [
        { plan: a, indicatorId: "x" },
        { plan: b, indicatorId: "y" },
      ],
      "2025-12-31",
    );
    expect(r.actual).toEqual({ value: 25, numerator: 1, denominator: 4 });
    expect(r.contributions.map((c) => [c.planId, c.actual, c.skipped])).toEqual([
      ["a", { value: 40 }, "no-ratio"],
      ["b", { value: 25, numerator: 1, denominator: 4 }, undefined],
    ]);
  });
});

describe("networkIndicatorActual has no actual", () => {
  it("when no member counts, for counts and for percentages", () => {
    for (const measure of ["number", "percentage"] as const) {
      const a = planOf("a", [ind("x", measure, [])]);
      const r = networkIndicatorActual(
        { indicator: ind("net", measure, []) },
        [{ plan: a, indicatorId: "x" }],
        "2025-12-31",
      );
      expect(r.actual).toBeUndefined();
      expect(r.contributions.map((c) => c.skipped)).toEqual(["no-data"]);
      expect(networkIndicatorActual({ indicator: ind("net", measure, []) }, [], "2025-12-31").actual).toBeUndefined();
    }
  });

  it("for measures that cannot be combined across organizations, listing every member", () => {
    for (const measure of ["yes-no", "ordinal"] as const) {
      const a = planOf("a", [ind("x", measure, [approved({ value: 3 })])]);
      const r = networkIndicatorActual(
        { indicator: ind("net", measure, []) },
        [{ plan: a, indicatorId: "x" }],
        "2025-12-31",
      );
      expect(r.actual).toBeUndefined();
      expect(r.contributions).toEqual([
        { planId: "a", organizationId: "org-a", indicatorId: "x", actual: { value: 3 } },
      ]);
    }
  });
});
