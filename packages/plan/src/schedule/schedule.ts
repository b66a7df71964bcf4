import {
  addDaysToDate,
  atBoundary,
  type BoundaryIssueCode,
  daysBetween,
  type IsoDate,
  type Locale,
  makeIssue,
  type Result,
} from "@madani/model";
import { type ScheduleIssueCode, scheduleMessages } from "./messages.js";
import { isOverdue } from "./overdue.js";

/** The parts of an activity the schedule reads (a plan's activities have them all). */
export interface SchedulableActivity {
  readonly id: string;
  readonly code?: string | undefined;
  readonly startOn: IsoDate;
  readonly endOn: IsoDate;
  readonly status: string;
  readonly completion?: number | undefined;
  /** Finish-to-start dependencies: this activity starts after each one ends, plus `lagDays`. */
  readonly dependsOn?: readonly { readonly activityId: string; readonly lagDays?: number | undefined }[] | undefined;
}

/** One scheduled activity. */
export interface ScheduledActivity {
  readonly id: string;
  /** Planned dates. */
  readonly plannedStartOn: IsoDate;
  readonly plannedEndOn: IsoDate;
  /** Earliest dates once dependencies are respected (equal to the planned ones unless a predecessor pushes them). */
  readonly startOn: IsoDate;
  readonly endOn: IsoDate;
  /** Days the activity can slip without delaying the end of the plan's activities. */
  readonly slackDays: number;
  /** On the critical path (no slack). */
  readonly critical: boolean;
  /** Overdue on `asOf` by its scheduled end date: the date is after it and the activity is neither done nor cancelled (see {@link isOverdue}). */
  readonly overdue: boolean;
  /** Starts within the next `upcomingDays` days and has not started. */
  readonly upcoming: boolean;
}

/** Options of {@link schedule}. */
export interface ScheduleOptions {
  /** The date overdue and upcoming items are read on. Without it none is overdue or upcoming. */
  readonly asOf?: IsoDate;
  /** Window of upcoming activities, in days. Default 30. */
  readonly upcomingDays?: number;
  /** Language of issue messages. Default `"en"`. */
  readonly locale?: Locale;
}

/** The schedule of a plan's activities. */
export interface Schedule {
  readonly activities: readonly ScheduledActivity[];
  /** Ids of the critical activities, in order of start. */
  readonly criticalPath: readonly string[];
  /** The last end date once dependencies are respected. */
  readonly endOn: IsoDate | undefined;
  /** Rows for a Gantt chart (`@madani/report`'s gantt chart rows), in order of start. */
  readonly gantt: readonly {
    readonly label: string;
    readonly startOn: IsoDate;
    readonly endOn: IsoDate;
    readonly progress?: number;
  }[];
}

/**
 * Schedule activities with finish-to-start dependencies and lags: earliest dates,
 * slack, the critical path, overdue and upcoming items, Gantt rows.
 *
 * @param activities - the plan's activities.
 * @param options - `asOf`, `upcomingDays` (default 30), `locale`.
 * @returns the schedule, or `schedule.cycle` (with the ids of the cycle) or
 * `schedule.unknown_dependency`. Never throws.
 * @remarks An activity keeps its planned duration; it starts on its planned start or
 * the day after its latest predecessor ends plus the lag, whichever is later. Slack is
 * the latest start (backwards from the last end) minus the earliest start; activities
 * with no slack form the critical path. Day arithmetic on calendar days, host-independent.
 * Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 * @example
 * ```ts
 * const s = schedule(plan.activities, { asOf: "2026-03-01" });
 * if (s.ok) console.log(s.value.criticalPath);
 * ```
 */
export function schedule(
  activities: readonly SchedulableActivity[],
  options: ScheduleOptions = {},
): Result<Schedule, ScheduleIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const locale = options.locale ?? "en";
    const byId = new Map(activities.map((a) => [a.id, a]));
    for (const [i, a] of activities.entries()) {
      for (const [j, d] of (a.dependsOn ?? []).entries()) {
        if (!byId.has(d.activityId)) {
          return {
            ok: false,
            issues: [
              makeIssue(scheduleMessages, "schedule.unknown_dependency", locale, [i, "dependsOn", j, "activityId"], {
                params: { id: a.id, dependency: d.activityId },
                value: d.activityId,
              }),
            ],
          };
        }
      }
    }
    // Topological order (depth-first), reporting the first cycle found.
    const order: SchedulableActivity[] = [];
    const state = new Map<string, 1 | 2>();
    const stack: string[] = [];
    let cycle: string[] | undefined;
    const visit = (a: SchedulableActivity): void => {
      if (cycle !== undefined || state.get(a.id) === 2) return;
      if (state.get(a.id) === 1) {
        cycle = [...stack.slice(stack.indexOf(a.id)), a.id];
        return;
      }
      state.set(a.id, 1);
      stack.push(a.id);
      for (const d of a.dependsOn ?? []) {
        const dep = byId.get(d.activityId);
        if (dep !== undefined) visit(dep);
      }
      stack.pop();
      state.set(a.id, 2);
      order.push(a);
    };
    for (const a of activities) visit(a);
    if (cycle !== undefined) {
      return {
        ok: false,
        issues: [makeIssue(scheduleMessages, "schedule.cycle", locale, [], { params: { cycle: cycle.join(" → ") } })],
      };
    }

    const origin = activities.reduce<IsoDate | undefined>(
      (m, a) => (m === undefined || a.startOn < m ? a.startOn : m),
      undefined,
    );
    if (origin === undefined)
      return { ok: true, value: { activities: [], criticalPath: [], endOn: undefined, gantt: [] } };
    const day = (d: IsoDate) => daysBetween(origin, d);
    const es = new Map<string, number>();
    const ef = new Map<string, number>();
    for (const a of order) {
      const duration = Math.max(0, daysBetween(a.startOn, a.endOn));
      let start = day(a.startOn);
      for (const d of a.dependsOn ?? []) start = Math.max(start, (ef.get(d.activityId) ?? 0) + 1 + (d.lagDays ?? 0));
      es.set(a.id, start);
      ef.set(a.id, start + duration);
    }
    const end = [...ef.values()].reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
    const lf = new Map<string, number>();
    const successors = new Map<string, { id: string; lag: number }[]>();
    for (const a of activities)
      for (const d of a.dependsOn ?? [])
        successors.set(d.activityId, [...(successors.get(d.activityId) ?? []), { id: a.id, lag: d.lagDays ?? 0 }]);
    for (const a of [...order].reverse()) {
      let finish = end;
      for (const s of successors.get(a.id) ?? [])
        finish = Math.min(finish, (lf.get(s.id) ?? end) - ((ef.get(s.id) ?? 0) - (es.get(s.id) ?? 0)) - 1 - s.lag);
      lf.set(a.id, finish);
    }
    const asOf = options.asOf;
    const window = options.upcomingDays ?? 30;
    const scheduled = activities.map((a): ScheduledActivity => {
      const start = es.get(a.id) ?? 0;
      const finish = ef.get(a.id) ?? 0;
      const slack = (lf.get(a.id) ?? finish) - finish;
      const startOn = addDaysToDate(origin, start);
      const endOn = addDaysToDate(origin, finish);
      const closed = a.status === "done" || a.status === "cancelled";
      return {
        id: a.id,
        plannedStartOn: a.startOn,
        plannedEndOn: a.endOn,
        startOn,
        endOn,
        slackDays: slack,
        critical: slack === 0,
        overdue: asOf !== undefined && isOverdue({ endOn, status: a.status }, asOf),
        upcoming: asOf !== undefined && !closed && startOn > asOf && daysBetween(asOf, startOn) <= window,
      };
    });
    const byStart = [...scheduled].sort((x, y) =>
      x.startOn < y.startOn ? -1 : x.startOn > y.startOn ? 1 : x.id < y.id ? -1 : 1,
    );
    return {
      ok: true,
      value: {
        activities: scheduled,
        criticalPath: byStart.filter((s) => s.critical).map((s) => s.id),
        endOn: addDaysToDate(origin, end),
        gantt: byStart.map((s) => {
          const a = byId.get(s.id);
          const progress = a?.completion ?? (a?.status === "done" ? 1 : undefined);
          return {
            label: a?.code ?? s.id,
            startOn: s.startOn,
            endOn: s.endOn,
            ...(progress === undefined ? {} : { progress }),
          };
        }),
      },
    };
  });
}
