import { describe, expect, it } from "vitest";
import type { Indicator } from "../indicator/indicator.js";
import { computeProgress, type ProgressInput } from "./computeProgress.js";

// computeProgress reuses earlier computations by identity (same arrays and indicator objects). These tests
// check that a reused result always equals a fresh computation of a deep copy (new identities, nothing to
// reuse), and that reuse does happen where it is documented; then the activity and budget execution rules.

type PlanIndicator = Indicator & { elementId: string; weight?: number };

const indicator = (id: string, elementId: string, actual: number | undefined, weight?: number): PlanIndicator => ({
  id,
  elementId,
  code: id,
  name: { fr: id },
  measure: "number",
  direction: "increase",
  baseline: { value: 0, date: "2024-12-31" },
  periods: [
    { id: "2025", startOn: "2025-01-01", endOn: "2025-12-31" },
    { id: "2026", startOn: "2026-01-01", endOn: "2026-12-31", target: 100 },
  ],
  values: actual === undefined ? [] : [{ id: `${id}-v`, periodId: "2025", value: actual, state: "approved" }],
  ...(weight === undefined ? {} : { weight }),
});

const elements = [
  { id: "axis-1" },
  { id: "axis-2", weight: 2 },
  { id: "os-1", parentId: "axis-1" },
  { id: "os-2", parentId: "axis-1" },
  { id: "os-3", parentId: "axis-2" },
];

const basePlan = (): ProgressInput => ({
  elements: elements.map((e) => ({ ...e })),
  indicators: [
    indicator("i1", "os-1", 40),
    indicator("i2", "os-1", 90),
    indicator("i3", "os-2", undefined),
    indicator("i4", "os-3", 20, 2),
    indicator("i5", "os-3", 60),
  ],
  activities: [],
});

/** The progress of a deep copy: no array or indicator is shared with an earlier computation. */
const fresh = (plan: ProgressInput, asOf: string, options = {}) =>
  computeProgress(structuredClone(plan), asOf, options);

describe("computeProgress after edits equals a fresh computation", () => {
  const asOf = "2025-12-31";

  it("when an indicator is replaced in place, keeping or changing its element", () => {
    const plan = basePlan();
    computeProgress(plan, asOf);
    const replaced = {
      ...plan,
      indicators: plan.indicators.map((x, i) => (i === 1 ? indicator("i2", "os-1", 10) : x)),
    };
    expect(computeProgress(replaced, asOf)).toEqual(fresh(replaced, asOf));
    // Same length, but the new indicator belongs to another element: both elements' sums change.
    const moved = {
      ...replaced,
      indicators: replaced.indicators.map((x, i) => (i === 0 ? indicator("i1", "os-3", 100) : x)),
    };
    const progress = computeProgress(moved, asOf);
    expect(progress).toEqual(fresh(moved, asOf));
    expect(progress.elements.find((e) => e.id === "os-1")?.score).toBeCloseTo(0.1, 10);
  });

  it("when indicators are removed, added or reordered", () => {
    const plan = basePlan();
    computeProgress(plan, asOf);
    const removed = { ...plan, indicators: plan.indicators.filter((_, i) => i !== 0) };
    expect(computeProgress(removed, asOf)).toEqual(fresh(removed, asOf));
    const added = { ...removed, indicators: [...removed.indicators, indicator("i6", "os-2", 70)] };
    expect(computeProgress(added, asOf)).toEqual(fresh(added, asOf));
    const reordered = { ...added, indicators: [...added.indicators].reverse() };
    expect(computeProgress(reordered, asOf)).toEqual(fresh(reordered, asOf));
    const shorter = { ...reordered, indicators: reordered.indicators.slice(0, 2) };
    expect(computeProgress(shorter, asOf)).toEqual(fresh(shorter, asOf));
  });

  it("for each date and thresholds, on the same plan object", () => {
    const plan = basePlan();
    const runs = [
      [asOf, {}],
      [asOf, { onTrack: 0.5 }],
      [asOf, { atRisk: 0.1 }],
      [asOf, { onTrack: 0.5, atRisk: 0.1 }],
      ["2026-06-30", {}],
      [asOf, {}],
    ] as const;
    for (const [date, options] of runs)
      expect(computeProgress(plan, date, options)).toEqual(fresh(plan, date, options));
    expect(computeProgress(plan, asOf).indicators.map((i) => i.status)).not.toEqual(
      computeProgress(plan, asOf, { onTrack: 0.1, atRisk: 0.05 }).indicators.map((i) => i.status),
    );
  });
});

describe("computeProgress reuses what it computed", () => {
  const asOf = "2025-12-31";

  it("returns the same indicator results and execution for the same plan, date and thresholds", () => {
    const plan = basePlan();
    const first = computeProgress(plan, asOf);
    const again = computeProgress(plan, asOf);
    expect(again.indicators).toBe(first.indicators);
    expect(again.activities).toBe(first.activities);
    expect(again.budget).toBe(first.budget);
    expect(computeProgress(plan, "2026-01-01").activities).not.toBe(first.activities);
    expect(computeProgress({ ...plan, elements: [...plan.elements] }, asOf).budget).not.toBe(first.budget);
  });

  it("keeps the results of the indicators an edit did not touch", () => {
    const plan = basePlan();
    const before = computeProgress(plan, asOf);
    const edited = { ...plan, indicators: plan.indicators.map((x, i) => (i === 2 ? indicator("i3", "os-2", 5) : x)) };
    const after = computeProgress(edited, asOf);
    after.indicators.forEach((entry, i) => {
      if (i === 2) expect(entry).not.toBe(before.indicators[i]);
      else expect(entry).toBe(before.indicators[i]);
    });
    // After indicators were removed, the remaining ones are found by identity.
    const removed = { ...edited, indicators: edited.indicators.slice(1) };
    const last = computeProgress(removed, asOf);
    last.indicators.forEach((entry, i) => {
      expect(entry).toBe(after.indicators[i + 1]);
    });
  });

  it("keeps results per plan array for several dates", () => {
    const plan = basePlan();
    const dates = ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31"];
    const first = dates.map((d) => computeProgress(plan, d));
    dates.forEach((d, i) => {
      expect(computeProgress(plan, d).indicators).toBe(first[i]?.indicators);
    });
  });

  it("freezes what it shares", () => {
    const plan = {
      ...basePlan(),
      activities: [
        {
          id: "a1",
          elementId: "os-1",
          startOn: "2025-01-01",
          endOn: "2025-06-30",
          status: "ongoing",
          budget: [{ year: 2025, funderId: "eu", planned: { amount: 100, currency: "MAD" } }],
        },
      ],
    };
    const p = computeProgress(plan, asOf);
    expect(Object.isFrozen(p.indicators)).toBe(true);
    expect(Object.isFrozen(p.activities.items[0])).toBe(true);
    expect(Object.isFrozen(p.budget.byAxis["axis-1"])).toBe(true);
    expect(Object.isFrozen(p.budget.byYear["2025"])).toBe(true);
    expect(Object.isFrozen(p.budget.byFunder.eu)).toBe(true);
  });
});

describe("computeProgress roll-up", () => {
  it("skips indicators with a negative or NaN weight and counts NaN achievements as without data", () => {
    const plan: ProgressInput = {
      elements: [{ id: "e" }],
      indicators: [indicator("a", "e", 50), indicator("b", "e", 100, -1), indicator("c", "e", 0, Number.NaN)],
      activities: [],
    };
    const p = computeProgress(plan, "2025-12-31");
    expect(p.elements).toEqual([{ id: "e", score: 0.5, coverage: 1 }]);
    const zero = computeProgress(
      { ...plan, indicators: [indicator("a", "e", 50), indicator("b", "e", 100, 0)] },
      "2025-12-31",
    );
    expect(zero.elements).toEqual([{ id: "e", score: 0.5, coverage: 1 }]);
  });

  it("gives an element with nothing under it no score and a coverage of 0", () => {
    const p = computeProgress({ elements: [{ id: "empty" }], indicators: [], activities: [] }, "2025-12-31");
    expect(p.elements).toEqual([{ id: "empty", score: undefined, coverage: 0 }]);
    expect(p.plan).toEqual({ score: undefined, coverage: 0 });
  });

  it("treats an element whose parent is unknown as a top element", () => {
    const plan: ProgressInput = {
      elements: [{ id: "a" }, { id: "b", parentId: "missing" }],
      indicators: [indicator("x", "a", 100), indicator("y", "b", 0)],
      activities: [],
    };
    expect(computeProgress(plan, "2025-12-31").plan).toEqual({ score: 0.5, coverage: 1 });
  });

  it("ends on a cycle of parent links instead of looping", () => {
    const plan: ProgressInput = {
      elements: [
        { id: "a", parentId: "b" },
        { id: "b", parentId: "a" },
      ],
      indicators: [indicator("x", "a", 50)],
      activities: [
        {
          id: "t",
          elementId: "a",
          startOn: "2025-01-01",
          endOn: "2025-01-31",
          status: "done",
          budget: [{ year: 2025, planned: { amount: 5, currency: "MAD" } }],
        },
      ],
    };
    const p = computeProgress(plan, "2025-12-31");
    expect(p.plan).toEqual({ score: undefined, coverage: 0 });
    expect(p.elements.map((e) => e.id)).toEqual(["a", "b"]);
    expect(Object.values(p.budget.byAxis).map((t) => t.planned)).toEqual([5]);
  });
});

describe("computeProgress execution", () => {
  const activity = (id: string, fields: object) => ({
    id,
    elementId: "os-1",
    startOn: "2025-01-11",
    endOn: "2025-01-20",
    status: "ongoing",
    ...fields,
  });
  const run = (activities: ProgressInput["activities"], asOf: string) =>
    computeProgress({ elements, indicators: [], activities }, asOf).activities;

  it("reads elapsed time from the first to the last day, inclusive", () => {
    const a = [activity("a", {})];
    expect(run(a, "2025-01-10").items[0]?.elapsed).toBe(0);
    expect(run(a, "2025-01-11").items[0]?.elapsed).toBe(0.1);
    expect(run(a, "2025-01-19").items[0]?.elapsed).toBe(0.9);
    expect(run(a, "2025-01-20").items[0]?.elapsed).toBe(1);
    expect(run(a, "2025-02-01").items[0]?.elapsed).toBe(1);
  });

  it("counts an activity due from its last day, overdue the day after unless done, and never when cancelled", () => {
    const activities = [
      activity("open", {}),
      activity("done", { status: "done" }),
      activity("cancelled", { status: "cancelled" }),
    ];
    const before = run(activities, "2025-01-19");
    expect([before.due, before.done, before.overdue]).toEqual([0, 1, 0]);
    // On its end date an activity is due but not overdue yet; the day after, it is.
    const on = run(activities, "2025-01-20");
    expect([on.due, on.done, on.overdue]).toEqual([2, 1, 0]);
    const after = run(activities, "2025-01-21");
    expect([after.due, after.done, after.overdue]).toEqual([2, 1, 1]);
    expect(after.items.map((i) => [i.id, i.overdue, i.completion])).toEqual([
      ["open", true, 0],
      ["done", false, 1],
      ["cancelled", false, 0],
    ]);
  });

  it("takes the budget currency from the first line, and dirhams without lines", () => {
    const line = (amount: number) => ({ year: 2025, planned: { amount, currency: "EUR" } });
    const withLines = computeProgress(
      { elements, indicators: [], activities: [activity("a", { budget: [line(3), line(4)] })] },
      "2025-12-31",
    );
    expect(withLines.budget.total).toEqual({ currency: "EUR", planned: 7, committed: 0, spent: 0 });
    expect(withLines.budget.byFunder[""]).toEqual({ currency: "EUR", planned: 7, committed: 0, spent: 0 });
    const none = computeProgress({ elements, indicators: [], activities: [activity("a", {})] }, "2025-12-31");
    expect(none.budget.total).toEqual({ currency: "MAD", planned: 0, committed: 0, spent: 0 });
  });
});
