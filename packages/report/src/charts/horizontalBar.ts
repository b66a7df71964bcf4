/**
 * Horizontal bar chart: one row per category, its label on the start side and its bars growing towards
 * the end side, each value written after its bar. Made for long lists and rankings (75 provinces), whose
 * labels would not fit under vertical bars.
 *
 * @module
 */
import type { Chart } from "../document/document.js";
import { formatValue } from "../render/cells.js";
import { seriesColor } from "./palette.js";
import {
  CHART_WIDTH,
  type ChartContext,
  c,
  estimateWidth,
  GRID,
  label,
  legend,
  linearScale,
  MUTED,
  PAD,
  SMALL,
  summary,
  svgRoot,
  svgText,
  valueLabel,
  wrapText,
} from "./svg.js";

/** A horizontal bar chart of the document model. */
export type HorizontalBarChart = Extract<Chart, { kind: "horizontal-bar" }>;

/** Height of one bar. */
const BAR = 10;
/** Space between two rows. */
const ROW_GAP = 4;
/** Widest a category label may be, as a share of the chart. */
const LABEL_SHARE = 0.38;

/**
 * Render a horizontal bar chart as SVG.
 *
 * @param ctx - the chart context.
 * @param chart - the chart.
 * @returns the `<svg>` element.
 * @remarks Categories run from top to bottom in the order given (sort them first for a ranking). Labels sit
 * on the start side (the left, the right in a right-to-left document) on one line, cut with an ellipsis and
 * a tooltip when too long; bars grow from zero towards the end side (negative values towards the start), and
 * each value is written just past its bar. A `null` value draws no bar and writes a dash. With several
 * series, each row holds one bar per series and a legend follows.
 * @example
 * ```ts
 * horizontalBarChart(ctx, { kind: "horizontal-bar", title: "Density", categories: ["Oujda-Angad", "Figuig"], series: [{ name: "Per 10,000", values: [12.4, 9.8] }] });
 * ```
 */
export function horizontalBarChart(ctx: ChartContext, chart: HorizontalBarChart): string {
  const n = chart.categories.length;
  const s = Math.max(1, chart.series.length);
  const values = chart.series.flatMap((series) =>
    series.values.filter((v): v is number => v !== null && Number.isFinite(v)),
  );
  const integer =
    ctx.format?.type === "integer" ||
    ctx.format?.type === "money" ||
    (ctx.format === undefined && values.every(Number.isInteger));
  const scale = linearScale(values, integer);
  const labels = chart.categories.map((t) => label(ctx, t));
  const labelWidth = Math.min(
    CHART_WIDTH * LABEL_SHARE,
    Math.max(24, ...labels.map((l) => estimateWidth(l.text, SMALL))) + 8,
  );
  const valueTexts = chart.series.map((series) =>
    series.values.map((v) => (v === null || !Number.isFinite(v) ? "—" : formatValue(ctx.fmt, v, ctx.format))),
  );
  const valueWidth = Math.max(16, ...valueTexts.flat().map((t) => estimateWidth(t, 10))) + 6;
  // The plot lies between the labels and the room kept for the values past the longest bar.
  const plotStart = PAD + labelWidth;
  const plotWidth = Math.max(40, CHART_WIDTH - 2 * PAD - labelWidth - valueWidth);
  const hasNegative = scale.lo < 0;
  const negativeRoom = hasNegative ? valueWidth : 0;
  const span = Math.max(1, plotWidth - negativeRoom);
  // Distance from the start edge of the plot, mirrored into x for a right-to-left chart.
  const along = (value: number) => negativeRoom + scale.pos(value) * span;
  const x = (distance: number) => (ctx.rtl ? CHART_WIDTH - plotStart - distance : plotStart + distance);
  const rowHeight = s * BAR + ROW_GAP + (s > 1 ? 4 : 0);
  const top = PAD + 4;

  let grid = "";
  const zero = x(along(0));
  grid += `<line x1="${c(zero)}" y1="${c(top - 2)}" x2="${c(zero)}" y2="${c(top + n * rowHeight)}" stroke="${MUTED}" stroke-width="1"/>`;
  let rows = "";
  for (let ci = 0; ci < n; ci++) {
    const y0 = top + ci * rowHeight;
    if (ci % 2 === 1) {
      // Every other row lightly shaded, so that a label finds its bar across the chart.
      rows += `<rect x="${c(PAD)}" y="${c(y0 - ROW_GAP / 2)}" width="${c(CHART_WIDTH - 2 * PAD)}" height="${c(rowHeight)}" fill="#F6F8FA"/>`;
    }
    const l = labels[ci];
    if (l !== undefined) {
      const wrapped = wrapText(l.text, labelWidth - 6, SMALL, 1);
      rows += svgText(ctx, l, {
        x: ctx.rtl ? CHART_WIDTH - PAD : PAD,
        y: y0 + (s * BAR) / 2 + 4,
        align: ctx.rtl ? "right" : "left",
        size: SMALL,
        lines: wrapped.lines,
        ...(wrapped.truncated ? { title: l.text } : {}),
      });
    }
    chart.series.forEach((series, si) => {
      const v = series.values[ci];
      const by = y0 + si * BAR;
      const text = valueTexts[si]?.[ci] ?? "—";
      if (v === null || v === undefined || !Number.isFinite(v)) {
        rows += svgText(ctx, valueLabel(ctx, text), {
          x: ctx.rtl ? zero - 4 : zero + 4,
          y: by + BAR - 1,
          align: ctx.rtl ? "right" : "left",
          size: 10,
          fill: MUTED,
        });
        return;
      }
      const a = x(along(Math.min(0, v)));
      const b = x(along(Math.max(0, v)));
      const left = Math.min(a, b);
      const width = Math.max(Math.abs(b - a), v === 0 ? 0 : 0.5);
      rows += `<rect x="${c(left)}" y="${c(by + 0.5)}" width="${c(width)}" height="${c(BAR - 1)}" fill="${seriesColor(si)}"/>`;
      // The value past the end of its bar: towards the end side, or the start side for a negative value.
      const end = x(along(v));
      const outward = v < 0 !== ctx.rtl ? -1 : 1;
      rows += svgText(ctx, valueLabel(ctx, text), {
        x: end + outward * 4,
        y: by + BAR - 1,
        align: outward > 0 ? "left" : "right",
        size: 10,
      });
    });
  }
  const plotBottom = top + n * rowHeight;
  grid += `<line x1="${c(x(0))}" y1="${c(plotBottom)}" x2="${c(x(plotWidth))}" y2="${c(plotBottom)}" stroke="${GRID}" stroke-width="0.8"/>`;

  const many = chart.series.length > 1;
  const leg = legend(
    ctx,
    many ? chart.series.map((series, i) => ({ label: label(ctx, series.name), color: seriesColor(i) })) : [],
    plotBottom + 4,
  );
  const names = chart.series.map((series) => label(ctx, series.name).text);
  const entries = labels.map((cat, ci) => {
    const vs = chart.series.map((_, si) => {
      const text = valueTexts[si]?.[ci] ?? "—";
      return many ? `${names[si]} ${text}` : text;
    });
    return `${cat.text}: ${vs.join(", ")}`;
  });
  const description = [
    chart.description === undefined ? undefined : label(ctx, chart.description).text,
    many ? undefined : names[0],
    summary(entries, 100),
  ]
    .filter((t) => t !== undefined && t !== "")
    .join(" — ");
  const body = `<g class="rows">${rows}</g><g class="axis">${grid}</g>${leg.svg}`;
  return svgRoot(ctx, "horizontal-bar", label(ctx, chart.title).text, description, plotBottom + leg.height + PAD, body);
}
