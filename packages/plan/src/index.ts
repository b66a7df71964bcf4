/**
 * `@madani/plan`: the strategic-plan engine. This first part holds the plan and
 * indicator schemas and the normative computations of DESIGN.md: actuals by period,
 * achievement, status, roll-up with coverage, activity and budget execution.
 *
 * @packageDocumentation
 * @module @madani/plan
 */

export type { ApplyIssueCode, EditablePlan, Revision } from "./edit/applyCommand.js";
export { applyCommand, redo, undo } from "./edit/applyCommand.js";
export type { EditMeta, PlanCommand } from "./edit/commands.js";
export { EditMetaSchema, PlanCommandSchema } from "./edit/commands.js";
export type { EditIssueCode } from "./edit/messages.js";
export { editMessages } from "./edit/messages.js";
export type {
  ActualValue,
  AggregationValue,
  Indicator,
  IndicatorDirectionValue,
  IndicatorMeasureValue,
  IndicatorPeriod,
  ValueStateValue,
} from "./indicator/indicator.js";
export {
  ActualValueSchema,
  Aggregation,
  IndicatorDirection,
  IndicatorMeasure,
  IndicatorPeriodSchema,
  IndicatorSchema,
  ValueState,
} from "./indicator/indicator.js";
export type {
  Actual,
  IndicatorProgress,
  IndicatorStatus,
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
  periodActual,
  rollUp,
} from "./indicator/progress.js";
export { createPlan } from "./plan/createPlan.js";
export type { DeepReadonly } from "./plan/freeze.js";
export type { PlanIssueCode, PlanRuleCode } from "./plan/messages.js";
export { planMessages } from "./plan/messages.js";
export type {
  Activity,
  ActivityMilestone,
  ActivityStatusValue,
  ChannelKindValue,
  Communication,
  ContributionHandlingValue,
  Dependency,
  Diagnosis,
  Element,
  Need,
  Plan,
  PlanBudgetLine,
  PlanContribution,
  PlanIndicator,
  SdgReference,
  Stakeholder,
  StakeholderKindValue,
} from "./plan/plan.js";
export {
  ActivityMilestoneSchema,
  ActivitySchema,
  ActivityStatus,
  ChannelKind,
  CommunicationSchema,
  ContributionHandling,
  ContributionSchema,
  DependencySchema,
  DiagnosisSchema,
  ElementSchema,
  NeedSchema,
  PLAN_FORMAT,
  PlanBudgetLineSchema,
  PlanIndicatorSchema,
  PlanSchema,
  SdgReferenceSchema,
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
export type { ScheduleIssueCode } from "./schedule/messages.js";
export { scheduleMessages } from "./schedule/messages.js";
export type { SchedulableActivity, Schedule, ScheduledActivity, ScheduleOptions } from "./schedule/schedule.js";
export { schedule } from "./schedule/schedule.js";
