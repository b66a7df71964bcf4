import { createValidator, IsoDateSchema, type Rule, type ValidateOptions, type ValidationResult } from "@madani/model";
import type { ReportIssueCode, reportMessages } from "../messages.js";
import { reportMessages as messages } from "../messages.js";
import type { AnySection, Block, Cell, ColumnType, ReportDocument } from "./document.js";
import { ReportDocumentSchema } from "./document.js";

type Code = keyof typeof reportMessages;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown) =>
  typeof v === "string" || (isObject(v) && ("ar" in v || "fr" in v || "en" in v || "zgh" in v));

/** Whether a cell holds a value of the column's type (`null` fits every type). */
export function cellFits(type: ColumnType, cell: Cell | undefined): boolean {
  // The cell already matched CellSchema; only which member of the union it is remains to check.
  if (cell === null || cell === undefined) return true;
  switch (type) {
    case "text":
      return isText(cell);
    case "integer":
      return typeof cell === "number" && Number.isSafeInteger(cell);
    case "decimal":
    case "percent":
      return typeof cell === "number";
    case "money":
      return isObject(cell) && "amount" in cell && "currency" in cell;
    case "date":
      return typeof cell === "string" && IsoDateSchema.safeParse(cell).success;
    case "status":
      return isObject(cell) && "tone" in cell && "label" in cell;
  }
}

type Ctx = Parameters<Rule<ReportDocument, ValidateOptions, Code>>[1];

function checkBlock(block: Block, path: (string | number)[], ctx: Ctx, tableIds: Set<string>): void {
  if (block.type === "table") {
    if (tableIds.has(block.id))
      ctx.report("report.duplicate_table_id", [...path, "id"], { params: { id: block.id }, value: block.id });
    tableIds.add(block.id);
    const types = new Map<string, ColumnType>();
    block.columns.forEach((c, i) => {
      if (types.has(c.key))
        ctx.report("report.duplicate_column", [...path, "columns", i, "key"], { params: { key: c.key }, value: c.key });
      types.set(c.key, c.type);
    });
    const rows = block.footer === undefined ? block.rows : [...block.rows, block.footer];
    rows.forEach((row, r) => {
      const rowPath = r === block.rows.length ? [...path, "footer"] : [...path, "rows", r];
      for (const key of Object.keys(row)) {
        const type = types.get(key);
        if (type === undefined) ctx.report("report.unknown_column", [...rowPath, key], { params: { key } });
        else if (!cellFits(type, row[key]))
          ctx.report("report.cell_type", [...rowPath, key], { params: { column: key, expected: type } });
      }
    });
  } else if (block.type === "chart") {
    const chart = block.chart;
    if (
      chart.kind === "bar" ||
      chart.kind === "horizontal-bar" ||
      chart.kind === "stacked-bar" ||
      chart.kind === "line"
    ) {
      chart.series.forEach((s, i) => {
        if (s.values.length !== chart.categories.length) {
          ctx.report("report.series_length", [...path, "chart", "series", i, "values"], {
            params: { expected: chart.categories.length, actual: s.values.length },
          });
        }
      });
    } else if (chart.kind === "gantt") {
      chart.rows.forEach((row, i) => {
        if (row.endOn < row.startOn)
          ctx.report("report.dates_order", [...path, "chart", "rows", i, "endOn"], { value: row.endOn });
      });
    }
  }
}

function checkSections(
  sections: readonly AnySection[],
  path: (string | number)[],
  ctx: Ctx,
  tableIds: Set<string>,
): void {
  sections.forEach((section, s) => {
    section.blocks.forEach((block, b) => {
      checkBlock(block, [...path, s, "blocks", b], ctx, tableIds);
    });
    if (section.sections !== undefined) checkSections(section.sections, [...path, s, "sections"], ctx, tableIds);
  });
}

const consistency: Rule<ReportDocument, ValidateOptions, Code> = (doc, ctx) => {
  const p = doc.meta.period;
  if (p !== undefined && p.endOn < p.startOn)
    ctx.report("report.dates_order", ["meta", "period", "endOn"], { value: p.endOn });
  checkSections(doc.sections, ["sections"], ctx, new Set());
};

const validator = createValidator(ReportDocumentSchema, [consistency], messages);

/**
 * Check that a value is a valid report document: its shape, that every cell
 * matches its column's type, that series have one value per category, that
 * table ids are unique, that periods end after they start.
 *
 * @param input - any value (a document built with {@link createReport}, or parsed JSON).
 * @param options - `locale` of the issue messages (default `"en"`), `maxIssues` (default 100).
 * @returns the document, or the issues. Never throws on bad input.
 * @example
 * ```ts
 * const r = validateReportDocument(JSON.parse(text));
 * if (r.ok) console.log(renderMarkdown(r.value));
 * ```
 */
export function validateReportDocument(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ReportDocument, ReportIssueCode> {
  return validator(input, options);
}
