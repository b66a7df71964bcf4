/**
 * Plans and options for the tests of the IATI activity export (packages/plan/src/iati/activity*.test.ts): a plan
 * that uses every feature the export writes, its options, and arbitraries of plans for the property tests.
 */
import fc from "fast-check";
import type { IatiActivityOptions } from "../../src/iati/activity.js";
import type { Plan } from "../../src/plan/plan.js";
import { validatePlan } from "../../src/plan/validate.js";
import { everyExtensionPlan, generatedIndicator, scenarioPlan } from "./fixtures.js";

const MAD = (dirhams: number) => ({ amount: dirhams * 100, currency: "MAD" });

/**
 * The Doukkala network's plan with every feature of the activity export: titles in four languages, a mission,
 * SDG goals and targets, activities with partners, budget lines of three years (revised ones, a funder named by
 * the plan and one named only in the options), a ledger with every kind of transaction (one after `asOf`), and
 * the indicators of the scenario and of every extension.
 */
export const fullPlan: Plan = {
  format: "madani.plan/1",
  id: "plan-2025-2027",
  organizationId: "rjd",
  title: {
    ar: "المخطط الاستراتيجي لشبكة الجمعيات الدكالية 2025-2027",
    fr: "Plan stratégique du Réseau des associations de Doukkala 2025-2027",
    en: "Strategic plan of the Doukkala network of associations 2025-2027",
    zgh: "ⴰⵖⴰⵡⴰⵙ ⴰⵙⵜⵔⴰⵜⵉⵊⵉ",
  },
  mission: { fr: "Renforcer les associations membres « & » leurs bénéficiaires", ar: "تقوية الجمعيات الأعضاء" },
  period: { startOn: "2025-03-01", endOn: "2027-06-30" },
  template: { kind: "default" },
  elements: scenarioPlan.elements.map((e) =>
    e.id === "ax1"
      ? { ...e, sdg: [{ goal: 16, target: "16.7" }, { goal: 5 }] }
      : e.id === "os1"
        ? {
            ...e,
            sdg: [
              { goal: 16, target: "16.3" },
              { goal: 16, target: "16.a" },
              { goal: 17, target: "17.17" },
            ],
          }
        : e,
  ),
  indicators: [...scenarioPlan.indicators, ...everyExtensionPlan.indicators.filter((i) => i.elementId !== "act-9")],
  activities: [
    {
      id: "act-1",
      elementId: "r1",
      code: "A1.1",
      title: { fr: "Sessions de formation à El Jadida" },
      startOn: "2025-03-01",
      endOn: "2025-06-30",
      status: "done",
      partnerIds: ["assoc-sidi-bennour", "rjd"],
      budget: [
        {
          year: 2025,
          funderId: "ue",
          planned: MAD(120_000),
          original: MAD(100_000),
          revisions: [{ on: "2025-05-02", planned: MAD(120_000), reason: "Deux sessions de plus" }],
        },
        { year: 2026, funderId: "ue", planned: { amount: 8_000_055, currency: "MAD" } },
      ],
    },
    {
      id: "act-2",
      elementId: "r2",
      code: "A2.1",
      title: { ar: "مذكرة ترافعية", fr: "Mémorandum de plaidoyer" },
      startOn: "2025-09-01",
      endOn: "2027-06-30",
      status: "ongoing",
      partnerIds: ["commune-el-jadida", "assoc-sidi-bennour"],
      milestones: [{ id: "m1", title: { fr: "Dépôt du mémorandum" }, dueOn: "2026-03-31" }],
      budget: [
        { year: 2025, funderId: "inde", planned: MAD(10_000) },
        {
          year: 2026,
          planned: MAD(25_000),
          original: MAD(30_000),
          revisions: [{ on: "2026-01-10", planned: MAD(25_000) }],
        },
        { year: 2027, funderId: "inde", planned: MAD(5_000) },
      ],
    },
  ],
  funders: [
    { id: "ue", name: { fr: "Union européenne — projet « Hiwar »", en: "European Union — Hiwar project" } },
    { id: "inde", name: { fr: "Fondation « Inde » & co" } },
  ],
  transactions: [
    {
      id: "t1",
      kind: "incoming-commitment",
      date: "2025-02-20",
      amount: MAD(250_000),
      providerId: "ue",
      receiverId: "rjd",
      reference: "CONV-2025/01",
      description: { fr: "Convention de subvention", ar: "اتفاقية المنحة" },
    },
    { id: "t2", kind: "incoming-funds", date: "2025-03-10", amount: MAD(150_000), providerId: "ue", receiverId: "rjd" },
    { id: "t3", kind: "incoming-funds", date: "2025-04-01", amount: MAD(10_000), providerId: "inde" },
    {
      id: "t4",
      kind: "outgoing-commitment",
      date: "2025-03-15",
      amount: MAD(40_000),
      receiverId: "assoc-sidi-bennour",
      activityId: "act-1",
    },
    {
      id: "t5",
      kind: "disbursement",
      date: "2025-04-02",
      amount: MAD(20_000),
      providerId: "rjd",
      receiverId: "assoc-sidi-bennour",
      activityId: "act-1",
      reference: "VIR 2025-0042",
    },
    {
      id: "t6",
      kind: "expenditure",
      date: "2025-03-20",
      amount: { amount: 4_250_001, currency: "MAD" },
      activityId: "act-1",
    },
    { id: "t7", kind: "expenditure", date: "2026-03-20", amount: MAD(9_000), activityId: "act-2", milestoneId: "m1" },
  ],
};

/** Options that use every feature: organizations of every role, sectors, locations, documents. */
export const fullOptions = {
  asOf: "2025-12-31",
  updatedAt: "2026-01-20T10:00:00+01:00",
  language: "fr",
  identifier: "XM-EXAMPLE-RJD-plan-2025-2027",
  organizations: {
    rjd: {
      ref: "XM-EXAMPLE-RJD",
      type: "22",
      name: { ar: "شبكة الجمعيات الدكالية", fr: "Réseau des associations de Doukkala" },
    },
    ue: { ref: "XI-IATI-EC_INTPA", type: "40" },
    inde: { type: "60" },
    "assoc-sidi-bennour": { name: { fr: "Association de Sidi Bennour" }, type: "22", partnerRole: "extending" },
    "commune-el-jadida": { name: { ar: "جماعة الجديدة", fr: "Commune d'El Jadida" }, type: "11" },
  },
  sectors: [
    { code: "15150", percentage: 60 },
    { code: "15160", percentage: 33.33 },
    { code: "16010", percentage: 6.67 },
  ],
  locations: [
    {
      hcpCode: "06.181",
      reach: "activity",
      exactness: "approximate",
      point: { latitude: 33.2316, longitude: -8.5007 },
    },
    { name: { fr: "Siège du réseau" }, point: { latitude: 33.25, longitude: -8.51 }, exactness: "exact" },
    { hcpCode: "06", reach: "beneficiaries" },
  ],
  documents: [
    {
      url: "https://reseau-doukkala.ma/plan-2025-2027.pdf",
      title: { fr: "Plan stratégique", ar: "المخطط الاستراتيجي" },
      category: "B02",
      languages: ["fr", "ar"],
      date: "2025-02-15",
      description: { fr: "Adopté par l'assemblée générale" },
    },
    { url: "https://reseau-doukkala.ma/resultats?annee=2025&format=web", title: { en: "Results" }, category: "A08" },
  ],
} as const satisfies IatiActivityOptions;

/** The scenario plan (no money, no SDG), with only what `createPlan` requires besides. */
export const minimalPlan: Plan = {
  format: "madani.plan/1",
  id: "p",
  organizationId: "org",
  title: { ar: "مخطط" },
  period: { startOn: "2025-01-01", endOn: "2025-12-31" },
  template: { kind: "default" },
  elements: [],
  indicators: [],
  activities: [],
};

/** The options {@link minimalPlan} needs. */
export const minimalOptions: IatiActivityOptions = {
  asOf: "2025-06-30",
  organizations: { org: { ref: "XM-EXAMPLE-ORG", type: "22", name: { ar: "جمعية" } } },
};

const SPECIAL = ["<", "&", '"', "'", ">", "ع", "é", "ⵜ", " ", "a", "Z", "1", "\n", "«"];
const text = fc
  .array(fc.constantFrom(...SPECIAL), { minLength: 1, maxLength: 12 })
  .map((cs) => cs.join("").trim())
  .filter((s) => s.length > 0);
const multi = fc
  .record({ ar: text, fr: text, en: text, zgh: text }, { requiredKeys: [] })
  .filter((t) => Object.keys(t).length > 0);
const day = (from: number, span: number) =>
  fc
    .integer({ min: from, max: from + span })
    .map((d) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const amount = fc.integer({ min: 0, max: 1e12 }).map((n) => ({ amount: n, currency: "MAD" }));
const orgIds = ["ue", "afd", "assoc-a", "assoc-b", "org"] as const;

/** A generated plan and the options to export it: every element the export writes, in random amounts. */
export const generatedActivity = fc
  .record({
    title: multi,
    mission: fc.option(multi, { nil: undefined }),
    start: day(0, 1500),
    length: fc.integer({ min: 0, max: 1500 }),
    asOf: day(0, 3500),
    sdg: fc.array(
      fc
        .integer({ min: 1, max: 17 })
        .chain((goal) =>
          fc.record(
            { goal: fc.constant(goal), target: fc.constantFrom(`${goal}.1`, `${goal}.2`, `${goal}.a`, `${goal}.9`) },
            { requiredKeys: ["goal"] },
          ),
        ),
      { maxLength: 4 },
    ),
    indicators: fc.array(generatedIndicator, { maxLength: 2 }),
    budgets: fc.array(
      fc.record({
        year: fc.integer({ min: 2018, max: 2030 }),
        funderId: fc.option(fc.constantFrom(...orgIds), { nil: undefined }),
        planned: amount,
        original: fc.option(amount, { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
    partners: fc.uniqueArray(fc.constantFrom(...orgIds), { maxLength: 3 }),
    transactions: fc.array(
      fc.record(
        {
          kind: fc.constantFrom(
            "incoming-commitment",
            "incoming-funds",
            "outgoing-commitment",
            "disbursement",
            "expenditure",
          ),
          date: day(0, 3000),
          amount,
          providerId: fc.constantFrom(...orgIds),
          receiverId: fc.constantFrom(...orgIds),
          reference: text,
          description: multi,
        },
        { requiredKeys: ["kind", "date", "amount"] },
      ),
      { maxLength: 5 },
    ),
    names: fc.record(
      Object.fromEntries(orgIds.map((id) => [id, multi])) as Record<(typeof orgIds)[number], typeof multi>,
    ),
    sectors: fc.constantFrom(
      [],
      [{ code: "15150", percentage: 100 }],
      [
        { code: "11110", percentage: 50.5 },
        { code: "99810", percentage: 49.5 },
      ],
    ),
    locations: fc.array(
      fc.record(
        {
          hcpCode: fc.constantFrom("06", "06.181", "01.511.01.01"),
          name: multi,
          point: fc.record({
            latitude: fc.double({ min: -90, max: 90, noNaN: true }),
            longitude: fc.double({ min: -180, max: 180, noNaN: true }),
          }),
          exactness: fc.constantFrom("exact", "approximate"),
          reach: fc.constantFrom("activity", "beneficiaries"),
        },
        { requiredKeys: ["hcpCode"] },
      ),
      { maxLength: 2 },
    ),
    documents: fc.array(
      fc.record(
        {
          url: fc.constantFrom("https://example.org/a.pdf", "http://example.org/r?x=1&y=<2>", "https://example.org/"),
          title: multi,
          category: fc.constantFrom("A01", "A08", "A12", "B01", "B18"),
          languages: fc.uniqueArray(fc.constantFrom("ar", "fr", "en", "zgh"), { maxLength: 4 }),
          date: day(0, 2000),
          description: multi,
        },
        { requiredKeys: ["url", "title", "category"] },
      ),
      { maxLength: 2 },
    ),
    extensions: fc.boolean(),
    status: fc.option(fc.constantFrom("closed", "cancelled", "suspended"), { nil: undefined }),
  })
  .map((g): [Plan, IatiActivityOptions] => {
    const endOn = new Date(Date.parse(g.start) + g.length * 86_400_000).toISOString().slice(0, 10);
    const plan: Plan = {
      format: "madani.plan/1",
      id: "gen",
      organizationId: "org",
      title: g.title,
      ...(g.mission === undefined ? {} : { mission: g.mission }),
      period: { startOn: g.start, endOn },
      template: { kind: "default" },
      elements: scenarioPlan.elements.map((e) => (e.id === "os1" ? { ...e, sdg: g.sdg } : e)),
      indicators: g.indicators.filter((i) => i.elementId !== "act-9"),
      activities: [
        {
          id: "a1",
          elementId: "r1",
          code: "A1",
          title: g.title,
          startOn: g.start,
          endOn,
          status: "planned",
          partnerIds: g.partners,
          budget: g.budgets.map((b) => ({
            year: b.year,
            ...(b.funderId === undefined ? {} : { funderId: b.funderId }),
            planned: b.planned,
            ...(b.original === undefined
              ? {}
              : { original: b.original, revisions: [{ on: "2025-01-01", planned: b.planned }] }),
          })),
        },
      ],
      transactions: g.transactions.map((t, i) => ({ ...t, id: `t${i}`, activityId: "a1" })),
    };
    const options: IatiActivityOptions = {
      asOf: g.asOf,
      organizations: Object.fromEntries(
        orgIds.map((id) => [id, { name: g.names[id], ref: `XM-EXAMPLE-${id}`, type: "22" as const }]),
      ),
      sectors: g.sectors,
      locations: g.locations,
      documents: g.documents,
      extensions: g.extensions,
      ...(g.status === undefined ? {} : { status: g.status }),
    };
    return [plan, options];
  })
  .filter(([plan]) => validatePlan(plan).ok);
