import { describe, expect, it } from "vitest";
import { createFormatter } from "../format/formatter.js";
import { type DonutChart, donutChart } from "./donut.js";

const render = (language: "ar" | "fr", chart: DonutChart) =>
  donutChart({ fmt: createFormatter({ language }), rtl: language === "ar", id: "c", format: chart.format }, chart);

const types: DonutChart = {
  kind: "donut",
  title: "Participants",
  slices: [
    { label: "Associations", value: 71 },
    { label: "Coopératives", value: 42 },
    { label: "Entreprises", value: 0 },
    { label: "Institutions", value: 35 },
  ],
};

describe("donutChart", () => {
  it("draws a slice per non-zero value, the total in the middle, values and shares in the legend", () => {
    const svg = render("fr", types);
    expect(svg.match(/<path d="M/g)).toHaveLength(3);
    expect(svg).toContain('font-weight="bold">148</text>');
    expect(svg).toMatch(/>71 · 48\s%<\/text>/);
    expect(svg).toMatch(/>0 · 0\s%<\/text>/);
  });

  it("draws a full ring for a single slice and a grey ring when everything is zero", () => {
    const one = render("fr", { kind: "donut", title: "x", slices: [{ label: "a", value: 5 }] });
    expect(one).toMatch(/<circle [^>]*stroke="#0072B2"/);
    const none = render("ar", {
      kind: "donut",
      title: "x",
      slices: [
        { label: "a", value: 0 },
        { label: "b", value: 0 },
      ],
    });
    expect(none).toMatch(/<circle [^>]*stroke="#D0D7DE"/);
    expect(none).toContain('font-weight="bold">0</text>');
    expect(none).not.toMatch(/NaN/);
  });

  it("is mirrored in Arabic: donut on the right, slices counter-clockwise", () => {
    const fr = render("fr", types);
    const ar = render("ar", types);
    expect(fr).toMatch(/A84 84 0 0 1 /);
    expect(ar).toMatch(/A84 84 0 0 0 /);
    const cx = (svg: string) =>
      Number(/<text x="([\d.]+)" y="[\d.]+" text-anchor="middle" font-size="15"/.exec(svg)?.[1]);
    expect(cx(ar)).toBeGreaterThan(320);
    expect(cx(fr)).toBeLessThan(320);
  });
});
