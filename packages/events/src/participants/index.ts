// Barrel of this folder; the package index re-exports it.
export type { ValidateAttendanceOptions } from "./attendance.js";
export { attendanceBySession, validateAttendance } from "./attendance.js";
export type { ParticipantIssueCode } from "./messages.js";
export { participantMessages } from "./messages.js";
export type { Attendance, Participant, ParticipantRoleValue, RegistrationStatusValue } from "./participant.js";
export {
  AttendanceSchema,
  attendanceMinutes,
  ParticipantRole,
  ParticipantSchema,
  RegistrationStatus,
} from "./participant.js";
export type { AgeGroupValue, ComputeReachOptions, EventReach, Reach, ReachInput } from "./reach.js";
export { AgeGroup, ageGroupOf, computeReach, UNKNOWN } from "./reach.js";
export type { RegistrationOptions, RegistrationRequest, Roster } from "./registration.js";
export { cancelRegistration, RosterSchema, register, seatsTaken } from "./registration.js";
