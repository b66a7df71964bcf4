// Barrel of this folder; the package index re-exports it.
export type { ElectionResult } from "./elections.js";
export { ElectionResultSchema, electionToMandates, renewGoverningBody } from "./elections.js";
export type { AssemblyIssueCode } from "./messages.js";
export { assemblyMessages } from "./messages.js";
export type {
  AssemblyKindValue,
  AssemblyOptions,
  AssemblyRules,
  NoticeCheck,
  NoticeInput,
  Quorum,
  QuorumInput,
  QuorumRule,
} from "./quorum.js";
export {
  AssemblyKind,
  AssemblyRulesSchema,
  checkNotice,
  computeQuorum,
  NoticeInputSchema,
  QuorumInputSchema,
  QuorumRuleSchema,
  requiredForQuorum,
} from "./quorum.js";
export type { MajorityValue, Vote, VoteOutcome } from "./votes.js";
export { Majority, tallyVote, VoteSchema } from "./votes.js";
