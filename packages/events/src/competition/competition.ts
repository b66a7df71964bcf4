import {
  defineEnumeration,
  FieldOfAction,
  IdSchema,
  IsoDateSchema,
  LegalForm,
  MoneySchema,
  MultilingualTextSchema,
  personal,
} from "@madani/model";
import * as z from "zod";

/**
 * Per-juror normalizations of the scores, with labels in ar, fr and en.
 *
 * @remarks Jurors do not use a scale alike: one gives 6 to 9, another 2 to 10. With
 * `z-score`, each juror's totals become standard scores over the submissions that juror
 * scored, `(total - mean) / standard deviation` (population deviation; 0 when the juror gave
 * every submission the same total). With `min-max`, each juror's totals are rescaled to
 * 0–100 between that juror's lowest and highest total (50 when they are equal). `none`
 * keeps the totals on the 0–100 scale.
 * @example
 * ```ts
 * labelOf(ScoreNormalization, "z-score", "fr"); // "Centrage-réduction par juré (score z)"
 * ```
 */
export const ScoreNormalization = defineEnumeration("scoreNormalization", {
  none: { ar: "بدون تسوية", fr: "Aucune normalisation", en: "No normalization" },
  "z-score": {
    ar: "التسوية المعيارية لنقط كل عضو (النقطة المعيارية z)",
    fr: "Centrage-réduction par juré (score z)",
    en: "Per-juror standard score (z-score)",
  },
  "min-max": {
    ar: "إعادة سلم نقط كل عضو بين أدنى وأعلى نقطة منحها",
    fr: "Mise à l'échelle min-max par juré",
    en: "Per-juror min-max scaling",
  },
});

/** A normalization; see {@link ScoreNormalization}. */
export type ScoreNormalizationValue = (typeof ScoreNormalization.values)[number];

/**
 * Tie-break rules between submissions with the same score, with labels in ar, fr and en.
 *
 * @remarks Applied in the order the competition lists them; `id` (Unicode code-point order
 * of the submission ids, smaller first) always closes the list so that every ranking is a
 * total order that does not depend on the order of the input.
 * - `criteria`: the higher mean score on the first criterion of the competition's list
 *   (as a share of its maximum), then on the second, and so on: list the most important
 *   criterion first.
 * - `median`: the higher median of the jurors' (normalized) totals.
 * - `earlier-submission`: the submission filed first (`submittedAt`); one without a date comes after.
 * - `id`: the smaller id.
 * @example
 * ```ts
 * TieBreak.values; // ["criteria", "median", "earlier-submission", "id"]
 * ```
 */
export const TieBreak = defineEnumeration("tieBreak", {
  criteria: {
    ar: "النقط حسب المعايير بترتيب أولويتها",
    fr: "Notes par critère, dans l'ordre de priorité",
    en: "Criterion scores, in priority order",
  },
  median: { ar: "وسيط نقط أعضاء لجنة التحكيم", fr: "Médiane des notes des jurés", en: "Median of the jurors' totals" },
  "earlier-submission": { ar: "الأسبقية في إيداع الملف", fr: "Dossier déposé le premier", en: "Earlier submission" },
  id: { ar: "ترتيب المعرفات", fr: "Ordre des identifiants", en: "Id order" },
});

/** A tie-break rule; see {@link TieBreak}. */
export type TieBreakValue = (typeof TieBreak.values)[number];

/**
 * Kinds of eligibility rules of a call for projects, with labels in ar, fr and en.
 *
 * @example
 * ```ts
 * labelOf(EligibilityRuleKind, "required-documents", "ar"); // "الوثائق المطلوبة"
 * ```
 */
export const EligibilityRuleKind = defineEnumeration("eligibilityRuleKind", {
  "legal-form": { ar: "الشكل القانوني", fr: "Forme juridique", en: "Legal form" },
  region: { ar: "الجهة", fr: "Région", en: "Region" },
  "founded-before": { ar: "تاريخ التأسيس", fr: "Date de création", en: "Founding date" },
  "max-amount": { ar: "سقف المبلغ المطلوب", fr: "Plafond du montant demandé", en: "Ceiling of the amount requested" },
  "required-documents": { ar: "الوثائق المطلوبة", fr: "Pièces exigées", en: "Required documents" },
  deadline: { ar: "أجل الإيداع", fr: "Date limite de dépôt", en: "Submission deadline" },
  "one-per-organization": {
    ar: "ملف واحد لكل مؤسسة",
    fr: "Un dossier par organisation",
    en: "One submission per organization",
  },
});

/** An eligibility rule kind; see {@link EligibilityRuleKind}. */
export type EligibilityRuleKindValue = (typeof EligibilityRuleKind.values)[number];

/**
 * Outcomes of a ranked submission, with labels in ar, fr and en.
 *
 * @remarks `winner`: selected. `category-full`: its category's quota was filled by
 * better-ranked submissions. `winners-full`: the total number of winners was reached.
 * `below-minimum`: its raw score is under the competition's `minimumScore`.
 * @example
 * ```ts
 * labelOf(RankingOutcome, "winner", "ar"); // "فائز"
 * ```
 */
export const RankingOutcome = defineEnumeration("rankingOutcome", {
  winner: { ar: "فائز", fr: "Lauréat", en: "Winner" },
  "category-full": { ar: "حصة الصنف مستوفاة", fr: "Quota de la catégorie atteint", en: "Category quota filled" },
  "winners-full": {
    ar: "العدد الإجمالي للفائزين مستوفى",
    fr: "Nombre total de lauréats atteint",
    en: "Total number of winners reached",
  },
  "below-minimum": {
    ar: "دون النقطة الدنيا",
    fr: "Sous la note minimale",
    en: "Below the minimum score",
  },
});

/** A ranking outcome; see {@link RankingOutcome}. */
export type RankingOutcomeValue = (typeof RankingOutcome.values)[number];

/**
 * Schema of a category of a call for projects (a field such as cultural, sports, social,
 * environmental), with the number of winners it may have.
 *
 * @remarks `quota` is a maximum: a category with fewer eligible, scored submissions
 * above the minimum score leaves seats unfilled (reported, never moved to another category).
 */
export const CompetitionCategorySchema = z.strictObject({
  id: IdSchema,
  label: MultilingualTextSchema,
  field: FieldOfAction.schema.optional(),
  quota: z.number().int().min(0).max(100_000),
});

/** A category; see {@link CompetitionCategorySchema}. */
export type CompetitionCategory = z.infer<typeof CompetitionCategorySchema>;

/**
 * Schema of an evaluation criterion: a weight and the maximum score a juror may give.
 *
 * @remarks A juror's total for a submission is `100 × Σ weight × score / maxScore ÷ Σ weight`,
 * on a 0–100 scale whatever the criteria's scales. The order of the criteria is their
 * priority for the `criteria` tie-break.
 */
export const CriterionSchema = z.strictObject({
  id: IdSchema,
  label: MultilingualTextSchema,
  weight: z.number().positive().max(1_000_000),
  maxScore: z.number().positive().max(1_000_000),
});

/** A criterion; see {@link CriterionSchema}. */
export type Criterion = z.infer<typeof CriterionSchema>;

/**
 * Schema of an eligibility rule of a call for projects (one of {@link EligibilityRuleKind}).
 *
 * @remarks A submission is eligible when it satisfies every rule; a rule whose information
 * the submission does not give (no legal form, no region…) is not satisfied
 * (`eligibility.missing_information`).
 * - `legal-form`: the submission's `legalForm` is one of `allowed`.
 * - `region`: its `regionCode` is one of `regionCodes` (two-digit codes of the 2015 regions).
 * - `founded-before`: its organization was founded on or before `date`.
 * - `max-amount`: its `requestedAmount` is at most `maximum` (same currency).
 * - `required-documents`: its `documents` include every one of `documents`.
 * - `deadline`: it was filed (`submittedAt`) at or before `at`.
 * - `one-per-organization`: one eligible submission per organization, the first filed
 *   (then the smallest id); the others are not eligible.
 */
export const EligibilityRuleSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("legal-form"), allowed: z.array(LegalForm.schema).min(1) }),
  z.strictObject({ kind: z.literal("region"), regionCodes: z.array(z.string().regex(/^\d{2}$/)).min(1) }),
  z.strictObject({ kind: z.literal("founded-before"), date: IsoDateSchema }),
  z.strictObject({ kind: z.literal("max-amount"), maximum: MoneySchema }),
  z.strictObject({ kind: z.literal("required-documents"), documents: z.array(IdSchema).min(1) }),
  z.strictObject({ kind: z.literal("deadline"), at: z.iso.datetime({ offset: true }) }),
  z.strictObject({ kind: z.literal("one-per-organization") }),
]);

/** An eligibility rule; see {@link EligibilityRuleSchema}. */
export type EligibilityRule = z.infer<typeof EligibilityRuleSchema>;

/**
 * Schema of a competition (a call for projects, a prize): categories with quotas, weighted
 * criteria, eligibility rules and the ranking's settings, all published with the call.
 *
 * @remarks
 * - `winners`: total number of winners; default the sum of the categories' quotas
 *   (e.g. 9 winners, 3 per field).
 * - `minimumScore`: raw score (0–100) a submission needs to win; default 0.
 * - `minimumJurors`: jurors (without a conflict of interest) who must have scored a
 *   submission for it to be ranked; default 1.
 * - `normalization`: per-juror normalization; default `none`.
 * - `tieBreaks`: tie-break rules in order; default `["criteria", "earlier-submission"]`;
 *   `id` always closes the list.
 */
export const CompetitionSchema = z.strictObject({
  id: IdSchema,
  title: MultilingualTextSchema,
  year: z.number().int().min(1900).max(2200).optional(),
  organizer: MultilingualTextSchema.optional(),
  categories: z.array(CompetitionCategorySchema).min(1).max(1000),
  criteria: z.array(CriterionSchema).min(1).max(100),
  eligibility: z.array(EligibilityRuleSchema).max(100).optional(),
  winners: z.number().int().min(0).max(100_000).optional(),
  minimumScore: z.number().min(0).max(100).optional(),
  minimumJurors: z.number().int().min(1).max(1000).optional(),
  normalization: ScoreNormalization.schema.optional(),
  tieBreaks: z.array(TieBreak.schema).max(4).optional(),
});

/** A competition; see {@link CompetitionSchema}. */
export type Competition = z.infer<typeof CompetitionSchema>;

/**
 * Schema of a submission (a project presented by an organization) to a competition.
 *
 * @remarks The organization's legal form, region, founding date, the amount requested and
 * the documents attached are what the eligibility rules read. `submittedAt` is an ISO
 * timestamp with an offset.
 */
export const SubmissionSchema = z.strictObject({
  id: IdSchema,
  categoryId: IdSchema,
  title: MultilingualTextSchema,
  organizationId: IdSchema.optional(),
  applicant: MultilingualTextSchema.optional(),
  submittedAt: z.iso.datetime({ offset: true }).optional(),
  legalForm: LegalForm.schema.optional(),
  regionCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  foundedOn: IsoDateSchema.optional(),
  requestedAmount: MoneySchema.optional(),
  documents: z.array(IdSchema).max(1000).optional(),
});

/** A submission; see {@link SubmissionSchema}. */
export type Submission = z.infer<typeof SubmissionSchema>;

/**
 * Schema of a juror. `organizationIds` are the organizations the juror belongs to or works
 * for: the juror has a conflict of interest with every submission of those organizations.
 *
 * @remarks `name` is personal data.
 */
export const JurorSchema = z.strictObject({
  id: IdSchema,
  name: personal(MultilingualTextSchema).optional(),
  organizationIds: z.array(IdSchema).max(1000).optional(),
});

/** A juror; see {@link JurorSchema}. */
export type Juror = z.infer<typeof JurorSchema>;

/**
 * Schema of a declared conflict of interest of a juror with one submission or with every
 * submission of an organization (at least one of the two is required).
 */
export const ConflictOfInterestSchema = z.strictObject({
  jurorId: IdSchema,
  submissionId: IdSchema.optional(),
  organizationId: IdSchema.optional(),
  reason: MultilingualTextSchema.optional(),
});

/** A conflict of interest; see {@link ConflictOfInterestSchema}. */
export type ConflictOfInterest = z.infer<typeof ConflictOfInterestSchema>;

/**
 * Schema of one juror's scores for one submission: a score per criterion, from 0 to the
 * criterion's `maxScore`, for every criterion of the competition.
 */
export const JurorScoreSchema = z.strictObject({
  jurorId: IdSchema,
  submissionId: IdSchema,
  scores: z.record(IdSchema, z.number().min(0).max(1_000_000)),
});

/** A juror's scores for a submission; see {@link JurorScoreSchema}. */
export type JurorScore = z.infer<typeof JurorScoreSchema>;

/** Schema of the input of {@link rankCompetition}. */
export const CompetitionInputSchema = z.strictObject({
  competition: CompetitionSchema,
  submissions: z.array(SubmissionSchema).max(1_000_000),
  jurors: z.array(JurorSchema).max(10_000),
  scores: z.array(JurorScoreSchema).max(10_000_000),
  conflicts: z.array(ConflictOfInterestSchema).max(1_000_000).optional(),
});

/** The input of {@link rankCompetition}; see {@link CompetitionInputSchema}. */
export type CompetitionInput = z.infer<typeof CompetitionInputSchema>;
