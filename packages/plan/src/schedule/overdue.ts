import type { IsoDate } from "@madani/model";

/**
 * Whether an activity is overdue on a date: the date is strictly after its end date and the activity is
 * neither done nor cancelled. On its end date it is not overdue yet. One rule for progress, the schedule,
 * lint and the reports.
 *
 * @param activity - its end date and status (an activity of a plan, or one as the schedule moved it).
 * @param asOf - the date.
 * @returns `true` when overdue.
 * @example
 * ```ts
 * isOverdue({ endOn: "2026-03-31", status: "ongoing" }, "2026-03-31"); // false
 * isOverdue({ endOn: "2026-03-31", status: "ongoing" }, "2026-04-01"); // true
 * isOverdue({ endOn: "2026-03-31", status: "postponed" }, "2026-04-01"); // true: a postponed activity needs new dates
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function isOverdue(activity: { readonly endOn: IsoDate; readonly status: string }, asOf: IsoDate): boolean {
  return asOf > activity.endOn && activity.status !== "done" && activity.status !== "cancelled";
}

/**
 * Whether a milestone is overdue on a date: the date is strictly after its due date and it has no done date
 * on or before the date. The same rule as {@link isOverdue}.
 *
 * @param milestone - its due date and, once reached, its done date.
 * @param asOf - the date.
 * @returns `true` when overdue.
 * @example
 * ```ts
 * isMilestoneOverdue({ dueOn: "2026-06-30" }, "2026-07-01"); // true
 * isMilestoneOverdue({ dueOn: "2026-06-30", doneOn: "2026-06-28" }, "2026-07-01"); // false
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function isMilestoneOverdue(
  milestone: { readonly dueOn: IsoDate; readonly doneOn?: IsoDate | undefined },
  asOf: IsoDate,
): boolean {
  return asOf > milestone.dueOn && (milestone.doneOn === undefined || milestone.doneOn > asOf);
}
