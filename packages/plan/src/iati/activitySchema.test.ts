/**
 * The IATI activity export checked against the official IATI 2.03 activity schema (packages/plan/test/iati/SOURCE.md)
 * with xmllint, as schema.test.ts checks the results: skipped without xmllint, except on CI, where it fails.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  fullOptions,
  fullPlan,
  generatedActivity,
  minimalOptions,
  minimalPlan,
} from "../../test/iati/activityFixtures.js";
import { hasXmllint, runSchemaTests, XMLLINT_MISSING, xsdChecker } from "../../test/iati/xmllint.js";
import type { Plan } from "../plan/plan.js";
import { type IatiActivityOptions, toIatiActivity } from "./activity.js";
import { fromIatiResults } from "./import.js";

if (!runSchemaTests) console.warn(XMLLINT_MISSING);
const { schemaErrors, cleanup } = xsdChecker();
afterAll(cleanup);

function xmlOf(plan: Plan, options: IatiActivityOptions): string {
  const r = toIatiActivity(plan, options);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.code} ${i.path.join(".")}`).join("\n"));
  return r.value;
}

/** The `iati-activity` element of a document the export wrote. */
function activityOf(xml: string): string {
  const start = xml.search(/<iati-activity[\s>]/);
  const end = xml.lastIndexOf("</iati-activity>") + "</iati-activity>".length;
  return xml.slice(start, end);
}

/** One `iati-activities` document holding several activities of the export. */
const batch = (xmls: readonly string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n${xmls.map(activityOf).join("\n")}\n</iati-activities>\n`;

const CASES: readonly [string, Plan, IatiActivityOptions][] = [
  ["a plan with every feature, extensions on", fullPlan, fullOptions],
  ["a plan with every feature, extensions off", fullPlan, { ...fullOptions, extensions: false }],
  ["every feature, results with aggregation-status 0", fullPlan, { ...fullOptions, aggregationStatus: false }],
  ["every feature, results left out", fullPlan, { ...fullOptions, results: false }],
  ["a later date: every transaction, status finalisation", fullPlan, { ...fullOptions, asOf: "2030-01-01" }],
  ["a closed activity", fullPlan, { ...fullOptions, status: "closed", asOf: "2030-01-01" }],
  ["a plan with no money, no SDG, no option but the required ones", minimalPlan, minimalOptions],
  ["the minimal plan, extensions off", minimalPlan, { ...minimalOptions, extensions: false }],
];

describe.skipIf(!runSchemaTests)("IATI 2.03 activity schema (xmllint)", () => {
  it.each(CASES)("validates the export: %s", (_name, plan, options) => {
    const xml = xmlOf(plan, options);
    expect(schemaErrors(xml)).toEqual([]);
    // The results in the whole activity read back like the plan's indicators (approved values only without
    // extensions, none without results).
    const back = fromIatiResults(xml);
    if (options.results === false || plan.indicators.length === 0) expect(back.ok).toBe(false);
    else if (options.extensions !== false) expect(back.ok && back.value.indicators).toEqual(plan.indicators);
    else expect(back.ok && back.value.indicators.length).toBe(plan.indicators.length);
  });

  it("validates all the cases as activities of one file", () => {
    expect(schemaErrors(batch(CASES.map(([, plan, options]) => xmlOf(plan, options))))).toEqual([]);
  });

  it("validates the export of 40 generated plans in one file (property, one xmllint run)", () => {
    if (!hasXmllint) throw new Error(XMLLINT_MISSING); // not once per shrinking step
    fc.assert(
      fc.property(fc.array(generatedActivity, { minLength: 40, maxLength: 40 }), (activities) => {
        const xmls = activities.map(([plan, options]) => xmlOf(plan, options));
        expect(schemaErrors(batch(xmls))).toEqual([]);
      }),
      { numRuns: 3 },
    );
  });
});
