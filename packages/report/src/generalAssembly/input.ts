import {
  FieldOfAction,
  IdSchema,
  IsoDateSchema,
  LegalForm,
  MoneySchema,
  MultilingualTextSchema,
  NonNegativeMoneySchema,
  OrganizationSchema,
  PartnershipAgreementSchema,
} from "@madani/model";
import * as z from "zod";
import { ReportLanguageSchema } from "../document/document.js";
import { ActivityKind } from "./activityKind.js";
import { ExpenseNature } from "./expenseNature.js";
import { IncomeSource } from "./incomeSource.js";

/** Most activities, partners, agreements and money lines one input may list. */
const MAX_ACTIVITIES = 10_000;
const MAX_PARTNERS = 10_000;
const MAX_AGREEMENTS = 1_000;
const MAX_LINES = 100_000;
/** Most beneficiaries of one activity: far above any real activity, low enough that sums stay exact. */
const MAX_BENEFICIARIES = 1_000_000_000;

/** HCP commune code, as in the model's addresses: `03.451.03.09`. */
const CommuneCodeSchema = z.string().regex(/^\d{2}\.\d{3}\.\d{2}\.\d{1,2}$/);

const count = z.int().min(0).max(MAX_BENEFICIARIES);

/**
 * Schema of the beneficiaries of an activity: the total, and where known how
 * many were female, male, and children.
 *
 * @remarks `female + male` and `children` may not exceed `total`
 * (`generalAssembly.beneficiaries_sex_above_total`,
 * `generalAssembly.beneficiaries_children_above_total`); the part of the total
 * whose sex is not given is shown as "not specified".
 * @example
 * ```ts
 * BeneficiariesSchema.parse({ total: 34, female: 21, male: 13 });
 * ```
 */
export const BeneficiariesSchema = z.strictObject({
  total: count,
  female: count.optional(),
  male: count.optional(),
  children: count.optional(),
});

/** Beneficiaries of an activity; see {@link BeneficiariesSchema}. */
export type Beneficiaries = z.infer<typeof BeneficiariesSchema>;

/**
 * Schema of an activity the association carried out during the year.
 *
 * @remarks `place` is a text or the HCP code of a commune (shown by its name
 * from `@madani/model/geo`); `partnerIds` name entries of the input's
 * `partners`, `agreementId` one of its `agreements`. The activity ends on or
 * after it starts; an activity outside the reported period is a warning.
 * @example
 * ```ts
 * GeneralAssemblyActivitySchema.parse({
 *   id: "act-2024-03",
 *   title: { ar: "دورة تكوينية في الرقمنة", fr: "Formation au numérique" },
 *   field: "digital",
 *   kind: "training",
 *   startOn: "2024-03-16",
 *   endOn: "2024-03-17",
 *   place: "03.451.03.09",
 *   beneficiaries: { total: 28, female: 17, male: 11 },
 * });
 * ```
 */
export const GeneralAssemblyActivitySchema = z.strictObject({
  id: IdSchema,
  title: MultilingualTextSchema,
  field: FieldOfAction.schema,
  kind: ActivityKind.schema.optional(),
  startOn: IsoDateSchema,
  endOn: IsoDateSchema.optional(),
  place: z.union([CommuneCodeSchema, MultilingualTextSchema]).optional(),
  beneficiaries: BeneficiariesSchema.optional(),
  partnerIds: z.array(IdSchema).max(1_000).optional(),
  agreementId: IdSchema.optional(),
});

/** An activity of the year; see {@link GeneralAssemblyActivitySchema}. */
export type GeneralAssemblyActivity = z.infer<typeof GeneralAssemblyActivitySchema>;

/**
 * Schema of a partner (another organization) named in activities, agreements
 * and income lines: its id, its name, and its legal form when known.
 *
 * @remarks The legal form decides which agreements are public funding:
 * a funder of form `public-institution` or `local-authority` is public.
 * @example
 * ```ts
 * PartnerSchema.parse({ id: "commune-ighzrane", name: { ar: "جماعة إغزران" }, kind: "local-authority" });
 * ```
 */
export const PartnerSchema = z.strictObject({
  id: IdSchema,
  name: MultilingualTextSchema,
  kind: LegalForm.schema.optional(),
});

/** A partner; see {@link PartnerSchema}. */
export type Partner = z.infer<typeof PartnerSchema>;

/**
 * Schema of an income line: its source, a label, a non-negative amount, and
 * optionally the funder (a partner), the agreement it comes under and the
 * date it was received.
 *
 * @example
 * ```ts
 * IncomeLineSchema.parse({
 *   source: "public-subsidy",
 *   label: { ar: "منحة جماعة إغزران" },
 *   amount: { amount: 2_000_000, currency: "MAD" },
 *   funderId: "commune-ighzrane",
 *   agreementId: "conv-2024-ighzrane",
 *   receivedOn: "2024-05-20",
 * });
 * ```
 */
export const IncomeLineSchema = z.strictObject({
  source: IncomeSource.schema,
  label: MultilingualTextSchema,
  amount: NonNegativeMoneySchema,
  funderId: IdSchema.optional(),
  agreementId: IdSchema.optional(),
  receivedOn: IsoDateSchema.optional(),
});

/** An income line; see {@link IncomeLineSchema}. */
export type IncomeLine = z.infer<typeof IncomeLineSchema>;

/**
 * Schema of an expense line: its nature, a label, a non-negative amount, and
 * optionally the activity it paid for.
 *
 * @example
 * ```ts
 * ExpenseLineSchema.parse({
 *   nature: "activities",
 *   label: { fr: "Restauration des participants" },
 *   amount: { amount: 340_000, currency: "MAD" },
 *   activityId: "act-2024-03",
 * });
 * ```
 */
export const ExpenseLineSchema = z.strictObject({
  nature: ExpenseNature.schema,
  label: MultilingualTextSchema,
  amount: NonNegativeMoneySchema,
  activityId: IdSchema.optional(),
});

/** An expense line; see {@link ExpenseLineSchema}. */
export type ExpenseLine = z.infer<typeof ExpenseLineSchema>;

/**
 * Schema of the fiscal year (or period) the assembly reviews: both ends
 * required and inclusive.
 *
 * @remarks It must end on or after it starts (`generalAssembly.period_end_before_start`);
 * an assembly held before it ends is a warning (`generalAssembly.assembly_before_period_end`).
 * @example
 * ```ts
 * FiscalPeriodSchema.parse({ startOn: "2024-01-01", endOn: "2024-12-31" });
 * ```
 */
export const FiscalPeriodSchema = z.strictObject({ startOn: IsoDateSchema, endOn: IsoDateSchema });

/** A fiscal period; see {@link FiscalPeriodSchema}. */
export type FiscalPeriod = z.infer<typeof FiscalPeriodSchema>;

/**
 * Schema of what an association gives to build the moral and financial
 * reports it presents to its general assembly.
 *
 * @remarks Business rules beyond the shape are checked by
 * {@link validateGeneralAssemblyInput}: one currency for all money, dates in
 * order, references to known partners, agreements and activities,
 * beneficiaries by sex within the total, totals within the exact range; the
 * organization and the agreements are also checked against the model's rules.
 * `generatedAt` is supplied by the caller (ISO 8601 with an offset): the clock
 * is never read. `currency`, when given, is the currency every amount must be
 * in; otherwise it is the currency of the first amount (MAD when there is none).
 * @example
 * ```ts
 * const input: GeneralAssemblyInput = {
 *   organization: { id: "assoc-achraf", legalForm: "association", name: { ar: "جمعية الأشراف للثقافة والتنمية" } },
 *   period: { startOn: "2024-01-01", endOn: "2024-12-31" },
 *   assemblyOn: "2025-03-15",
 *   language: "ar",
 *   generatedAt: "2025-03-01T10:00:00+01:00",
 *   activities: [],
 *   income: [{ source: "membership-fees", label: { ar: "واجبات الانخراط" }, amount: { amount: 360_000, currency: "MAD" } }],
 *   expenses: [],
 * };
 * GeneralAssemblyInputSchema.parse(input);
 * ```
 */
export const GeneralAssemblyInputSchema = z.strictObject({
  organization: OrganizationSchema,
  period: FiscalPeriodSchema,
  assemblyOn: IsoDateSchema,
  language: ReportLanguageSchema,
  generatedAt: z.iso.datetime({ offset: true }),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  activities: z.array(GeneralAssemblyActivitySchema).max(MAX_ACTIVITIES).optional(),
  partners: z.array(PartnerSchema).max(MAX_PARTNERS).optional(),
  agreements: z.array(PartnershipAgreementSchema).max(MAX_AGREEMENTS).optional(),
  income: z.array(IncomeLineSchema).max(MAX_LINES).optional(),
  expenses: z.array(ExpenseLineSchema).max(MAX_LINES).optional(),
  openingCash: MoneySchema.optional(),
});

/** The input of the general-assembly reports; see {@link GeneralAssemblyInputSchema}. */
export type GeneralAssemblyInput = z.infer<typeof GeneralAssemblyInputSchema>;

/**
 * The currency of a general-assembly input: its `currency` when given, else
 * the currency of its first income line, expense line or opening cash, else MAD.
 *
 * @param input - the input (valid or not yet checked for currencies).
 * @returns the ISO 4217 code every amount must be in.
 * @remarks `validateGeneralAssemblyInput` reports every amount in another
 * currency (`generalAssembly.currency_mismatch`): totals are never mixed.
 * @example
 * ```ts
 * inputCurrency({ ...input, currency: undefined, income: [{ …, amount: { amount: 1000, currency: "EUR" } }] }); // "EUR"
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (check an input with
 * `validateGeneralAssemblyInput` first).
 */
export function inputCurrency(input: GeneralAssemblyInput): string {
  return (
    input.currency ??
    input.income?.[0]?.amount.currency ??
    input.expenses?.[0]?.amount.currency ??
    input.openingCash?.currency ??
    "MAD"
  );
}
