/**
 * `@madani/registry`: the national registry toolkit (ingest, normalization, deduplication, search,
 * statistics, public export). Storage adapters live in `@madani/registry/storage` (Node only).
 *
 * @packageDocumentation
 * @module @madani/registry
 */

export type { DuplicateEvaluation } from "./dedup/evaluate.js";
export { evaluateDuplicates } from "./dedup/evaluate.js";
export type {
  DedupProgress,
  DuplicateCluster,
  DuplicatePair,
  DuplicateReport,
  DuplicateStats,
  FindDuplicatesOptions,
  MatchFeatureValue,
  MatchReason,
} from "./dedup/findDuplicates.js";
export { FindDuplicatesOptionsSchema, findDuplicates, MatchFeature } from "./dedup/findDuplicates.js";
export type { DedupIssueCode } from "./dedup/messages.js";
export { dedupMessages } from "./dedup/messages.js";
export { diceSimilarity } from "./dedup/similarity.js";
export type { Disclosure, DisclosureCategory } from "./export/disclosure.js";
export { disclose, ORGANIZATION_DISCLOSURE } from "./export/disclosure.js";
export type { ExportIssueCode } from "./export/messages.js";
export { exportMessages } from "./export/messages.js";
export type { ExportChunks, ExportOptions } from "./export/publicExport.js";
export {
  EXPORT_CSV_BANK_COLUMNS,
  EXPORT_CSV_COLUMNS,
  EXPORT_CSV_CONTACT_COLUMNS,
  EXPORT_CSV_PERSONAL_COLUMNS,
  exportOrganizationChunks,
  exportOrganizations,
  exportRedactedPaths,
} from "./export/publicExport.js";
export type { ColumnMapping, ColumnOverrides, IngestFieldValue } from "./ingest/columns.js";
export { IngestField, mapColumns, recognizeColumn } from "./ingest/columns.js";
export type { IngestEncodingValue } from "./ingest/decode.js";
export { IngestEncoding } from "./ingest/decode.js";
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
} from "./ingest/ingest.js";
export { IngestCheckpointSchema, IngestFormat, ingest } from "./ingest/ingest.js";
export type { IngestIssueCode } from "./ingest/messages.js";
export { archiveKindLabels, ingestLabels, ingestMessages } from "./ingest/messages.js";
export type { QuarantineFileOptions, QuarantineIssueCode, QuarantineTable } from "./ingest/quarantine.js";
export {
  issueLine,
  quarantineReason,
  quarantineTable,
  rowPlace,
  writeQuarantineCsv,
  writeQuarantineXlsx,
} from "./ingest/quarantine.js";
export type { IngestInput } from "./ingest/records.js";
export { normalizeArabic } from "./normalize/arabic.js";
export { consonantClasses, foldChatSpelling, phoneticSkeleton } from "./normalize/chat.js";
export type { MatchKey } from "./normalize/matchKey.js";
export { GENERIC_WORDS, matchKey } from "./normalize/matchKey.js";
export { cleanText, parseLooseDate } from "./normalize/text.js";
export { consonantSkeleton, stripArticle } from "./normalize/transliterate.js";
export type {
  AppliedDecisions,
  ApplyDecisionsOptions,
  MergeDuplicatesOptions,
  ReviewStore,
} from "./review/apply.js";
export { applyDecisions, mergeDuplicates } from "./review/apply.js";
export type { ReviewIssueCode } from "./review/messages.js";
export { reviewMessages } from "./review/messages.js";
export type { DuplicateProposals, ReviewOptions } from "./review/propose.js";
export { MAX_REJECTED_CLUSTER, proposeDuplicates, reviewCluster, reviewPair } from "./review/propose.js";
export type {
  ReadReviewFileOptions,
  ReviewFileContent,
  ReviewFileOptions,
  ReviewXlsxOptions,
} from "./review/reviewFile.js";
export {
  ACCEPT_WORDS,
  REJECT_WORDS,
  REVIEW_FILE_COLUMNS,
  readReviewFile,
  readReviewXlsx,
  writeReviewFile,
  writeReviewXlsx,
} from "./review/reviewFile.js";
export type {
  MergeField,
  MergeOptions,
  MergeResult,
  SurvivorshipRules,
  SurvivorshipRuleValue,
} from "./review/survivorship.js";
export {
  DEFAULT_SURVIVORSHIP,
  MERGE_FIELDS,
  MergeOptionsSchema,
  mergeOrganizations,
  SurvivorshipRule,
} from "./review/survivorship.js";
export type { SearchIssueCode } from "./search/messages.js";
export { searchMessages } from "./search/messages.js";
export type {
  SearchFilterValue,
  SearchHit,
  SearchIndex,
  SearchIndexOptions,
  SearchPage,
  SearchQuery,
} from "./search/searchIndex.js";
export { createSearchIndex, SearchQuerySchema } from "./search/searchIndex.js";
export type { CensusYear, CountOf, StatisticsAggregates } from "./stats/aggregates.js";
export { CENSUS_DATES, CENSUS_YEARS } from "./stats/aggregates.js";
export type { RegistryReportLabel } from "./stats/labels.js";
export { registryReportLabels } from "./stats/labels.js";
export type { DensityMapOptions, MapLevel } from "./stats/maps.js";
export { densityMap, MAP_ATTRIBUTION, MAP_ATTRIBUTIONS } from "./stats/maps.js";
export type { StatisticsIssueCode } from "./stats/messages.js";
export { statisticsMessages } from "./stats/messages.js";
export type { Ranked } from "./stats/rank.js";
export { rankBy } from "./stats/rank.js";
export type { RegistryReportOptions } from "./stats/report.js";
export { registryStatisticsReport } from "./stats/report.js";
export type {
  CensusComparison,
  CensusDensity,
  ComplianceRates,
  PlaceCount,
  Rate,
  RegistryStatistics,
  StatisticsOptions,
  ValueCount,
  YearCount,
} from "./stats/statistics.js";
export { computeStatistics, statisticsFromAggregates } from "./stats/statistics.js";
export type { StoreIssueCode } from "./storage/messages.js";
export { storeMessages } from "./storage/messages.js";
export type {
  DecisionFilter,
  FieldChoice,
  MergeInput,
  MergeRecord,
  RegistryReviewStore,
  ReviewDecision,
  ReviewVerdictValue,
  UndoInput,
} from "./storage/review.js";
export { ReviewDecisionSchema, ReviewVerdict } from "./storage/review.js";
export type {
  GenerateRegistryOptions,
  SyntheticErrorKind,
  SyntheticLabel,
  SyntheticRecord,
  SyntheticRegistry,
} from "./synthetic/generate.js";
export { generateRegistry, SyntheticOptionsError } from "./synthetic/generate.js";
