import {
  atBoundary,
  type BoundaryIssueCode,
  defineEnumeration,
  type Issue,
  type LegalFormValue,
  type Locale,
  makeIssue,
  type Organization,
  OrganizationSchema,
  type Person,
  PersonSchema,
  type Result,
  type SexValue,
} from "@madani/model";
import * as z from "zod";
import { type Event, EventSchema } from "../event/event.js";
import { type ParticipantIssueCode, participantMessages } from "./messages.js";
import { type Attendance, AttendanceSchema, type Participant, ParticipantSchema } from "./participant.js";

/**
 * Age groups of reach statistics, with labels in ar, fr and en.
 *
 * @remarks Age is computed in whole years on the first day of the first event
 * the person attended. The groups follow those used in youth and
 * civil-society programmes (under 18, 18-24 youth, then by decade, 60 and over).
 * @example
 * ```ts
 * labelOf(AgeGroup, "18-24", "fr"); // "18-24 ans"
 * ```
 */
export const AgeGroup = defineEnumeration("ageGroup", {
  "under-18": { ar: "أقل من 18 سنة", fr: "Moins de 18 ans", en: "Under 18" },
  "18-24": { ar: "من 18 إلى 24 سنة", fr: "18-24 ans", en: "18-24" },
  "25-34": { ar: "من 25 إلى 34 سنة", fr: "25-34 ans", en: "25-34" },
  "35-44": { ar: "من 35 إلى 44 سنة", fr: "35-44 ans", en: "35-44" },
  "45-59": { ar: "من 45 إلى 59 سنة", fr: "45-59 ans", en: "45-59" },
  "60-plus": { ar: "60 سنة فما فوق", fr: "60 ans et plus", en: "60 and over" },
});

/** An age group; see {@link AgeGroup}. */
export type AgeGroupValue = (typeof AgeGroup.values)[number];

/** The key of counts for which a value is not known (no birth date, no sex, no organization record, no province). */
export const UNKNOWN = "unknown" as const;

/**
 * The input of {@link computeReach}: one event or a series, with the people,
 * organizations, registrations and attendance records they involve.
 */
export interface ReachInput {
  /** The events of the series. */
  readonly events: readonly Event[];
  /** Registrations (they tell which organization a person represented at an event). */
  readonly participants: readonly Participant[];
  /** Attendance records; only `present` ones count. */
  readonly attendance: readonly Attendance[];
  /** People (sex and birth date come from here). */
  readonly persons: readonly Person[];
  /** Organizations (legal form and seat province come from here). */
  readonly organizations: readonly Organization[];
}

/** Counts of one event inside a series. */
export interface EventReach {
  /** The event. */
  readonly eventId: string;
  /** Distinct persons present at one or more of its sessions. */
  readonly persons: number;
  /** Distinct organizations those persons represented. */
  readonly organizations: number;
}

/**
 * Reach of a series of events: unique persons and organizations, without
 * double counting, and their breakdowns.
 */
export interface Reach {
  /** Present attendance records (one per person and session). */
  readonly attendances: number;
  /** Distinct persons present at least once. */
  readonly persons: number;
  /** Distinct organizations represented by those persons. */
  readonly organizations: number;
  /** Persons by sex (`unknown` when not recorded). */
  readonly personsBySex: Readonly<Record<SexValue | typeof UNKNOWN, number>>;
  /** Persons by age group (`unknown` without a birth date). */
  readonly personsByAgeGroup: Readonly<Record<AgeGroupValue | typeof UNKNOWN, number>>;
  /** Organizations by legal form (`unknown` when the organization is not in the input). */
  readonly organizationsByType: Readonly<Partial<Record<LegalFormValue | typeof UNKNOWN, number>>>;
  /** Persons by the legal form of the first organization they represented (`unknown` when none). */
  readonly personsByOrganizationType: Readonly<Partial<Record<LegalFormValue | typeof UNKNOWN, number>>>;
  /** Organizations by seat province code (`unknown` when not recorded). */
  readonly organizationsByProvince: Readonly<Record<string, number>>;
  /** Persons by province: their first organization's seat, else their own address (`unknown` otherwise). */
  readonly personsByProvince: Readonly<Record<string, number>>;
  /** Counts of each event, in the order of the events (start date, then id). */
  readonly perEvent: readonly EventReach[];
}

/** Options of {@link computeReach}. */
export interface ComputeReachOptions {
  /** Language of the issue messages; `en` by default. */
  readonly locale?: Locale;
}

const InputSchema = z.strictObject({
  events: z.array(EventSchema),
  participants: z.array(ParticipantSchema),
  attendance: z.array(AttendanceSchema),
  persons: z.array(PersonSchema),
  organizations: z.array(OrganizationSchema),
});

function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * The age group of a person of a given age in whole years.
 *
 * @param age - age in whole years.
 * @returns the group.
 * @example
 * ```ts
 * ageGroupOf(24); // "18-24"
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass values returned by the package's entry points (validated).
 */
export function ageGroupOf(age: number): AgeGroupValue {
  if (age < 18) return "under-18";
  if (age < 25) return "18-24";
  if (age < 35) return "25-34";
  if (age < 45) return "35-44";
  if (age < 60) return "45-59";
  return "60-plus";
}

const bump = <K extends string>(counts: Partial<Record<K, number>>, key: K): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * Reach of one event or a series: unique persons and organizations present,
 * counted once across all events, by sex, age group, organization type and province.
 *
 * @param input - events, participants, attendance, persons and organizations (checked, never trusted).
 * @param options - `locale` of the issue messages.
 * @returns the reach, or issues: `reach.invalid_input` (with the field),
 * `attendance.unknown_session` (a record whose session belongs to none of the
 * events, or to several without an `eventId` on the record).
 * @remarks A person counts when present at one session or more; a person
 * present at ten sessions of three events counts once. The organizations are
 * those the present persons represented (their registration at the event they
 * attended). Breakdowns by person use the first event the person attended
 * (events ordered by start date, then id): age on its first day, the
 * organization represented there. So `persons ≤ attendances` and
 * `organizations ≤ persons`, and each breakdown adds up to its total.
 * Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 * @example
 * ```ts
 * const r = computeReach({ events: [first, second], participants, attendance, persons, organizations });
 * if (r.ok) console.log(r.value.persons, r.value.personsBySex.female);
 * ```
 */
export function computeReach(
  input: ReachInput,
  options: ComputeReachOptions = {},
): Result<Reach, ParticipantIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const locale = options.locale ?? "en";
    const parsed = InputSchema.safeParse(input);
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? "");
      return {
        ok: false,
        issues: [makeIssue(participantMessages, "reach.invalid_input", locale, [field], { params: { field } })],
      };
    }
    const { participants, attendance, persons, organizations } = parsed.data;
    const events = [...parsed.data.events].sort((a, b) =>
      a.startOn < b.startOn ? -1 : a.startOn > b.startOn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    const order = new Map(events.map((e, i) => [e.id, i]));
    const eventsOfSession = new Map<string, string[]>();
    for (const e of events) {
      for (const s of e.sessions) eventsOfSession.set(s.id, [...(eventsOfSession.get(s.id) ?? []), e.id]);
    }
    const personById = new Map(persons.map((p) => [p.id, p]));
    const orgById = new Map(organizations.map((o) => [o.id, o]));
    const orgOf = new Map<string, string>();
    for (const p of participants) {
      if (p.organizationId !== undefined && !orgOf.has(`${p.eventId}\u0000${p.personId}`)) {
        orgOf.set(`${p.eventId}\u0000${p.personId}`, p.organizationId);
      }
    }

    const issues: Issue<ParticipantIssueCode>[] = [];
    const seenRecord = new Set<string>();
    /** For each person, the events attended (indexes in `events`). */
    const attended = new Map<string, Set<number>>();
    let attendances = 0;
    attendance.forEach((a, i) => {
      const owners = eventsOfSession.get(a.sessionId) ?? [];
      const eventId = a.eventId ?? (owners.length === 1 ? owners[0] : undefined);
      const index = eventId !== undefined && owners.includes(eventId) ? order.get(eventId) : undefined;
      if (index === undefined) {
        issues.push(
          makeIssue(participantMessages, "attendance.unknown_session", locale, ["attendance", i, "sessionId"], {
            params: { id: a.sessionId },
            value: a.sessionId,
          }),
        );
        return;
      }
      if (!a.present) return;
      const key = `${index}\u0000${a.sessionId}\u0000${a.personId}`;
      if (seenRecord.has(key)) return;
      seenRecord.add(key);
      attendances += 1;
      const set = attended.get(a.personId) ?? new Set<number>();
      set.add(index);
      attended.set(a.personId, set);
    });
    if (issues.length > 0) return { ok: false, issues };

    const personsBySex: Record<SexValue | typeof UNKNOWN, number> = { female: 0, male: 0, unknown: 0 };
    const personsByAgeGroup: Record<AgeGroupValue | typeof UNKNOWN, number> = {
      "under-18": 0,
      "18-24": 0,
      "25-34": 0,
      "35-44": 0,
      "45-59": 0,
      "60-plus": 0,
      unknown: 0,
    };
    const organizationsByType: Partial<Record<LegalFormValue | typeof UNKNOWN, number>> = {};
    const personsByOrganizationType: Partial<Record<LegalFormValue | typeof UNKNOWN, number>> = {};
    const organizationsByProvince: Record<string, number> = {};
    const personsByProvince: Record<string, number> = {};
    const reachedOrgs = new Set<string>();
    const perEventPersons = events.map(() => new Set<string>());
    const perEventOrgs = events.map(() => new Set<string>());

    const personIds = [...attended.keys()].sort();
    for (const personId of personIds) {
      const indexes = [...(attended.get(personId) ?? [])].sort((a, b) => a - b);
      const firstIndex = indexes[0] ?? 0;
      const first = events[firstIndex];
      const person = personById.get(personId);
      personsBySex[person?.sex ?? UNKNOWN] += 1;
      const birth = person?.birthDate;
      personsByAgeGroup[
        birth !== undefined && first !== undefined ? ageGroupOf(ageOn(birth, first.startOn)) : UNKNOWN
      ] += 1;
      let firstOrg: string | undefined;
      for (const index of indexes) {
        perEventPersons[index]?.add(personId);
        const event = events[index];
        const orgId = event === undefined ? undefined : orgOf.get(`${event.id}\u0000${personId}`);
        if (orgId === undefined) continue;
        firstOrg ??= orgId;
        reachedOrgs.add(orgId);
        perEventOrgs[index]?.add(orgId);
      }
      const org = firstOrg === undefined ? undefined : orgById.get(firstOrg);
      bump(personsByOrganizationType, org?.legalForm ?? UNKNOWN);
      bump(personsByProvince, org?.seat?.provinceCode ?? person?.address?.provinceCode ?? UNKNOWN);
    }
    for (const orgId of [...reachedOrgs].sort()) {
      const org = orgById.get(orgId);
      bump(organizationsByType, org?.legalForm ?? UNKNOWN);
      bump(organizationsByProvince, org?.seat?.provinceCode ?? UNKNOWN);
    }
    return {
      ok: true,
      value: {
        attendances,
        persons: personIds.length,
        organizations: reachedOrgs.size,
        personsBySex,
        personsByAgeGroup,
        organizationsByType,
        personsByOrganizationType,
        organizationsByProvince,
        personsByProvince,
        perEvent: events.map((e, i) => ({
          eventId: e.id,
          persons: perEventPersons[i]?.size ?? 0,
          organizations: perEventOrgs[i]?.size ?? 0,
        })),
      },
    };
  });
}
