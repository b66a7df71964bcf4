import { describe, expect, it } from "vitest";
import { createFormatter } from "../format/formatter.js";
import { dayNumber, type GanttChart, ganttChart, progressLabelPlace } from "./gantt.js";
import { estimateWidth } from "./svg.js";

const render = (language: "ar" | "fr", chart: GanttChart) =>
  ganttChart({ fmt: createFormatter({ language }), rtl: language === "ar", id: "c", format: undefined }, chart);

const programme: GanttChart = {
  kind: "gantt",
  title: "Programme",
  rows: [
    { label: "Ouverture", group: "Sidi Bennour", startOn: "2024-12-27", endOn: "2024-12-27", progress: 1 },
    { label: "Atelier", group: "Sidi Bennour", startOn: "2024-12-27", endOn: "2024-12-28", progress: 0.5 },
    { label: "Clôture", group: "El Jadida", startOn: "2024-12-29", endOn: "2024-12-29" },
  ],
};
const bars = (svg: string) =>
  [
    ...svg.matchAll(
      /<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="14" rx="2" fill="[^"]+"(?: fill-opacity="0.35")?><title>/g,
    ),
  ].map((m) => ({ x: Number(m[1]), width: Number(m[2]) }));

describe("ganttChart", () => {
  it("has a day axis for a short span, with the locale's month names", () => {
    expect(render("fr", programme)).toContain(">27 déc.</text>");
    expect(render("ar", programme)).toContain(">27 دجنبر</text>");
  });

  it("has a month axis for a long span, with the year on the first month and on January", () => {
    const year: GanttChart = {
      kind: "gantt",
      title: "2025",
      rows: [{ label: "Suivi", startOn: "2024-11-15", endOn: "2025-06-30" }],
    };
    const svg = render("ar", year);
    expect(svg).toContain(">نونبر</tspan>");
    expect(svg).toContain(">يناير</tspan>");
    expect(svg).toContain(">2025</tspan>");
    // French month names are too long for this width: abbreviated, every other month.
    expect(render("fr", year)).toMatch(/>nov\.<\/tspan>.*>2025<\/tspan>.*>mar\.<\/text>/);
  });

  it("includes end dates, lists groups once, and runs right to left in Arabic", () => {
    const fr = bars(render("fr", programme));
    expect(fr[1]?.width).toBeCloseTo((fr[0]?.width ?? 0) * 2, 1);
    expect(fr[0]?.x).toBeLessThan(fr[2]?.x ?? 0);
    const svg = render("ar", programme);
    expect(svg.match(/>Sidi Bennour<\/text>/g)).toHaveLength(1);
    const ar = bars(svg);
    expect(ar[0]?.x).toBeGreaterThan(ar[2]?.x ?? 0);
  });

  it("fills the whole axis for a single day and shows progress", () => {
    const svg = render("fr", {
      kind: "gantt",
      title: "Jour",
      rows: [{ label: "Tirage", startOn: "2024-12-29", endOn: "2024-12-29", progress: 0.25 }],
    });
    expect(bars(svg)[0]?.width).toBeCloseTo(640 - 10 - 10 - 192 - 10, 0);
    expect(svg).toMatch(/>25\s%<\/text>/);
    expect(svg).not.toMatch(/NaN/);
  });

  it("reads dates as calendar days, whatever the host's time zone", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2024-12-29") - dayNumber("2024-12-27")).toBe(2);
  });

  it("writes the share done after the bar, inside it, before it, or not at all, by the room there is", () => {
    expect(progressLabelPlace(24, 30, 10, 0)).toBe("after");
    expect(progressLabelPlace(24, 0, 40, 0)).toBe("inside");
    expect(progressLabelPlace(24, 0, 10, 300)).toBe("before");
    expect(progressLabelPlace(24, 0, 10, 5)).toBe("none");
  });

  it("never writes a share over a short bar at the end of the axis", () => {
    for (const language of ["ar", "fr"] as const) {
      const svg = render(language, {
        kind: "gantt",
        title: "Retards",
        rows: [
          { label: "ACT-3.1", startOn: "2025-04-20", endOn: "2025-07-31", progress: 0.9 },
          { label: "ACT-3.5", startOn: "2026-12-10", endOn: "2026-12-20", progress: 0 },
        ],
      });
      const bar = bars(svg)[1];
      const zero = /<text x="([\d.]+)"[^>]*text-anchor="(start|end)"[^>]*>(0[^<]*%[^<]*)<\/text>/.exec(svg);
      expect(bar && zero).toBeTruthy();
      const x = Number(zero?.[1]);
      const width = estimateWidth(zero?.[3] ?? "", 10, true);
      // The label's extent, from its anchor, must not cross the bar.
      const [lo, hi] = (zero?.[2] === "start") === (language === "fr") ? [x, x + width] : [x - width, x];
      const overlaps = lo < (bar?.x ?? 0) + (bar?.width ?? 0) && hi > (bar?.x ?? 0);
      expect(overlaps, `${language}: [${lo}, ${hi}] over bar ${JSON.stringify(bar)}`).toBe(false);
    }
  });

  it("does not let month labels of the axis run into each other when it starts late in a month", () => {
    for (const language of ["ar", "fr"] as const) {
      const svg = render(language, {
        kind: "gantt",
        title: "Retards",
        rows: [
          { label: "ACT-3.1", startOn: "2025-04-20", endOn: "2025-07-31" },
          { label: "ACT-3.5", startOn: "2026-12-10", endOn: "2026-12-20" },
        ],
      });
      const axis = /<g class="axis">(.*?)<\/g>/.exec(svg)?.[1] ?? "";
      const labels = [...axis.matchAll(/<text x="([\d.]+)"[^>]*>(?:<tspan[^>]*>)?([^<]+)/g)].map((m) => ({
        x: Number(m[1]),
        half: estimateWidth(m[2] ?? "", 10) / 2,
      }));
      labels.sort((a, b) => a.x - b.x);
      expect(labels.length).toBeGreaterThan(3);
      for (let i = 1; i < labels.length; i++) {
        const [a, b] = [labels[i - 1], labels[i]];
        expect((b?.x ?? 0) - (b?.half ?? 0), language).toBeGreaterThanOrEqual((a?.x ?? 0) + (a?.half ?? 0));
      }
    }
  });
});
