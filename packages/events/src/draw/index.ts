// Barrel of this folder; the package index re-exports it.
export type { DrawEntry, DrawInput, DrawOptions, DrawRecord, VerifyDrawOptions } from "./draw.js";
export {
  commitSeed,
  DRAW_ALGORITHM,
  DrawCommitmentSchema,
  DrawEntrySchema,
  DrawInputSchema,
  DrawRecordSchema,
  DrawSeedSchema,
  runDraw,
  verifyDraw,
} from "./draw.js";
export type { DrawIssueCode, DrawRuleCode } from "./messages.js";
export { drawMessages } from "./messages.js";
