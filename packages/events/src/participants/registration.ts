import {
  atBoundary,
  type BoundaryIssueCode,
  IdSchema,
  type Issue,
  type Locale,
  makeIssue,
  type Result,
} from "@madani/model";
import * as z from "zod";
import { type ParticipantIssueCode, participantMessages } from "./messages.js";
import { type Participant, ParticipantSchema } from "./participant.js";

/**
 * Schema of the registrations of one event: its capacity (seats for the
 * `participant` role) and its participants in registration order.
 *
 * @example
 * ```ts
 * RosterSchema.parse({ eventId: "ev-1", capacity: 40, participants: [] });
 * ```
 */
export const RosterSchema = z.strictObject({
  eventId: IdSchema,
  capacity: z.int().min(0).max(1_000_000).optional(),
  participants: z.array(ParticipantSchema).max(1_000_000),
});

/** The registrations of an event; see {@link RosterSchema}. */
export type Roster = z.infer<typeof RosterSchema>;

/**
 * A registration request: a participant without status or waitlist position
 * (the roster decides them).
 */
export type RegistrationRequest = Omit<Participant, "status" | "waitlistPosition">;

/** Options of {@link register} and {@link cancelRegistration}. */
export interface RegistrationOptions {
  /** Language of the issue messages; `en` by default. */
  readonly locale?: Locale;
}

const RequestSchema = ParticipantSchema.omit({ status: true, waitlistPosition: true });

/** Only `participant` registrations take seats: trainers, speakers, organizers, jury and guests do not. */
const takesSeat = (p: Participant): boolean => p.role === "participant";

/**
 * Confirmed participants that hold a seat.
 *
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass values returned by the package's entry points (validated).
 */
export function seatsTaken(roster: Roster): number {
  return roster.participants.filter((p) => takesSeat(p) && p.status === "confirmed").length;
}

function renumber(participants: readonly Participant[]): Participant[] {
  let position = 0;
  return participants.map((p) => {
    if (p.status === "waitlisted") {
      position += 1;
      return p.waitlistPosition === position ? p : { ...p, waitlistPosition: position };
    }
    if (p.waitlistPosition === undefined) return p;
    const { waitlistPosition: _dropped, ...rest } = p;
    return rest;
  });
}

function fail(code: ParticipantIssueCode, locale: Locale, path: (string | number)[], id?: string) {
  const issue: Issue<ParticipantIssueCode> = makeIssue(
    participantMessages,
    code,
    locale,
    path,
    id === undefined ? {} : { params: { id }, value: id },
  );
  return { ok: false as const, issues: [issue] };
}

/**
 * Register a person to an event: confirmed while seats remain, waitlisted
 * after (in order of registration).
 *
 * @param roster - the event's registrations (not modified).
 * @param request - the participant to register (checked, never trusted).
 * @param options - `locale` of the issue messages.
 * @returns the new roster and the registered participant, or issues:
 * `registration.invalid`, `registration.wrong_event`, `registration.duplicate`
 * (the person has a registration that is not cancelled or declined).
 * @remarks Only the `participant` role takes seats; other roles are confirmed
 * at once. With no `capacity` every participant is confirmed.
 * Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 * @example
 * ```ts
 * const r = register({ eventId: "ev", capacity: 1, participants: [] }, { personId: "p-1", eventId: "ev", role: "participant" });
 * if (r.ok) r.value.participant.status; // "confirmed"
 * ```
 */
export function register(
  roster: Roster,
  request: unknown,
  options: RegistrationOptions = {},
): Result<{ readonly roster: Roster; readonly participant: Participant }, ParticipantIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const locale = options.locale ?? "en";
    const parsed = RequestSchema.safeParse(request);
    if (!parsed.success) return fail("registration.invalid", locale, []);
    const req = parsed.data;
    if (req.eventId !== roster.eventId) return fail("registration.wrong_event", locale, ["eventId"], req.eventId);
    const active = roster.participants.some(
      (p) => p.personId === req.personId && p.status !== "cancelled" && p.status !== "declined",
    );
    if (active) return fail("registration.duplicate", locale, ["personId"], req.personId);
    const full = req.role === "participant" && roster.capacity !== undefined && seatsTaken(roster) >= roster.capacity;
    const participant: Participant = { ...req, status: full ? "waitlisted" : "confirmed" };
    const participants = renumber([...roster.participants, participant]);
    const added = participants[participants.length - 1] ?? participant;
    return { ok: true, value: { roster: { ...roster, participants }, participant: added } };
  });
}

/**
 * Cancel a registration and give the freed seat to the first person on the
 * waitlist.
 *
 * @param roster - the event's registrations (not modified).
 * @param personId - the person whose registration is cancelled.
 * @param options - `locale` of the issue messages.
 * @returns the new roster and the person promoted from the waitlist, if any,
 * or `registration.not_found`.
 * @example
 * ```ts
 * const r = cancelRegistration(roster, "p-1");
 * if (r.ok) r.value.promoted?.personId; // first waitlisted person
 * ```
 * @remarks Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 */
export function cancelRegistration(
  roster: Roster,
  personId: string,
  options: RegistrationOptions = {},
): Result<
  { readonly roster: Roster; readonly promoted: Participant | undefined },
  ParticipantIssueCode | BoundaryIssueCode
> {
  return atBoundary(options, (options) => {
    const locale = options.locale ?? "en";
    const index = roster.participants.findIndex(
      (p) => p.personId === personId && p.status !== "cancelled" && p.status !== "declined",
    );
    const current = roster.participants[index];
    if (current === undefined) return fail("registration.not_found", locale, ["personId"], personId);
    let participants: Participant[] = roster.participants.map((p, i) =>
      i === index ? { ...p, status: "cancelled" as const } : p,
    );
    let promoted: Participant | undefined;
    const freed = takesSeat(current) && current.status === "confirmed";
    const hasRoom = roster.capacity === undefined || seatsTaken({ ...roster, participants }) < roster.capacity;
    if (freed && hasRoom) {
      const next = participants.findIndex((p) => p.status === "waitlisted");
      if (next >= 0) {
        participants = participants.map((p, i) => (i === next ? { ...p, status: "confirmed" as const } : p));
        promoted = participants[next];
      }
    }
    participants = renumber(participants);
    if (promoted !== undefined) {
      const { waitlistPosition: _w, ...rest } = promoted;
      promoted = rest;
    }
    return { ok: true, value: { roster: { ...roster, participants }, promoted } };
  });
}
