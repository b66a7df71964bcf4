import { IdSchema, IsoDateSchema } from "@madani/model";
import * as z from "zod";
import { ActualValueSchema, ValueState } from "../indicator/indicator.js";

/**
 * Schema of the commands that edit a plan. Each names what it changes by id.
 *
 * @remarks `add-value` records an actual value for an indicator's period;
 * `set-value-state` moves it through draft, submitted, returned, approved;
 * `set-target` sets a period's target; `lock-period` locks a period so that its
 * values and target no longer change; `set-activity-status` records an activity's
 * status and completion; `reschedule-activity` moves its dates inside the plan period;
 * `set-weight` changes the roll-up weight of an element or indicator.
 */
export const PlanCommandSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("add-value"), indicatorId: IdSchema, value: ActualValueSchema }),
  z.strictObject({
    type: z.literal("set-value-state"),
    indicatorId: IdSchema,
    valueId: IdSchema,
    state: ValueState.schema,
  }),
  z.strictObject({
    type: z.literal("set-target"),
    indicatorId: IdSchema,
    periodId: IdSchema,
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
]);

/** A command; see {@link PlanCommandSchema}. */
export type PlanCommand = z.infer<typeof PlanCommandSchema>;

/** Who made an edit, when (given by the caller, never read from the clock) and why. */
export const EditMetaSchema = z.strictObject({
  author: z.string().trim().min(1).max(200),
  at: z.iso.datetime({ offset: true }),
  reason: z.string().max(2000).optional(),
});

/** Edit metadata; see {@link EditMetaSchema}. */
export type EditMeta = z.infer<typeof EditMetaSchema>;
