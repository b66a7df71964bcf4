import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Indicator } from "../indicator/indicator.js";
import { applyCommand, type EditablePlan, redo, undo } from "./applyCommand.js";

const deepFreeze = <T>(v: T): T => {
  if (v !== null && typeof v === "object") {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
};

const indicator = (id: string, measure: Indicator["measure"] = "number"): Indicator & { elementId: string } => ({
  id,
  elementId: "os-1",
  code: id,
  name: { fr: id },
  measure,
  direction: "increase",
  periods: [2025, 2026].map((y) => ({ id: String(y), startOn: `${y}-01-01`, endOn: `${y}-12-31`, target: 10 })),
  values: [],
});

const plan: EditablePlan = deepFreeze({
  period: { startOn: "2025-01-01", endOn: "2029-12-31" },
  elements: [{ id: "axis-1" }, { id: "os-1" }],
  indicators: [indicator("i-trained"), indicator("i-women", "percentage")],
  activities: [{ id: "a-1", startOn: "2025-03-01", endOn: "2025-03-03", status: "planned" }],
});
const meta = { author: "secrétariat du réseau", at: "2026-01-05T09:00:00+01:00", reason: "Bilan 2025" };
const codes = (r: { ok: boolean; issues?: readonly { code: string }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.code);

describe("applyCommand", () => {
  it("returns a new frozen plan and a revision with patches; untouched branches are shared", () => {
    const r = applyCommand(
      plan,
      { type: "add-value", indicatorId: "i-trained", value: { id: "v1", periodId: "2025", value: 7, state: "draft" } },
      meta,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.plan.indicators[0]?.values).toHaveLength(1);
    expect(plan.indicators[0]?.values).toHaveLength(0);
    expect(r.value.plan.indicators[1]).toBe(plan.indicators[1]);
    expect(r.value.plan.activities).toBe(plan.activities);
    expect(Object.isFrozen(r.value.plan.indicators[0]?.values[0])).toBe(true);
    expect(r.value.revision).toMatchObject({ author: meta.author, at: meta.at, reason: meta.reason });
    expect(r.value.revision.patches.length).toBeGreaterThan(0);
  });

  it("refuses bad commands with stable codes and leaves the plan unchanged", () => {
    expect(codes(applyCommand(plan, { type: "lock-period", indicatorId: "nope", periodId: "2025" }, meta))).toEqual([
      "command.not_found",
    ]);
    expect(
      codes(
        applyCommand(
          plan,
          {
            type: "add-value",
            indicatorId: "i-women",
            value: { id: "v", periodId: "2025", value: 140, state: "draft" },
          },
          meta,
        ),
      ),
    ).toEqual(["command.wrong_measure"]);
    expect(
      codes(
        applyCommand(
          plan,
          { type: "reschedule-activity", activityId: "a-1", startOn: "2030-01-01", endOn: "2030-01-02" },
          meta,
        ),
      ),
    ).toEqual(["command.date_outside"]);
    expect(codes(applyCommand(plan, { type: "set-weight", target: "element", id: "x", weight: 1 }, meta))).toEqual([
      "command.not_found",
    ]);
    expect(codes(applyCommand(plan, { type: "explode" }, meta))).toEqual(["schema.invalid_value"]);
    expect(
      codes(
        applyCommand(
          plan,
          { type: "lock-period", indicatorId: "i-trained", periodId: "2025" },
          { author: "", at: "now" },
        ),
      ),
    ).toContain("schema.too_small");
  });

  it("refuses to change a locked period", () => {
    const locked = applyCommand(plan, { type: "lock-period", indicatorId: "i-trained", periodId: "2025" }, meta);
    if (!locked.ok) throw new Error("lock failed");
    const r = applyCommand(
      locked.value.plan,
      { type: "set-target", indicatorId: "i-trained", periodId: "2025", target: 12 },
      meta,
    );
    expect(codes(r)).toEqual(["command.period_locked"]);
  });

  it("undo after apply gives back an equal plan, and redo the edited one", () => {
    const command = fc.oneof(
      fc.record({
        type: fc.constant("set-target" as const),
        indicatorId: fc.constantFrom("i-trained", "i-women"),
        periodId: fc.constantFrom("2025", "2026"),
        target: fc.integer({ min: 0, max: 500 }),
      }),
      fc.record({
        type: fc.constant("lock-period" as const),
        indicatorId: fc.constantFrom("i-trained", "i-women"),
        periodId: fc.constantFrom("2025", "2026"),
      }),
      fc.record({
        type: fc.constant("set-activity-status" as const),
        activityId: fc.constant("a-1"),
        status: fc.constantFrom("ongoing", "done", "postponed"),
      }),
      fc.record({
        type: fc.constant("set-weight" as const),
        target: fc.constant("element" as const),
        id: fc.constantFrom("axis-1", "os-1"),
        weight: fc.integer({ min: 0, max: 10 }),
      }),
      fc.record({
        type: fc.constant("add-value" as const),
        indicatorId: fc.constant("i-trained"),
        value: fc.record({
          id: fc.constant("v-new"),
          periodId: fc.constantFrom("2025", "2026"),
          value: fc.integer({ min: 0, max: 100 }),
          state: fc.constantFrom("draft" as const, "approved" as const),
        }),
      }),
    );
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 6 }), (commands) => {
        let current = plan;
        const history: { before: EditablePlan; revision: Parameters<typeof undo>[1] }[] = [];
        for (const c of commands) {
          const r = applyCommand(current, c, meta);
          if (!r.ok) continue; // e.g. a change to a period locked by an earlier command
          history.push({ before: current, revision: r.value.revision });
          current = r.value.plan;
        }
        const last = current;
        for (const { before, revision } of [...history].reverse()) {
          current = undo(current, revision);
          expect(current).toEqual(before);
        }
        expect(current).toEqual(plan);
        for (const { revision } of history) current = redo(current, revision);
        expect(current).toEqual(last);
      }),
    );
  });
});
