/**
 * Donut chart: shares of a whole, with the total in the middle and a legend of values and shares.
 *
 * @module
 */

import type { Chart } from "../document/document.js";
import { displayShares } from "../format/shares.js";
import { formatValue } from "../render/cells.js";
import { seriesColor, textOn } from "./palette.js";
import {
  CHART_WIDTH,
  type ChartContext,
  c,
  estimateWidth,
  GRID,
  label,
  MUTED,
  PAD,
  SMALL,
  summary,
  svgRoot,
  svgText,
  valueLabel,
  wrapText,
} from "./svg.js";
import { formatCompact, formatPercent } from "./values.js";

/** A donut chart of the document model. */
export type DonutChart = Extract<Chart, { kind: "donut" }>;

const R = 84;
const HOLE = 50;

/**
 * Render a donut chart as SVG.
 *
 * @param ctx - the chart context.
 * @param chart - the chart.
 * @returns the `<svg>` element.
 * @remarks Slices start at twelve o'clock and run clockwise, counter-clockwise in a right-to-left
 * document, where the donut sits on the right and its legend on the left. Shares are of the total of the
 * slices; a slice of zero draws nothing, a single slice draws a full ring, and an all-zero donut draws a
 * grey ring with a total of zero.
 * @example
 * ```ts
 * donutChart(ctx, { kind: "donut", title: "Participants", slices: [{ label: "Associations", value: 64 }, { label: "Coopératives", value: 31 }] });
 * ```
 */
export function donutChart(ctx: ChartContext, chart: DonutChart): string {
  const values = chart.slices.map((s) => (Number.isFinite(s.value) && s.value > 0 ? s.value : 0));
  // Sum in halves so that values near the float limit do not overflow.
  const halfTotal = values.reduce((sum, v) => sum + v / 2, 0);
  const total = halfTotal * 2;
  const shares = values.map((v) => (halfTotal > 0 ? v / 2 / halfTotal : 0));
  // Shown percentages add up to 100 and match the data tables (largest remainder).
  const labelShares = displayShares(values, 0);
  const legendShares = displayShares(values, 1);
  const sign = ctx.rtl ? -1 : 1;
  const cx = ctx.rtl ? CHART_WIDTH - PAD - R - 6 : PAD + R + 6;
  const cy = PAD + R + 6;
  const point = (fraction: number, radius: number) => {
    const a = fraction * 2 * Math.PI;
    return `${c(cx + sign * radius * Math.sin(a))} ${c(cy - radius * Math.cos(a))}`;
  };
  const sweep = ctx.rtl ? 0 : 1;

  let arcs = "";
  let inner = "";
  const full = shares.findIndex((s) => s >= 0.99995);
  if (halfTotal <= 0 || !Number.isFinite(halfTotal)) {
    arcs = `<circle cx="${c(cx)}" cy="${c(cy)}" r="${c((R + HOLE) / 2)}" fill="none" stroke="${GRID}" stroke-width="${R - HOLE}"/>`;
  } else if (full >= 0) {
    arcs = `<circle cx="${c(cx)}" cy="${c(cy)}" r="${c((R + HOLE) / 2)}" fill="none" stroke="${seriesColor(full)}" stroke-width="${R - HOLE}"/>`;
  } else {
    let from = 0;
    shares.forEach((share, i) => {
      if (share <= 0) return;
      const to = from + share;
      const large = share > 0.5 ? 1 : 0;
      const color = seriesColor(i);
      arcs += `<path d="M${point(from, R)}A${R} ${R} 0 ${large} ${sweep} ${point(to, R)}L${point(to, HOLE)}A${HOLE} ${HOLE} 0 ${large} ${1 - sweep} ${point(from, HOLE)}Z" fill="${color}" stroke="#FFFFFF" stroke-width="1.5"/>`;
      if (share >= 0.06) {
        const mid = (from + to) / 2;
        const a = mid * 2 * Math.PI;
        const rr = (R + HOLE) / 2;
        inner += svgText(ctx, valueLabel(ctx, formatPercent(ctx.fmt, labelShares[i] ?? 0, 0)), {
          x: cx + sign * rr * Math.sin(a),
          y: cy - rr * Math.cos(a) + 3.5,
          align: "middle",
          size: 10,
          fill: textOn(color),
        });
      }
      from = to;
    });
  }
  const totalFull = formatValue(ctx.fmt, total, ctx.format);
  const totalText =
    estimateWidth(totalFull, 15, true) <= 2 * HOLE - 10 ? totalFull : formatCompact(ctx.fmt, ctx.format, total);
  const center = svgText(ctx, valueLabel(ctx, totalText), { x: cx, y: cy + 5, align: "middle", size: 15, bold: true });

  // Legend beside the donut, on the end side: swatch, label (up to 2 lines), value and share.
  const legendStart = ctx.rtl ? cx - R - 28 : cx + R + 28;
  const legendEnd = ctx.rtl ? PAD : CHART_WIDTH - PAD;
  const legendWidth = Math.abs(legendEnd - legendStart);
  const valueTexts = chart.slices.map((_, i) => {
    const v = values[i] ?? 0;
    return `${formatValue(ctx.fmt, v, ctx.format)} · ${formatPercent(ctx.fmt, legendShares[i] ?? 0, 1)}`;
  });
  const valueWidth = Math.min(
    legendWidth * 0.5,
    valueTexts.map((t) => estimateWidth(t, SMALL)).reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY),
  );
  const labels = chart.slices.map((s) => label(ctx, s.label));
  let legendSvg = "";
  let y = PAD + 4;
  labels.forEach((l, i) => {
    const color = seriesColor(i);
    const wrapped = wrapText(l.text, legendWidth - 18 - valueWidth - 14, SMALL, 2);
    const swatchX = ctx.rtl ? legendStart - 10 : legendStart;
    legendSvg += `<rect x="${c(swatchX)}" y="${c(y + 2)}" width="10" height="10" rx="2" fill="${color}"/>`;
    legendSvg += svgText(ctx, l, {
      x: ctx.rtl ? legendStart - 18 : legendStart + 18,
      y: y + 11,
      align: ctx.rtl ? "right" : "left",
      size: SMALL,
      lines: wrapped.lines,
      ...(wrapped.truncated ? { title: l.text } : {}),
    });
    legendSvg += svgText(ctx, valueLabel(ctx, valueTexts[i] ?? ""), {
      x: legendEnd,
      y: y + 11,
      align: ctx.rtl ? "left" : "right",
      size: SMALL,
      fill: MUTED,
    });
    y += wrapped.lines.length * (SMALL + 2) + 9;
  });

  const entries = labels.map((l, i) => `${l.text}: ${valueTexts[i] ?? ""}`);
  const description = [
    chart.description === undefined ? undefined : label(ctx, chart.description).text,
    summary(entries),
  ]
    .filter((t) => t !== undefined && t !== "")
    .join(" — ");
  const height = Math.max(cy + R + PAD + 6, y + PAD);
  const body = `<g class="slices">${arcs}</g><g class="values">${inner}</g>${center}<g class="legend">${legendSvg}</g>`;
  return svgRoot(ctx, "donut", label(ctx, chart.title).text, description, height, body);
}
