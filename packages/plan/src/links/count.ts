import type { IsoDate } from "@madani/model";
import type { ActivityRef, LinkedEvent } from "./links.js";

/**
 * Events (or sessions) linked to an activity: held on or before the date of the progress, and planned after it.
 *
 * @example
 * ```ts
 * const counts: LinkedCounts = { held: 2, planned: 1 };
 * ```
 */
export interface LinkedCounts {
  readonly held: number;
  readonly planned: number;
}

/** The counts of one activity: the events that name it (or whose sessions do), and the sessions that name it. */
export interface ActivityLinkCounts {
  readonly events: LinkedCounts;
  readonly sessions: LinkedCounts;
}

interface Tally {
  held: number;
  planned: number;
}

/**
 * Count, for each activity of a plan, the events and sessions linked to it, held on or before `asOf` or planned
 * after it (the arithmetic behind `computeProgress(plan, asOf, { events })`).
 *
 * @param planId - the plan's id: only links to this plan count; `undefined` counts links to any plan.
 * @param activityIds - the plan's activity ids: links to other ids count nowhere.
 * @param events - the events, in any order.
 * @param asOf - the date of the progress.
 * @returns the counts by activity id (only activities with at least one link) and the events of the list linked
 * to at least one activity of the plan.
 * @remarks An event counts once per activity, held when its date for that activity is on or before `asOf`: its
 * first day when the event names the activity, else the day of its first session that does. A session counts
 * when it names the activity itself (once, even if it names it twice). Typed-only: it reads what the types say.
 */
export function countLinkedEvents(
  planId: string | undefined,
  activityIds: ReadonlySet<string>,
  events: readonly LinkedEvent[],
  asOf: IsoDate,
): { readonly byActivity: ReadonlyMap<string, ActivityLinkCounts>; readonly events: LinkedCounts } {
  const byActivity = new Map<string, { events: Tally; sessions: Tally }>();
  const total: Tally = { held: 0, planned: 0 };
  const counts = (id: string): { events: Tally; sessions: Tally } => {
    let c = byActivity.get(id);
    if (c === undefined) {
      c = { events: { held: 0, planned: 0 }, sessions: { held: 0, planned: 0 } };
      byActivity.set(id, c);
    }
    return c;
  };
  const counted = (ref: ActivityRef): boolean =>
    (planId === undefined || ref.planId === planId) && activityIds.has(ref.activityId);
  for (const event of events) {
    /** The event's date for each activity it is linked to: the earliest of its linked parts. */
    const dates = new Map<string, IsoDate>();
    const date = (activityId: string, on: IsoDate): void => {
      const known = dates.get(activityId);
      if (known === undefined || on < known) dates.set(activityId, on);
    };
    for (const ref of event.planActivities ?? []) if (counted(ref)) date(ref.activityId, event.startOn);
    for (const session of event.sessions ?? []) {
      const refs = session.planActivities ?? [];
      for (const [j, ref] of refs.entries()) {
        if (!counted(ref)) continue;
        // A session naming an activity twice counts once.
        if (refs.findIndex((r) => counted(r) && r.activityId === ref.activityId) !== j) continue;
        counts(ref.activityId).sessions[session.on <= asOf ? "held" : "planned"]++;
        date(ref.activityId, session.on);
      }
    }
    let first: IsoDate | undefined;
    for (const [activityId, on] of dates) {
      counts(activityId).events[on <= asOf ? "held" : "planned"]++;
      if (first === undefined || on < first) first = on;
    }
    if (first !== undefined) total[first <= asOf ? "held" : "planned"]++;
  }
  return { byActivity, events: total };
}
