/**
 * The import on files IATI publishes (packages/plan/test/iati/SOURCE.md): the IATI Secretariat's example of a 2.03
 * activity, the schema repository's test of `result` (Global Fund grant data in the 2.01 form, with legacy measure
 * names and values that are not numbers), one of its should-fail tests, and the real publishers' files of its
 * test-data (World Bank, DFID, UNDP, Global Fund; IATI 1.0, which hold no result).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../../test/iati/xmllint.js";
import { fromIatiResults } from "./import.js";

const fixture = (name: string): string => readFileSync(join(FIXTURES, name), "utf8");

/** What was read: results, indicators, periods and values, and the warnings by code. */
function summary(r: ReturnType<typeof fromIatiResults>) {
  if (!r.ok) return { refused: r.issues.map((i) => i.code) };
  const inds = r.value.indicators;
  const warnings: Record<string, number> = {};
  for (const w of r.warnings) warnings[w.code] = (warnings[w.code] ?? 0) + 1;
  return {
    results: new Set(inds.map((i) => i.elementId)).size,
    indicators: inds.length,
    periods: inds.reduce((n, i) => n + i.periods.length, 0),
    values: inds.reduce((n, i) => n + i.values.length, 0),
    warnings,
  };
}

describe("fromIatiResults on published files", () => {
  it("reads the IATI Secretariat's example activity (2.03): its result in the activity's default language", () => {
    const xml = fixture("activity-standard-example-annotated.xml");
    // The narratives of the result have no xml:lang: the activity's xml:lang="en" says their language.
    expect(xml).toContain('<iati-activity xml:lang="en"');
    expect(xml).toContain("<narrative>Indicator title</narrative>");
    const r = fromIatiResults(xml);
    expect(summary(r)).toEqual({ results: 1, indicators: 1, periods: 1, values: 1, warnings: {} });
    expect(r.ok && r.value.indicators).toEqual([
      {
        id: "iati-result-1-i1",
        elementId: "iati-result-1",
        code: "B1", // reference vocabulary 99, preferred to the vocabularies 1 and 7
        name: { en: "Indicator title" },
        definition: { en: "Indicator description text" },
        measure: "number",
        direction: "increase",
        baseline: { value: 10, date: "2012-01-01" },
        periods: [{ id: "iati-result-1-i1-p1", startOn: "2013-01-01", endOn: "2013-03-31", target: 10 }],
        values: [
          {
            id: "iati-result-1-i1-p1-a1",
            periodId: "iati-result-1-i1-p1",
            value: 11,
            disaggregation: { sex: "female", age: "adult" },
            source: { en: "Actual comment text" },
            state: "approved",
          },
        ],
      },
    ]);
    // The file's default language comes before the option's.
    expect(fromIatiResults(xml, { defaultLanguage: "fr" })).toEqual(r);
  });

  it("reads the schema's test of result: legacy measure names, and values that are not numbers as warnings", () => {
    const xml = fixture("should-pass-24-results.xml");
    expect(xml).toContain('<indicator measure="Unit"');
    expect(xml).toContain('<indicator measure="NDP"');
    expect(xml).toContain('<actual value="N=41;P=56">');
    // The file declares no language: without defaultLanguage no title can be read, each indicator is reported.
    const blind = fromIatiResults(xml, { locale: "en" });
    expect(summary(blind)).toEqual({
      results: 0,
      indicators: 0,
      periods: 0,
      values: 0,
      warnings: { "iati.title_missing": 14 },
    });
    expect(blind.ok && blind.warnings[3]?.path).toEqual(["result", 2, "indicator", 1, "title"]);
    // With the language given, every indicator is read; what is not a number is left out and reported.
    const r = fromIatiResults(xml, { defaultLanguage: "en", locale: "en" });
    expect(summary(r)).toEqual({
      results: 13,
      indicators: 14,
      periods: 10,
      values: 1,
      warnings: { "iati.number_invalid": 18 },
    });
    if (!r.ok) return;
    // "Unit" is a number, "NDP" (numeric decimal percentage) a percentage.
    expect(r.value.indicators.map((i) => i.measure)).toEqual([
      "number",
      "number",
      "percentage",
      "percentage",
      ...Array(10).fill("number"),
    ]);
    expect(r.warnings.slice(0, 3).map((w) => [w.path, w.value, w.severity])).toEqual([
      [["result", 2, "indicator", 0, "baseline", 0, "@value"], "N=35;P=55", "warning"],
      [["result", 2, "indicator", 0, "period", 0, "target", 0, "@value"], "N=42;P=57", "warning"],
      [["result", 2, "indicator", 0, "period", 0, "actual", 0, "@value"], "N=41;P=56", "warning"],
    ]);
    expect(r.warnings[0]?.message).toBe("The value N=35;P=55 is not a decimal number.");
    // The periods stay, without the target and the value that could not be read.
    expect(r.value.indicators[2]?.periods).toEqual([
      { id: "iati-result-3-i1-p1", startOn: "2009-01-01", endOn: "2009-12-31" },
      { id: "iati-result-3-i1-p2", startOn: "2010-01-01", endOn: "2010-12-31" },
    ]);
    expect(r.value.indicators[13]?.values).toEqual([
      {
        id: "iati-result-13-i1-p1-a1",
        periodId: "iati-result-13-i1-p1",
        value: 111,
        disaggregation: { xxx: "yyy" },
        source: { en: "Actual Comment Period 2009" },
        state: "approved",
      },
    ]);
  });

  it("reads a should-fail test of the schema: the period with a date that is not a date is left out", () => {
    const r = fromIatiResults(fixture("should-fail-result-18-non-iso-date-period-period-start.xml"), {
      defaultLanguage: "en",
      locale: "fr",
    });
    expect(summary(r)).toEqual({
      results: 1,
      indicators: 1,
      periods: 0,
      values: 0,
      warnings: { "iati.date_invalid": 1 },
    });
    expect(r.ok && r.warnings.map((w) => [w.path, w.message])).toEqual([
      [
        ["result", 0, "indicator", 0, "period", 0, "period-start", "@iso-date"],
        "La date 2009-01- n'est pas une date AAAA-MM-JJ.",
      ],
    ]);
  });

  it.each([
    ["test-data-worldbank.xml", "World Bank"],
    ["test-data-IATI-xml-WB-sample.xml", "World Bank"],
    ["test-data-dfid_out.xml", "DFID"],
    ["test-data-IATI-xml-dfid-sample.xml", "DFID"],
    ["test-data-undp_sample.xml", "UNDP"],
    ["test-data-IATIfromGF.xml", "Global Fund"],
  ])("reads %s (%s, IATI 1.0): a whole file, with no result to import", (name, publisher) => {
    const xml = fixture(name);
    expect(xml).toContain(`<reporting-org>${publisher}</reporting-org>`);
    expect(xml).not.toContain("<result");
    // Well-formed (no iati.xml_invalid): the only answer is that there is no result.
    expect(summary(fromIatiResults(xml))).toEqual({ refused: ["iati.no_result"] });
  });
});

describe("fromIatiResults: languages, legacy measures, partial imports", () => {
  const doc = (root: string, activity: string, body: string) =>
    `<?xml version="1.0"?><iati-activities version="2.01"${root}><iati-activity${activity}>${body}</iati-activity></iati-activities>`;
  const indicator = (measure: string, title: string, extra = "") =>
    `<result type="1"><title><narrative>R</narrative></title><indicator measure="${measure}">${title}${extra}</indicator></result>`;

  it("takes the default language from iati-activity, else iati-activities, else the option; fr-MA is fr", () => {
    const body = indicator("1", "<title><narrative>Associations formées</narrative></title>");
    const names = (xml: string, defaultLanguage?: "ar" | "fr" | "en" | "zgh") => {
      const r = fromIatiResults(xml, defaultLanguage === undefined ? {} : { defaultLanguage });
      return r.ok ? r.value.indicators.map((i) => i.name) : r.issues;
    };
    expect(names(doc(' xml:lang="ar"', ' xml:lang="fr-MA"', body))).toEqual([{ fr: "Associations formées" }]);
    expect(names(doc(' xml:lang="FR"', "", body))).toEqual([{ fr: "Associations formées" }]);
    expect(names(doc("", "", body), "ar")).toEqual([{ ar: "Associations formées" }]);
    expect(names(doc("", ' xml:lang="es"', body), "fr")).toEqual([]);
    // A narrative's own xml:lang comes first.
    const own = indicator(
      "1",
      '<title><narrative xml:lang="en">Trained</narrative><narrative>Formées</narrative></title>',
    );
    expect(names(doc("", ' xml:lang="fr"', own))).toEqual([{ en: "Trained", fr: "Formées" }]);
  });

  it("reads the measure names of IATI 1.x and 2.01 files, in any case", () => {
    const title = '<title><narrative xml:lang="fr">x</narrative></title>';
    const measures = ["Unit", "unit", "PERCENTAGE", "NDP", "Nominal", "ordinal", "Qualitative", "1", "5"].map((m) => {
      const r = fromIatiResults(indicator(m, title));
      return r.ok ? r.value.indicators[0]?.measure : undefined;
    });
    expect(measures).toEqual([
      "number",
      "number",
      "percentage",
      "percentage",
      "yes-no",
      "ordinal",
      "qualitative",
      "number",
      "qualitative",
    ]);
  });

  it("keeps the good indicators of a file and reports the others, never refusing the file", () => {
    const title = '<title><narrative xml:lang="fr">x</narrative></title>';
    const period = (start: string, value: string) =>
      `<period><period-start iso-date="${start}"/><period-end iso-date="2025-12-31"/><target value="10"/><actual value="${value}"/></period>`;
    const xml = doc(
      "",
      "",
      [
        indicator("1", title, period("2025-01-01", "4") + period("2025-01-01", "beaucoup") + period("début", "3")),
        indicator("7", title),
        indicator("2", ""),
        indicator("1", title, '<period><period-end iso-date="2025-12-31"/></period>'),
        indicator(
          "1",
          title,
          '<period><period-start iso-date="2025-01-01"/><period-end iso-date="2025-12-31"/><actual value="3"><dimension name="Tranche d\'âge" value="18-35"/></actual><actual value="5"/></period>',
        ),
      ].join(""),
    );
    const r = fromIatiResults(xml, { locale: "en" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => [w.code, w.path.join("/")])).toEqual([
      ["iati.number_invalid", "result/0/indicator/0/period/1/actual/0/@value"],
      ["iati.date_invalid", "result/0/indicator/0/period/2/period-start/@iso-date"],
      ["iati.measure_unknown", "result/1/indicator/0/@measure"],
      ["iati.title_missing", "result/2/indicator/0/title"],
      ["iati.date_invalid", "result/3/indicator/0/period/0/period-start/@iso-date"],
      ["iati.value_invalid", "result/4/indicator/0/period/0/actual/0"],
    ]);
    expect(r.warnings.every((w) => w.severity === "warning")).toBe(true);
    expect(r.value.indicators.map((i) => [i.elementId, i.periods.length, i.values.map((v) => v.value)])).toEqual([
      ["iati-result-1", 2, [4]],
      ["iati-result-4", 0, []],
      ["iati-result-5", 1, [5]],
    ]);
    expect(r.warnings[5]?.message).toMatch(
      /^The imported value is not valid and is left out: values\.0\.disaggregation/,
    );
  });
});
