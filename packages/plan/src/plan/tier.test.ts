import { describe, expect, it } from "vitest";
import { PLAN_TEMPLATES, PlanTemplateSchema, TemplateKind, tiersOf } from "./tier.js";

describe("PLAN_TEMPLATES", () => {
  it("holds the default and EU logframe tiers, activity last", () => {
    expect(PLAN_TEMPLATES.default.map((t) => t.key)).toEqual(["axis", "objective", "result", "activity"]);
    expect(PLAN_TEMPLATES["eu-logframe"].map((t) => t.key)).toEqual([
      "overall-objective",
      "specific-objective",
      "output",
      "activity",
    ]);
    expect(PLAN_TEMPLATES.default[0]?.label).toEqual({
      ar: "محور استراتيجي",
      fr: "Axe stratégique",
      en: "Strategic axis",
    });
    expect(PLAN_TEMPLATES["eu-logframe"][2]?.label.fr).toBe("Extrant / réalisation");
  });

  it("holds USAID's results framework: goal, development objective, intermediate result, sub-IR, activity", () => {
    expect(PLAN_TEMPLATES["usaid-rf"].map((t) => t.key)).toEqual([
      "goal",
      "development-objective",
      "intermediate-result",
      "sub-intermediate-result",
      "activity",
    ]);
    expect(PLAN_TEMPLATES["usaid-rf"].map((t) => t.label.fr)).toEqual([
      "But",
      "Objectif de développement",
      "Résultat intermédiaire",
      "Sous-résultat intermédiaire",
      "Activité",
    ]);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(PLAN_TEMPLATES)).toBe(true);
    expect(Object.isFrozen(PLAN_TEMPLATES.default[0]?.label)).toBe(true);
  });

  it("gives every tier a label in ar, fr and en", () => {
    for (const tiers of Object.values(PLAN_TEMPLATES)) {
      for (const t of tiers) {
        expect(t.label.ar && t.label.fr && t.label.en).toBeTruthy();
      }
    }
  });
});

describe("tiersOf", () => {
  it("returns built-in tiers and the custom template's own tiers", () => {
    expect(tiersOf({ kind: "eu-logframe" })).toBe(PLAN_TEMPLATES["eu-logframe"]);
    const tiers = [
      { key: "pillar", label: { fr: "Pilier" } },
      { key: "task", label: { fr: "Tâche" } },
    ];
    expect(tiersOf({ kind: "custom", tiers })).toBe(tiers);
    expect(tiersOf({ kind: "custom" })).toEqual([]);
  });

  it("accepts the template kinds of the enumeration only", () => {
    expect(TemplateKind.values).toEqual(["default", "eu-logframe", "usaid-rf", "custom"]);
    expect(PlanTemplateSchema.safeParse({ kind: "logframe" }).success).toBe(false);
    expect(PlanTemplateSchema.safeParse({ kind: "custom", tiers: [{ key: "Axis", label: { fr: "x" } }] }).success).toBe(
      false,
    );
  });
});
