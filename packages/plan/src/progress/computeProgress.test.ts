import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Indicator } from "../indicator/indicator.js";
import type { LinkedEvent } from "../links/links.js";
import { computeProgress, type ProgressInput } from "./computeProgress.js";

const years = [2025, 2026, 2027, 2028, 2029];
const indicator = (
  id: string,
  elementId: string,
  actual2025: number | undefined,
  weight?: number,
): Indicator & { elementId: string } => ({
  id,
  elementId,
  code: id,
  name: { ar: id },
  measure: "number",
  direction: "increase",
  baseline: { value: 0, date: "2024-12-31" },
  periods: years.map((y) => ({
    id: String(y),
    startOn: `${y}-01-01`,
    endOn: `${y}-12-31`,
    ...(y === 2029 ? { target: 100 } : {}),
  })),
  values: actual2025 === undefined ? [] : [{ id: `${id}-v`, periodId: "2025", value: actual2025, state: "approved" }],
  ...(weight === undefined ? {} : { weight }),
});
const mad = (amount: number) => ({ amount, currency: "MAD" });

/** Scenario 1, reduced: two axes of the Doukkala network's 2025-2029 plan. */
const plan: ProgressInput = {
  elements: [
    { id: "axis-capacity" },
    { id: "axis-advocacy", weight: 3 },
    { id: "os-1", parentId: "axis-capacity" },
    { id: "os-2", parentId: "axis-capacity" },
    { id: "os-3", parentId: "axis-advocacy" },
  ],
  indicators: [
    indicator("i1", "os-1", 40), // 0.4
    indicator("i2", "os-1", 150), // 1.5, clamped 1
    indicator("i3", "os-2", undefined), // no data
    indicator("i4", "os-3", 20, 2), // 0.2
    indicator("i5", "os-3", undefined, 2), // no data
  ],
  activities: [
    {
      id: "a1",
      elementId: "os-1",
      startOn: "2025-01-01",
      endOn: "2025-12-31",
      status: "done",
      budget: [{ year: 2025, funderId: "eu", planned: mad(10_000_00), spent: mad(9_500_00) }],
    },
    {
      id: "a2",
      elementId: "os-3",
      startOn: "2025-06-01",
      endOn: "2025-12-31",
      status: "ongoing",
      completion: 0.5,
      budget: [{ year: 2025, planned: mad(5_000_00), committed: mad(1_000_00) }],
    },
    { id: "a3", elementId: "os-3", startOn: "2026-01-01", endOn: "2026-12-31", status: "planned" },
  ],
};

describe("computeProgress", () => {
  const p = computeProgress(plan, "2026-01-01");

  it("rolls indicators up to elements and the plan with weights and coverage (docs/indicators.md)", () => {
    const el = Object.fromEntries(p.elements.map((e) => [e.id, e]));
    expect(el["os-1"]).toMatchObject({ score: 0.7, coverage: 1 }); // mean(0.4, 1)
    expect(el["os-2"]).toMatchObject({ score: undefined, coverage: 0 });
    expect(el["os-3"]).toMatchObject({ score: 0.2, coverage: 0.5 });
    expect(el["axis-capacity"]).toMatchObject({ score: 0.7, coverage: 0.5 }); // os-2 has no data
    expect(el["axis-advocacy"]).toMatchObject({ score: 0.2, coverage: 1 });
    expect(p.plan.score).toBeCloseTo((0.7 * 1 + 0.2 * 3) / 4);
    expect(p.plan.coverage).toBe(1);
  });

  it("reports activity execution as of the date", () => {
    expect(p.activities).toMatchObject({ due: 2, done: 1, overdue: 1 });
    expect(p.activities.items.find((a) => a.id === "a3")).toMatchObject({
      elapsed: 1 / 365,
      completion: 0,
      overdue: false,
    });
  });

  it("sums the budget exactly by axis, year and funder", () => {
    expect(p.budget.total).toEqual({ currency: "MAD", planned: 15_000_00, committed: 1_000_00, spent: 9_500_00 });
    expect(p.budget.byAxis["axis-capacity"]?.planned).toBe(10_000_00);
    expect(p.budget.byAxis["axis-advocacy"]?.committed).toBe(1_000_00);
    expect(p.budget.byFunder.eu?.spent).toBe(9_500_00);
    expect(p.budget.byFunder[""]?.planned).toBe(5_000_00);
    expect(p.budget.byYear["2025"]?.planned).toBe(15_000_00);
  });

  it("recomputes an edited indicator and keeps the others", () => {
    const edited = {
      ...plan,
      indicators: plan.indicators.map((i) => (i.id === "i1" ? indicator("i1", "os-1", 100) : i)),
    };
    const q = computeProgress(edited, "2026-01-01");
    expect(q.elements.find((e) => e.id === "os-1")?.score).toBe(1);
    expect(q.indicators.find((i) => i.id === "i4")).toEqual(p.indicators.find((i) => i.id === "i4"));
  });

  it("keeps every score and coverage in [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -500, max: 500 }), { nil: undefined }), { minLength: 5, maxLength: 5 }),
        (actuals) => {
          const q = computeProgress(
            { ...plan, indicators: plan.indicators.map((i, k) => indicator(i.id, i.elementId, actuals[k], i.weight)) },
            "2026-01-01",
          );
          for (const r of [...q.elements, q.plan]) {
            expect(r.coverage).toBeGreaterThanOrEqual(0);
            expect(r.coverage).toBeLessThanOrEqual(1);
            if (r.score !== undefined) {
              expect(r.score).toBeGreaterThanOrEqual(0);
              expect(r.score).toBeLessThanOrEqual(1);
            }
          }
        },
      ),
    );
  });

  it("gives after any sequence of edits what a computation without memory gives", () => {
    // Each step replaces, moves or reweights indicators, keeping untouched ones (as applyCommand does);
    // the memoized result must equal the one computed on a deep copy, which shares no object with it.
    const step = fc.record({
      index: fc.nat({ max: 4 }),
      kind: fc.constantFrom("value", "weight", "move", "reorder", "remove"),
      actual: fc.option(fc.integer({ min: -100, max: 300 }), { nil: undefined }),
      weight: fc.integer({ min: 0, max: 4 }),
      element: fc.constantFrom("os-1", "os-2", "os-3"),
      asOf: fc.constantFrom("2025-12-31", "2026-01-01", "2027-06-30"),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        let current: ProgressInput = plan;
        for (const s of steps) {
          const list = [...current.indicators];
          const at = s.index % Math.max(list.length, 1);
          const old = list[at];
          if (old !== undefined) {
            if (s.kind === "value") list[at] = indicator(old.id, old.elementId, s.actual, old.weight);
            else if (s.kind === "weight") list[at] = { ...old, weight: s.weight };
            else if (s.kind === "move") list[at] = { ...old, elementId: s.element };
            else if (s.kind === "reorder") list.push(...list.splice(0, at + 1));
            else list.splice(at, 1);
          }
          current = { ...current, indicators: list };
          const memoized = computeProgress(current, s.asOf);
          expect(memoized).toEqual(computeProgress(structuredClone(current), s.asOf));
        }
      }),
    );
  });

  it("gives with events, after any sequence of edits, what a computation without memory gives", () => {
    // Steps edit the activities (a new array keeping the untouched ones, as applyCommand does), the events (a new
    // list, or the same list changed in place: the event counts must never come from the cache) and the date;
    // each computation runs with or without events. The memoized result must equal the one computed on deep
    // copies, and a computation without events must carry no event counts.
    const PLAN = "plan-doukkala";
    const start: ProgressInput = { ...plan, id: PLAN };
    const step = fc.record({
      kind: fc.constantFrom("status", "dates", "add-event", "remove-event", "link-session", "push-in-place"),
      index: fc.nat({ max: 5 }),
      activity: fc.constantFrom("a1", "a2", "a3", "a9"),
      planId: fc.constantFrom(PLAN, PLAN, "plan-other"),
      on: fc.constantFrom("2025-03-01", "2025-07-15", "2026-02-01"),
      asOf: fc.constantFrom("2025-06-30", "2026-01-01", "2026-12-31"),
      withEvents: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        let current = start;
        let events: LinkedEvent[] = [];
        let serial = 0;
        for (const s of steps) {
          const newEvent = (): LinkedEvent => ({
            id: `ev-${serial++}`,
            startOn: s.on,
            endOn: s.on,
            planActivities: [{ planId: s.planId, activityId: s.activity }],
            sessions: [{ id: "s-1", on: s.on }],
          });
          const at = s.index % Math.max(current.activities.length, 1);
          if (s.kind === "status" || s.kind === "dates") {
            current = {
              ...current,
              activities: current.activities.map((a, k) =>
                k !== at ? a : s.kind === "status" ? { ...a, status: "done" } : { ...a, startOn: s.on, endOn: s.on },
              ),
            };
          } else if (s.kind === "add-event") events = [...events, newEvent()];
          else if (s.kind === "remove-event") events = events.filter((_, k) => k !== s.index % (events.length || 1));
          else if (s.kind === "link-session") {
            events = events.map((e, k) =>
              k !== s.index % (events.length || 1)
                ? e
                : {
                    ...e,
                    sessions: [
                      ...(e.sessions ?? []),
                      { id: `s-${serial++}`, on: s.on, planActivities: [{ planId: s.planId, activityId: s.activity }] },
                    ],
                  },
            );
          } else events.push(newEvent()); // the same list, changed in place
          const memoized = computeProgress(current, s.asOf, s.withEvents ? { events } : {});
          const fresh = computeProgress(
            structuredClone(current),
            s.asOf,
            s.withEvents ? { events: structuredClone(events) } : {},
          );
          expect(memoized).toEqual(fresh);
          if (!s.withEvents) expect(memoized.activities.items.some((a) => "events" in a)).toBe(false);
        }
      }),
    );
  });

  it("reads an events list changed in place on every call", () => {
    const events: LinkedEvent[] = [];
    const p = { ...plan, id: "p" };
    expect(computeProgress(p, "2026-01-01", { events }).activities.events).toEqual({ held: 0, planned: 0 });
    events.push({
      id: "ev",
      startOn: "2025-06-01",
      endOn: "2025-06-01",
      planActivities: [{ planId: "p", activityId: "a2" }],
    });
    const after = computeProgress(p, "2026-01-01", { events });
    expect(after.activities.events).toEqual({ held: 1, planned: 0 });
    expect(after.activities.items.find((a) => a.id === "a2")?.events).toEqual({ held: 1, planned: 0 });
  });
});
