import * as z from "zod";
import { IsoDateSchema } from "../date.js";
import { IdSchema } from "../id.js";
import { defineEnumeration } from "../labels.js";
import { NonNegativeMoneySchema } from "../money.js";
import { MultilingualTextSchema, storableText } from "../multilingual.js";
import { PeriodSchema } from "../period.js";
import { TransactionSchema } from "./transaction.js";

/** Stages in the life of an agreement, with labels in ar, fr and en. */
export const AgreementStatus = defineEnumeration("agreementStatus", {
  draft: { ar: "مشروع", fr: "Projet", en: "Draft" },
  signed: { ar: "موقعة", fr: "Signée", en: "Signed" },
  active: { ar: "سارية", fr: "En vigueur", en: "Active" },
  expired: { ar: "منتهية", fr: "Échue", en: "Expired" },
  terminated: { ar: "مفسوخة", fr: "Résiliée", en: "Terminated" },
});

/** An agreement status; see {@link AgreementStatus}. */
export type AgreementStatusValue = (typeof AgreementStatus.values)[number];

/** Roles of parties to an agreement or event, with labels in ar, fr and en. */
export const PartyRole = defineEnumeration("partyRole", {
  funder: { ar: "ممول", fr: "Bailleur", en: "Funder" },
  implementer: { ar: "منفذ", fr: "Partenaire de mise en œuvre", en: "Implementer" },
  "co-organizer": { ar: "منظم مشارك", fr: "Co-organisateur", en: "Co-organizer" },
  "technical-partner": { ar: "شريك تقني", fr: "Partenaire technique", en: "Technical partner" },
  host: { ar: "مستضيف", fr: "Hôte", en: "Host" },
  beneficiary: { ar: "مستفيد", fr: "Bénéficiaire", en: "Beneficiary" },
  supervisor: { ar: "جهة مشرفة", fr: "Tutelle", en: "Supervising authority" },
});

/** A party role; see {@link PartyRole}. */
export type PartyRoleValue = (typeof PartyRole.values)[number];

/** Kinds of contribution, with labels in ar, fr and en. */
export const ContributionKind = defineEnumeration("contributionKind", {
  financial: { ar: "مساهمة مالية", fr: "Contribution financière", en: "Financial contribution" },
  "in-kind": { ar: "مساهمة عينية", fr: "Contribution en nature", en: "In-kind contribution" },
});

/** A contribution kind; see {@link ContributionKind}. */
export type ContributionKindValue = (typeof ContributionKind.values)[number];

/** Stages of a milestone, with labels in ar, fr and en. */
export const MilestoneStatus = defineEnumeration("milestoneStatus", {
  planned: { ar: "مبرمجة", fr: "Prévu", en: "Planned" },
  done: { ar: "منجزة", fr: "Réalisé", en: "Done" },
  cancelled: { ar: "ملغاة", fr: "Annulé", en: "Cancelled" },
});

/** A milestone status; see {@link MilestoneStatus}. */
export type MilestoneStatusValue = (typeof MilestoneStatus.values)[number];

/** How an agreement is renewed, with labels in ar, fr and en. */
export const RenewalMode = defineEnumeration("renewalMode", {
  none: { ar: "غير قابلة للتجديد", fr: "Non renouvelable", en: "Not renewable" },
  tacit: { ar: "تجدد ضمنيا", fr: "Tacite reconduction", en: "Tacit renewal" },
  "by-amendment": { ar: "تجدد بملحق", fr: "Renouvellement par avenant", en: "Renewal by amendment" },
});

/** A renewal mode; see {@link RenewalMode}. */
export type RenewalModeValue = (typeof RenewalMode.values)[number];

/**
 * Schema of one party's contribution: money (amount required) or in kind
 * (premises, staff time, equipment; amount optional, its estimated value).
 * Amounts are not negative (`money.negative`).
 */
export const ContributionSchema = z.strictObject({
  kind: ContributionKind.schema,
  amount: NonNegativeMoneySchema.optional(),
  description: MultilingualTextSchema.optional(),
  year: z.int().min(1900).max(2200).optional(),
});

/** A contribution; see {@link ContributionSchema}. */
export type Contribution = z.infer<typeof ContributionSchema>;

/** Schema of a party to an agreement: an organization, its role, obligations and contributions. */
export const AgreementPartySchema = z.strictObject({
  organizationId: IdSchema,
  role: PartyRole.schema,
  obligations: z.array(MultilingualTextSchema).max(200).optional(),
  contributions: z.array(ContributionSchema).max(200).optional(),
  signatoryPersonId: IdSchema.optional(),
});

/** A party; see {@link AgreementPartySchema}. */
export type AgreementParty = z.infer<typeof AgreementPartySchema>;

/**
 * Schema of a milestone of an agreement or project: a deliverable or a stage due on a date, and, for a tranche of
 * funding, the amount paid when it is reached.
 *
 * @remarks `id` lets transactions name the milestone they pay (`Transaction.milestoneId`); ids are unique within
 * an agreement (`milestone.duplicate_id`). A milestone still `planned` after its due date is overdue
 * (`milestone.overdue`, a warning, with `asOf`).
 */
export const MilestoneSchema = z.strictObject({
  id: IdSchema.optional(),
  name: MultilingualTextSchema,
  dueOn: IsoDateSchema,
  status: MilestoneStatus.schema,
  doneOn: IsoDateSchema.optional(),
  /** The tranche paid when the milestone is reached. */
  amount: NonNegativeMoneySchema.optional(),
});

/** A milestone; see {@link MilestoneSchema}. */
export type Milestone = z.infer<typeof MilestoneSchema>;

/**
 * Schema of a partnership agreement (اتفاقية شراكة, convention de partenariat).
 *
 * @remarks Rules checked by `validatePartnershipAgreement`: the period ends on
 * or after it starts (`agreement.end_before_start`); at least two distinct
 * organizations are parties (`agreement.parties_min`, `agreement.party_duplicate`);
 * contributions are non-negative money and a financial contribution has an
 * amount (`agreement.contribution_amount_missing`); a signed, active or expired
 * agreement has `signedOn` (`agreement.signed_on_missing`); a terminated one has
 * `terminatedOn` (`agreement.terminated_on_missing`); an agreement still marked
 * draft, signed or active after its end date is reported as a warning
 * (`agreement.status_stale`).
 * @example
 * ```ts
 * PartnershipAgreementSchema.parse({
 *   id: "conv-2025-01",
 *   title: { ar: "اتفاقية شراكة لدعم مراكز الرعاية الاجتماعية" },
 *   parties: [
 *     { organizationId: "entraide-nationale-safi", role: "funder" },
 *     { organizationId: "assoc-amal-safi", role: "implementer" },
 *   ],
 *   period: { startOn: "2025-01-01", endOn: "2025-12-31" },
 *   status: "signed",
 *   signedOn: "2024-12-20",
 * });
 * ```
 */
export const PartnershipAgreementSchema = z.strictObject({
  id: IdSchema,
  reference: storableText(z.string().trim().min(1).max(128)).optional(),
  title: MultilingualTextSchema,
  object: MultilingualTextSchema.optional(),
  parties: z.array(AgreementPartySchema).min(1).max(100),
  period: PeriodSchema,
  status: AgreementStatus.schema,
  signedOn: IsoDateSchema.optional(),
  signingEventId: IdSchema.optional(),
  terminatedOn: IsoDateSchema.optional(),
  milestones: z.array(MilestoneSchema).max(500).optional(),
  /** The ledger of the money the agreement moves: commitments, funds received, disbursements, expenditures. */
  transactions: z.array(TransactionSchema).max(10_000).optional(),
  renewal: z
    .strictObject({
      mode: RenewalMode.schema,
      periodMonths: z.int().min(1).max(600).optional(),
      noticeDays: z.int().min(0).max(3650).optional(),
    })
    .optional(),
});

/** A partnership agreement; see {@link PartnershipAgreementSchema}. */
export type PartnershipAgreement = z.infer<typeof PartnershipAgreementSchema>;
