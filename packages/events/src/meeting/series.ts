import { atBoundary, type BoundaryIssueCode, type Issue, type Locale, makeIssue, type Result } from "@madani/model";
import { type FollowUpAction, type Meeting, MeetingSchema, type Need, OPEN_ACTION_STATUSES } from "./meeting.js";
import { type MeetingIssueCode, meetingMessages } from "./messages.js";

const isOpen = (a: FollowUpAction): boolean => OPEN_ACTION_STATUSES.includes(a.status);

/**
 * Carry the open actions of a meeting forward to the meeting that follows it.
 *
 * @param previous - the earlier meeting.
 * @param next - the meeting that follows it (not modified).
 * @returns a copy of `next` whose actions are its own followed by every action
 * still open (`open` or `in-progress`) at `previous` that `next` does not
 * already list (same id), each with `fromMeetingId` set to the meeting it was
 * first decided at; `previousMeetingId` is set to `previous.id`.
 * @remarks An action keeps its id across the series, so its status can be
 * updated at each meeting and the series can tell what was done since.
 * @example
 * ```ts
 * const second = carryForward(first, { ...draft, actions: [] });
 * second.actions.every((a) => a.fromMeetingId === first.id); // true
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass values returned by the package's entry points (validated).
 */
export function carryForward(previous: Meeting, next: Meeting): Meeting {
  const listed = new Set(next.actions.map((a) => a.id));
  const carried = previous.actions
    .filter((a) => isOpen(a) && !listed.has(a.id))
    .map((a): FollowUpAction => ({ ...a, fromMeetingId: a.fromMeetingId ?? previous.id }));
  return { ...next, previousMeetingId: previous.id, actions: [...next.actions, ...carried] };
}

/** What changed between a meeting of a series and the one before it. */
export interface SeriesStep {
  /** The meeting. */
  readonly meetingId: string;
  /** The meeting it follows; absent for the first. */
  readonly previousMeetingId?: string;
  /** Days since the previous meeting; absent for the first. */
  readonly daysSincePrevious?: number;
  /** Actions open at the previous meeting and listed again at this one (any status now). */
  readonly carriedForward: readonly FollowUpAction[];
  /** Carried actions done since the previous meeting. */
  readonly completedSince: readonly FollowUpAction[];
  /** Carried actions cancelled since the previous meeting. */
  readonly cancelledSince: readonly FollowUpAction[];
  /** Carried actions still open. */
  readonly stillOpen: readonly FollowUpAction[];
  /** Actions decided at this meeting. */
  readonly newActions: readonly FollowUpAction[];
  /** Actions open at the previous meeting that this one does not list at all. */
  readonly dropped: readonly FollowUpAction[];
  /** Needs identified at this meeting. */
  readonly needs: readonly Need[];
  /** Problems identified at this meeting. */
  readonly problems: readonly Need[];
}

/**
 * A series of meetings in order, each linked to the previous one, with what
 * was done between them.
 */
export interface MeetingSeries {
  /** The meetings from the first to the last. */
  readonly meetings: readonly Meeting[];
  /** One step per meeting, in the same order. */
  readonly steps: readonly SeriesStep[];
  /** Actions still open at the last meeting. */
  readonly openActions: readonly FollowUpAction[];
}

/** Options of {@link buildMeetingSeries}. */
export interface MeetingSeriesOptions {
  /** Language of the issue messages; `en` by default. */
  readonly locale?: Locale;
}

const dayNumber = (iso: string): number =>
  Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);

/**
 * Order meetings into a series by their `previousMeetingId` links and report,
 * for each one, the actions carried forward, completed, cancelled, still open,
 * new or dropped since the previous meeting.
 *
 * @param input - the meetings in any order (checked, never trusted).
 * @param options - `locale` of the issue messages.
 * @returns the series, or issues: `series.invalid_meeting`, `series.empty`,
 * `series.duplicate_meeting`, `series.unknown_previous`, `series.not_a_chain`
 * (several first meetings, a fork or a cycle), `series.date_order`.
 * @remarks Exactly one meeting has no `previousMeetingId`; every other one
 * follows exactly one meeting and no two follow the same one.
 * Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 * @example
 * ```ts
 * const r = buildMeetingSeries([second, first]);
 * if (r.ok) r.value.steps[1]?.completedSince.length; // actions done between the two meetings
 * ```
 */
export function buildMeetingSeries(
  input: unknown,
  options: MeetingSeriesOptions = {},
): Result<MeetingSeries, MeetingIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const locale = options.locale ?? "en";
    const issue = (code: MeetingIssueCode, path: (string | number)[], params?: Record<string, string | number>) =>
      makeIssue(meetingMessages, code, locale, path, params === undefined ? {} : { params });
    const raw = Array.isArray(input) ? (input as unknown[]) : [];
    if (raw.length === 0) return { ok: false, issues: [issue("series.empty", [])] };
    const issues: Issue<MeetingIssueCode>[] = [];
    const meetings: Meeting[] = [];
    raw.forEach((m, index) => {
      const parsed = MeetingSchema.safeParse(m);
      if (parsed.success) meetings.push(parsed.data);
      else issues.push(issue("series.invalid_meeting", [index], { index }));
    });
    if (issues.length > 0) return { ok: false, issues };
    const byId = new Map<string, Meeting>();
    meetings.forEach((m, i) => {
      if (byId.has(m.id)) issues.push(issue("series.duplicate_meeting", [i, "id"], { id: m.id }));
      byId.set(m.id, m);
    });
    const nextOf = new Map<string, Meeting>();
    const heads: Meeting[] = [];
    meetings.forEach((m, i) => {
      if (m.previousMeetingId === undefined) {
        heads.push(m);
        return;
      }
      if (!byId.has(m.previousMeetingId)) {
        issues.push(issue("series.unknown_previous", [i, "previousMeetingId"], { id: m.previousMeetingId }));
        return;
      }
      if (nextOf.has(m.previousMeetingId)) issues.push(issue("series.not_a_chain", [i, "previousMeetingId"]));
      nextOf.set(m.previousMeetingId, m);
    });
    if (issues.length > 0) return { ok: false, issues };
    const head = heads[0];
    if (heads.length !== 1 || head === undefined) return { ok: false, issues: [issue("series.not_a_chain", [])] };
    const ordered: Meeting[] = [];
    for (let m: Meeting | undefined = head; m !== undefined; m = nextOf.get(m.id)) ordered.push(m);
    if (ordered.length !== meetings.length) return { ok: false, issues: [issue("series.not_a_chain", [])] };

    const steps: SeriesStep[] = ordered.map((m, i) => {
      const prev = i > 0 ? ordered[i - 1] : undefined;
      if (prev !== undefined && m.heldOn < prev.heldOn) {
        issues.push(
          issue("series.date_order", [meetings.indexOf(m), "heldOn"], {
            id: m.id,
            heldOn: m.heldOn,
            previousOn: prev.heldOn,
          }),
        );
      }
      const openBefore = new Map((prev?.actions ?? []).filter(isOpen).map((a) => [a.id, a]));
      const carriedForward = m.actions.filter((a) => openBefore.has(a.id));
      const listed = new Set(m.actions.map((a) => a.id));
      const before = new Set((prev?.actions ?? []).map((a) => a.id));
      return {
        meetingId: m.id,
        ...(prev === undefined
          ? {}
          : { previousMeetingId: prev.id, daysSincePrevious: dayNumber(m.heldOn) - dayNumber(prev.heldOn) }),
        carriedForward,
        completedSince: carriedForward.filter((a) => a.status === "done"),
        cancelledSince: carriedForward.filter((a) => a.status === "cancelled"),
        stillOpen: carriedForward.filter(isOpen),
        newActions: m.actions.filter((a) => !before.has(a.id)),
        dropped: [...openBefore.values()].filter((a) => !listed.has(a.id)),
        needs: m.needs,
        problems: m.problems,
      };
    });
    if (issues.length > 0) return { ok: false, issues };
    const last = ordered[ordered.length - 1];
    return { ok: true, value: { meetings: ordered, steps, openActions: (last?.actions ?? []).filter(isOpen) } };
  });
}
