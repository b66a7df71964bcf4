// Barrel of this folder; the package index re-exports it.
export type { RegistryReportLabel } from "./labels.js";
export { registryReportLabels } from "./labels.js";
export type { StatisticsIssueCode } from "./messages.js";
export { statisticsMessages } from "./messages.js";
export type { RegistryReportOptions } from "./report.js";
export { registryStatisticsReport } from "./report.js";
export type {
  ComplianceRates,
  PlaceCount,
  Rate,
  RegistryStatistics,
  StatisticsOptions,
  ValueCount,
  YearCount,
} from "./statistics.js";
export { computeStatistics } from "./statistics.js";
