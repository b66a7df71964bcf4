import fc from "fast-check";
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import type { Chart, ValueFormat } from "../document/document.js";
import { createFormatter } from "../format/formatter.js";
import { renderChartSvg } from "./chart.js";

const formatters = [
  createFormatter({ language: "ar" }),
  createFormatter({ language: "fr" }),
  createFormatter({ language: "ar", numerals: "arabic-indic" }),
];

const num = fc.oneof(
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e21, 1e-7),
);
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.record({ ar: fc.string({ minLength: 1, maxLength: 40 }) }),
  fc.record({ fr: fc.string({ minLength: 1, maxLength: 40 }) }),
);
const format: fc.Arbitrary<ValueFormat | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ type: fc.constantFrom("integer" as const, "decimal" as const, "percent" as const) }),
  fc.constant({ type: "money" as const, currency: "MAD" }),
);
const isoDate = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const categorical = (kind: "bar" | "horizontal-bar" | "stacked-bar" | "line") =>
  fc.integer({ min: 0, max: 14 }).chain((n) =>
    fc.record({
      kind: fc.constant(kind),
      title: text,
      format,
      categories: fc.array(text, { minLength: n, maxLength: n }),
      series: fc.array(
        fc.record({ name: text, values: fc.array(fc.option(num, { nil: null }), { minLength: n, maxLength: n }) }),
        {
          minLength: 1,
          maxLength: 5,
        },
      ),
    }),
  );

const chart: fc.Arbitrary<Chart> = fc
  .oneof(
    categorical("bar"),
    categorical("horizontal-bar"),
    categorical("stacked-bar"),
    categorical("line"),
    fc.record({
      kind: fc.constant("donut" as const),
      title: text,
      format,
      slices: fc.array(
        fc.record({
          label: text,
          value: fc.oneof(fc.constant(0), fc.double({ min: 0, noNaN: true, noDefaultInfinity: true })),
        }),
        {
          minLength: 1,
          maxLength: 12,
        },
      ),
    }),
    fc.record({
      kind: fc.constant("choropleth" as const),
      title: text,
      format,
      width: fc.integer({ min: 1, max: 2000 }),
      height: fc.integer({ min: 1, max: 2000 }),
      classes: fc.integer({ min: 2, max: 7 }),
      attribution: text,
      areas: fc.array(
        fc.record({
          code: fc.stringMatching(/^[A-Z0-9][A-Z0-9.]{0,5}$/),
          label: text,
          path: fc.constantFrom("M0 0H10V10H0Z", "M5 5l3 0l0 3z", ""),
          value: fc.option(num, { nil: null }),
        }),
        { minLength: 1, maxLength: 12 },
      ),
    }),
    fc.record({
      kind: fc.constant("progress" as const),
      title: text,
      format,
      items: fc.array(
        fc.record({
          label: text,
          value: num,
          target: num,
          tone: fc.constantFrom("positive" as const, "warning" as const, "info" as const),
        }),
        { minLength: 1, maxLength: 8 },
      ),
    }),
    fc.record({
      kind: fc.constant("gantt" as const),
      title: text,
      rows: fc
        .array(
          fc.record({
            label: text,
            group: fc.option(text, { nil: undefined }),
            a: isoDate,
            b: isoDate,
            progress: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 8 },
        )
        .map((rows) =>
          rows.map(({ a, b, group, progress, label }) => ({
            label,
            // ISO dates order as strings.
            startOn: [a, b].sort()[0] ?? a,
            endOn: [a, b].sort()[1] ?? b,
            ...(group === undefined ? {} : { group }),
            ...(progress === undefined ? {} : { progress }),
          })),
        ),
    }),
  )
  .map((c) => {
    const { format: f, ...rest } = c as typeof c & { format?: ValueFormat };
    return (f === undefined ? rest : { ...rest, format: f }) as Chart;
  });

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };

describe("renderChartSvg", () => {
  it("always gives one accessible SVG element without NaN, Infinity or undefined, the same bytes each time", () => {
    fc.assert(
      fc.property(chart, fc.integer({ min: 0, max: 2 }), (c, f) => {
        const fmt = formatters[f] ?? formatters[0];
        if (fmt === undefined) return;
        const svg = renderChartSvg(c, fmt, { id: "chart-1-2" });
        expect(svg).not.toMatch(/NaN|Infinity|undefined|\[object Object\]|ليس رقم/);
        expect(renderChartSvg(c, fmt, { id: "chart-1-2" })).toBe(svg);
        const fragment = parseFragment(svg) as unknown as Node;
        expect(fragment.childNodes).toHaveLength(1);
        const root = fragment.childNodes?.[0] as Node;
        const attributes = Object.fromEntries((root.attrs ?? []).map((a) => [a.name, a.value]));
        expect(root.nodeName).toBe("svg");
        expect(attributes).toMatchObject({
          role: "img",
          "aria-labelledby": "chart-1-2-title",
          "aria-describedby": "chart-1-2-desc",
          width: "100%",
          direction: fmt.dir,
        });
        expect(attributes.viewBox).toMatch(/^0 0 640 \d+(\.\d+)?$/);
        expect(root.childNodes?.[0]?.nodeName).toBe("title");
        expect(root.childNodes?.[1]?.nodeName).toBe("desc");
      }),
      { numRuns: 250 },
    );
  });

  it("writes coordinates with at most 2 decimals", () => {
    fc.assert(
      fc.property(chart, (c) => {
        const svg = renderChartSvg(c, createFormatter({ language: "fr" }));
        // Attributes only: text content (labels, <desc>) may itself contain `x="`.
        const tags = svg.replace(/>[^<]*</g, "><");
        const coords = tags.match(/ (?:x|y|x1|x2|y1|y2|cx|cy|r|width|height|dy)="[^"]*"/g) ?? [];
        for (const a of coords) expect(a).toMatch(/="-?\d+(\.\d{1,2})?%?"$/);
      }),
      { numRuns: 100 },
    );
  });

  it("uses only the given id base, never a random one", () => {
    const c: Chart = { kind: "donut", title: "T", slices: [{ label: "a", value: 1 }] };
    const svg = renderChartSvg(c, createFormatter({ language: "en" }), { id: "x" });
    expect(svg.match(/ id="[^"]*"/g)).toEqual([' id="x-title"', ' id="x-desc"']);
    expect(renderChartSvg(c, createFormatter({ language: "en" }))).toContain('id="chart-title"');
  });
});
