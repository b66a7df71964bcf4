import { labelOf } from "@madani/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValueState } from "../indicator/indicator.js";
import { deepFreeze } from "../plan/freeze.js";
import { ActivityStatus, ContributionHandling, type Plan, type PlanIndicator } from "../plan/plan.js";
import { applyCommand } from "./applyCommand.js";
import { describeRevision, diffPlans } from "./diff.js";

const indicator = (id: string, code: string): PlanIndicator => ({
  id,
  elementId: "os-1",
  code,
  name: { fr: code },
  measure: "number",
  direction: "increase",
  periods: [{ id: "2025", startOn: "2025-01-01", endOn: "2025-12-31", target: 10 }],
  values: [{ id: "v0", periodId: "2025", value: 3, state: "draft" }],
});

const plan: Plan = deepFreeze({
  format: "madani.plan/1",
  id: "p",
  organizationId: "org",
  title: { fr: "Plan" },
  period: { startOn: "2025-01-01", endOn: "2029-12-31" },
  template: { kind: "default" },
  elements: [
    { id: "axis-1", tier: "axis", code: "A1", title: { fr: "Axe" } },
    { id: "os-1", parentId: "axis-1", tier: "objective", code: "OS1", title: { fr: "OS" } },
  ],
  indicators: [indicator("i1", "OS1.1"), indicator("i2", "OS1.2")],
  activities: [
    {
      id: "a1",
      elementId: "os-1",
      code: "ACT1",
      title: { fr: "Atelier" },
      startOn: "2025-03-01",
      endOn: "2025-03-03",
      status: "planned",
    },
  ],
});
const meta = { author: "secrétariat", at: "2026-01-05T09:00:00+01:00" };

const edit = (command: unknown) => {
  const r = applyCommand(plan, command, meta);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe("describeRevision", () => {
  it("describes a life-of-project target set for the first time", () => {
    const { revision } = edit({ type: "set-target", indicatorId: "i1", target: 150 });
    expect(describeRevision(revision, plan).map((c) => [c.path, c.kind, c.text])).toEqual([
      ["indicators/OS1.1/lopTarget", "added", "Indicator OS1.1: life-of-project target — → 150"],
    ]);
    expect(describeRevision(revision, plan, { language: "fr" })[0]?.text).toBe(
      "Indicateur OS1.1 : cible de fin de projet — → 150",
    );
  });

  it("describes a target change by codes, in three languages", () => {
    const { revision } = edit({ type: "set-target", indicatorId: "i1", periodId: "2025", target: 12 });
    const en = describeRevision(revision, plan);
    expect(en).toEqual([
      {
        path: "indicators/OS1.1/periods/2025/target",
        kind: "changed",
        before: 10,
        after: 12,
        text: "Indicator OS1.1, period 2025: target 10 → 12",
      },
    ]);
    expect(describeRevision(revision, plan, { language: "fr" })[0]?.text).toBe(
      "Indicateur OS1.1, période 2025 : cible 10 → 12",
    );
    expect(describeRevision(revision, plan, { language: "ar" })[0]?.text).toBe(
      "المؤشر OS1.1، الفترة 2025: الهدف 10 → 12",
    );
  });

  it("describes added values, state changes and activity edits", () => {
    const added = edit({
      type: "add-value",
      indicatorId: "i2",
      value: { id: "v9", periodId: "2025", value: 7, state: "submitted" },
    });
    expect(describeRevision(added.revision, plan)).toMatchObject([
      {
        path: "indicators/OS1.2/values/v9",
        kind: "added",
        by: "secrétariat",
        at: "2026-01-05T09:00:00+01:00",
        text: "Indicator OS1.2, period 2025, value v9: added (7, Submitted, by secrétariat, 2026-01-05 09:00 +01:00)",
      },
    ]);
    const submitted = edit({ type: "set-value-state", indicatorId: "i1", valueId: "v0", state: "submitted" });
    const approved = applyCommand(
      submitted.plan,
      { type: "set-value-state", indicatorId: "i1", valueId: "v0", state: "approved" },
      { author: "lajna", at: "2026-01-06T10:30:00Z" },
    );
    if (!approved.ok) throw new Error(JSON.stringify(approved.issues));
    expect(describeRevision(approved.value.revision, submitted.plan)).toEqual([
      {
        path: "indicators/OS1.1/values/v0/state",
        kind: "changed",
        before: "submitted",
        after: "approved",
        by: "lajna",
        at: "2026-01-06T10:30:00Z",
        text: "Indicator OS1.1, period 2025, value v0: state Submitted → Approved (by lajna, 2026-01-06 10:30 UTC)",
      },
    ]);
    expect(describeRevision(approved.value.revision, submitted.plan, { language: "fr" })[0]?.text).toBe(
      "Indicateur OS1.1, période 2025, valeur v0 : état Soumise → Approuvée (par lajna, le 2026-01-06 10:30 UTC)",
    );
    // Between two plans, the whole workflow is one change of state.
    expect(diffPlans(plan, approved.value.plan).map((c) => [c.path, c.before, c.after])).toEqual([
      ["indicators/OS1.1/values/v0/state", "draft", "approved"],
    ]);
    const status = edit({ type: "set-activity-status", activityId: "a1", status: "done", completion: 1 });
    expect(describeRevision(status.revision, plan, { language: "fr" }).map((c) => c.text)).toEqual([
      "Activité ACT1 : statut Planifiée → Réalisée",
      "Activité ACT1 : avancement — → 100\u00a0%",
    ]);
    expect(describeRevision(status.revision, plan, { language: "ar" })[0]?.text).toBe(
      "النشاط ACT1: الوضعية مبرمج → منجز",
    );
  });

  it("shows completion in percent and keeps the raw share in before and after", () => {
    const { revision } = edit({ type: "set-activity-status", activityId: "a1", status: "ongoing", completion: 0.7 });
    const [, completion] = describeRevision(revision, plan, { language: "fr" });
    expect(completion).toEqual({
      path: "activities/ACT1/completion",
      kind: "added",
      after: 0.7,
      text: "Activité ACT1 : avancement — → 70\u00a0%",
    });
    expect(describeRevision(revision, plan)[1]?.text).toBe("Activity ACT1: completion — → 70%");
  });

  it("names periods by their dates: the year of a calendar year, else the range", () => {
    const halves: Plan = deepFreeze({
      ...plan,
      indicators: [
        {
          ...indicator("i1", "OS1.1"),
          periods: [{ id: "s1", startOn: "2025-01-01", endOn: "2025-06-30", target: 4 }],
          values: [],
        },
      ],
    });
    const r = applyCommand(halves, { type: "set-target", indicatorId: "i1", periodId: "s1", target: 5 }, meta);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(describeRevision(r.value.revision, halves)[0]).toMatchObject({
      path: "indicators/OS1.1/periods/s1/target",
      text: "Indicator OS1.1, period 2025-01-01 – 2025-06-30: target 4 → 5",
    });
    const locked = edit({ type: "lock-period", indicatorId: "i1", periodId: "2025" });
    expect(describeRevision(locked.revision, plan, { language: "fr" })).toEqual([
      {
        path: "indicators/OS1.1/periods/2025/locked",
        kind: "added",
        after: true,
        text: "Indicateur OS1.1, période 2025 : verrouillée",
      },
    ]);
  });

  it("shows enumeration values by their labels in every language, whatever the values (law)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ActivityStatus.values.filter((s) => s !== "planned" && s !== "done")),
        fc.constantFrom(...ValueState.values.filter((s) => s !== "draft")),
        fc.constantFrom(...ContributionHandling.values.filter((h) => h !== "rejected")),
        fc.constantFrom("ar" as const, "fr" as const, "en" as const),
        (status, state, handling, language) => {
          const s = edit({ type: "set-activity-status", activityId: "a1", status });
          const [sc] = describeRevision(s.revision, plan, { language });
          expect(sc).toMatchObject({ before: "planned", after: status });
          expect(
            sc?.text.endsWith(
              `${labelOf(ActivityStatus, "planned", language)} → ${labelOf(ActivityStatus, status, language)}`,
            ),
          ).toBe(true);
          // The state reached through the workflow: submitted by the secretariat, reviewed by the committee.
          const submitted = edit({ type: "set-value-state", indicatorId: "i1", valueId: "v0", state: "submitted" });
          const before = state === "submitted" ? "draft" : "submitted";
          const from = state === "submitted" ? plan : submitted.plan;
          const reviewed = applyCommand(
            from,
            { type: "set-value-state", indicatorId: "i1", valueId: "v0", state, comment: "Revoir" },
            { author: "lajna", at: "2026-01-06T10:00:00+01:00" },
          );
          if (!reviewed.ok) throw new Error("set-value-state");
          const revision = reviewed.value.revision;
          const [vc] = describeRevision(revision, from, { language });
          expect(vc).toMatchObject({ before, after: state });
          expect(
            vc?.text.includes(`${labelOf(ValueState, before, language)} → ${labelOf(ValueState, state, language)} (`),
          ).toBe(true);
          const withC = applyCommand(
            plan,
            {
              type: "add-contribution",
              contribution: {
                id: "c1",
                workshop: "W",
                stakeholderGroup: "G",
                proposal: { fr: "P" },
                handling: "rejected",
                reason: { fr: "R" },
              },
            },
            meta,
          );
          if (!withC.ok) throw new Error("add-contribution");
          const h = applyCommand(
            withC.value.plan,
            { type: "set-contribution-handling", contributionId: "c1", handling },
            meta,
          );
          if (!h.ok) throw new Error("set-contribution-handling");
          const [hc] = describeRevision(h.value.revision, withC.value.plan, { language });
          expect(hc).toMatchObject({ before: "rejected", after: handling });
          expect(
            hc?.text.endsWith(
              `${labelOf(ContributionHandling, "rejected", language)} → ${labelOf(ContributionHandling, handling, language)}`,
            ),
          ).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("describeRevision of budget lines and milestones", () => {
  const funded: Plan = deepFreeze({
    ...plan,
    funders: [{ id: "eu", name: { fr: "Union européenne", en: "European Union" } }],
    activities: [
      {
        ...(plan.activities[0] as Plan["activities"][number]),
        milestones: [{ id: "m1", title: { fr: "Rapport publié", en: "Report published" }, dueOn: "2025-06-30" }],
        budget: [{ year: 2025, planned: { amount: 500000, currency: "MAD" } }],
      },
    ],
  });
  const step = (p: Plan, command: unknown) => {
    const r = applyCommand(p, command, meta);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  };

  it("describes a new line and an updated one with money, funder names and raw Money in before/after", () => {
    const created = step(funded, {
      type: "set-budget-line",
      activityId: "a1",
      year: 2026,
      funderId: "eu",
      planned: { amount: 1000000, currency: "MAD" },
    });
    expect(describeRevision(created.revision, funded, { language: "fr" })).toEqual([
      {
        path: "activities/ACT1/budget/2026/eu/planned",
        kind: "added",
        after: { amount: 1000000, currency: "MAD" },
        text: "Activité ACT1, ligne budgétaire 2026 (Union européenne) : prévu — → 10.000,00\u00a0MAD",
      },
    ]);
    const spent = step(funded, {
      type: "set-budget-line",
      activityId: "a1",
      year: 2025,
      committed: { amount: 400000, currency: "MAD" },
      spent: { amount: 250000, currency: "MAD" },
    });
    expect(describeRevision(spent.revision, funded).map((c) => [c.path, c.text])).toEqual([
      ["activities/ACT1/budget/2025/committed", "Activity ACT1, budget line 2025: committed — → MAD\u00a04,000.00"],
      ["activities/ACT1/budget/2025/spent", "Activity ACT1, budget line 2025: spent — → MAD\u00a02,500.00"],
    ]);
  });

  it("describes a milestone reached, then cleared", () => {
    const reached = step(funded, { type: "set-milestone", activityId: "a1", milestoneId: "m1", doneOn: "2025-06-20" });
    expect(describeRevision(reached.revision, funded)).toEqual([
      {
        path: "activities/ACT1/milestones/m1/doneOn",
        kind: "added",
        after: "2025-06-20",
        text: "Activity ACT1, milestone “Report published”: done on — → 2025-06-20",
      },
    ]);
    const cleared = step(reached.plan, { type: "set-milestone", activityId: "a1", milestoneId: "m1" });
    expect(describeRevision(cleared.revision, reached.plan, { language: "fr" })).toEqual([
      {
        path: "activities/ACT1/milestones/m1/doneOn",
        kind: "removed",
        before: "2025-06-20",
        text: "Activité ACT1, jalon « Rapport publié » : réalisé le 2025-06-20 → —",
      },
    ]);
  });
});

describe("diffPlans", () => {
  it("finds nothing between a plan and itself, and lists removed and added items", () => {
    expect(diffPlans(plan, plan)).toEqual([]);
    const after: Plan = { ...plan, indicators: [plan.indicators[0] as PlanIndicator, indicator("i3", "OS1.3")] };
    expect(diffPlans(plan, after).map((c) => [c.path, c.kind])).toEqual([
      ["indicators/OS1.3", "added"],
      ["indicators/OS1.2", "removed"],
    ]);
  });

  it("describes element texts and contributions in the requested language", () => {
    const meta = { author: "lajna", at: "2025-02-10T18:00:00+01:00" };
    const step = (p: Plan, command: unknown): { plan: Plan; revision: Parameters<typeof describeRevision>[0] } => {
      const r = applyCommand(p, command, meta);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      return r.value;
    };
    const renamed = step(plan, {
      type: "update-element",
      id: "os-1",
      changes: { title: { ar: "تقوية قدرات الجمعيات", fr: "Renforcer les associations" } },
    });
    expect(describeRevision(renamed.revision, plan, { language: "ar" }).map((c) => c.text)).toEqual([
      "العنصر OS1: العنوان OS → تقوية قدرات الجمعيات",
    ]);
    const added = step(plan, {
      type: "add-contribution",
      contribution: {
        id: "c1",
        workshop: "ورشة الجديدة",
        stakeholderGroup: "شباب",
        proposal: { ar: "برنامج للتطوع" },
        handling: "pending",
      },
    });
    const handled = step(added.plan, {
      type: "set-contribution-handling",
      contributionId: "c1",
      handling: "rejected",
      reason: { fr: "Déjà couvert par l'axe 2" },
    });
    expect(describeRevision(added.revision, plan, { language: "fr" }).map((c) => c.text)).toEqual([
      "Contribution c1 : ajoutée",
    ]);
    expect(describeRevision(handled.revision, added.plan, { language: "fr" }).map((c) => c.text)).toEqual([
      "Contribution c1 : traitement En attente → Rejetée",
      "Contribution c1 : motif — → Déjà couvert par l'axe 2",
    ]);
    expect(describeRevision(handled.revision, added.plan)[0]).toMatchObject({ before: "pending", after: "rejected" });
    const placed = step(added.plan, {
      type: "set-contribution-handling",
      contributionId: "c1",
      handling: "merged",
      elementId: "os-1",
    });
    expect(describeRevision(placed.revision, added.plan, { language: "ar" }).map((c) => [c.after, c.text])).toEqual([
      ["merged", "المقترح c1: المعالجة قيد الدراسة → مدمج"],
      ["os-1", "المقترح c1: العنصر — → OS1"],
    ]);
  });
});
