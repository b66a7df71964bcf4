/**
 * `@madani/report`: report documents and their renderers.
 *
 * Engines build a {@link ReportDocument} (with {@link createReport}); this package
 * validates it and renders it to standalone HTML (right to left for Arabic),
 * GitHub-flavoured Markdown, CSV files (one per table) and JSON, with numbers,
 * money and dates formatted for ar-MA, fr-MA and en. It also builds the moral
 * and financial reports an association presents to its general assembly.
 *
 * @packageDocumentation
 * @module @madani/report
 */

export type { ReportBuilder, SectionBuilder } from "./document/builder.js";
export { createReport } from "./document/builder.js";
export type {
  AnySection,
  Block,
  Cell,
  Chart,
  Column,
  ColumnType,
  KeyFigure,
  ReportDocument,
  ReportLanguage,
  ReportMeta,
  ReportText,
  Row,
  Section,
  Series,
  Status,
  Tone,
  ValueFormat,
} from "./document/document.js";
export {
  BlockSchema,
  CellSchema,
  ChartSchema,
  ColumnSchema,
  ColumnTypeSchema,
  KeyFigureSchema,
  ReportDocumentSchema,
  ReportLanguageSchema,
  ReportMetaSchema,
  ReportTextSchema,
  RowSchema,
  SectionSchema,
  SeriesSchema,
  StatusSchema,
  ToneSchema,
  ValueFormatSchema,
} from "./document/document.js";
export { validateReportDocument } from "./document/validate.js";
export type { FormatOptions, Formatter, Numerals, ShownText } from "./format/formatter.js";
export { createFormatter, intlLocale } from "./format/formatter.js";
export type { ReportIssueCode } from "./messages.js";
export { reportMessages } from "./messages.js";
export type { RenderOptions } from "./render/options.js";
