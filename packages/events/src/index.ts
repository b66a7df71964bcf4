/**
 * `@madani/events`: meetings, trainings, forums, general assemblies, competitions, honours,
 * auditable draws and verifiable certificates, with their reports.
 *
 * @packageDocumentation
 * @module @madani/events
 */

export type { DeepReadonly } from "@madani/model";
export type { ElectionResult } from "./assembly/elections.js";
export { ElectionResultSchema, electionToMandates, renewGoverningBody } from "./assembly/elections.js";
export type { AssemblyIssueCode } from "./assembly/messages.js";
export { assemblyMessages } from "./assembly/messages.js";
export type {
  AssemblyKindValue,
  AssemblyOptions,
  AssemblyRules,
  NoticeCheck,
  NoticeInput,
  Quorum,
  QuorumInput,
  QuorumRule,
} from "./assembly/quorum.js";
export {
  AssemblyKind,
  AssemblyRulesSchema,
  checkNotice,
  computeQuorum,
  NoticeInputSchema,
  QuorumInputSchema,
  QuorumRuleSchema,
  requiredForQuorum,
} from "./assembly/quorum.js";
export type { MajorityValue, Vote, VoteOutcome } from "./assembly/votes.js";
export { Majority, tallyVote, VoteSchema } from "./assembly/votes.js";
export type { CapacityTopicValue, Catalogue, CatalogueIssueCode, CatalogueTopic } from "./catalogue/topic.js";
export {
  CapacityTopic,
  CatalogueTopicSchema,
  catalogueMessages,
  createCatalogue,
  DEFAULT_CATALOGUE,
  topicLabel,
} from "./catalogue/topic.js";
export type {
  Certificate,
  CertificateEvent,
  CertificateHolder,
  CertificateIssuer,
  CertificateKey,
  SignatureAlgorithmValue,
  UnsignedCertificate,
} from "./certificates/certificate.js";
export {
  CERTIFICATE_FORMAT,
  CertificateEventSchema,
  CertificateHolderSchema,
  CertificateIssuerSchema,
  CertificateSchema,
  SignatureAlgorithm,
} from "./certificates/certificate.js";
export type {
  AttendanceRule,
  CertificateOptions,
  CertificateSession,
  IssueCertificatesInput,
  IssuedCertificates,
  IssuerKeyPair,
  NotEligibleParticipant,
  SerialNumbering,
} from "./certificates/issue.js";
export {
  AttendanceRuleSchema,
  CertificateSessionSchema,
  certificatePayload,
  generateIssuerKeyPair,
  IssueCertificatesInputSchema,
  issueCertificates,
  SerialNumberingSchema,
  verifyCertificate,
} from "./certificates/issue.js";
export type { VerificationKey } from "./certificates/keys.js";
export type { CertificateIssueCode, CertificateRuleCode } from "./certificates/messages.js";
export { certificateMessages } from "./certificates/messages.js";
export type { RenderCertificateOptions } from "./certificates/render.js";
export { renderCertificateHtml } from "./certificates/render.js";
export type {
  Competition,
  CompetitionCategory,
  CompetitionInput,
  ConflictOfInterest,
  Criterion,
  EligibilityRule,
  EligibilityRuleKindValue,
  Juror,
  JurorScore,
  RankingOutcomeValue,
  ScoreNormalizationValue,
  Submission,
  TieBreakValue,
} from "./competition/competition.js";
export {
  CompetitionCategorySchema,
  CompetitionInputSchema,
  CompetitionSchema,
  ConflictOfInterestSchema,
  CriterionSchema,
  EligibilityRuleKind,
  EligibilityRuleSchema,
  JurorSchema,
  JurorScoreSchema,
  RankingOutcome,
  ScoreNormalization,
  SubmissionSchema,
  TieBreak,
} from "./competition/competition.js";
export type { Honour, HonourAwardValue } from "./competition/honour.js";
export { HonourAward, HonourSchema, validateHonour } from "./competition/honour.js";
export type { CompetitionIssueCode, CompetitionRuleCode } from "./competition/messages.js";
export { competitionMessages } from "./competition/messages.js";
export type {
  CategoryResult,
  CompetitionRanking,
  CriterionBreakdown,
  IneligibleSubmission,
  JurorBreakdown,
  RankCompetitionOptions,
  RankedSubmission,
  ScoreBreakdown,
  TieBreakDecision,
  UnscoredSubmission,
} from "./competition/rank.js";
export { rankCompetition } from "./competition/rank.js";
export type { DrawEntry, DrawInput, DrawOptions, DrawRecord, VerifyDrawOptions } from "./draw/draw.js";
export {
  commitSeed,
  DRAW_ALGORITHM,
  DrawCommitmentSchema,
  DrawEntrySchema,
  DrawInputSchema,
  DrawRecordSchema,
  DrawSeedSchema,
  runDraw,
  verifyDraw,
} from "./draw/draw.js";
export type { DrawIssueCode, DrawRuleCode } from "./draw/messages.js";
export { drawMessages } from "./draw/messages.js";
export type { Event, EventPartner, PlanActivityRef, Session, Track, Venue } from "./event/event.js";
export {
  EventPartnerSchema,
  EventSchema,
  PlanActivityRefSchema,
  SessionSchema,
  TrackSchema,
  VenueSchema,
} from "./event/event.js";
export type { EventKindValue, EventPartnerRoleValue, SessionKindValue } from "./event/kinds.js";
export { EventKind, EventPartnerRole, SessionKind, WORKSHOP_KINDS } from "./event/kinds.js";
export type { EventIssueCode } from "./event/messages.js";
export { eventMessages } from "./event/messages.js";
export type { ValidateEventOptions } from "./event/validateEvent.js";
export { validateEvent } from "./event/validateEvent.js";
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
} from "./meeting/meeting.js";
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
} from "./meeting/meeting.js";
export type { MeetingIssueCode } from "./meeting/messages.js";
export { meetingMessages } from "./meeting/messages.js";
export type { MeetingSeries, MeetingSeriesOptions, SeriesStep } from "./meeting/series.js";
export { buildMeetingSeries, carryForward } from "./meeting/series.js";
export { validateMeeting } from "./meeting/validateMeeting.js";
export type { ValidateAttendanceOptions } from "./participants/attendance.js";
export { attendanceBySession, validateAttendance } from "./participants/attendance.js";
export type { ParticipantIssueCode } from "./participants/messages.js";
export { participantMessages } from "./participants/messages.js";
export type {
  Attendance,
  Participant,
  ParticipantRoleValue,
  RegistrationStatusValue,
} from "./participants/participant.js";
export {
  AttendanceSchema,
  attendanceMinutes,
  ParticipantRole,
  ParticipantSchema,
  RegistrationStatus,
} from "./participants/participant.js";
export type { AgeGroupValue, ComputeReachOptions, EventReach, Reach, ReachInput } from "./participants/reach.js";
export { AgeGroup, ageGroupOf, computeReach, UNKNOWN } from "./participants/reach.js";
export type { RegistrationOptions, RegistrationRequest, Roster } from "./participants/registration.js";
export { cancelRegistration, RosterSchema, register, seatsTaken } from "./participants/registration.js";
export type {
  EventGeneralReportInput,
  EventGeneralReportOptions,
  ReportIndicator,
  ReportIndicatorKind,
} from "./reports/eventGeneralReport.js";
export {
  EventGeneralReportInputSchema,
  eventGeneralReport,
  ReportIndicatorKindSchema,
  ReportIndicatorSchema,
} from "./reports/eventGeneralReport.js";
export type { EventReportLabel, EventReportOptions, LooseText } from "./reports/labels.js";
export { eventReportLabels } from "./reports/labels.js";
export type { MeetingSeriesReportInput } from "./reports/meetingSeriesReport.js";
export { MeetingSeriesReportInputSchema, meetingSeriesReport } from "./reports/meetingSeriesReport.js";
export type { ReportIssueCode } from "./reports/messages.js";
export { reportMessages } from "./reports/messages.js";
