// Barrel of this folder; the package index re-exports it.
export type {
  ActionStatusValue,
  AgendaItem,
  Decision,
  FollowUpAction,
  Meeting,
  Need,
  NeedCategoryValue,
  Owner,
  Recommendation,
} from "./meeting.js";
export {
  ActionStatus,
  AgendaItemSchema,
  DecisionSchema,
  FollowUpActionSchema,
  MeetingSchema,
  NeedCategory,
  NeedSchema,
  OPEN_ACTION_STATUSES,
  OwnerSchema,
  RecommendationSchema,
} from "./meeting.js";
export type { MeetingIssueCode } from "./messages.js";
export { meetingMessages } from "./messages.js";
export type { MeetingSeries, MeetingSeriesOptions, SeriesStep } from "./series.js";
export { buildMeetingSeries, carryForward } from "./series.js";
export { validateMeeting } from "./validateMeeting.js";
