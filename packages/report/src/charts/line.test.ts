import { describe, expect, it } from "vitest";
import { createFormatter } from "../format/formatter.js";
import { type LineChart, lineChart } from "./line.js";

const render = (language: "ar" | "fr", chart: LineChart) =>
  lineChart({ fmt: createFormatter({ language }), rtl: language === "ar", id: "c", format: chart.format }, chart);

const meetings: LineChart = {
  kind: "line",
  title: "Participants",
  categories: ["1re", "2e", "3e", "4e", "5e"],
  series: [
    { name: "Total", values: [64, 81, null, 112, 148] },
    { name: "Femmes", values: [null, 30, null, 47, null] },
  ],
};

describe("lineChart", () => {
  it("breaks a line where a value is missing and marks lone values", () => {
    const svg = render("fr", meetings);
    const paths = [...svg.matchAll(/<path d="([^"]+)" fill="none"/g)].map((m) => m[1] ?? "");
    expect(paths[0]?.match(/M/g)).toHaveLength(2);
    // "Femmes": two lone points, so two moves and no line segment.
    expect(paths[1]?.match(/M/g)).toHaveLength(2);
    expect(paths[1]).not.toContain("L");
    expect(svg).toContain('stroke-dasharray="6 3"');
  });

  it("runs from right to left in Arabic", () => {
    const svg = render("ar", { ...meetings, series: [{ name: "Total", values: [1, 2, 3, 4, 5] }] });
    const d = /<path d="M([\d.]+) [\d.]+L([\d.]+)/.exec(svg);
    expect(Number(d?.[1])).toBeGreaterThan(Number(d?.[2]));
  });

  it("labels the points of a single series and names it in the description", () => {
    const svg = render("fr", { ...meetings, series: [{ name: "Total", values: [64, 81, 97, 112, 148] }] });
    expect(svg).toContain(">148</text>");
    expect(svg).toMatch(/<desc id="c-desc">Total — 1re: 64; /);
  });
});
