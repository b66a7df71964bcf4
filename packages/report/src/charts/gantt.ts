/**
 * Gantt rows: one bar per activity between its start and end dates, filled as far as it is done, on a
 * time axis of days or months.
 *
 * @module
 */
import { daysBetween } from "@madani/model";
import type { Chart } from "../document/document.js";
import { escapeText } from "./markup.js";
import { seriesColor, TONE_FILLS } from "./palette.js";
import {
  CHART_WIDTH,
  type ChartContext,
  c,
  estimateWidth,
  GRID,
  INK,
  type Label,
  label,
  labelStride,
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

/** A Gantt chart of the document model. */
export type GanttChart = Extract<Chart, { kind: "gantt" }>;

const DAY = 86_400_000;

/**
 * Days since 1970-01-01 of an ISO date, read as a calendar date (no time zone).
 *
 * @param iso - a date `YYYY-MM-DD`.
 * @returns the day number (0 for a date that cannot be read).
 * @example
 * ```ts
 * dayNumber("2024-12-29") - dayNumber("2024-12-27"); // 2
 * ```
 */
export function dayNumber(iso: string): number {
  const d = daysBetween("1970-01-01", iso);
  return Number.isFinite(d) ? d : 0;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    dateFormats.set(key, f);
  }
  return f;
}

interface Tick {
  /** Day number where the labelled interval starts and ends. */
  readonly from: number;
  readonly to: number;
  readonly lines: readonly string[];
}

/**
 * The ticks of a time axis from day `t0` (included) to day `t1` (excluded), `width` units wide: days for
 * spans up to about two months, months beyond, years for very long spans; labels thin out to fit.
 */
function timeTicks(ctx: ChartContext, t0: number, t1: number, width: number): { ticks: Tick[]; grid: number[] } {
  const locale = ctx.fmt.locale;
  const days = t1 - t0;
  const ticks: Tick[] = [];
  const grid: number[] = [];
  if (days <= 62) {
    const dayMonth = dateFormat(locale, { day: "numeric", month: "short" });
    const cell = width / days;
    const widest = estimateWidth(dayMonth.format(Date.UTC(2024, 8, 28)), 10);
    const k = days === 1 ? 1 : labelStride(days, cell, widest);
    for (let d = t0; d < t1; d++) {
      if (cell >= 4 || (d - t0) % k === 0) grid.push(d);
      if ((d - t0) % k === 0) ticks.push({ from: d, to: d + 1, lines: [dayMonth.format(d * DAY)] });
    }
    grid.push(t1);
    return { ticks, grid };
  }
  const start = new Date(t0 * DAY);
  const end = new Date((t1 - 1) * DAY);
  const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth() + 1;
  const monthName = dateFormat(locale, { month: "long" });
  const shortName = dateFormat(locale, { month: "short" });
  const year = dateFormat(locale, { year: "numeric" });
  const perMonth = width / Math.max(1, days / 30.44);
  const longest = estimateWidth(monthName.format(Date.UTC(2024, 8, 1)), 10);
  const shortest = estimateWidth(shortName.format(Date.UTC(2024, 8, 1)), 10);
  const yearsOnly = perMonth * 12 < 40 ? Math.ceil(40 / (perMonth * 12)) : 0;
  const k =
    yearsOnly > 0
      ? 12 * yearsOnly
      : perMonth >= longest + 6
        ? 1
        : ([2, 3, 6, 12].find((s) => perMonth * s >= shortest + 6) ?? 12);
  const name = perMonth >= longest + 6 ? monthName : shortName;
  for (let m = 0; m < months; m++) {
    const y = start.getUTCFullYear() + Math.floor((start.getUTCMonth() + m) / 12);
    const mo = (start.getUTCMonth() + m) % 12;
    const from = Math.max(t0, Date.UTC(y, mo, 1) / DAY);
    const to = Math.min(t1, Date.UTC(y, mo + k, 1) / DAY);
    const absolute = y * 12 + mo;
    if (k === 1 || absolute % k === 0 || m === 0) {
      if (months <= 60 || absolute % k === 0 || m === 0) grid.push(from);
      if (k >= 12) {
        if (absolute % k === 0 || (m === 0 && mo <= 6)) ticks.push({ from, to, lines: [year.format(from * DAY)] });
      } else if (absolute % k === 0 || m === 0) {
        const withYear = m === 0 || mo === 0;
        ticks.push({
          from,
          to,
          lines: withYear ? [name.format(from * DAY), year.format(from * DAY)] : [name.format(from * DAY)],
        });
      }
    } else if (months <= 60) grid.push(from);
  }
  grid.push(t1);
  return { ticks: k >= 12 ? ticks : apart(ticks, width / days, (d) => year.format(d * DAY)), grid };
}

/** Width of a tick's label at the axis' font size. */
const tickWidth = (t: Tick) =>
  t.lines.map((line) => estimateWidth(line, 10)).reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);

/**
 * Month ticks whose labels do not overlap: a label wider than its month (the first or last month, when
 * the axis starts or ends inside it) is dropped when it would run into a neighbour's, and the year it
 * carried moves to the next label (`أبريل` and `ماي` would otherwise collide above a short April).
 */
function apart(ticks: readonly Tick[], perDay: number, yearOf: (day: number) => string): Tick[] {
  const extent = (t: Tick) => {
    const middle = ((t.from + t.to) / 2) * perDay;
    const half = tickWidth(t) / 2;
    return { lo: middle - half, hi: middle + half };
  };
  const out: Tick[] = [];
  let carry = false;
  ticks.forEach((tick, i) => {
    const next = ticks[i + 1];
    // The first tick of a thinned axis spans up to the next labelled month, not over it.
    let t = next !== undefined && next.from < tick.to ? { ...tick, to: next.from } : tick;
    if (carry && t.lines.length === 1) t = { ...t, lines: [t.lines[0] ?? "", yearOf(t.from)] };
    carry = false;
    const { lo, hi } = extent(t);
    const fits = hi - lo <= (t.to - t.from) * perDay;
    const previous = out[out.length - 1];
    const clash =
      (previous !== undefined && lo < extent(previous).hi + 4) || (next !== undefined && hi > extent(next).lo - 4);
    if (!fits && clash) {
      carry = t.lines.length > 1;
      return;
    }
    out.push(t);
  });
  return out;
}

/** Where the share done of a Gantt row is written. */
export type ProgressLabelPlace = "after" | "inside" | "before" | "none";

/**
 * Where to write the share done of a Gantt row: after the bar's end when there is room, else inside the
 * bar when it is wide enough, else before the bar's start, else nowhere (the share is still in the
 * chart's description and in its data table).
 *
 * @param label - width the label needs.
 * @param after - room between the bar's end and the end of the axis.
 * @param bar - the bar's width.
 * @param before - room between the start of the axis and the bar's start.
 * @returns the place.
 * @example
 * ```ts
 * progressLabelPlace(24, 0, 10, 300); // "before": a short bar at the end of the axis
 * ```
 */
export function progressLabelPlace(label: number, after: number, bar: number, before: number): ProgressLabelPlace {
  if (after >= label) return "after";
  if (bar >= label + 2) return "inside";
  if (before >= label) return "before";
  return "none";
}

/**
 * Render Gantt rows as SVG.
 *
 * @param ctx - the chart context.
 * @param chart - the chart.
 * @returns the `<svg>` element.
 * @remarks The axis runs from the earliest start to the day after the latest end (end dates are
 * included). Spans up to 62 days show days, longer ones months (labelled with the document locale's
 * month names, e.g. the Moroccan دجنبر, with the year on the first month and on each January), very long
 * ones years. In a right-to-left document the labels are on the right and time runs from right to left,
 * as in right-to-left project-planning tools, so that a row reads in the same direction as its label. Rows
 * that share a `group` are listed under the group's heading. When a row has a `progress`, the darker part of its
 * bar is the share done and the lighter part what remains; a row without one is drawn solid.
 * @example
 * ```ts
 * ganttChart(ctx, { kind: "gantt", title: "Programme", rows: [{ label: "Atelier 1", startOn: "2024-12-27", endOn: "2024-12-27", progress: 1 }] });
 * ```
 */
export function ganttChart(ctx: ChartContext, chart: GanttChart): string {
  const starts = chart.rows.map((r) => dayNumber(r.startOn));
  const ends = chart.rows.map((r, i) => Math.max(dayNumber(r.endOn), starts[i] ?? 0) + 1);
  const t0 = starts.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  const t1 = ends.reduce((a, b) => Math.max(a, b), t0 + 1);
  const labelWidth = CHART_WIDTH * 0.3;
  const axisStart = ctx.rtl ? CHART_WIDTH - PAD - labelWidth - 10 : PAD + labelWidth + 10;
  const axisEnd = ctx.rtl ? PAD : CHART_WIDTH - PAD;
  const span = axisEnd - axisStart;
  const x = (day: number) => axisStart + ((day - t0) / (t1 - t0)) * span;
  const { ticks, grid } = timeTicks(ctx, t0, t1, Math.abs(span));
  const headerLines = Math.max(1, ...ticks.map((t) => t.lines.length));
  const top = PAD + headerLines * 12 + 6;

  let header = "";
  for (const t of ticks) {
    header += svgText(ctx, valueLabel(ctx, t.lines[0] ?? ""), {
      x: (x(t.from) + x(t.to)) / 2,
      y: PAD + 10,
      align: "middle",
      size: 10,
      fill: MUTED,
      lines: t.lines,
    });
  }

  let rows = "";
  let y = top;
  let group: string | undefined;
  const entries: string[] = [];
  const labelX = ctx.rtl ? CHART_WIDTH - PAD : PAD;
  const labelAlign = ctx.rtl ? "right" : "left";
  chart.rows.forEach((row, i) => {
    if (row.group !== undefined) {
      const g = label(ctx, row.group);
      if (g.text !== group) {
        group = g.text;
        const wrapped = wrapText(g.text, CHART_WIDTH - 2 * PAD, SMALL, 1, true);
        rows += `<rect x="${PAD}" y="${c(y)}" width="${CHART_WIDTH - 2 * PAD}" height="22" fill="#F6F8FA"/>`;
        rows += svgText(ctx, g, {
          x: labelX,
          y: y + 15,
          align: labelAlign,
          size: SMALL,
          bold: true,
          lines: wrapped.lines,
          ...(wrapped.truncated ? { title: g.text } : {}),
        });
        y += 22;
      }
    } else group = undefined;
    const l: Label = label(ctx, row.label);
    const wrapped = wrapText(l.text, labelWidth, SMALL, 3);
    const height = Math.max(26, wrapped.lines.length * (SMALL + 2) + 12);
    const mid = y + height / 2;
    rows += `<line x1="${PAD}" y1="${c(y + height)}" x2="${CHART_WIDTH - PAD}" y2="${c(y + height)}" stroke="${GRID}" stroke-width="0.6"/>`;
    rows += svgText(ctx, l, {
      x: labelX,
      y: mid + 4 - ((wrapped.lines.length - 1) * (SMALL + 2)) / 2,
      align: labelAlign,
      size: SMALL,
      lines: wrapped.lines,
      ...(wrapped.truncated ? { title: l.text } : {}),
    });
    const from = starts[i] ?? t0;
    const to = ends[i] ?? from + 1;
    const left = Math.min(x(from), x(to));
    const width = Math.max(1, Math.abs(x(to) - x(from)));
    const color = row.tone === undefined ? seriesColor(0) : TONE_FILLS[row.tone];
    const range = ctx.fmt.dateRange(row.startOn, row.endOn);
    rows += `<rect x="${c(left)}" y="${c(mid - 7)}" width="${c(width)}" height="14" rx="2" fill="${color}"${row.progress === undefined ? "" : ' fill-opacity="0.35"'}><title>${escapeText(range)}</title></rect>`;
    const progress = row.progress ?? 0;
    if (progress > 0) {
      const done = Math.abs(x(to) - x(from)) * Math.min(1, progress);
      const doneLeft = ctx.rtl ? x(from) - done : x(from);
      rows += `<rect x="${c(doneLeft)}" y="${c(mid - 7)}" width="${c(Math.max(1, done))}" height="14" rx="2" fill="${color}"/>`;
    }
    if (row.progress !== undefined) {
      const text = formatPercent(ctx.fmt, row.progress * 100, 0);
      const place = progressLabelPlace(
        estimateWidth(text, 10, true) + 6,
        ctx.rtl ? x(to) - axisEnd : axisEnd - x(to),
        Math.abs(x(to) - x(from)),
        ctx.rtl ? axisStart - x(from) : x(from) - axisStart,
      );
      if (place !== "none") {
        // "after" and "inside" sit at the bar's end, "before" at its start; the text runs away from the
        // bar outside it and towards its start inside it.
        const edge = place === "before" ? x(from) : x(to);
        const away = place === "after" ? 4 : -4;
        const forward = ctx.rtl ? "left" : "right";
        const backward = ctx.rtl ? "right" : "left";
        rows += svgText(ctx, valueLabel(ctx, text), {
          x: edge + (ctx.rtl ? -away : away),
          y: mid + 3.5,
          align: place === "after" ? backward : forward,
          size: 10,
          fill: place === "inside" && progress >= 0.9 ? "#FFFFFF" : INK,
          bold: place === "inside",
        });
      }
    }
    entries.push(
      `${group === undefined ? "" : `${group} — `}${l.text}: ${range}${
        row.progress === undefined ? "" : ` (${formatPercent(ctx.fmt, row.progress * 100, 0)})`
      }`,
    );
    y += height;
  });

  const gridLines = grid
    .map(
      (d) =>
        `<line x1="${c(x(d))}" y1="${c(top - 2)}" x2="${c(x(d))}" y2="${c(y)}" stroke="${GRID}" stroke-width="0.6"/>`,
    )
    .join("");
  const description = [
    chart.description === undefined ? undefined : label(ctx, chart.description).text,
    summary(entries),
  ]
    .filter((t) => t !== undefined && t !== "")
    .join(" — ");
  const body = `<g class="axis">${gridLines}${header}</g><g class="rows">${rows}</g>`;
  return svgRoot(ctx, "gantt", label(ctx, chart.title).text, description, y + PAD, body);
}
