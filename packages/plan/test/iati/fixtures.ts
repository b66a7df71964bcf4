/**
 * Plans for the IATI tests (packages/plan/src/iati/*.test.ts): the scenario-1 plan, a plan that uses every
 * piece of Madani's extension data, and an arbitrary of indicators for the property tests.
 */
import fc from "fast-check";
import type { PlanIndicator } from "../../src/plan/plan.js";
import { PlanIndicatorSchema } from "../../src/plan/plan.js";

/** Parts of scenario 1 (packages/plan/test/plan.test.ts), with values added. */
function indicator(id: string, elementId: string, code: string, ar: string, fr: string, targets: number[]) {
  return {
    id,
    elementId,
    code,
    name: { ar, fr },
    measure: "number" as const,
    direction: "increase" as const,
    baseline: { value: 0, date: "2024-12-31" },
    periods: targets.map((target, i) => ({
      id: `${id}-${2025 + i}`,
      startOn: `${2025 + i}-01-01`,
      endOn: `${2025 + i}-12-31`,
      target,
    })),
    values: [] as PlanIndicator["values"],
    dataSource: { fr: "Listes de présence et rapports d'activité" },
    frequency: "annual" as const,
    responsible: "Chargé de suivi-évaluation",
  };
}

const elements = [
  { id: "ax1", tier: "axis", code: "A1", title: { ar: "تقوية القدرات", fr: "Renforcement des capacités" } },
  { id: "os1", parentId: "ax1", tier: "objective", code: "OS1.1", title: { fr: "Améliorer la gouvernance" } },
  { id: "r1", parentId: "os1", tier: "result", code: "R1.1.1", title: { fr: "Gestion de projets maîtrisée" } },
  { id: "r2", parentId: "os1", tier: "result", code: "R2.1.1", title: { fr: "Un plaidoyer national" } },
  { id: "r3", parentId: "os1", tier: "result", code: "R3.1.1", title: { fr: "Communication" } },
];

/**
 * Scenario 1: numbers with disaggregated and draft values, a percentage given by numerator and denominator
 * (approved, submitted, and with a value, a source and two dimensions), a maintain indicator with its band.
 */
export const scenarioPlan = {
  template: { kind: "default" as const },
  elements,
  indicators: [
    {
      ...indicator(
        "i1",
        "r1",
        "IND-1",
        "عدد الجمعيات المستفيدة من التكوين",
        "Associations formées",
        [10, 20, 30, 40, 50],
      ),
      values: [
        { id: "v1", periodId: "i1-2025", value: 6, disaggregation: { sex: "f" }, state: "approved" as const },
        { id: "v2", periodId: "i1-2025", value: 5, disaggregation: { sex: "m" }, state: "approved" as const },
        { id: "v3", periodId: "i1-2026", value: 3, state: "draft" as const, evidence: [{ title: "PV n° 3 <annexe>" }] },
      ],
      disaggregations: ["sex"],
    },
    indicator("i2", "r2", "IND-2", "عدد المذكرات الترافعية المقدمة", "Mémorandums de plaidoyer déposés", [1, 2, 3]),
    {
      ...indicator("i3", "os1", "IND-3", "نسبة الجمعيات", "Part des associations « à jour » & conformes", [50, 75]),
      measure: "percentage" as const,
      values: [
        { id: "p1", periodId: "i3-2025", numerator: 12, denominator: 30, state: "approved" as const },
        { id: "p2", periodId: "i3-2025", numerator: 1, denominator: 3, state: "submitted" as const },
        {
          id: "p3",
          periodId: "i3-2026",
          value: 60,
          numerator: 18,
          denominator: 30,
          disaggregation: { region: "Casablanca-Settat", age: "18-35" },
          source: { fr: "Rapport d'audit" },
          state: "approved" as const,
        },
      ],
    },
    {
      ...indicator("i4", "ax1", "IND-4", "مؤشر", "Délai de traitement", [30]),
      direction: "maintain" as const,
      band: { low: 20, high: 40 },
    },
  ],
};

/**
 * Every piece of Madani's extension data at least once: every measure, the three directions, names in the four
 * languages, unit, data source and collection method, aggregation settings, weight, locked periods, values in
 * every state, an empty disaggregation, derived percentages, values of no listed period, evidence with quotes
 * and a new line, and an indicator of an activity (no element of the plan).
 */
export const everyExtensionPlan = {
  template: { kind: "default" as const },
  elements,
  indicators: [
    {
      id: "ratio-1",
      elementId: "r1",
      code: "RAT-1",
      name: { ar: "نسبة المؤطرين", fr: "Encadrants par groupe", en: "Trainers per group", zgh: "ⴰⵎⴹⴰⵏ" },
      definition: { fr: "Encadrants / groupes", en: "Trainers / groups" },
      unit: { ar: "مؤطر", fr: "encadrant" },
      measure: "ratio" as const,
      direction: "decrease" as const,
      baseline: { value: 1.5, date: "2024-06-30" },
      acrossPeriods: "mean" as const,
      withinPeriod: "max" as const,
      periods: [
        { id: "ratio-2025", startOn: "2025-01-01", endOn: "2025-12-31", target: 1.25, locked: true },
        { id: "ratio-2026", startOn: "2026-01-01", endOn: "2026-12-31", locked: false },
      ],
      values: [
        { id: "rv1", periodId: "ratio-2025", value: 1.4, disaggregation: {}, state: "approved" as const },
        {
          id: "rv2",
          periodId: "ratio-2026",
          value: -0,
          state: "returned" as const,
          evidence: [{ title: 'Fiche "B"\nligne 2' }],
        },
        { id: "rv3", periodId: "ratio-2030", value: 2, state: "draft" as const },
        { id: "rv4", periodId: "ratio-2025", value: 1.3, state: "approved" as const, source: { zgh: "ⴰⵙⴰⴳⵎ" } },
      ],
      dataSource: { ar: "سجلات التكوين" },
      collectionMethod: { fr: "Relevé trimestriel", en: "Quarterly count" },
      frequency: "quarterly" as const,
      responsible: "Bureau « central » & co",
      disaggregations: ["sex", "ageGroup"],
      weight: 2.5,
      lopTarget: 1.25,
    },
    {
      id: "yes-1",
      elementId: "os1",
      code: "YN-1",
      name: { fr: "Plan de plaidoyer adopté" },
      measure: "yes-no" as const,
      direction: "increase" as const,
      periods: [{ id: "yes-2025", startOn: "2025-01-01", endOn: "2025-12-31", target: 1 }],
      values: [
        { id: "yv1", periodId: "yes-2025", value: 1, state: "approved" as const },
        { id: "yv2", periodId: "yes-2025", value: 0, state: "submitted" as const },
      ],
      weight: 0,
    },
    {
      id: "pct-1",
      elementId: "os1",
      code: "PCT-1",
      name: { en: "Share of certified accounts" },
      measure: "percentage" as const,
      direction: "increase" as const,
      periods: [{ id: "pct-2025", startOn: "2025-01-01", endOn: "2025-12-31", target: 80 }],
      values: [
        { id: "pv1", periodId: "pct-2025", numerator: 2, denominator: 3, state: "approved" as const },
        {
          id: "pv2",
          periodId: "pct-2025",
          numerator: 0,
          denominator: 7,
          disaggregation: { province: "Safi" },
          state: "draft" as const,
        },
        { id: "pv3", periodId: "pct-2024", numerator: 5, denominator: 10, state: "submitted" as const },
      ],
    },
    {
      id: "ord-1",
      elementId: "ax1",
      code: "ORD-1",
      name: { ar: "مستوى الحكامة" },
      measure: "ordinal" as const,
      direction: "maintain" as const,
      band: { low: -1.5, high: 3 },
      periods: [{ id: "ord-2025", startOn: "2025-01-01", endOn: "2025-12-31", target: 2 }],
      values: [{ id: "ov1", periodId: "ord-2025", value: 2, state: "approved" as const }],
    },
    {
      id: "qual-1",
      elementId: "act-9",
      code: "QUAL-1",
      name: { fr: "Appréciation des bénéficiaires" },
      measure: "qualitative" as const,
      direction: "increase" as const,
      periods: [{ id: "qual-2025", startOn: "2025-01-01", endOn: "2025-12-31" }],
      values: [
        { id: "qv1", periodId: "qual-2025", source: { fr: "Satisfaits dans l'ensemble" }, state: "approved" as const },
        { id: "qv2", periodId: "qual-2025", source: { ar: "ملاحظات" }, state: "draft" as const },
      ],
    },
  ],
};

const SPECIAL = ["<", "&", '"', "'", ">", "ع", "ل", "م", "é", "à", "ç", "ⵜ", " ", "a", "Z", "1", "\n", "«"];
const text = fc
  .array(fc.constantFrom(...SPECIAL), { minLength: 1, maxLength: 20 })
  .map((cs) => cs.join("").trim())
  .filter((s) => s.length > 0);
const multi = fc
  .record({ ar: text, fr: text, en: text, zgh: text }, { requiredKeys: [] })
  .filter((t) => Object.keys(t).length > 0);
const num = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }),
);
const date = fc
  .integer({ min: 0, max: 20_000 })
  .map((d) => new Date(Date.UTC(1990, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const id = fc.stringMatching(/^[a-z0-9][a-z0-9<&"'-]{0,8}[a-z0-9]$/);
const key = fc.stringMatching(/^[a-z][a-zA-Z0-9-]{0,6}$/);

/** Lists of evidence documents: titles in text or in several languages, links, hashes, dates, or a title only. */
const evidenceList = fc.array(
  fc.record(
    {
      title: fc.oneof(text, multi),
      url: fc.constantFrom("https://example.org/pv-3.pdf", "http://reseau-doukkala.ma/docs?annee=2025&n=3"),
      sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
      date,
    },
    { requiredKeys: ["title"] },
  ),
  { maxLength: 3 },
);

/**
 * Valid indicators of the elements of {@link scenarioPlan} (or of an activity, `act-9`), with every optional
 * field, values in every state, some of no listed period, and text full of characters XML escapes.
 */
export const generatedIndicator = fc
  .record(
    {
      id,
      elementId: fc.constantFrom("r1", "os1", "ax1", "act-9"),
      code: id,
      name: multi,
      definition: multi,
      unit: multi,
      measure: fc.constantFrom("number", "percentage", "ratio", "yes-no", "ordinal", "qualitative"),
      direction: fc.constantFrom("increase", "decrease", "maintain"),
      band: fc.record({ low: num, high: num }),
      baseline: fc.record({ value: num, date }),
      acrossPeriods: fc.constantFrom("sum", "mean", "last", "max", "min"),
      withinPeriod: fc.constantFrom("sum", "mean", "last", "max", "min"),
      periods: fc.uniqueArray(
        fc.record(
          { id, startOn: date, endOn: date, target: num, locked: fc.boolean() },
          { requiredKeys: ["id", "startOn", "endOn"] },
        ),
        { selector: (p) => p.id, maxLength: 4 },
      ),
      dataSource: multi,
      collectionMethod: multi,
      frequency: fc.constantFrom("monthly", "quarterly", "semiannual", "annual", "custom"),
      responsible: text,
      disaggregations: fc.array(key, { maxLength: 3 }),
      weight: fc.double({ noNaN: true, min: 0, max: 1e6 }),
      lopTarget: num,
    },
    { requiredKeys: ["id", "elementId", "code", "name", "measure", "direction", "periods"] },
  )
  .chain((ind) =>
    fc
      .array(
        fc.record(
          {
            id,
            periodId: ind.periods.length > 0 ? fc.oneof(fc.constantFrom(...ind.periods.map((p) => p.id)), id) : id,
            value: num,
            numerator: fc.integer({ min: 0, max: 1000 }),
            denominator: fc.integer({ min: 1, max: 1000 }),
            disaggregation: fc.dictionary(key, fc.oneof(text, fc.constant("")), { maxKeys: 3 }),
            source: multi,
            evidence: evidenceList,
            state: fc.constantFrom("draft", "submitted", "returned", "approved"),
          },
          { requiredKeys: ["id", "periodId", "state"] },
        ),
        { maxLength: 6 },
      )
      .map((values) => ({ ...ind, values })),
  )
  .filter((ind) => PlanIndicatorSchema.safeParse(ind).success)
  .map((ind) => ind as PlanIndicator);

/**
 * A whole IATI 2.03 `iati-activities` document with one `iati-activity` per fragment, holding the elements the
 * activity schema requires before `result` (identifier, reporting organization, title, description,
 * participating organization, status, date) and then the fragment.
 */
export function iatiActivities(fragments: readonly string[]): string {
  const activities = fragments.map(
    (
      fragment,
      i,
    ) => `  <iati-activity default-currency="MAD" xml:lang="fr" last-updated-datetime="2026-01-20T10:00:00+01:00">
    <iati-identifier>MA-RJD-PLAN-${i + 1}</iati-identifier>
    <reporting-org ref="MA-RJD" type="22">
      <narrative>Réseau des associations de Doukkala</narrative>
    </reporting-org>
    <title>
      <narrative>Plan stratégique ${i + 1}</narrative>
    </title>
    <description>
      <narrative>Cadre de résultats du plan stratégique.</narrative>
    </description>
    <participating-org ref="MA-RJD" role="4" type="22"/>
    <activity-status code="2"/>
    <activity-date type="1" iso-date="2025-01-01"/>
${fragment}
  </iati-activity>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<iati-activities version="2.03" generated-datetime="2026-01-20T10:00:00+01:00">',
    ...activities,
    "</iati-activities>",
    "",
  ].join("\n");
}
