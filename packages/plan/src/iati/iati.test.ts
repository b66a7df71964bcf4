import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { everyExtensionPlan, generatedIndicator, iatiActivities, scenarioPlan } from "../../test/iati/fixtures.js";
import { PlanIndicatorSchema } from "../plan/plan.js";
import { toIatiResults } from "./export.js";
import { fromIatiResults } from "./import.js";

const plan = scenarioPlan;
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../../test/iati");
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), "utf8");

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" });

describe("IATI 2.03 results", () => {
  it("round-trips the scenario-1 indicators with their values", () => {
    for (const ind of plan.indicators) expect(PlanIndicatorSchema.safeParse(ind).success).toBe(true);
    const xml = toIatiResults(plan);
    const back = fromIatiResults(xml);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.value.indicators).toEqual(plan.indicators);
  });

  it("round-trips every piece of extension data, from the fragment and from a whole iati-activities document", () => {
    for (const ind of everyExtensionPlan.indicators) expect(PlanIndicatorSchema.safeParse(ind).success).toBe(true);
    const xml = toIatiResults(everyExtensionPlan);
    expect(fromIatiResults(xml)).toEqual({
      ok: true,
      value: { indicators: everyExtensionPlan.indicators },
      warnings: [],
    });
    expect(fromIatiResults(iatiActivities([xml]))).toEqual({
      ok: true,
      value: { indicators: everyExtensionPlan.indicators },
      warnings: [],
    });
  });

  it("reads files of the previous release (Madani attributes on actual) back to the same indicators", () => {
    const scenario = fixture("previous-release-scenario.xml");
    const every = fixture("previous-release-every-extension.xml");
    // The fixtures are in the previous form: `madani:*` attributes on actual and madani:actual, no madani:value-data.
    expect(scenario).toContain('<actual value="40" madani:id="p1" madani:seq="0" madani:derived="1"');
    expect(every).toContain('<madani:actual value="2" madani:id="rv3" madani:seq="2" madani:period-id="ratio-2030"');
    expect(scenario + every).not.toContain("madani:value-data");
    expect(fromIatiResults(scenario)).toEqual({
      ok: true,
      value: { indicators: scenarioPlan.indicators },
      warnings: [],
    });
    // The previous release wrote no life-of-project target (`@madani:lop-target` came later).
    const withoutLop = everyExtensionPlan.indicators.map(({ lopTarget: _, ...ind }) => ind);
    expect(fromIatiResults(every)).toEqual({ ok: true, value: { indicators: withoutLop }, warnings: [] });
    // An invalid number in the previous form is reported at its attribute, and that value alone is left out.
    const bad = fromIatiResults(scenario.replace('madani:numerator="12"', 'madani:numerator="douze"'), {
      locale: "en",
    });
    expect(bad.ok ? bad.warnings.map((i) => [i.code, i.path, i.severity]) : bad.issues).toEqual([
      ["iati.number_invalid", ["result", 1, "indicator", 0, "period", 0, "actual", 0, "@madani:numerator"], "warning"],
    ]);
    const i3 = scenarioPlan.indicators.find((i) => i.id === "i3");
    expect(bad.ok && bad.value.indicators.find((i) => i.id === "i3")?.values.map((v) => v.id)).toEqual(
      i3?.values.filter((v) => v.id !== "p1").map((v) => v.id),
    );
  });

  it("reports an invalid number of madani:value-data at its attribute", () => {
    const xml = toIatiResults(plan).replace('numerator="12"', 'numerator="douze"');
    const bad = fromIatiResults(xml, { locale: "en" });
    expect(bad.ok ? bad.warnings.map((i) => [i.code, i.path]) : bad.issues).toEqual([
      [
        "iati.number_invalid",
        ["result", 1, "indicator", 0, "period", 0, "actual", 0, "madani:value-data", "@numerator"],
      ],
    ]);
    // The other indicators and values are read.
    expect(bad.ok && bad.value.indicators.flatMap((i) => i.values).length).toBe(
      plan.indicators.flatMap((i) => i.values).length - 1,
    );
  });

  it("reads the worked example published with the IATI schemas: a whole document that holds no result", () => {
    const worked = fixture("worked-example.xml");
    // An iati-activity document with elements and attributes of another namespace, comments, and no result.
    expect(worked).toMatch(/^<\?xml version="1\.0"\?>\s*<iati-activity /);
    expect(worked).toContain("<ext:something>");
    expect(worked).not.toContain("<result");
    // The import parses the whole document (no iati.xml_invalid) and finds no result to read: that is its answer.
    const r = fromIatiResults(worked, { locale: "en" });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ["iati.no_result", [], "The text contains no result element."],
    ]);
    // With Madani's results put into it, the rest of the document is passed over and every indicator is read.
    const withResults = worked.replace("</iati-activity>", `${toIatiResults(everyExtensionPlan)}\n</iati-activity>`);
    expect(fromIatiResults(withResults)).toEqual({
      ok: true,
      value: { indicators: everyExtensionPlan.indicators },
      warnings: [],
    });
  });

  it("writes well-formed IATI with result types, measures, ascending flags and actuals", () => {
    const xml = toIatiResults(plan);
    expect(XMLValidator.validate(`<iati-activity>${xml}</iati-activity>`)).toBe(true);
    const tree = parser.parse(`<iati-activity>${xml}</iati-activity>`);
    const results = tree["iati-activity"].result;
    expect(results.map((r: Record<string, string>) => [r["@_madani:element-id"], r["@_type"]])).toEqual([
      ["ax1", "3"],
      ["os1", "2"],
      ["r1", "1"],
      ["r2", "1"],
    ]);
    expect(xml).toContain('measure="2" ascending="1"');
    expect(xml).not.toMatch(/measure="1" ascending="[01]" madani:id="i4"/);
    // 12 / 30 in percent; Madani's data on a value in a child element (IATI allows no foreign attribute on actual).
    expect(xml).toContain(
      '<actual value="40">\n        <madani:value-data id="p1" seq="0" derived="1" numerator="12" denominator="30"/>\n      </actual>',
    );
    expect(xml).toContain('<dimension name="region" value="Casablanca-Settat"/>');
    expect(xml).toMatch(
      /<madani:actual value="33\.3+\d*">\n\s*<madani:value-data id="p2" seq="1" state="submitted" derived="1"/,
    );
    expect(xml).not.toMatch(/<(?:actual|target)\b[^>]* madani:/); // no foreign attribute where IATI forbids them
    expect(xml).toContain("« à jour » &amp; conformes");
    expect(xml).toContain('<madani:evidence title="PV n° 3 &lt;annexe&gt;"/>');
    expect(xml).toContain('<narrative xml:lang="ar">عدد الجمعيات المستفيدة من التكوين</narrative>');
  });

  it("leaves extensions out on request", () => {
    const xml = toIatiResults(plan, { extensions: false, aggregationStatus: true });
    expect(xml).not.toContain("madani");
    expect(xml).toContain('aggregation-status="1"');
    expect(XMLValidator.validate(`<a>${xml}</a>`)).toBe(true);
  });

  it("reads other publishers' results", () => {
    const r = fromIatiResults(`<?xml version="1.0"?>
<iati-activities><iati-activity><result type="2"><title><narrative>Outcome</narrative></title>
<indicator measure="1" ascending="0"><title><narrative xml:lang="en">Cases &amp; delays</narrative></title>
<reference vocabulary="99" code="X-1"/><baseline year="2020" value="10"/>
<period><period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/><target value="5"/><actual value="7"><dimension name="sex" value="female"/></actual></period>
</indicator></result></iati-activity></iati-activities>`);
    expect(r).toEqual({
      ok: true,
      value: {
        indicators: [
          {
            id: "iati-result-1-i1",
            elementId: "iati-result-1",
            code: "X-1",
            name: { en: "Cases & delays" },
            measure: "number",
            direction: "decrease",
            baseline: { value: 10, date: "2020-01-01" },
            periods: [{ id: "iati-result-1-i1-p1", startOn: "2021-01-01", endOn: "2021-12-31", target: 5 }],
            values: [
              {
                id: "iati-result-1-i1-p1-a1",
                periodId: "iati-result-1-i1-p1",
                value: 7,
                disaggregation: { sex: "female" },
                state: "approved",
              },
            ],
          },
        ],
      },
      warnings: [],
    });
  });

  it("returns issues with stable codes, never throws", () => {
    const bad = fromIatiResults("<result><indicator measure='1'>", { locale: "en" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.code).toBe("iati.xml_invalid");
    expect(fromIatiResults("").ok).toBe(false);
    const unknown = fromIatiResults(
      '<result type="1"><indicator measure="7"><title><narrative xml:lang="fr">x</narrative></title></indicator></result>',
      { locale: "ar" },
    );
    // A partial import: the indicator of unknown measure is left out and reported, with its path.
    expect(unknown.ok && unknown.value.indicators).toEqual([]);
    if (unknown.ok) {
      expect(unknown.warnings[0]?.code).toBe("iati.measure_unknown");
      expect(unknown.warnings[0]?.path).toEqual(["result", 0, "indicator", 0, "@measure"]);
      expect(unknown.warnings[0]?.severity).toBe("warning");
    }
    const nan = fromIatiResults(
      '<result type="1"><indicator measure="1"><title><narrative xml:lang="fr">x</narrative></title><baseline year="2020" value="abc"/></indicator></result>',
    );
    expect(nan.ok && nan.warnings.map((w) => [w.code, w.path])).toEqual([
      ["iati.number_invalid", ["result", 0, "indicator", 0, "baseline", 0, "@value"]],
    ]);
    expect(nan.ok && nan.value.indicators[0]?.baseline).toBeUndefined();
  });
});

describe("IATI round trip (property)", () => {
  it("keeps every generated indicator and writes well-formed XML", () => {
    fc.assert(
      fc.property(fc.array(generatedIndicator, { minLength: 1, maxLength: 3 }), (indicators) => {
        const input = { ...plan, indicators };
        const xml = toIatiResults(input);
        expect(XMLValidator.validate(`<a>${xml}</a>`)).toBe(true);
        const back = fromIatiResults(xml);
        expect(back.ok).toBe(true);
        if (back.ok) expect(back.value.indicators).toEqual(input.indicators);
      }),
      { numRuns: 200 },
    );
  });
});
