import { daysBetween, type IsoDate, type Money } from "@madani/model";
import type { Indicator } from "../indicator/indicator.js";
import {
  type IndicatorProgress,
  type IndicatorProgressOptions,
  indicatorProgress,
  type RollUp,
  rollUp,
  type StatusThresholds,
} from "../indicator/progress.js";
import { countLinkedEvents, type LinkedCounts } from "../links/count.js";
import type { LinkedEvent } from "../links/links.js";
import { isOverdue } from "../schedule/overdue.js";

/** The parts of a plan that {@link computeProgress} reads (a `Plan` has them all). */
export interface ProgressInput {
  /** The plan's id: with `options.events`, only links to this plan count (links to any plan when absent). */
  readonly id?: string | undefined;
  /** The plan's span: its end is the date of an indicator's `lopTarget` when no period has a target. */
  readonly period?: { readonly startOn: IsoDate; readonly endOn: IsoDate } | undefined;
  readonly elements: readonly {
    readonly id: string;
    readonly parentId?: string | undefined;
    readonly weight?: number | undefined;
  }[];
  readonly indicators: readonly (Indicator & { readonly elementId: string })[];
  readonly activities: readonly {
    readonly id: string;
    readonly elementId: string;
    readonly startOn: IsoDate;
    readonly endOn: IsoDate;
    readonly status: string;
    readonly completion?: number | undefined;
    readonly budget?:
      | readonly {
          readonly year: number;
          readonly funderId?: string | undefined;
          readonly planned: Money;
          readonly committed?: Money | undefined;
          readonly spent?: Money | undefined;
        }[]
      | undefined;
  }[];
}

/** Progress of one element of the results framework (axis, objective, result). */
export interface ElementProgress extends RollUp {
  readonly id: string;
}

/** Execution of one activity on the date. */
export interface ActivityExecution {
  readonly id: string;
  /** Share of the activity's days elapsed on the date, in [0, 1]. */
  readonly elapsed: number;
  /** Share done: `completion`, or 1 for `done` and 0 otherwise. */
  readonly completion: number;
  /** Ended before the date (the date is after its end date) without being done or cancelled; see {@link isOverdue}. */
  readonly overdue: boolean;
  /**
   * With `options.events` only: the events that name the activity, or whose sessions do, held on or before the
   * date (from their first day, or the day of their first session that names it) and planned after it.
   */
  readonly events?: LinkedCounts;
  /** With `options.events` only: the sessions that name the activity themselves, held on or before the date and planned after it. */
  readonly sessions?: LinkedCounts;
}

/** Planned, committed and spent money, in integer minor units of one currency. */
export interface BudgetTotals {
  readonly currency: string;
  readonly planned: number;
  readonly committed: number;
  readonly spent: number;
}

/** The progress of a plan on a date. */
export interface PlanProgress {
  readonly asOf: IsoDate;
  readonly indicators: readonly (IndicatorProgress & { readonly id: string; readonly elementId: string })[];
  readonly elements: readonly ElementProgress[];
  /** The plan's score and coverage: the roll-up of its top-level elements. */
  readonly plan: RollUp;
  readonly activities: {
    readonly items: readonly ActivityExecution[];
    /** Activities whose end date is on or before the date (cancelled ones excluded). */
    readonly due: number;
    readonly done: number;
    readonly overdue: number;
    /** With `options.events` only: the events of the list linked to at least one activity of the plan. */
    readonly events?: LinkedCounts;
  };
  readonly budget: {
    readonly total: BudgetTotals;
    /** By top-level element (strategic axis), by year and by funder (`""` for none). */
    readonly byAxis: Readonly<Record<string, BudgetTotals>>;
    readonly byYear: Readonly<Record<string, BudgetTotals>>;
    readonly byFunder: Readonly<Record<string, BudgetTotals>>;
  };
}

/** Options of {@link computeProgress}. */
export interface ProgressOptions extends StatusThresholds {
  /**
   * Events (an `Event[]` of `@madani/events`, or values of the {@link LinkedEvent} shape) whose
   * `planActivities` name the plan's activities: each activity's execution then counts them. Without it the
   * result has no event counts. Read on every call, never cached.
   */
  readonly events?: readonly LinkedEvent[] | undefined;
}

type IndicatorEntry = PlanProgress["indicators"][number];

/** Weighted sums of the indicators of one element: total weight, covered weight, weighted clamped achievements. */
interface Sum {
  total: number;
  covered: number;
  sum: number;
}

/**
 * The indicator part of one computation: the entries of {@link PlanProgress.indicators} and the
 * weighted sums of each element's indicators, for one `indicators` array, date and thresholds.
 */
interface IndicatorComputation {
  readonly key: string;
  readonly indicators: ProgressInput["indicators"];
  readonly entries: readonly IndicatorEntry[];
  readonly sums: ReadonlyMap<string, Readonly<Sum>>;
  /** Indices of each element's indicators, in plan order. */
  readonly members: ReadonlyMap<string, readonly number[]>;
}

/** Computations by `indicators` array (plans are immutable, so an array's identity stands for its content). */
const computations = new WeakMap<object, IndicatorComputation[]>();
/** The latest computations (weakly held): an edited plan's array is compared with its predecessor's, index by index. */
const recent: WeakRef<IndicatorComputation>[] = [];
const RECENT = 4;
const PER_ARRAY = 8;

function remember(c: IndicatorComputation): void {
  const list = computations.get(c.indicators);
  if (list === undefined) computations.set(c.indicators, [c]);
  else {
    list.unshift(c);
    if (list.length > PER_ARRAY) list.length = PER_ARRAY;
  }
  recent.unshift(new WeakRef(c));
  if (recent.length > RECENT) recent.length = RECENT;
}

/** The most recent computation with the same date and thresholds, if it is still alive. */
function predecessor(key: string): IndicatorComputation | undefined {
  for (const ref of recent) {
    const c = ref.deref();
    if (c?.key === key) return c;
  }
  return undefined;
}

function entryOf(
  indicator: Indicator & { readonly elementId: string },
  asOf: IsoDate,
  options: IndicatorProgressOptions,
): IndicatorEntry {
  // Frozen: the same object is shared by every later computation that reads this unchanged indicator.
  const p = indicatorProgress(indicator, asOf, options);
  // A literal, not a spread: V8 builds it an order of magnitude faster (3,000 entries per computation).
  return Object.freeze({
    actual: p.actual,
    target: p.target,
    achievement: p.achievement,
    clamped: p.clamped,
    expectedValue: p.expectedValue,
    expected: p.expected,
    status: p.status,
    id: indicator.id,
    elementId: indicator.elementId,
  });
}

function addWeighted(into: Sum, weight: number | undefined, achievement: number | undefined): void {
  const w = weight ?? 1;
  if (!(w >= 0) || !Number.isFinite(w)) return;
  into.total += w;
  if (achievement !== undefined && Number.isFinite(achievement)) {
    into.covered += w;
    into.sum += w * Math.min(Math.max(achievement, 0), 1);
  }
}

/** The weighted sums of one element's indicators, accumulated in plan order (the arithmetic of `rollUp`). */
function sumOf(
  indices: readonly number[],
  indicators: ProgressInput["indicators"],
  entries: readonly IndicatorEntry[],
): Sum {
  const into: Sum = { total: 0, covered: 0, sum: 0 };
  for (const i of indices) addWeighted(into, indicators[i]?.weight, entries[i]?.clamped);
  return into;
}

/**
 * Indicator entries and per-element sums for an `indicators` array, reusing a previous computation:
 * the same array is a cache hit; otherwise each indicator object that the predecessor already computed
 * (same identity: an edit keeps untouched indicators) reuses its entry, and only the elements whose
 * indicators changed have their sums recomputed.
 */
function indicatorComputation(
  indicators: ProgressInput["indicators"],
  asOf: IsoDate,
  options: IndicatorProgressOptions,
  key: string,
): IndicatorComputation {
  const known = computations.get(indicators)?.find((c) => c.key === key);
  if (known !== undefined) return known;
  const prev = predecessor(key);
  const n = indicators.length;
  const entries: IndicatorEntry[] = new Array(n);
  // Index by index first; indicators that moved are found by identity (built only when needed).
  let byObject: Map<object, IndicatorEntry> | undefined;
  const changed: number[] = [];
  let sameLayout = prev !== undefined && prev.indicators.length === n;
  for (let i = 0; i < n; i++) {
    const ind = indicators[i] as ProgressInput["indicators"][number];
    if (prev !== undefined && prev.indicators[i] === ind) {
      entries[i] = prev.entries[i] as IndicatorEntry;
      continue;
    }
    changed.push(i);
    if (sameLayout && prev?.indicators[i]?.elementId !== ind.elementId) sameLayout = false;
    let entry: IndicatorEntry | undefined;
    // Same length: an edit replaced indicators in place, so a changed one is new (no lookup needed). Another
    // length means indicators were added, removed or moved: find the moved ones by identity.
    if (prev !== undefined && prev.indicators.length !== n) {
      if (byObject === undefined) {
        byObject = new Map();
        for (let j = 0; j < prev.indicators.length; j++)
          byObject.set(prev.indicators[j] as object, prev.entries[j] as IndicatorEntry);
      }
      entry = byObject.get(ind);
    }
    entries[i] = entry ?? entryOf(ind, asOf, options);
  }
  Object.freeze(entries);
  let members: Map<string, number[]>;
  let sums: Map<string, Sum>;
  if (prev !== undefined && sameLayout) {
    // Same elements at the same indices: recompute only the sums of the elements that changed.
    members = prev.members as Map<string, number[]>;
    sums = new Map(prev.sums as Map<string, Sum>);
    const dirty = new Set<string>();
    for (const i of changed) dirty.add((indicators[i] as ProgressInput["indicators"][number]).elementId);
    for (const id of dirty) sums.set(id, sumOf(members.get(id) ?? [], indicators, entries));
  } else {
    members = new Map();
    for (let i = 0; i < n; i++) {
      const id = (indicators[i] as ProgressInput["indicators"][number]).elementId;
      const list = members.get(id);
      if (list === undefined) members.set(id, [i]);
      else list.push(i);
    }
    sums = new Map();
    for (const [id, indices] of members) sums.set(id, sumOf(indices, indicators, entries));
  }
  const c: IndicatorComputation = { key, indicators, entries, sums, members };
  remember(c);
  return c;
}

/** The tree of the elements, computed once per `elements` array (memoized by identity). */
interface Tree {
  readonly childrenOf: ReadonlyMap<string, readonly string[]>;
  readonly byId: ReadonlyMap<string, ProgressInput["elements"][number]>;
  readonly top: readonly ProgressInput["elements"][number][];
  readonly axisOf: (elementId: string) => string;
}
const trees = new WeakMap<object, Tree>();

function treeOf(elements: ProgressInput["elements"]): Tree {
  const known = trees.get(elements);
  if (known !== undefined) return known;
  const childrenOf = new Map<string, string[]>();
  for (const e of elements) {
    if (e.parentId === undefined) continue;
    const list = childrenOf.get(e.parentId);
    if (list === undefined) childrenOf.set(e.parentId, [e.id]);
    else list.push(e.id);
  }
  const byId = new Map(elements.map((e) => [e.id, e]));
  const top = elements.filter((e) => e.parentId === undefined || !byId.has(e.parentId));
  const axes = new Map<string, string>();
  const axisOf = (elementId: string): string => {
    const known = axes.get(elementId);
    if (known !== undefined) return known;
    let current = byId.get(elementId);
    for (let i = 0; current?.parentId !== undefined && byId.has(current.parentId) && i < elements.length; i++) {
      current = byId.get(current.parentId);
    }
    const axis = current?.id ?? elementId;
    axes.set(elementId, axis);
    return axis;
  };
  const tree: Tree = { childrenOf, byId, top, axisOf };
  trees.set(elements, tree);
  return tree;
}

/** Activity and budget execution, memoized by the identity of the activity list, the elements and the date. */
const executions = new WeakMap<
  object,
  { elements: object; asOf: IsoDate; value: Pick<PlanProgress, "activities" | "budget"> }[]
>();

function addTo(
  map: Record<string, BudgetTotals>,
  key: string,
  currency: string,
  planned: number,
  committed: number,
  spent: number,
): void {
  const t = map[key] ?? { currency, planned: 0, committed: 0, spent: 0 };
  map[key] = { currency, planned: t.planned + planned, committed: t.committed + committed, spent: t.spent + spent };
}

/**
 * Compute a plan's progress on a date: every indicator's achievement and status,
 * the roll-up with coverage to every element and to the plan, activity execution
 * and budget execution.
 *
 * @param plan - the plan (its elements, indicators and activities).
 * @param asOf - the date to read progress on.
 * @param options - status thresholds (defaults 0.9 and 0.7), and `events` to count the events linked to
 * each activity (see {@link ProgressOptions.events}).
 * @returns the progress, a plain value.
 * @remarks docs/indicators.md, "Achievement" and "Roll-up and coverage": an element scores the
 * weighted mean of the clamped achievements of its indicators and child elements that
 * have data; `coverage` is the weight share of those with data. Indicator results are
 * memoized by the indicator object's identity, so recomputing after an edit that keeps
 * untouched branches only recomputes the indicators that changed. Money is summed in
 * integer minor units. With `events`, a link counts when it names this plan's id and one of its activities
 * (`checkPlanLinks` reports the others); an event counts once per activity and once in
 * `activities.events`. The event counts are computed on every call, outside the memoized activity execution,
 * so an events list changed in place is read afresh.
 * @example
 * ```ts
 * const p = computeProgress(plan, "2026-12-31");
 * p.plan; // { score: 0.42, coverage: 0.8 }
 * computeProgress(plan, "2026-12-31", { events }).activities.items[0]?.events; // { held: 2, planned: 1 }
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function computeProgress(plan: ProgressInput, asOf: IsoDate, options: ProgressOptions = {}): PlanProgress {
  const planEndOn = plan.period?.endOn;
  const { events, ...thresholds } = options;
  const key = `${asOf}|${options.onTrack ?? ""}|${options.atRisk ?? ""}|${planEndOn ?? ""}`;
  const { entries: indicators, sums } = indicatorComputation(
    plan.indicators,
    asOf,
    planEndOn === undefined ? thresholds : { ...thresholds, planEndOn },
    key,
  );
  const tree = treeOf(plan.elements);
  const { childrenOf, byId } = tree;
  const results = new Map<string, RollUp>();
  const visit = (id: string, depth: number): RollUp => {
    const known = results.get(id);
    if (known !== undefined) return known;
    // A cycle in parent links (rejected by validatePlan) cannot loop forever.
    if (depth > plan.elements.length) return { score: undefined, coverage: 0 };
    const own = sums.get(id);
    const into: Sum = own === undefined ? { total: 0, covered: 0, sum: 0 } : { ...own };
    for (const c of childrenOf.get(id) ?? []) addWeighted(into, byId.get(c)?.weight, visit(c, depth + 1).score);
    const r: RollUp = {
      score: into.covered > 0 ? into.sum / into.covered : undefined,
      coverage: into.total > 0 ? into.covered / into.total : 0,
    };
    results.set(id, r);
    return r;
  };
  const elements = plan.elements.map((e) => ({ id: e.id, ...visit(e.id, 0) }));
  const planRollUp = rollUp(tree.top.map((e) => ({ weight: e.weight, achievement: results.get(e.id)?.score })));
  const execution = executionOf(plan, asOf, tree);
  return {
    asOf,
    indicators,
    elements,
    plan: planRollUp,
    ...(events === undefined ? execution : withEvents(execution, plan, asOf, events)),
  };
}

const NONE: LinkedCounts = Object.freeze({ held: 0, planned: 0 });

/**
 * The memoized activity execution with the events linked to each activity: new items (the cached ones are
 * shared and frozen), computed on every call so that the cache never depends on the events list.
 */
function withEvents(
  execution: Pick<PlanProgress, "activities" | "budget">,
  plan: ProgressInput,
  asOf: IsoDate,
  events: readonly LinkedEvent[],
): Pick<PlanProgress, "activities" | "budget"> {
  const ids = new Set<string>();
  for (const a of plan.activities) ids.add(a.id);
  const counts = countLinkedEvents(plan.id, ids, events, asOf);
  const items = execution.activities.items.map((item) => {
    const c = counts.byActivity.get(item.id);
    // A literal, not a spread (see entryOf); the counts are fresh objects, frozen in place.
    return Object.freeze({
      id: item.id,
      elapsed: item.elapsed,
      completion: item.completion,
      overdue: item.overdue,
      events: c === undefined ? NONE : Object.freeze(c.events),
      sessions: c === undefined ? NONE : Object.freeze(c.sessions),
    });
  });
  const { due, done, overdue } = execution.activities;
  return {
    activities: Object.freeze({
      items: Object.freeze(items),
      due,
      done,
      overdue,
      events: Object.freeze(counts.events),
    }),
    budget: execution.budget,
  };
}

function executionOf(plan: ProgressInput, asOf: IsoDate, tree: Tree): Pick<PlanProgress, "activities" | "budget"> {
  let cached = executions.get(plan.activities);
  const hit = cached?.find((c) => c.elements === plan.elements && c.asOf === asOf);
  if (hit !== undefined) return hit.value;
  const items: ActivityExecution[] = [];
  let due = 0;
  let done = 0;
  let overdue = 0;
  const axisOf = tree.axisOf;
  let currency: string | undefined;
  const total = { planned: 0, committed: 0, spent: 0 };
  const byAxis: Record<string, BudgetTotals> = {};
  const byYear: Record<string, BudgetTotals> = {};
  const byFunder: Record<string, BudgetTotals> = {};
  for (const a of plan.activities) {
    const span = daysBetween(a.startOn, a.endOn) + 1;
    const elapsedDays = daysBetween(a.startOn, asOf) + 1;
    const elapsed = elapsedDays <= 0 ? 0 : elapsedDays >= span ? 1 : elapsedDays / span;
    const isDone = a.status === "done";
    const completion = a.completion ?? (isDone ? 1 : 0);
    const isDue = a.status !== "cancelled" && a.endOn <= asOf;
    const late = isOverdue(a, asOf);
    if (isDue) due++;
    if (isDone) done++;
    if (late) overdue++;
    items.push({ id: a.id, elapsed, completion, overdue: late });
    const axis = axisOf(a.elementId);
    for (const line of a.budget ?? []) {
      currency ??= line.planned.currency;
      const p = line.planned.amount;
      const c = line.committed?.amount ?? 0;
      const s = line.spent?.amount ?? 0;
      total.planned += p;
      total.committed += c;
      total.spent += s;
      addTo(byAxis, axis, currency, p, c, s);
      addTo(byYear, String(line.year), currency, p, c, s);
      addTo(byFunder, line.funderId ?? "", currency, p, c, s);
    }
  }
  // Frozen: the same value is shared by every computation on this activity list and date.
  for (const item of items) Object.freeze(item);
  for (const map of [byAxis, byYear, byFunder]) for (const t of Object.values(map)) Object.freeze(t);
  const value = Object.freeze({
    activities: Object.freeze({ items: Object.freeze(items), due, done, overdue }),
    budget: Object.freeze({
      total: Object.freeze({ currency: currency ?? "MAD", ...total }),
      byAxis: Object.freeze(byAxis),
      byYear: Object.freeze(byYear),
      byFunder: Object.freeze(byFunder),
    }),
  });
  if (cached === undefined) {
    cached = [];
    executions.set(plan.activities, cached);
  }
  // A few dates per activity list are kept (the latest first).
  cached.unshift({ elements: plan.elements, asOf, value });
  if (cached.length > 8) cached.length = 8;
  return value;
}
