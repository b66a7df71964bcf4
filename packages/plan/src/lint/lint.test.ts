import { LOCALES } from "@madani/model";
import { describe, expect, it } from "vitest";
import { createPlan } from "../plan/createPlan.js";
import type { Plan } from "../plan/plan.js";
import { lintPlan } from "./lint.js";
import { lintMessages } from "./messages.js";
import { dependencyCycles, LINT_RULES } from "./rules.js";

/** Parse a plan with the public constructor; the linter only takes valid plans. */
function planOf(input: unknown): Plan {
  const r = createPlan(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const EUR = (euros: number) => ({ amount: euros * 100, currency: "EUR" });

function indicator(id: string, elementId: string, code: string, targets: number[]) {
  return {
    id,
    elementId,
    code,
    name: { fr: code },
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

function activity(id: string, elementId: string, code: string, startOn: string, endOn: string, budget: number) {
  return {
    id,
    elementId,
    code,
    title: { fr: code },
    responsible: "Bureau exécutif",
    startOn,
    endOn,
    status: "planned",
    budget: [{ year: Number(startOn.slice(0, 4)), funderId: "eu", planned: EUR(budget) }],
  };
}

/** The results framework and action plan of scenario 1 (Doukkala network, 2025-2029), minimal parts. */
const doukkala = {
  format: "madani.plan/1",
  id: "plan-doukkala-2025-2029",
  organizationId: "reseau-doukkala",
  title: { fr: "Plan stratégique du Réseau des associations des Doukkala 2025-2029" },
  period: { startOn: "2025-01-01", endOn: "2029-12-31" },
  template: { kind: "default" },
  elements: [
    { id: "ax1", tier: "axis", code: "A1", title: { fr: "Renforcement des capacités" }, weight: 40 },
    { id: "ax2", tier: "axis", code: "A2", title: { fr: "Plaidoyer" }, weight: 40 },
    { id: "ax3", tier: "axis", code: "A3", title: { fr: "Communication et marketing" }, weight: 20 },
    { id: "os1", parentId: "ax1", tier: "objective", code: "OS1.1", title: { fr: "Gouvernance" } },
    { id: "os2", parentId: "ax2", tier: "objective", code: "OS2.1", title: { fr: "Programme national" } },
    { id: "os3", parentId: "ax3", tier: "objective", code: "OS3.1", title: { fr: "Visibilité" } },
    { id: "r1", parentId: "os1", tier: "result", code: "R1.1.1", title: { fr: "Gestion de projets" } },
    { id: "r2", parentId: "os2", tier: "result", code: "R2.1.1", title: { fr: "Plaidoyer porté" } },
    { id: "r3", parentId: "os3", tier: "result", code: "R3.1.1", title: { fr: "Communication" } },
  ],
  indicators: [
    indicator("i1", "r1", "IND-1", [10, 20, 30, 40, 50]),
    indicator("i2", "r2", "IND-2", [1, 2, 3, 4, 5]),
    indicator("i3", "r3", "IND-3", [500, 1000, 2000, 3000, 4000]),
  ],
  activities: [
    activity("act1", "r1", "1.1", "2025-03-01", "2025-06-30", 30000),
    activity("act2", "r2", "2.1", "2025-02-01", "2025-05-31", 15000),
    {
      ...activity("act3", "r2", "2.2", "2025-06-01", "2026-12-31", 40000),
      dependsOn: [{ activityId: "act2", lagDays: 15 }],
    },
    activity("act4", "r3", "3.1", "2025-09-01", "2025-12-31", 5000),
  ],
};

/** A clean plan: scenario 1 with units on its number indicators. */
function cleanInput() {
  const input = structuredClone(doukkala);
  for (const ind of input.indicators) Object.assign(ind, { unit: { fr: "nombre" } });
  return input;
}

type Input = ReturnType<typeof cleanInput>;

/** Lint a variant of the clean plan and return `[rule, code, path]` of every finding. */
function lintVariant(change: (input: Input) => void, asOf?: string) {
  const input = cleanInput();
  change(input);
  return lintPlan(planOf(input), asOf === undefined ? {} : { asOf }).findings.map((f) => [
    f.rule,
    f.code,
    f.path.join("."),
  ]);
}

describe("lintPlan on scenario 1", () => {
  it("reports only the missing units of its number indicators", () => {
    const { findings } = lintPlan(planOf(doukkala), { locale: "fr" });
    expect(findings.map((f) => [f.rule, f.code, f.severity, f.path.join(".")])).toEqual([
      ["indicator-complete", "lint.indicator_missing_unit", "warning", "indicators.0.unit"],
      ["indicator-complete", "lint.indicator_missing_unit", "warning", "indicators.1.unit"],
      ["indicator-complete", "lint.indicator_missing_unit", "warning", "indicators.2.unit"],
    ]);
    expect(findings[0]?.message).toBe("L'indicateur numérique IND-1 n'a pas d'unité.");
    expect(findings[0]?.params).toEqual({ code: "IND-1", missing: "unit" });
  });

  it("is clean once units are given", () => {
    expect(lintPlan(planOf(cleanInput())).findings).toEqual([]);
  });

  it("runs only the rules named in `rules`", () => {
    const plan = planOf(doukkala);
    expect(lintPlan(plan, { rules: ["unique-codes", "no-dependency-cycle"] }).findings).toEqual([]);
    expect(lintPlan(plan, { rules: ["indicator-complete"] }).findings).toHaveLength(3);
    expect(lintPlan(plan, { rules: [] }).findings).toEqual([]);
    expect(lintPlan(plan, { rules: ["no-such-rule"] }).findings).toEqual([]);
  });

  it("localizes messages in ar, fr and en", () => {
    const plan = planOf(doukkala);
    const messages = LOCALES.map((locale) => lintPlan(plan, { locale }).findings[0]?.message);
    expect(messages).toEqual([
      "المؤشر العددي IND-1 بدون وحدة قياس.",
      "L'indicateur numérique IND-1 n'a pas d'unité.",
      "The number indicator IND-1 has no unit.",
    ]);
  });
});

describe("each rule fires on a crafted plan, and only that rule", () => {
  it("objective-has-indicator", () => {
    expect(
      lintVariant((p) => {
        p.indicators = p.indicators.filter((i) => i.elementId !== "r3");
      }),
    ).toEqual([
      ["objective-has-indicator", "lint.objective_without_indicator", "elements.2"],
      ["objective-has-indicator", "lint.objective_without_indicator", "elements.5"],
    ]);
  });

  it("indicator-complete, one code per missing item", () => {
    const found = lintVariant((p) => {
      const i = p.indicators[0] as Record<string, unknown> & { periods: { target?: number }[] };
      for (const key of ["baseline", "unit", "dataSource", "frequency", "responsible"]) delete i[key];
      for (const period of i.periods) delete period.target;
    });
    expect(found).toEqual([
      ["indicator-complete", "lint.indicator_missing_baseline", "indicators.0.baseline"],
      ["indicator-complete", "lint.indicator_missing_target", "indicators.0.periods"],
      ["indicator-complete", "lint.indicator_missing_unit", "indicators.0.unit"],
      ["indicator-complete", "lint.indicator_missing_data_source", "indicators.0.dataSource"],
      ["indicator-complete", "lint.indicator_missing_frequency", "indicators.0.frequency"],
      ["indicator-complete", "lint.indicator_missing_responsible", "indicators.0.responsible"],
    ]);
  });

  it("indicator-complete asks no unit of a yes/no indicator", () => {
    expect(
      lintVariant((p) => {
        const i = p.indicators[0] as Record<string, unknown>;
        i.measure = "yes-no";
        delete i.unit;
      }),
    ).toEqual([]);
  });

  it("targets-in-plan-period", () => {
    expect(
      lintVariant((p) => {
        p.indicators[0]?.periods.push({ id: "i1-2030", startOn: "2030-01-01", endOn: "2030-12-31", target: 60 });
      }),
    ).toEqual([["targets-in-plan-period", "lint.target_outside_period", "indicators.0.periods.5"]]);
  });

  it("activities-in-plan-period", () => {
    expect(
      lintVariant((p) => {
        if (p.activities[0]) p.activities[0].startOn = "2024-12-01";
      }),
    ).toEqual([["activities-in-plan-period", "lint.activity_outside_period", "activities.0"]]);
  });

  it("activity-has-responsible", () => {
    expect(
      lintVariant((p) => {
        delete (p.activities[1] as { responsible?: string }).responsible;
      }),
    ).toEqual([["activity-has-responsible", "lint.activity_without_responsible", "activities.1.responsible"]]);
  });

  it("unique-codes, across elements, indicators and activities", () => {
    expect(
      lintVariant((p) => {
        if (p.indicators[1]) p.indicators[1].code = "A1";
        if (p.activities[3]) p.activities[3].code = "1.1";
      }),
    ).toEqual([
      ["unique-codes", "lint.duplicate_code", "indicators.1.code"],
      ["unique-codes", "lint.duplicate_code", "activities.3.code"],
    ]);
  });

  it("weights-sum-100, for elements and for indicators", () => {
    expect(
      lintVariant((p) => {
        if (p.elements[2]) p.elements[2].weight = 25;
        p.indicators.push({ ...indicator("i4", "r1", "IND-4", [1]), unit: { fr: "nombre" } } as never);
        Object.assign(p.indicators[0] ?? {}, { weight: 60 });
      }),
    ).toEqual([
      ["weights-sum-100", "lint.element_weights_sum", "elements.0.weight"],
      ["weights-sum-100", "lint.indicator_weights_incomplete", "indicators.0.weight"],
    ]);
    expect(
      lintVariant((p) => {
        p.indicators.push({ ...indicator("i4", "r1", "IND-4", [1]), unit: { fr: "nombre" }, weight: 40 } as never);
        Object.assign(p.indicators[0] ?? {}, { weight: 60 });
      }),
    ).toEqual([]);
  });

  it("weights-sum-100 gives the sum", () => {
    const input = cleanInput();
    if (input.elements[2]) input.elements[2].weight = 25;
    const [finding] = lintPlan(planOf(input), { locale: "en" }).findings;
    expect(finding?.params).toEqual({ parent: "plan-doukkala-2025-2029", sum: 105 });
  });

  it("budget-consistent", () => {
    expect(
      lintVariant((p) => {
        const line = p.activities[0]?.budget[0];
        if (line) Object.assign(line, { committed: EUR(31000), spent: EUR(32000) });
      }),
    ).toEqual([
      ["budget-consistent", "lint.committed_over_planned", "activities.0.budget.0.committed"],
      ["budget-consistent", "lint.spent_over_committed", "activities.0.budget.0.spent"],
    ]);
    expect(
      lintVariant((p) => {
        const line = p.activities[0]?.budget[0];
        if (line) Object.assign(line, { committed: EUR(20000), spent: EUR(20000) });
        const other = p.activities[1]?.budget[0];
        if (other) Object.assign(other, { spent: EUR(90000) }); // no committed amount: not checked
      }),
    ).toEqual([]);
  });

  it("no-dependency-cycle, with the cycle's ids", () => {
    const input = cleanInput();
    Object.assign(input.activities[1] ?? {}, { dependsOn: [{ activityId: "act3" }] });
    const plan = planOf(input);
    const { findings } = lintPlan(plan, { locale: "en" });
    expect(findings.map((f) => [f.rule, f.code, f.path.join(".")])).toEqual([
      ["no-dependency-cycle", "lint.dependency_cycle", "activities.1.dependsOn"],
    ]);
    expect(findings[0]?.params).toEqual({ cycle: "act2 → act3 → act2", ids: "act2,act3" });
    expect(findings[0]?.message).toBe("The activities' dependencies form a cycle: act2 → act3 → act2.");
  });

  it("no-dependency-cycle finds self-dependencies and several cycles", () => {
    const input = cleanInput();
    Object.assign(input.activities[0] ?? {}, { dependsOn: [{ activityId: "act1" }] });
    Object.assign(input.activities[1] ?? {}, { dependsOn: [{ activityId: "act4" }] });
    Object.assign(input.activities[3] ?? {}, { dependsOn: [{ activityId: "act3" }] });
    expect(dependencyCycles(planOf(input).activities)).toEqual([
      ["act1", "act1"],
      ["act2", "act4", "act3", "act2"],
    ]);
  });

  it("maintain-has-band", () => {
    expect(
      lintVariant((p) => {
        if (p.indicators[0]) p.indicators[0].direction = "maintain";
      }),
    ).toEqual([["maintain-has-band", "lint.maintain_without_band", "indicators.0.band"]]);
    expect(
      lintVariant((p) => {
        Object.assign(p.indicators[0] ?? {}, { direction: "maintain", band: { low: 5, high: 10 } });
      }),
    ).toEqual([]);
  });

  it("percentage-has-ratio", () => {
    expect(
      lintVariant((p) => {
        Object.assign(p.indicators[0] ?? {}, {
          measure: "percentage",
          values: [
            { id: "v1", periodId: "i1-2025", numerator: 3, denominator: 4, state: "approved" },
            { id: "v2", periodId: "i1-2025", value: 75, state: "approved" },
          ],
        });
      }),
    ).toEqual([["percentage-has-ratio", "lint.percentage_without_ratio", "indicators.0.values.1"]]);
  });

  it("activity-not-overdue, only with asOf", () => {
    const done = (p: Input) => {
      if (p.activities[1]) p.activities[1].status = "done";
    };
    expect(lintVariant(done, "2025-07-01")).toEqual([
      ["activity-not-overdue", "lint.activity_overdue", "activities.0.status"],
    ]);
    expect(lintVariant(done)).toEqual([]);
  });

  it("activity-not-overdue: not on the end date, from the day after, postponed included", () => {
    const only = (p: Input) => {
      p.activities = [p.activities[0] as Input["activities"][number]];
    };
    // act1 ends on 2025-06-30.
    expect(lintVariant(only, "2025-06-30")).toEqual([]);
    expect(lintVariant(only, "2025-07-01")).toEqual([
      ["activity-not-overdue", "lint.activity_overdue", "activities.0.status"],
    ]);
    const postponed = (p: Input) => {
      only(p);
      Object.assign(p.activities[0] ?? {}, { status: "postponed" });
    };
    expect(lintVariant(postponed, "2025-07-01")).toEqual([
      ["activity-not-overdue", "lint.activity_overdue", "activities.0.status"],
    ]);
  });

  it("percentage-has-ratio covers ratio indicators", () => {
    expect(
      lintVariant((p) => {
        Object.assign(p.indicators[0] ?? {}, {
          measure: "ratio",
          values: [
            { id: "v1", periodId: "i1-2025", numerator: 3, denominator: 4, state: "approved" },
            { id: "v2", periodId: "i1-2025", value: 0.5, state: "approved" },
          ],
        });
      }),
    ).toEqual([["percentage-has-ratio", "lint.percentage_without_ratio", "indicators.0.values.1"]]);
  });
});

describe("the rule and message tables", () => {
  it("lists every rule once, with a description in ar, fr and en", () => {
    const names = LINT_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of LINT_RULES) {
      for (const locale of LOCALES) expect(r.description[locale].trim()).not.toBe("");
      expect(r.codes.length).toBeGreaterThan(0);
    }
    expect(Object.isFrozen(LINT_RULES)).toBe(true);
  });

  it("has a message in ar, fr and en for every code, with the same placeholders", () => {
    const codes = LINT_RULES.flatMap((r) => r.codes);
    expect([...codes].sort()).toEqual(Object.keys(lintMessages).sort());
    for (const template of Object.values(lintMessages)) {
      const placeholders = LOCALES.map((l) => [...template[l].matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
      for (const locale of LOCALES) expect(template[locale].trim()).not.toBe("");
      expect(placeholders[1]).toEqual(placeholders[0]);
      expect(placeholders[2]).toEqual(placeholders[0]);
    }
  });
});

describe("rules of targets and values by category and place", () => {
  const approved = (id: string, value: number, fields: object) => ({
    id,
    periodId: "i1-2025",
    value,
    state: "approved",
    ...fields,
  });

  it("place-is-hcp-code: a well-formed code that names no région, province or commune", () => {
    expect(
      lintVariant((p) => {
        Object.assign(p.indicators[0] ?? {}, {
          values: [approved("v1", 4, { place: "06.181" }), approved("v2", 6, { place: "06.999" })],
        });
        Object.assign(p.indicators[0]?.periods[0] ?? {}, { targetsBy: [{ place: "13", target: 10 }] });
      }),
    ).toEqual([
      ["place-is-hcp-code", "lint.place_not_hcp", "indicators.0.values.1.place"],
      ["place-is-hcp-code", "lint.place_not_hcp", "indicators.0.periods.0.targetsBy.0.place"],
    ]);
  });

  it("breakdowns-agree: a total entered by sex and again by province, the two disagreeing", () => {
    const input = cleanInput();
    Object.assign(input.indicators[0] ?? {}, {
      values: [
        approved("f", 4, { disaggregation: { sex: "female" } }),
        approved("m", 6, { disaggregation: { sex: "male" } }),
        approved("ed", 4, { place: "06.181" }),
        approved("sb", 3, { place: "06.467" }),
      ],
    });
    const { findings } = lintPlan(planOf(input), { locale: "fr" });
    expect(findings.map((f) => [f.rule, f.code, f.severity, f.path.join(".")])).toEqual([
      ["breakdowns-agree", "lint.breakdown_disagrees", "warning", "indicators.0.periods.0"],
    ]);
    expect(findings[0]?.params).toEqual({
      code: "IND-1",
      period: "i1-2025",
      breakdown: "place",
      value: 7,
      total: 10,
      totalBreakdown: "sex",
    });
    expect(findings[0]?.message).toBe(
      "Pour la période i1-2025 de l'indicateur IND-1, la ventilation (place) totalise 7, et celle qui donne le total (sex) 10.",
    );
    // Once they agree, nothing.
    Object.assign(input.indicators[0]?.values[3] ?? {}, { value: 6 });
    expect(lintPlan(planOf(input)).findings).toEqual([]);
  });

  it("category-targets-sum: targets by category that do not add up to the total target", () => {
    expect(
      lintVariant((p) => {
        Object.assign(p.indicators[0]?.periods[1] ?? {}, {
          targetsBy: [
            { disaggregation: { sex: "female" }, target: 12 },
            { disaggregation: { sex: "male" }, target: 8 },
            { place: "06.181", target: 15 },
          ],
        });
        Object.assign(p.indicators[0] ?? {}, {
          lopTargetsBy: [
            { disaggregation: { sex: "female" }, target: 30 },
            { disaggregation: { sex: "male" }, target: 20 },
            { place: "06.181", target: 45 },
          ],
        });
      }),
    ).toEqual([
      ["category-targets-sum", "lint.category_targets_sum", "indicators.0.periods.1.targetsBy"],
      ["category-targets-sum", "lint.category_lop_targets_sum", "indicators.0.lopTargetsBy"],
    ]);
  });

  it("category-targets-sum leaves rates alone: their targets do not add up", () => {
    expect(
      lintVariant((p) => {
        Object.assign(p.indicators[0] ?? {}, { measure: "percentage" });
        Object.assign(p.indicators[0]?.periods[0] ?? {}, {
          targetsBy: [
            { disaggregation: { sex: "female" }, target: 40 },
            { disaggregation: { sex: "male" }, target: 60 },
          ],
        });
      }),
    ).toEqual([]);
  });
});
