// Barrel of this folder; the package index re-exports it.
export type { DuplicateEvaluation } from "./evaluate.js";
export { evaluateDuplicates } from "./evaluate.js";
export type {
  DuplicateCluster,
  DuplicatePair,
  DuplicateReport,
  DuplicateStats,
  FindDuplicatesOptions,
  MatchFeatureValue,
  MatchReason,
} from "./findDuplicates.js";
export { FindDuplicatesOptionsSchema, findDuplicates, MatchFeature } from "./findDuplicates.js";
export type { DedupIssueCode } from "./messages.js";
export { dedupMessages } from "./messages.js";
export { diceSimilarity } from "./similarity.js";
