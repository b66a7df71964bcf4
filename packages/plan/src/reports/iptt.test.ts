import { codeText, type ReportDocument, renderCsv, renderHtml, validateReportDocument } from "@madani/report";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currentActual, indicatorProgress, lifeOfProjectTarget, periodActual } from "../indicator/progress.js";
import { createPlan } from "../plan/createPlan.js";
import type { Plan } from "../plan/plan.js";
import { planIpttReport } from "./iptt.js";

const generatedAt = "2027-01-25T10:00:00+01:00";
const asOf = "2026-12-31";
const LANGUAGES = ["ar", "fr", "en"] as const;

const year = (y: number, target?: number) => ({
  id: String(y),
  startOn: `${y}-01-01`,
  endOn: `${y}-12-31`,
  ...(target === undefined ? {} : { target }),
});
const ED = "El Jadida";
const SB = "Sidi Bennour";

/**
 * The Doukkala network (El Jadida and Sidi Bennour) follows four indicators: two annual, one by half-year,
 * one yes/no; two of them disaggregated.
 */
const input = {
  format: "madani.plan/1",
  id: "plan-doukkala-2025-2027",
  organizationId: "reseau-doukkala",
  title: { ar: "مخطط شبكة الجمعيات الدكالية 2025-2027", fr: "Plan du Réseau des associations des Doukkala 2025-2027" },
  period: { startOn: "2025-01-01", endOn: "2027-12-31" },
  template: { kind: "default" },
  elements: [
    { id: "ax1", tier: "axis", code: "A1", title: { ar: "تقوية القدرات", fr: "Renforcement des capacités" } },
    { id: "ax2", tier: "axis", code: "A2", title: { ar: "الترافع", fr: "Plaidoyer" } },
    { id: "ax3", tier: "axis", code: "A3", title: { ar: "التواصل", fr: "Communication" } },
    { id: "os1", parentId: "ax1", tier: "objective", code: "OS1.1", title: { fr: "Améliorer la gouvernance" } },
    { id: "os2", parentId: "ax2", tier: "objective", code: "OS2.1", title: { fr: "Faire adopter un programme" } },
    { id: "r1", parentId: "os1", tier: "result", code: "R1.1.1", title: { fr: "Les membres sont formés" } },
    { id: "r2", parentId: "os2", tier: "result", code: "R2.1.1", title: { fr: "Un plaidoyer est porté" } },
  ],
  indicators: [
    {
      id: "i-participants",
      elementId: "r1",
      code: "IND-1.1",
      name: { ar: "المشاركون في الدورات التكوينية", fr: "Participants aux formations" },
      unit: { ar: "شخص", fr: "personnes", en: "people" },
      measure: "number",
      direction: "increase",
      baseline: { value: 0, date: "2024-12-31" },
      acrossPeriods: "sum",
      disaggregations: ["sex", "province"],
      periods: [year(2025, 30), year(2026, 40), year(2027, 50)],
      values: [
        { id: "a", periodId: "2025", value: 12, disaggregation: { sex: "female", province: ED }, state: "approved" },
        { id: "b", periodId: "2025", value: 9, disaggregation: { sex: "male", province: ED }, state: "approved" },
        { id: "c", periodId: "2025", value: 7, disaggregation: { sex: "female", province: SB }, state: "approved" },
        { id: "d", periodId: "2025", value: 5, disaggregation: { sex: "male", province: SB }, state: "approved" },
        { id: "e", periodId: "2026", value: 15, disaggregation: { sex: "female", province: ED }, state: "approved" },
        { id: "f", periodId: "2026", value: 10, disaggregation: { sex: "male", province: ED }, state: "approved" },
        { id: "g", periodId: "2026", value: 8, disaggregation: { sex: "female", province: SB }, state: "approved" },
        { id: "h", periodId: "2026", value: 6, disaggregation: { sex: "male" }, state: "approved" },
        {
          id: "draft",
          periodId: "2026",
          value: 100,
          disaggregation: { sex: "female", province: "Azemmour" },
          state: "draft",
        },
      ],
    },
    {
      id: "i-certified",
      elementId: "r1",
      code: "IND-1.2",
      name: { ar: "نسبة الجمعيات ذات الحسابات المصادق عليها", fr: "Part des associations aux comptes certifiés" },
      measure: "percentage",
      direction: "increase",
      baseline: { value: 10, date: "2024-12-31" },
      disaggregations: ["province"],
      periods: [year(2025, 30), year(2026, 50), year(2027, 60)],
      values: [
        {
          id: "a",
          periodId: "2025",
          numerator: 6,
          denominator: 48,
          disaggregation: { province: ED },
          state: "approved",
        },
        {
          id: "b",
          periodId: "2025",
          numerator: 9,
          denominator: 12,
          disaggregation: { province: SB },
          state: "approved",
        },
        {
          id: "c",
          periodId: "2026",
          numerator: 18,
          denominator: 50,
          disaggregation: { province: ED },
          state: "approved",
        },
        {
          id: "d",
          periodId: "2026",
          numerator: 8,
          denominator: 10,
          disaggregation: { province: SB },
          state: "approved",
        },
      ],
    },
    {
      id: "i-memoranda",
      elementId: "r2",
      code: "IND-2.1",
      name: { ar: "المذكرات الترافعية المودعة", fr: "Mémorandums de plaidoyer déposés" },
      measure: "number",
      direction: "increase",
      baseline: { value: 0, date: "2024-12-31" },
      acrossPeriods: "sum",
      periods: [
        { id: "s1-2025", startOn: "2025-01-01", endOn: "2025-06-30", target: 1 },
        { id: "s2-2025", startOn: "2025-07-01", endOn: "2025-12-31", target: 1 },
        { id: "s1-2026", startOn: "2026-01-01", endOn: "2026-06-30", target: 2 },
        { id: "s2-2026", startOn: "2026-07-01", endOn: "2026-12-31", target: 2 },
      ],
      values: [
        { id: "a", periodId: "s1-2025", value: 1, state: "approved" },
        { id: "b", periodId: "s2-2025", value: 0, state: "approved" },
        { id: "c", periodId: "s1-2026", value: 2, state: "approved" },
        { id: "d", periodId: "s2-2026", value: 1, state: "submitted" },
      ],
    },
    {
      id: "i-programme",
      elementId: "os2",
      code: "IND-2.2",
      name: { ar: "اعتماد برنامج وطني", fr: "Programme national adopté" },
      measure: "yes-no",
      direction: "increase",
      periods: [year(2026), year(2027, 1)],
      values: [{ id: "a", periodId: "2026", value: 0, state: "approved" }],
    },
  ],
  activities: [],
};

const created = createPlan(input);
if (!created.ok) throw new Error(JSON.stringify(created.issues));
const plan: Plan = created.value;

function expectValid(doc: ReportDocument): void {
  const r = validateReportDocument(doc);
  expect(r.ok ? [] : r.issues).toEqual([]);
  expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
}

type Table = Extract<ReportDocument["sections"][number]["blocks"][number], { type: "table" }>;
function table(doc: ReportDocument, id: string): Table {
  const t = doc.sections.flatMap((s) => s.blocks).find((b): b is Table => b.type === "table" && b.id === id);
  if (t === undefined) throw new Error(`no table ${id}`);
  return t;
}
const near = (x: number) => expect.closeTo(x, 9);

describe("planIpttReport", () => {
  it.each(LANGUAGES)("passes validateReportDocument in %s and round-trips through JSON", (language) => {
    expectValid(planIpttReport(plan, { language, generatedAt, asOf }));
  });

  // All the periods in one table, to read the cells by hand.
  const doc = planIpttReport(plan, { language: "fr", generatedAt, asOf, periodsPerTable: 30 });
  const iptt = table(doc, "iptt");

  it("groups the columns by span of days, ordered by end date, then start date", () => {
    const labels = iptt.columns.map((c) => c.label);
    expect(labels.slice(0, 8)).toEqual([
      "Code",
      "Indicateur",
      "Unité",
      "Valeur de référence",
      "Cible de fin de projet",
      "Cible à date",
      "Réalisé à date",
      "% de la cible finale",
    ]);
    expect(labels.slice(8).filter((_, k) => k % 3 === 0)).toEqual([
      "Cible S1 2025",
      "Cible 2025",
      "Cible S2 2025",
      "Cible S1 2026",
      "Cible 2026",
      "Cible S2 2026",
      "Cible 2027",
    ]);
    expect(labels.slice(9, 11)).toEqual(["Réalisé S1 2025", "% atteint S1 2025"]);
    expect(iptt.columns.map((c) => c.key).slice(8, 11)).toEqual(["p1-target", "p1-actual", "p1-met"]);
    expect(iptt.title).toBe("Performance des indicateurs par période");
  });

  it("puts three periods a table by default, so that a table fits an A4 landscape page", () => {
    const split = planIpttReport(plan, { language: "fr", generatedAt, asOf });
    expectValid(split);
    const tables = split.sections[0]?.blocks.flatMap((b) => (b.type === "table" ? [b] : [])) ?? [];
    expect(tables.map((t) => [t.id, t.title, t.columns.length])).toEqual([
      ["iptt", "Performance des indicateurs par période (S1 2025 – S2 2025)", 8 + 3 * 3],
      ["iptt-2", "Performance des indicateurs par période (S1 2026 – S2 2026)", 8 + 3 * 3],
      ["iptt-3", "Performance des indicateurs par période (2027)", 8 + 3],
    ]);
    // The same cells as the single table, period by period.
    tables.forEach((t, k) => {
      const shift = (key: string) => key.replace(/^p(\d+)-/, (_, n: string) => `p${Number(n) + 3 * k}-`);
      expect(t.rows).toEqual(
        iptt.rows.map((r) =>
          Object.fromEntries(
            t.columns.flatMap((c) => (r[shift(c.key)] !== undefined ? [[c.key, r[shift(c.key)]]] : [])),
          ),
        ),
      );
    });
    // The disaggregation tables take as many columns: up to 12 periods, so one table here.
    expect(table(split, "iptt-disaggregation").columns).toHaveLength(5 + 7);
    const two = planIpttReport(plan, { language: "fr", generatedAt, asOf, periodsPerTable: 2 });
    expect(two.sections[0]?.blocks.map((b) => (b.type === "table" ? b.id : b.type))).toEqual([
      "iptt",
      "iptt-2",
      "iptt-3",
      "iptt-4",
    ]);
  });

  it("lists the indicators under their axis, objective and result, in plan order", () => {
    expect(iptt.rows.map((r) => [r.code, r.name])).toEqual([
      ["A1", "Axe stratégique : Renforcement des capacités"],
      ["OS1.1", "Objectif stratégique : Améliorer la gouvernance"],
      ["R1.1.1", "Résultat attendu : Les membres sont formés"],
      ["IND-1.1", "Participants aux formations"],
      ["IND-1.2", "Part des associations aux comptes certifiés"],
      ["A2", "Axe stratégique : Plaidoyer"],
      ["OS2.1", "Objectif stratégique : Faire adopter un programme"],
      ["IND-2.2", "Programme national adopté"],
      ["R2.1.1", "Résultat attendu : Un plaidoyer est porté"],
      ["IND-2.1", "Mémorandums de plaidoyer déposés"],
    ]);
    // A heading row has no number.
    expect(Object.keys(iptt.rows[0] ?? {})).toEqual(["code", "name"]);
  });

  const row = (code: string) => iptt.rows.find((r) => r.code === code) ?? {};

  it("computes a cumulated head count by hand", () => {
    // Targets 30 + 40 (+ 50 in 2027) = 120; actuals 33 (2025) + 39 (2026; the draft 100 is not counted).
    expect(row("IND-1.1")).toEqual({
      code: "IND-1.1",
      name: "Participants aux formations",
      unit: "personnes",
      baseline: 0,
      lopTarget: 120,
      targetToDate: 70,
      actualToDate: 72,
      lopMet: 60,
      "p2-target": 30,
      "p2-actual": 33,
      "p2-met": 110,
      "p5-target": 40,
      "p5-actual": 39,
      "p5-met": 97.5,
      "p7-target": 50,
      "p7-actual": null,
      "p7-met": null,
    });
  });

  it("pools a percentage from its numerators and denominators", () => {
    // 2025: 15 / 60 = 25 %, not (12.5 + 75) / 2; 2026: 26 / 60. `last`: LoP 60, to date the 2026 target 50.
    expect(row("IND-1.2")).toMatchObject({
      unit: "%",
      baseline: 10,
      lopTarget: 60,
      targetToDate: 50,
      actualToDate: near(43.333333333),
      lopMet: near((((26 / 60) * 100 - 10) / 50) * 100),
      "p2-actual": 25,
      "p2-met": 75,
      "p5-actual": near(43.333333333),
      "p5-met": near(83.333333333),
    });
  });

  it("aligns half-years apart from years", () => {
    const r = row("IND-2.1");
    expect([r["p1-target"], r["p1-actual"], r["p3-target"], r["p3-actual"], r["p4-actual"], r["p6-actual"]]).toEqual([
      1,
      1,
      1,
      0,
      2,
      null,
    ]);
    // No annual period: the year columns are empty.
    expect([r["p2-target"], r["p5-actual"], r["p7-met"]]).toEqual([undefined, undefined, undefined]);
    // The S2 2026 value is only submitted: 1 + 0 + 2 of 1 + 1 + 2 + 2.
    expect(r).toMatchObject({ lopTarget: 6, targetToDate: 6, actualToDate: 3, lopMet: 50 });
  });

  it("leaves the cumulative target empty before a period with a target has ended", () => {
    expect(row("IND-2.2")).toMatchObject({
      unit: "Oui / non",
      baseline: null,
      lopTarget: 1,
      targetToDate: null,
      actualToDate: 0,
      lopMet: 0,
      "p5-target": null,
      "p5-actual": 0,
    });
  });

  it("shows head counts without decimals, percentages in whole percent units, other numbers as they need", () => {
    const decimals = (t: Table) => Object.fromEntries(t.columns.map((c) => [c.key, c.decimals]));
    // 43.33 % (IND-1.2) in the columns of head counts: shown in whole percent units, the head counts without decimals.
    expect(decimals(iptt)).toMatchObject({ baseline: 0, lopTarget: 0, targetToDate: 0, actualToDate: 0, lopMet: 0 });
    expect([decimals(iptt)["p2-actual"], decimals(iptt)["p5-actual"]]).toEqual([0, 0]);
    expect(iptt.columns.filter((c) => c.key.endsWith("-met")).every((c) => c.type === "percent")).toBe(true);
    // The cells keep the exact value.
    expect(row("IND-1.2").actualToDate).toBeCloseTo(43.333333333, 9);
    // A mean of days, 12.5 in 2025, needs one digit.
    const days = {
      ...input.indicators[0],
      id: "i-days",
      code: "IND-1.3",
      unit: { fr: "jours" },
      withinPeriod: "mean",
      acrossPeriods: "last",
      disaggregations: [],
      values: [
        { id: "a", periodId: "2025", value: 12, state: "approved" },
        { id: "b", periodId: "2025", value: 13, state: "approved" },
      ],
    };
    const withDays = createPlan({ ...input, indicators: [...input.indicators, days] });
    if (!withDays.ok) throw new Error(JSON.stringify(withDays.issues));
    const t = table(planIpttReport(withDays.value, { language: "fr", generatedAt, asOf, periodsPerTable: 30 }), "iptt");
    expect([decimals(t)["p2-actual"], decimals(t).actualToDate, decimals(t)["p5-actual"]]).toEqual([1, 1, 0]);
  });

  it("breaks the actuals down by each disaggregation, per period and to date", () => {
    const t = table(doc, "iptt-disaggregation");
    expect(t.title).toBe("Ventilation des réalisations");
    expect(t.columns.map((c) => c.key)).toEqual([
      "code",
      "name",
      "dimension",
      "category",
      "p1",
      "p2",
      "p3",
      "p4",
      "p5",
      "p6",
      "p7",
      "toDate",
    ]);
    const rows = t.rows.map((r) => [r.code, r.dimension, r.category, r.p2, r.p5, r.toDate]);
    expect(rows).toEqual([
      ["IND-1.1", "Sexe", "Femme", 19, 23, 42],
      ["IND-1.1", "Sexe", "Homme", 14, 16, 30],
      ["IND-1.1", "Sexe", "Total", 33, 39, 72],
      ["IND-1.1", "province", ED, 21, 25, 46],
      ["IND-1.1", "province", SB, 12, 8, 20],
      ["IND-1.1", "province", "Non ventilé", null, 6, 6],
      ["IND-1.1", "province", "Total", 33, 39, 72],
      // Percentages from the category's numerators and denominators; `last` to date.
      ["IND-1.2", "province", ED, 12.5, 36, 36],
      ["IND-1.2", "province", SB, 75, 80, 80],
      ["IND-1.2", "province", "Total", 25, near(43.333333333), near(43.333333333)],
    ]);
    // IND-1.2 has no half-year periods: empty, not zero.
    expect(t.rows[7]?.p1).toBeUndefined();
  });

  it("notes when no indicator is disaggregated", () => {
    const plain = createPlan({ ...input, indicators: input.indicators.filter((i) => i.disaggregations === undefined) });
    if (!plain.ok) throw new Error(JSON.stringify(plain.issues));
    const d = planIpttReport(plain.value, { language: "en", generatedAt, asOf });
    expectValid(d);
    expect(d.sections[1]?.blocks).toEqual([
      { type: "note", tone: "neutral", text: "The plan has no disaggregated indicator." },
    ]);
  });

  it("notes when the plan has no indicator", () => {
    const empty = createPlan({ ...input, indicators: [] });
    if (!empty.ok) throw new Error(JSON.stringify(empty.issues));
    const d = planIpttReport(empty.value, { language: "ar", generatedAt, asOf });
    expectValid(d);
    expect(d.sections.map((s) => s.blocks.map((b) => b.type))).toEqual([["note"], ["note"]]);
  });

  it("writes codes with codeText in Arabic, Arabic labels and periods", () => {
    const ar = planIpttReport(plan, { language: "ar", generatedAt, asOf, periodsPerTable: 30 });
    const t = table(ar, "iptt");
    expect(t.rows[3]?.code).toBe(codeText("IND-1.1"));
    expect(t.rows[0]?.name).toBe("محور استراتيجي: تقوية القدرات");
    expect(t.columns[5]?.label).toBe("المستهدف حتى تاريخه");
    expect(t.columns[8]?.label).toBe("المستهدف الأسدس الأول 2025");
    expect(ar.meta.title).toBe("جدول تتبع أداء المؤشرات حسب الفترات — مخطط شبكة الجمعيات الدكالية 2025-2027");
    const en = table(planIpttReport(plan, { language: "en", generatedAt, asOf }), "iptt");
    expect(en.columns.slice(8, 11).map((c) => c.label)).toEqual(["Target H1 2025", "Actual H1 2025", "% met H1 2025"]);
  });

  it("labels quarters, and other spans by their dates", () => {
    const spans = createPlan({
      ...input,
      indicators: [
        {
          ...input.indicators[2],
          values: [],
          periods: [
            { id: "q3", startOn: "2025-07-01", endOn: "2025-09-30", target: 1 },
            { id: "odd", startOn: "2025-02-15", endOn: "2025-05-14", target: 1 },
          ],
        },
      ],
    });
    if (!spans.ok) throw new Error(JSON.stringify(spans.issues));
    const labels = (language: "ar" | "fr" | "en") =>
      table(planIpttReport(spans.value, { language, generatedAt, asOf }), "iptt")
        .columns.slice(8)
        .filter((c) => c.key.endsWith("-actual"))
        .map((c) => c.label);
    expect(labels("fr")).toEqual(["Réalisé 15 février 2025 – 14 mai 2025", "Réalisé T3 2025"]);
    expect(labels("en")).toEqual(["Actual February 15, 2025 – May 14, 2025", "Actual Q3 2025"]);
    expect(labels("ar")[1]).toBe("المنجز الربع الثالث 2025");
  });

  it("renders to CSV and to HTML, the wide table on landscape pages", () => {
    for (const language of LANGUAGES) {
      const d = planIpttReport(plan, { language, generatedAt, asOf });
      const csv = renderCsv(d);
      if (!csv.ok) throw new Error(JSON.stringify(csv.issues));
      expect(csv.value.map((f) => f.tableId)).toEqual(["iptt", "iptt-2", "iptt-3", "iptt-disaggregation"]);
      const html = renderHtml(d);
      if (!html.ok) throw new Error(JSON.stringify(html.issues));
      expect(html.value).toMatch(/<section class="section level-1 landscape" aria-labelledby="iptt">/);
    }
    const csv = renderCsv(doc);
    const lines = csv.ok ? (csv.value[0]?.content ?? "").split("\r\n") : [];
    expect(lines[0]?.startsWith("Code,Indicateur,Unité,Valeur de référence,Cible de fin de projet,")).toBe(true);
    expect(lines[4]).toBe(
      "IND-1.1,Participants aux formations,personnes,0,120,70,72,60,,,,30,33,110,,,,,,,40,39,97.5,,,,50,,",
    );
  });

  it("never puts more than 30 periods in a table (100 columns)", () => {
    const months = Array.from({ length: 36 }, (_, k) => {
      const y = 2025 + Math.floor(k / 12);
      const m = String((k % 12) + 1).padStart(2, "0");
      const end = new Date(Date.UTC(y, (k % 12) + 1, 0)).toISOString().slice(0, 10);
      return { id: `m${k}`, startOn: `${y}-${m}-01`, endOn: end, target: k };
    });
    const monthly = createPlan({
      ...input,
      indicators: [{ ...input.indicators[2], id: "i-monthly", periods: months, values: [] }],
    });
    if (!monthly.ok) throw new Error(JSON.stringify(monthly.issues));
    const d = planIpttReport(monthly.value, { language: "fr", generatedAt, asOf, periodsPerTable: 31 });
    expectValid(d);
    expect(table(d, "iptt").columns).toHaveLength(8 + 3 * 30);
    expect(table(d, "iptt-2").columns).toHaveLength(8 + 3 * 6);
    expect(table(d, "iptt-2").columns[8]?.label).toBe("Cible 1 juillet 2027 – 31 juillet 2027");
    // By default, three periods a table; the disaggregation section notes that no indicator is disaggregated.
    const byDefault = planIpttReport(monthly.value, { language: "fr", generatedAt, asOf });
    expectValid(byDefault);
    expect(byDefault.sections[0]?.blocks).toHaveLength(12);
  });
});

describe("planIpttReport laws", () => {
  const dates = ["2025-01-01", "2025-03-31", "2025-06-30", "2025-07-01", "2025-12-31", "2026-06-30", "2026-12-31"];
  const arbPeriod = fc
    .tuple(fc.constantFrom(...dates), fc.constantFrom(...dates), fc.option(fc.integer({ min: -50, max: 200 })))
    .map(([a, b, target]) => {
      const [startOn = a, endOn = b] = [a, b].sort();
      return { startOn, endOn, ...(target === null ? {} : { target }) };
    });
  const arbValue = fc.record({
    period: fc.nat(5),
    value: fc.option(fc.integer({ min: -20, max: 200 })),
    ratio: fc.option(fc.tuple(fc.nat(50), fc.integer({ min: 1, max: 50 }))),
    sex: fc.option(fc.constantFrom("female", "male")),
    state: fc.constantFrom("approved", "approved", "draft", "submitted"),
  });
  const aggregation = fc.constantFrom("sum", "mean", "last", "max", "min");
  const arbIndicator = fc.record({
    measure: fc.constantFrom("number", "percentage", "ratio", "yes-no", "ordinal", "qualitative"),
    direction: fc.constantFrom("increase", "decrease", "maintain"),
    baseline: fc.option(fc.integer({ min: -10, max: 100 })),
    lopTarget: fc.option(fc.integer({ min: 0, max: 300 })),
    acrossPeriods: fc.option(aggregation),
    withinPeriod: fc.option(aggregation),
    periods: fc.array(arbPeriod, { maxLength: 6 }),
    values: fc.array(arbValue, { maxLength: 12 }),
  });

  type Sheet = typeof arbIndicator extends fc.Arbitrary<infer T> ? T : never;
  const planOf = (sheets: readonly Sheet[]): Plan => {
    const indicator = (s: Sheet, k: number) => {
      const periods = s.periods.map((p, j) => ({ id: `p${j}`, ...p }));
      return {
        id: `i${k}`,
        elementId: "r1",
        code: `IND-${k}`,
        name: { fr: `Indicateur ${k}` },
        measure: s.measure,
        direction: s.direction,
        ...(s.direction === "maintain" ? { band: { low: 10, high: 50 } } : {}),
        ...(s.baseline === null ? {} : { baseline: { value: s.baseline, date: "2024-12-31" } }),
        ...(s.lopTarget === null ? {} : { lopTarget: s.lopTarget }),
        ...(s.acrossPeriods === null ? {} : { acrossPeriods: s.acrossPeriods }),
        ...(s.withinPeriod === null ? {} : { withinPeriod: s.withinPeriod }),
        disaggregations: ["sex"],
        periods,
        values: s.values.flatMap((v, j) =>
          periods.length === 0
            ? []
            : [
                {
                  id: `v${j}`,
                  periodId: `p${v.period % periods.length}`,
                  ...(v.value === null ? {} : { value: v.value }),
                  ...(v.ratio === null ? {} : { numerator: v.ratio[0], denominator: v.ratio[1] }),
                  ...(v.sex === null ? {} : { disaggregation: { sex: v.sex } }),
                  state: v.state,
                },
              ],
        ),
      };
    };
    const r = createPlan({
      ...input,
      period: { startOn: "2025-01-01", endOn: "2026-12-31" },
      indicators: sheets.map(indicator),
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  };

  it("the IPTT's cumulative actual equals the current actual, its LoP target the life-of-project target", () => {
    fc.assert(
      fc.property(
        fc.array(arbIndicator, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...dates, "2024-12-31", "2027-01-01"),
        (sheets, on) => {
          const p = planOf(sheets);
          const d = planIpttReport(p, { language: "fr", generatedAt, asOf: on, periodsPerTable: 30 });
          expect(validateReportDocument(d).ok).toBe(true);
          const t = table(d, "iptt");
          const finite = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? null : x);
          for (const ind of p.indicators) {
            const r = t.rows.find((x) => x.code === ind.code);
            const progress = indicatorProgress(ind, on, { planEndOn: p.period.endOn });
            expect(r?.actualToDate).toBe(finite(currentActual(ind, on)?.value));
            expect(r?.lopTarget).toBe(finite(lifeOfProjectTarget(ind, p.period.endOn)?.value));
            const targetEnded = ind.periods.some((q) => q.target !== undefined && q.endOn <= on);
            expect(r?.targetToDate).toBe(targetEnded ? finite(progress.expectedValue) : null);
          }
        },
      ),
    );
  });

  it("shows each period's actual in the column of its dates, and categories that add up to the total", () => {
    fc.assert(
      fc.property(fc.array(arbIndicator, { minLength: 1, maxLength: 3 }), (sheets) => {
        const p = planOf(sheets);
        const d = planIpttReport(p, { language: "en", generatedAt, asOf, periodsPerTable: 30 });
        const t = table(d, "iptt");
        // The alignment rule: one column group per span of days, by end date, then start date.
        // A second period of an indicator with the same dates has a column group of its own (occurrence 1).
        const spanOf = (i: Plan["indicators"][number]) => {
          const count = new Map<string, number>();
          return i.periods.map((q) => {
            const dates = `${q.endOn}/${q.startOn}`;
            const occurrence = count.get(dates) ?? 0;
            count.set(dates, occurrence + 1);
            return `${dates}/${occurrence}`;
          });
        };
        const spans = [...new Set(p.indicators.flatMap(spanOf))].sort();
        const groups = table(d, "iptt-disaggregation");
        for (const ind of p.indicators) {
          const r = t.rows.find((x) => x.code === ind.code) ?? {};
          const own = spanOf(ind);
          for (const [j, q] of ind.periods.entries()) {
            const span = own[j] ?? "";
            const k = spans.indexOf(span) + 1;
            expect(r[`p${k}-actual`], span).toBe(periodActual(ind, q.id)?.value ?? null);
            expect(r[`p${k}-target`], span).toBe(q.target ?? null);
          }
          // Head counts added within periods: the categories add up to the total.
          if (ind.measure === "number" && (ind.withinPeriod ?? "sum") === "sum") {
            const mine = groups.rows.filter((x) => x.code === ind.code);
            const total = mine.find((x) => x.category === "Total") ?? {};
            for (const key of groups.columns.map((c) => c.key).filter((c) => /^p\d+$/.test(c))) {
              const value = total[key];
              if (typeof value !== "number") continue;
              const parts = mine.filter((x) => x.category !== "Total").map((x) => x[key]);
              expect(parts.reduce<number>((a, x) => a + (typeof x === "number" ? x : 0), 0)).toBeCloseTo(value, 9);
            }
          }
        }
      }),
    );
  });
});

describe("planIpttReport with targets and values by category and place", () => {
  // Participants entered by sex and again by place (El Jadida 06.181 and Sidi Bennour 06.467 in 2025; the
  // communes of El Jadida 06.181.01.03 and Azemmour 06.181.01.01 in 2026), with targets by sex and by province.
  const byPlace = {
    id: "i-by-place",
    elementId: "r1",
    code: "IND-3",
    name: { fr: "Participants par lieu" },
    measure: "number",
    direction: "increase",
    acrossPeriods: "sum",
    disaggregations: ["sex"],
    totalBreakdown: { dimensions: ["sex"] },
    periods: [
      {
        ...year(2025, 100),
        targetsBy: [
          { disaggregation: { sex: "female" }, target: 60 },
          { disaggregation: { sex: "male" }, target: 40 },
          { place: "06.181", target: 70 },
          { place: "06.467", target: 30 },
        ],
      },
      {
        ...year(2026, 150),
        targetsBy: [
          { disaggregation: { sex: "female" }, target: 90 },
          { disaggregation: { sex: "male" }, target: 60 },
        ],
      },
    ],
    values: [
      { id: "f25", periodId: "2025", value: 55, disaggregation: { sex: "female" }, state: "approved" },
      { id: "m25", periodId: "2025", value: 45, disaggregation: { sex: "male" }, state: "approved" },
      { id: "ed25", periodId: "2025", value: 62, place: "06.181", state: "approved" },
      { id: "sb25", periodId: "2025", value: 38, place: "06.467", state: "approved" },
      { id: "f26", periodId: "2026", value: 70, disaggregation: { sex: "female" }, state: "approved" },
      { id: "m26", periodId: "2026", value: 50, disaggregation: { sex: "male" }, state: "approved" },
      { id: "edc26", periodId: "2026", value: 40, place: "06.181.01.03", state: "approved" },
      { id: "az26", periodId: "2026", value: 25, place: "06.181.01.01", state: "approved" },
    ],
  };
  const made = createPlan({ ...input, indicators: [byPlace] });
  if (!made.ok) throw new Error(JSON.stringify(made.issues));
  const doc = planIpttReport(made.value, { language: "fr", generatedAt, asOf });

  it("shows the targets of each category and place beside its actuals, places summing their communes", () => {
    expectValid(doc);
    const t = table(doc, "iptt-disaggregation");
    expect(t.columns.map((c) => c.label)).toEqual([
      "Code",
      "Indicateur",
      "Critère de ventilation",
      "Catégorie",
      "Cible de fin de projet",
      "Cible 2025",
      "Réalisé 2025",
      "Cible 2026",
      "Réalisé 2026",
      "Réalisé à date",
    ]);
    expect(
      t.rows.map((r) => [r.dimension, r.category, r.lopTarget, r["p1-target"], r.p1, r["p2-target"], r.p2, r.toDate]),
    ).toEqual([
      ["Sexe", "Femme", 150, 60, 55, 90, 70, 125],
      ["Sexe", "Homme", 100, 40, 45, 60, 50, 95],
      // The total once, from the breakdown by sex: not the sum of both breakdowns.
      ["Sexe", "Total", 250, 100, 100, 150, 120, 220],
      ["Lieu", "El Jadida (06.181)", 70, 70, 62, null, 65, 127],
      ["Lieu", "Azemmour (06.181.01.01)", null, null, null, null, 25, 25],
      ["Lieu", "El Jadida (06.181.01.03)", null, null, null, null, 40, 40],
      ["Lieu", "Sidi Bennour (06.467)", 30, 30, 38, null, null, 38],
      ["Lieu", "Total", 250, 100, 100, 150, 120, 220],
    ]);
    // The main table is unchanged: the total once.
    expect(table(doc, "iptt").rows.find((r) => r.code === "IND-3")?.actualToDate).toBe(220);
  });

  it("names places in Arabic, and keeps two columns per period within the width of the main tables", () => {
    const ar = planIpttReport(made.value, { language: "ar", generatedAt, asOf });
    expectValid(ar);
    expect(table(ar, "iptt-disaggregation").rows.map((r) => r.category)).toContain(`الجديدة (${codeText("06.181")})`);
    const many = createPlan({
      ...input,
      indicators: [
        {
          ...byPlace,
          periods: [2025, 2026, 2027].map((y) => ({ ...year(y, 10), targetsBy: [{ place: "06", target: 10 }] })),
        },
      ],
    });
    if (!many.ok) throw new Error(JSON.stringify(many.issues));
    const split = planIpttReport(many.value, { language: "en", generatedAt, asOf, periodsPerTable: 1 });
    // 1 period a main table (8 + 3 columns): 2 periods a disaggregation table (6 + 2 × 2 columns).
    expect(split.sections[1]?.blocks.map((b) => (b.type === "table" ? b.columns.length : 0))).toEqual([10, 8]);
  });
});
