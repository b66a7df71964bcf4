import { sweepFunction } from "@madani/model/testing";
import {
  type Block,
  type ReportDocument,
  renderCsv,
  renderHtml,
  renderMarkdown,
  validateReportDocument,
} from "@madani/report";
import { describe, expect, it } from "vitest";
import type { ReportingInput } from "./compliance.js";
import * as reporting from "./compliance.js";
import * as periods from "./periods.js";
import * as report from "./report.js";
import {
  type ReportingComplianceReportOptions,
  type ReportingReportInput,
  reportingComplianceReport,
} from "./report.js";

/** Two indicators of an association's plan, quarterly, fiscal year from July; data due 15 days after each quarter. */
const quarters = (() => {
  const r = periods.reportingPeriods({
    frequency: "quarterly",
    startOn: "2025-07-01",
    endOn: "2026-06-30",
    fiscalYearStartMonth: 7,
  });
  if (!r.ok) throw new Error("periods");
  return r.value.map(({ id, startOn, endOn }) => ({ id, startOn, endOn }));
})();

const plan = {
  title: { ar: "مخطط جمعية الأمل 2025-2026", fr: "Plan de l'association Al Amal 2025-2026" },
  period: { startOn: "2025-07-01", endOn: "2026-06-30" },
  indicators: [
    {
      id: "ind-lit",
      code: "1.1",
      name: { ar: "المستفيدات من دروس محو الأمية", fr: "Bénéficiaires des cours d'alphabétisation" },
      measure: "number" as const,
      direction: "increase" as const,
      periods: quarters,
      values: [
        // FY2025-Q1 (Jul–Sep 2025) due 2025-10-15: on time.
        {
          id: "a",
          periodId: "FY2025-Q1",
          value: 40,
          state: "approved" as const,
          submittedAt: "2025-10-10T09:00:00+01:00",
        },
        // FY2025-Q2 (Oct–Dec 2025) due 2026-01-15: late by 5 days.
        {
          id: "b",
          periodId: "FY2025-Q2",
          value: 52,
          state: "submitted" as const,
          submittedAt: "2026-01-20T16:00:00+01:00",
        },
      ],
    },
    {
      id: "ind-adv",
      code: "2.1",
      name: { fr: "Mémorandums de plaidoyer déposés" },
      measure: "number" as const,
      direction: "increase" as const,
      periods: quarters,
      values: [],
    },
  ],
} satisfies ReportingReportInput;

const generatedAt = "2026-02-10T10:00:00+01:00";
const base = { generatedAt, asOf: "2026-02-10", dueAfterDays: 15 } as const;

function build(language: "ar" | "fr" | "en", extra: Partial<ReportingComplianceReportOptions> = {}): ReportDocument {
  const r = reportingComplianceReport(plan, { ...base, language, ...extra });
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.code} ${i.path.join(".")}`).join("\n"));
  return r.value;
}

function blocks(doc: ReportDocument): Block[] {
  const out: Block[] = [];
  const walk = (s: { blocks: readonly Block[]; sections?: readonly { blocks: readonly Block[] }[] | undefined }) => {
    out.push(...s.blocks);
    for (const c of s.sections ?? []) walk(c);
  };
  for (const s of doc.sections) walk(s);
  return out;
}

const table = (doc: ReportDocument, id: string) =>
  blocks(doc).find((b): b is Extract<Block, { type: "table" }> => b.type === "table" && b.id === id);

describe("reportingComplianceReport", () => {
  it("is a valid document that renders to HTML, Markdown and CSV in ar, fr and en", () => {
    for (const language of ["ar", "fr", "en"] as const) {
      const doc = build(language);
      expect(validateReportDocument(doc).ok).toBe(true);
      expect(renderHtml(doc).ok).toBe(true);
      expect(renderMarkdown(doc).ok).toBe(true);
      const csv = renderCsv(doc);
      expect(csv.ok && csv.value.map((f) => f.name).sort()).toEqual([
        "reporting-by-indicator.csv",
        "reporting-overdue.csv",
        "reporting-periods.csv",
      ]);
    }
  });

  it("shows the key figures, the rates and the definitions", () => {
    const doc = build("fr");
    expect(doc.meta.title).toBe("Respect des échéances de rapportage — Plan de l'association Al Amal 2025-2026");
    const figures = blocks(doc).find((b) => b.type === "figures");
    // ind-lit: Q1 on time, Q2 late; ind-adv: Q1 and Q2 missing (Q2 due 2026-01-15); Q3 ends after asOf.
    expect(figures?.type === "figures" && figures.items.map((f) => [f.label, f.value])).toEqual([
      ["Rapports attendus", 4],
      ["Rapports remis", 2],
      ["Dans les délais", 1],
      ["En retard", 1],
      ["Manquant", 2],
      // No card for zero unknown dates or reports not yet due.
      ["Taux de rapportage", 50],
      ["Taux de rapportage dans les délais", 25],
    ]);
    expect(blocks(doc).some((b) => b.type === "paragraph" && String(b.text).includes("dues 15 jours après"))).toBe(
      true,
    );
    expect(blocks(doc).some((b) => b.type === "chart" && b.chart.kind === "stacked-bar")).toBe(true);
  });

  it("lists the indicators with a total row, and the reminders with their days overdue", () => {
    const doc = build("ar");
    const byIndicator = table(doc, "reporting-by-indicator");
    expect(byIndicator?.rows.map((r) => [r.code, r.expected, r.onTime, r.missing, r.reportingRate])).toEqual([
      ["1.1", 2, 1, 0, 100],
      ["2.1", 2, 0, 2, 0],
    ]);
    expect(byIndicator?.footer).toMatchObject({ code: "المجموع", expected: 4, reportingRate: 50, timeliness: 25 });
    const overdue = table(doc, "reporting-overdue");
    expect(overdue?.rows.map((r) => [r.code, r.period, r.dueOn, r.daysOverdue])).toEqual([
      ["2.1", "FY2025-Q1", "2025-10-15", 118],
      ["2.1", "FY2025-Q2", "2026-01-15", 26],
    ]);
    expect(overdue?.rows[0]?.name).toBe("Mémorandums de plaidoyer déposés"); // falls back on the French name
    const periods = table(doc, "reporting-periods");
    expect(periods?.rows[1]).toMatchObject({
      code: "1.1",
      name: "المستفيدات من دروس محو الأمية",
      submittedOn: "2026-01-20",
      status: { label: "متأخر", tone: "warning" },
      daysLate: 5,
    });
  });

  it("says when nothing is overdue and when no period has ended", () => {
    const early = build("en", { asOf: "2025-09-30" });
    const notes = blocks(early)
      .filter((b) => b.type === "note")
      .map((b) => (b.type === "note" ? b.text : ""));
    expect(notes).toContain("No report is overdue as of September 30, 2025.");
    expect(table(early, "reporting-periods")).toBeDefined(); // Q1 ended on 09-30: pending
    const none = build("en", { asOf: "2025-08-01" });
    expect(
      blocks(none)
        .filter((b) => b.type === "note")
        .map((b) => (b.type === "note" ? b.text : "")),
    ).toContain("No indicator period has ended as of August 1, 2025.");
    expect(blocks(none).some((b) => b.type === "chart")).toBe(false);
  });

  it("reports bad options and a bad plan as issues in the report's language", () => {
    const codes = (p: unknown, o: unknown) => {
      const r = reportingComplianceReport(p as ReportingReportInput, o as ReportingComplianceReportOptions);
      return r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join(".")}`);
    };
    expect(codes(plan, { ...base, language: "de" })).toEqual(["reporting.invalid_option@options.language"]);
    expect(codes(plan, { ...base, language: "fr", generatedAt: "2026-02-10" })).toEqual([
      "reporting.invalid_option@options.generatedAt",
    ]);
    expect(codes(plan, { ...base, language: "fr", asOf: "10/02/2026" })).toEqual([
      "reporting.invalid_date@options.asOf",
    ]);
    expect(codes(plan, { ...base, language: "fr", locale: "fr" })).toEqual(["reporting.unknown_option@options.locale"]);
    expect(codes({ ...plan, title: 3 }, { ...base, language: "fr" })).toEqual(["reporting.invalid_plan@plan.title"]);
    const r = reportingComplianceReport(plan, { ...base, language: "ar", requirements: [{ indicatorId: "x" }] });
    expect(r.ok ? "" : r.issues[0]?.message).toBe("متطلب التقارير رقم 1 يخص مؤشرا غير موجود «x».");
  });
});

describe("the reporting entry points never throw on hostile input", () => {
  // The package sweep (test/hostile.test.ts) passes hostile values alone; here they also meet valid arguments.
  const samples = {
    reportingPeriods: [[{ frequency: "quarterly", startOn: "2025-01-01", endOn: "2026-12-31" }]],
    reportingCompliance: [[plan as ReportingInput, { asOf: "2026-02-10" }]],
    reportingComplianceReport: [[plan, { ...base, language: "fr" }]],
  };
  it.each([
    [periods, "reportingPeriods"],
    [reporting, "reportingCompliance"],
    [report, "reportingComplianceReport"],
  ] as const)("%#: %s", { timeout: 60_000 }, async (module, name) => {
    expect(typeof (module as Record<string, unknown>)[name]).toBe("function"); // the sweep skips anything else
    expect(await sweepFunction(module, name, { samples })).toEqual([]);
  });
});
