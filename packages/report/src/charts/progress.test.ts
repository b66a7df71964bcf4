import { describe, expect, it } from "vitest";
import { createFormatter } from "../format/formatter.js";
import { type ProgressChart, progressChart, targetRatio } from "./progress.js";

const render = (language: "ar" | "fr", chart: ProgressChart) =>
  progressChart({ fmt: createFormatter({ language }), rtl: language === "ar", id: "c", format: chart.format }, chart);

const goals: ProgressChart = {
  kind: "progress",
  title: "Objectifs",
  items: [
    { label: "Conventions signées", value: 5, target: 6, tone: "info" },
    { label: "Participants", value: 148, target: 120 },
    { label: "Documentaires", value: 0, target: 2, tone: "warning" },
  ],
};

describe("targetRatio", () => {
  it("is value / target, and for a zero target 1 when the value is not negative", () => {
    expect(targetRatio(45, 60)).toBe(0.75);
    expect(targetRatio(3, 0)).toBe(1);
    expect(targetRatio(-1, 0)).toBe(0);
    expect(targetRatio(Number.MAX_VALUE, Number.MIN_VALUE)).not.toBeNaN();
  });
});

describe("progressChart", () => {
  it("writes the share of target and value / target for each item, on a scale extended past 100 % when needed", () => {
    const svg = render("fr", goals);
    expect(svg).toMatch(/font-weight="bold">83\s%<\/text>/);
    expect(svg).toContain(">148 / 120</text>");
    expect(svg).toMatch(/>125\s%<\/text>/);
    expect(svg).toContain('stroke-dasharray="4 3"');
  });

  it("colours bars by tone and draws no fill for zero", () => {
    const svg = render("fr", goals);
    expect(svg).toContain('fill="#0072B2"');
    expect(svg).not.toMatch(/<rect [^>]*height="14" rx="3" fill="#E69F00"/);
  });

  it("puts labels on the right and bars growing leftwards in Arabic", () => {
    const svg = render("ar", goals);
    const label = /<text x="([\d.]+)"[^>]*>Conventions signées<\/text>/.exec(svg);
    expect(Number(label?.[1])).toBeGreaterThan(600);
    expect(svg).not.toMatch(/NaN/);
  });
});
