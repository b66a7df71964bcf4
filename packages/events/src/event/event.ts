import { AddressSchema, IdSchema, IsoDateSchema, MultilingualTextSchema } from "@madani/model";
import * as z from "zod";
import { EventKind, EventPartnerRole, SessionKind } from "./kinds.js";

/** A clock time `HH:MM` (24 h, local time of the venue). */
const TimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/);

/**
 * Schema of a venue: a named place with its address (city, commune and
 * province codes of the HCP, see `@madani/model/geo`).
 *
 * @example
 * ```ts
 * VenueSchema.parse({ id: "v-sb", name: { ar: "دار الثقافة سيدي بنور" }, address: { city: { ar: "سيدي بنور" }, provinceCode: "06.467", communeCode: "06.467.01.07" } });
 * ```
 */
export const VenueSchema = z.strictObject({
  id: IdSchema,
  name: MultilingualTextSchema,
  address: AddressSchema.optional(),
});

/** A venue; see {@link VenueSchema}. */
export type Venue = z.infer<typeof VenueSchema>;

/**
 * Schema of a partner of an event: an organization (by id) with one or more
 * roles.
 *
 * @example
 * ```ts
 * EventPartnerSchema.parse({ organizationId: "region-cs", roles: ["funder", "co-organizer"] });
 * ```
 */
export const EventPartnerSchema = z.strictObject({
  organizationId: IdSchema,
  name: MultilingualTextSchema.optional(),
  roles: z.array(EventPartnerRole.schema).min(1).max(4),
});

/** An event partner; see {@link EventPartnerSchema}. */
export type EventPartner = z.infer<typeof EventPartnerSchema>;

/**
 * Schema of a parallel track of the programme (a room, a thematic strand).
 *
 * @example
 * ```ts
 * TrackSchema.parse({ id: "t-a", title: { fr: "Salle A" } });
 * ```
 */
export const TrackSchema = z.strictObject({
  id: IdSchema,
  title: MultilingualTextSchema,
});

/** A track; see {@link TrackSchema}. */
export type Track = z.infer<typeof TrackSchema>;

/**
 * Schema of a link from an event or a session to an activity of a strategic plan (`@madani/plan`) that it
 * implements: the plan's id and the activity's id.
 *
 * @remarks The plan id is part of the link: an organization keeps several plans (one per period, one per
 * programme) whose activity ids may repeat (`act-1-1` in the 2020-2024 plan and in the 2025-2029 one). The
 * packages do not import each other; the link is by id in the data. `checkPlanLinks` of `@madani/plan` finds
 * links to an activity or a plan it does not know, and `computeProgress(plan, asOf, { events })` counts the
 * events held for each activity.
 * @example
 * ```ts
 * PlanActivityRefSchema.parse({ planId: "plan-doukkala-2025-2029", activityId: "act-1-1" });
 * ```
 */
export const PlanActivityRefSchema = z.strictObject({
  planId: IdSchema,
  activityId: IdSchema,
});

/** A link to a plan activity; see {@link PlanActivityRefSchema}. */
export type PlanActivityRef = z.infer<typeof PlanActivityRefSchema>;

/**
 * Schema of a session of the programme: a kind, a title, a day and a time
 * slot, optionally a venue, a track, capacity-building topics, trainers and
 * speakers (person ids), and the plan activities it implements (`planActivities`).
 *
 * @remarks Sessions in different tracks may run at the same time; sessions
 * of the same track (or without a track) should not overlap.
 * @example
 * ```ts
 * SessionSchema.parse({ id: "s-1", kind: "workshop", title: { ar: "ورشة التخطيط الاستراتيجي" }, on: "2024-12-28", start: "09:30", end: "12:30", topicIds: ["strategic-planning"] });
 * ```
 */
export const SessionSchema = z.strictObject({
  id: IdSchema,
  kind: SessionKind.schema,
  title: MultilingualTextSchema,
  on: IsoDateSchema,
  start: TimeSchema,
  end: TimeSchema,
  venueId: IdSchema.optional(),
  trackId: IdSchema.optional(),
  topicIds: z.array(IdSchema).max(50).optional(),
  trainerIds: z.array(IdSchema).max(100).optional(),
  speakerIds: z.array(IdSchema).max(100).optional(),
  description: MultilingualTextSchema.optional(),
  outcomes: z.array(MultilingualTextSchema).max(200).optional(),
  capacity: z.int().min(1).max(1_000_000).optional(),
  /** The plan activities this session implements, when the event as a whole does not (see {@link PlanActivityRefSchema}). */
  planActivities: z.array(PlanActivityRefSchema).max(100).optional(),
});

/** A session; see {@link SessionSchema}. */
export type Session = z.infer<typeof SessionSchema>;

/**
 * Schema of an event: kind, title, dates (it may span several days), venues
 * (several cities possible), organizer and partners, objectives, tracks,
 * the programme of sessions and the plan activities it implements
 * (`planActivities`, see {@link PlanActivityRefSchema}).
 *
 * @remarks Check the rules (dates in order, sessions inside the event,
 * references, overlaps) with {@link validateEvent}.
 * @example
 * ```ts
 * EventSchema.parse({
 *   id: "ev-5", kind: "training-meeting", title: { ar: "اللقاء التكويني الخامس" },
 *   startOn: "2024-12-27", endOn: "2024-12-29", organizerId: "rjd", venues: [], sessions: [],
 * });
 * ```
 */
export const EventSchema = z.strictObject({
  id: IdSchema,
  kind: EventKind.schema,
  title: MultilingualTextSchema,
  theme: MultilingualTextSchema.optional(),
  edition: z.int().min(1).max(1000).optional(),
  seriesId: IdSchema.optional(),
  startOn: IsoDateSchema,
  endOn: IsoDateSchema,
  organizerId: IdSchema,
  partners: z.array(EventPartnerSchema).max(500).optional(),
  venues: z.array(VenueSchema).max(200),
  objectives: z.array(MultilingualTextSchema).max(100).optional(),
  tracks: z.array(TrackSchema).max(100).optional(),
  sessions: z.array(SessionSchema).max(10_000),
  capacity: z.int().min(1).max(1_000_000).optional(),
  description: MultilingualTextSchema.optional(),
  /** The plan activities the whole event implements (see {@link PlanActivityRefSchema}); a session may name its own. */
  planActivities: z.array(PlanActivityRefSchema).max(100).optional(),
});

/** An event; see {@link EventSchema}. */
export type Event = z.infer<typeof EventSchema>;
