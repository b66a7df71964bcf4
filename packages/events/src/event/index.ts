// Barrel of this folder; the package index re-exports it.
export type { Event, EventPartner, Session, Track, Venue } from "./event.js";
export { EventPartnerSchema, EventSchema, SessionSchema, TrackSchema, VenueSchema } from "./event.js";
export type { EventKindValue, EventPartnerRoleValue, SessionKindValue } from "./kinds.js";
export { EventKind, EventPartnerRole, SessionKind, WORKSHOP_KINDS } from "./kinds.js";
export type { EventIssueCode } from "./messages.js";
export { eventMessages } from "./messages.js";
export type { ValidateEventOptions } from "./validateEvent.js";
export { validateEvent } from "./validateEvent.js";
