import * as z from "zod";
import { MilestoneSchema } from "../agreement/partnershipAgreement.js";
import { IdSchema } from "../id.js";
import { defineEnumeration } from "../labels.js";
import { MoneySchema } from "../money.js";
import { MultilingualTextSchema, storableText } from "../multilingual.js";
import { FieldOfAction } from "../organization/fieldOfAction.js";
import { PeriodSchema } from "../period.js";

/** Roles in a project's implementing consortium, with labels in ar, fr and en. */
export const ConsortiumRole = defineEnumeration("consortiumRole", {
  lead: { ar: "حامل المشروع", fr: "Chef de file", en: "Lead" },
  member: { ar: "عضو في الائتلاف", fr: "Membre du consortium", en: "Consortium member" },
  associate: { ar: "شريك مشارك", fr: "Partenaire associé", en: "Associate" },
});

/** A consortium role; see {@link ConsortiumRole}. */
export type ConsortiumRoleValue = (typeof ConsortiumRole.values)[number];

/** Schema of a budget line: an amount, optionally for a year and a funder. */
export const BudgetLineSchema = z.strictObject({
  code: storableText(z.string().trim().min(1).max(64)),
  label: MultilingualTextSchema,
  amount: MoneySchema,
  year: z.int().min(1900).max(2200).optional(),
  funderId: IdSchema.optional(),
});

/** A budget line; see {@link BudgetLineSchema}. */
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

/**
 * Schema of a project: funders, the consortium that implements it, its
 * period, budget lines and the agreements it rests on.
 *
 * @remarks Rules checked by `validateProject`: the period ends on or after it
 * starts (`project.end_before_start`); a consortium has exactly one lead
 * (`project.lead_count`); budget lines share one currency
 * (`project.currency_mismatch`), fall in the period's years
 * (`project.budget_year_outside`) and name a funder of the project
 * (`project.unknown_funder`).
 * @example
 * ```ts
 * ProjectSchema.parse({
 *   id: "eu-capacity-2025",
 *   title: { fr: "Renforcement des capacités des associations de la région" },
 *   funders: [{ organizationId: "eu-delegation" }],
 *   consortium: [{ organizationId: "regional-network", role: "lead" }],
 *   period: { startOn: "2025-01-01", endOn: "2026-12-31" },
 *   budgetLines: [],
 * });
 * ```
 */
export const ProjectSchema = z.strictObject({
  id: IdSchema,
  code: storableText(z.string().trim().min(1).max(64)).optional(),
  title: MultilingualTextSchema,
  summary: MultilingualTextSchema.optional(),
  fieldsOfAction: z.array(FieldOfAction.schema).max(40).optional(),
  funders: z.array(z.strictObject({ organizationId: IdSchema, agreementId: IdSchema.optional() })).max(100),
  consortium: z.array(z.strictObject({ organizationId: IdSchema, role: ConsortiumRole.schema })).max(100),
  period: PeriodSchema,
  budgetLines: z.array(BudgetLineSchema).max(10000),
  agreementIds: z.array(IdSchema).max(100).optional(),
  milestones: z.array(MilestoneSchema).max(500).optional(),
});

/** A project; see {@link ProjectSchema}. */
export type Project = z.infer<typeof ProjectSchema>;
