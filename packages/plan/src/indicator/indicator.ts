import {
  defineEnumeration,
  IdSchema,
  IsoDateSchema,
  MultilingualTextSchema,
  personal,
  storableText,
} from "@madani/model";
import * as z from "zod";

/** How an indicator is measured, with labels in ar, fr and en. */
export const IndicatorMeasure = defineEnumeration("indicatorMeasure", {
  number: { ar: "عدد", fr: "Nombre", en: "Number" },
  percentage: { ar: "نسبة مئوية", fr: "Pourcentage", en: "Percentage" },
  ratio: { ar: "نسبة", fr: "Ratio", en: "Ratio" },
  "yes-no": { ar: "نعم / لا", fr: "Oui / non", en: "Yes / no" },
  ordinal: { ar: "سلم ترتيبي", fr: "Échelle ordinale", en: "Ordinal scale" },
  qualitative: { ar: "وصف نوعي", fr: "Récit qualitatif", en: "Qualitative narrative" },
});

/** A measure; see {@link IndicatorMeasure}. */
export type IndicatorMeasureValue = (typeof IndicatorMeasure.values)[number];

/** The direction in which an indicator improves, with labels in ar, fr and en. */
export const IndicatorDirection = defineEnumeration("indicatorDirection", {
  increase: { ar: "ارتفاع", fr: "Hausse", en: "Increase" },
  decrease: { ar: "انخفاض", fr: "Baisse", en: "Decrease" },
  maintain: { ar: "المحافظة داخل مجال", fr: "Maintien dans une fourchette", en: "Maintain within a band" },
});

/** A direction; see {@link IndicatorDirection}. */
export type IndicatorDirectionValue = (typeof IndicatorDirection.values)[number];

/** How values of several periods or disaggregations combine, with labels in ar, fr and en. */
export const Aggregation = defineEnumeration("aggregation", {
  sum: { ar: "المجموع", fr: "Somme", en: "Sum" },
  mean: { ar: "المتوسط", fr: "Moyenne", en: "Mean" },
  last: { ar: "آخر قيمة", fr: "Dernière valeur", en: "Last value" },
  max: { ar: "القيمة القصوى", fr: "Maximum", en: "Maximum" },
  min: { ar: "القيمة الدنيا", fr: "Minimum", en: "Minimum" },
});

/** An aggregation; see {@link Aggregation}. */
export type AggregationValue = (typeof Aggregation.values)[number];

/** Approval states of an actual value, with labels; only `approved` values count. */
export const ValueState = defineEnumeration("valueState", {
  draft: { ar: "مسودة", fr: "Brouillon", en: "Draft" },
  submitted: { ar: "مقدمة", fr: "Soumise", en: "Submitted" },
  returned: { ar: "مرجعة للمراجعة", fr: "Renvoyée", en: "Returned" },
  approved: { ar: "مصادق عليها", fr: "Approuvée", en: "Approved" },
});

/** A value state; see {@link ValueState}. */
export type ValueStateValue = (typeof ValueState.values)[number];

/**
 * Schema of an HCP geographic code (Haut-Commissariat au Plan, RGPH 2024): a région (`"06"`), a province or
 * prefecture (`"06.181"`), or a commune (`"06.181.01.03"`, `"06.141.01.0"` for a city-level commune; a
 * prefecture of arrondissements has the same shape, `"06.141.01.00"`).
 *
 * @remarks The patterns of the codes of `@madani/model`'s `AddressSchema`, in one: the schema checks the
 * shape of a code, and lint rule `place-is-hcp-code` checks that it names a place of `@madani/model/geo`.
 * @example
 * ```ts
 * HcpCodeSchema.parse("06.467.01.07"); // Sidi Bennour, the commune
 * HcpCodeSchema.safeParse("El Jadida").success; // false: a code, never a name
 * ```
 */
export const HcpCodeSchema = z.string().regex(/^\d{2}(?:\.\d{3}(?:\.\d{2}\.\d{1,2})?)?$/);

/** An HCP geographic code; see {@link HcpCodeSchema}. */
export type HcpCode = z.infer<typeof HcpCodeSchema>;

/** A disaggregation of a value, a target or a baseline: its category in each dimension (`{ sex: "female" }`). */
const DisaggregationSchema = z.record(z.string().regex(/^[a-z][a-zA-Z0-9-]{0,63}$/), z.string().max(200));

/**
 * Schema of a target of one category of an indicator: a category of one or more dimensions (`disaggregation`,
 * as on the values), a place (an HCP code), or both (women of El Jadida), and its target in the indicator's
 * units.
 *
 * @remarks docs/indicators.md, "Targets and baselines by category and place": the targets of one period (or the
 * life-of-project targets) group into breakdowns like the values, and a category's target is read from one
 * breakdown, a place's target summing those of the places inside it. Lint rule `category-targets-sum` warns
 * when the targets of a breakdown of counts do not add up to the total target.
 * @example
 * ```ts
 * CategoryTargetSchema.parse({ disaggregation: { sex: "female" }, target: 60 });
 * CategoryTargetSchema.parse({ place: "06.181", target: 70 });
 * ```
 */
export const CategoryTargetSchema = z.strictObject({
  disaggregation: DisaggregationSchema.optional(),
  place: HcpCodeSchema.optional(),
  target: z.number(),
});

/** A category target; see {@link CategoryTargetSchema}. */
export type CategoryTarget = z.infer<typeof CategoryTargetSchema>;

/**
 * Schema of the baseline of one category of an indicator: its category (`disaggregation`, `place`, or both),
 * its value and its date (default: the date of the indicator's baseline).
 *
 * @example
 * ```ts
 * CategoryBaselineSchema.parse({ disaggregation: { sex: "female" }, value: 8, date: "2024-12-31" });
 * ```
 */
export const CategoryBaselineSchema = z.strictObject({
  disaggregation: DisaggregationSchema.optional(),
  place: HcpCodeSchema.optional(),
  value: z.number(),
  date: IsoDateSchema.optional(),
});

/** A category baseline; see {@link CategoryBaselineSchema}. */
export type CategoryBaseline = z.infer<typeof CategoryBaselineSchema>;

/**
 * Schema of a breakdown of an indicator's values: the dimensions its values are disaggregated by, and whether
 * they carry a place. `{ dimensions: ["sex"] }` is the breakdown by sex, `{ place: true }` the breakdown by
 * place, `{ dimensions: ["sex"], place: true }` by sex and place, `{}` the total entered as it is.
 *
 * @remarks docs/indicators.md, "Breakdowns: one total per period". An indicator's `totalBreakdown` names the
 * breakdown its period totals come from; the other breakdowns are checked against it (lint rule
 * `breakdowns-agree`).
 * @example
 * ```ts
 * BreakdownSchema.parse({ dimensions: ["sex"] });
 * ```
 */
export const BreakdownSchema = z.strictObject({
  dimensions: z
    .array(z.string().regex(/^[a-z][a-zA-Z0-9-]{0,63}$/))
    .max(20)
    .optional(),
  place: z.boolean().optional(),
});

/** A breakdown; see {@link BreakdownSchema}. */
export type Breakdown = z.infer<typeof BreakdownSchema>;

/** Schema of a reporting period of an indicator: a span of days, which may be locked. */
export const IndicatorPeriodSchema = z.strictObject({
  id: IdSchema,
  startOn: IsoDateSchema,
  endOn: IsoDateSchema,
  /** Target for the period, in the indicator's units (percent units for percentages; 1/0 for yes/no). */
  target: z.number().optional(),
  /** Targets of the period by category and by place (see {@link CategoryTargetSchema}); `target` stays the total. */
  targetsBy: z.array(CategoryTargetSchema).max(1000).optional(),
  locked: z.boolean().optional(),
});

/** A period; see {@link IndicatorPeriodSchema}. */
export type IndicatorPeriod = z.infer<typeof IndicatorPeriodSchema>;

/** The title of an evidence document in plain text: trimmed, 1 to 2,000 characters. */
const EVIDENCE_TEXT = storableText(z.string().trim().min(1).max(2000));

/**
 * Schema of one evidence document of an actual value: a title (multilingual, or plain text), a link (`url`,
 * http or https), the SHA-256 hash of its content (`sha256`, 64 lowercase hexadecimal digits, as `sha256sum`
 * prints it) and its date.
 *
 * @remarks A new document has a link or a hash, or both: `applyCommand` refuses one with neither
 * (`command.evidence_unverifiable`). The schema also reads a document with a title only, which is what the
 * single text `evidence` of earlier releases becomes (see {@link ActualValueSchema}).
 */
export const EvidenceDocumentSchema = z.strictObject({
  title: z.union([EVIDENCE_TEXT, MultilingualTextSchema]),
  url: storableText(z.url({ protocol: /^https?$/ }).max(2000)).optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  date: IsoDateSchema.optional(),
});

/** An evidence document; see {@link EvidenceDocumentSchema}. */
export type EvidenceDocument = z.infer<typeof EvidenceDocumentSchema>;

const EVIDENCE_LIST = z.array(EvidenceDocumentSchema).max(100);

/**
 * The evidence of a value: a list of documents; a text (the form of earlier releases, at most 2,000 characters)
 * is read as one document with that text as its title, and a blank text as no document (`[]`). The JSON Schema of
 * the input admits both forms; the parsed value is always the list.
 */
const EvidenceSchema = z
  .union([z.string().max(2000), EVIDENCE_LIST])
  .transform((e) => (typeof e !== "string" ? e : e.trim() === "" ? [] : [{ title: e }]))
  .pipe(EVIDENCE_LIST);

/** A person named in the approval workflow (the author of an edit): 1 to 200 characters once trimmed. */
const PERSON = personal(z.string().trim().min(1).max(200));
/** A time of the approval workflow: an ISO 8601 date and time with an offset, like the edit metadata's `at`. */
const INSTANT = z.iso.datetime({ offset: true });

/**
 * Schema of a note of the approval workflow on a value: who wrote it, when, on which act (`returned`: the
 * comment of a return, required; `reopened`: the reason an approved value was reopened, required; `submitted`,
 * `approved`: an optional comment) and its text.
 */
export const ReviewNoteSchema = z.strictObject({
  kind: z.enum(["submitted", "returned", "approved", "reopened"]),
  by: PERSON,
  at: INSTANT,
  text: storableText(z.string().trim().min(1).max(2000)),
});

/** A review note; see {@link ReviewNoteSchema}. */
export type ReviewNote = z.infer<typeof ReviewNoteSchema>;

/**
 * Schema of an actual value reported for a period: a value, or for percentages a
 * numerator and a denominator; with its disaggregation, source, evidence documents and approval state.
 *
 * @remarks The approval workflow (`set-value-state`, docs/plan.md, "Editing") records who submitted the value
 * and when (`submittedBy`, `submittedAt`: the author and time of the edit), who approved or returned it and
 * when (`reviewedBy`, `reviewedAt`), and its review notes (return comments, reasons for reopening). Names of
 * people are personal data. `evidence` is a list of {@link EvidenceDocumentSchema documents}; a text, the form
 * of earlier releases, is read as one document with that title. Values of earlier releases and of other IATI
 * publishers have no workflow fields: the schema reads them as they are.
 */
export const ActualValueSchema = z.strictObject({
  id: IdSchema,
  periodId: IdSchema,
  value: z.number().optional(),
  numerator: z.number().min(0).optional(),
  denominator: z.number().positive().optional(),
  disaggregation: z.record(z.string().regex(/^[a-z][a-zA-Z0-9-]{0,63}$/), z.string().max(200)).optional(),
  /** Where the value was measured: an HCP code of a région, province or commune (see {@link HcpCodeSchema}). */
  place: HcpCodeSchema.optional(),
  source: MultilingualTextSchema.optional(),
  evidence: EvidenceSchema.optional(),
  state: ValueState.schema,
  /** Who submitted the value for review (the author of the edit); kept while it is reviewed. */
  submittedBy: PERSON.optional(),
  /** When the value was submitted (the time of the edit, with its offset). */
  submittedAt: INSTANT.optional(),
  /** Who approved or returned the value; another person than `submittedBy`. */
  reviewedBy: PERSON.optional(),
  /** When the value was approved or returned. */
  reviewedAt: INSTANT.optional(),
  /** The notes of the workflow, oldest first: return comments, reasons for reopening, other comments. */
  reviewNotes: z.array(ReviewNoteSchema).max(100).optional(),
});

/** An actual value; see {@link ActualValueSchema}. */
export type ActualValue = z.infer<typeof ActualValueSchema>;

/**
 * Schema of an indicator's reference sheet with its periods, targets and actual values.
 *
 * @remarks Percentages are in percent units (0 to 100), never fractions, and
 * combine from their numerators and denominators, never by averaging
 * percentages (docs/indicators.md, "Achievement").
 */
export const IndicatorSchema = z.strictObject({
  id: IdSchema,
  code: z.string().trim().min(1).max(64),
  name: MultilingualTextSchema,
  definition: MultilingualTextSchema.optional(),
  unit: MultilingualTextSchema.optional(),
  measure: IndicatorMeasure.schema,
  direction: IndicatorDirection.schema,
  /** Inclusive band for `maintain`. */
  band: z.strictObject({ low: z.number(), high: z.number() }).optional(),
  baseline: z.strictObject({ value: z.number(), date: IsoDateSchema }).optional(),
  /**
   * Life-of-project target, in the indicator's units. Without it, the period targets combined like the actuals
   * across periods (`sum` adds them; `last` takes the last; percentages and ratios are never added).
   */
  lopTarget: z.number().optional(),
  /** How values of several periods combine into the current actual. Default `last`. */
  acrossPeriods: Aggregation.schema.optional(),
  /** How the values of one period combine (of one breakdown, when they come in several: `totalBreakdown`). Default `sum`. */
  withinPeriod: Aggregation.schema.optional(),
  /**
   * The breakdown the total of a period comes from, when values are entered in several breakdowns of the same
   * total (by sex and again by province): see {@link BreakdownSchema} and docs/indicators.md, "Breakdowns: one
   * total per period".
   */
  totalBreakdown: BreakdownSchema.optional(),
  /** Baselines by category and by place (see {@link CategoryBaselineSchema}); `baseline` stays the total. */
  baselinesBy: z.array(CategoryBaselineSchema).max(1000).optional(),
  /** Life-of-project targets by category and by place (see {@link CategoryTargetSchema}); `lopTarget` stays the total. */
  lopTargetsBy: z.array(CategoryTargetSchema).max(1000).optional(),
  periods: z.array(IndicatorPeriodSchema).max(1000),
  values: z.array(ActualValueSchema).max(1_000_000),
  dataSource: MultilingualTextSchema.optional(),
  collectionMethod: MultilingualTextSchema.optional(),
  frequency: z.enum(["monthly", "quarterly", "semiannual", "annual", "custom"]).optional(),
  responsible: z.string().max(200).optional(),
  disaggregations: z
    .array(z.string().regex(/^[a-z][a-zA-Z0-9-]{0,63}$/))
    .max(20)
    .optional(),
  weight: z.number().min(0).optional(),
});

/** An indicator; see {@link IndicatorSchema}. */
export type Indicator = z.infer<typeof IndicatorSchema>;
