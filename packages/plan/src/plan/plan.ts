import {
  defineEnumeration,
  IdSchema,
  IsoDateSchema,
  MultilingualTextSchema,
  NonNegativeMoneySchema,
  personal,
  TransactionSchema,
} from "@madani/model";
import * as z from "zod";
import { IndicatorSchema } from "../indicator/indicator.js";
import { PlanTemplateSchema } from "./tier.js";

const CODE = z.string().trim().min(1).max(64);
const NAME = z.string().trim().min(1).max(200);
const TIER_KEY = z.string().regex(/^[a-z][a-zA-Z0-9-]{0,63}$/);
const TEXTS = z.array(MultilingualTextSchema).max(100);

/** Status of an activity, with labels in ar, fr and en. */
export const ActivityStatus = defineEnumeration("activityStatus", {
  planned: { ar: "مبرمج", fr: "Planifiée", en: "Planned" },
  ongoing: { ar: "في طور الإنجاز", fr: "En cours", en: "Ongoing" },
  done: { ar: "منجز", fr: "Réalisée", en: "Done" },
  postponed: { ar: "مؤجل", fr: "Reportée", en: "Postponed" },
  cancelled: { ar: "ملغى", fr: "Annulée", en: "Cancelled" },
});

/** An activity status; see {@link ActivityStatus}. */
export type ActivityStatusValue = (typeof ActivityStatus.values)[number];

/** How a contribution from a participatory workshop was handled, with labels in ar, fr and en. */
export const ContributionHandling = defineEnumeration("contributionHandling", {
  adopted: { ar: "معتمد", fr: "Adoptée", en: "Adopted" },
  merged: { ar: "مدمج", fr: "Fusionnée", en: "Merged" },
  rejected: { ar: "مرفوض", fr: "Rejetée", en: "Rejected" },
  pending: { ar: "قيد الدراسة", fr: "En attente", en: "Pending" },
});

/** A contribution handling; see {@link ContributionHandling}. */
export type ContributionHandlingValue = (typeof ContributionHandling.values)[number];

/** Kinds of stakeholders of a plan's diagnosis, with labels in ar, fr and en. */
export const StakeholderKind = defineEnumeration("stakeholderKind", {
  "public-authority": { ar: "سلطة عمومية", fr: "Autorité publique", en: "Public authority" },
  "local-government": { ar: "جماعة ترابية", fr: "Collectivité territoriale", en: "Local government" },
  association: { ar: "جمعية", fr: "Association", en: "Association" },
  network: { ar: "شبكة", fr: "Réseau", en: "Network" },
  donor: { ar: "جهة مانحة", fr: "Bailleur de fonds", en: "Donor" },
  "international-partner": { ar: "شريك دولي", fr: "Partenaire international", en: "International partner" },
  "private-sector": { ar: "قطاع خاص", fr: "Secteur privé", en: "Private sector" },
  beneficiaries: { ar: "مستفيدون", fr: "Bénéficiaires", en: "Beneficiaries" },
  media: { ar: "إعلام", fr: "Médias", en: "Media" },
  academia: { ar: "جامعة ومراكز بحث", fr: "Université et recherche", en: "Academia" },
  other: { ar: "أخرى", fr: "Autre", en: "Other" },
});

/** A stakeholder kind; see {@link StakeholderKind}. */
export type StakeholderKindValue = (typeof StakeholderKind.values)[number];

/** Kinds of communication channels, with labels in ar, fr and en. */
export const ChannelKind = defineEnumeration("channelKind", {
  "social-media": { ar: "شبكات التواصل الاجتماعي", fr: "Réseaux sociaux", en: "Social media" },
  website: { ar: "موقع إلكتروني", fr: "Site web", en: "Website" },
  press: { ar: "صحافة مكتوبة", fr: "Presse écrite", en: "Press" },
  radio: { ar: "إذاعة", fr: "Radio", en: "Radio" },
  television: { ar: "تلفزة", fr: "Télévision", en: "Television" },
  event: { ar: "تظاهرة ولقاء", fr: "Événement", en: "Event" },
  print: { ar: "مطبوعات", fr: "Imprimés", en: "Print material" },
  newsletter: { ar: "نشرة إخبارية", fr: "Lettre d'information", en: "Newsletter" },
  "direct-contact": { ar: "تواصل مباشر", fr: "Contact direct", en: "Direct contact" },
  other: { ar: "أخرى", fr: "Autre", en: "Other" },
});

/** A channel kind; see {@link ChannelKind}. */
export type ChannelKindValue = (typeof ChannelKind.values)[number];

/**
 * Schema of a reference to a Sustainable Development Goal and, optionally, one of its targets.
 *
 * @remarks `target` is written like `"16.3"` or `"16.a"`; rule `plan.sdg_target_mismatch`
 * checks that it belongs to `goal`.
 */
export const SdgReferenceSchema = z.strictObject({
  goal: z.int().min(1).max(17),
  target: z
    .string()
    .regex(/^(?:[1-9]|1[0-7])\.(?:[1-9]|1[0-9]|[a-z])$/)
    .optional(),
});

/** An SDG reference; see {@link SdgReferenceSchema}. */
export type SdgReference = z.infer<typeof SdgReferenceSchema>;

/**
 * Schema of an element of the results framework (an axis, an objective, a result…).
 *
 * @remarks Elements form a flat list; the tree comes from `parentId`. `tier` is the
 * key of one of the template's tiers other than the activity tier; the child of an
 * element sits on the next tier down (rules `plan.unknown_tier`, `plan.tier_mismatch`,
 * `plan.parent_required`, `plan.top_tier_with_parent`).
 */
export const ElementSchema = z.strictObject({
  id: IdSchema,
  parentId: IdSchema.optional(),
  tier: TIER_KEY,
  code: CODE,
  title: MultilingualTextSchema,
  description: MultilingualTextSchema.optional(),
  assumptions: TEXTS.optional(),
  meansOfVerification: TEXTS.optional(),
  /** Weight in its parent's roll-up (docs/indicators.md); equal weights when absent. */
  weight: z.number().min(0).optional(),
  sdg: z.array(SdgReferenceSchema).max(17).optional(),
});

/** An element of the results framework; see {@link ElementSchema}. */
export type Element = z.infer<typeof ElementSchema>;

/** Schema of a milestone of an activity. */
export const ActivityMilestoneSchema = z.strictObject({
  id: IdSchema,
  title: MultilingualTextSchema,
  dueOn: IsoDateSchema,
  doneOn: IsoDateSchema.optional(),
});

/** A milestone; see {@link ActivityMilestoneSchema}. */
export type ActivityMilestone = z.infer<typeof ActivityMilestoneSchema>;

/** Schema of a finish-to-start dependency on another activity, with a lag in days (negative for a lead). */
export const DependencySchema = z.strictObject({
  activityId: IdSchema,
  lagDays: z.int().min(-3650).max(3650).optional(),
});

/** A dependency; see {@link DependencySchema}. */
export type Dependency = z.infer<typeof DependencySchema>;

/**
 * Schema of a budget line of an activity: one year, one funding source.
 *
 * @remarks Amounts are non-negative money in minor units; every amount of a plan
 * is in one currency (rule `plan.currency_mismatch`).
 */
export const PlanBudgetLineSchema = z.strictObject({
  year: z.int().min(1900).max(2200),
  funderId: IdSchema.optional(),
  /** The amount planned now: the original one, or the last revision's. */
  planned: NonNegativeMoneySchema,
  committed: NonNegativeMoneySchema.optional(),
  spent: NonNegativeMoneySchema.optional(),
  /** The amount first adopted, kept once the line has been revised. */
  original: NonNegativeMoneySchema.optional(),
  /** The revisions of the planned amount, oldest first; the last one's amount is `planned` (`plan.budget_revision_mismatch`). */
  revisions: z
    .array(z.lazy(() => BudgetRevisionSchema))
    .max(100)
    .optional(),
});

/** Schema of one revision of a budget line: the date it was decided, the new planned amount and why. */
export const BudgetRevisionSchema = z.strictObject({
  on: IsoDateSchema,
  planned: NonNegativeMoneySchema,
  /** Why, as the editor wrote it (the edit's `reason` when `set-budget-line` records the revision). */
  reason: z.string().trim().min(1).max(2000).optional(),
});

/** A budget revision; see {@link BudgetRevisionSchema}. */
export type BudgetRevision = z.infer<typeof BudgetRevisionSchema>;

/** A budget line; see {@link PlanBudgetLineSchema}. */
export type PlanBudgetLine = z.infer<typeof PlanBudgetLineSchema>;

/**
 * Schema of an activity of the action plan.
 *
 * @remarks An activity attaches (`elementId`) to an element of the tier just above
 * the activity tier (`plan.activity_tier_mismatch`); it ends on or after its start
 * (`plan.end_before_start`); `completion` is the share done, in [0, 1].
 */
export const ActivitySchema = z.strictObject({
  id: IdSchema,
  elementId: IdSchema,
  code: CODE,
  title: MultilingualTextSchema,
  responsible: NAME.optional(),
  partnerIds: z.array(IdSchema).max(100).optional(),
  startOn: IsoDateSchema,
  endOn: IsoDateSchema,
  status: ActivityStatus.schema,
  completion: z.number().min(0).max(1).optional(),
  milestones: z.array(ActivityMilestoneSchema).max(100).optional(),
  dependsOn: z.array(DependencySchema).max(100).optional(),
  budget: z.array(PlanBudgetLineSchema).max(1000).optional(),
  weight: z.number().min(0).optional(),
});

/** An activity; see {@link ActivitySchema}. */
export type Activity = z.infer<typeof ActivitySchema>;

/** Schema of an indicator of the plan: an indicator reference sheet attached to an element. */
export const PlanIndicatorSchema = IndicatorSchema.extend({ elementId: IdSchema });

/** An indicator of the plan; see {@link PlanIndicatorSchema}. */
export type PlanIndicator = z.infer<typeof PlanIndicatorSchema>;

/** Schema of a stakeholder of the diagnosis, with influence and interest on a 1 to 5 scale. */
export const StakeholderSchema = z.strictObject({
  name: MultilingualTextSchema,
  kind: StakeholderKind.schema.optional(),
  role: MultilingualTextSchema.optional(),
  influence: z.int().min(1).max(5).optional(),
  interest: z.int().min(1).max(5).optional(),
});

/** A stakeholder; see {@link StakeholderSchema}. */
export type Stakeholder = z.infer<typeof StakeholderSchema>;

/** Schema of a need identified in the diagnosis, with its source and the date it was identified. */
export const NeedSchema = z.strictObject({
  text: MultilingualTextSchema,
  source: MultilingualTextSchema.optional(),
  identifiedOn: IsoDateSchema.optional(),
});

/** A need; see {@link NeedSchema}. */
export type Need = z.infer<typeof NeedSchema>;

/** Schema of the diagnosis: SWOT, stakeholders and needs. */
export const DiagnosisSchema = z.strictObject({
  strengths: TEXTS,
  weaknesses: TEXTS,
  opportunities: TEXTS,
  threats: TEXTS,
  stakeholders: z.array(StakeholderSchema).max(1000),
  needs: z.array(NeedSchema).max(1000),
});

/** A diagnosis; see {@link DiagnosisSchema}. */
export type Diagnosis = z.infer<typeof DiagnosisSchema>;

/**
 * Schema of the foundations and method of a plan (الأسس والمنهجية, fondements et méthode): the principles it
 * rests on, the texts it refers to (laws, national strategies, the statutes), and the steps of the method by
 * which it was prepared (a participatory workshop, a diagnosis, a validation by the general assembly…).
 */
export const FoundationsSchema = z.strictObject({
  principles: TEXTS.optional(),
  references: TEXTS.optional(),
  method: TEXTS.optional(),
});

/** The foundations and method of a plan; see {@link FoundationsSchema}. */
export type Foundations = z.infer<typeof FoundationsSchema>;

/**
 * Schema of the communication and marketing policy: audiences, messages, channels,
 * and the actions, which are activities of the plan (`actionActivityIds`).
 */
export const CommunicationSchema = z.strictObject({
  audiences: z.array(z.strictObject({ id: IdSchema, name: MultilingualTextSchema })).max(100),
  messages: z
    .array(z.strictObject({ id: IdSchema, text: MultilingualTextSchema, audienceIds: z.array(IdSchema).max(100) }))
    .max(100),
  channels: z.array(z.strictObject({ id: IdSchema, name: MultilingualTextSchema, kind: ChannelKind.schema })).max(100),
  actionActivityIds: z.array(IdSchema).max(1000),
});

/** A communication policy; see {@link CommunicationSchema}. */
export type Communication = z.infer<typeof CommunicationSchema>;

/**
 * Schema of a contribution made during the participatory preparation of the plan.
 *
 * @remarks `author` is personal data (marked with `personal()`, never echoed in
 * issues). A rejected contribution gives its reason (`plan.rejection_without_reason`). `source` names
 * the event (of `@madani/events`) and, optionally, the session where it was made, by id; `checkPlanLinks`
 * finds a source that is not in a list of events.
 */
export const ContributionSchema = z.strictObject({
  id: IdSchema,
  workshop: NAME,
  author: personal(NAME).optional(),
  stakeholderGroup: NAME,
  proposal: MultilingualTextSchema,
  elementId: IdSchema.optional(),
  handling: ContributionHandling.schema,
  reason: MultilingualTextSchema.optional(),
  /** The event and, optionally, the session of the workshop where it was made (ids of `@madani/events`). */
  source: z.strictObject({ eventId: IdSchema, sessionId: IdSchema.optional() }).optional(),
});

/** A contribution; see {@link ContributionSchema}. */
export type PlanContribution = z.infer<typeof ContributionSchema>;

/**
 * Schema of a funder of the plan (a donor, a public partner, the organization's own funds),
 * named in the languages of the reports.
 *
 * @remarks Budget lines name their funder by `funderId`; when a plan lists its `funders`,
 * every `funderId` must be one of them (`plan.unknown_funder`), and the reports show the
 * funder's name instead of its id.
 * @example
 * ```ts
 * FunderSchema.parse({ id: "ue-hiwar", name: { fr: "Union européenne — projet « Hiwar »" } });
 * ```
 */
export const FunderSchema = z.strictObject({
  id: IdSchema,
  name: MultilingualTextSchema,
});

/** A funder; see {@link FunderSchema}. */
export type PlanFunder = z.infer<typeof FunderSchema>;

/** The format tag of a plan document. */
export const PLAN_FORMAT = "madani.plan/1";

/**
 * Schema of a strategic plan: foundations (vision, mission, values), diagnosis,
 * results framework (template, elements, indicators), action plan (activities),
 * communication policy, the contributions of its participatory preparation and,
 * optionally, the funders its budget lines name (`funders`).
 *
 * @remarks The shape only; the rules across fields are those of {@link validatePlan}.
 * @example
 * ```ts
 * PlanSchema.safeParse({
 *   format: "madani.plan/1", id: "plan", organizationId: "org",
 *   title: { fr: "Plan stratégique 2025-2029" },
 *   period: { startOn: "2025-01-01", endOn: "2029-12-31" },
 *   template: { kind: "default" }, elements: [], indicators: [], activities: [],
 * }).success; // true
 * ```
 */
export const PlanSchema = z.strictObject({
  format: z.literal(PLAN_FORMAT),
  id: IdSchema,
  organizationId: IdSchema,
  title: MultilingualTextSchema,
  period: z.strictObject({ startOn: IsoDateSchema, endOn: IsoDateSchema }),
  vision: MultilingualTextSchema.optional(),
  mission: MultilingualTextSchema.optional(),
  values: TEXTS.optional(),
  /** The foundations and method of the plan, shown with its vision, mission and values at the head of its progress report. */
  foundations: FoundationsSchema.optional(),
  diagnosis: DiagnosisSchema.optional(),
  template: PlanTemplateSchema,
  elements: z.array(ElementSchema).max(100_000),
  indicators: z.array(PlanIndicatorSchema).max(100_000),
  activities: z.array(ActivitySchema).max(100_000),
  communication: CommunicationSchema.optional(),
  contributions: z.array(ContributionSchema).max(100_000).optional(),
  /** The funders named by the budget lines' `funderId`, with their names; optional. */
  funders: z.array(FunderSchema).max(1000).optional(),
  /**
   * The plan's ledger: commitments, funds received, disbursements and expenditures, each with its date, amount,
   * parties and the activity (and milestone of that activity) it pays for.
   */
  transactions: z.array(TransactionSchema).max(100_000).optional(),
});

/** A strategic plan; see {@link PlanSchema}. */
export type Plan = z.infer<typeof PlanSchema>;
