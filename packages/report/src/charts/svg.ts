/**
 * Shared pieces of the SVG charts: the chart context, coordinates, text measurement and wrapping,
 * direction-aware text, the root element with its accessible name, scales, legends and markers.
 *
 * Charts are laid out in a fixed coordinate system ({@link CHART_WIDTH} units wide) and scale to their
 * container through `viewBox` and `width="100%"`. Nothing here reads the clock, the host's locale or a
 * random source: the same chart gives the same bytes.
 *
 * @module
 */
import type { ReportText, ValueFormat } from "../document/document.js";
import type { Formatter, ShownText } from "../format/formatter.js";
import { attrs, escapeText } from "./markup.js";

/** Width of every chart's coordinate system, in SVG user units (about one CSS pixel on an A4 page). */
export const CHART_WIDTH = 640;
/** Outer padding of a chart. */
export const PAD = 10;
/** Font size of labels. */
export const FONT = 12;
/** Font size of ticks and small labels. */
export const SMALL = 11;
/** Line height of wrapped labels. */
export const LINE = 14;
/** Colour of text. */
export const INK = "#1F2328";
/** Colour of secondary text (ticks, axis labels): 7.4:1 on white. */
export const MUTED = "#4B535C";
/** Colour of grid lines. */
export const GRID = "#D0D7DE";

/** The font stack of charts: system fonts only, with fonts that cover Arabic. */
export const FONT_STACK =
  '"Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", Tahoma, "Segoe UI", Arial, sans-serif';

/** What every chart renderer needs: the document's formatter, its direction, the id base, the value format. */
export interface ChartContext {
  readonly fmt: Formatter;
  /** Mirror the layout: categories run right to left, the value axis sits on the right. */
  readonly rtl: boolean;
  /** Base of the ids of the chart's elements; derived from the block's path, never random. */
  readonly id: string;
  readonly format: ValueFormat | undefined;
}

/**
 * A coordinate written with at most 2 decimals, `0` for anything not finite, never `-0`.
 *
 * @param n - the coordinate.
 * @returns its text.
 * @example
 * ```ts
 * c(1 / 3); // "0.33"
 * ```
 */
export function c(n: number): string {
  if (!Number.isFinite(n)) return "0";
  const r = Math.round(n * 100) / 100;
  return r === 0 ? "0" : String(r);
}

// Widths in em of classes of characters, for an average sans-serif (Noto Sans, Noto Naskh Arabic, DejaVu Sans).
const ZERO_WIDTH = /[\u0300-\u036F\u064B-\u065F\u0670\u06D6-\u06ED\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/**
 * An estimate of the width of a text in a sans-serif font, used to lay out labels without a browser.
 * It errs on the wide side so that labels do not overlap.
 *
 * @param text - the text.
 * @param size - font size.
 * @param bold - bold text is a little wider.
 * @returns the width in the same unit as `size`.
 * @example
 * ```ts
 * estimateWidth("Sidi Bennour", 12); // about 73
 * ```
 */
export function estimateWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (ZERO_WIDTH.test(ch)) continue;
    else if (ch === " ") em += 0.3;
    else if (ch >= "0" && ch <= "9") em += 0.58;
    else if (".,:;'!|()[]".includes(ch)) em += 0.32;
    else if (ch >= "A" && ch <= "Z") em += 0.68;
    else if (ch >= "a" && ch <= "z") em += 0.56;
    else if (ARABIC.test(ch)) em += 0.52;
    else if (WIDE.test(ch)) em += 1;
    else em += 0.62;
  }
  return em * size * (bold ? 1.07 : 1);
}

/** A text broken into lines that fit a width. */
export interface Wrapped {
  readonly lines: readonly string[];
  /** Whether text was cut (an ellipsis ends the last line); the full text should then be given as a tooltip. */
  readonly truncated: boolean;
}

function cut(text: string, maxWidth: number, size: number, bold: boolean): string {
  // Longest prefix (by code points) that fits with an ellipsis.
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (estimateWidth(`${chars.slice(0, mid).join("")}…`, size, bold) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join("").trimEnd()}…`;
}

/** A token made of dashes only (`-`, `–`, `—`), kept with the word before it so that no line starts with one. */
const DASHES_ONLY = /^[-\u2010-\u2015]+$/;

/**
 * The words of a text for wrapping: split at white space, with a lone dash kept with the word before it
 * (`درعة - تافيلالت` → `درعة -`, `تافيلالت`).
 *
 * @param text - the text.
 * @returns the words.
 * @example
 * ```ts
 * wrapWords("Fès - Meknès"); // ["Fès -", "Meknès"]
 * ```
 */
export function wrapWords(text: string): string[] {
  const words: string[] = [];
  for (const w of text.split(/\s+/)) {
    if (w === "") continue;
    const last = words.length - 1;
    if (DASHES_ONLY.test(w) && last >= 0) words[last] = `${words[last]} ${w}`;
    else words.push(w);
  }
  return words;
}

/**
 * Break a text into lines no wider than `maxWidth`, at spaces (inside a word only when one word is too
 * long; never before a lone dash), at most `maxLines` lines; what does not fit is cut with an ellipsis.
 *
 * @param text - the text; runs of white space count as one space.
 * @param maxWidth - the width available.
 * @param size - font size.
 * @param maxLines - lines at most (at least 1).
 * @param bold - whether the text is bold.
 * @returns the lines and whether the text was cut.
 * @example
 * ```ts
 * wrapText("ورشة التخطيط الاستراتيجي", 80, 12, 2).lines; // ["ورشة التخطيط", "الاستراتيجي"]
 * ```
 */
export function wrapText(text: string, maxWidth: number, size: number, maxLines: number, bold = false): Wrapped {
  const width = Math.max(maxWidth, size);
  const words = wrapWords(text);
  const lines: string[] = [];
  let line = "";
  let truncated = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    const candidate = line === "" ? word : `${line} ${word}`;
    if (estimateWidth(candidate, size, bold) <= width) {
      line = candidate;
      continue;
    }
    if (line !== "") {
      lines.push(line);
      line = "";
    }
    if (lines.length === Math.max(1, maxLines)) {
      truncated = true;
      break;
    }
    if (estimateWidth(word, size, bold) <= width) line = word;
    else {
      // A word wider than the line: break it by characters.
      let rest = Array.from(word);
      while (rest.length > 0 && lines.length < Math.max(1, maxLines)) {
        let n = rest.length;
        while (n > 1 && estimateWidth(rest.slice(0, n).join(""), size, bold) > width) n--;
        const part = rest.slice(0, n).join("");
        rest = rest.slice(n);
        if (rest.length === 0) line = part;
        else lines.push(part);
      }
      if (rest.length > 0) {
        truncated = true;
        break;
      }
    }
  }
  if (line !== "") {
    if (lines.length < Math.max(1, maxLines)) lines.push(line);
    else truncated = true;
  }
  if (truncated) {
    const last = lines.length - 1;
    lines[last] = cut(lines[last] ?? "", width, size, bold);
  }
  if (lines.length === 0) lines.push("");
  return { lines, truncated };
}

const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const STRONG_LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u2D30-\u2D7F]/;

/**
 * The direction of a text: that of its language, or for a plain string (`dir: "auto"`) that of its first
 * strongly directional character, as `dir="auto"` does in HTML; `fallback` when it has none.
 *
 * @param shown - a text from `Formatter.text`.
 * @param fallback - the direction of the document.
 * @returns `rtl` or `ltr`.
 * @example
 * ```ts
 * textDirection({ text: "CNDH", lang: undefined, dir: "auto" }, "rtl"); // "ltr"
 * ```
 */
export function textDirection(shown: ShownText, fallback: "rtl" | "ltr"): "rtl" | "ltr" {
  if (shown.dir !== "auto") return shown.dir;
  for (const ch of shown.text) {
    if (STRONG_RTL.test(ch)) return "rtl";
    if (STRONG_LTR.test(ch)) return "ltr";
  }
  return fallback;
}

/** A label of a chart, ready to place: its text, direction and language (when not the document's). */
export interface Label {
  readonly text: string;
  readonly dir: "rtl" | "ltr";
  readonly lang: string | undefined;
}

/**
 * Resolve a report text for a chart label: fallback language, direction, and `lang` when it differs
 * from the document's.
 *
 * @param ctx - the chart context.
 * @param text - the report text.
 * @returns the label.
 * @example
 * ```ts
 * label(ctx, { fr: "Atelier" }); // in an Arabic document: { text: "Atelier", dir: "ltr", lang: "fr" }
 * ```
 */
export function label(ctx: ChartContext, text: ReportText): Label {
  const shown = ctx.fmt.text(text);
  const base = ctx.rtl ? "rtl" : "ltr";
  return {
    text: shown.text,
    dir: textDirection(shown, base),
    lang: shown.lang !== undefined && shown.lang !== ctx.fmt.language ? shown.lang : undefined,
  };
}

/**
 * A value label (a formatted number): in the document's direction, which is what the formatter's
 * direction marks are written for.
 *
 * @param ctx - the chart context.
 * @param text - the formatted value.
 * @returns the label.
 * @example
 * ```ts
 * valueLabel(ctx, "45,5 %");
 * ```
 */
export function valueLabel(ctx: ChartContext, text: string): Label {
  return { text, dir: ctx.rtl ? "rtl" : "ltr", lang: undefined };
}

/** Where a text sits relative to its `x`: its left edge, its right edge, or its middle. */
export type Align = "left" | "right" | "middle";

/** Options of {@link svgText}. */
export interface TextOptions {
  readonly x: number;
  /** Baseline of the first line. */
  readonly y: number;
  readonly align: Align;
  readonly size?: number;
  readonly bold?: boolean;
  readonly fill?: string;
  /** Lines to write instead of the label's text (from {@link wrapText}). */
  readonly lines?: readonly string[];
  /** A tooltip with the full text, for labels that were cut. */
  readonly title?: string;
  readonly className?: string;
  /** Turn the text by this many degrees (clockwise) around its anchor `x`, `rotateY`. */
  readonly rotate?: number;
  /** Vertical position of the centre of rotation (default `y`). */
  readonly rotateY?: number;
}

/**
 * A `<text>` element with the label's direction and language: `text-anchor` is chosen from the physical
 * alignment and the text's own direction, so a French label in an Arabic chart lines up like the others.
 *
 * @param ctx - the chart context (its direction is the root's `direction`).
 * @param content - the label.
 * @param options - position, alignment, font, lines, tooltip.
 * @returns the element.
 * @example
 * ```ts
 * svgText(ctx, label(ctx, { ar: "سيدي بنور" }), { x: 600, y: 40, align: "right" });
 * ```
 */
export function svgText(ctx: ChartContext, content: Label, options: TextOptions): string {
  const ltr = content.dir === "ltr";
  const anchor = options.align === "middle" ? "middle" : (options.align === "left") === ltr ? "start" : "end";
  const size = options.size ?? FONT;
  const lines = options.lines ?? [content.text];
  const own = ctx.rtl ? "rtl" : "ltr";
  const head = `<text${attrs({
    x: c(options.x),
    y: c(options.y),
    "text-anchor": anchor,
    "font-size": size === FONT ? undefined : size,
    "font-weight": options.bold === true ? "bold" : undefined,
    fill: options.fill,
    direction: content.dir === own ? undefined : content.dir,
    lang: content.lang,
    class: options.className,
    transform:
      options.rotate === undefined
        ? undefined
        : `rotate(${c(options.rotate)} ${c(options.x)} ${c(options.rotateY ?? options.y)})`,
  })}>`;
  const title = options.title === undefined ? "" : `<title>${escapeText(options.title)}</title>`;
  if (lines.length === 1) return `${head}${title}${escapeText(lines[0] ?? "")}</text>`;
  const spans = lines
    .map(
      (line, i) =>
        `<tspan${attrs({ x: c(options.x), dy: i === 0 ? undefined : c(size + 2) })}>${escapeText(line)}</tspan>`,
    )
    .join("");
  return `${head}${title}${spans}</text>`;
}

/** A value scale from data to the unit interval, with "nice" ticks. */
export interface Scale {
  readonly lo: number;
  readonly hi: number;
  readonly step: number;
  readonly ticks: readonly number[];
  /** Position of a value between `lo` (0) and `hi` (1), clamped. */
  pos(value: number): number;
}

/**
 * A linear scale that includes zero and ends on round ticks (steps of 1, 2, 2.5 or 5 times a power of 10).
 *
 * @param values - the data; non-finite values are ignored.
 * @param integer - ticks are integers (integer and money formats).
 * @param count - about how many intervals (default 5).
 * @returns the scale. All-zero or empty data give the scale 0 … 1.
 * @example
 * ```ts
 * linearScale([3, 48], true).ticks; // [0, 10, 20, 30, 40, 50]
 * ```
 */
export function linearScale(values: Iterable<number>, integer: boolean, count = 5): Scale {
  let min = 0;
  let max = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) max = 1;
  // Halves first, so that spans near the float limit do not overflow.
  const raw = max / count - min / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  let step = Number.isFinite(mag) && mag > 0 ? mag : 1;
  const norm = raw / step;
  step *= norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
  if (integer && step < 1) step = 1;
  if (integer && !Number.isInteger(step)) step = Math.ceil(step);
  step = Number(step.toPrecision(12));
  let lo = Math.floor(min / step) * step;
  let hi = Math.ceil(max / step) * step;
  if (!Number.isFinite(lo)) lo = min;
  if (!Number.isFinite(hi)) hi = max;
  const n = Math.min(50, Math.round(hi / step - lo / step));
  const ticks: number[] = [];
  for (let i = 0; i <= n; i++) {
    const t = Number((lo + i * step).toPrecision(12));
    if (Number.isFinite(t)) ticks.push(t === 0 ? 0 : t);
  }
  const half = hi / 2 - lo / 2;
  return {
    lo,
    hi,
    step,
    ticks,
    pos(value) {
      if (!Number.isFinite(value) || !(half > 0)) return 0;
      const p = (value / 2 - lo / 2) / half;
      return Math.min(1, Math.max(0, p));
    },
  };
}

/**
 * The short description of a chart's data for its `<desc>`: entries joined, at most `limit` of them.
 *
 * @param entries - `label: value` texts.
 * @param limit - entries at most (default 60); more are summarised by an ellipsis.
 * @returns the text.
 * @example
 * ```ts
 * summary(["Sidi Bennour: 45", "El Jadida: 62"]); // "Sidi Bennour: 45; El Jadida: 62"
 * ```
 */
export function summary(entries: readonly string[], limit = 60): string {
  const shown = entries.slice(0, limit).join("; ");
  return entries.length > limit ? `${shown}; …` : shown;
}

/** The chart kinds, for the root element's class. */
export type ChartKind =
  | "bar"
  | "horizontal-bar"
  | "stacked-bar"
  | "line"
  | "donut"
  | "progress"
  | "gantt"
  | "choropleth";

/**
 * The root `<svg>` of a chart: `role="img"`, `<title>` and `<desc>` referenced by `aria-labelledby` and
 * `aria-describedby`, `viewBox` with `width="100%"`, the document's direction.
 *
 * @param ctx - the chart context.
 * @param kind - the chart kind.
 * @param title - the chart's title (its accessible name).
 * @param description - its description and a summary of its data.
 * @param height - height of the coordinate system.
 * @param body - the marks.
 * @returns the SVG element.
 * @example
 * ```ts
 * svgRoot(ctx, "bar", "Participants", "Participants by city", 280, bars);
 * ```
 */
export function svgRoot(
  ctx: ChartContext,
  kind: ChartKind,
  title: string,
  description: string,
  height: number,
  body: string,
): string {
  const open = `<svg${attrs({
    xmlns: "http://www.w3.org/2000/svg",
    class: `chart chart-${kind}`,
    viewBox: `0 0 ${CHART_WIDTH} ${c(Math.max(1, height))}`,
    width: "100%",
    role: "img",
    "aria-labelledby": `${ctx.id}-title`,
    "aria-describedby": `${ctx.id}-desc`,
    direction: ctx.rtl ? "rtl" : "ltr",
    "font-family": FONT_STACK,
    "font-size": FONT,
    fill: INK,
  })}>`;
  return `${open}<title${attrs({ id: `${ctx.id}-title` })}>${escapeText(title)}</title><desc${attrs({ id: `${ctx.id}-desc` })}>${escapeText(description)}</desc>${body}</svg>`;
}

/** Marker shapes of line series, so that series differ by more than colour. */
export const MARKERS = ["circle", "square", "triangle", "diamond"] as const;

/** Dash patterns of line series, cycling with the markers. */
export const DASHES = [undefined, "6 3", "2 3", "8 3 2 3"] as const;

/**
 * A marker of a line series at a point.
 *
 * @param index - the series' position; picks the shape.
 * @param x - centre.
 * @param y - centre.
 * @param color - fill colour.
 * @param r - radius (default 3.5).
 * @returns the element.
 * @example
 * ```ts
 * marker(1, 100, 50, "#E69F00"); // a square
 * ```
 */
export function marker(index: number, x: number, y: number, color: string, r = 3.5): string {
  const shape = MARKERS[index % MARKERS.length];
  const fill = `fill="${color}" stroke="#FFFFFF" stroke-width="1"`;
  switch (shape) {
    case "square":
      return `<rect x="${c(x - r)}" y="${c(y - r)}" width="${c(2 * r)}" height="${c(2 * r)}" ${fill}/>`;
    case "triangle":
      return `<path d="M${c(x)} ${c(y - r * 1.2)}L${c(x + r * 1.15)} ${c(y + r * 0.9)}L${c(x - r * 1.15)} ${c(y + r * 0.9)}Z" ${fill}/>`;
    case "diamond":
      return `<path d="M${c(x)} ${c(y - r * 1.3)}L${c(x + r * 1.3)} ${c(y)}L${c(x)} ${c(y + r * 1.3)}L${c(x - r * 1.3)} ${c(y)}Z" ${fill}/>`;
    default:
      return `<circle cx="${c(x)}" cy="${c(y)}" r="${c(r)}" ${fill}/>`;
  }
}

/** An entry of a legend. */
export interface LegendItem {
  readonly label: Label;
  readonly color: string;
  /** For line charts: the series' position, to draw its dash pattern and marker. */
  readonly line?: number;
}

/**
 * A legend laid out in rows from the start side (the right in a right-to-left chart).
 *
 * @param ctx - the chart context.
 * @param items - the entries.
 * @param top - top of the legend.
 * @returns the legend's elements and its height.
 * @example
 * ```ts
 * const { svg, height } = legend(ctx, [{ label: label(ctx, { ar: "2024" }), color: seriesColor(0) }], 260);
 * ```
 */
export function legend(ctx: ChartContext, items: readonly LegendItem[], top: number): { svg: string; height: number } {
  const available = CHART_WIDTH - 2 * PAD;
  const swatch = 18;
  const gap = 18;
  let out = "";
  let row = 0;
  let used = 0;
  for (const item of items) {
    const wrapped = wrapText(item.label.text, available * 0.6, SMALL, 1);
    const text = wrapped.lines[0] ?? "";
    const width = swatch + 5 + estimateWidth(text, SMALL);
    if (used > 0 && used + width > available) {
      row++;
      used = 0;
    }
    const y = top + row * 18 + 12;
    // Position along the row from the start side.
    const start = ctx.rtl ? CHART_WIDTH - PAD - used : PAD + used;
    const sx = ctx.rtl ? start - swatch : start;
    const mark =
      item.line === undefined
        ? `<rect x="${c(sx + 4)}" y="${c(y - 9)}" width="10" height="10" rx="2" fill="${item.color}"/>`
        : `<line x1="${c(sx)}" y1="${c(y - 4)}" x2="${c(sx + swatch)}" y2="${c(y - 4)}" stroke="${item.color}" stroke-width="2"${
            DASHES[item.line % DASHES.length] === undefined
              ? ""
              : ` stroke-dasharray="${DASHES[item.line % DASHES.length]}"`
          }/>${marker(item.line, sx + swatch / 2, y - 4, item.color, 3)}`;
    const tx = ctx.rtl ? sx - 5 : sx + swatch + 5;
    out += `<g class="legend-item">${mark}${svgText(ctx, item.label, {
      x: tx,
      y,
      align: ctx.rtl ? "right" : "left",
      size: SMALL,
      lines: [text],
      ...(wrapped.truncated ? { title: item.label.text } : {}),
    })}</g>`;
    used += width + gap;
  }
  return {
    svg: items.length === 0 ? "" : `<g class="legend">${out}</g>`,
    height: items.length === 0 ? 0 : (row + 1) * 18 + 6,
  };
}

/**
 * Which of `n` evenly spaced labels to show so that labels `labelWidth` wide do not overlap in slots
 * `slot` wide: every `k`-th, with `k` the smallest that fits.
 *
 * @param n - number of labels.
 * @param slot - space between two consecutive labels.
 * @param labelWidth - width of the widest label.
 * @returns `k` (1 shows every label).
 * @example
 * ```ts
 * labelStride(1000, 0.6, 40); // 67
 * ```
 */
export function labelStride(n: number, slot: number, labelWidth: number): number {
  if (n <= 1 || slot <= 0) return 1;
  return Math.max(1, Math.ceil((labelWidth + 8) / slot));
}
