// Barrel of this folder; the package index re-exports it.
export type { ExportIssueCode } from "./messages.js";
export { exportMessages } from "./messages.js";
export type { ExportOptions } from "./publicExport.js";
export {
  EXPORT_CSV_COLUMNS,
  EXPORT_CSV_PERSONAL_COLUMNS,
  exportOrganizationChunks,
  exportOrganizations,
  exportRedactedPaths,
} from "./publicExport.js";
