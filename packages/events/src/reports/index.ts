// Barrel of this folder; the package index re-exports it.
export type {
  EventGeneralReportInput,
  EventGeneralReportOptions,
  ReportIndicator,
  ReportIndicatorKind,
} from "./eventGeneralReport.js";
export {
  EventGeneralReportInputSchema,
  eventGeneralReport,
  ReportIndicatorKindSchema,
  ReportIndicatorSchema,
} from "./eventGeneralReport.js";
export type { EventReportLabel, EventReportOptions, LooseText } from "./labels.js";
export { eventReportLabels } from "./labels.js";
export type { MeetingSeriesReportInput } from "./meetingSeriesReport.js";
export { MeetingSeriesReportInputSchema, meetingSeriesReport } from "./meetingSeriesReport.js";
export type { ReportIssueCode } from "./messages.js";
export { reportMessages } from "./messages.js";
export type { DeepReadonly } from "./readonly.js";
