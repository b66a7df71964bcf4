import { describe, expect, it } from "vitest";
import { createFormatter } from "../format/formatter.js";
import { type BarChart, barChart } from "./bar.js";
import type { ChartContext } from "./svg.js";

const ctx = (language: "ar" | "fr", chart: BarChart): ChartContext => ({
  fmt: createFormatter({ language }),
  rtl: language === "ar",
  id: "c",
  format: chart.format,
});
const render = (language: "ar" | "fr", chart: BarChart) => barChart(ctx(language, chart), chart);

/** The x of the text element whose content is `content`. */
function textX(svg: string, content: string): number {
  const m = new RegExp(`<text x="([-\\d.]+)"[^>]*>${content}</text>`).exec(svg);
  if (m === null) throw new Error(`no text ${content}`);
  return Number(m[1]);
}
const rects = (svg: string) =>
  [
    ...svg.matchAll(/<rect x="([-\d.]+)" y="([-\d.]+)" width="([-\d.]+)" height="([-\d.]+)" fill="(#[0-9A-F]{6})"\/>/g),
  ].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    height: Number(m[4]),
    fill: m[5],
  }));

const participants: BarChart = {
  kind: "bar",
  title: { ar: "المشاركون", fr: "Participants" },
  format: { type: "integer" },
  categories: [
    { ar: "سيدي بنور", fr: "Sidi Bennour" },
    { ar: "الجديدة", fr: "El Jadida" },
  ],
  series: [
    { name: { ar: "النساء", fr: "Femmes" }, values: [62, null] },
    { name: { ar: "الرجال", fr: "Hommes" }, values: [50, 36] },
  ],
};

describe("barChart", () => {
  it("draws one bar per value, none for null, and a legend for several series", () => {
    const svg = render("fr", participants);
    expect(rects(svg).filter((r) => r.fill === "#0072B2" || r.fill === "#E69F00").length).toBeGreaterThanOrEqual(3);
    expect(svg).toContain(">62</text>");
    expect(svg).not.toContain(">—</text>");
    expect(svg).toContain('class="legend"');
    expect(svg).toContain(">Femmes</text>");
  });

  it("runs categories left to right in French and right to left in Arabic, value axis on the right", () => {
    const fr = render("fr", participants);
    expect(textX(fr, "Sidi Bennour")).toBeLessThan(textX(fr, "El Jadida"));
    const ar = render("ar", participants);
    expect(textX(ar, "سيدي بنور")).toBeGreaterThan(textX(ar, "الجديدة"));
    // The 0 tick is on the right of the plot in Arabic, on the left in French.
    expect(textX(ar, "0")).toBeGreaterThan(textX(ar, "سيدي بنور"));
    expect(textX(fr, "0")).toBeLessThan(textX(fr, "Sidi Bennour"));
  });

  it("grows negative bars down from the zero line", () => {
    const chart: BarChart = {
      kind: "bar",
      title: "Solde",
      categories: ["2023", "2024"],
      series: [{ name: "Solde", values: [-40, 25] }],
    };
    const svg = render("fr", chart);
    const zero = Number(/<line x1="[\d.]+" y1="([\d.]+)"[^>]*stroke="#4B535C"/.exec(svg)?.[1]);
    const [negative, positive] = rects(svg);
    expect(negative?.y).toBeCloseTo(zero, 1);
    expect(positive && positive.y + positive.height).toBeCloseTo(zero, 1);
    expect(svg).toContain(">-40</text>");
  });

  it("handles all-zero data and a single category", () => {
    const svg = render("ar", { kind: "bar", title: "x", categories: ["أ"], series: [{ name: "s", values: [0] }] });
    expect(svg).not.toMatch(/NaN/);
    expect(svg).toContain(">1</text>"); // the scale is 0 … 1
    const bars = rects(svg);
    expect(bars).toHaveLength(1);
    expect(bars[0]?.height).toBe(0);
  });

  it("labels values in compact form, or not at all, when they do not fit above the bars", () => {
    const many: BarChart = {
      kind: "bar",
      title: "Budget",
      format: { type: "money", currency: "MAD" },
      categories: ["A", "B", "C", "D", "E", "F"],
      series: [1, 2, 3].map((s) => ({ name: `S${s}`, values: [1, 2, 3, 4, 5, 6].map((v) => v * 123_456_789) })),
    };
    const values = /<g class="values">(.*?)<\/g>/.exec(render("fr", many))?.[1];
    expect(values).toBe("");
    const one = /<g class="values">(.*?)<\/g>/.exec(render("fr", { ...many, series: many.series.slice(0, 1) }))?.[1];
    expect(one).toMatch(/>1,2\sM\sMAD<\/text>/);
    expect(one).not.toContain("1.234.567,89");
  });

  it("turns long category labels (Arabic region names) instead of breaking or cutting them, inside the chart", () => {
    const regions = [
      "طنجة - تطوان - الحسيمة",
      "الشرق",
      "فاس - مكناس",
      "الرباط - سلا - القنيطرة",
      "بني ملال - خنيفرة",
      "الدار البيضاء - سطات",
      "مراكش - آسفي",
      "درعة - تافيلالت",
      "سوس - ماسة",
      "كلميم - واد نون",
      "العيون - الساقية الحمراء",
      "الداخلة - وادي الذهب",
    ];
    for (const language of ["ar", "fr"] as const) {
      const svg = render(language, {
        kind: "bar",
        title: "x",
        categories: regions,
        series: [{ name: "n", values: regions.map((_, i) => i + 1) }],
      });
      const labels = /<g class="categories"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? "";
      // Every label whole (no ellipsis), each word whole, turned by 45° about its category's middle.
      expect(labels).not.toContain("…");
      for (const region of regions) for (const word of region.split(" ")) expect(labels).toContain(word);
      const turned = [...labels.matchAll(/<text x="([\d.]+)"[^>]*transform="rotate\((-?45) ([\d.]+) [\d.]+\)"/g)];
      expect(turned).toHaveLength(regions.length);
      for (const t of turned) expect(t[2]).toBe(language === "ar" ? "45" : "-45");
      // The chart is tall enough for the longest label, turned: about 131 units × sin 45°.
      const height = Number(/viewBox="0 0 640 ([\d.]+)"/.exec(svg)?.[1]);
      expect(height).toBeGreaterThan(228 + 90);
    }
  });

  it("keeps short category labels level", () => {
    const svg = render("ar", participants);
    expect(svg).not.toContain("rotate(");
  });
});
