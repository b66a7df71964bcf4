/**
 * Stacked bar chart: one bar per category, one segment per series, with the total above the bar.
 *
 * @module
 */
import type { Chart } from "../document/document.js";
import { formatValue } from "../render/cells.js";
import { valueLabelMode, valueText } from "./bar.js";
import { categoryFrame } from "./categoryAxis.js";
import { seriesColor, textOn } from "./palette.js";
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

/** A stacked bar chart of the document model. */
export type StackedBarChart = Extract<Chart, { kind: "stacked-bar" }>;

/**
 * Render a stacked bar chart as SVG.
 *
 * @param ctx - the chart context.
 * @param chart - the chart.
 * @returns the `<svg>` element.
 * @remarks Positive values stack up from zero and negative values down from zero, in series order;
 * `null` adds nothing. The label above (or below) a bar is the category's total; segments tall enough
 * carry their own value, in a colour that contrasts with the segment.
 * @example
 * ```ts
 * stackedBarChart(ctx, { kind: "stacked-bar", title: "Budget", categories: ["2024"], series: [{ name: "EU", values: [500] }, { name: "Région", values: [200] }] });
 * ```
 */
export function stackedBarChart(ctx: ChartContext, chart: StackedBarChart): string {
  const n = chart.categories.length;
  const ups: number[] = [];
  const downs: number[] = [];
  const totals: (number | null)[] = [];
  for (let ci = 0; ci < n; ci++) {
    let up = 0;
    let down = 0;
    let any = false;
    for (const series of chart.series) {
      const v = series.values[ci];
      if (v === null || v === undefined || !Number.isFinite(v)) continue;
      any = true;
      if (v >= 0) up += v;
      else down += v;
    }
    ups.push(up);
    downs.push(down);
    totals.push(any ? up + down : null);
  }
  const present = totals.filter((t): t is number => t !== null);
  const integer =
    ctx.format?.type === "integer" ||
    ctx.format?.type === "money" ||
    (ctx.format === undefined && present.every(Number.isInteger));
  const scale = linearScale([...ups, ...downs], integer);
  const hasNegative = downs.some((d) => d < 0);
  const frame = categoryFrame(ctx, chart.categories, scale, { gap: hasNegative ? 14 : 0 });
  const barWidth = Math.max(0.5, Math.min(frame.slot * 0.62, 64));
  const mode = valueLabelMode(ctx, present, frame.slot * 0.95, SMALL);

  let bars = "";
  let labels = "";
  for (let ci = 0; ci < n; ci++) {
    const x = frame.slotLeft(ci) + (frame.slot - barWidth) / 2;
    let up = 0;
    let down = 0;
    chart.series.forEach((series, si) => {
      const v = series.values[ci];
      if (v === null || v === undefined || !Number.isFinite(v) || v === 0) return;
      const from = v > 0 ? up : down;
      const to = from + v;
      if (v > 0) up = to;
      else down = to;
      const y0 = frame.y(from);
      const y1 = frame.y(to);
      const top = Math.min(y0, y1);
      const height = Math.abs(y1 - y0);
      const color = seriesColor(si);
      bars += `<rect x="${c(x)}" y="${c(top)}" width="${c(barWidth)}" height="${c(height)}" fill="${color}" stroke="#FFFFFF" stroke-width="0.75"/>`;
      const text = valueText(ctx, "full", v);
      const compact = valueText(ctx, "compact", v);
      const shown =
        estimateWidth(text, 10) <= barWidth - 4
          ? text
          : estimateWidth(compact, 10) <= barWidth - 4
            ? compact
            : undefined;
      if (shown !== undefined && height >= 14) {
        labels += svgText(ctx, valueLabel(ctx, shown), {
          x: x + barWidth / 2,
          y: top + height / 2 + 3.5,
          align: "middle",
          size: 10,
          fill: textOn(color),
        });
      }
    });
    const total = totals[ci];
    if (total !== null && total !== undefined && mode !== "none") {
      const below = up === 0 && down < 0;
      labels += svgText(ctx, valueLabel(ctx, valueText(ctx, mode, total)), {
        x: x + barWidth / 2,
        y: below ? frame.y(down) + SMALL + 2 : frame.y(up) - 4,
        align: "middle",
        size: SMALL,
        bold: true,
      });
    }
  }

  const legendItems = chart.series.map((series, i) => ({ label: label(ctx, series.name), color: seriesColor(i) }));
  const leg = legend(ctx, legendItems, frame.bottom + 4);
  const names = chart.series.map((series) => label(ctx, series.name).text);
  const entries = frame.labels.map((cat, ci) => {
    const parts = chart.series.map((series, si) => {
      const v = series.values[ci];
      return `${names[si]} ${v === null || v === undefined ? "—" : formatValue(ctx.fmt, v, ctx.format)}`;
    });
    const total = totals[ci];
    return `${cat.text}: ${total === null || total === undefined ? "—" : formatValue(ctx.fmt, total, ctx.format)} (${parts.join(", ")})`;
  });
  const description = [
    chart.description === undefined ? undefined : label(ctx, chart.description).text,
    summary(entries),
  ]
    .filter((t) => t !== undefined && t !== "")
    .join(" — ");
  const body = `${frame.grid}<g class="bars">${bars}</g><g class="values">${labels}</g>${frame.categories}${leg.svg}`;
  return svgRoot(ctx, "stacked-bar", label(ctx, chart.title).text, description, frame.bottom + leg.height + PAD, body);
}
