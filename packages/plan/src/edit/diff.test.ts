import { describe, expect, it } from "vitest";
import { deepFreeze } from "../plan/freeze.js";
import type { Plan, PlanIndicator } from "../plan/plan.js";
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
      value: { id: "v9", periodId: "2025", value: 7, state: "approved" },
    });
    expect(describeRevision(added.revision, plan)).toMatchObject([
      {
        path: "indicators/OS1.2/values/v9",
        kind: "added",
        text: "Indicator OS1.2, period 2025, value v9: added (7, approved)",
      },
    ]);
    const approved = edit({ type: "set-value-state", indicatorId: "i1", valueId: "v0", state: "approved" });
    expect(describeRevision(approved.revision, plan)).toMatchObject([
      { path: "indicators/OS1.1/values/v0/state", kind: "changed", before: "draft", after: "approved" },
    ]);
    const status = edit({ type: "set-activity-status", activityId: "a1", status: "done", completion: 1 });
    expect(describeRevision(status.revision, plan, { language: "fr" }).map((c) => c.text)).toEqual([
      "Activité ACT1 : statut planned → done",
      "Activité ACT1 : avancement — → 1",
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
      "Contribution c1 : traitement pending → rejected",
      "Contribution c1 : motif — → Déjà couvert par l'axe 2",
    ]);
  });
});
