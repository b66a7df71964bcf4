import { renderHtml, renderMarkdown, validateReportDocument } from "@madani/report";
import { describe, expect, it } from "vitest";
import { syntheticOrganizations } from "../../test/registryFixtures.js";
import { registryReportLabels } from "./labels.js";
import { registryStatisticsReport } from "./report.js";
import { computeStatistics } from "./statistics.js";

const orgs = syntheticOrganizations(2_000, 12);
const computed = computeStatistics(orgs, { asOf: "2025-06-30" });
if (!computed.ok) throw new Error("statistics failed");
const stats = computed.value;
const generatedAt = "2026-01-05T09:00:00+01:00";

describe("registryStatisticsReport", () => {
  for (const language of ["ar", "fr", "en"] as const) {
    it(`builds a valid ${language} document that renders to HTML and Markdown`, () => {
      const doc = registryStatisticsReport(stats, { language, generatedAt });
      const valid = validateReportDocument(doc);
      expect(valid.ok, JSON.stringify(valid.ok ? [] : valid.issues.slice(0, 3))).toBe(true);
      const html = renderHtml(doc);
      expect(html.ok).toBe(true);
      if (html.ok) {
        expect(html.value).toContain(registryReportLabels["section.regions"][language]);
        if (language === "ar") expect(html.value).toContain('dir="rtl"');
      }
      expect(renderMarkdown(doc).ok).toBe(true);
      expect(registryStatisticsReport(stats, { language, generatedAt })).toEqual(doc);
    });
  }

  it("shows the figures of the statistics: twelve régions, their densities and the totals", () => {
    const doc = registryStatisticsReport(stats, { language: "fr", generatedAt });
    const json = JSON.stringify(doc);
    const regions = doc.sections.find((s) => s.id === "regions");
    const table = regions?.blocks.find((b) => b.type === "table");
    expect(table?.type === "table" && table.rows.length).toBe(stats.byRegion.length);
    expect(table?.type === "table" && table.rows[0]?.per10k).toBe(stats.byRegion[0]?.per10k);
    expect(table?.type === "table" && table.footer?.count).toBe(stats.total - stats.unlocated.region);
    const chart = regions?.blocks.find((b) => b.type === "chart");
    expect(chart?.type === "chart" && chart.chart.kind === "bar" && chart.chart.categories[0]).toBe(
      "Tanger - Tétouan - Al Hoceima",
    );
    const figures = doc.sections[0]?.blocks[0];
    expect(figures?.type === "figures" && figures.items[0]?.value).toBe(stats.total);
    expect(json).toContain("RGPH 2014");
  });

  it("holds no personal data", () => {
    const json = JSON.stringify(registryStatisticsReport(stats, { language: "ar", generatedAt }));
    for (const org of orgs.slice(0, 200)) {
      for (const f of org.founders ?? []) if ("name" in f) expect(json).not.toContain(f.name.fr);
      for (const m of org.governingBodies?.[0]?.mandates ?? []) expect(json).not.toContain(m.personName?.fr ?? "@@");
    }
  });

  it("lists the communes with the most organizations first", () => {
    const doc = registryStatisticsReport(stats, { language: "en", generatedAt, topCommunes: 5 });
    const block = doc.sections.find((s) => s.id === "communes")?.blocks.find((b) => b.type === "table");
    const counts = block?.type === "table" ? block.rows.map((r) => r.count as number) : [];
    expect(counts).toHaveLength(5);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(Math.max(...stats.byCommune.map((c) => c.count)));
  });
});

describe("registryReportLabels", () => {
  it("has every label in ar, fr and en", () => {
    for (const [key, l] of Object.entries(registryReportLabels)) {
      for (const lang of ["ar", "fr", "en"] as const) expect(l[lang].trim(), `${key}.${lang}`).not.toBe("");
    }
  });
});

describe("labels of the statistics report", () => {
  it("never let a French number break between its digit groups", () => {
    for (const [key, texts] of Object.entries(registryReportLabels)) {
      // French groups thousands with a narrow no-break space (U+202F), as Intl does: "10 000" never wraps.
      expect(texts.fr, key).not.toMatch(/\d[ \u00A0]\d{3}/);
    }
    expect(registryReportLabels["col.per10k"].fr).toBe("Pour 10\u202F000 hab.");
  });
});
