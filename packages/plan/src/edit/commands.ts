import { IdSchema, IsoDateSchema, NonNegativeMoneySchema, storableText } from "@madani/model";
import * as z from "zod";
import { ActualValueSchema, ValueState } from "../indicator/indicator.js";
import {
  ActivitySchema,
  ContributionHandling,
  ContributionSchema,
  ElementSchema,
  PlanBudgetLineSchema,
  PlanIndicatorSchema,
} from "../plan/plan.js";

/**
 * A new value as `add-value` takes it: an actual value without the fields the approval workflow sets
 * (`submittedBy`, `submittedAt`, `reviewedBy`, `reviewedAt`, `reviewNotes`), which are refused as unknown keys.
 */
const NewValueSchema = ActualValueSchema.omit({
  submittedBy: true,
  submittedAt: true,
  reviewedBy: true,
  reviewedAt: true,
  reviewNotes: true,
});

/**
 * Schema of the commands that edit a plan. Each names what it changes by id.
 *
 * @remarks `add-value` records an actual value for an indicator's period, as a draft or submitted (the
 * workflow fields `submittedBy`, `submittedAt`, `reviewedBy`, `reviewedAt` and `reviewNotes` are set by the
 * workflow, never given; each evidence document has a link or a hash);
 * `set-value-state` moves it through the approval workflow: draft → submitted → approved or returned (with a
 * `comment`), returned → submitted, and approved → submitted or draft to reopen it (with a `comment`, the
 * reason); the reviewer is another person than the submitter (see `VALUE_TRANSITIONS`);
 * `set-target` sets a period's target, or without `periodId` the indicator's life-of-project target; `lock-period` locks a period so that its
 * values and target no longer change; `set-activity-status` records an activity's
 * status and completion (`done` goes with a completion of 1, `command.inconsistent_status`);
 * `reschedule-activity` moves its dates inside the plan period;
 * `set-budget-line` creates or updates the budget line of an activity for a year and a
 * funder (planned, committed, spent; one currency, committed ≤ planned, spent ≤ committed); a new planned
 * amount on an existing line is a revision: the line keeps its `original` amount and a dated revision with the
 * edit's reason;
 * `set-milestone` records the date a milestone was reached, or clears it when `doneOn` is absent;
 * `set-weight` changes the roll-up weight of an element or indicator;
 * `add-element`, `update-element` (code, title, description, assumptions, means of
 * verification, SDG references) and `remove-element` edit the results framework;
 * `add-indicator`, `remove-indicator`, `add-activity` and `remove-activity` add and
 * remove indicators and activities; `add-contribution` and `set-contribution-handling`
 * record a workshop contribution and how it was handled (a rejection needs a reason).
 * Removing what something else refers to is refused (`command.in_use`).
 */
export const PlanCommandSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("add-value"), indicatorId: IdSchema, value: NewValueSchema }),
  z.strictObject({
    type: z.literal("set-value-state"),
    indicatorId: IdSchema,
    valueId: IdSchema,
    state: ValueState.schema,
    /**
     * The comment of a return (required), the reason for reopening an approved value (required), or a comment
     * on a submission or an approval; a blank comment is none. Kept in the value's `reviewNotes`.
     */
    comment: storableText(z.string().trim().max(2000)).optional(),
  }),
  z.strictObject({
    type: z.literal("set-target"),
    indicatorId: IdSchema,
    /** The period whose target is set; without it, the indicator's life-of-project target (`lopTarget`). */
    periodId: IdSchema.optional(),
    target: z.number().refine(Number.isFinite),
  }),
  z.strictObject({ type: z.literal("lock-period"), indicatorId: IdSchema, periodId: IdSchema }),
  z.strictObject({
    type: z.literal("set-activity-status"),
    activityId: IdSchema,
    status: z.enum(["planned", "ongoing", "done", "postponed", "cancelled"]),
    completion: z.number().min(0).max(1).optional(),
  }),
  z.strictObject({
    type: z.literal("set-budget-line"),
    activityId: IdSchema,
    year: PlanBudgetLineSchema.shape.year,
    funderId: IdSchema.optional(),
    planned: NonNegativeMoneySchema.optional(),
    committed: NonNegativeMoneySchema.optional(),
    spent: NonNegativeMoneySchema.optional(),
  }),
  z.strictObject({
    type: z.literal("set-milestone"),
    activityId: IdSchema,
    milestoneId: IdSchema,
    doneOn: IsoDateSchema.optional(),
  }),
  z.strictObject({
    type: z.literal("reschedule-activity"),
    activityId: IdSchema,
    startOn: IsoDateSchema,
    endOn: IsoDateSchema,
  }),
  z.strictObject({
    type: z.literal("set-weight"),
    target: z.enum(["element", "indicator"]),
    id: IdSchema,
    weight: z.number().min(0).refine(Number.isFinite),
  }),
  z.strictObject({ type: z.literal("add-element"), element: ElementSchema }),
  z.strictObject({
    type: z.literal("update-element"),
    id: IdSchema,
    changes: ElementSchema.pick({
      code: true,
      title: true,
      description: true,
      assumptions: true,
      meansOfVerification: true,
      sdg: true,
    }).partial(),
  }),
  z.strictObject({ type: z.literal("remove-element"), id: IdSchema }),
  z.strictObject({ type: z.literal("add-indicator"), indicator: PlanIndicatorSchema }),
  z.strictObject({ type: z.literal("remove-indicator"), id: IdSchema }),
  z.strictObject({ type: z.literal("add-activity"), activity: ActivitySchema }),
  z.strictObject({ type: z.literal("remove-activity"), id: IdSchema }),
  z.strictObject({ type: z.literal("add-contribution"), contribution: ContributionSchema }),
  z.strictObject({
    type: z.literal("set-contribution-handling"),
    contributionId: IdSchema,
    handling: ContributionHandling.schema,
    reason: ContributionSchema.shape.reason,
    elementId: IdSchema.optional(),
  }),
]);

/** A command; see {@link PlanCommandSchema}. */
export type PlanCommand = z.infer<typeof PlanCommandSchema>;

/**
 * Who made an edit, when (given by the caller, never read from the clock) and why.
 *
 * @remarks `author` is 1 to 200 characters once trimmed; `at` is an ISO 8601 date and time with an offset
 * (`2026-01-05T09:00:00+01:00`, or `Z`); `reason` is at most 2000 characters; nothing else. `applyCommand`
 * reports each wrong field as `command.meta` at `["meta", field]`.
 */
export const EditMetaSchema = z.strictObject({
  author: z.string().trim().min(1).max(200),
  at: z.iso.datetime({ offset: true }),
  reason: z.string().max(2000).optional(),
});

/** Edit metadata; see {@link EditMetaSchema}. */
export type EditMeta = z.infer<typeof EditMetaSchema>;
