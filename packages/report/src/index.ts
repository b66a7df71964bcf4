/**
 * `@madani/report`: report documents and their renderers.
 *
 * Engines build a {@link ReportDocument} (with {@link createReport}); this package
 * validates it and renders it to standalone HTML (right to left for Arabic),
 * GitHub-flavoured Markdown, CSV files (one per table), Excel workbooks (one
 * sheet per table) and JSON, with numbers,
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
  MapArea,
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
  MapAreaSchema,
  ReportDocumentSchema,
  ReportLanguageSchema,
  ReportMetaSchema,
  ReportTextSchema,
  RowSchema,
  SectionSchema,
  SeriesSchema,
  StatusSchema,
  SvgPathDataSchema,
  ToneSchema,
  ValueFormatSchema,
} from "./document/document.js";
export { validateReportDocument } from "./document/validate.js";
export { codeText } from "./format/code.js";
export type { FormatOptions, Formatter, Numerals, ShownText } from "./format/formatter.js";
export { createFormatter, intlLocale } from "./format/formatter.js";
export { displayShares, percentOf, percentShares } from "./format/shares.js";
export type { ActivityKindValue } from "./generalAssembly/activityKind.js";
export { ActivityKind } from "./generalAssembly/activityKind.js";
export type { ActivitySummary, BeneficiaryCounts, FieldSummary } from "./generalAssembly/activitySummary.js";
export { summarizeActivities } from "./generalAssembly/activitySummary.js";
export type { ExpenseNatureValue } from "./generalAssembly/expenseNature.js";
export { ExpenseNature } from "./generalAssembly/expenseNature.js";
export { financialReport } from "./generalAssembly/financialReport.js";
export type { CategoryTotal, FinancialSummary, PublicFundingRow } from "./generalAssembly/financialSummary.js";
export { summarizeFinances } from "./generalAssembly/financialSummary.js";
export type { IncomeSourceValue } from "./generalAssembly/incomeSource.js";
export { IncomeSource } from "./generalAssembly/incomeSource.js";
export type {
  Beneficiaries,
  ExpenseLine,
  FiscalPeriod,
  GeneralAssemblyActivity,
  GeneralAssemblyInput,
  IncomeLine,
  Partner,
} from "./generalAssembly/input.js";
export {
  BeneficiariesSchema,
  ExpenseLineSchema,
  FiscalPeriodSchema,
  GeneralAssemblyActivitySchema,
  GeneralAssemblyInputSchema,
  IncomeLineSchema,
  inputCurrency,
  PartnerSchema,
} from "./generalAssembly/input.js";
export type { GeneralAssemblyLabel } from "./generalAssembly/labels.js";
export { generalAssemblyLabels, labelText } from "./generalAssembly/labels.js";
export type { GeneralAssemblyIssueCode } from "./generalAssembly/messages.js";
export { generalAssemblyMessages } from "./generalAssembly/messages.js";
export { moralReport } from "./generalAssembly/moralReport.js";
export type { GeneralAssemblyReportOptions } from "./generalAssembly/options.js";
export { validateGeneralAssemblyInput } from "./generalAssembly/validate.js";
export type { ReportIssueCode } from "./messages.js";
export { reportMessages } from "./messages.js";
export type { CsvFile, CsvOptions } from "./render/csv.js";
export { renderCsv } from "./render/csv.js";
export type { HtmlOptions } from "./render/html.js";
export { renderHtml } from "./render/html.js";
export type { JsonOptions } from "./render/json.js";
export { renderJson } from "./render/json.js";
export type { MarkdownOptions } from "./render/markdown.js";
export { renderMarkdown } from "./render/markdown.js";
export type { RenderOptions } from "./render/options.js";
export type { XlsxOptions } from "./render/xlsx.js";
export { renderXlsx } from "./render/xlsx.js";
