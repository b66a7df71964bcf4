import {
  atBoundary,
  type BoundaryIssueCode,
  type IsoDate,
  IsoDateSchema,
  type Issue,
  type IssuePath,
  type Locale,
  makeIssue,
  type Severity,
} from "@madani/model";
import * as z from "zod";
import { type PlanLinkIssueCode, planLinkMessages } from "./messages.js";

/**
 * A link to an activity of a plan, as events and sessions of `@madani/events` hold it (`planActivities`): the
 * plan's id and the activity's id. The plan id tells apart the activities of an organization's several plans,
 * whose ids may repeat.
 *
 * @example
 * ```ts
 * const ref: ActivityRef = { planId: "plan-doukkala-2025-2029", activityId: "act-1-1" };
 * ```
 */
export interface ActivityRef {
  readonly planId: string;
  readonly activityId: string;
}

/** A session of a {@link LinkedEvent}: its id, its day and the plan activities it names. */
export interface LinkedSession {
  readonly id: string;
  readonly on: IsoDate;
  readonly planActivities?: readonly ActivityRef[] | undefined;
}

/**
 * What the plan reads of an event: its id, its dates, its sessions and the plan activities the event and each
 * session name. An `Event` of `@madani/events` has this shape; the two packages do not import each other.
 *
 * @example
 * ```ts
 * const training: LinkedEvent = {
 *   id: "ev-training-el-jadida", startOn: "2025-03-14", endOn: "2025-03-15",
 *   planActivities: [{ planId: "plan-doukkala-2025-2029", activityId: "act-1-1" }],
 *   sessions: [{ id: "s-1", on: "2025-03-14" }],
 * };
 * ```
 */
export interface LinkedEvent {
  readonly id: string;
  readonly startOn: IsoDate;
  readonly endOn: IsoDate;
  /** The programme; an event without sessions may leave it out. */
  readonly sessions?: readonly LinkedSession[] | undefined;
  readonly planActivities?: readonly ActivityRef[] | undefined;
}

/** What {@link checkPlanLinks} reads of a plan (a `Plan` has it all): its id, its activities and contributions. */
export interface PlanLinksInput {
  readonly id: string;
  readonly activities: readonly { readonly id: string; readonly startOn: IsoDate; readonly endOn: IsoDate }[];
  readonly contributions?:
    | readonly {
        readonly id: string;
        readonly source?: { readonly eventId: string; readonly sessionId?: string | undefined } | undefined;
      }[]
    | undefined;
}

/**
 * Options of {@link checkPlanLinks}.
 *
 * @example
 * ```ts
 * const options: PlanLinkOptions = { locale: "fr", otherPlanIds: ["plan-doukkala-2020-2024"] };
 * ```
 */
export interface PlanLinkOptions {
  /** Language of the messages; default `"en"`. */
  readonly locale?: Locale | undefined;
  /**
   * Ids of the organization's other plans: links to their activities are left alone (check them against
   * those plans). A link to a plan that is neither this one nor one of these is `links.unknown_plan`.
   */
  readonly otherPlanIds?: readonly string[] | undefined;
}

/**
 * The outcome of {@link checkPlanLinks}: `ok` when no issue is an error; `issues` holds errors and warnings,
 * in the order of the events (each event's own links, then its sessions'), then of the contributions.
 */
export interface PlanLinkCheck {
  readonly ok: boolean;
  readonly issues: readonly Issue<PlanLinkIssueCode | BoundaryIssueCode>[];
}

const RefShape = z.object({ planId: z.string(), activityId: z.string() });
const EventsShape = z.array(
  z.object({
    id: z.string(),
    startOn: IsoDateSchema,
    endOn: IsoDateSchema,
    sessions: z
      .array(z.object({ id: z.string(), on: IsoDateSchema, planActivities: z.array(RefShape).optional() }))
      .optional(),
    planActivities: z.array(RefShape).optional(),
  }),
);
const PlanShape = z.object({
  id: z.string(),
  activities: z.array(z.object({ id: z.string(), startOn: IsoDateSchema, endOn: IsoDateSchema })),
  contributions: z
    .array(
      z.object({
        id: z.string(),
        source: z.object({ eventId: z.string(), sessionId: z.string().optional() }).optional(),
      }),
    )
    .optional(),
});

const ALLOWED = ["locale", "otherPlanIds"];
/** Shape issues reported per input, at most: a broken list gives a handful, not one per item. */
const MAX_SHAPE_ISSUES = 20;

type Params = Record<string, string>;

/**
 * Check the links between a plan and events by id, on both sides: events and sessions that name an activity
 * of the plan, contributions of the plan's workshops that name their event and session.
 *
 * @param plan - the plan (a `Plan`, or its id, activities and contributions).
 * @param events - the events of `@madani/events` (or values of the {@link LinkedEvent} shape), the
 * organization's events that may name the plan's activities.
 * @param options - `locale` of the messages (default `"en"`), `otherPlanIds`.
 * @returns `{ ok, issues }`: `ok` is `false` when an issue is an error. Dangling links are errors:
 * - `links.unknown_activity` / `links.session_unknown_activity`: an event or a session names, in this plan, an
 *   activity the plan does not have (path `["events", i, (“sessions”, k,) "planActivities", j, "activityId"]`);
 * - `links.unknown_plan` / `links.session_unknown_plan`: a link names a plan that is neither this plan nor one
 *   of `otherPlanIds` (path ending in `"planId"`);
 * - `links.unknown_event`: a contribution's `source.eventId` is not the id of an event of the list
 *   (path `["plan", "contributions", i, "source", "eventId"]`);
 * - `links.unknown_session`: the event is there, but has no session `source.sessionId`.
 *
 * Warnings: `links.outside_activity` / `links.session_outside_activity` (an event's days, or a session's day,
 * fall outside the dates of the activity it names), `links.duplicate_event` (two events of the list share an
 * id; a contribution may then name a session of either).
 * @remarks Params name the ids (`event`, `session`, `activity`, `plan`, `linked`, `contribution`) and the dates
 * of the date warnings; `value` echoes the dangling id. Never throws: a plan or events of the wrong shape give
 * `links.invalid_plan` / `links.invalid_events` (with the `field`, paths starting with `"plan"` or `"events"`),
 * a bad option `links.invalid_option` or `links.unknown_option`, options that are not an object or an unknown
 * `locale` `schema.invalid_option`, and input that throws when read `input.unreadable`.
 * @example
 * ```ts
 * const check = checkPlanLinks(plan, events, { locale: "fr" });
 * for (const issue of check.issues) console.log(issue.severity, issue.path.join("."), issue.message);
 * ```
 */
export function checkPlanLinks(
  plan: PlanLinksInput,
  events: readonly LinkedEvent[],
  options?: PlanLinkOptions,
): PlanLinkCheck {
  return atBoundary(options, (options, locale): PlanLinkCheck => {
    const issues: Issue<PlanLinkIssueCode>[] = [];
    const add = (
      code: PlanLinkIssueCode,
      path: IssuePath,
      params: Params,
      value?: string,
      severity: Severity = "error",
    ): void => {
      issues.push(makeIssue(planLinkMessages, code, locale, path, { params, severity, value }));
    };

    for (const key of Object.keys(options)) {
      if (!ALLOWED.includes(key)) add("links.unknown_option", ["options", key], { option: key });
    }
    const otherPlanIds: unknown = options.otherPlanIds ?? [];
    if (!Array.isArray(otherPlanIds) || !otherPlanIds.every((id) => typeof id === "string")) {
      add("links.invalid_option", ["options", "otherPlanIds"], { option: "otherPlanIds" });
    }
    const parsedPlan = PlanShape.safeParse(plan);
    const parsedEvents = EventsShape.safeParse(events);
    for (const [root, parsed, code] of [
      ["plan", parsedPlan, "links.invalid_plan"],
      ["events", parsedEvents, "links.invalid_events"],
    ] as const) {
      if (parsed.success) continue;
      for (const i of parsed.error.issues.slice(0, MAX_SHAPE_ISSUES)) {
        const path = [root, ...i.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
        add(code, path, { field: path.join(".") });
      }
    }
    if (issues.length > 0 || !parsedPlan.success || !parsedEvents.success) return { ok: false, issues };

    const p = parsedPlan.data;
    const others = new Set(otherPlanIds as readonly string[]);
    const activities = new Map<string, { readonly startOn: IsoDate; readonly endOn: IsoDate }>();
    for (const a of p.activities) if (!activities.has(a.id)) activities.set(a.id, a);
    /** Session ids by event id (the union, when two events share an id). */
    const sessionsOf = new Map<string, Set<string>>();

    for (const [i, event] of parsedEvents.data.entries()) {
      const known = sessionsOf.get(event.id);
      if (known !== undefined)
        add("links.duplicate_event", ["events", i, "id"], { event: event.id }, event.id, "warning");
      const sessions = known ?? new Set<string>();
      sessionsOf.set(event.id, sessions);
      for (const s of event.sessions ?? []) sessions.add(s.id);

      /** One link: to this plan (activity known, held in its dates), to a known other plan, or dangling. */
      const check = (
        ref: ActivityRef,
        at: IssuePath,
        session: { readonly id: string; readonly on: IsoDate } | undefined,
      ): void => {
        const who: Params = session === undefined ? { event: event.id } : { event: event.id, session: session.id };
        if (ref.planId !== p.id) {
          if (others.has(ref.planId)) return;
          add(
            session === undefined ? "links.unknown_plan" : "links.session_unknown_plan",
            [...at, "planId"],
            { ...who, linked: ref.planId, plan: p.id },
            ref.planId,
          );
          return;
        }
        const activity = activities.get(ref.activityId);
        if (activity === undefined) {
          add(
            session === undefined ? "links.unknown_activity" : "links.session_unknown_activity",
            [...at, "activityId"],
            { ...who, activity: ref.activityId, plan: p.id },
            ref.activityId,
          );
          return;
        }
        const span = { activity: ref.activityId, activityStartOn: activity.startOn, activityEndOn: activity.endOn };
        if (session === undefined) {
          if (event.startOn < activity.startOn || event.endOn > activity.endOn) {
            const dates = { startOn: event.startOn, endOn: event.endOn };
            add("links.outside_activity", at, { ...who, ...dates, ...span }, undefined, "warning");
          }
        } else if (session.on < activity.startOn || session.on > activity.endOn) {
          add("links.session_outside_activity", at, { ...who, on: session.on, ...span }, undefined, "warning");
        }
      };

      for (const [j, ref] of (event.planActivities ?? []).entries()) {
        check(ref, ["events", i, "planActivities", j], undefined);
      }
      for (const [k, s] of (event.sessions ?? []).entries()) {
        for (const [j, ref] of (s.planActivities ?? []).entries()) {
          check(ref, ["events", i, "sessions", k, "planActivities", j], s);
        }
      }
    }

    for (const [i, c] of (p.contributions ?? []).entries()) {
      if (c.source === undefined) continue;
      const { eventId, sessionId } = c.source;
      const at = ["plan", "contributions", i, "source"];
      const sessions = sessionsOf.get(eventId);
      if (sessions === undefined) {
        add("links.unknown_event", [...at, "eventId"], { contribution: c.id, event: eventId }, eventId);
      } else if (sessionId !== undefined && !sessions.has(sessionId)) {
        add(
          "links.unknown_session",
          [...at, "sessionId"],
          { contribution: c.id, event: eventId, session: sessionId },
          sessionId,
        );
      }
    }
    return { ok: !issues.some((issue) => issue.severity === "error"), issues };
  });
}
