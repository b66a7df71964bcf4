import { defineEnumeration, IdSchema, IsoDateSchema, MultilingualTextSchema, personal } from "@madani/model";
import * as z from "zod";

/**
 * Roles a person holds at an event, with labels in ar, fr and en.
 *
 * @example
 * ```ts
 * labelOf(ParticipantRole, "trainer", "ar"); // "مؤطر"
 * ```
 */
export const ParticipantRole = defineEnumeration("participantRole", {
  participant: { ar: "مشارك", fr: "Participant", en: "Participant" },
  trainer: { ar: "مؤطر", fr: "Formateur", en: "Trainer" },
  speaker: { ar: "متدخل", fr: "Intervenant", en: "Speaker" },
  organizer: { ar: "منظم", fr: "Organisateur", en: "Organizer" },
  jury: { ar: "عضو لجنة التحكيم", fr: "Membre du jury", en: "Jury member" },
  guest: { ar: "ضيف", fr: "Invité", en: "Guest" },
});

/** A participant role; see {@link ParticipantRole}. */
export type ParticipantRoleValue = (typeof ParticipantRole.values)[number];

/**
 * Registration statuses of a participant, with labels in ar, fr and en.
 *
 * @remarks `waitlisted` registrations wait for a seat; `confirmed` ones hold a
 * seat; `cancelled` and `declined` ones hold none.
 * @example
 * ```ts
 * RegistrationStatus.values; // ["pending", "confirmed", "waitlisted", "cancelled", "declined"]
 * ```
 */
export const RegistrationStatus = defineEnumeration("registrationStatus", {
  pending: { ar: "في انتظار التأكيد", fr: "En attente", en: "Pending" },
  confirmed: { ar: "مؤكد", fr: "Confirmé", en: "Confirmed" },
  waitlisted: { ar: "في لائحة الانتظار", fr: "Sur liste d'attente", en: "Waitlisted" },
  cancelled: { ar: "ملغى", fr: "Annulé", en: "Cancelled" },
  declined: { ar: "مرفوض", fr: "Refusé", en: "Declined" },
});

/** A registration status; see {@link RegistrationStatus}. */
export type RegistrationStatusValue = (typeof RegistrationStatus.values)[number];

/**
 * Schema of a participant: a person, usually representing an organization,
 * registered to an event with a role.
 *
 * @remarks The person and the organization are referenced by id
 * (`Person` and `Organization` of `@madani/model`); `name` is the name as
 * written on the attendance sheet and is personal data. `registeredAt` is an
 * ISO timestamp with an offset; the waitlist is served in that order.
 * @example
 * ```ts
 * ParticipantSchema.parse({ personId: "p-1", organizationId: "org-1", eventId: "ev-1", role: "participant", status: "confirmed" });
 * ```
 */
export const ParticipantSchema = z.strictObject({
  personId: IdSchema,
  eventId: IdSchema,
  organizationId: IdSchema.optional(),
  name: personal(MultilingualTextSchema).optional(),
  role: ParticipantRole.schema,
  status: RegistrationStatus.schema,
  registeredAt: z.iso.datetime({ offset: true }).optional(),
  waitlistPosition: z.number().int().min(1).optional(),
});

/** A participant; see {@link ParticipantSchema}. */
export type Participant = z.infer<typeof ParticipantSchema>;

/**
 * Schema of one attendance record: whether a person was present at a session,
 * and for how long.
 *
 * @remarks Duration is given in `minutes` (whole minutes, preferred) or
 * `hours` (decimal); when both are absent, presence alone counts. `on` is the
 * calendar day of the session, useful for multi-day events. `eventId` is
 * needed only when session ids repeat across the events of a series.
 * @example
 * ```ts
 * AttendanceSchema.parse({ personId: "p-1", sessionId: "s-1", present: true, minutes: 180 });
 * ```
 */
export const AttendanceSchema = z.strictObject({
  personId: IdSchema,
  sessionId: IdSchema,
  eventId: IdSchema.optional(),
  present: z.boolean(),
  minutes: z.number().int().min(0).max(100_000).optional(),
  hours: z.number().min(0).max(2_000).optional(),
  on: IsoDateSchema.optional(),
});

/** An attendance record; see {@link AttendanceSchema}. */
export type Attendance = z.infer<typeof AttendanceSchema>;

/**
 * Minutes of presence an attendance record stands for: `minutes`, else
 * `hours × 60` rounded to the nearest minute, else 0; always 0 when absent.
 *
 * @param record - an attendance record.
 * @returns whole minutes.
 * @example
 * ```ts
 * attendanceMinutes({ personId: "p", sessionId: "s", present: true, hours: 1.5 }); // 90
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass values returned by the package's entry points (validated).
 */
export function attendanceMinutes(record: Attendance): number {
  if (!record.present) return 0;
  if (record.minutes !== undefined) return record.minutes;
  if (record.hours !== undefined) return Math.round(record.hours * 60);
  return 0;
}
