/**
 * The IATI export checked against the official IATI 2.03 activity schema (packages/plan/test/iati/SOURCE.md) with
 * xmllint (Debian's libxml2-utils). Without xmllint the tests are skipped with a message, except on CI (`CI` set),
 * where they fail.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { everyExtensionPlan, generatedIndicator, iatiActivities, scenarioPlan } from "../../test/iati/fixtures.js";
import { FIXTURES, hasXmllint, runSchemaTests, XMLLINT_MISSING, xsdChecker } from "../../test/iati/xmllint.js";
import type { PlanIndicator } from "../plan/plan.js";
import { type IatiExportOptions, toIatiResults } from "./export.js";
import { fromIatiResults } from "./import.js";

if (!runSchemaTests) console.warn(XMLLINT_MISSING);
const { schemaErrors, cleanup } = xsdChecker();
afterAll(cleanup);

type Plan = Parameters<typeof toIatiResults>[0];
const only = (plan: Plan, ids: readonly string[]): Plan => ({
  ...plan,
  indicators: plan.indicators.filter((i) => ids.includes(i.id)),
});

/** One indicator per measure and direction, with a value in every state, one of no listed period. */
const everyMeasure: Plan = {
  ...scenarioPlan,
  indicators: (["number", "percentage", "ratio", "yes-no", "ordinal", "qualitative"] as const).flatMap((measure) =>
    (["increase", "decrease", "maintain"] as const).map((direction): PlanIndicator => {
      const id = `${measure}-${direction}`;
      return {
        id,
        elementId: "r1",
        code: id.toUpperCase(),
        name: { fr: `${measure} ${direction}` },
        measure,
        direction,
        ...(direction === "maintain" ? { band: { low: 0, high: 1 } } : {}),
        baseline: { value: 0, date: "2024-12-31" },
        periods: [{ id: `${id}-p`, startOn: "2025-01-01", endOn: "2025-12-31", target: 1 }],
        values: (["approved", "draft", "submitted", "returned"] as const).map((state, k) => ({
          id: `${id}-v${k}`,
          periodId: state === "returned" ? `${id}-elsewhere` : `${id}-p`,
          ...(measure === "percentage" ? { numerator: k, denominator: 4 } : { value: k }),
          state,
        })),
      };
    }),
  ),
};

const CASES: readonly [string, Plan, IatiExportOptions][] = [
  ["scenario 1, default options (extensions on)", scenarioPlan, {}],
  ["scenario 1, extensions off, aggregation-status 1", scenarioPlan, { extensions: false, aggregationStatus: true }],
  ["scenario 1, extensions on, aggregation-status 0", scenarioPlan, { aggregationStatus: false }],
  ["every piece of extension data", everyExtensionPlan, {}],
  ["every piece of extension data, extensions off", everyExtensionPlan, { extensions: false }],
  ["draft, submitted and returned values", only(everyExtensionPlan, ["ratio-1", "yes-1", "qual-1"]), {}],
  ["percentages given by numerator and denominator", only(everyExtensionPlan, ["pct-1"]), {}],
  ["values of no listed period", only(everyExtensionPlan, ["ratio-1", "pct-1"]), {}],
  ["maintain indicators with their bands", only(scenarioPlan, ["i4"]), {}],
  ["disaggregated values and an empty disaggregation", only(everyExtensionPlan, ["ratio-1", "pct-1"]), {}],
  ["names in Arabic, French, English and Tamazight", only(everyExtensionPlan, ["ratio-1"]), {}],
  ["every measure and direction", everyMeasure, {}],
  ["every measure and direction, extensions off", everyMeasure, { extensions: false }],
];

describe.skipIf(!runSchemaTests)("IATI 2.03 schema (xmllint)", () => {
  it("accepts and refuses the schema's own test files as IATI publishes them", () => {
    expect(schemaErrors(readFileSync(join(FIXTURES, "should-pass-24-results.xml"), "utf8"))).toEqual([]);
    expect(
      schemaErrors(readFileSync(join(FIXTURES, "should-pass-04-mixed-content-extensibility.xml"), "utf8")),
    ).toEqual([]);
    const refused = schemaErrors(readFileSync(join(FIXTURES, "should-fail-04-attribute-extensibility.xml"), "utf8"));
    expect(refused.join("\n")).toContain("The attribute 'foo' is not allowed.");
  });

  it("refuses the form of the previous release (Madani attributes on actual)", () => {
    for (const name of ["previous-release-scenario.xml", "previous-release-every-extension.xml"]) {
      const errors = schemaErrors(iatiActivities([readFileSync(join(FIXTURES, name), "utf8")]));
      const invalid = errors.filter((e) => e.includes("validity error"));
      expect(invalid.length, name).toBeGreaterThan(0);
      for (const e of invalid) expect(e).toMatch(/Element 'actual', attribute '\{urn:madani:plan\}[a-z-]+'/);
    }
  });

  it.each(CASES)("validates the export: %s", (_name, plan, options) => {
    const xml = toIatiResults(plan, options);
    expect(schemaErrors(iatiActivities([xml]))).toEqual([]);
    // The wrapped document reads back like the fragment.
    expect(fromIatiResults(iatiActivities([xml]))).toEqual(fromIatiResults(xml));
  });

  it("validates the export of 30 generated plans in each form (property, one xmllint run per form)", () => {
    // One run of 30 plans, each its own iati-activity in one document; a failure shrinks to a smaller set.
    if (!hasXmllint) throw new Error(XMLLINT_MISSING); // not once per shrinking step
    fc.assert(
      fc.property(
        fc.array(fc.array(generatedIndicator, { minLength: 1, maxLength: 3 }), { minLength: 30, maxLength: 30 }),
        (plans) => {
          for (const options of [{}, { extensions: false, aggregationStatus: true }]) {
            const fragments = plans.map((indicators) => toIatiResults({ ...scenarioPlan, indicators }, options));
            expect(schemaErrors(iatiActivities(fragments)), JSON.stringify(options)).toEqual([]);
          }
        },
      ),
      { numRuns: 1 },
    );
  });
});
