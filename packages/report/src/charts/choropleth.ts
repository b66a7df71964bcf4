/**
 * Choropleth map: areas coloured by classes of their values, with a legend of the classes, the
 * attribution of the outlines under the map, and a table alternative for the HTML page.
 *
 * The outlines come with the chart (SVG path data in the map's own coordinate system), so the package
 * knows no geography: the caller projects its shapes once and gives each area a code, a name and a value.
 *
 * @module
 */
import type { Chart, ReportText, ValueFormat } from "../document/document.js";
import type { Formatter } from "../format/formatter.js";
import { formatValue } from "../render/cells.js";
import { attrs, escapeText } from "./markup.js";
import {
  CHART_WIDTH,
  type ChartContext,
  c,
  estimateWidth,
  type Label,
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

/** A choropleth map of the document model. */
export type ChoroplethChart = Extract<Chart, { kind: "choropleth" }>;

/**
 * The sequential palette of maps, light to dark: seven blues taken along ColorBrewer's "Blues" ramp
 * (Cynthia Brewer, Pennsylvania State University, Apache-2.0) at even steps of luminance, so that each
 * class contrasts with its neighbours by at least 1.4:1 and the lightest stands out from white paper
 * (1.35:1) while the darkest reaches 11.5:1. One hue, lightness only: readable with every colour-vision
 * deficiency and in greyscale.
 */
export const SEQUENTIAL_BLUES: readonly string[] = [
  "#CDE0F1",
  "#90C3DE",
  "#5DA5D1",
  "#3989C1",
  "#1E6DB2",
  "#08519C",
  "#083776",
];

/** Fill of the pattern of areas without data. */
const NO_DATA_INK = "#8C959F";

/**
 * `k` colours of {@link SEQUENTIAL_BLUES}, evenly spread from its lightest to its darkest.
 *
 * @param k - classes, 1 to 7.
 * @returns the colours, light to dark.
 * @example
 * ```ts
 * sequentialPalette(3); // ["#C6DBEF", "#4292C6", "#08306B"]
 * ```
 */
export function sequentialPalette(k: number): string[] {
  const n = SEQUENTIAL_BLUES.length;
  const count = Math.max(1, Math.min(n, Math.floor(k)));
  if (count === 1) return [SEQUENTIAL_BLUES[n - 3] ?? "#2171B5"];
  return Array.from(
    { length: count },
    (_, i) => SEQUENTIAL_BLUES[Math.round((i * (n - 1)) / (count - 1))] ?? "#2171B5",
  );
}

/** One class of a map's legend: the values from `from` (included) to `to` (excluded, except in the last class). */
export interface ValueClass {
  readonly from: number;
  readonly to: number;
  /** Areas whose value falls in the class. */
  readonly count: number;
}

/** The classes of a map's values; see {@link quantileClasses}. */
export interface ValueClasses {
  /** The lower bounds of the classes after the first, increasing. */
  readonly breaks: readonly number[];
  readonly classes: readonly ValueClass[];
  /** The class of a value (0 for the first), or -1 for `null` and values that are not finite. */
  classOf(value: number | null): number;
}

/**
 * Quantile classes of values: about as many values in each class, with class bounds rounded down to the
 * digits the values are shown with, so that the legend reads `2.5 – 3.1`, not `2.4871 – 3.1093`.
 *
 * @param values - the values; `null` and values that are not finite are left out.
 * @param k - classes wanted (fewer when the values have fewer distinct rounded quantiles).
 * @param decimals - digits of the rounding of the bounds.
 * @returns the classes; every class holds at least one value.
 * @example
 * ```ts
 * quantileClasses([1, 2, 3, 4, 5, 6], 3, 0).breaks; // [3, 5]
 * ```
 */
export function quantileClasses(values: readonly (number | null)[], k: number, decimals: number): ValueClasses {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const unit = 10 ** Math.max(0, Math.min(6, Math.floor(decimals)));
  const floor = (v: number) => {
    const r = Math.floor(v * unit) / unit;
    return Number.isFinite(r) ? r : v;
  };
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  const breaks: number[] = [];
  const wanted = Math.max(1, Math.floor(k));
  for (let i = 1; i < wanted; i++) {
    const q = sorted[Math.floor((i * sorted.length) / wanted)];
    if (q === undefined) continue;
    let b = floor(q);
    // Rounding down must not pass the quantile, which the class that starts at `b` has to hold.
    if (b > q) b = (Math.floor(q * unit) - 1) / unit;
    // A bound must leave a value below it and be above the previous one.
    if (b > min && (breaks.length === 0 || b > (breaks[breaks.length - 1] ?? min))) breaks.push(b);
  }
  const classOf = (value: number | null): number => {
    if (value === null || !Number.isFinite(value)) return -1;
    let i = 0;
    while (i < breaks.length && value >= (breaks[i] ?? Number.POSITIVE_INFINITY)) i++;
    return i;
  };
  const counts = new Array<number>(breaks.length + 1).fill(0);
  for (const v of sorted) counts[classOf(v)] = (counts[classOf(v)] ?? 0) + 1;
  const classes = counts.map((count, i) => ({
    from: i === 0 ? min : (breaks[i - 1] ?? min),
    to: i === breaks.length ? max : (breaks[i] ?? max),
    count,
  }));
  return { breaks, classes: sorted.length === 0 ? [] : classes, classOf };
}

/** Digits a legend bound is rounded to for a value format. */
function boundDecimals(format: ValueFormat | undefined, values: readonly (number | null)[]): number {
  switch (format?.type) {
    case "integer":
      return 0;
    case "decimal":
      return format.decimals ?? 2;
    case "percent":
      return format.decimals ?? 1;
    case "money":
      // Bounds in whole minor units.
      return 0;
    default:
      return values.every((v) => v === null || Number.isInteger(v)) ? 0 : 2;
  }
}

/** Texts of the map in the three report languages. */
const TEXTS = {
  noData: { ar: "لا توجد معطيات", fr: "Pas de données", en: "No data" },
  table: { ar: "جدول المعطيات", fr: "Tableau des données", en: "Data table" },
  area: { ar: "المجال", fr: "Territoire", en: "Area" },
  value: { ar: "القيمة", fr: "Valeur", en: "Value" },
} as const;

const text = (ctx: { fmt: Formatter }, key: keyof typeof TEXTS): string => TEXTS[key][ctx.fmt.language];

/** Width kept for the legend beside the map. */
const LEGEND_WIDTH = 190;
/** Tallest the map is drawn. */
const MAP_HEIGHT = 440;

/**
 * Render a choropleth map as SVG.
 *
 * @param ctx - the chart context.
 * @param chart - the map.
 * @returns the `<svg>` element.
 * @remarks The areas are scaled to fit beside the legend (on the end side: the right, the left in a
 * right-to-left document), keeping their proportions. Each area is filled with the colour of its class
 * ({@link quantileClasses}, {@link sequentialPalette}), outlined in white, and carries its name and value
 * as a tooltip; an area without a value is hatched in grey and the legend says so. `outlines` (the régions
 * over their provinces) are drawn over the areas in dark ink. The legend lists each
 * class's bounds and how many areas fall in it; the attribution of the outlines is written under the map.
 * The description lists every area with its value, then the attribution.
 * @example
 * ```ts
 * choroplethChart(ctx, { kind: "choropleth", title: "Density", width: 100, height: 100, areas: [{ code: "01", label: "Nord", path: "M0 0H100V50H0Z", value: 4.2 }] });
 * ```
 */
export function choroplethChart(ctx: ChartContext, chart: ChoroplethChart): string {
  const values = chart.areas.map((a) => (a.value !== null && Number.isFinite(a.value) ? a.value : null));
  const classes = quantileClasses(values, chart.classes ?? 5, boundDecimals(ctx.format, values));
  const palette = sequentialPalette(classes.classes.length);
  const hasNoData = values.some((v) => v === null);
  const noDataFill = `url(#${ctx.id}-nodata)`;

  const mapBoxWidth = CHART_WIDTH - 2 * PAD - LEGEND_WIDTH - 16;
  const scale = Math.min(mapBoxWidth / chart.width, MAP_HEIGHT / chart.height);
  const mapWidth = chart.width * scale;
  const mapHeight = chart.height * scale;
  const top = PAD + 4;
  const mapLeft = ctx.rtl ? CHART_WIDTH - PAD - mapWidth : PAD;

  const valueText = (v: number | null) => (v === null ? text(ctx, "noData") : formatValue(ctx.fmt, v, ctx.format));
  const names = chart.areas.map((a) => label(ctx, a.label));
  let areas = "";
  chart.areas.forEach((area, i) => {
    const v = values[i] ?? null;
    const k = classes.classOf(v);
    const fill = k < 0 ? noDataFill : (palette[k] ?? palette[palette.length - 1] ?? "#2171B5");
    areas += `<path${attrs({
      class: "area",
      "data-code": area.code,
      d: area.path,
      fill,
      "vector-effect": "non-scaling-stroke",
    })}><title>${escapeText(`${names[i]?.text ?? area.code}: ${valueText(v)}`)}</title></path>`;
  });
  const defs = hasNoData
    ? `<defs><pattern${attrs({ id: `${ctx.id}-nodata`, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" })}><rect width="6" height="6" fill="#FFFFFF"/><line x1="0" y1="0" x2="0" y2="6" stroke="${NO_DATA_INK}" stroke-width="2"/></pattern></defs>`
    : "";
  const scaleText = String(Number(scale.toPrecision(6)));
  const outlines =
    chart.outlines === undefined || chart.outlines.length === 0
      ? ""
      : `<g${attrs({
          class: "outlines",
          fill: "none",
          stroke: "#1F2328",
          "stroke-width": 1.25,
          "stroke-linejoin": "round",
        })}>${chart.outlines.map((d) => `<path${attrs({ d, "vector-effect": "non-scaling-stroke" })}/>`).join("")}</g>`;
  const map = `<g${attrs({
    id: `${ctx.id}-map`,
    class: "map",
    transform: `translate(${c(mapLeft)} ${c(top)}) scale(${scaleText})`,
  })}><g${attrs({
    class: "areas",
    stroke: "#FFFFFF",
    "stroke-width": 0.75,
    "stroke-linejoin": "round",
  })}>${areas}</g>${outlines}</g>`;

  // The legend beside the map, on its end side, from the top: one swatch per class, then "no data".
  const legendStart = ctx.rtl ? mapLeft - 16 : mapLeft + mapWidth + 16;
  const legendEnd = ctx.rtl ? PAD : CHART_WIDTH - PAD;
  const legendWidth = Math.abs(legendEnd - legendStart);
  const items: { swatch: string; text: Label; count: string }[] = classes.classes.map((cl, i) => ({
    swatch: palette[i] ?? "#2171B5",
    text: valueLabel(ctx, `${formatValue(ctx.fmt, cl.from, ctx.format)} – ${formatValue(ctx.fmt, cl.to, ctx.format)}`),
    count: `(${ctx.fmt.integer(cl.count)})`,
  }));
  if (hasNoData) {
    items.push({
      swatch: noDataFill,
      text: valueLabel(ctx, text(ctx, "noData")),
      count: `(${ctx.fmt.integer(values.filter((v) => v === null).length)})`,
    });
  }
  let legendSvg = "";
  let y = top + 4;
  for (const item of items) {
    const swatchX = ctx.rtl ? legendStart - 16 : legendStart;
    legendSvg += `<rect x="${c(swatchX)}" y="${c(y)}" width="16" height="12" fill="${item.swatch}" stroke="${MUTED}" stroke-width="0.5"/>`;
    const countWidth = estimateWidth(item.count, SMALL) + 6;
    const wrapped = wrapText(item.text.text, legendWidth - 22 - countWidth, SMALL, 2);
    legendSvg += svgText(ctx, item.text, {
      x: ctx.rtl ? legendStart - 22 : legendStart + 22,
      y: y + 10,
      align: ctx.rtl ? "right" : "left",
      size: SMALL,
      lines: wrapped.lines,
    });
    legendSvg += svgText(ctx, valueLabel(ctx, item.count), {
      x: legendEnd,
      y: y + 10,
      align: ctx.rtl ? "left" : "right",
      size: SMALL,
      fill: MUTED,
    });
    y += wrapped.lines.length * (SMALL + 2) + 8;
  }

  // The inset under the legend: the same map, enlarged on a part of it, clipped to a frame.
  let inset = "";
  const box = chart.inset;
  if (box !== undefined) {
    let frameTop = y + 10;
    if (box.label !== undefined) {
      const l = label(ctx, box.label);
      const wrapped = wrapText(l.text, legendWidth, SMALL, 1, true);
      inset += svgText(ctx, l, {
        x: legendStart,
        y: frameTop + 10,
        align: ctx.rtl ? "right" : "left",
        size: SMALL,
        bold: true,
        lines: wrapped.lines,
        ...(wrapped.truncated ? { title: l.text } : {}),
      });
      frameTop += 16;
    }
    const zoom = legendWidth / box.width;
    const frameWidth = legendWidth;
    const frameHeight = box.height * zoom;
    const frameLeft = Math.min(legendStart, legendEnd);
    // The map group maps a point p to mapLeft + p * scale; the inset maps it to frameLeft + (p - box.x) * zoom.
    const r = zoom / scale;
    const tx = frameLeft - r * mapLeft - box.x * zoom;
    const ty = frameTop - r * top - box.y * zoom;
    const clip = `${ctx.id}-inset`;
    inset += `<clipPath${attrs({ id: clip })}><rect x="${c(frameLeft)}" y="${c(frameTop)}" width="${c(frameWidth)}" height="${c(frameHeight)}"/></clipPath>`;
    inset += `<g${attrs({ class: "inset", "clip-path": `url(#${clip})` })}><rect x="${c(frameLeft)}" y="${c(frameTop)}" width="${c(frameWidth)}" height="${c(frameHeight)}" fill="#FFFFFF"/><use${attrs(
      {
        href: `#${ctx.id}-map`,
        transform: `translate(${c(tx)} ${c(ty)}) scale(${Number(r.toPrecision(6))})`,
      },
    )}/></g>`;
    inset += `<rect class="inset-frame" x="${c(frameLeft)}" y="${c(frameTop)}" width="${c(frameWidth)}" height="${c(frameHeight)}" fill="none" stroke="${MUTED}" stroke-width="1"/>`;
    // Where the inset lies on the map.
    inset += `<rect class="inset-frame" x="${c(mapLeft + box.x * scale)}" y="${c(top + box.y * scale)}" width="${c(box.width * scale)}" height="${c(box.height * scale)}" fill="none" stroke="${MUTED}" stroke-width="1"/>`;
    y = frameTop + frameHeight;
  }

  // The attribution under the map, across the chart.
  let bottom = Math.max(top + mapHeight, y) + 6;
  let attribution = "";
  if (chart.attribution !== undefined) {
    const a = label(ctx, chart.attribution);
    const wrapped = wrapText(a.text, CHART_WIDTH - 2 * PAD, 10, 3);
    attribution = svgText(ctx, a, {
      x: ctx.rtl ? CHART_WIDTH - PAD : PAD,
      y: bottom + 10,
      align: ctx.rtl ? "right" : "left",
      size: 10,
      fill: MUTED,
      lines: wrapped.lines,
      className: "attribution",
      ...(wrapped.truncated ? { title: a.text } : {}),
    });
    bottom += 10 + wrapped.lines.length * 12;
  }

  const entries = chart.areas.map((area, i) => `${names[i]?.text ?? area.code}: ${valueText(values[i] ?? null)}`);
  const description = [
    chart.description === undefined ? undefined : label(ctx, chart.description).text,
    summary(entries, 100),
    chart.attribution === undefined ? undefined : label(ctx, chart.attribution).text,
  ]
    .filter((t) => t !== undefined && t !== "")
    .join(" — ");
  const body = `${defs}${map}<g class="legend">${legendSvg}</g>${inset}${attribution}`;
  return svgRoot(ctx, "choropleth", label(ctx, chart.title).text, description, bottom + PAD, body);
}

/**
 * The table alternative of a map for the HTML page: every area with its value, in a `<details>` element
 * that follows the map (closed, and so left out of print, where the report's own tables give the figures).
 *
 * @param chart - the map.
 * @param fmt - the document's formatter.
 * @param id - the id base of the chart (the table's caption is `{id}-table`).
 * @returns the HTML markup.
 * @example
 * ```ts
 * const html = choroplethTableHtml(chart, createFormatter({ language: "fr" }), "chart-2-1");
 * ```
 */
export function choroplethTableHtml(chart: ChoroplethChart, fmt: Formatter, id: string): string {
  const ctx: ChartContext = { fmt, rtl: fmt.dir === "rtl", id, format: chart.format };
  // As the HTML renderer writes texts: a plain string (a name) isolated in `<bdi>`, a text in another language
  // than the document's isolated with its language and direction, the document's own language as is.
  const cellText = (t: ReportText) => {
    const shown = fmt.text(t);
    if (shown.dir === "auto") return `<bdi>${escapeText(shown.text)}</bdi>`;
    if (shown.lang !== fmt.language)
      return `<bdi${attrs({ lang: shown.lang, dir: shown.dir })}>${escapeText(shown.text)}</bdi>`;
    return escapeText(shown.text);
  };
  const rows = chart.areas
    .map((area) => {
      const v = area.value !== null && Number.isFinite(area.value) ? area.value : null;
      const shown = v === null ? text(ctx, "noData") : formatValue(fmt, v, chart.format);
      return `<tr><td>${cellText(area.label)}</td><td class="num">${escapeText(shown)}</td></tr>`;
    })
    .join("");
  const caption = `${id}-table`;
  return `<details class="chart-data"><summary>${escapeText(text(ctx, "table"))}</summary><div${attrs({ class: "table-wrap", role: "region", tabindex: "0", "aria-labelledby": caption })}><table><caption${attrs({ id: caption })}>${cellText(chart.title)}</caption><thead><tr><th scope="col">${escapeText(text(ctx, "area"))}</th><th scope="col" class="num">${escapeText(text(ctx, "value"))}</th></tr></thead><tbody>${rows}</tbody></table></div></details>`;
}
