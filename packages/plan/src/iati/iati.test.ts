import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { PlanIndicator } from "../plan/plan.js";
import { PlanIndicatorSchema } from "../plan/plan.js";
import { toIatiResults } from "./export.js";
import { fromIatiResults } from "./import.js";

/** Parts of scenario 1 (packages/plan/test/plan.test.ts), with values added. */
function indicator(id: string, elementId: string, code: string, ar: string, fr: string, targets: number[]) {
  return {
    id,
    elementId,
    code,
    name: { ar, fr },
    measure: "number" as const,
    direction: "increase" as const,
    baseline: { value: 0, date: "2024-12-31" },
    periods: targets.map((target, i) => ({
      id: `${id}-${2025 + i}`,
      startOn: `${2025 + i}-01-01`,
      endOn: `${2025 + i}-12-31`,
      target,
    })),
    values: [] as PlanIndicator["values"],
    dataSource: { fr: "Listes de présence et rapports d'activité" },
    frequency: "annual" as const,
    responsible: "Chargé de suivi-évaluation",
  };
}

const plan = {
  template: { kind: "default" as const },
  elements: [
    { id: "ax1", tier: "axis", code: "A1", title: { ar: "تقوية القدرات", fr: "Renforcement des capacités" } },
    { id: "os1", parentId: "ax1", tier: "objective", code: "OS1.1", title: { fr: "Améliorer la gouvernance" } },
    { id: "r1", parentId: "os1", tier: "result", code: "R1.1.1", title: { fr: "Gestion de projets maîtrisée" } },
    { id: "r2", parentId: "os1", tier: "result", code: "R2.1.1", title: { fr: "Un plaidoyer national" } },
    { id: "r3", parentId: "os1", tier: "result", code: "R3.1.1", title: { fr: "Communication" } },
  ],
  indicators: [
    {
      ...indicator(
        "i1",
        "r1",
        "IND-1",
        "عدد الجمعيات المستفيدة من التكوين",
        "Associations formées",
        [10, 20, 30, 40, 50],
      ),
      values: [
        { id: "v1", periodId: "i1-2025", value: 6, disaggregation: { sex: "f" }, state: "approved" as const },
        { id: "v2", periodId: "i1-2025", value: 5, disaggregation: { sex: "m" }, state: "approved" as const },
        { id: "v3", periodId: "i1-2026", value: 3, state: "draft" as const, evidence: "PV n° 3 <annexe>" },
      ],
      disaggregations: ["sex"],
    },
    indicator("i2", "r2", "IND-2", "عدد المذكرات الترافعية المقدمة", "Mémorandums de plaidoyer déposés", [1, 2, 3]),
    {
      ...indicator("i3", "os1", "IND-3", "نسبة الجمعيات", "Part des associations « à jour » & conformes", [50, 75]),
      measure: "percentage" as const,
      values: [
        { id: "p1", periodId: "i3-2025", numerator: 12, denominator: 30, state: "approved" as const },
        { id: "p2", periodId: "i3-2025", numerator: 1, denominator: 3, state: "submitted" as const },
        {
          id: "p3",
          periodId: "i3-2026",
          value: 60,
          numerator: 18,
          denominator: 30,
          disaggregation: { region: "Casablanca-Settat", age: "18-35" },
          source: { fr: "Rapport d'audit" },
          state: "approved" as const,
        },
      ],
    },
    {
      ...indicator("i4", "ax1", "IND-4", "مؤشر", "Délai de traitement", [30]),
      direction: "maintain" as const,
      band: { low: 20, high: 40 },
    },
  ],
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" });

describe("IATI 2.03 results", () => {
  it("round-trips the scenario-1 indicators with their values", () => {
    for (const ind of plan.indicators) expect(PlanIndicatorSchema.safeParse(ind).success).toBe(true);
    const xml = toIatiResults(plan);
    const back = fromIatiResults(xml);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.value.indicators).toEqual(plan.indicators);
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
    expect(xml).toContain('<actual value="40" madani:id="p1"'); // 12 / 30 in percent
    expect(xml).toContain('<dimension name="region" value="Casablanca-Settat"/>');
    expect(xml).toMatch(/<madani:actual value="33\.3+\d*" madani:id="p2" madani:seq="1" madani:state="submitted"/);
    expect(xml).toContain("« à jour » &amp; conformes");
    expect(xml).toContain('madani:evidence="PV n° 3 &lt;annexe&gt;"');
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
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) {
      expect(unknown.issues[0]?.code).toBe("iati.measure_unknown");
      expect(unknown.issues[0]?.path).toEqual(["result", 0, "indicator", 0, "@measure"]);
    }
    const nan = fromIatiResults(
      '<result type="1"><indicator measure="1"><title><narrative xml:lang="fr">x</narrative></title><baseline year="2020" value="abc"/></indicator></result>',
    );
    expect(!nan.ok && nan.issues[0]?.code).toBe("iati.number_invalid");
  });
});

const SPECIAL = ["<", "&", '"', "'", ">", "ع", "ل", "م", "é", "à", "ç", "ⵜ", " ", "a", "Z", "1", "\n", "«"];
const text = fc
  .array(fc.constantFrom(...SPECIAL), { minLength: 1, maxLength: 20 })
  .map((cs) => cs.join("").trim())
  .filter((s) => s.length > 0);
const multi = fc
  .record({ ar: text, fr: text, en: text, zgh: text }, { requiredKeys: [] })
  .filter((t) => Object.keys(t).length > 0);
const num = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }),
);
const date = fc
  .integer({ min: 0, max: 20_000 })
  .map((d) => new Date(Date.UTC(1990, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const id = fc.stringMatching(/^[a-z0-9][a-z0-9<&"'-]{0,8}[a-z0-9]$/);
const key = fc.stringMatching(/^[a-z][a-zA-Z0-9-]{0,6}$/);

const generated = fc
  .record(
    {
      id,
      elementId: fc.constantFrom("r1", "os1", "ax1", "act-9"),
      code: id,
      name: multi,
      definition: multi,
      unit: multi,
      measure: fc.constantFrom("number", "percentage", "ratio", "yes-no", "ordinal", "qualitative"),
      direction: fc.constantFrom("increase", "decrease", "maintain"),
      band: fc.record({ low: num, high: num }),
      baseline: fc.record({ value: num, date }),
      acrossPeriods: fc.constantFrom("sum", "mean", "last", "max", "min"),
      withinPeriod: fc.constantFrom("sum", "mean", "last", "max", "min"),
      periods: fc.uniqueArray(
        fc.record(
          { id, startOn: date, endOn: date, target: num, locked: fc.boolean() },
          { requiredKeys: ["id", "startOn", "endOn"] },
        ),
        { selector: (p) => p.id, maxLength: 4 },
      ),
      dataSource: multi,
      collectionMethod: multi,
      frequency: fc.constantFrom("monthly", "quarterly", "semiannual", "annual", "custom"),
      responsible: text,
      disaggregations: fc.array(key, { maxLength: 3 }),
      weight: fc.double({ noNaN: true, min: 0, max: 1e6 }),
    },
    { requiredKeys: ["id", "elementId", "code", "name", "measure", "direction", "periods"] },
  )
  .chain((ind) =>
    fc
      .array(
        fc.record(
          {
            id,
            periodId: ind.periods.length > 0 ? fc.oneof(fc.constantFrom(...ind.periods.map((p) => p.id)), id) : id,
            value: num,
            numerator: fc.integer({ min: 0, max: 1000 }),
            denominator: fc.integer({ min: 1, max: 1000 }),
            disaggregation: fc.dictionary(key, fc.oneof(text, fc.constant("")), { maxKeys: 3 }),
            source: multi,
            evidence: fc.string({ maxLength: 20 }),
            state: fc.constantFrom("draft", "submitted", "returned", "approved"),
          },
          { requiredKeys: ["id", "periodId", "state"] },
        ),
        { maxLength: 6 },
      )
      .map((values) => ({ ...ind, values })),
  )
  .filter((ind) => PlanIndicatorSchema.safeParse(ind).success);

describe("IATI round trip (property)", () => {
  it("keeps every generated indicator and writes well-formed XML", () => {
    fc.assert(
      fc.property(fc.array(generated, { minLength: 1, maxLength: 3 }), (indicators) => {
        const input = { ...plan, indicators: indicators as PlanIndicator[] };
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
