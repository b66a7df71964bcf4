/**
 * Internal: what keeps noise out of the statistics report: charts without data, series without data,
 * columns that repeat another column.
 *
 * @module
 */
import type { Cell, Chart, Column, Row } from "@madani/report";

const shows = (v: number | null | undefined): boolean => v !== null && v !== undefined && Number.isFinite(v) && v !== 0;

/**
 * Whether a chart shows something: at least one value that is neither missing nor zero.
 *
 * @param chart - a chart of a report document.
 * @returns `false` for a chart that would draw nothing but axes, a grey ring or a blank map.
 */
export function chartHasData(chart: Chart): boolean {
  switch (chart.kind) {
    case "bar":
    case "horizontal-bar":
    case "stacked-bar":
    case "line":
      return chart.categories.length > 0 && chart.series.some((s) => s.values.some(shows));
    case "donut":
      return chart.slices.some((s) => shows(s.value));
    case "progress":
      return chart.items.length > 0;
    case "gantt":
      return chart.rows.length > 0;
    case "choropleth":
      return chart.areas.some((a) => shows(a.value));
  }
}

/**
 * The series of a chart that show something (see {@link chartHasData}); the first one when none does.
 *
 * @param series - a chart's series.
 * @returns the series worth a legend entry.
 */
export function seriesWithData<S extends { readonly values: readonly (number | null)[] }>(series: readonly S[]): S[] {
  const kept = series.filter((s) => s.values.some(shows));
  return kept.length > 0 ? kept : series.slice(0, 1);
}

/**
 * A table without the numeric columns that repeat an earlier one of the same type cell for cell (footer
 * included), such as "active" when every organization is active or "total" when there is a single legal
 * form, and, with `dropZero`, without the numeric columns whose every row is zero (a "dissolved" column of
 * a registry without dissolutions).
 *
 * @param columns - the columns.
 * @param rows - the rows.
 * @param footer - the totals row.
 * @param options - `dropZero`: also leave out the columns of zeros.
 * @returns the columns kept, and the rows and footer without the others' cells.
 */
export function withoutRepeatedColumns(
  columns: readonly Column[],
  rows: readonly Row[],
  footer?: Row,
  options: { readonly dropZero?: boolean } = {},
): { columns: Column[]; rows: Row[]; footer?: Row } {
  const all = footer === undefined ? rows : [...rows, footer];
  const numeric = (c: Column) => c.type !== "text" && c.type !== "status" && c.type !== "date";
  const seen = new Set<string>();
  const kept: Column[] = [];
  for (const c of columns) {
    if (numeric(c) && rows.length > 0) {
      // A count and a percentage may agree by chance ("0" and "0 %"): only columns of one type repeat each other.
      const signature = JSON.stringify([c.type, c.decimals ?? null, all.map((r) => (r[c.key] ?? null) as Cell)]);
      if (seen.has(signature)) continue;
      seen.add(signature);
      if (options.dropZero === true && rows.every((r) => r[c.key] === 0 || r[c.key] === null || r[c.key] === undefined))
        continue;
    }
    kept.push(c);
  }
  if (kept.length === columns.length)
    return { columns: [...columns], rows: [...rows], ...(footer === undefined ? {} : { footer }) };
  const keys = new Set(kept.map((c) => c.key));
  const strip = (r: Row): Row => Object.fromEntries(Object.entries(r).filter(([k]) => keys.has(k)));
  return { columns: kept, rows: rows.map(strip), ...(footer === undefined ? {} : { footer: strip(footer) }) };
}
