import { entryPointNames, type SweepOptions, sweepFunction } from "@madani/model/testing";
import * as plan from "@madani/plan";
import { describe, expect, it } from "vitest";

/**
 * Typed-only functions: they take a plan that `createPlan` has already checked (or
 * one of its indicators, activities or revisions) and say so in their TSDoc. Every
 * entry point that takes `unknown` input or returns a result is swept.
 */
const TYPED_ONLY = [
  "achievementOf",
  "aggregate",
  "categoryBaseline",
  "categoryIndicator",
  "categoryLifeOfProjectTarget",
  "categoryProgress",
  "computeProgress",
  "contributionsReport",
  "currentActual",
  "dependencyCycles",
  "describeRevision",
  "diffPlans",
  "finalTarget",
  "handlingStatus",
  "indicatorCategories",
  "indicatorProgress",
  "indicatorStatusCell",
  "indicatorTrackingTable",
  "isMilestoneOverdue",
  "isOverdue",
  "lifeOfProjectTarget",
  "lintPlan",
  "networkIndicatorActual",
  "networkIndicatorRollUp",
  "periodActual",
  "periodBreakdowns",
  "periodTarget",
  "planIpttReport",
  "planLedger",
  "planProgressReport",
  "redo",
  "rollUp",
  "tiersOf",
  "toIatiResults",
  "toLogframe",
  "undo",
] as const;

const options: SweepOptions = {
  exempt: Object.fromEntries(TYPED_ONLY.map((name) => [name, "typed-only"])),
  samples: { fromIatiResults: [["<iati-activities><iati-activity/></iati-activities>"]] },
};

describe("every entry point of @madani/plan never throws on hostile input", () => {
  // fromIatiResults parses the 10 MB string as XML once per position: a longer timeout.
  it.each(entryPointNames(plan, options.exempt))("%s", { timeout: 60_000 }, async (name) => {
    expect(await sweepFunction(plan, name, options)).toEqual([]);
  });
});

describe("fromIatiResults on a large file", () => {
  it("reads 130,000 results (2.3 MB) without overflowing the stack", () => {
    const xml = `<iati-activities><iati-activity>${"<result></result>".repeat(130_000)}</iati-activity></iati-activities>`;
    expect(xml.length).toBeGreaterThan(2_200_000);
    const r = plan.fromIatiResults(xml);
    // Before the fix the results were gathered with push(...spread) and the stack overflowed: the boundary
    // would now report that as input.unreadable, so the test checks for the import's own answer.
    expect(r.ok ? [] : r.issues.map((i) => i.code)).not.toContain("input.unreadable");
  }, 60_000);

  it("keeps every indicator of 20,000 results", () => {
    const result =
      '<result type="1"><indicator measure="1"><title><narrative xml:lang="fr">x</narrative></title></indicator></result>';
    const r = plan.fromIatiResults(
      `<iati-activities><iati-activity>${result.repeat(20_000)}</iati-activity></iati-activities>`,
    );
    expect(r.ok ? r.value.indicators.length : r.issues.slice(0, 3)).toBe(20_000);
  }, 60_000);
});
