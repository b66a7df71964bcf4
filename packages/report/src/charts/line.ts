/**
 * Line chart: one line per series across the categories, broken where a value is missing.
 *
 * @module
 */
import type { Chart } from "../document/document.js";
import { formatValue } from "../render/cells.js";
import { valueLabelMode, valueText } from "./bar.js";
import { categoryFrame } from "./categoryAxis.js";
import { seriesColor } from "./palette.js";
import {
  type ChartContext,
  c,
  DASHES,
  label,
  legend,
  linearScale,
  marker,
  PAD,
  SMALL,
  summary,
  svgRoot,
  svgText,
  valueLabel,
} from "./svg.js";

/** A line chart of the document model. */
export type LineChart = Extract<Chart, { kind: "line" }>;

/**
 * Render a line chart as SVG.
 *
 * @param ctx - the chart context.
 * @param chart - the chart.
 * @returns the `<svg>` element.
 * @remarks Categories run right to left in a right-to-left document, like the bars of a bar chart: when
 * categories are periods, time then flows in the reading direction, as in Arabic-language charts. A `null`
 * value breaks the line; a value between two gaps shows as a lone marker. Series differ by colour, dash
 * pattern and marker shape. Values are labelled on the points of a single series when they fit.
 * @example
 * ```ts
 * lineChart(ctx, { kind: "line", title: "Adhérents", categories: ["2022", "2023", "2024"], series: [{ name: "Total", values: [40, null, 65] }] });
 * ```
 */
export function lineChart(ctx: ChartContext, chart: LineChart): string {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const integer =
    ctx.format?.type === "integer" ||
    ctx.format?.type === "money" ||
    (ctx.format === undefined && values.every(Number.isInteger));
  const scale = linearScale(values, integer);
  const frame = categoryFrame(ctx, chart.categories, scale, { gap: values.some((v) => v < 0) ? 6 : 0 });
  const n = chart.categories.length;
  const x = (i: number) => frame.slotLeft(i) + frame.slot / 2;
  const markers = n <= 60;
  const labelled = chart.series.length === 1 && n <= 24;
  const mode = labelled ? valueLabelMode(ctx, values, frame.slot * 0.95, SMALL) : "none";

  let lines = "";
  let points = "";
  let labels = "";
  chart.series.forEach((series, si) => {
    const color = seriesColor(si);
    let d = "";
    let run = 0;
    series.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v) || i >= n) {
        run = 0;
        return;
      }
      d += `${run === 0 ? "M" : "L"}${c(x(i))} ${c(frame.y(v))}`;
      run++;
      const isolated = run === 1 && (series.values[i + 1] ?? null) === null;
      if (markers || isolated) points += marker(si, x(i), frame.y(v), color);
      if (mode !== "none") {
        labels += svgText(ctx, valueLabel(ctx, valueText(ctx, mode, v)), {
          x: x(i),
          y: frame.y(v) - 8,
          align: "middle",
          size: SMALL,
        });
      }
    });
    const dash = DASHES[si % DASHES.length];
    if (d !== "") {
      lines += `<path d="${d}" fill="none" stroke="${color}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"${
        dash === undefined ? "" : ` stroke-dasharray="${dash}"`
      }/>`;
    }
  });

  const many = chart.series.length > 1;
  const legendItems = many
    ? chart.series.map((series, i) => ({ label: label(ctx, series.name), color: seriesColor(i), line: i }))
    : [];
  const leg = legend(ctx, legendItems, frame.bottom + 4);
  const names = chart.series.map((series) => label(ctx, series.name).text);
  const entries = frame.labels.map((cat, ci) => {
    const vs = chart.series.map((series, si) => {
      const v = series.values[ci];
      const text = v === null || v === undefined ? "—" : formatValue(ctx.fmt, v, ctx.format);
      return many ? `${names[si]} ${text}` : text;
    });
    return `${cat.text}: ${vs.join(", ")}`;
  });
  // A single series' name is shown nowhere else: it opens the summary.
  const description = [
    chart.description === undefined ? undefined : label(ctx, chart.description).text,
    many ? undefined : names[0],
    summary(entries),
  ]
    .filter((t) => t !== undefined && t !== "")
    .join(" — ");
  const body = `${frame.grid}<g class="lines">${lines}</g><g class="points">${points}</g><g class="values">${labels}</g>${frame.categories}${leg.svg}`;
  return svgRoot(ctx, "line", label(ctx, chart.title).text, description, frame.bottom + leg.height + PAD, body);
}
