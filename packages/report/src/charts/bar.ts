/**
 * Grouped bar chart: one group of vertical bars per category, one bar per series.
 *
 * @module
 */
import type { Chart } from "../document/document.js";
import { formatValue } from "../render/cells.js";
import { categoryFrame } from "./categoryAxis.js";
import { seriesColor } from "./palette.js";
import {
  type ChartContext,
  c,
  estimateWidth,
  label,
  legend,
  linearScale,
  PAD,
  SMALL,
  summary,
  svgRoot,
  svgText,
  valueLabel,
} from "./svg.js";
import { formatCompact } from "./values.js";

/** A bar chart of the document model. */
export type BarChart = Extract<Chart, { kind: "bar" }>;

/** How values are labelled: in full, in compact form, or not at all when neither fits. */
export type ValueLabelMode = "full" | "compact" | "none";

/**
 * The largest form of value labels that fits `width` for every value.
 *
 * @param ctx - the chart context.
 * @param values - the values to label.
 * @param width - the room of one label.
 * @param size - font size.
 * @returns the mode.
 * @example
 * ```ts
 * valueLabelMode(ctx, [1200, 3400], 40, 11); // "compact"
 * ```
 */
export function valueLabelMode(
  ctx: ChartContext,
  values: readonly number[],
  width: number,
  size: number,
): ValueLabelMode {
  const fits = (f: (v: number) => string) => values.every((v) => estimateWidth(f(v), size) <= width);
  if (fits((v) => formatValue(ctx.fmt, v, ctx.format))) return "full";
  if (fits((v) => formatCompact(ctx.fmt, ctx.format, v))) return "compact";
  return "none";
}

/**
 * A value in the given label mode.
 *
 * @param ctx - the chart context.
 * @param mode - `full` or `compact`.
 * @param value - the value.
 * @returns the label text.
 * @example
 * ```ts
 * valueText(ctx, "compact", 1234567); // "1,2 M"
 * ```
 */
export function valueText(ctx: ChartContext, mode: ValueLabelMode, value: number): string {
  return mode === "compact" ? formatCompact(ctx.fmt, ctx.format, value) : formatValue(ctx.fmt, value, ctx.format);
}

/**
 * Render a grouped bar chart as SVG.
 *
 * @param ctx - the chart context.
 * @param chart - the chart.
 * @returns the `<svg>` element.
 * @remarks Bars grow up from zero for positive values and down for negative ones; a `null` value draws no
 * bar. Categories run right to left in a right-to-left document, and so do the bars of a group.
 * @example
 * ```ts
 * barChart(ctx, { kind: "bar", title: { fr: "Participants" }, categories: ["2023", "2024"], series: [{ name: "Total", values: [80, 120] }] });
 * ```
 */
export function barChart(ctx: ChartContext, chart: BarChart): string {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const integer =
    ctx.format?.type === "integer" ||
    ctx.format?.type === "money" ||
    (ctx.format === undefined && values.every(Number.isInteger));
  const scale = linearScale(values, integer);
  const hasNegative = values.some((v) => v < 0);
  const frame = categoryFrame(ctx, chart.categories, scale, { gap: hasNegative ? 14 : 0 });
  const s = chart.series.length;
  const groupWidth = Math.min(frame.slot * 0.8, s * 56);
  const barWidth = groupWidth / s;
  const inset = barWidth > 6 ? 1 : 0;
  const size = s === 1 ? SMALL : 10;
  const mode = valueLabelMode(ctx, values, s === 1 ? frame.slot * 0.92 : barWidth + 2, size);
  const zero = frame.y(0);

  let bars = "";
  let labels = "";
  chart.series.forEach((series, si) => {
    const color = seriesColor(si);
    const order = ctx.rtl ? s - 1 - si : si;
    series.values.forEach((v, ci) => {
      if (v === null || !Number.isFinite(v) || ci >= chart.categories.length) return;
      const x = frame.slotLeft(ci) + (frame.slot - groupWidth) / 2 + order * barWidth + inset;
      const y = frame.y(v);
      const top = Math.min(y, zero);
      bars += `<rect x="${c(x)}" y="${c(top)}" width="${c(Math.max(barWidth - 2 * inset, 0.5))}" height="${c(Math.abs(y - zero))}" fill="${color}"/>`;
      if (mode !== "none") {
        labels += svgText(ctx, valueLabel(ctx, valueText(ctx, mode, v)), {
          x: x + barWidth / 2 - inset,
          y: v < 0 ? y + size + 2 : y - 4,
          align: "middle",
          size,
        });
      }
    });
  });

  const many = chart.series.length > 1;
  const legendItems = many
    ? chart.series.map((series, i) => ({ label: label(ctx, series.name), color: seriesColor(i) }))
    : [];
  const leg = legend(ctx, legendItems, frame.bottom + 4);
  const title = label(ctx, chart.title).text;
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
  const body = `${frame.grid}<g class="bars">${bars}</g><g class="values">${labels}</g>${frame.categories}${leg.svg}`;
  return svgRoot(ctx, "bar", title, description, frame.bottom + leg.height + PAD, body);
}
