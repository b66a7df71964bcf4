import { describe, expect, it } from "vitest";
import { createFormatter } from "../format/formatter.js";
import { type HorizontalBarChart, horizontalBarChart } from "./horizontalBar.js";
import type { ChartContext } from "./svg.js";

const ctx = (language: "ar" | "fr", chart: HorizontalBarChart): ChartContext => ({
  fmt: createFormatter({ language }),
  rtl: language === "ar",
  id: "h",
  format: chart.format,
});
const render = (language: "ar" | "fr", chart: HorizontalBarChart) => horizontalBarChart(ctx(language, chart), chart);

const bars = (svg: string) =>
  [...svg.matchAll(/<rect x="([-\d.]+)" y="([-\d.]+)" width="([-\d.]+)" height="9" fill="(#[0-9A-F]{6})"\/>/g)].map(
    (m) => ({ x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), fill: m[4] }),
  );
const textAt = (svg: string, content: string) => {
  const m = new RegExp(`<text x="([-\\d.]+)" y="([-\\d.]+)"[^>]*>${content}</text>`).exec(svg);
  if (m === null) throw new Error(`no text ${content}`);
  return { x: Number(m[1]), y: Number(m[2]) };
};

const ranking: HorizontalBarChart = {
  kind: "horizontal-bar",
  title: { ar: "الكثافة", fr: "Densité" },
  format: { type: "decimal", decimals: 1 },
  categories: [
    { ar: "وجدة-أنجاد", fr: "Oujda-Angad" },
    { ar: "فجيج", fr: "Figuig" },
    { ar: "جرادة", fr: "Jerada" },
  ],
  series: [{ name: { ar: "لكل 10.000 نسمة", fr: "Pour 10 000 hab." }, values: [12.4, 6.2, null] }],
};

describe("horizontalBarChart", () => {
  it("draws one row per category, top to bottom, with bars in proportion and values written after them", () => {
    const svg = render("fr", ranking);
    const b = bars(svg);
    expect(b).toHaveLength(2);
    expect(b[0]?.y).toBeLessThan(b[1]?.y ?? 0);
    expect((b[0]?.width ?? 0) / (b[1]?.width ?? 1)).toBeCloseTo(2, 1);
    expect(textAt(svg, "Oujda-Angad").y).toBeLessThan(textAt(svg, "Figuig").y);
    expect(textAt(svg, "12,4").x).toBeGreaterThan((b[0]?.x ?? 0) + (b[0]?.width ?? 0));
    // A missing value: no bar, a dash.
    expect(svg).toContain(">—</text>");
    expect(svg).toContain("Oujda-Angad: 12,4; Figuig: 6,2; Jerada: —");
  });

  it("mirrors in Arabic: labels on the right, bars growing to the left", () => {
    const svg = render("ar", ranking);
    const b = bars(svg);
    expect(textAt(svg, "وجدة-أنجاد").x).toBe(630);
    expect((b[0]?.x ?? 0) + (b[0]?.width ?? 0)).toBeLessThan(630);
    expect(textAt(svg, createFormatter({ language: "ar" }).decimal(12.4, 1)).x).toBeLessThan(b[0]?.x ?? 0);
  });

  it("draws negative values from zero towards the start side", () => {
    const chart: HorizontalBarChart = { ...ranking, series: [{ name: "Δ", values: [5, -5, 0] }] };
    const b = bars(render("fr", chart));
    expect(b).toHaveLength(3);
    const [up, down] = b;
    expect(down?.x ?? 0).toBeLessThan(up?.x ?? 0);
    expect(Math.abs((down?.x ?? 0) + (down?.width ?? 0) - (up?.x ?? 0))).toBeLessThan(0.02);
  });

  it("draws a legend and a bar per series when there are several", () => {
    const chart: HorizontalBarChart = {
      ...ranking,
      series: [
        { name: "2014", values: [10, 5, 1] },
        { name: "2024", values: [12, 6, 2] },
      ],
    };
    const svg = render("fr", chart);
    expect(bars(svg)).toHaveLength(6);
    expect(svg).toContain('class="legend"');
    expect(svg).toContain("Oujda-Angad: 2014 10,0, 2024 12,0");
  });
});
