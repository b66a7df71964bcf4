import fc from "fast-check";
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { createReport } from "../document/builder.js";
import { ChartSchema } from "../document/document.js";
import { createFormatter } from "../format/formatter.js";
import { renderMarkdown } from "../render/markdown.js";
import {
  type ChoroplethChart,
  choroplethChart,
  choroplethTableHtml,
  quantileClasses,
  SEQUENTIAL_BLUES,
  sequentialPalette,
} from "./choropleth.js";
import type { ChartContext } from "./svg.js";

const ctx = (language: "ar" | "fr", chart: ChoroplethChart): ChartContext => ({
  fmt: createFormatter({ language }),
  rtl: language === "ar",
  id: "map",
  format: chart.format,
});
const render = (language: "ar" | "fr", chart: ChoroplethChart) => choroplethChart(ctx(language, chart), chart);

/** Four squares of a 200 × 200 map: north-west, north-east, south-west, south-east. */
const squares: ChoroplethChart = {
  kind: "choropleth",
  title: { ar: "الكثافة", fr: "Densité" },
  format: { type: "decimal", decimals: 1 },
  width: 200,
  height: 200,
  classes: 4,
  attribution: "© OpenStreetMap contributors, ODbL 1.0",
  areas: [
    { code: "NW", label: { ar: "الشمال الغربي", fr: "Nord-Ouest" }, path: "M0 0H100V100H0Z", value: 1.25 },
    { code: "NE", label: { ar: "الشمال الشرقي", fr: "Nord-Est" }, path: "M100 0H200V100H100Z", value: 2.5 },
    { code: "SW", label: { ar: "الجنوب الغربي", fr: "Sud-Ouest" }, path: "M0 100H100V200H0Z", value: 7.75 },
    { code: "SE", label: { ar: "الجنوب الشرقي", fr: "Sud-Est" }, path: "M100 100H200V200H100Z", value: null },
  ],
};

/** The fill of each area, by code. */
const fills = (svg: string) =>
  Object.fromEntries([...svg.matchAll(/data-code="([^"]+)" d="[^"]*" fill="([^"]+)"/g)].map((m) => [m[1], m[2]]));

/** WCAG relative luminance of a `#RRGGBB` colour. */
function luminance(color: string): number {
  const channel = (i: number) => {
    const v = Number.parseInt(color.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe("quantileClasses", () => {
  it("cuts at quantiles rounded down to the shown digits", () => {
    const c = quantileClasses([1, 2, 3, 4, 5, 6], 3, 0);
    expect(c.breaks).toEqual([3, 5]);
    expect(c.classes).toEqual([
      { from: 1, to: 3, count: 2 },
      { from: 3, to: 5, count: 2 },
      { from: 5, to: 6, count: 2 },
    ]);
    expect([1, 2.9, 3, 4.99, 5, 6].map(c.classOf)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(c.classOf(null)).toBe(-1);
    // Rounded down: 2.46 → 2.4, so that 2.46 still falls in the class that starts at 2.4.
    expect(quantileClasses([1.1, 2.46, 3.9], 2, 1).breaks).toEqual([2.4]);
  });

  it("gives fewer classes when values repeat, and none without values", () => {
    expect(quantileClasses([2, 2, 2, 2], 5, 1).classes).toEqual([{ from: 2, to: 2, count: 4 }]);
    expect(quantileClasses([0, 0, 0, 9], 4, 0).classes.map((c) => c.count)).toEqual([3, 1]);
    expect(quantileClasses([null, null], 5, 1).classes).toEqual([]);
  });

  it("puts every value in exactly one non-empty class whose bounds hold it (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }), { maxLength: 80 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 3 }),
        (values, k, decimals) => {
          const c = quantileClasses(values, k, decimals);
          const present = values.filter((v): v is number => v !== null);
          expect(c.classes.reduce((n, x) => n + x.count, 0)).toBe(present.length);
          expect(c.classes.length).toBeLessThanOrEqual(k);
          for (const x of c.classes) expect(x.count).toBeGreaterThan(0);
          for (let i = 1; i < c.breaks.length; i++) expect(c.breaks[i]).toBeGreaterThan(c.breaks[i - 1] ?? 0);
          for (const b of c.breaks)
            expect(Math.abs(b * 10 ** decimals - Math.round(b * 10 ** decimals))).toBeLessThan(1e-6);
          for (const v of present) {
            const k2 = c.classOf(v);
            const cl = c.classes[k2];
            expect(cl).toBeDefined();
            expect(v).toBeGreaterThanOrEqual(cl?.from ?? Number.NaN);
            expect(v).toBeLessThanOrEqual(cl?.to ?? Number.NaN);
          }
        },
      ),
    );
  });
});

describe("sequentialPalette", () => {
  it("runs light to dark with steps the eye tells apart, the lightest visible on white paper", () => {
    for (let k = 2; k <= 7; k++) {
      const p = sequentialPalette(k);
      expect(p).toHaveLength(k);
      expect(new Set(p).size).toBe(k);
      for (let i = 1; i < k; i++) {
        expect(luminance(p[i] ?? "")).toBeLessThan(luminance(p[i - 1] ?? ""));
        expect(contrast(p[i] ?? "", p[i - 1] ?? ""), `${k} classes, step ${i}`).toBeGreaterThanOrEqual(1.4);
      }
      expect(contrast(p[0] ?? "", "#FFFFFF")).toBeGreaterThanOrEqual(1.3);
      expect(contrast(p[k - 1] ?? "", "#FFFFFF")).toBeGreaterThanOrEqual(7);
    }
    expect(sequentialPalette(7)).toEqual(SEQUENTIAL_BLUES);
  });
});

describe("choroplethChart", () => {
  it("fills each area with the colour of its class, hatches the one without data, and says so in the legend", () => {
    const svg = render("fr", squares);
    const f = fills(svg);
    const palette = sequentialPalette(3);
    expect(f).toEqual({ NW: palette[0], NE: palette[1], SW: palette[2], SE: "url(#map-nodata)" });
    expect(svg).toContain('<pattern id="map-nodata"');
    expect(svg).toContain(">Pas de données</text>");
    // Legend: bounds of each class and the number of areas in it.
    expect(svg).toContain(">1,3 – 2,5</text>");
    expect(svg).toContain(">2,5 – 7,7</text>");
    expect(svg).toContain(">7,7 – 7,8</text>");
    expect(svg).toContain(">© OpenStreetMap contributors, ODbL 1.0</text>");
    expect(svg).toContain("<title>Nord-Ouest: 1,3</title>");
  });

  it("is an accessible image whose description lists every area, the same bytes each time", () => {
    const svg = render("ar", squares);
    const root = (
      parseFragment(svg) as unknown as { childNodes: { nodeName: string; attrs: { name: string; value: string }[] }[] }
    ).childNodes[0];
    expect(root?.nodeName).toBe("svg");
    const attributes = Object.fromEntries((root?.attrs ?? []).map((a) => [a.name, a.value]));
    expect(attributes).toMatchObject({ role: "img", "aria-labelledby": "map-title", "aria-describedby": "map-desc" });
    const desc = /<desc id="map-desc">([^<]*)<\/desc>/.exec(svg)?.[1] ?? "";
    for (const name of ["الشمال الغربي", "الشمال الشرقي", "الجنوب الغربي", "الجنوب الشرقي"])
      expect(desc).toContain(name);
    expect(desc).toContain("لا توجد معطيات");
    expect(render("ar", squares)).toBe(svg);
  });

  it("puts the map on the start side and the legend on the end side, mirrored in Arabic", () => {
    const translate = (svg: string) => Number(/transform="translate\(([-\d.]+) /.exec(svg)?.[1]);
    const fr = render("fr", squares);
    const ar = render("ar", squares);
    expect(translate(fr)).toBe(10);
    expect(translate(ar)).toBeGreaterThan(150);
    const legendX = (svg: string) => Number(/<g class="legend"><rect x="([-\d.]+)"/.exec(svg)?.[1]);
    expect(legendX(fr)).toBeGreaterThan(translate(fr));
    expect(legendX(ar)).toBeLessThan(translate(ar));
  });

  it("draws the outlines over the areas, and the inset as the same map enlarged under the legend", () => {
    const svg = render("fr", {
      ...squares,
      outlines: ["M0 0H200V200H0Z"],
      inset: { x: 0, y: 0, width: 100, height: 50, label: "Nord" },
    });
    expect(svg).toContain('<g class="outlines" fill="none" stroke="#1F2328"');
    // The inset reuses the map (no second copy of its paths), clipped to a frame as wide as the legend (190).
    expect(svg.match(/<path /g)).toHaveLength(5);
    expect(svg).toContain('<use href="#map-map"');
    expect(svg).toMatch(/<clipPath id="map-inset"><rect x="440" y="\d+" width="190" height="95"\/><\/clipPath>/);
    expect(svg).toContain(">Nord</text>");
    // The inset's place on the map is framed too.
    expect(svg.match(/class="inset-frame"/g)).toHaveLength(2);
  });

  it("keeps the proportions of the map", () => {
    const wide: ChoroplethChart = { ...squares, width: 400, height: 100, areas: squares.areas.slice(0, 1) };
    const scale = (svg: string) => Number(/scale\(([\d.]+)\)/.exec(svg)?.[1]);
    // 414 units beside the legend for 400 map units; 440 units high at most.
    expect(scale(render("fr", wide))).toBeCloseTo(414 / 400, 4);
    expect(scale(render("fr", squares))).toBeCloseTo(414 / 200, 4);
  });
});

describe("choroplethTableHtml", () => {
  it("lists every area with its value, escaped, as a table after the map", () => {
    const hostile: ChoroplethChart = {
      ...squares,
      areas: [...squares.areas, { code: "X", label: "<b>x</b>", path: "M0 0Z", value: 3 }],
    };
    const html = choroplethTableHtml(hostile, createFormatter({ language: "fr" }), "chart-1-2");
    expect(html.match(/<tr>/g)).toHaveLength(1 + hostile.areas.length);
    expect(html).toContain('<td>Nord-Ouest</td><td class="num">1,3</td>');
    expect(html).toContain("Pas de données");
    expect(html).toContain("&lt;b&gt;x&lt;/b&gt;");
    expect(html).not.toContain("<b>");
    expect(html).toContain('aria-labelledby="chart-1-2-table"');
  });
});

describe("the choropleth schema", () => {
  it("accepts path data only: commands and numbers", () => {
    expect(ChartSchema.safeParse(squares).success).toBe(true);
    for (const path of ['M0 0"/><script>x</script>', "M0 0 url(#x)", "javascript:alert(1)"]) {
      const areas = [{ code: "A", label: "a", path, value: 1 }];
      expect(ChartSchema.safeParse({ ...squares, areas }).success, path).toBe(false);
    }
    expect(ChartSchema.safeParse({ ...squares, classes: 9 }).success).toBe(false);
    expect(ChartSchema.safeParse({ ...squares, areas: [] }).success).toBe(false);
    expect(ChartSchema.safeParse({ ...squares, width: 0 }).success).toBe(false);
  });
});

describe("a choropleth in Markdown", () => {
  it("is the table of its areas and values", () => {
    const doc = createReport({ title: "Carte", language: "fr", generatedAt: "2025-01-15T10:00:00+01:00" })
      .section("Densité", (sec) => sec.chart(squares))
      .build();
    const md = renderMarkdown(doc);
    expect(md.ok && md.value).toContain("| Nord-Ouest | 1,3 |");
    expect(md.ok && md.value).toContain("| Sud-Est |  |");
  });
});
