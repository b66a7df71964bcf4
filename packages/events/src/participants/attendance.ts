import { atBoundary, type BoundaryIssueCode, type Issue, type Locale, makeIssue, type Result } from "@madani/model";
import * as z from "zod";
import type { Event } from "../event/event.js";
import { type ParticipantIssueCode, participantMessages } from "./messages.js";
import { type Attendance, AttendanceSchema, attendanceMinutes, type Participant } from "./participant.js";

/** Options of {@link validateAttendance}. */
export interface ValidateAttendanceOptions {
  /** Language of the issue messages; `en` by default. */
  readonly locale?: Locale;
}

/**
 * Check attendance records against an event's programme and participants.
 *
 * @param input - the attendance records (checked, never trusted).
 * @param event - the event whose sessions the records refer to.
 * @param participants - the event's participants.
 * @param options - `locale` of the messages.
 * @returns the records, or issues: `attendance.invalid` (a record of the wrong shape), `attendance.unknown_session`,
 * `attendance.unknown_person` (not registered, or registration cancelled or
 * declined) and `attendance.duplicate` (two records for one person and session).
 * @example
 * ```ts
 * validateAttendance([{ personId: "p-1", sessionId: "s-1", present: true }], event, participants).ok;
 * ```
 * @remarks Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 */
export function validateAttendance(
  input: unknown,
  event: Event,
  participants: readonly Participant[],
  options: ValidateAttendanceOptions = {},
): Result<readonly Attendance[], ParticipantIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const locale = options.locale ?? "en";
    const parsed = z.array(AttendanceSchema).safeParse(input);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const path = (first?.path ?? []).filter((p): p is string | number => typeof p !== "symbol");
      return { ok: false, issues: [makeIssue(participantMessages, "attendance.invalid", locale, path)] };
    }
    const sessions = new Set(event.sessions.map((s) => s.id));
    const persons = new Set(
      participants
        .filter((p) => p.eventId === event.id && p.status !== "cancelled" && p.status !== "declined")
        .map((p) => p.personId),
    );
    const seen = new Set<string>();
    const issues: Issue<ParticipantIssueCode>[] = [];
    parsed.data.forEach((a, i) => {
      if (!sessions.has(a.sessionId)) {
        issues.push(
          makeIssue(participantMessages, "attendance.unknown_session", locale, [i, "sessionId"], {
            params: { id: a.sessionId },
            value: a.sessionId,
          }),
        );
      }
      if (!persons.has(a.personId)) {
        issues.push(
          makeIssue(participantMessages, "attendance.unknown_person", locale, [i, "personId"], {
            params: { id: a.personId },
            value: a.personId,
          }),
        );
      }
      const key = `${a.personId}\u0000${a.sessionId}`;
      if (seen.has(key)) {
        issues.push(
          makeIssue(participantMessages, "attendance.duplicate", locale, [i], {
            params: { id: a.personId },
          }),
        );
      }
      seen.add(key);
    });
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
  });
}

/**
 * Presence per session: how many distinct persons were present and their
 * total minutes.
 *
 * @param records - attendance records.
 * @returns a map from session id to `{ present, minutes }`.
 * @example
 * ```ts
 * attendanceBySession(records).get("s-1")?.present; // 36
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass values returned by the package's entry points (validated).
 */
export function attendanceBySession(
  records: readonly Attendance[],
): ReadonlyMap<string, { readonly present: number; readonly minutes: number }> {
  const persons = new Map<string, Set<string>>();
  const minutes = new Map<string, number>();
  for (const r of records) {
    if (!r.present) continue;
    const set = persons.get(r.sessionId) ?? new Set<string>();
    set.add(r.personId);
    persons.set(r.sessionId, set);
    minutes.set(r.sessionId, (minutes.get(r.sessionId) ?? 0) + attendanceMinutes(r));
  }
  const out = new Map<string, { present: number; minutes: number }>();
  for (const [id, set] of persons) out.set(id, { present: set.size, minutes: minutes.get(id) ?? 0 });
  return out;
}
