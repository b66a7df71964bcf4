// Barrel of this folder; the package index re-exports it.
export type {
  Competition,
  CompetitionCategory,
  CompetitionInput,
  ConflictOfInterest,
  Criterion,
  EligibilityRule,
  EligibilityRuleKindValue,
  Juror,
  JurorScore,
  RankingOutcomeValue,
  ScoreNormalizationValue,
  Submission,
  TieBreakValue,
} from "./competition.js";
export {
  CompetitionCategorySchema,
  CompetitionInputSchema,
  CompetitionSchema,
  ConflictOfInterestSchema,
  CriterionSchema,
  EligibilityRuleKind,
  EligibilityRuleSchema,
  JurorSchema,
  JurorScoreSchema,
  RankingOutcome,
  ScoreNormalization,
  SubmissionSchema,
  TieBreak,
} from "./competition.js";
export type { Honour, HonourAwardValue } from "./honour.js";
export { HonourAward, HonourSchema, validateHonour } from "./honour.js";
export type { CompetitionIssueCode, CompetitionRuleCode } from "./messages.js";
export { competitionMessages } from "./messages.js";
export type {
  CategoryResult,
  CompetitionRanking,
  CriterionBreakdown,
  IneligibleSubmission,
  JurorBreakdown,
  RankCompetitionOptions,
  RankedSubmission,
  ScoreBreakdown,
  TieBreakDecision,
  UnscoredSubmission,
} from "./rank.js";
export { rankCompetition } from "./rank.js";
