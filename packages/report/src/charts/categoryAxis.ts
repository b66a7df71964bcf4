/**
 * The frame shared by bar, stacked-bar and line charts: a value axis with grid lines and tick labels,
 * and a category axis whose labels wrap or thin out to fit. Mirrored for right-to-left documents.
 *
 * @module
 */
import type { ReportText } from "../document/document.js";
import {
  CHART_WIDTH,
  type ChartContext,
  c,
  estimateWidth,
  GRID,
  type Label,
  label,
  labelStride,
  MUTED,
  PAD,
  type Scale,
  SMALL,
  svgText,
  valueLabel,
  wrapText,
} from "./svg.js";
import { formatTick } from "./values.js";

/** The geometry of a categorical chart. */
export interface CategoryFrame {
  readonly plotLeft: number;
  readonly plotRight: number;
  readonly plotTop: number;
  readonly plotBottom: number;
  /** Width of one category's slot. */
  readonly slot: number;
  /** Left edge of category `i`'s slot (categories run right to left in a right-to-left chart). */
  slotLeft(i: number): number;
  /** Vertical position of a value. */
  y(value: number): number;
  /** Grid lines, zero line and tick labels. */
  readonly grid: string;
  /** Category labels. */
  readonly categories: string;
  /** Bottom of the category labels. */
  readonly bottom: number;
  /** The category labels, resolved (for descriptions). */
  readonly labels: readonly Label[];
}

/** Options of {@link categoryFrame}. */
export interface CategoryFrameOptions {
  /** Height of the plot area (default 200). */
  readonly plotHeight?: number;
  /** Space above the plot for value labels (default 18). */
  readonly top?: number;
  /** Space between the plot and the category labels, for labels of negative values (default 0). */
  readonly gap?: number;
}

/**
 * Lay out a categorical chart.
 *
 * @param ctx - the chart context.
 * @param categories - the category texts.
 * @param scale - the value scale.
 * @param options - plot height and margins.
 * @returns the frame.
 * @remarks In a right-to-left document the first category is on the right and the value axis on the
 * right, following the reading order of Arabic.
 * @example
 * ```ts
 * const frame = categoryFrame(ctx, chart.categories, linearScale(values, true));
 * ```
 */
export function categoryFrame(
  ctx: ChartContext,
  categories: readonly ReportText[],
  scale: Scale,
  options: CategoryFrameOptions = {},
): CategoryFrame {
  const plotHeight = options.plotHeight ?? 200;
  const plotTop = PAD + (options.top ?? 18);
  const plotBottom = plotTop + plotHeight;
  const tickTexts = scale.ticks.map((t) => formatTick(ctx.fmt, ctx.format, t, scale.step));
  const axisWidth = Math.min(CHART_WIDTH * 0.3, Math.max(24, ...tickTexts.map((t) => estimateWidth(t, SMALL))) + 10);
  const plotLeft = ctx.rtl ? PAD : PAD + axisWidth;
  const plotRight = ctx.rtl ? CHART_WIDTH - PAD - axisWidth : CHART_WIDTH - PAD;
  const n = Math.max(1, categories.length);
  const slot = (plotRight - plotLeft) / n;
  const slotLeft = (i: number) => (ctx.rtl ? plotRight - (i + 1) * slot : plotLeft + i * slot);
  const y = (value: number) => plotBottom - scale.pos(value) * plotHeight;

  let grid = "";
  scale.ticks.forEach((t, i) => {
    const ty = y(t);
    const zero = t === 0;
    grid += `<line x1="${c(plotLeft)}" y1="${c(ty)}" x2="${c(plotRight)}" y2="${c(ty)}" stroke="${zero ? MUTED : GRID}" stroke-width="${zero ? 1.2 : 0.8}"/>`;
    grid += svgText(ctx, valueLabel(ctx, tickTexts[i] ?? ""), {
      x: ctx.rtl ? plotRight + 6 : plotLeft - 6,
      y: ty + 4,
      align: ctx.rtl ? "left" : "right",
      size: SMALL,
      fill: MUTED,
    });
  });

  const labels = categories.map((t) => label(ctx, t));
  const labelTop = plotBottom + (options.gap ?? 0) + 16;
  let out = "";
  let lines = 1;
  if (slot >= 36) {
    labels.forEach((l, i) => {
      const wrapped = wrapText(l.text, slot - 6, SMALL, 3);
      lines = Math.max(lines, wrapped.lines.length);
      out += svgText(ctx, l, {
        x: slotLeft(i) + slot / 2,
        y: labelTop,
        align: "middle",
        size: SMALL,
        lines: wrapped.lines,
        ...(wrapped.truncated ? { title: l.text } : {}),
      });
    });
  } else {
    // Too many categories for every label: every k-th, on one line.
    const widest = Math.min(110, Math.max(...labels.map((l) => estimateWidth(l.text, SMALL))));
    const k = labelStride(n, slot, widest);
    labels.forEach((l, i) => {
      if (i % k !== 0) return;
      const wrapped = wrapText(l.text, Math.max(slot * k - 8, 20), SMALL, 1);
      out += svgText(ctx, l, {
        x: slotLeft(i) + slot / 2,
        y: labelTop,
        align: "middle",
        size: SMALL,
        lines: wrapped.lines,
        ...(wrapped.truncated ? { title: l.text } : {}),
      });
    });
  }
  return {
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    slot,
    slotLeft,
    y,
    grid: `<g class="axis">${grid}</g>`,
    categories: `<g class="categories" fill="${MUTED}">${out}</g>`,
    bottom: labelTop + (lines - 1) * (SMALL + 2) + 6,
    labels,
  };
}
