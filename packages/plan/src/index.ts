/**
 * `@madani/plan`: the strategic-plan engine. This first part holds the plan and
 * indicator schemas and the computations of docs/indicators.md: actuals by period,
 * achievement, status, roll-up with coverage, activity and budget execution.
 *
 * @packageDocumentation
 * @module @madani/plan
 */

export type { DeepReadonly } from "@madani/model";
export type { ApplyIssueCode, EditableBudgetLine, EditablePlan, Revision } from "./edit/applyCommand.js";
export { applyCommand, redo, undo } from "./edit/applyCommand.js";
export type { EditMeta, PlanCommand } from "./edit/commands.js";
export { EditMetaSchema, PlanCommandSchema } from "./edit/commands.js";
export type { DiffOptions, PlanChange } from "./edit/diff.js";
export { describeRevision, diffPlans } from "./edit/diff.js";
export type { EditIssueCode } from "./edit/messages.js";
export { editMessages } from "./edit/messages.js";
export { INITIAL_VALUE_STATES, VALUE_TRANSITIONS } from "./edit/workflow.js";
export type { IatiActivityOptions, IatiDocumentLink, IatiLocation, IatiOrganisation } from "./iati/activity.js";
export { toIatiActivity } from "./iati/activity.js";
export type { IatiDocumentCategory, IatiOrganisationType } from "./iati/codelists.js";
export {
  IATI_ACTIVITY_DATE_TYPES,
  IATI_ACTIVITY_STATUS,
  IATI_BUDGET_TYPES,
  IATI_DOCUMENT_CATEGORIES,
  IATI_LOCATION_CODES,
  IATI_ORGANISATION_ROLES,
  IATI_ORGANISATION_TYPES,
  IATI_SECTOR_VOCABULARY_DAC5,
  IATI_TAG_VOCABULARIES,
} from "./iati/codelists.js";
export type { IatiActivityIssueCode, IatiIssueCode } from "./iati/codes.js";
export {
  IATI_MEASURE_CODES,
  IATI_RESULT_TYPES,
  iatiActivityMessages,
  iatiMessages,
  MADANI_NAMESPACE,
  MEASURE_FROM_IATI,
} from "./iati/codes.js";
export type { IatiExportOptions } from "./iati/export.js";
export { toIatiResults } from "./iati/export.js";
export type { IatiImportOptions } from "./iati/import.js";
export { fromIatiResults } from "./iati/import.js";
export type { IndicatorCategory } from "./indicator/breakdown.js";
export type { CategoryBaselineValue, IndicatorCategories, PeriodBreakdown } from "./indicator/category.js";
export {
  categoryBaseline,
  categoryIndicator,
  categoryLifeOfProjectTarget,
  categoryProgress,
  indicatorCategories,
  periodBreakdowns,
  periodTarget,
} from "./indicator/category.js";
export type {
  ActualValue,
  AggregationValue,
  Breakdown,
  CategoryBaseline,
  CategoryTarget,
  EvidenceDocument,
  HcpCode,
  Indicator,
  IndicatorDirectionValue,
  IndicatorMeasureValue,
  IndicatorPeriod,
  ReviewNote,
  ValueStateValue,
} from "./indicator/indicator.js";
export {
  ActualValueSchema,
  Aggregation,
  BreakdownSchema,
  CategoryBaselineSchema,
  CategoryTargetSchema,
  EvidenceDocumentSchema,
  HcpCodeSchema,
  IndicatorDirection,
  IndicatorMeasure,
  IndicatorPeriodSchema,
  IndicatorSchema,
  ReviewNoteSchema,
  ValueState,
} from "./indicator/indicator.js";
export type { PlaceLevel } from "./indicator/places.js";
export type {
  Actual,
  IndicatorProgress,
  IndicatorProgressOptions,
  IndicatorStatus,
  LifeOfProjectTarget,
  RollUp,
  RollUpChild,
  StatusThresholds,
} from "./indicator/progress.js";
export {
  achievementOf,
  aggregate,
  currentActual,
  finalTarget,
  indicatorProgress,
  lifeOfProjectTarget,
  periodActual,
  rollUp,
} from "./indicator/progress.js";
export type { ActivityLinkCounts, LinkedCounts } from "./links/count.js";
export type {
  ActivityRef,
  LinkedEvent,
  LinkedSession,
  PlanLinkCheck,
  PlanLinkOptions,
  PlanLinksInput,
} from "./links/links.js";
export { checkPlanLinks } from "./links/links.js";
export type { PlanLinkIssueCode } from "./links/messages.js";
export { planLinkMessages } from "./links/messages.js";
export type { LintFinding, LintOptions, LintResult } from "./lint/lint.js";
export { lintPlan } from "./lint/lint.js";
export type { LintCode } from "./lint/messages.js";
export { lintMessages } from "./lint/messages.js";
export type { LintRuleInfo, LintRuleName } from "./lint/rules.js";
export { dependencyCycles, LINT_RULES } from "./lint/rules.js";
export { createPlan } from "./plan/createPlan.js";
export type { PlanIssueCode, PlanRuleCode } from "./plan/messages.js";
export { planMessages } from "./plan/messages.js";
export type {
  Activity,
  ActivityMilestone,
  ActivityStatusValue,
  BudgetRevision,
  ChannelKindValue,
  Communication,
  ContributionHandlingValue,
  Dependency,
  Diagnosis,
  Element,
  Foundations,
  Need,
  Plan,
  PlanBudgetLine,
  PlanContribution,
  PlanFunder,
  PlanIndicator,
  SdgReference,
  Stakeholder,
  StakeholderKindValue,
} from "./plan/plan.js";
export {
  ActivityMilestoneSchema,
  ActivitySchema,
  ActivityStatus,
  BudgetRevisionSchema,
  ChannelKind,
  CommunicationSchema,
  ContributionHandling,
  ContributionSchema,
  DependencySchema,
  DiagnosisSchema,
  ElementSchema,
  FoundationsSchema,
  FunderSchema,
  NeedSchema,
  PLAN_FORMAT,
  PlanBudgetLineSchema,
  PlanIndicatorSchema,
  PlanSchema,
  SdgReferenceSchema,
  StakeholderKind,
  StakeholderSchema,
} from "./plan/plan.js";
export type { PlanTemplate, TemplateKindValue, Tier } from "./plan/tier.js";
export { PLAN_TEMPLATES, PlanTemplateSchema, TemplateKind, TierSchema, tiersOf } from "./plan/tier.js";
export { validatePlan } from "./plan/validate.js";
export type {
  ActivityExecution,
  BudgetTotals,
  ElementProgress,
  PlanProgress,
  ProgressInput,
  ProgressOptions,
} from "./progress/computeProgress.js";
export { computeProgress } from "./progress/computeProgress.js";
export type { LedgerTotals, PlanLedger } from "./progress/ledger.js";
export { planLedger } from "./progress/ledger.js";
export type {
  MemberContribution,
  MemberRollUp,
  NetworkActual,
  NetworkCategoryFigures,
  NetworkFigures,
  NetworkPeriodFigures,
  NetworkPlaceFigures,
  NetworkRollUp,
  NetworkRollUpOptions,
} from "./progress/network.js";
export { networkIndicatorActual, networkIndicatorRollUp } from "./progress/network.js";
export type {
  IndicatorReporting,
  OverdueReminder,
  PeriodReport,
  ReportingCompliance,
  ReportingComplianceOptions,
  ReportingCounts,
  ReportingInput,
  ReportingRequirement,
  ReportStatus,
  SubmissionDateOf,
} from "./reporting/compliance.js";
export { reportingCompliance } from "./reporting/compliance.js";
export type { ReportingReportLabel } from "./reporting/labels.js";
export { reportingReportLabels } from "./reporting/labels.js";
export type { ReportingIssueCode } from "./reporting/messages.js";
export { reportingMessages } from "./reporting/messages.js";
export type { ReportingFrequency, ReportingPeriod, ReportingPeriodsOptions } from "./reporting/periods.js";
export {
  MAX_REPORTING_PERIODS,
  REPORTING_FREQUENCIES,
  ReportingPeriodSchema,
  reportingPeriods,
} from "./reporting/periods.js";
export type { ReportingComplianceReportOptions, ReportingReportInput } from "./reporting/report.js";
export { reportingComplianceReport } from "./reporting/report.js";
export { contributionsReport, handlingStatus } from "./reports/contributions.js";
export { indicatorTrackingTable } from "./reports/indicatorTracking.js";
export type { PlanIpttReportOptions } from "./reports/iptt.js";
export { planIpttReport } from "./reports/iptt.js";
export type { PlanReportLabel, PlanReportOptions } from "./reports/labels.js";
export { indicatorStatusCell, planReportLabels } from "./reports/labels.js";
export { toLogframe } from "./reports/logframe.js";
export type { PlanProgressReportOptions } from "./reports/progressReport.js";
export { planProgressReport } from "./reports/progressReport.js";
export type { ScheduleIssueCode } from "./schedule/messages.js";
export { scheduleMessages } from "./schedule/messages.js";
export { isMilestoneOverdue, isOverdue } from "./schedule/overdue.js";
export type { SchedulableActivity, Schedule, ScheduledActivity, ScheduleOptions } from "./schedule/schedule.js";
export { schedule } from "./schedule/schedule.js";
