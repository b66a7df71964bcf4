import { defineEnumeration, IdSchema, IsoDateSchema, MultilingualTextSchema, personal } from "@madani/model";
import * as z from "zod";

/**
 * Statuses of a follow-up action, with labels in ar, fr and en.
 *
 * @remarks `open` and `in-progress` actions are carried forward to the next
 * meeting of a series; `done` and `cancelled` ones are closed.
 * @example
 * ```ts
 * labelOf(ActionStatus, "done", "ar"); // "منجز"
 * ```
 */
export const ActionStatus = defineEnumeration("actionStatus", {
  open: { ar: "مفتوح", fr: "Ouverte", en: "Open" },
  "in-progress": { ar: "في طور الإنجاز", fr: "En cours", en: "In progress" },
  done: { ar: "منجز", fr: "Réalisée", en: "Done" },
  cancelled: { ar: "ملغى", fr: "Annulée", en: "Cancelled" },
});

/** An action status; see {@link ActionStatus}. */
export type ActionStatusValue = (typeof ActionStatus.values)[number];

/** Statuses of actions that are still to do. */
export const OPEN_ACTION_STATUSES: readonly ActionStatusValue[] = Object.freeze(["open", "in-progress"]);

/**
 * Categories of needs identified with an organization, with labels in ar, fr and en.
 *
 * @example
 * ```ts
 * labelOf(NeedCategory, "training", "fr"); // "Formation"
 * ```
 */
export const NeedCategory = defineEnumeration("needCategory", {
  training: { ar: "التكوين", fr: "Formation", en: "Training" },
  funding: { ar: "التمويل", fr: "Financement", en: "Funding" },
  equipment: { ar: "التجهيز", fr: "Équipement", en: "Equipment" },
  premises: { ar: "المقر", fr: "Locaux", en: "Premises" },
  "administrative-legal": {
    ar: "المساطر الإدارية والقانونية",
    fr: "Démarches administratives et juridiques",
    en: "Administrative and legal procedures",
  },
  "human-resources": { ar: "الموارد البشرية", fr: "Ressources humaines", en: "Human resources" },
  communication: { ar: "التواصل والتعريف", fr: "Communication et visibilité", en: "Communication and visibility" },
  partnership: { ar: "الشراكة والتشبيك", fr: "Partenariat et réseautage", en: "Partnership and networking" },
  infrastructure: { ar: "البنية التحتية", fr: "Infrastructures", en: "Infrastructure" },
  other: { ar: "أخرى", fr: "Autre", en: "Other" },
});

/** A need category; see {@link NeedCategory}. */
export type NeedCategoryValue = (typeof NeedCategory.values)[number];

/**
 * Schema of who owns an action or a recommendation: a person, an
 * organization, or a name as written in the minutes (at least one).
 */
export const OwnerSchema = z
  .strictObject({
    personId: IdSchema.optional(),
    organizationId: IdSchema.optional(),
    name: personal(MultilingualTextSchema).optional(),
  })
  .refine((o) => o.personId !== undefined || o.organizationId !== undefined || o.name !== undefined);

/** An owner; see {@link OwnerSchema}. */
export type Owner = z.infer<typeof OwnerSchema>;

/** Schema of an agenda item. */
export const AgendaItemSchema = z.strictObject({ id: IdSchema, title: MultilingualTextSchema });

/** An agenda item; see {@link AgendaItemSchema}. */
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

/** Schema of a decision taken at a meeting, optionally under an agenda item. */
export const DecisionSchema = z.strictObject({
  id: IdSchema,
  text: MultilingualTextSchema,
  agendaItemId: IdSchema.optional(),
});

/** A decision; see {@link DecisionSchema}. */
export type Decision = z.infer<typeof DecisionSchema>;

/** Schema of a need (or a problem) identified at a meeting, with its category. */
export const NeedSchema = z.strictObject({
  id: IdSchema,
  text: MultilingualTextSchema,
  category: NeedCategory.schema.optional(),
  organizationId: IdSchema.optional(),
});

/** A need or a problem; see {@link NeedSchema}. */
export type Need = z.infer<typeof NeedSchema>;

/** Schema of a recommendation, with the owner of its follow-up. */
export const RecommendationSchema = z.strictObject({
  id: IdSchema,
  text: MultilingualTextSchema,
  owner: OwnerSchema.optional(),
  dueOn: IsoDateSchema.optional(),
});

/** A recommendation; see {@link RecommendationSchema}. */
export type Recommendation = z.infer<typeof RecommendationSchema>;

/**
 * Schema of a follow-up action: what, who, by when, its status and, once
 * carried forward, the meeting it was first decided at.
 */
export const FollowUpActionSchema = z.strictObject({
  id: IdSchema,
  text: MultilingualTextSchema,
  owner: OwnerSchema,
  dueOn: IsoDateSchema.optional(),
  status: ActionStatus.schema,
  doneOn: IsoDateSchema.optional(),
  fromMeetingId: IdSchema.optional(),
  note: MultilingualTextSchema.optional(),
});

/** A follow-up action; see {@link FollowUpActionSchema}. */
export type FollowUpAction = z.infer<typeof FollowUpActionSchema>;

/**
 * Schema of a meeting and its minutes: agenda, attendees, summary, decisions,
 * needs and problems identified, recommendations and follow-up actions. A
 * meeting of a series names the meeting it follows (`previousMeetingId`).
 *
 * @example
 * ```ts
 * MeetingSchema.parse({
 *   id: "m-2", title: { ar: "اللقاء التواصلي الثاني" }, heldOn: "2023-12-24", previousMeetingId: "m-1",
 *   agenda: [], decisions: [], needs: [], problems: [], recommendations: [], actions: [],
 * });
 * ```
 */
export const MeetingSchema = z.strictObject({
  id: IdSchema,
  eventId: IdSchema.optional(),
  seriesId: IdSchema.optional(),
  previousMeetingId: IdSchema.optional(),
  title: MultilingualTextSchema,
  heldOn: IsoDateSchema,
  place: MultilingualTextSchema.optional(),
  organizationIds: z.array(IdSchema).max(1000).optional(),
  attendeeIds: z.array(IdSchema).max(10_000).optional(),
  agenda: z.array(AgendaItemSchema).max(200),
  summary: MultilingualTextSchema.optional(),
  decisions: z.array(DecisionSchema).max(1000),
  needs: z.array(NeedSchema).max(1000),
  problems: z.array(NeedSchema).max(1000),
  recommendations: z.array(RecommendationSchema).max(1000),
  actions: z.array(FollowUpActionSchema).max(5000),
});

/** A meeting and its minutes; see {@link MeetingSchema}. */
export type Meeting = z.infer<typeof MeetingSchema>;
