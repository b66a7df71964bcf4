import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Indicator } from "../indicator/indicator.js";
import type { Plan } from "../plan/plan.js";
import { validatePlan } from "../plan/validate.js";
import { applyCommand, type EditablePlan, redo, undo } from "./applyCommand.js";
import { editMessages } from "./messages.js";

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

  it("sets the life-of-project target with set-target without a period, and describes the change", () => {
    const r = applyCommand(plan, { type: "set-target", indicatorId: "i-trained", target: 120 }, meta);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.plan.indicators[0]?.lopTarget).toBe(120);
    expect(r.value.plan.indicators[0]?.periods).toBe(plan.indicators[0]?.periods);
    expect(plan.indicators[0]?.lopTarget).toBeUndefined();
    expect(undo(r.value.plan, r.value.revision).indicators[0]?.lopTarget).toBeUndefined();
  });

  it("takes a ratio as a numerator and a denominator, or as a value on its own, not both", () => {
    const withRatio: EditablePlan = { ...plan, indicators: [...plan.indicators, indicator("i-ratio", "ratio")] };
    const add = (value: Record<string, number>) =>
      codes(
        applyCommand(
          withRatio,
          { type: "add-value", indicatorId: "i-ratio", value: { id: "v", periodId: "2025", state: "draft", ...value } },
          meta,
        ),
      );
    expect(add({ numerator: 150, denominator: 6 })).toEqual([]);
    expect(add({ value: 25 })).toEqual([]);
    expect(add({ value: 25, numerator: 150, denominator: 6 })).toEqual(["command.wrong_measure"]);
    expect(add({ numerator: 150 })).toEqual(["command.wrong_measure"]);
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
    ).toEqual(["command.meta", "command.meta"]);
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
          state: fc.constantFrom("draft" as const, "submitted" as const),
        }),
      }),
      fc.record({
        type: fc.constant("set-value-state" as const),
        indicatorId: fc.constant("i-trained"),
        valueId: fc.constant("v-new"),
        state: fc.constantFrom("draft" as const, "submitted" as const, "returned" as const, "approved" as const),
        comment: fc.constant("À revoir"),
      }),
    );
    // Two people, so that the workflow's four eyes let some reviews through.
    const people = fc.constantFrom(meta, { ...meta, author: "chargée de suivi-évaluation" });
    fc.assert(
      fc.property(fc.array(fc.tuple(command, people), { minLength: 1, maxLength: 8 }), (commands) => {
        let current = plan;
        const history: { before: EditablePlan; revision: Parameters<typeof undo>[1] }[] = [];
        for (const [c, m] of commands) {
          const r = applyCommand(current, c, m);
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

  describe("structure: elements, indicators, activities, contributions", () => {
    const framework: EditablePlan = deepFreeze({
      period: { startOn: "2025-01-01", endOn: "2029-12-31" },
      template: { kind: "default" },
      elements: [
        { id: "axis-1", tier: "axis" },
        { id: "os-1", parentId: "axis-1", tier: "objective" },
      ],
      indicators: [indicator("i-trained")],
      activities: [
        { id: "a-1", elementId: "os-1", startOn: "2025-03-01", endOn: "2025-03-03", status: "planned" },
        {
          id: "a-2",
          elementId: "os-1",
          startOn: "2025-04-01",
          endOn: "2025-04-03",
          status: "planned",
          dependsOn: [{ activityId: "a-1" }],
        },
      ],
      communication: { actionActivityIds: ["a-2"] },
    });
    const element = {
      id: "er-1",
      parentId: "os-1",
      tier: "result",
      code: "R1.1",
      title: { ar: "جمعيات الشبكة متمكنة من التخطيط الاستراتيجي" },
    };
    const activity = {
      id: "a-3",
      elementId: "er-1",
      code: "A1.1.1",
      title: { fr: "Atelier de planification à El Jadida" },
      startOn: "2025-05-10",
      endOn: "2025-05-12",
      status: "planned",
      dependsOn: [{ activityId: "a-1", lagDays: 7 }],
    };
    const contribution = {
      id: "c-1",
      workshop: "ورشة سيدي بنور",
      stakeholderGroup: "جمعيات نسائية",
      proposal: { ar: "إدراج محور للترافع حول الولوج إلى العدالة" },
      handling: "pending",
    };
    const apply = (p: EditablePlan, c: unknown) => applyCommand(p, c, meta);
    const ok = (r: ReturnType<typeof apply>) => {
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      return r.value.plan;
    };

    it("adds an element, an activity under it and an indicator, then removes them in reverse order", () => {
      const p1 = ok(apply(framework, { type: "add-element", element }));
      const p2 = ok(apply(p1, { type: "add-activity", activity }));
      const p3 = ok(apply(p2, { type: "add-indicator", indicator: { ...indicator("i-new"), elementId: "er-1" } }));
      expect(p3.elements.map((e) => e.id)).toEqual(["axis-1", "os-1", "er-1"]);
      expect(p3.activities.map((a) => a.id)).toEqual(["a-1", "a-2", "a-3"]);
      expect(p3.indicators[0]).toBe(framework.indicators[0]);
      expect(Object.isFrozen(p3.activities[2])).toBe(true);
      // The element is in use until its activity and indicator are gone.
      expect(codes(apply(p3, { type: "remove-element", id: "er-1" }))).toEqual(["command.in_use"]);
      const p4 = ok(apply(p3, { type: "remove-indicator", id: "i-new" }));
      const p5 = ok(apply(p4, { type: "remove-activity", id: "a-3" }));
      const p6 = ok(apply(p5, { type: "remove-element", id: "er-1" }));
      expect(p6).toEqual(framework);
    });

    it("updates an element's texts and records contributions and how they were handled", () => {
      const p1 = ok(
        apply(framework, {
          type: "update-element",
          id: "os-1",
          changes: { code: "OS1", title: { fr: "Renforcer les capacités des associations membres" } },
        }),
      );
      expect(p1.elements[1]).toMatchObject({ code: "OS1", parentId: "axis-1" });
      const p2 = ok(apply(p1, { type: "add-contribution", contribution }));
      const p3 = ok(
        apply(p2, {
          type: "set-contribution-handling",
          contributionId: "c-1",
          handling: "adopted",
          elementId: "os-1",
        }),
      );
      expect(p3.contributions?.[0]).toMatchObject({ handling: "adopted", elementId: "os-1" });
      expect(codes(apply(p3, { type: "remove-element", id: "os-1" }))).toEqual(["command.in_use"]);
    });

    it("refuses structural commands that would break the plan, with stable codes", () => {
      const cases: [unknown, string][] = [
        [{ type: "add-element", element: { ...element, id: "os-1" } }, "command.duplicate_id"],
        [{ type: "add-element", element: { ...element, parentId: "nope" } }, "command.not_found"],
        [{ type: "add-element", element: { ...element, tier: "activity" } }, "command.wrong_tier"],
        [{ type: "add-element", element: { ...element, parentId: "os-1", tier: "axis" } }, "command.wrong_tier"],
        [{ type: "update-element", id: "nope", changes: { code: "X" } }, "command.not_found"],
        [{ type: "remove-element", id: "axis-1" }, "command.in_use"],
        [{ type: "add-indicator", indicator: { ...indicator("i-trained") } }, "command.duplicate_id"],
        [{ type: "add-indicator", indicator: { ...indicator("i-x"), elementId: "nope" } }, "command.not_found"],
        [{ type: "remove-indicator", id: "nope" }, "command.not_found"],
        [{ type: "add-activity", activity: { ...activity, elementId: "os-1", id: "a-1" } }, "command.duplicate_id"],
        [{ type: "add-activity", activity: { ...activity, elementId: "nope" } }, "command.not_found"],
        [
          { type: "add-activity", activity: { ...activity, elementId: "os-1", endOn: "2030-01-01" } },
          "command.date_outside",
        ],
        [
          { type: "add-activity", activity: { ...activity, elementId: "os-1", endOn: "2025-05-01" } },
          "command.date_outside",
        ],
        [
          { type: "add-activity", activity: { ...activity, elementId: "os-1", dependsOn: [{ activityId: "zz" }] } },
          "command.not_found",
        ],
        [{ type: "remove-activity", id: "a-1" }, "command.in_use"],
        [{ type: "remove-activity", id: "a-2" }, "command.in_use"],
        [
          { type: "add-contribution", contribution: { ...contribution, handling: "rejected" } },
          "command.reason_required",
        ],
        [{ type: "add-contribution", contribution: { ...contribution, elementId: "nope" } }, "command.not_found"],
        [{ type: "set-contribution-handling", contributionId: "c-9", handling: "adopted" }, "command.not_found"],
      ];
      for (const [command, code] of cases) {
        expect({ command, codes: codes(apply(framework, command)) }).toEqual({ command, codes: [code] });
      }
      const locked = ok(apply(framework, { type: "lock-period", indicatorId: "i-trained", periodId: "2025" }));
      expect(codes(apply(locked, { type: "remove-indicator", id: "i-trained" }))).toEqual(["command.period_locked"]);
      const withContribution = ok(apply(framework, { type: "add-contribution", contribution }));
      const rejected = apply(withContribution, {
        type: "set-contribution-handling",
        contributionId: "c-1",
        handling: "rejected",
      });
      expect(codes(rejected)).toEqual(["command.reason_required"]);
      const fr = applyCommand(framework, { type: "remove-activity", id: "a-1" }, meta, { locale: "fr" });
      expect(fr.ok ? "" : fr.issues[0]?.message).toBe(
        "Impossible de supprimer « a-1 » (activity) : « a-2 » y fait référence.",
      );
    });

    it("refuses an id held by an item of another kind: elements, indicators and activities share one id space", () => {
      const milestone = (id: string) => ({ id, title: { fr: "Rapport d'atelier" }, dueOn: "2025-05-12" });
      const cases: [unknown, (string | number)[], Record<string, string>][] = [
        [
          { type: "add-indicator", indicator: { ...indicator("a-1"), elementId: "os-1" } },
          ["command", "indicator", "id"],
          { id: "a-1", kind: "activity" },
        ],
        [
          { type: "add-indicator", indicator: { ...indicator("os-1"), elementId: "os-1" } },
          ["command", "indicator", "id"],
          { id: "os-1", kind: "element" },
        ],
        [
          { type: "add-activity", activity: { ...activity, elementId: "os-1", id: "i-trained" } },
          ["command", "activity", "id"],
          { id: "i-trained", kind: "indicator" },
        ],
        [
          { type: "add-activity", activity: { ...activity, elementId: "os-1", id: "axis-1" } },
          ["command", "activity", "id"],
          { id: "axis-1", kind: "element" },
        ],
        [
          { type: "add-element", element: { ...element, id: "a-2" } },
          ["command", "element", "id"],
          { id: "a-2", kind: "activity" },
        ],
        [
          { type: "add-element", element: { ...element, id: "i-trained" } },
          ["command", "element", "id"],
          { id: "i-trained", kind: "indicator" },
        ],
        // Milestone ids are unique within their activity.
        [
          {
            type: "add-activity",
            activity: {
              ...activity,
              elementId: "os-1",
              milestones: [milestone("m-1"), milestone("m-2"), milestone("m-1")],
            },
          },
          ["command", "activity", "milestones", 2, "id"],
          { id: "m-1", kind: "milestone" },
        ],
      ];
      for (const [command, path, params] of cases) {
        const r = apply(framework, command);
        expect({ command, issues: r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params]) }).toEqual({
          command,
          issues: [["command.duplicate_id", path, params]],
        });
      }
      const withContribution = ok(apply(framework, { type: "add-contribution", contribution }));
      const again = apply(withContribution, { type: "add-contribution", contribution });
      expect(again.ok ? [] : again.issues.map((i) => [i.code, i.path, i.params])).toEqual([
        ["command.duplicate_id", ["command", "contribution", "id"], { id: "c-1", kind: "contribution" }],
      ]);
      // Other lists have ids of their own: a contribution or a milestone may reuse an activity's id.
      ok(apply(framework, { type: "add-contribution", contribution: { ...contribution, id: "a-1" } }));
      ok(
        apply(framework, {
          type: "add-activity",
          activity: { ...activity, elementId: "os-1", milestones: [milestone("a-1")] },
        }),
      );
      const messages = (["ar", "fr", "en"] as const).map((locale) => {
        const r = applyCommand(
          framework,
          { type: "add-indicator", indicator: { ...indicator("a-1"), elementId: "os-1" } },
          meta,
          { locale },
        );
        return r.ok ? "" : r.issues[0]?.message;
      });
      expect(messages).toEqual([
        "المعرف «a-1» مستعمل من قبل (activity).",
        "L'identifiant « a-1 » est déjà utilisé (activity).",
        "The id “a-1” is already used (activity).",
      ]);
    });

    it("undo after any structural command gives back an equal plan", () => {
      const command = fc.oneof(
        fc.constant({ type: "add-element", element }),
        fc.constant({ type: "add-contribution", contribution }),
        fc.constant({ type: "add-activity", activity: { ...activity, elementId: "os-1", id: "a-4" } }),
        fc.constant({ type: "remove-activity", id: "a-4" }),
        fc.constant({ type: "remove-indicator", id: "i-trained" }),
        fc.constant({ type: "update-element", id: "axis-1", changes: { title: { ar: "محور التمكين" } } }),
        fc.constant({
          type: "set-contribution-handling",
          contributionId: "c-1",
          handling: "rejected",
          reason: { fr: "Hors du mandat du réseau" },
        }),
        fc.constant({ type: "remove-element", id: "er-1" }),
      );
      fc.assert(
        fc.property(fc.array(command, { minLength: 1, maxLength: 8 }), (commands) => {
          let current = framework;
          const history: { before: EditablePlan; revision: Parameters<typeof undo>[1] }[] = [];
          for (const c of commands) {
            const r = apply(current, c);
            if (!r.ok) continue;
            history.push({ before: current, revision: r.value.revision });
            current = r.value.plan;
          }
          for (const { before, revision } of [...history].reverse()) {
            current = undo(current, revision);
            expect(current).toEqual(before);
          }
          expect(current).toEqual(framework);
        }),
      );
    });
  });

  describe("budget lines, milestones and a consistent status", () => {
    const MAD = (dirhams: number) => ({ amount: dirhams * 100, currency: "MAD" });
    const tracked: EditablePlan = deepFreeze({
      period: { startOn: "2025-01-01", endOn: "2029-12-31" },
      elements: [{ id: "os-1" }],
      indicators: [],
      activities: [
        {
          id: "a-1",
          startOn: "2025-03-01",
          endOn: "2025-06-30",
          status: "ongoing",
          completion: 0.4,
          milestones: [{ id: "m-1", dueOn: "2025-04-30" }],
          budget: [{ year: 2025, funderId: "eu", planned: MAD(10000), committed: MAD(6000) }],
        },
        { id: "a-2", startOn: "2025-09-01", endOn: "2025-09-30", status: "planned" },
      ],
      funders: [{ id: "eu" }, { id: "region" }],
    });
    const apply = (p: EditablePlan, c: unknown, locale?: "ar" | "fr" | "en") =>
      applyCommand(p, c, meta, locale === undefined ? {} : { locale });
    const ok = (r: ReturnType<typeof apply>) => {
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      return r.value.plan;
    };

    it("records a new planned amount as a revision: the original kept, dated, with the edit's reason", () => {
      const revise = (p: EditablePlan, amount: number, at: string, reason?: string) => {
        const r = applyCommand(
          p,
          { type: "set-budget-line", activityId: "a-1", year: 2025, funderId: "eu", planned: MAD(amount) },
          { author: "trésorier", at, ...(reason === undefined ? {} : { reason }) },
        );
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        return r.value;
      };
      const first = revise(tracked, 12000, "2025-05-02T10:00:00+01:00", "Avenant n° 1 de la convention");
      const second = revise(first.plan, 9000, "2025-09-15T16:30:00+01:00");
      expect(second.plan.activities[0]?.budget?.[0]).toEqual({
        year: 2025,
        funderId: "eu",
        planned: MAD(9000),
        committed: MAD(6000),
        original: MAD(10000),
        revisions: [
          { on: "2025-05-02", planned: MAD(12000), reason: "Avenant n° 1 de la convention" },
          { on: "2025-09-15", planned: MAD(9000) },
        ],
      });
      // The same amount again is no revision; undo gives the line back as it was.
      expect(
        revise(second.plan, 9000, "2025-10-01T09:00:00+01:00").plan.activities[0]?.budget?.[0]?.revisions,
      ).toHaveLength(2);
      expect(undo(first.plan, first.revision).activities[0]?.budget?.[0]).toEqual(tracked.activities[0]?.budget?.[0]);
    });

    it("creates a budget line, then updates it field by field", () => {
      const p1 = ok(apply(tracked, { type: "set-budget-line", activityId: "a-2", year: 2025, planned: MAD(3000) }));
      expect(p1.activities[1]?.budget).toEqual([{ year: 2025, planned: MAD(3000) }]);
      expect(p1.activities[0]).toBe(tracked.activities[0]);
      const p2 = ok(
        apply(p1, { type: "set-budget-line", activityId: "a-1", year: 2025, funderId: "eu", spent: MAD(5500) }),
      );
      expect(p2.activities[0]?.budget).toEqual([
        { year: 2025, funderId: "eu", planned: MAD(10000), committed: MAD(6000), spent: MAD(5500) },
      ]);
      expect(Object.isFrozen(p2.activities[0]?.budget?.[0])).toBe(true);
      // Same year, another funder: another line.
      const p3 = ok(
        apply(p2, {
          type: "set-budget-line",
          activityId: "a-1",
          year: 2026,
          funderId: "region",
          planned: MAD(2000),
          committed: MAD(2000),
        }),
      );
      expect(p3.activities[0]?.budget?.map((l) => [l.year, l.funderId])).toEqual([
        [2025, "eu"],
        [2026, "region"],
      ]);
    });

    it("records a milestone's date and clears it", () => {
      const p1 = ok(
        apply(tracked, { type: "set-milestone", activityId: "a-1", milestoneId: "m-1", doneOn: "2025-04-28" }),
      );
      expect(p1.activities[0]?.milestones).toEqual([{ id: "m-1", dueOn: "2025-04-30", doneOn: "2025-04-28" }]);
      const p2 = ok(apply(p1, { type: "set-milestone", activityId: "a-1", milestoneId: "m-1" }));
      expect(p2.activities[0]?.milestones).toEqual([{ id: "m-1", dueOn: "2025-04-30" }]);
      expect(p2).toEqual(tracked);
    });

    it("sets the completion of an activity marked done without one to 1", () => {
      const p1 = ok(apply(tracked, { type: "set-activity-status", activityId: "a-1", status: "done" }));
      expect(p1.activities[0]).toMatchObject({ status: "done", completion: 1 });
      const p2 = ok(apply(tracked, { type: "set-activity-status", activityId: "a-2", status: "done" }));
      expect(p2.activities[1]).not.toHaveProperty("completion");
      const p3 = ok(apply(tracked, { type: "set-activity-status", activityId: "a-2", status: "done", completion: 1 }));
      expect(p3.activities[1]).toMatchObject({ status: "done", completion: 1 });
    });

    it("refuses inconsistent budget lines, milestones and statuses with stable codes, leaving the plan as it was", () => {
      const before = structuredClone(tracked);
      const budget = (fields: Record<string, unknown>) => ({
        type: "set-budget-line",
        activityId: "a-1",
        year: 2025,
        funderId: "eu",
        ...fields,
      });
      const cases: [unknown, string, (string | number)[]][] = [
        [
          { type: "set-activity-status", activityId: "a-1", status: "done", completion: 0.7 },
          "command.inconsistent_status",
          ["command", "completion"],
        ],
        [
          budget({ committed: { amount: 100, currency: "EUR" } }),
          "command.currency_mismatch",
          ["command", "committed", "currency"],
        ],
        // A new line takes the plan's currency.
        [
          { type: "set-budget-line", activityId: "a-2", year: 2025, planned: { amount: 100, currency: "EUR" } },
          "command.currency_mismatch",
          ["command", "planned", "currency"],
        ],
        [budget({ committed: MAD(10001) }), "command.committed_over_planned", ["command", "committed"]],
        [budget({ planned: MAD(5999) }), "command.committed_over_planned", ["command", "planned"]],
        [budget({ spent: MAD(6001) }), "command.spent_over_committed", ["command", "spent"]],
        [budget({ committed: MAD(100), spent: MAD(200) }), "command.spent_over_committed", ["command", "spent"]],
        [
          { type: "set-budget-line", activityId: "a-2", year: 2025, spent: MAD(10) },
          "command.not_found",
          ["command", "planned"],
        ],
        [budget({ funderId: "unknown", planned: MAD(1) }), "command.not_found", ["command", "funderId"]],
        [budget({ year: 2030, planned: MAD(1) }), "command.date_outside", ["command", "year"]],
        [
          { type: "set-budget-line", activityId: "a-9", year: 2025, planned: MAD(1) },
          "command.not_found",
          ["command", "activityId"],
        ],
        [budget({ planned: { amount: -1, currency: "MAD" } }), "money.negative", ["command", "planned", "amount"]],
        [
          { type: "set-milestone", activityId: "a-1", milestoneId: "m-9" },
          "command.not_found",
          ["command", "milestoneId"],
        ],
        [
          { type: "set-milestone", activityId: "a-2", milestoneId: "m-1" },
          "command.not_found",
          ["command", "milestoneId"],
        ],
        [
          { type: "set-milestone", activityId: "a-1", milestoneId: "m-1", doneOn: "2030-01-02" },
          "command.date_outside",
          ["command", "doneOn"],
        ],
      ];
      for (const [command, code, path] of cases) {
        const r = apply(tracked, command);
        expect({ command, issues: r.ok ? [] : r.issues.map((i) => [i.code, i.path]) }).toEqual({
          command,
          issues: [[code, path]],
        });
      }
      expect(tracked).toEqual(before);
    });

    it("explains the refusals in ar, fr and en", () => {
      const messages = (command: unknown) =>
        (["ar", "fr", "en"] as const).map((locale) => {
          const r = apply(tracked, command, locale);
          return r.ok ? "" : (r.issues[0]?.message ?? "");
        });
      expect(messages({ type: "set-activity-status", activityId: "a-1", status: "done", completion: 0.7 })).toEqual([
        "النشاط المنجز نسبة إنجازه 100%؛ هذا الأمر يعطي نسبة 70%.",
        "Une activité réalisée est avancée à 100 % ; cette commande indique 70 %.",
        "A done activity is 100% complete; this command gives 70%.",
      ]);
      expect(
        messages({
          type: "set-budget-line",
          activityId: "a-1",
          year: 2025,
          funderId: "eu",
          spent: { amount: 1, currency: "EUR" },
        }),
      ).toEqual([
        "يجب أن تكون مبالغ الميزانية بعملة MAD؛ هذا المبلغ بعملة EUR.",
        "Les montants du budget doivent être en MAD ; celui-ci est en EUR.",
        "Budget amounts must be in MAD; this one is in EUR.",
      ]);
      expect(
        messages({ type: "set-budget-line", activityId: "a-1", year: 2025, funderId: "eu", committed: MAD(12000) })[1],
      ).toBe("Le montant engagé (12000.00 MAD) dépasse le montant prévu (10000.00 MAD) pour 2025.");
    });

    it("undo after any sequence of these commands gives back an equal plan, and redo the edited one (law)", () => {
      const money = fc.integer({ min: 0, max: 20_000 }).map(MAD);
      const command = fc.oneof(
        fc.record(
          {
            type: fc.constant("set-budget-line" as const),
            activityId: fc.constantFrom("a-1", "a-2"),
            year: fc.constantFrom(2025, 2026),
            funderId: fc.constantFrom("eu", "region"),
            planned: money,
            committed: money,
            spent: money,
          },
          { requiredKeys: ["type", "activityId", "year"] },
        ),
        fc.record(
          {
            type: fc.constant("set-milestone" as const),
            activityId: fc.constant("a-1"),
            milestoneId: fc.constant("m-1"),
            doneOn: fc.constantFrom("2025-04-20", "2025-05-02"),
          },
          { requiredKeys: ["type", "activityId", "milestoneId"] },
        ),
        fc.record(
          {
            type: fc.constant("set-activity-status" as const),
            activityId: fc.constantFrom("a-1", "a-2"),
            status: fc.constantFrom("ongoing" as const, "done" as const),
            completion: fc.constantFrom(0.5, 1),
          },
          { requiredKeys: ["type", "activityId", "status"] },
        ),
      );
      fc.assert(
        fc.property(fc.array(command, { minLength: 1, maxLength: 8 }), (commands) => {
          let current = tracked;
          const history: { before: EditablePlan; revision: Parameters<typeof undo>[1] }[] = [];
          for (const c of commands) {
            const r = apply(current, c);
            if (!r.ok) continue; // e.g. committed above planned, or done with a completion of 0.5
            // Every accepted command leaves consistent activities and budget lines.
            history.push({ before: current, revision: r.value.revision });
            current = r.value.plan;
            for (const a of current.activities) {
              if (a.status === "done") expect(a.completion ?? 1).toBe(1);
              for (const l of a.budget ?? []) {
                if (l.committed !== undefined) expect(l.committed.amount).toBeLessThanOrEqual(l.planned.amount);
                if (l.spent !== undefined && l.committed !== undefined)
                  expect(l.spent.amount).toBeLessThanOrEqual(l.committed.amount);
              }
            }
          }
          const last = current;
          for (const { before, revision } of [...history].reverse()) {
            current = undo(current, revision);
            expect(current).toEqual(before);
          }
          expect(current).toEqual(tracked);
          for (const { revision } of history) current = redo(current, revision);
          expect(current).toEqual(last);
        }),
      );
    });
  });

  describe("the plan-wide id space (law)", () => {
    // A plan accepted by validatePlan, on the default template (axis > objective > result > activity).
    const valid: Plan = deepFreeze({
      format: "madani.plan/1",
      id: "plan",
      organizationId: "org",
      title: { fr: "Plan stratégique du réseau 2025-2029" },
      period: { startOn: "2025-01-01", endOn: "2029-12-31" },
      template: { kind: "default" },
      elements: [
        { id: "axis-1", tier: "axis", code: "A1", title: { fr: "Axe 1" } },
        { id: "os-1", parentId: "axis-1", tier: "objective", code: "OS1", title: { fr: "Objectif 1" } },
        { id: "er-1", parentId: "os-1", tier: "result", code: "R1", title: { fr: "Résultat 1" } },
      ],
      indicators: [{ ...indicator("i-1"), elementId: "er-1" }],
      activities: [
        {
          id: "a-1",
          elementId: "er-1",
          code: "A1.1",
          title: { fr: "Atelier" },
          startOn: "2025-03-01",
          endOn: "2025-03-03",
          status: "planned",
          milestones: [{ id: "m-1", title: { fr: "Rapport" }, dueOn: "2025-03-10" }],
        },
      ],
      contributions: [
        { id: "c-1", workshop: "Atelier", stakeholderGroup: "Jeunes", proposal: { fr: "Idée" }, handling: "pending" },
      ],
    });

    it("accepts the starting plan", () => {
      expect(validatePlan(valid)).toMatchObject({ ok: true });
    });

    it("every add command that applyCommand accepts leaves a plan that validatePlan accepts", () => {
      // A small pool, with the ids of the starting plan, so that ids collide often, across kinds too.
      const ids = ["axis-1", "os-1", "er-1", "i-1", "a-1", "m-1", "c-1", "x", "y"] as const;
      const id = fc.constantFrom(...ids);
      // New elements are results (tier just below `os-1`), so that an accepted element fits the template;
      // activities attach to results only (never to `axis-1` or `os-1`), for the same reason.
      const resultId = fc.constantFrom(...ids.filter((x) => x !== "axis-1" && x !== "os-1"));
      const addElement = fc.record({
        type: fc.constant("add-element"),
        element: fc.record({
          id,
          parentId: fc.constantFrom("os-1", "er-1", "i-1", "x"),
          tier: fc.constant("result"),
          code: fc.constant("R"),
          title: fc.constant({ fr: "Résultat" }),
        }),
      });
      const addIndicator = fc.record({
        type: fc.constant("add-indicator"),
        indicator: fc.tuple(id, id).map(([i, elementId]) => ({ ...indicator(i), elementId })),
      });
      const addActivity = fc.record({
        type: fc.constant("add-activity"),
        activity: fc.record(
          {
            id,
            elementId: resultId,
            code: fc.constant("A"),
            title: fc.constant({ fr: "Activité" }),
            startOn: fc.constant("2025-06-01"),
            endOn: fc.constant("2025-06-30"),
            status: fc.constant("planned"),
            milestones: fc.array(
              fc.record({ id, title: fc.constant({ fr: "Jalon" }), dueOn: fc.constant("2025-06-15") }),
              { maxLength: 3 },
            ),
            dependsOn: fc.array(fc.record({ activityId: id }), { maxLength: 2 }),
          },
          { requiredKeys: ["id", "elementId", "code", "title", "startOn", "endOn", "status"] },
        ),
      });
      const addContribution = fc.record({
        type: fc.constant("add-contribution"),
        contribution: fc.record(
          {
            id,
            workshop: fc.constant("Atelier"),
            stakeholderGroup: fc.constant("Femmes"),
            proposal: fc.constant({ ar: "اقتراح" }),
            handling: fc.constant("pending"),
            elementId: id,
          },
          { requiredKeys: ["id", "workshop", "stakeholderGroup", "proposal", "handling"] },
        ),
      });
      const command = fc.oneof(addElement, addIndicator, addActivity, addContribution);
      const accepted = new Set<string>();
      fc.assert(
        fc.property(fc.array(command, { minLength: 1, maxLength: 12 }), (commands) => {
          let current: Plan = valid;
          for (const c of commands) {
            const r = applyCommand(current, c, meta);
            if (!r.ok) continue;
            accepted.add(c.type);
            current = r.value.plan;
            const checked = validatePlan(current);
            expect({ command: c, issues: checked.ok ? [] : checked.issues.map((i) => [i.code, i.path]) }).toEqual({
              command: c,
              issues: [],
            });
          }
        }),
        { numRuns: 300 },
      );
      // Not vacuous: every kind of command was accepted in some run.
      expect([...accepted].sort()).toEqual(["add-activity", "add-contribution", "add-element", "add-indicator"]);
    });
  });

  describe("edit metadata", () => {
    const lock = { type: "lock-period", indicatorId: "i-trained", periodId: "2025" };
    const issuesOf = (m: unknown) => {
      const r = applyCommand(plan, lock, m);
      return r.ok ? [] : r.issues.map((i) => [i.code, i.path]);
    };

    it("refuses bad metadata with command.meta at the wrong field, and never throws", () => {
      const { reason: _, ...noReason } = meta;
      const cases: [unknown, (string | number)[][]][] = [
        // Not an object.
        [undefined, [["meta"]]],
        [null, [["meta"]]],
        ["secrétariat", [["meta"]]],
        [42, [["meta"]]],
        [[meta], [["meta"]]],
        // The author: required, text, 1 to 200 characters after trimming.
        [{ at: meta.at }, [["meta", "author"]]],
        [{ ...meta, author: "" }, [["meta", "author"]]],
        [{ ...meta, author: "   " }, [["meta", "author"]]],
        [{ ...meta, author: 7 }, [["meta", "author"]]],
        [{ ...meta, author: null }, [["meta", "author"]]],
        [{ ...meta, author: "x".repeat(201) }, [["meta", "author"]]],
        // The time: required, an ISO 8601 date and time with an offset.
        [{ author: meta.author }, [["meta", "at"]]],
        [{ ...meta, at: "now" }, [["meta", "at"]]],
        [{ ...meta, at: "2026-01-05" }, [["meta", "at"]]],
        [{ ...meta, at: "2026-01-05T09:00:00" }, [["meta", "at"]]],
        [{ ...meta, at: "2026-02-30T09:00:00+01:00" }, [["meta", "at"]]],
        [{ ...meta, at: "2026-01-05 09:00:00+01:00" }, [["meta", "at"]]],
        [{ ...meta, at: 1_767_600_000_000 }, [["meta", "at"]]],
        [{ ...meta, at: new Date("2026-01-05T08:00:00Z") }, [["meta", "at"]]],
        // The reason: optional text of at most 2000 characters.
        [{ ...meta, reason: 3 }, [["meta", "reason"]]],
        [{ ...meta, reason: null }, [["meta", "reason"]]],
        [{ ...meta, reason: "x".repeat(2001) }, [["meta", "reason"]]],
        // Nothing else.
        [{ ...meta, comment: "Bilan" }, [["meta", "comment"]]],
        // One issue per wrong field.
        [
          { author: "", at: "now", reason: 3 },
          [
            ["meta", "author"],
            ["meta", "at"],
            ["meta", "reason"],
          ],
        ],
      ];
      for (const [m, paths] of cases) {
        expect({ meta: m, issues: issuesOf(m) }).toEqual({
          meta: m,
          issues: paths.map((path) => ["command.meta", path]),
        });
      }
      // Good metadata: with or without a reason, any offset, the author trimmed.
      expect(issuesOf(noReason)).toEqual([]);
      expect(issuesOf({ ...meta, at: "2026-01-05T08:00:00Z" })).toEqual([]);
      const trimmed = applyCommand(plan, lock, { ...meta, author: "  lajna  " });
      expect(trimmed.ok && trimmed.value.revision.author).toBe("lajna");
    });

    it("echoes the wrong time, never the author or the reason", () => {
      const r = applyCommand(plan, lock, { author: "x".repeat(201), at: "now", reason: 3 });
      expect(r.ok ? [] : r.issues.map((i) => [i.path.join("."), i.value])).toEqual([
        ["meta.author", undefined],
        ["meta.at", "now"],
        ["meta.reason", undefined],
      ]);
    });

    it("explains bad metadata in ar, fr and en", () => {
      const messages = (["ar", "fr", "en"] as const).map((locale) => {
        const r = applyCommand(plan, lock, { ...meta, at: "2026-01-05" }, { locale });
        return r.ok ? "" : r.issues[0]?.message;
      });
      expect(messages).toEqual([
        editMessages["command.meta"].ar,
        editMessages["command.meta"].fr,
        editMessages["command.meta"].en,
      ]);
      expect(messages[0]).toContain("صاحب التعديل");
      expect(messages[1]).toContain("fuseau");
      expect(messages[2]).toContain("offset");
    });

    it("reports metadata that throws when read as input.unreadable, and caps the issues, without throwing", () => {
      const hostile = {
        author: "lajna",
        get at(): string {
          throw new Error("no clock here");
        },
      };
      const r = applyCommand(plan, lock, hostile);
      expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([["input.unreadable", ["meta"]]]);
      const crowded = Object.fromEntries(Array.from({ length: 150 }, (_, k) => [`note${k}`, k]));
      const many = applyCommand(plan, lock, { ...meta, ...crowded });
      expect(many.ok ? [] : [many.issues.length, many.issues.at(-1)?.code]).toEqual([101, "input.too_many_issues"]);
    });

    it("checks the metadata before the command", () => {
      const r = applyCommand(plan, { type: "explode" }, { author: "lajna" });
      expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([["command.meta", ["meta", "at"]]]);
    });
  });

  describe("issue codes", () => {
    it("every message is written in ar, fr and en, with the same placeholders", () => {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const [code, template] of Object.entries(editMessages)) {
        for (const text of [template.ar, template.fr, template.en]) expect(text, code).not.toBe("");
        expect(placeholders(template.ar), code).toEqual(placeholders(template.en));
        expect(placeholders(template.fr), code).toEqual(placeholders(template.en));
      }
    });

    it("every declared code is emitted by some command", () => {
      const lock = (periodId: string) => ({ type: "lock-period", indicatorId: "i-trained", periodId });
      const MAD = (amount: number) => ({ amount, currency: "MAD" });
      const budgeted: EditablePlan = {
        ...plan,
        template: { kind: "default" },
        activities: [
          {
            id: "a-1",
            startOn: "2025-03-01",
            endOn: "2025-03-03",
            status: "ongoing",
            budget: [{ year: 2025, planned: MAD(500) }],
          },
        ],
      };
      const locked = applyCommand(plan, lock("2025"), meta);
      if (!locked.ok) throw new Error("lock failed");
      const budget = (fields: Record<string, unknown>) => ({
        type: "set-budget-line",
        activityId: "a-1",
        year: 2026,
        ...fields,
      });
      const value = (state: string, extra: Record<string, unknown> = {}) => ({
        type: "add-value",
        indicatorId: "i-trained",
        value: { id: "v", periodId: "2025", value: 1, state, ...extra },
      });
      const submitted = applyCommand(plan, value("submitted"), meta);
      if (!submitted.ok) throw new Error("add-value failed");
      const approved = applyCommand(
        submitted.value.plan,
        { type: "set-value-state", indicatorId: "i-trained", valueId: "v", state: "approved" },
        { ...meta, author: "lajna" },
      );
      if (!approved.ok) throw new Error("approval failed");
      const state = (s: string) => ({ type: "set-value-state", indicatorId: "i-trained", valueId: "v", state: s });
      const runs: [EditablePlan, unknown, unknown][] = [
        [plan, lock("2099"), meta],
        [plan, value("approved"), meta],
        [plan, value("draft", { evidence: [{ title: "PV" }] }), meta],
        [submitted.value.plan, state("draft"), meta],
        [submitted.value.plan, state("approved"), meta],
        [submitted.value.plan, state("returned"), { ...meta, author: "lajna" }],
        [approved.value.plan, state("draft"), meta],
        [plan, { type: "add-indicator", indicator: { ...indicator("a-1") } }, meta],
        [locked.value.plan, { type: "set-target", indicatorId: "i-trained", periodId: "2025", target: 3 }, meta],
        [
          plan,
          {
            type: "add-value",
            indicatorId: "i-women",
            value: { id: "v", periodId: "2025", value: 140, state: "draft" },
          },
          meta,
        ],
        [plan, { type: "reschedule-activity", activityId: "a-1", startOn: "2030-01-01", endOn: "2030-01-02" }, meta],
        [plan, { type: "remove-element", id: "os-1" }, meta],
        [
          budgeted,
          { type: "add-element", element: { id: "e", tier: "activity", code: "E", title: { fr: "E" } } },
          meta,
        ],
        [
          plan,
          {
            type: "add-contribution",
            contribution: {
              id: "c",
              workshop: "W",
              stakeholderGroup: "G",
              proposal: { fr: "P" },
              handling: "rejected",
            },
          },
          meta,
        ],
        [plan, { type: "set-activity-status", activityId: "a-1", status: "done", completion: 0.5 }, meta],
        [budgeted, budget({ planned: { amount: 1, currency: "EUR" } }), meta],
        [budgeted, budget({ planned: MAD(1), committed: MAD(2) }), meta],
        [budgeted, budget({ planned: MAD(3), committed: MAD(2), spent: MAD(3) }), meta],
        [plan, lock("2025"), { author: "lajna", at: "now" }],
      ];
      const reached = new Set(
        runs.flatMap(([p, c, m]) => {
          const r = applyCommand(p, c, m);
          return r.ok ? [] : r.issues.map((i) => i.code);
        }),
      );
      expect([...reached].sort()).toEqual(Object.keys(editMessages).sort());
    });
  });
});
