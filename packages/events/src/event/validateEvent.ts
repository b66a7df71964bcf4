import {
  type CoreIssueCode,
  createValidator,
  type IssuePath,
  type Rule,
  type ValidateOptions,
  type ValidationResult,
} from "@madani/model";
import type { Catalogue } from "../catalogue/topic.js";
import { type Event, EventSchema, type Session } from "./event.js";
import { type EventIssueCode, eventMessages } from "./messages.js";

/**
 * Options of {@link validateEvent}.
 *
 * @example
 * ```ts
 * const options: ValidateEventOptions = { locale: "fr", catalogue: DEFAULT_CATALOGUE };
 * ```
 */
export interface ValidateEventOptions extends ValidateOptions {
  /** Catalogue that session topics must belong to; topics are not checked when absent. */
  readonly catalogue?: Catalogue;
}

type EventRule = Rule<Event, ValidateEventOptions, EventIssueCode>;

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const dates: EventRule = (event, ctx) => {
  if (event.endOn < event.startOn) {
    ctx.report("event.end_before_start", ["endOn"], {
      params: { startOn: event.startOn, endOn: event.endOn },
      value: event.endOn,
    });
  }
};

const uniqueIds: EventRule = (event, ctx) => {
  const check = (items: readonly { id: string }[], key: string): void => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id))
        ctx.report("event.duplicate_id", [key, i, "id"], { params: { id: item.id }, value: item.id });
      seen.add(item.id);
    });
  };
  check(event.venues, "venues");
  check(event.tracks ?? [], "tracks");
  check(event.sessions, "sessions");
  const partners = new Set<string>();
  (event.partners ?? []).forEach((p, i) => {
    if (partners.has(p.organizationId)) {
      ctx.report("event.duplicate_partner", ["partners", i, "organizationId"], {
        params: { id: p.organizationId },
        value: p.organizationId,
      });
    }
    partners.add(p.organizationId);
  });
};

const sessions: EventRule = (event, ctx) => {
  const venues = new Set(event.venues.map((v) => v.id));
  const tracks = new Set((event.tracks ?? []).map((t) => t.id));
  const topics = ctx.options.catalogue?.byId;
  event.sessions.forEach((s, i) => {
    const at = (...rest: (string | number)[]): IssuePath => ["sessions", i, ...rest];
    if (s.on < event.startOn || s.on > event.endOn) {
      ctx.report("event.session_outside", at("on"), {
        params: { id: s.id, on: s.on, startOn: event.startOn, endOn: event.endOn },
        value: s.on,
      });
    }
    if (minutesOf(s.end) <= minutesOf(s.start)) {
      ctx.report("event.session_time_order", at("end"), { params: { id: s.id }, value: s.end });
    }
    if (s.venueId !== undefined && !venues.has(s.venueId)) {
      ctx.report("event.unknown_venue", at("venueId"), { params: { id: s.venueId }, value: s.venueId });
    }
    if (s.trackId !== undefined && !tracks.has(s.trackId)) {
      ctx.report("event.unknown_track", at("trackId"), { params: { id: s.trackId }, value: s.trackId });
    }
    if (topics !== undefined) {
      (s.topicIds ?? []).forEach((t, j) => {
        if (!topics.has(t)) ctx.report("event.unknown_topic", at("topicIds", j), { params: { id: t }, value: t });
      });
    }
  });
};

/** Sessions of the same day, track and venue that overlap in time: a warning (parallel sessions belong in tracks). */
const overlaps: EventRule = (event, ctx) => {
  const groups = new Map<string, { s: Session; i: number }[]>();
  event.sessions.forEach((s, i) => {
    if (s.kind === "break") return;
    const key = `${s.on}\u0000${s.trackId ?? ""}\u0000${s.venueId ?? ""}`;
    const list = groups.get(key) ?? [];
    list.push({ s, i });
    groups.set(key, list);
  });
  for (const list of groups.values()) {
    const sorted = [...list].sort((a, b) => minutesOf(a.s.start) - minutesOf(b.s.start) || a.i - b.i);
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1];
      const cur = sorted[k];
      if (prev === undefined || cur === undefined) continue;
      if (minutesOf(cur.s.start) < minutesOf(prev.s.end)) {
        ctx.report("event.track_overlap", ["sessions", cur.i, "start"], {
          params: { id: cur.s.id, other: prev.s.id },
          severity: "warning",
        });
      }
    }
  }
};

const validate = createValidator(EventSchema, [dates, uniqueIds, sessions, overlaps], eventMessages);

/**
 * Validate an event: its shape and the rules of a programme.
 *
 * @param input - anything; checked, never trusted.
 * @param options - `locale` of the messages (`en` by default), `maxIssues`, and a
 * `catalogue` to check session topics against.
 * @returns the event, or issues with stable codes: schema codes of `@madani/model`,
 * `event.end_before_start`, `event.duplicate_id`, `event.duplicate_partner`,
 * `event.session_outside` (a session on a day outside the event),
 * `event.session_time_order`, `event.unknown_venue`, `event.unknown_track`,
 * `event.unknown_topic`; `event.track_overlap` is a warning.
 * @remarks Sessions in different tracks run in parallel; sessions of the same
 * day, track and venue that overlap in time are reported as a warning.
 * Never throws on bad input.
 * @example
 * ```ts
 * const r = validateEvent(input, { locale: "ar", catalogue: DEFAULT_CATALOGUE });
 * if (!r.ok) console.log(r.issues.map((i) => i.code));
 * ```
 */
export function validateEvent(
  input: unknown,
  options?: ValidateEventOptions,
): ValidationResult<Event, CoreIssueCode | EventIssueCode> {
  return validate(input, options);
}
