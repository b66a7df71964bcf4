// Barrel of this folder; the package index re-exports it.
export type { ColumnMapping, ColumnOverrides, IngestFieldValue } from "./columns.js";
export { IngestField, mapColumns, recognizeColumn } from "./columns.js";
export type {
  AcceptedRow,
  IngestBatch,
  IngestCheckpoint,
  IngestFormatValue,
  IngestOptions,
  IngestProgress,
  IngestResult,
  IngestSummary,
  QuarantinedRow,
  Reconciliation,
} from "./ingest.js";
export { IngestCheckpointSchema, IngestFormat, ingest } from "./ingest.js";
export type { IngestIssueCode } from "./messages.js";
export { ingestMessages } from "./messages.js";
export type { IngestInput } from "./records.js";
