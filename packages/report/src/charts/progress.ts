/**
 * Progress chart: one bar per item showing its value as a share of its target, on a common scale.
 *
 * @module
 */
import type { Chart } from "../document/document.js";
import { formatValue } from "../render/cells.js";
import { seriesColor, TONE_FILLS } from "./palette.js";
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
import { formatPercent } from "./values.js";

/** A progress chart of the document model. */
export type ProgressChart = Extract<Chart, { kind: "progress" }>;

/**
 * The achieved share of a target: `value / target`; with a target of zero, 1 when the value is at least
 * zero and 0 otherwise.
 *
 * @param value - the value reached.
 * @param target - the target.
 * @returns the ratio (may exceed 1 or be negative).
 * @example
 * ```ts
 * targetRatio(45, 60); // 0.75
 * ```
 */
export function targetRatio(value: number, target: number): number {
  if (!Number.isFinite(value) || !Number.isFinite(target)) return 0;
  if (target === 0) return value >= 0 ? 1 : 0;
  const r = value / target;
  return Number.isFinite(r) ? r : value / 2 / (target / 2);
}

const TRACK = "#E6EAEF";

/**
 * Render a progress chart as SVG.
 *
 * @param ctx - the chart context.
 * @param chart - the chart.
 * @returns the `<svg>` element.
 * @remarks Every bar is drawn on one scale of "percent of target" (0 to 100 %, extended up to 150 %
 * when an item exceeds its target), so that items with different units compare at a glance; the dashed
 * line marks the target. Beside each bar: the share of the target and `value / target`. The fill colour is
 * the item's tone when it has one. Labels sit on the start side (the right in a right-to-left document).
 * @example
 * ```ts
 * progressChart(ctx, { kind: "progress", title: "Objectifs", items: [{ label: "Conventions signées", value: 4, target: 5 }] });
 * ```
 */
export function progressChart(ctx: ChartContext, chart: ProgressChart): string {
  const ratios = chart.items.map((item) => targetRatio(item.value, item.target));
  const max = Math.min(1.5, Math.max(1, ...ratios));
  const ticks = max > 1.25 ? [0, 0.5, 1, 1.5] : max > 1 ? [0, 0.25, 0.5, 0.75, 1, 1.25] : [0, 0.25, 0.5, 0.75, 1];
  const domain = ticks[ticks.length - 1] ?? 1;
  const labelWidth = CHART_WIDTH * 0.32;
  const pctTexts = chart.items.map((item, i) =>
    item.target === 0 ? "—" : formatPercent(ctx.fmt, (ratios[i] ?? 0) * 100, 0),
  );
  const pairTexts = chart.items.map(
    (item) => `${formatValue(ctx.fmt, item.value, ctx.format)} / ${formatValue(ctx.fmt, item.target, ctx.format)}`,
  );
  const valueWidth = Math.min(
    CHART_WIDTH * 0.3,
    Math.max(60, ...pairTexts.map((t) => estimateWidth(t, 10)), ...pctTexts.map((t) => estimateWidth(t, SMALL, true))),
  );
  // Start side (labels) and end side (values), mirrored for right-to-left.
  const barStart = ctx.rtl ? CHART_WIDTH - PAD - labelWidth - 12 : PAD + labelWidth + 12;
  const barEnd = ctx.rtl ? PAD + valueWidth + 14 : CHART_WIDTH - PAD - valueWidth - 14;
  const span = barEnd - barStart;
  const x = (ratio: number) => barStart + (Math.min(Math.max(ratio, 0), domain) / domain) * span;

  const top = PAD + 16;
  let axis = "";
  for (const t of ticks) {
    axis += svgText(ctx, valueLabel(ctx, formatPercent(ctx.fmt, t * 100, 0)), {
      x: x(t),
      y: top - 5,
      align: "middle",
      size: 10,
      fill: MUTED,
    });
  }
  let rows = "";
  let y = top;
  const labels = chart.items.map((item) => label(ctx, item.label));
  chart.items.forEach((item, i) => {
    const l = labels[i] ?? { text: "", dir: "ltr", lang: undefined };
    const wrapped = wrapText(l.text, labelWidth, SMALL, 2);
    const height = Math.max(36, wrapped.lines.length * (SMALL + 2) + 14);
    const mid = y + height / 2;
    const color = item.tone === undefined ? seriesColor(0) : TONE_FILLS[item.tone];
    const ratio = ratios[i] ?? 0;
    rows += svgText(ctx, l, {
      x: ctx.rtl ? CHART_WIDTH - PAD : PAD,
      y: mid + 4 - ((wrapped.lines.length - 1) * (SMALL + 2)) / 2,
      align: ctx.rtl ? "right" : "left",
      size: SMALL,
      lines: wrapped.lines,
      ...(wrapped.truncated ? { title: l.text } : {}),
    });
    const trackLeft = Math.min(x(0), x(1));
    rows += `<rect x="${c(trackLeft)}" y="${c(mid - 7)}" width="${c(Math.abs(x(1) - x(0)))}" height="14" rx="3" fill="${TRACK}"/>`;
    const fillLeft = Math.min(x(0), x(ratio));
    const fillWidth = Math.abs(x(ratio) - x(0));
    if (fillWidth > 0)
      rows += `<rect x="${c(fillLeft)}" y="${c(mid - 7)}" width="${c(fillWidth)}" height="14" rx="3" fill="${color}"/>`;
    const valueX = ctx.rtl ? PAD : CHART_WIDTH - PAD;
    const align = ctx.rtl ? "left" : "right";
    rows += svgText(ctx, valueLabel(ctx, pctTexts[i] ?? ""), { x: valueX, y: mid - 2, align, size: SMALL, bold: true });
    rows += svgText(ctx, valueLabel(ctx, pairTexts[i] ?? ""), { x: valueX, y: mid + 11, align, size: 10, fill: MUTED });
    y += height;
  });
  const gridLine = (t: number) =>
    `<line x1="${c(x(t))}" y1="${c(top)}" x2="${c(x(t))}" y2="${c(y)}" stroke="${t === 1 ? MUTED : GRID}" stroke-width="${t === 1 ? 1.2 : 0.8}"${t === 1 ? ' stroke-dasharray="4 3"' : ""}/>`;
  const gridLines = ticks
    .filter((t) => t !== 1)
    .map(gridLine)
    .join("");
  const entries = labels.map((l, i) => `${l.text}: ${pctTexts[i] ?? ""} (${pairTexts[i] ?? ""})`);
  const description = [
    chart.description === undefined ? undefined : label(ctx, chart.description).text,
    summary(entries),
  ]
    .filter((t) => t !== undefined && t !== "")
    .join(" — ");
  // The target line goes over the bars, the other grid lines under them.
  const body = `<g class="axis">${gridLines}${axis}</g><g class="rows">${rows}</g>${gridLine(1)}`;
  return svgRoot(ctx, "progress", label(ctx, chart.title).text, description, y + PAD, body);
}
