import { type Block, type ReportDocument, renderCsv, validateReportDocument } from "@madani/report";
import { describe, expect, it } from "vitest";
import { createPlan } from "../plan/createPlan.js";
import type { Plan } from "../plan/plan.js";
import { contributionsReport } from "./contributions.js";
import { indicatorTrackingTable } from "./indicatorTracking.js";
import { planReportLabels } from "./labels.js";
import { toLogframe } from "./logframe.js";
import { planProgressReport } from "./progressReport.js";

const EUR = (euros: number) => ({ amount: euros * 100, currency: "EUR" });

function indicator(id: string, elementId: string, code: string, fr: string, targets: number[], actual2025?: number) {
  return {
    id,
    elementId,
    code,
    name: { fr },
    measure: "number",
    direction: "increase",
    baseline: { value: 0, date: "2024-12-31" },
    periods: targets.map((target, i) => ({
      id: `${id}-${2025 + i}`,
      startOn: `${2025 + i}-01-01`,
      endOn: `${2025 + i}-12-31`,
      target,
    })),
    values:
      actual2025 === undefined ? [] : [{ id: `${id}-v`, periodId: `${id}-2025`, value: actual2025, state: "approved" }],
    dataSource: { fr: "Rapports d'activité" },
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
    startOn,
    endOn,
    status: "planned",
    budget: [{ year: Number(startOn.slice(0, 4)), funderId: "eu", planned: EUR(budget) }],
  };
}

/** Scenario 1 (the Doukkala network), with approved values so that statuses vary. */
const input = {
  format: "madani.plan/1",
  id: "plan-doukkala-2025-2029",
  organizationId: "reseau-doukkala",
  title: {
    ar: "المخطط الاستراتيجي لشبكة الجمعيات الدكالية 2025-2029",
    fr: "Plan stratégique du Réseau des associations des Doukkala 2025-2029",
  },
  period: { startOn: "2025-01-01", endOn: "2029-12-31" },
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
      title: { ar: "الترافع من أجل ولوج الفئات الهشة إلى العدالة", fr: "Plaidoyer pour l'accès à la justice" },
      weight: 40,
    },
    {
      id: "ax3",
      tier: "axis",
      code: "A3",
      title: { ar: "التواصل والتسويق", fr: "Communication et marketing" },
      weight: 20,
    },
    { id: "os1", parentId: "ax1", tier: "objective", code: "OS1.1", title: { fr: "Améliorer la gouvernance" } },
    {
      id: "os2",
      parentId: "ax2",
      tier: "objective",
      code: "OS2.1",
      title: { fr: "Faire adopter un programme national" },
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
      meansOfVerification: [{ fr: "Listes de présence" }],
    },
    { id: "r2", parentId: "os2", tier: "result", code: "R2.1.1", title: { fr: "Un plaidoyer national est porté" } },
    { id: "r3", parentId: "os3", tier: "result", code: "R3.1.1", title: { fr: "Une politique de communication" } },
  ],
  indicators: [
    // 2025 actual 50 of a final target of 50: achieved.
    indicator("i1", "r1", "IND-1", "Associations formées", [10, 20, 30, 40, 50], 50),
    // 1 of 5 (0.2) against an expected 375/1826 ≈ 0.205: on track (≥ 0.9 × expected).
    {
      ...indicator("i2", "r2", "IND-2", "Mémorandums déposés", [1, 2, 3, 4, 5], 1),
      values: [
        { id: "i2-v", periodId: "i2-2025", value: 1, state: "approved" },
        { id: "i2-draft", periodId: "i2-2025", value: 4, state: "draft" },
      ],
    },
    // 600 of 4000 (0.15) against the 2025 target of 800 (expected 800 / 4000 = 0.2): at risk (≥ 0.7 × 0.2, < 0.9 × 0.2).
    indicator("i3", "r3", "IND-3", "Abonnés", [800, 1600, 2400, 3200, 4000], 600),
    // 100 of 4000 (0.025): off track.
    indicator("i4", "r1", "IND-4", "Heures de formation", [800, 1600, 2400, 3200, 4000], 100),
    // No value: no data.
    indicator("i5", "os3", "IND-5", "Articles de presse", [2, 4, 6, 8, 10]),
  ],
  activities: [
    {
      ...activity("act1", "r1", "1.1", "Sessions de renforcement des capacités", "2025-03-01", "2025-06-30", 0),
      status: "done",
      budget: [{ year: 2025, funderId: "eu", planned: EUR(30000), committed: EUR(30000), spent: EUR(28000) }],
    },
    {
      ...activity("act2", "r2", "2.1", "Étude sur l'accès à la justice", "2025-02-01", "2025-05-31", 0),
      budget: [{ year: 2025, funderId: "eu", planned: EUR(15000), spent: EUR(15000) }],
    },
    {
      ...activity("act3", "r2", "2.2", "Programme national de plaidoyer", "2025-06-01", "2026-12-31", 0),
      status: "ongoing",
      completion: 0.5,
      dependsOn: [{ activityId: "act2", lagDays: 15 }],
      budget: [
        { year: 2025, funderId: "eu", planned: EUR(10000), spent: EUR(8000) },
        { year: 2026, funderId: "eu", planned: EUR(30000) },
      ],
    },
    activity("act4", "r3", "3.1", "Campagne sur les réseaux sociaux", "2025-09-01", "2025-12-31", 5000),
  ],
  contributions: [
    {
      id: "c1",
      workshop: "Atelier d'El Jadida, novembre 2024",
      author: "Fatima Zahra",
      stakeholderGroup: "Associations féminines",
      proposal: { fr: "Inclure les femmes victimes de violence dans le plaidoyer" },
      elementId: "os2",
      handling: "adopted",
    },
    {
      id: "c2",
      workshop: "Atelier d'El Jadida, novembre 2024",
      stakeholderGroup: "Jeunes",
      proposal: { fr: "Créer une radio associative" },
      handling: "rejected",
      reason: { fr: "Hors de portée du budget de la période" },
    },
    {
      id: "c3",
      workshop: "Atelier de Sidi Bennour, décembre 2024",
      stakeholderGroup: "Jeunes",
      proposal: { fr: "Former les jeunes aux réseaux sociaux" },
      elementId: "r3",
      handling: "merged",
    },
    {
      id: "c4",
      workshop: "Atelier de Sidi Bennour, décembre 2024",
      stakeholderGroup: "Élus locaux",
      proposal: { ar: "إشراك الجماعات الترابية في الترافع" },
      handling: "pending",
    },
  ],
};

const created = createPlan(input);
if (!created.ok) throw new Error(JSON.stringify(created.issues));
const plan: Plan = created.value;
const generatedAt = "2026-01-10T10:00:00+01:00";
const asOf = "2026-01-10";
const LANGUAGES = ["ar", "fr"] as const;

function expectValid(doc: ReportDocument): void {
  const r = validateReportDocument(doc);
  expect(r.ok ? [] : r.issues).toEqual([]);
  expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
}

type Table = Extract<Block, { type: "table" }>;
function blocks(doc: ReportDocument): Block[] {
  type S = { blocks: readonly Block[]; sections?: readonly S[] | undefined };
  const walk = (s: S): Block[] => [...s.blocks, ...(s.sections ?? []).flatMap(walk)];
  return doc.sections.flatMap(walk);
}
function table(doc: ReportDocument, id: string): Table {
  const t = blocks(doc).find((b): b is Table => b.type === "table" && b.id === id);
  if (t === undefined) throw new Error(`no table ${id}`);
  return t;
}

describe("planProgressReport", () => {
  it.each(LANGUAGES)("passes validateReportDocument in %s", (language) => {
    expectValid(planProgressReport(plan, { language, generatedAt, asOf }));
  });

  const doc = planProgressReport(plan, { language: "fr", generatedAt, asOf });

  it("opens with the plan's foundations and method when it has them, and only then", () => {
    expect(doc.sections.map((s) => s.id)).not.toContain("foundations");
    const withFoundations = createPlan({
      ...input,
      vision: { ar: "مجتمع مدني دكالي قوي ومؤثر", fr: "Une société civile forte et influente dans les Doukkala" },
      values: [{ fr: "Transparence" }, { fr: "Solidarité" }],
      foundations: {
        principles: [{ fr: "Démocratie participative (Constitution de 2011, art. 12 à 14)" }],
        references: [{ fr: "Dahir du 15 novembre 1958 sur le droit d'association" }],
        method: [
          { ar: "ورشة تشاركية مع الجمعيات الأعضاء بالجديدة" },
          { ar: "تشخيص داخلي وخارجي" },
          { ar: "مصادقة الجمع العام" },
        ],
      },
    });
    if (!withFoundations.ok) throw new Error(JSON.stringify(withFoundations.issues));
    const fr = planProgressReport(withFoundations.value, { language: "fr", generatedAt, asOf });
    expectValid(fr);
    const first = fr.sections[0];
    expect([first?.id, first?.heading]).toEqual(["foundations", "Fondements et méthode"]);
    expect(first?.blocks.map((b) => (b.type === "paragraph" ? b.text : b.type === "list" ? b.items : b.type))).toEqual([
      "Vision : Une société civile forte et influente dans les Doukkala",
      "Valeurs",
      ["Transparence", "Solidarité"],
      "Fondements",
      ["Démocratie participative (Constitution de 2011, art. 12 à 14)"],
      "Références",
      ["Dahir du 15 novembre 1958 sur le droit d'association"],
      "Méthode d'élaboration",
      ["ورشة تشاركية مع الجمعيات الأعضاء بالجديدة", "تشخيص داخلي وخارجي", "مصادقة الجمع العام"],
    ]);
    const ar = planProgressReport(withFoundations.value, { language: "ar", generatedAt, asOf });
    expectValid(ar);
    expect(ar.sections[0]?.heading).toBe("الأسس والمنهجية");
  });

  it("shows the key figures computed by hand", () => {
    const figures = blocks(doc).find((b) => b.type === "figures");
    if (figures?.type !== "figures") throw new Error("no figures");
    const value = (label: string) => figures.items.find((f) => f.label === label);
    // Axes: A1 = mean(1, 0.025) = 0.5125; A2 = 0.2; A3 = 0.15; plan = (40×0.5125 + 40×0.2 + 20×0.15) / 100.
    expect(value("Score du plan")?.value).toBeCloseTo(31.5, 10);
    expect(value("Couverture des indicateurs")?.value).toBe(100);
    expect(
      ["Atteint", "En bonne voie", "À risque", "Hors trajectoire", "Pas de données"].map((l) => value(l)?.value),
    ).toEqual([1, 1, 1, 1, 1]);
    expect(value("Activités réalisées")?.value).toBe(1);
    expect(value("Activités échues")?.value).toBe(3);
    expect(value("Activités en retard")?.value).toBe(2);
    expect(value("Budget dépensé par rapport au prévu")).toMatchObject({
      value: 5_100_000,
      target: 9_000_000,
      format: { type: "money", currency: "EUR" },
    });
  });

  it("colours the indicators like traffic lights, counting approved values only", () => {
    const t = table(doc, "indicators");
    expect(t.rows.map((r) => [r.code, r.actual, r.status])).toEqual([
      ["IND-1", 50, { label: "Atteint", tone: "positive" }],
      ["IND-2", 1, { label: "En bonne voie", tone: "positive" }],
      ["IND-3", 600, { label: "À risque", tone: "warning" }],
      ["IND-4", 100, { label: "Hors trajectoire", tone: "negative" }],
      ["IND-5", null, { label: "Pas de données", tone: "neutral" }],
    ]);
    expect(t.rows[2]?.achievement).toBeCloseTo(15, 10);
  });

  it("rolls up by axis, with a bar chart of scores", () => {
    const t = table(doc, "axes");
    expect(t.rows.map((r) => r.score)).toEqual([51.25, 20, 15.000000000000002].map((x) => expect.closeTo(x, 10)));
    const chart = blocks(doc).find((b) => b.type === "chart" && b.chart.kind === "bar");
    expect(chart?.type === "chart" && chart.chart.kind === "bar" ? chart.chart.categories : []).toEqual([
      "A1",
      "A2",
      "A3",
    ]);
  });

  it("shows no budget figure, not a zero, for a plan without any budget line", () => {
    const unbudgeted = createPlan({ ...input, activities: input.activities.map((a) => ({ ...a, budget: [] })) });
    if (!unbudgeted.ok) throw new Error(JSON.stringify(unbudgeted.issues));
    const d = planProgressReport(unbudgeted.value, { language: "fr", generatedAt, asOf });
    expectValid(d);
    const figures = blocks(d).find((b) => b.type === "figures");
    const labels = figures?.type === "figures" ? figures.items.map((f) => f.label) : [];
    expect(labels).toContain("Activités réalisées");
    expect(labels).not.toContain("Budget dépensé par rapport au prévu");
    const budget = d.sections.find((sec) => sec.id === "budget");
    expect(budget?.blocks.map((b) => b.type)).toEqual(["note"]);
  });

  it("leaves the cells of an axis without budget lines empty, not zero", () => {
    // Only the activity of the first axis (result r1) keeps its budget lines.
    const firstAxisOnly = createPlan({
      ...input,
      activities: input.activities.map((a) => (a.elementId === "r1" ? a : { ...a, budget: [] })),
    });
    if (!firstAxisOnly.ok) throw new Error(JSON.stringify(firstAxisOnly.issues));
    const byAxis = table(
      planProgressReport(firstAxisOnly.value, { language: "fr", generatedAt, asOf }),
      "budget-by-axis",
    );
    const empty = byAxis.rows.filter((r) => r.planned === null);
    expect(empty.length).toBeGreaterThan(0);
    for (const r of empty) expect([r.committed, r.spent, r.execution]).toEqual([null, null, null]);
    expect(byAxis.rows.some((r) => r.planned !== null)).toBe(true);
  });

  it("shows budget execution by axis and by year with totals", () => {
    const byAxis = table(doc, "budget-by-axis");
    expect(byAxis.rows.map((r) => [r.planned, r.spent])).toEqual([
      [EUR(30000), EUR(28000)],
      [EUR(55000), EUR(23000)],
      [EUR(5000), EUR(0)],
    ]);
    expect(byAxis.footer).toMatchObject({ planned: EUR(90000), committed: EUR(30000), spent: EUR(51000) });
    const byYear = table(doc, "budget-by-year");
    expect(byYear.rows.map((r) => [r.label, r.planned, r.spent, r.execution])).toEqual([
      ["2025", EUR(60000), EUR(51000), 85],
      ["2026", EUR(30000), EUR(0), 0],
    ]);
  });

  it("labels off-track indicators apart from late activities in every language", () => {
    for (const language of ["ar", "fr", "en"] as const) {
      const d = planProgressReport(plan, { language, generatedAt, asOf });
      const figures = blocks(d).find((b) => b.type === "figures");
      if (figures?.type !== "figures") throw new Error("no figures");
      const labels = figures.items.map((f) => f.label);
      expect(new Set(labels).size, language).toBe(labels.length);
    }
    expect(planReportLabels["figure.activitiesOverdue"].fr).toBe("Activités en retard");
  });

  it("shows budget execution by funder, by id when the plan does not name its funders", () => {
    const byFunder = table(doc, "budget-by-funder");
    expect(byFunder.rows).toEqual([
      { label: "eu", planned: EUR(90000), committed: EUR(30000), spent: EUR(51000), execution: (51000 / 90000) * 100 },
    ]);
    expect(byFunder.footer).toMatchObject({ planned: EUR(90000), spent: EUR(51000) });
  });

  it("names the funders the plan lists, in its order, and puts lines without a funder last", () => {
    const withFunders = createPlan({
      ...input,
      funders: [
        { id: "region", name: { ar: "مجلس الجهة", fr: "Conseil régional" } },
        { id: "eu", name: { ar: "الاتحاد الأوروبي", fr: "Union européenne" } },
      ],
      activities: [
        ...input.activities,
        {
          ...activity("act5", "r3", "3.2", "Site web", "2026-01-01", "2026-06-30", 0),
          budget: [
            { year: 2026, funderId: "region", planned: EUR(2000) },
            { year: 2026, planned: EUR(1000), committed: EUR(500) },
          ],
        },
      ],
    });
    if (!withFunders.ok) throw new Error(JSON.stringify(withFunders.issues));
    for (const [language, names] of [
      ["fr", ["Conseil régional", "Union européenne", "Sans bailleur désigné"]],
      ["ar", ["مجلس الجهة", "الاتحاد الأوروبي", "بدون جهة ممولة محددة"]],
    ] as const) {
      const d = planProgressReport(withFunders.value, { language, generatedAt, asOf });
      expectValid(d);
      const t = table(d, "budget-by-funder");
      expect(t.rows.map((r) => [r.label, r.planned])).toEqual([
        [names[0], EUR(2000)],
        [names[1], EUR(90000)],
        [names[2], EUR(1000)],
      ]);
      expect(t.footer).toMatchObject({ planned: EUR(93000), committed: EUR(30500) });
    }
  });

  it("draws a Gantt chart of the late activities", () => {
    const gantt = blocks(doc).find((b) => b.type === "chart" && b.chart.kind === "gantt");
    if (gantt?.type !== "chart" || gantt.chart.kind !== "gantt") throw new Error("no gantt");
    expect(gantt.chart.rows.map((r) => [r.label.toString().split(" ")[0], r.endOn, r.tone])).toEqual([
      ["2.1", "2025-05-31", "negative"],
      ["3.1", "2025-12-31", "negative"],
    ]);
    // 2025-05-31 to 2026-01-10: 224 days.
    expect(table(doc, "late-activities").rows.map((r) => r.daysLate)).toEqual([224, 10]);
  });

  it("says so when no activity is late", () => {
    const early = planProgressReport(plan, { language: "ar", generatedAt, asOf: "2025-01-15" });
    expectValid(early);
    expect(blocks(early).some((b) => b.type === "chart" && b.chart.kind === "gantt")).toBe(false);
    expect(blocks(early)).toContainEqual({
      type: "note",
      tone: "positive",
      text: "لا يوجد أي نشاط متأخر بتاريخ 15 يناير 2025.",
    });
  });
});

describe("toLogframe", () => {
  it.each(LANGUAGES)("passes validateReportDocument in %s", (language) => {
    expectValid(toLogframe(plan, { language, generatedAt }));
  });

  it("lists each axis's tree down to its activities, with tier labels", () => {
    const doc = toLogframe(plan, { language: "fr", generatedAt });
    expect(doc.sections).toHaveLength(3);
    const t = table(doc, "logframe-1-A1");
    expect(t.rows.map((r) => [r.level, r.code])).toEqual([
      ["Axe stratégique", "A1"],
      ["Objectif stratégique", "OS1.1"],
      ["Résultat attendu", "R1.1.1"],
      ["Activité", "1.1"],
    ]);
    expect(t.rows[2]).toMatchObject({
      indicators:
        "IND-1 Associations formées (référence : 0 ; cible : 50) ; IND-4 Heures de formation (référence : 0 ; cible : 4000)",
      verification: "Listes de présence ; Rapports d'activité",
      assumptions: "Les associations libèrent leurs cadres pour les formations",
    });
    expect(t.rows[3]).toMatchObject({ startOn: "2025-03-01", endOn: "2025-06-30", budget: EUR(30000) });
    expect(table(doc, "logframe-2-A2").rows.map((r) => r.code)).toEqual(["A2", "OS2.1", "R2.1.1", "2.1", "2.2"]);
  });

  it("uses Arabic tier labels in Arabic", () => {
    const doc = toLogframe(plan, { language: "ar", generatedAt });
    expect(table(doc, "logframe-1-A1").rows[0]?.level).toBe("محور استراتيجي");
  });
});

describe("indicatorTrackingTable", () => {
  it.each(LANGUAGES)("passes validateReportDocument in %s, with and without asOf", (language) => {
    expectValid(indicatorTrackingTable(plan, { language, generatedAt }));
    expectValid(indicatorTrackingTable(plan, { language, generatedAt, asOf }));
  });

  it("shows targets and approved actuals by period", () => {
    const doc = indicatorTrackingTable(plan, { language: "fr", generatedAt, asOf });
    const t = table(doc, "indicator-3-IND-2");
    expect(t.rows).toHaveLength(5);
    // The draft value of 4 is not counted.
    expect(t.rows[0]).toEqual({
      code: "IND-2",
      name: "Mémorandums déposés",
      startOn: "2025-01-01",
      endOn: "2025-12-31",
      target: 1,
      actual: 1,
      achievement: 100,
      values: 1,
    });
    expect(t.rows[1]).toMatchObject({ target: 2, actual: null, achievement: null, values: 0 });
    expect(table(doc, "indicator-1-IND-1").rows[0]).toMatchObject({ target: 10, actual: 50, achievement: 500 });
    expect(t.columns.slice(0, 2).map((c) => c.label)).toEqual(["Code", "Indicateur"]);
    expect(doc.sections.map((s) => s.heading)).toEqual([
      "A1 — Renforcement des capacités",
      "A2 — Plaidoyer pour l'accès à la justice",
      "A3 — Communication et marketing",
    ]);
  });

  it("writes CSV files that each name their indicator", () => {
    const doc = indicatorTrackingTable(plan, { language: "ar", generatedAt });
    const files = renderCsv(doc, { trusted: true });
    if (!files.ok) throw new Error(JSON.stringify(files.issues));
    expect(files.value.length).toBe(plan.indicators.length);
    for (const ind of plan.indicators) {
      const file = files.value.find((f) => f.tableId.endsWith(`-${ind.code}`));
      const [header, ...rows] = (file?.content ?? "").trim().split(/\r?\n/);
      expect(header, ind.code).toMatch(/^الرمز,المؤشر,/);
      expect(rows.length, ind.code).toBe(ind.periods.length);
      for (const row of rows) expect(row.startsWith(`${ind.code},${ind.name.fr},`), row).toBe(true);
    }
  });
});

describe("contributionsReport", () => {
  it.each(LANGUAGES)("passes validateReportDocument in %s", (language) => {
    expectValid(contributionsReport(plan, { language, generatedAt }));
  });

  it("counts contributions by handling and by stakeholder group, without authors", () => {
    const doc = contributionsReport(plan, { language: "fr", generatedAt });
    const figures = blocks(doc).find((b) => b.type === "figures");
    if (figures?.type !== "figures") throw new Error("no figures");
    expect(figures.items.map((f) => [f.label, f.value])).toEqual([
      ["Contributions reçues", 4],
      ["Adoptée", 1],
      ["Fusionnée", 1],
      ["Rejetée", 1],
      ["En attente", 1],
    ]);
    const byGroup = table(doc, "contributions-by-group");
    expect(byGroup.rows).toEqual([
      { group: "Associations féminines", adopted: 1, merged: 0, rejected: 0, pending: 0, total: 1 },
      { group: "Jeunes", adopted: 0, merged: 1, rejected: 1, pending: 0, total: 2 },
      { group: "Élus locaux", adopted: 0, merged: 0, rejected: 0, pending: 1, total: 1 },
    ]);
    expect(byGroup.footer).toEqual({ group: "Total", adopted: 1, merged: 1, rejected: 1, pending: 1, total: 4 });
    expect(table(doc, "workshop-1").rows[1]).toEqual({
      group: "Jeunes",
      proposal: "Créer une radio associative",
      element: null,
      handling: { label: "Rejetée", tone: "negative" },
      reason: "Hors de portée du budget de la période",
    });
    expect(JSON.stringify(doc)).not.toContain("Fatima");
  });

  it("notes when there is no contribution", () => {
    const { contributions: _, ...rest } = plan;
    const doc = contributionsReport(rest, { language: "ar", generatedAt });
    expectValid(doc);
    expect(blocks(doc)).toContainEqual({ type: "note", tone: "neutral", text: "لم تسجل أي مساهمة." });
  });
});

describe("planReportLabels", () => {
  it("has every heading in ar, fr and en", () => {
    for (const labels of Object.values(planReportLabels)) {
      expect([labels.ar, labels.fr, labels.en].every((t) => t.length > 0)).toBe(true);
    }
  });
});
