/** The claims of docs/reports.md and of this package's README, checked against the code. */
import { describe, expect, it } from "vitest";
import {
  createReport,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  validateReportDocument,
} from "../src/index.js";

const doc = createReport({
  title: { ar: "التقرير العام للقاء التكويني الخامس", fr: "Rapport général de la cinquième rencontre de formation" },
  language: "fr",
  generatedAt: "2025-01-15T10:00:00+01:00",
  period: { startOn: "2024-12-27", endOn: "2024-12-29" },
})
  .section({ fr: "Ateliers" }, (s) =>
    s.table({
      id: "ateliers",
      title: { fr: "Participants par atelier" },
      columns: [
        { key: "atelier", label: { fr: "Atelier" }, type: "text" },
        { key: "participants", label: { fr: "Participants" }, type: "integer" },
        { key: "cout", label: { fr: "Coût" }, type: "money" },
      ],
      rows: [
        {
          atelier: { fr: "Planification stratégique" },
          participants: 36,
          cout: { amount: 5_600_000, currency: "MAD" },
        },
        { atelier: '=HYPERLINK("http://x")', participants: 1, cout: null },
      ],
    }),
  )
  .build();

describe("docs/reports.md", () => {
  it("the guide's document validates and renders in every format", () => {
    expect(validateReportDocument(doc).ok).toBe(true);
    for (const r of [renderHtml(doc), renderMarkdown(doc), renderJson(doc)]) expect(r.ok).toBe(true);
  });

  it("CSV: one file per table named by its id, formulas neutralized, BOM, ; and , on request", () => {
    const r = renderCsv(doc, { bom: true, separator: ";", decimalSeparator: "," });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((f) => f.name)).toEqual(["ateliers.csv"]);
    const content = r.value[0]?.content ?? "";
    expect(content.startsWith("\uFEFF")).toBe(true);
    expect(content).toContain("56000,00");
    expect(content).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it("HTML of an Arabic document is right to left", () => {
    const ar = renderHtml({ ...doc, meta: { ...doc.meta, language: "ar" } });
    expect(ar.ok && ar.value).toMatch(/<html[^>]* dir="rtl"/);
  });
});
