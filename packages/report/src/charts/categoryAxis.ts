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
  type Wrapped,
  wrapText,
  wrapWords,
} from "./svg.js";
import { formatTick } from "./values.js";

const SIN45 = Math.SQRT1_2;
/** Longest line of a turned category label. */
const ROTATED_MAX = 150;

/**
 * The category labels wrapped level under their slots, or `undefined` when one of them would have to be
 * cut or broken inside a word (a region name like `تافيلالت` in a 48-unit slot): those are then turned.
 */
function levelLabels(labels: readonly Label[], width: number): Wrapped[] | undefined {
  const out: Wrapped[] = [];
  for (const l of labels) {
    const wrapped = wrapText(l.text, width, SMALL, 3);
    if (wrapped.truncated || wrapWords(l.text).some((w) => estimateWidth(w, SMALL) > Math.max(width, SMALL))) {
      return undefined;
    }
    out.push(wrapped);
  }
  return out;
}

/** Most room the plot gives up for turned labels. */
const EXTRA_MAX = CHART_WIDTH * 0.2;

/** How far a turned label reaches from its category's middle towards the value axis. */
function turnedReach(text: string, maxLines: number): number {
  const wrapped = wrapText(text, ROTATED_MAX, SMALL, maxLines);
  const long = wrapped.lines
    .map((line) => estimateWidth(line, SMALL))
    .reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  return (long + (wrapped.lines.length * (SMALL + 2)) / 2) * SIN45 + 4;
}

/**
 * Room to add between the value axis and the plot so that every turned label fits in the chart: label `i`
 * sits `margin + extra + (i + ½)·(span − extra)/n` from the edge, which must be at least its reach.
 */
function turnedExtra(labels: readonly Label[], maxLines: number, margin: number, span: number): number {
  const n = Math.max(1, labels.length);
  let extra = 0;
  labels.forEach((l, i) => {
    const share = (i + 0.5) / n;
    const need = (turnedReach(l.text, maxLines) - margin - share * span) / (1 - share);
    if (need > extra) extra = need;
  });
  return Math.min(EXTRA_MAX, extra);
}

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
 * right, following the reading order of Arabic. Category labels wrap under their slot on up to three
 * lines; when one would have to be cut or broken inside a word, all are turned by 45° (two lines at most,
 * ending under their category) and the chart grows downwards to hold them; with very narrow slots, every
 * k-th label is shown on one line.
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
  const labels = categories.map((t) => label(ctx, t));
  const n = Math.max(1, categories.length);
  const span = CHART_WIDTH - 2 * PAD - axisWidth;
  const level = span / n >= 36 ? levelLabels(labels, span / n - 6) : undefined;
  const turned = level === undefined && span / n >= 36;
  const lineHeight = SMALL + 2;
  // Two lines when the slots leave room for two turned lines side by side.
  const maxLines = Math.max(1, Math.min(2, Math.floor(((span / n) * SIN45 + 2) / lineHeight)));
  // Turned labels reach out towards the value axis; the plot moves in so that the first ones fit.
  const extra = turned ? turnedExtra(labels, maxLines, PAD + axisWidth, span) : 0;
  const plotLeft = ctx.rtl ? PAD : PAD + axisWidth + extra;
  const plotRight = ctx.rtl ? CHART_WIDTH - PAD - axisWidth - extra : CHART_WIDTH - PAD;
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

  const labelTop = plotBottom + (options.gap ?? 0) + 16;
  let out = "";
  let bottom = labelTop + 6;
  if (level !== undefined) {
    labels.forEach((l, i) => {
      const wrapped = level[i] ?? wrapText(l.text, slot - 6, SMALL, 3);
      bottom = Math.max(bottom, labelTop + (wrapped.lines.length - 1) * (SMALL + 2) + 6);
      out += svgText(ctx, l, {
        x: slotLeft(i) + slot / 2,
        y: labelTop,
        align: "middle",
        size: SMALL,
        lines: wrapped.lines,
        ...(wrapped.truncated ? { title: l.text } : {}),
      });
    });
  } else if (turned) {
    // Labels too long for their slot (long Arabic region names): turned by 45°, ending under their
    // category, on up to two lines each, towards the value axis (left, or right in a right-to-left chart).
    const anchorY = plotBottom + (options.gap ?? 0) + 8;
    labels.forEach((l, i) => {
      const x = slotLeft(i) + slot / 2;
      // Room towards the edge of the chart, along the 45° line, less the lines' thickness.
      const edge = ctx.rtl ? CHART_WIDTH - x : x;
      const room = Math.min(ROTATED_MAX, (edge - 2) / SIN45 - (maxLines * lineHeight) / 2);
      const wrapped = wrapText(l.text, room, SMALL, maxLines);
      const n = wrapped.lines.length;
      const long = wrapped.lines
        .map((line) => estimateWidth(line, SMALL))
        .reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
      bottom = Math.max(bottom, anchorY + long * SIN45 + ((n * lineHeight) / 2) * SIN45 + 4);
      out += svgText(ctx, l, {
        x,
        // Lines centred on the category's middle, across the turned baseline.
        y: anchorY + SMALL * 0.35 - ((n - 1) * lineHeight) / 2,
        rotate: ctx.rtl ? 45 : -45,
        rotateY: anchorY,
        align: ctx.rtl ? "left" : "right",
        size: SMALL,
        lines: wrapped.lines,
        ...(wrapped.truncated ? { title: l.text } : {}),
      });
    });
  } else {
    // Too many categories for every label: every k-th, on one line.
    const widest = Math.min(
      110,
      labels.map((l) => estimateWidth(l.text, SMALL)).reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY),
    );
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
    bottom,
    labels,
  };
}
