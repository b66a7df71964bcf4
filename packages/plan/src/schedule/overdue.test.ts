import { addDaysToDate } from "@madani/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeProgress } from "../progress/computeProgress.js";
import { isMilestoneOverdue, isOverdue } from "./overdue.js";
import { schedule } from "./schedule.js";

describe("isOverdue", () => {
  it("is false on the end date and true from the day after, unless done or cancelled", () => {
    const a = (status: string) => ({ endOn: "2026-03-31", status });
    expect(isOverdue(a("ongoing"), "2026-03-30")).toBe(false);
    expect(isOverdue(a("ongoing"), "2026-03-31")).toBe(false);
    expect(isOverdue(a("ongoing"), "2026-04-01")).toBe(true);
    expect(["planned", "ongoing", "postponed", "done", "cancelled"].map((s) => isOverdue(a(s), "2026-04-01"))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it("applies the same rule to milestones, done on or before the date or not", () => {
    const m = { dueOn: "2026-06-30" };
    expect([isMilestoneOverdue(m, "2026-06-30"), isMilestoneOverdue(m, "2026-07-01")]).toEqual([false, true]);
    expect(isMilestoneOverdue({ ...m, doneOn: "2026-06-28" }, "2026-07-01")).toBe(false);
    // Reached after the date it is read on: still overdue on that date.
    expect(isMilestoneOverdue({ ...m, doneOn: "2026-07-10" }, "2026-07-01")).toBe(true);
  });

  it("law: progress and the schedule agree on every activity and date", () => {
    const status = fc.constantFrom("planned", "ongoing", "done", "postponed", "cancelled");
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.nat(60), length: fc.nat(40), status }), { minLength: 1, maxLength: 8 }),
        fc.nat(120),
        (specs, day) => {
          const activities = specs.map((s, i) => ({
            id: `a${i}`,
            elementId: "e",
            startOn: addDaysToDate("2026-01-01", s.start),
            endOn: addDaysToDate("2026-01-01", s.start + s.length),
            status: s.status,
          }));
          const asOf = addDaysToDate("2026-01-01", day);
          const progress = computeProgress({ elements: [{ id: "e" }], indicators: [], activities }, asOf);
          const scheduled = schedule(activities, { asOf });
          if (!scheduled.ok) throw new Error("schedule refused independent activities");
          const expected = activities.map((a) => isOverdue(a, asOf));
          expect(progress.activities.items.map((i) => i.overdue)).toEqual(expected);
          expect(scheduled.value.activities.map((a) => a.overdue)).toEqual(expected);
          expect(progress.activities.overdue).toBe(expected.filter(Boolean).length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
