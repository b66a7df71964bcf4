import { labelOf } from "@madani/model";
import { describe, expect, it } from "vitest";
import { applyCommand, computeProgress, schedule, undo } from "../src/index.js";
import { createPlan } from "../src/plan/createPlan.js";
import { ActivityStatus } from "../src/plan/plan.js";
import { PLAN_TEMPLATES } from "../src/plan/tier.js";
import { validatePlan } from "../src/plan/validate.js";

const EUR = (euros: number) => ({ amount: euros * 100, currency: "EUR" });

function indicator(id: string, elementId: string, code: string, ar: string, fr: string, targets: number[]) {
  return {
    id,
    elementId,
    code,
    name: { ar, fr },
    measure: "number",
    direction: "increase",
    baseline: { value: 0, date: "2024-12-31" },
    periods: targets.map((target, i) => ({
      id: `${id}-${2025 + i}`,
      startOn: `${2025 + i}-01-01`,
      endOn: `${2025 + i}-12-31`,
      target,
    })),
    values: [],
    dataSource: { fr: "Listes de présence et rapports d'activité" },
    frequency: "annual",
    responsible: "Chargé de suivi-évaluation",
  };
}

function activity(
  id: string,
  elementId: string,
  code: string,
  fr: string,
  startOn: string,
  endOn: string,
  budget: number,
) {
  return {
    id,
    elementId,
    code,
    title: { fr },
    responsible: "Bureau exécutif",
    partnerIds: ["eu-project"],
    startOn,
    endOn,
    status: "planned",
    budget: [{ year: Number(startOn.slice(0, 4)), funderId: "eu", planned: EUR(budget) }],
  };
}

/** Scenario 1: the strategic plan 2025-2029 of the Doukkala network of associations. */
const doukkala = {
  format: "madani.plan/1",
  id: "plan-doukkala-2025-2029",
  organizationId: "reseau-doukkala",
  title: {
    ar: "المخطط الاستراتيجي لشبكة الجمعيات الدكالية 2025-2029",
    fr: "Plan stratégique du Réseau des associations des Doukkala 2025-2029",
  },
  period: { startOn: "2025-01-01", endOn: "2029-12-31" },
  vision: { ar: "مجتمع مدني دكالي قوي ومؤثر في السياسات العمومية" },
  mission: { fr: "Renforcer les associations membres et porter leur plaidoyer." },
  values: [{ ar: "الديمقراطية الداخلية" }, { ar: "الشفافية" }, { ar: "التضامن" }],
  diagnosis: {
    strengths: [{ fr: "Ancrage territorial des associations membres" }],
    weaknesses: [{ fr: "Faibles capacités de gestion administrative et financière" }],
    opportunities: [{ fr: "Projet financé par l'Union européenne mis en œuvre par un consortium" }],
    threats: [{ fr: "Dépendance aux financements extérieurs" }],
    stakeholders: [
      { name: { fr: "Union européenne" }, kind: "donor", influence: 5, interest: 4 },
      {
        name: { fr: "Partenaire international de formation" },
        kind: "international-partner",
        influence: 3,
        interest: 5,
      },
      { name: { ar: "المحكمة الابتدائية بالجديدة" }, kind: "public-authority", influence: 4, interest: 2 },
    ],
    needs: [
      {
        text: { fr: "Formation en plaidoyer et en gestion de projets" },
        source: { fr: "Questionnaire aux associations membres" },
        identifiedOn: "2024-11-15",
      },
    ],
  },
  template: { kind: "default" },
  elements: [
    {
      id: "ax1",
      tier: "axis",
      code: "A1",
      title: { ar: "تقوية القدرات", fr: "Renforcement des capacités" },
      weight: 40,
    },
    {
      id: "ax2",
      tier: "axis",
      code: "A2",
      title: {
        ar: "الترافع من أجل ولوج الفئات الهشة إلى العدالة",
        fr: "Plaidoyer pour l'accès à la justice des groupes vulnérables",
      },
      weight: 40,
    },
    {
      id: "ax3",
      tier: "axis",
      code: "A3",
      title: { ar: "التواصل والتسويق", fr: "Communication et marketing" },
      weight: 20,
    },
    {
      id: "os1",
      parentId: "ax1",
      tier: "objective",
      code: "OS1.1",
      title: { fr: "Améliorer la gouvernance des associations membres" },
      sdg: [{ goal: 17, target: "17.9" }],
    },
    {
      id: "os2",
      parentId: "ax2",
      tier: "objective",
      code: "OS2.1",
      title: { fr: "Faire adopter un programme national de plaidoyer sur l'accès à la justice" },
      sdg: [{ goal: 16, target: "16.3" }],
    },
    {
      id: "os3",
      parentId: "ax3",
      tier: "objective",
      code: "OS3.1",
      title: { fr: "Accroître la visibilité du réseau" },
    },
    {
      id: "r1",
      parentId: "os1",
      tier: "result",
      code: "R1.1.1",
      title: { fr: "Les associations membres maîtrisent la gestion de projets" },
      assumptions: [{ fr: "Les associations libèrent leurs cadres pour les formations" }],
      meansOfVerification: [{ fr: "Listes de présence, évaluations de fin de session" }],
    },
    {
      id: "r2",
      parentId: "os2",
      tier: "result",
      code: "R2.1.1",
      title: { fr: "Un plaidoyer national est porté auprès des autorités" },
    },
    {
      id: "r3",
      parentId: "os3",
      tier: "result",
      code: "R3.1.1",
      title: { fr: "Une politique de communication est mise en œuvre" },
    },
  ],
  indicators: [
    indicator("i1", "r1", "IND-1", "عدد الجمعيات المستفيدة من التكوين", "Associations formées", [10, 20, 30, 40, 50]),
    indicator(
      "i2",
      "r2",
      "IND-2",
      "عدد المذكرات الترافعية المقدمة",
      "Mémorandums de plaidoyer déposés",
      [1, 2, 3, 4, 5],
    ),
    indicator(
      "i3",
      "r3",
      "IND-3",
      "عدد المتابعين على الشبكات الاجتماعية",
      "Abonnés sur les réseaux sociaux",
      [500, 1000, 2000, 3000, 4000],
    ),
  ],
  activities: [
    activity(
      "act1",
      "r1",
      "1.1",
      "Sessions de renforcement des capacités avec le partenaire international",
      "2025-03-01",
      "2025-06-30",
      30000,
    ),
    activity(
      "act2",
      "r2",
      "2.1",
      "Étude sur l'accès à la justice des groupes vulnérables",
      "2025-02-01",
      "2025-05-31",
      15000,
    ),
    {
      ...activity("act3", "r2", "2.2", "Programme national de plaidoyer", "2025-06-01", "2026-12-31", 40000),
      dependsOn: [{ activityId: "act2", lagDays: 15 }],
      milestones: [{ id: "m1", title: { fr: "Mémorandum déposé au ministère de la Justice" }, dueOn: "2026-03-31" }],
    },
    activity("act4", "r3", "3.1", "Campagne sur les réseaux sociaux", "2025-09-01", "2025-12-31", 5000),
  ],
  communication: {
    audiences: [
      { id: "aud-members", name: { fr: "Associations membres" } },
      { id: "aud-authorities", name: { fr: "Autorités judiciaires et élus" } },
    ],
    messages: [{ id: "msg1", text: { ar: "العدالة حق للجميع" }, audienceIds: ["aud-authorities", "aud-members"] }],
    channels: [
      { id: "ch-fb", name: { fr: "Page Facebook du réseau" }, kind: "social-media" },
      { id: "ch-radio", name: { fr: "Radio régionale" }, kind: "radio" },
    ],
    actionActivityIds: ["act4"],
  },
  contributions: [
    {
      id: "c1",
      workshop: "Atelier participatif d'El Jadida, novembre 2024",
      author: "Fatima Zahra",
      stakeholderGroup: "Associations féminines",
      proposal: { fr: "Inclure les femmes victimes de violence dans le plaidoyer" },
      elementId: "os2",
      handling: "adopted",
    },
    {
      id: "c2",
      workshop: "Atelier participatif d'El Jadida, novembre 2024",
      stakeholderGroup: "Jeunes",
      proposal: { fr: "Créer une radio associative" },
      handling: "rejected",
      reason: { fr: "Hors de portée du budget de la période" },
    },
  ],
};

describe("scenario 1: the strategic plan 2025-2029 of the Doukkala network", () => {
  it("validates without issues", () => {
    const r = validatePlan(doukkala, { locale: "ar" });
    expect(r.ok ? r.warnings : r.issues).toEqual([]);
  });

  it("becomes a frozen plan whose activities hang under expected results", () => {
    const r = createPlan(doukkala);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const plan = r.value;
    expect(Object.isFrozen(plan.activities[0]?.budget?.[0]?.planned)).toBe(true);
    const tiers = PLAN_TEMPLATES.default.map((t) => t.key);
    const byId = new Map(plan.elements.map((e) => [e.id, e]));
    for (const a of plan.activities) expect(byId.get(a.elementId)?.tier).toBe(tiers.at(-2));
    const eu = plan.activities.flatMap((a) => a.budget ?? []).filter((l) => l.funderId === "eu");
    expect(eu.reduce((s, l) => s + l.planned.amount, 0)).toBe(9_000_000);
    expect(labelOf(ActivityStatus, plan.activities[0]?.status ?? "planned", "ar")).toBe("مبرمج");
  });

  it("reports a budget line in another currency and an activity under an objective", () => {
    const broken = structuredClone(doukkala);
    broken.activities[0]?.budget.push({ year: 2025, funderId: "eu", planned: { amount: 100, currency: "MAD" } });
    if (broken.activities[1]) broken.activities[1].elementId = "os2";
    const r = validatePlan(broken, { locale: "fr" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
        ["plan.activity_tier_mismatch", "activities.1.elementId"],
        ["plan.currency_mismatch", "activities.0.budget.1.planned.currency"],
      ]);
    }
  });
});

describe("scenario 1: following the plan with the engine", () => {
  const created = createPlan(doukkala);
  if (!created.ok) throw new Error("the scenario plan must be valid");
  const plan = created.value;
  const meta = { author: "chargé de suivi-évaluation", at: "2026-01-10T10:00:00+01:00" };

  it("records an approved 2025 value, reads progress, and undoes the edit", () => {
    const first = plan.indicators[0];
    if (first === undefined) throw new Error("no indicator");
    const period = first.periods[0];
    if (period === undefined) throw new Error("no period");
    const before = computeProgress(plan, "2026-01-10");
    expect(before.indicators[0]?.status).toBe("no-data");
    const added = applyCommand(
      plan,
      {
        type: "add-value",
        indicatorId: first.id,
        value: { id: "v-2025", periodId: period.id, value: (period.target ?? 0) * 2, state: "submitted" },
      },
      { ...meta, author: "coordinatrice du réseau" },
    );
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    // Submitted by the coordinator, approved by the M&E officer (four eyes): only then does it count.
    expect(computeProgress(added.value.plan, "2026-01-10").indicators[0]?.status).toBe("no-data");
    const approved = applyCommand(
      added.value.plan,
      { type: "set-value-state", indicatorId: first.id, valueId: "v-2025", state: "approved" },
      meta,
    );
    expect(approved.ok).toBe(true);
    if (!approved.ok) return;
    const after = computeProgress(approved.value.plan, "2026-01-10");
    expect(after.indicators[0]?.actual?.value).toBe((period.target ?? 0) * 2);
    expect(after.indicators[0]?.status).not.toBe("no-data");
    expect(after.plan.coverage).toBeGreaterThan(before.plan.coverage);
    expect(undo(undo(approved.value.plan, approved.value.revision), added.value.revision)).toEqual(plan);
  });

  it("schedules the activities of the plan", () => {
    const s = schedule(plan.activities, { asOf: "2026-01-10" });
    expect(s.ok).toBe(true);
    if (s.ok) expect(s.value.gantt).toHaveLength(plan.activities.length);
  });
});
