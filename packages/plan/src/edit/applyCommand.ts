import {
  atBoundary,
  type BoundaryIssueCode,
  createValidator,
  type IsoDate,
  type Issue,
  type Money,
  makeIssue,
  type Result,
  type ValidateOptions,
} from "@madani/model";
import { enablePatches, Immer, type Patch } from "immer";
import type { ActualValue, Indicator } from "../indicator/indicator.js";
import { deepFreeze } from "../plan/freeze.js";
import type { PlanContribution } from "../plan/plan.js";
import { type PlanTemplate, tiersOf } from "../plan/tier.js";
import { type EditMeta, EditMetaSchema, type PlanCommand, PlanCommandSchema } from "./commands.js";
import { type EditIssueCode, editMessages } from "./messages.js";
import { checkNewValue, checkTransition, type MutableValue, recordTransition } from "./workflow.js";

/** The parts of a plan the editing commands change (a `Plan` has them all). */
export interface EditablePlan {
  readonly period: { readonly startOn: IsoDate; readonly endOn: IsoDate };
  /** The results-framework template; when present, `add-element` checks the new element's tier against it. */
  readonly template?: PlanTemplate | undefined;
  readonly elements: readonly {
    readonly id: string;
    readonly parentId?: string | undefined;
    readonly tier?: string | undefined;
    readonly weight?: number | undefined;
  }[];
  readonly indicators: readonly (Indicator & { readonly elementId: string })[];
  readonly activities: readonly {
    readonly id: string;
    readonly elementId?: string | undefined;
    readonly startOn: IsoDate;
    readonly endOn: IsoDate;
    readonly status: string;
    readonly completion?: number | undefined;
    readonly dependsOn?: readonly { readonly activityId: string }[] | undefined;
    readonly milestones?:
      | readonly { readonly id: string; readonly dueOn: IsoDate; readonly doneOn?: IsoDate | undefined }[]
      | undefined;
    readonly budget?: readonly EditableBudgetLine[] | undefined;
  }[];
  readonly communication?: { readonly actionActivityIds: readonly string[] } | undefined;
  readonly contributions?: readonly PlanContribution[] | undefined;
  /** The funders of the plan; when present, `set-budget-line` checks its `funderId` against them. */
  readonly funders?: readonly { readonly id: string }[] | undefined;
}

/** A budget line as the editing commands read it (a `PlanBudgetLine` is one). */
export interface EditableBudgetLine {
  readonly year: number;
  readonly funderId?: string | undefined;
  readonly planned: Money;
  readonly committed?: Money | undefined;
  readonly spent?: Money | undefined;
  readonly original?: Money | undefined;
  readonly revisions?:
    | readonly { readonly on: string; readonly planned: Money; readonly reason?: string | undefined }[]
    | undefined;
}

/** One applied edit: who, when, why, the command, and the patches to redo and undo it. */
export interface Revision {
  readonly author: string;
  readonly at: string;
  readonly reason?: string | undefined;
  readonly command: PlanCommand;
  /** immer patches that turn the plan before into the plan after. */
  readonly patches: readonly Patch[];
  /** immer patches that turn the plan after back into the plan before. */
  readonly inversePatches: readonly Patch[];
}

/** Issue codes the editing functions can report. */
export type ApplyIssueCode = EditIssueCode | Issue["code"];

// Auto-freeze off: the engine freezes only what an edit creates (measured on these machines:
// immer's auto-freeze costs ~31x a structural spread on large plans).
const immer = new Immer({ autoFreeze: false });
let patchesEnabled = false;
/** immer's patches are a plugin; enable it on first use, not at import (the package has no side effects at import). */
function ensurePatches(): void {
  if (!patchesEnabled) {
    enablePatches();
    patchesEnabled = true;
  }
}

const validateCommand = createValidator(PlanCommandSchema, []);
const validateMeta = createValidator(EditMetaSchema, []);

/**
 * Check the edit metadata. Anything wrong with it is `command.meta`: one issue per wrong field, at
 * `["meta", field]` (an unknown field too), or at `["meta"]` when the metadata is not an object. Only
 * the time (`at`) is echoed back; the author and the reason may name people. Metadata that throws when
 * read stays `input.unreadable`, and more than 100 wrong fields end with `input.too_many_issues`.
 */
function checkMeta(meta: unknown, locale: ValidateOptions["locale"]): Result<EditMeta, ApplyIssueCode> {
  const m = validateMeta(meta, locale === undefined ? {} : { locale });
  if (m.ok) return m;
  const issues: Issue<ApplyIssueCode>[] = [];
  const seen = new Set<string | number | undefined>();
  for (const i of m.issues) {
    if (i.code === "input.unreadable" || i.code === "input.too_many_issues") {
      issues.push({ ...i, path: ["meta", ...i.path] });
      continue;
    }
    const field = i.path[0];
    if (seen.has(field)) continue;
    seen.add(field);
    const echo = field === "at" && i.value !== undefined ? { value: i.value } : {};
    issues.push(
      makeIssue(editMessages, "command.meta", locale ?? "en", field === undefined ? ["meta"] : ["meta", field], echo),
    );
  }
  return { ok: false, issues };
}

/** A deep mutable view of a draft (distributes over unions, so optional arrays and objects are mutable too). */
type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;

/**
 * Freeze what an edit created: the containers along each patch's path (new copies made
 * by immer) and the values the patches put in place. Untouched branches are shared
 * with the previous plan and already frozen.
 */
function freezeChanged(root: unknown, patches: readonly Patch[]): void {
  for (const patch of patches) {
    let node: unknown = root;
    if (node !== null && typeof node === "object") Object.freeze(node);
    for (const key of patch.path) {
      if (node === null || typeof node !== "object") break;
      node = (node as Record<string | number, unknown>)[key];
      if (node !== null && typeof node === "object" && !Object.isFrozen(node)) Object.freeze(node);
    }
    deepFreeze(node);
  }
}

function fail(
  code: EditIssueCode,
  path: (string | number)[],
  locale: ValidateOptions["locale"],
  params?: Record<string, string | number>,
): Result<never, ApplyIssueCode> {
  return {
    ok: false,
    issues: [makeIssue(editMessages, code, locale ?? "en", path, params === undefined ? {} : { params })],
  };
}

function fitsMeasure(indicator: Indicator, value: ActualValue): boolean {
  switch (indicator.measure) {
    case "percentage":
      return (
        (value.numerator !== undefined && value.denominator !== undefined && value.numerator <= value.denominator) ||
        (value.value !== undefined && value.value >= 0 && value.value <= 100)
      );
    case "ratio":
      // A ratio from its numerator and denominator (combined as a ratio of sums), or a value on its own.
      return (
        (value.numerator !== undefined && value.denominator !== undefined && value.value === undefined) ||
        (value.value !== undefined && value.numerator === undefined && value.denominator === undefined)
      );
    case "yes-no":
      return value.value === 0 || value.value === 1;
    case "qualitative":
      return value.value === undefined;
    default:
      return value.value !== undefined && value.numerator === undefined && value.denominator === undefined;
  }
}

/** A money amount for a message: exact major units with two decimals and the currency, e.g. `300.00 EUR`. */
function moneyText(m: Money): string {
  const digits = String(Math.abs(m.amount)).padStart(3, "0");
  return `${m.amount < 0 ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)} ${m.currency}`;
}

/** The currency of a plan's budget: that of its first amount, as rule `plan.currency_mismatch` reads it. */
function planCurrency(plan: EditablePlan): string | undefined {
  for (const a of plan.activities) {
    const first = a.budget?.[0];
    if (first !== undefined) return first.planned.currency;
  }
  return undefined;
}

type BudgetCommand = Extract<PlanCommand, { type: "set-budget-line" }>;

/** The index of the budget line of a year and a funder (`undefined` for none), or -1. */
function budgetLineIndex(lines: readonly EditableBudgetLine[] | undefined, year: number, funderId?: string): number {
  return (lines ?? []).findIndex((l) => l.year === year && l.funderId === funderId);
}

/**
 * Preconditions of `set-budget-line`: a known funder, a year of the plan, the line's (or the
 * plan's) currency, a `planned` amount for a new line, and a line that stays consistent:
 * committed ≤ planned, spent ≤ committed (when committed is known), as lint rules
 * `lint.committed_over_planned` and `lint.spent_over_committed` read it.
 */
function budgetPrecondition(
  plan: EditablePlan,
  activity: EditablePlan["activities"][number],
  cmd: BudgetCommand,
  locale: ValidateOptions["locale"],
): Result<never, ApplyIssueCode> | undefined {
  if (cmd.funderId !== undefined && plan.funders !== undefined && !plan.funders.some((f) => f.id === cmd.funderId))
    return fail("command.not_found", ["command", "funderId"], locale, { kind: "funder", id: cmd.funderId });
  const first = Number(plan.period.startOn.slice(0, 4));
  const last = Number(plan.period.endOn.slice(0, 4));
  if (cmd.year < first || cmd.year > last)
    return fail("command.date_outside", ["command", "year"], locale, {
      date: cmd.year,
      start: plan.period.startOn,
      end: plan.period.endOn,
    });
  const line = activity.budget?.[budgetLineIndex(activity.budget, cmd.year, cmd.funderId)];
  const expected =
    line?.planned.currency ?? planCurrency(plan) ?? (cmd.planned ?? cmd.committed ?? cmd.spent)?.currency;
  for (const field of ["planned", "committed", "spent"] as const) {
    const m = cmd[field];
    if (m !== undefined && expected !== undefined && m.currency !== expected)
      return fail("command.currency_mismatch", ["command", field, "currency"], locale, {
        expected,
        currency: m.currency,
      });
  }
  const planned = cmd.planned ?? line?.planned;
  if (planned === undefined)
    return fail("command.not_found", ["command", "planned"], locale, {
      kind: "budget line",
      id: cmd.funderId === undefined ? String(cmd.year) : `${cmd.year}/${cmd.funderId}`,
    });
  const committed = cmd.committed ?? line?.committed;
  const spent = cmd.spent ?? line?.spent;
  if (committed !== undefined && committed.amount > planned.amount)
    return fail(
      "command.committed_over_planned",
      ["command", cmd.committed === undefined ? "planned" : "committed"],
      locale,
      {
        year: cmd.year,
        planned: moneyText(planned),
        committed: moneyText(committed),
      },
    );
  if (spent !== undefined && committed !== undefined && spent.amount > committed.amount)
    return fail("command.spent_over_committed", ["command", cmd.spent === undefined ? "committed" : "spent"], locale, {
      year: cmd.year,
      committed: moneyText(committed),
      spent: moneyText(spent),
    });
  return undefined;
}

/**
 * The kind of the element, indicator or activity that holds an id, if any: the three share one
 * id space (rule `plan.duplicate_id` of `validatePlan`).
 */
function frameworkKindOf(plan: EditablePlan, id: string): "element" | "indicator" | "activity" | undefined {
  if (plan.elements.some((e) => e.id === id)) return "element";
  if (plan.indicators.some((i) => i.id === id)) return "indicator";
  if (plan.activities.some((a) => a.id === id)) return "activity";
  return undefined;
}

/**
 * Preconditions of the commands that add and remove elements, indicators, activities and
 * contributions: ids unique (elements, indicators and activities together; milestones within
 * their activity; contributions), references resolved, dates inside the plan, tiers from the
 * template, nothing removed while something refers to it.
 */
function structuralPrecondition(
  plan: EditablePlan,
  cmd: PlanCommand,
  locale: ValidateOptions["locale"],
): Result<never, ApplyIssueCode> | undefined {
  const elementExists = (id: string) => plan.elements.some((e) => e.id === id);
  /** Refuse an id already held in the plan-wide space of elements, indicators and activities. */
  const taken = (id: string, at: (string | number)[]): Result<never, ApplyIssueCode> | undefined => {
    const kind = frameworkKindOf(plan, id);
    return kind === undefined ? undefined : fail("command.duplicate_id", at, locale, { id, kind });
  };
  const insidePlan = (
    startOn: IsoDate,
    endOn: IsoDate,
    at: (string | number)[],
  ): Result<never, ApplyIssueCode> | undefined => {
    const { startOn: from, endOn: to } = plan.period;
    if (startOn < from || startOn > to)
      return fail("command.date_outside", [...at, "startOn"], locale, { date: startOn, start: from, end: to });
    if (endOn < from || endOn > to || endOn < startOn)
      return fail("command.date_outside", [...at, "endOn"], locale, {
        date: endOn,
        start: startOn < from ? from : startOn,
        end: to,
      });
    return undefined;
  };
  switch (cmd.type) {
    case "add-element": {
      const e = cmd.element;
      const duplicate = taken(e.id, ["command", "element", "id"]);
      if (duplicate !== undefined) return duplicate;
      const parent = e.parentId === undefined ? undefined : plan.elements.find((x) => x.id === e.parentId);
      if (e.parentId !== undefined && parent === undefined)
        return fail("command.not_found", ["command", "element", "parentId"], locale, {
          kind: "element",
          id: e.parentId,
        });
      if (plan.template !== undefined) {
        // Element tiers are the template's tiers except the last one, the activity tier.
        const keys = tiersOf(plan.template)
          .slice(0, -1)
          .map((t) => t.key);
        const rank = keys.indexOf(e.tier);
        const parentRank = parent?.tier === undefined ? -1 : keys.indexOf(parent.tier);
        if (rank < 0 || (parent !== undefined && parentRank >= rank))
          return fail("command.wrong_tier", ["command", "element", "tier"], locale, { tier: e.tier });
      }
      return undefined;
    }
    case "update-element":
    case "remove-element": {
      if (!elementExists(cmd.id))
        return fail("command.not_found", ["command", "id"], locale, { kind: "element", id: cmd.id });
      if (cmd.type === "update-element") return undefined;
      const by =
        plan.elements.find((e) => e.parentId === cmd.id)?.id ??
        plan.indicators.find((i) => i.elementId === cmd.id)?.id ??
        plan.activities.find((a) => a.elementId === cmd.id)?.id ??
        plan.contributions?.find((c) => c.elementId === cmd.id)?.id;
      return by === undefined
        ? undefined
        : fail("command.in_use", ["command", "id"], locale, { kind: "element", id: cmd.id, by });
    }
    case "add-indicator": {
      const ind = cmd.indicator;
      const duplicate = taken(ind.id, ["command", "indicator", "id"]);
      if (duplicate !== undefined) return duplicate;
      if (!elementExists(ind.elementId))
        return fail("command.not_found", ["command", "indicator", "elementId"], locale, {
          kind: "element",
          id: ind.elementId,
        });
      return undefined;
    }
    case "remove-indicator": {
      const ind = plan.indicators.find((i) => i.id === cmd.id);
      if (ind === undefined)
        return fail("command.not_found", ["command", "id"], locale, { kind: "indicator", id: cmd.id });
      const locked = ind.periods.find((p) => p.locked === true);
      return locked === undefined
        ? undefined
        : fail("command.period_locked", ["command", "id"], locale, { id: locked.id });
    }
    case "add-activity": {
      const a = cmd.activity;
      const duplicate = taken(a.id, ["command", "activity", "id"]);
      if (duplicate !== undefined) return duplicate;
      // Milestone ids are unique within their activity.
      const milestones = new Set<string>();
      for (const [k, milestone] of (a.milestones ?? []).entries()) {
        if (milestones.has(milestone.id))
          return fail("command.duplicate_id", ["command", "activity", "milestones", k, "id"], locale, {
            id: milestone.id,
            kind: "milestone",
          });
        milestones.add(milestone.id);
      }
      if (!elementExists(a.elementId))
        return fail("command.not_found", ["command", "activity", "elementId"], locale, {
          kind: "element",
          id: a.elementId,
        });
      const dates = insidePlan(a.startOn, a.endOn, ["command", "activity"]);
      if (dates !== undefined) return dates;
      for (const [k, dep] of (a.dependsOn ?? []).entries()) {
        if (!plan.activities.some((x) => x.id === dep.activityId))
          return fail("command.not_found", ["command", "activity", "dependsOn", k, "activityId"], locale, {
            kind: "activity",
            id: dep.activityId,
          });
      }
      return undefined;
    }
    case "remove-activity": {
      if (!plan.activities.some((x) => x.id === cmd.id))
        return fail("command.not_found", ["command", "id"], locale, { kind: "activity", id: cmd.id });
      const by =
        plan.activities.find((a) => a.dependsOn?.some((dep) => dep.activityId === cmd.id))?.id ??
        (plan.communication?.actionActivityIds.includes(cmd.id) === true ? "communication" : undefined);
      return by === undefined
        ? undefined
        : fail("command.in_use", ["command", "id"], locale, { kind: "activity", id: cmd.id, by });
    }
    case "add-contribution": {
      const c = cmd.contribution;
      if (plan.contributions?.some((x) => x.id === c.id))
        return fail("command.duplicate_id", ["command", "contribution", "id"], locale, {
          id: c.id,
          kind: "contribution",
        });
      if (c.elementId !== undefined && !elementExists(c.elementId))
        return fail("command.not_found", ["command", "contribution", "elementId"], locale, {
          kind: "element",
          id: c.elementId,
        });
      if (c.handling === "rejected" && c.reason === undefined)
        return fail("command.reason_required", ["command", "contribution", "reason"], locale, { id: c.id });
      return undefined;
    }
    case "set-contribution-handling": {
      if (!plan.contributions?.some((x) => x.id === cmd.contributionId))
        return fail("command.not_found", ["command", "contributionId"], locale, {
          kind: "contribution",
          id: cmd.contributionId,
        });
      if (cmd.elementId !== undefined && !elementExists(cmd.elementId))
        return fail("command.not_found", ["command", "elementId"], locale, { kind: "element", id: cmd.elementId });
      if (cmd.handling === "rejected" && cmd.reason === undefined)
        return fail("command.reason_required", ["command", "reason"], locale, { id: cmd.contributionId });
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Apply an editing command to a plan.
 *
 * @param plan - the current plan (frozen; it is not changed).
 * @param command - what to change; see `PlanCommandSchema`.
 * @param meta - author, time (`at`, ISO 8601 with an offset, given by the caller) and reason.
 * @param options - `locale` of the issue messages.
 * @returns the new plan and the revision with its immer patches and inverse patches, or
 * issues: a missing element (`command.not_found`), a locked period (`command.period_locked`),
 * a value of the wrong measure (`command.wrong_measure`), a date outside the plan
 * (`command.date_outside`), a duplicate id (`command.duplicate_id`: elements, indicators and activities
 * share one id space, as `validatePlan` requires; milestone ids are unique within their activity,
 * contribution ids among contributions, value ids within their indicator), an element of a tier that does
 * not fit the template (`command.wrong_tier`), the removal of something still referred to
 * (`command.in_use`), a rejected contribution without a reason (`command.reason_required`), an activity
 * marked done with a completion other than 1 (`command.inconsistent_status`), a budget amount in another
 * currency than the line's or the plan's (`command.currency_mismatch`), a budget line whose committed
 * amount exceeds the planned one (`command.committed_over_planned`) or whose spent amount exceeds the
 * committed one (`command.spent_over_committed`), edit metadata that is missing or wrong
 * (`command.meta`, at `["meta", field]`: an empty or too long author, a time that is not a date and time
 * with an offset, a reason that is not text or too long, an unknown field), or shape issues of the command.
 * The plan is unchanged in every case.
 * @remarks The new plan shares every untouched branch with the old one, so memoized
 * computations (see `computeProgress`) only redo what changed. What the edit created is frozen.
 * Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 * @example
 * ```ts
 * const r = applyCommand(plan, { type: "lock-period", indicatorId: "OS1.1", periodId: "2025" }, { author: "secretariat", at: "2026-01-05T09:00:00+01:00" });
 * if (r.ok) history.push(r.value.revision);
 * ```
 */
export function applyCommand<P extends EditablePlan>(
  plan: P,
  command: unknown,
  meta: unknown,
  options: Pick<ValidateOptions, "locale"> = {},
): Result<{ readonly plan: P; readonly revision: Revision }, ApplyIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const locale = options.locale;
    const m = checkMeta(meta, locale);
    if (!m.ok) return m;
    const c = validateCommand(command, { ...(locale === undefined ? {} : { locale }) });
    if (!c.ok) return { ok: false, issues: c.issues.map((i) => ({ ...i, path: ["command", ...i.path] })) };
    const cmd = c.value;

    // Preconditions, checked on the plan before any change.
    const indicatorIndex = "indicatorId" in cmd ? plan.indicators.findIndex((i) => i.id === cmd.indicatorId) : -1;
    const indicator = plan.indicators[indicatorIndex];
    if ("indicatorId" in cmd && indicator === undefined) {
      return fail("command.not_found", ["command", "indicatorId"], locale, { kind: "indicator", id: cmd.indicatorId });
    }
    const periodId = cmd.type === "add-value" ? cmd.value.periodId : "periodId" in cmd ? cmd.periodId : undefined;
    if (indicator !== undefined && periodId !== undefined) {
      const period = indicator.periods.find((p) => p.id === periodId);
      if (period === undefined)
        return fail("command.not_found", ["command", "periodId"], locale, { kind: "period", id: periodId });
      if (period.locked === true)
        return fail("command.period_locked", ["command", "periodId"], locale, { id: periodId });
    }
    if (cmd.type === "add-value" && indicator !== undefined) {
      if (indicator.values.some((v) => v.id === cmd.value.id))
        return fail("command.duplicate_id", ["command", "value", "id"], locale, { id: cmd.value.id, kind: "value" });
      if (!fitsMeasure(indicator, cmd.value))
        return fail("command.wrong_measure", ["command", "value"], locale, { measure: indicator.measure });
      const refused = checkNewValue(cmd.value, locale);
      if (refused !== undefined) return refused;
    }
    if (cmd.type === "set-value-state" && indicator !== undefined) {
      const value = indicator.values.find((v) => v.id === cmd.valueId);
      if (value === undefined)
        return fail("command.not_found", ["command", "valueId"], locale, { kind: "value", id: cmd.valueId });
      const period = indicator.periods.find((p) => p.id === value.periodId);
      if (period?.locked === true)
        return fail("command.period_locked", ["command", "valueId"], locale, { id: value.periodId });
      const refused = checkTransition(value, cmd.state, cmd.comment, m.value.author, locale);
      if (refused !== undefined) return refused;
    }
    const activityIndex = "activityId" in cmd ? plan.activities.findIndex((a) => a.id === cmd.activityId) : -1;
    if ("activityId" in cmd && activityIndex < 0)
      return fail("command.not_found", ["command", "activityId"], locale, { kind: "activity", id: cmd.activityId });
    if (cmd.type === "reschedule-activity") {
      const { startOn, endOn } = plan.period;
      for (const [field, date] of [
        ["startOn", cmd.startOn],
        ["endOn", cmd.endOn],
      ] as const) {
        if (date < startOn || date > endOn)
          return fail("command.date_outside", ["command", field], locale, { date, start: startOn, end: endOn });
      }
      if (cmd.endOn < cmd.startOn)
        return fail("command.date_outside", ["command", "endOn"], locale, {
          date: cmd.endOn,
          start: cmd.startOn,
          end: endOn,
        });
    }
    const activity = plan.activities[activityIndex];
    if (
      cmd.type === "set-activity-status" &&
      cmd.status === "done" &&
      cmd.completion !== undefined &&
      cmd.completion !== 1
    )
      return fail("command.inconsistent_status", ["command", "completion"], locale, {
        completion: Math.round(cmd.completion * 1000) / 10,
      });
    if (cmd.type === "set-budget-line" && activity !== undefined) {
      const refused = budgetPrecondition(plan, activity, cmd, locale);
      if (refused !== undefined) return refused;
    }
    if (cmd.type === "set-milestone" && activity !== undefined) {
      if (!activity.milestones?.some((m) => m.id === cmd.milestoneId))
        return fail("command.not_found", ["command", "milestoneId"], locale, {
          kind: "milestone",
          id: cmd.milestoneId,
        });
      const { startOn, endOn } = plan.period;
      if (cmd.doneOn !== undefined && (cmd.doneOn < startOn || cmd.doneOn > endOn))
        return fail("command.date_outside", ["command", "doneOn"], locale, {
          date: cmd.doneOn,
          start: startOn,
          end: endOn,
        });
    }
    if (cmd.type === "set-weight") {
      const list = cmd.target === "element" ? plan.elements : plan.indicators;
      if (!list.some((x) => x.id === cmd.id))
        return fail("command.not_found", ["command", "id"], locale, { kind: cmd.target, id: cmd.id });
    }

    const refused = structuralPrecondition(plan, cmd, locale);
    if (refused !== undefined) return refused;

    ensurePatches();
    const [next, patches, inversePatches] = immer.produceWithPatches(plan, (draft) => {
      const d = draft as unknown as Mutable<EditablePlan>;
      const ind = indicatorIndex >= 0 ? d.indicators[indicatorIndex] : undefined;
      const act = activityIndex >= 0 ? d.activities[activityIndex] : undefined;
      switch (cmd.type) {
        case "add-value": {
          // A submitted value records who submitted it and when: the edit's author and time.
          const submitted =
            cmd.value.state === "submitted" ? { submittedBy: m.value.author, submittedAt: m.value.at } : {};
          ind?.values.push({ ...cmd.value, ...submitted } as Mutable<ActualValue>);
          break;
        }
        case "set-value-state": {
          const v = ind?.values.find((x) => x.id === cmd.valueId);
          if (v !== undefined) recordTransition(v as MutableValue, cmd.state, cmd.comment, m.value.author, m.value.at);
          break;
        }
        case "set-target": {
          if (cmd.periodId === undefined) {
            if (ind !== undefined) ind.lopTarget = cmd.target;
            break;
          }
          const p = ind?.periods.find((x) => x.id === cmd.periodId);
          if (p !== undefined) p.target = cmd.target;
          break;
        }
        case "lock-period": {
          const p = ind?.periods.find((x) => x.id === cmd.periodId);
          if (p !== undefined) p.locked = true;
          break;
        }
        case "set-activity-status":
          if (act !== undefined) {
            act.status = cmd.status;
            if (cmd.completion !== undefined) act.completion = cmd.completion;
            // Done without a completion: a completion recorded earlier (e.g. 0.7 while ongoing) becomes 1.
            else if (cmd.status === "done" && act.completion !== undefined && act.completion !== 1) act.completion = 1;
          }
          break;
        case "set-budget-line":
          if (act !== undefined) {
            act.budget ??= [];
            const line = act.budget[budgetLineIndex(act.budget, cmd.year, cmd.funderId)];
            if (line === undefined) {
              // budgetPrecondition made sure a new line has its planned amount.
              if (cmd.planned !== undefined)
                act.budget.push({
                  year: cmd.year,
                  ...(cmd.funderId === undefined ? {} : { funderId: cmd.funderId }),
                  planned: cmd.planned,
                  ...(cmd.committed === undefined ? {} : { committed: cmd.committed }),
                  ...(cmd.spent === undefined ? {} : { spent: cmd.spent }),
                });
            } else {
              const was = line.planned;
              if (
                cmd.planned !== undefined &&
                (cmd.planned.amount !== was.amount || cmd.planned.currency !== was.currency)
              ) {
                // A revision: the first keeps the adopted amount, each one is dated and carries the edit's reason.
                line.original ??= was;
                line.revisions ??= [];
                line.revisions.push({
                  on: m.value.at.slice(0, 10),
                  planned: cmd.planned,
                  ...(m.value.reason === undefined || m.value.reason.trim() === ""
                    ? {}
                    : { reason: m.value.reason.trim() }),
                });
              }
              if (cmd.planned !== undefined) line.planned = cmd.planned;
              if (cmd.committed !== undefined) line.committed = cmd.committed;
              if (cmd.spent !== undefined) line.spent = cmd.spent;
            }
          }
          break;
        case "set-milestone": {
          const milestone = act?.milestones?.find((m) => m.id === cmd.milestoneId);
          if (milestone !== undefined) {
            if (cmd.doneOn !== undefined) milestone.doneOn = cmd.doneOn;
            else delete milestone.doneOn;
          }
          break;
        }
        case "reschedule-activity":
          if (act !== undefined) {
            act.startOn = cmd.startOn;
            act.endOn = cmd.endOn;
          }
          break;
        case "set-weight": {
          const list = (cmd.target === "element" ? d.elements : d.indicators) as {
            id: string;
            weight?: number | undefined;
          }[];
          const x = list.find((e) => e.id === cmd.id);
          if (x !== undefined) x.weight = cmd.weight;
          break;
        }
        case "add-element":
          (d.elements as unknown[]).push(cmd.element);
          break;
        case "update-element": {
          const e = (d.elements as Record<string, unknown>[]).find((x) => x.id === cmd.id);
          if (e !== undefined) for (const [k, v] of Object.entries(cmd.changes)) if (v !== undefined) e[k] = v;
          break;
        }
        case "remove-element":
          d.elements.splice(
            d.elements.findIndex((x) => x.id === cmd.id),
            1,
          );
          break;
        case "add-indicator":
          (d.indicators as unknown[]).push(cmd.indicator);
          break;
        case "remove-indicator":
          d.indicators.splice(
            d.indicators.findIndex((x) => x.id === cmd.id),
            1,
          );
          break;
        case "add-activity":
          (d.activities as unknown[]).push(cmd.activity);
          break;
        case "remove-activity":
          d.activities.splice(
            d.activities.findIndex((x) => x.id === cmd.id),
            1,
          );
          break;
        case "add-contribution":
          d.contributions ??= [];
          (d.contributions as PlanContribution[]).push(cmd.contribution);
          break;
        case "set-contribution-handling": {
          const c = (d.contributions as Mutable<PlanContribution>[] | undefined)?.find(
            (x) => x.id === cmd.contributionId,
          );
          if (c !== undefined) {
            c.handling = cmd.handling;
            if (cmd.reason !== undefined) c.reason = cmd.reason;
            else delete c.reason;
            if (cmd.elementId !== undefined) c.elementId = cmd.elementId;
          }
          break;
        }
      }
    });
    freezeChanged(next, patches);
    const m2 = m.value;
    const revision: Revision = Object.freeze({
      author: m2.author,
      at: m2.at,
      ...(m2.reason === undefined ? {} : { reason: m2.reason }),
      command: cmd,
      patches,
      inversePatches,
    });
    return { ok: true, value: { plan: next as P, revision } };
  });
}

/**
 * Undo a revision: apply its inverse patches to the plan it produced.
 *
 * @param plan - the plan as the revision left it (or with later revisions undone).
 * @param revision - the revision to undo.
 * @returns the plan before the revision.
 * @example
 * ```ts
 * const before = undo(r.value.plan, r.value.revision);
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function undo<P extends EditablePlan>(plan: P, revision: Revision): P {
  ensurePatches();
  const out = immer.applyPatches(plan, revision.inversePatches as Patch[]);
  freezeChanged(out, revision.inversePatches);
  return out;
}

/**
 * Redo a revision: apply its patches again to the plan it started from.
 *
 * @param plan - the plan before the revision (e.g. after {@link undo}).
 * @param revision - the revision to redo.
 * @returns the plan after the revision.
 * @example
 * ```ts
 * const after = redo(undo(plan, rev), rev);
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function redo<P extends EditablePlan>(plan: P, revision: Revision): P {
  ensurePatches();
  const out = immer.applyPatches(plan, revision.patches as Patch[]);
  freezeChanged(out, revision.patches);
  return out;
}
