import { defineEnumeration, IdSchema, IsoDateSchema, MultilingualTextSchema } from "@madani/model";
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

/** Schema of a reporting period of an indicator: a span of days, which may be locked. */
export const IndicatorPeriodSchema = z.strictObject({
  id: IdSchema,
  startOn: IsoDateSchema,
  endOn: IsoDateSchema,
  /** Target for the period, in the indicator's units (percent units for percentages; 1/0 for yes/no). */
  target: z.number().optional(),
  locked: z.boolean().optional(),
});

/** A period; see {@link IndicatorPeriodSchema}. */
export type IndicatorPeriod = z.infer<typeof IndicatorPeriodSchema>;

/**
 * Schema of an actual value reported for a period: a value, or for percentages a
 * numerator and a denominator; with its disaggregation, source, evidence and approval state.
 */
export const ActualValueSchema = z.strictObject({
  id: IdSchema,
  periodId: IdSchema,
  value: z.number().optional(),
  numerator: z.number().min(0).optional(),
  denominator: z.number().positive().optional(),
  disaggregation: z.record(z.string().regex(/^[a-z][a-zA-Z0-9-]{0,63}$/), z.string().max(200)).optional(),
  source: MultilingualTextSchema.optional(),
  evidence: z.string().max(2000).optional(),
  state: ValueState.schema,
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
  /** How several values of one period combine (disaggregations, locations). Default `sum`. */
  withinPeriod: Aggregation.schema.optional(),
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
