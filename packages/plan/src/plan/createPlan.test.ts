import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPlan } from "./createPlan.js";

const input = {
  format: "madani.plan/1",
  id: "plan",
  organizationId: "org",
  title: { ar: "المخطط الاستراتيجي" },
  period: { startOn: "2025-01-01", endOn: "2029-12-31" },
  template: { kind: "default" },
  elements: [{ id: "a1", tier: "axis", code: "A1", title: { ar: "محور" }, assumptions: [{ ar: "فرضية" }] }],
  indicators: [],
  activities: [],
};

describe("createPlan", () => {
  it("returns the plan frozen at every depth, and leaves the input alone", () => {
    const r = createPlan(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(input);
    expect(Object.isFrozen(r.value)).toBe(true);
    expect(Object.isFrozen(r.value.elements[0]?.assumptions?.[0])).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.elements)).toBe(false);
    expect(() => {
      (r.value.elements as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it("returns the issues of invalid input", () => {
    const r = createPlan({ ...input, period: { startOn: "2025-01-01", endOn: "2020-01-01" } }, { locale: "fr" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(["plan.end_before_start"]);
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof createPlan(value).ok).toBe("boolean");
      }),
      { numRuns: 200 },
    );
  });
});
