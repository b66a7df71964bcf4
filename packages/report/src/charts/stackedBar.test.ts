import { describe, expect, it } from "vitest";
import { createFormatter } from "../format/formatter.js";
import { type StackedBarChart, stackedBarChart } from "./stackedBar.js";

const render = (language: "ar" | "fr", chart: StackedBarChart) =>
  stackedBarChart({ fmt: createFormatter({ language }), rtl: language === "ar", id: "c", format: chart.format }, chart);

const days: StackedBarChart = {
  kind: "stacked-bar",
  title: "Présence",
  format: { type: "integer" },
  categories: ["27 déc.", "28 déc."],
  series: [
    { name: "Associations", values: [24, 51] },
    { name: "Coopératives", values: [12, null] },
  ],
};

describe("stackedBarChart", () => {
  it("stacks segments and writes each category's total above its bar", () => {
    const svg = render("fr", days);
    expect(svg).toContain('font-weight="bold">36</text>');
    expect(svg).toContain('font-weight="bold">51</text>');
    const segments = [...svg.matchAll(/<rect [^>]*stroke="#FFFFFF"/g)];
    expect(segments).toHaveLength(3);
  });

  it("stacks negative values down from zero and keeps the total exact", () => {
    const svg = render("fr", {
      kind: "stacked-bar",
      title: "Solde",
      categories: ["2024"],
      series: [
        { name: "a", values: [-30] },
        { name: "b", values: [10] },
      ],
    });
    expect(svg).toContain('font-weight="bold">-20</text>');
    expect(svg).not.toMatch(/NaN/);
  });

  it("mirrors in Arabic: the first category on the right", () => {
    const svg = render("ar", days);
    const x = (label: string) => Number(new RegExp(`<text x="([\\d.]+)"[^>]*>${label}</text>`).exec(svg)?.[1]);
    expect(x("27 déc.")).toBeGreaterThan(x("28 déc."));
  });

  it("has a legend even for one series", () => {
    expect(render("fr", { ...days, series: [{ name: "Seule", values: [1, 2] }] })).toContain(">Seule</text>");
  });
});
