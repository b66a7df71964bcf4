import type { Organization } from "@madani/model";
import { communes } from "@madani/model/geo";
import { organizationArbitrary } from "@madani/model/testing";
import {
  type AnySection,
  type Block,
  type Chart,
  type ReportDocument,
  renderCsv,
  renderHtml,
  renderMarkdown,
  validateReportDocument,
} from "@madani/report";
import fc from "fast-check";
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

type Table = Extract<Block, { type: "table" }>;

/** The blocks of a section and its sub-sections, with whether they are in the annex. */
function blocksOf(sections: readonly AnySection[], annex = false): { block: Block; annex: boolean }[] {
  return sections.flatMap((s) => [
    ...s.blocks.map((block) => ({ block, annex: annex || s.id === "annex" })),
    ...blocksOf(s.sections ?? [], annex || s.id === "annex"),
  ]);
}
const tables = (doc: ReportDocument): Table[] =>
  blocksOf(doc.sections).flatMap(({ block }) => (block.type === "table" ? [block] : []));

/** The values a chart draws: every series value, slice, item or area value. */
function chartValues(chart: Chart): (number | null)[] {
  switch (chart.kind) {
    case "bar":
    case "horizontal-bar":
    case "stacked-bar":
    case "line":
      return chart.series.flatMap((s) => s.values);
    case "donut":
      return chart.slices.map((s) => s.value);
    case "progress":
      return chart.items.map((i) => i.value);
    case "gantt":
      return chart.rows.map(() => 1);
    case "choropleth":
      return chart.areas.map((a) => a.value);
  }
}

/** Tables kept short in the body of the report: longer ones belong in the annex. */
const BODY_ROWS = 25;

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

  it("ranks the régions by density, ties sharing a rank, with the totals and every digit of the densities", () => {
    const doc = registryStatisticsReport(stats, { language: "fr", generatedAt });
    const json = JSON.stringify(doc);
    const regions = doc.sections.find((s) => s.id === "regions");
    const table = regions?.blocks.find((b) => b.type === "table");
    if (table?.type !== "table") throw new Error("no régions table");
    expect(table.rows).toHaveLength(stats.byRegion.length);
    expect(table.columns[0]).toMatchObject({ key: "rank", type: "integer" });
    const per10k = table.columns.find((c) => c.key === "per10k");
    expect(per10k).toMatchObject({ type: "decimal", decimals: 1 });
    // Sorted by density; the cells keep full precision (files carry it, the page rounds it).
    const densities = table.rows.map((r) => r.per10k as number);
    expect(densities).toEqual([...densities].sort((a, b) => b - a));
    const best = [...stats.byRegion].sort((a, b) => (b.per10k ?? 0) - (a.per10k ?? 0))[0];
    expect(table.rows[0]).toMatchObject({ rank: 1, code: best?.code, per10k: best?.per10k });
    for (const [i, row] of table.rows.entries()) {
      const previous = table.rows[i - 1];
      const same =
        previous !== undefined &&
        Math.round((previous.per10k as number) * 10) === Math.round((row.per10k as number) * 10);
      expect(row.rank).toBe(same ? previous?.rank : i + 1);
    }
    expect(table.footer?.count).toBe(stats.total - stats.unlocated.region);
    const map = regions?.blocks.find((b) => b.type === "chart");
    if (map?.type !== "chart" || map.chart.kind !== "choropleth") throw new Error("no régions map");
    expect(map.chart.areas).toHaveLength(12);
    expect(map.chart.areas[0]).toMatchObject({
      code: "01",
      label: "Tanger-Tétouan-Al Hoceima",
      value: stats.byRegion[0]?.per10k,
    });
    expect(map.chart.attribution).toContain("OpenStreetMap");
    const figures = doc.sections[0]?.blocks[0];
    expect(figures?.type === "figures" && figures.items[0]?.value).toBe(stats.total);
    expect(json).toContain("RGPH 2014");
    expect(json).toContain("ODbL 1.0");
  });

  it("maps and ranks the 75 provinces, with the régions' borders and a Casablanca–Rabat inset", () => {
    const doc = registryStatisticsReport(stats, { language: "ar", generatedAt });
    const section = doc.sections.find((s) => s.id === "provinces");
    const charts = section?.blocks.flatMap((b) => (b.type === "chart" ? [b.chart] : [])) ?? [];
    const map = charts.find((c) => c.kind === "choropleth");
    const bars = charts.find((c) => c.kind === "horizontal-bar");
    if (map?.kind !== "choropleth" || bars?.kind !== "horizontal-bar") throw new Error("no map or bars");
    expect(map.areas).toHaveLength(75);
    expect(map.areas.find((a) => a.code === "06.141")?.label).toBe("الدار البيضاء");
    expect(map.outlines).toHaveLength(12);
    expect(map.inset?.label).toBe("الدار البيضاء - الرباط");
    expect(bars.categories).toHaveLength(75);
    const values = bars.series[0]?.values ?? [];
    expect(values).toEqual([...values].sort((a, b) => (b ?? 0) - (a ?? 0)));
    expect(String(bars.categories[0])).toMatch(/^1\. /);
  });

  it("marks the year of asOf as partial, unless asOf is the last day of the year", () => {
    const annexYears = (doc: ReturnType<typeof registryStatisticsReport>) => {
      const annex = doc.sections.find((s) => s.id === "annex");
      const table = annex?.sections?.find((s) => s.id === "annex-creations")?.blocks[0];
      return table?.type === "table" ? table.rows.map((r) => r.year) : [];
    };
    const june = registryStatisticsReport(stats, { language: "fr", generatedAt });
    expect(annexYears(june).at(-1)).toBe("2025 (partielle)");
    expect(JSON.stringify(june)).toContain("L'année 2025 est partielle");
    const full = computeStatistics(orgs, { asOf: "2025-12-31" });
    if (!full.ok) throw new Error("statistics failed");
    const december = registryStatisticsReport(full.value, { language: "fr", generatedAt });
    expect(annexYears(december).at(-1)).toBe("2025");
    expect(JSON.stringify(december)).not.toContain("partielle");
  });

  it("leaves out the rates of nobody and the columns that repeat another", () => {
    // No dissolution, no suspension: "active" repeats "count"; no association declared: receipts concern nobody.
    const plain: Organization[] = [
      {
        id: "a",
        legalForm: "cooperative",
        name: { fr: "A" },
        seat: { communeCode: "01.511.01.01" },
        foundedOn: "2020-01-01",
      },
      {
        id: "b",
        legalForm: "cooperative",
        name: { fr: "B" },
        seat: { communeCode: "07.351.01.01" },
        foundedOn: "2021-01-01",
      },
    ];
    const s = computeStatistics(plain, { asOf: "2025-06-30" });
    if (!s.ok) throw new Error("statistics failed");
    const doc = registryStatisticsReport(s.value, { language: "en", generatedAt });
    const table = (id: string) => {
      for (const b of tables(doc)) if (b.id === id) return b;
      throw new Error(`no table ${id}`);
    };
    expect(table("regions").columns.map((c) => c.key)).toEqual([
      "rank",
      "code",
      "region",
      "count",
      "population",
      "per10k",
    ]);
    // One legal form: a cross-table région × legal form would repeat the régions' table.
    expect(tables(doc).some((t) => t.id === "region-legal-forms")).toBe(false);
    expect(tables(doc).some((t) => t.id === "compliance")).toBe(false);
    expect(JSON.stringify(doc)).toContain("Indicators that concern no organization, not shown");
    // Nothing was dissolved: the annex's yearly table has no column of zeros.
    expect(table("creations").columns.map((c) => c.key)).toEqual(["year", "created", "existing"]);
  });

  it("lists every commune of the HCP list in the annex, those without organizations included", () => {
    const doc = registryStatisticsReport(stats, { language: "fr", generatedAt });
    const all = tables(doc).find((t) => t.id === "communes-all");
    expect(all?.rows).toHaveLength(communes().length);
    expect(all?.rows.filter((r) => r.count === 0)).toHaveLength(stats.communesWithoutOrganization);
    const csv = renderCsv(doc);
    expect(
      csv.ok &&
        csv.value
          .find((f) => f.name === "communes-all.csv")
          ?.content.trim()
          .split("\n"),
    ).toHaveLength(communes().length + 1);
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

describe("the statistics report of any registry (property)", () => {
  it("validates in ar, fr and en, holds no empty chart, no rate of nobody, no repeated column, and no long table outside the annex", () => {
    const asOf = fc
      .date({ min: new Date("2012-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(organizationArbitrary(), { maxLength: 30 }),
        asOf,
        fc.constantFrom("ar" as const, "fr" as const, "en" as const),
        (organizations, date, language) => {
          const s = computeStatistics(organizations, { asOf: date });
          if (!s.ok) throw new Error(JSON.stringify(s.issues));
          const doc = registryStatisticsReport(s.value, { language, generatedAt });
          const valid = validateReportDocument(doc);
          expect(valid.ok, JSON.stringify(valid.ok ? [] : valid.issues.slice(0, 3))).toBe(true);
          for (const { block, annex } of blocksOf(doc.sections)) {
            if (block.type === "chart") {
              const drawn = chartValues(block.chart).filter((v) => v !== null && v !== 0);
              expect(drawn.length, `empty ${block.chart.kind} chart`).toBeGreaterThan(0);
              if ("series" in block.chart)
                for (const series of block.chart.series)
                  expect(
                    series.values.some((v) => v !== null && v !== 0),
                    "empty series",
                  ).toBe(true);
            }
            if (block.type !== "table") continue;
            expect(block.rows.length, `${block.id} without rows`).toBeGreaterThan(0);
            if (!annex) expect(block.rows.length, `${block.id} outside the annex`).toBeLessThanOrEqual(BODY_ROWS);
            if (block.id === "compliance") for (const row of block.rows) expect(row.of).not.toBe(0);
            if (["compliance", "legal-forms", "fields", "statuses"].includes(block.id)) continue;
            const signatures = block.columns
              .filter((c) => c.type !== "text")
              .map((c) =>
                JSON.stringify([
                  c.type,
                  c.decimals,
                  block.rows.map((r) => r[c.key] ?? null),
                  block.footer?.[c.key] ?? null,
                ]),
              );
            expect(new Set(signatures).size, `${block.id}: a column repeats another`).toBe(signatures.length);
          }
        },
      ),
      { numRuns: 40 },
    );
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
