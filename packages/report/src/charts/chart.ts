/**
 * Charts of report documents as inline SVG: the entry point that picks the renderer of each kind.
 *
 * @module
 */
import type { Chart } from "../document/document.js";
import type { Formatter } from "../format/formatter.js";
import { barChart } from "./bar.js";
import { choroplethChart } from "./choropleth.js";
import { donutChart } from "./donut.js";
import { ganttChart } from "./gantt.js";
import { horizontalBarChart } from "./horizontalBar.js";
import { lineChart } from "./line.js";
import { progressChart } from "./progress.js";
import { stackedBarChart } from "./stackedBar.js";
import type { ChartContext } from "./svg.js";

/**
 * Options of {@link renderChartSvg}.
 *
 * @example
 * ```ts
 * const options: ChartSvgOptions = { id: "chart-2-1" };
 * ```
 */
export interface ChartSvgOptions {
  /**
   * Base of the ids of the chart's `<title>` and `<desc>` (`{id}-title`, `{id}-desc`), which must be
   * unique in the page. Derive it from the chart's place in the document; default `"chart"`.
   */
  readonly id?: string;
}

/**
 * Render a chart of a report document as a standalone inline SVG element.
 *
 * @param chart - a chart of a valid report document (bar, horizontal bar, stacked bar, line, donut, progress,
 * Gantt, choropleth map).
 * @param fmt - the formatter of the document's language (`createFormatter`): it formats the values and
 * dates, and its direction mirrors the layout.
 * @param options - the id base.
 * @returns the `<svg>` markup: `role="img"`, an accessible name (`<title>`) and description (`<desc>`:
 * the chart's description and a summary of its data), `viewBox` and `width="100%"` so that it scales.
 * @remarks Deterministic: coordinates are rounded to 2 decimals, ids come from `options.id`, fonts are
 * system fonts; no clock, locale of the host or random source is read. Every text goes through the
 * package's escape function. In a right-to-left document categories run from right to left and the value
 * axis sits on the right. Colours are the Okabe–Ito palette, readable with colour-vision deficiencies.
 * @example
 * ```ts
 * const svg = renderChartSvg(
 *   { kind: "donut", title: { fr: "Participants" }, slices: [{ label: { fr: "Associations" }, value: 64 }, { label: { fr: "Coopératives" }, value: 31 }] },
 *   createFormatter({ language: "fr" }),
 *   { id: "participants" },
 * );
 * ```
 */
export function renderChartSvg(chart: Chart, fmt: Formatter, options: ChartSvgOptions = {}): string {
  const ctx: ChartContext = { fmt, rtl: fmt.dir === "rtl", id: options.id ?? "chart", format: chart.format };
  switch (chart.kind) {
    case "bar":
      return barChart(ctx, chart);
    case "horizontal-bar":
      return horizontalBarChart(ctx, chart);
    case "stacked-bar":
      return stackedBarChart(ctx, chart);
    case "line":
      return lineChart(ctx, chart);
    case "donut":
      return donutChart(ctx, chart);
    case "progress":
      return progressChart(ctx, chart);
    case "gantt":
      return ganttChart(ctx, chart);
    case "choropleth":
      return choroplethChart(ctx, chart);
  }
}
