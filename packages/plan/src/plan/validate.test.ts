import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planMessages } from "./messages.js";
import type { Plan } from "./plan.js";
import { validatePlan } from "./validate.js";

const indicator = {
  id: "ind-1",
  elementId: "r1",
  code: "I1",
  name: { fr: "Associations formées" },
  measure: "number",
  direction: "increase",
  periods: [{ id: "y1", startOn: "2025-01-01", endOn: "2025-12-31", target: 10 }],
  values: [],
} as const;

/** A small valid plan on the default template; each test changes one thing. */
function base(): Plan {
  return {
    format: "madani.plan/1",
    id: "plan",
    organizationId: "org",
    title: { fr: "Plan" },
    period: { startOn: "2025-01-01", endOn: "2029-12-31" },
    template: { kind: "default" },
    elements: [
      { id: "a1", tier: "axis", code: "A1", title: { fr: "Axe" } },
      {
        id: "o1",
        parentId: "a1",
        tier: "objective",
        code: "O1",
        title: { fr: "Objectif" },
        sdg: [{ goal: 16, target: "16.3" }],
      },
      { id: "r1", parentId: "o1", tier: "result", code: "R1", title: { fr: "Résultat" } },
    ],
    indicators: [structuredClone(indicator) as unknown as Plan["indicators"][number]],
    activities: [
      {
        id: "act-1",
        elementId: "r1",
        code: "A1.1",
        title: { fr: "Formation" },
        startOn: "2025-03-01",
        endOn: "2025-03-31",
        status: "planned",
        budget: [{ year: 2025, planned: { amount: 100000, currency: "MAD" } }],
      },
      {
        id: "act-2",
        elementId: "r1",
        code: "A1.2",
        title: { fr: "Suivi" },
        startOn: "2025-04-01",
        endOn: "2025-04-30",
        status: "planned",
        dependsOn: [{ activityId: "act-1", lagDays: 2 }],
      },
    ],
    communication: {
      audiences: [{ id: "aud-1", name: { fr: "Élus" } }],
      messages: [{ id: "msg-1", text: { fr: "Message" }, audienceIds: ["aud-1"] }],
      channels: [{ id: "ch-1", name: { fr: "Facebook" }, kind: "social-media" }],
      actionActivityIds: ["act-2"],
    },
    contributions: [
      { id: "c1", workshop: "Atelier 1", stakeholderGroup: "Jeunes", proposal: { fr: "Idée" }, handling: "adopted" },
    ],
  };
}

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("fixture changed");
  return value;
}

function codesOf(change: (p: Plan) => void): string[] {
  const plan = base();
  change(plan);
  const r = validatePlan(plan);
  return r.ok ? [] : r.issues.map((i) => i.code);
}

describe("validatePlan", () => {
  it("accepts the base plan", () => {
    const r = validatePlan(base());
    expect(r.ok ? r.warnings : r.issues).toEqual([]);
  });

  it("accepts the EU logframe and custom templates", () => {
    expect(
      codesOf((p) => {
        p.template = { kind: "eu-logframe" };
        const [a, o, r] = p.elements;
        if (a && o && r) [a.tier, o.tier, r.tier] = ["overall-objective", "specific-objective", "output"];
      }),
    ).toEqual([]);
    // USAID: goal > development objective > intermediate result > sub-IR, activities under a sub-IR.
    const usaid = (p: Plan) => {
      p.template = { kind: "usaid-rf" };
      const [a, o, r] = p.elements;
      if (a && o && r) [a.tier, o.tier, r.tier] = ["goal", "development-objective", "intermediate-result"];
      p.elements.push({
        id: "s1",
        parentId: "r1",
        tier: "sub-intermediate-result",
        code: "Sub-IR 1.1.1",
        title: { fr: "Sous-résultat" },
      });
    };
    expect(
      codesOf((p) => {
        usaid(p);
        for (const act of p.activities) act.elementId = "s1";
      }),
    ).toEqual([]);
    // An activity under an intermediate result skips the sub-IR tier.
    expect(codesOf(usaid)).toContain("plan.activity_tier_mismatch");
    expect(
      codesOf((p) => {
        p.template = {
          kind: "custom",
          tiers: [
            { key: "pillar", label: { fr: "Pilier" } },
            { key: "task", label: { fr: "Tâche" } },
          ],
        };
        p.elements = [{ id: "r1", tier: "pillar", code: "P1", title: { fr: "Pilier" } }];
      }),
    ).toEqual([]);
  });

  const MAD = (amount: number) => ({ amount, currency: "MAD" });
  const ledger = (p: Plan, more: Partial<NonNullable<Plan["transactions"]>[number]> = {}) => {
    must(p.activities[0]).milestones = [{ id: "m1", title: { fr: "Rapport de formation" }, dueOn: "2025-04-15" }];
    p.transactions = [
      { id: "t1", kind: "incoming-funds", date: "2025-02-10", amount: MAD(100000), providerId: "ue" },
      { id: "t2", kind: "expenditure", date: "2025-03-20", amount: MAD(42500), activityId: "act-1", milestoneId: "m1" },
    ];
    Object.assign(must(p.transactions[1]), more);
  };
  it("accepts a ledger and a revised budget line", () => {
    expect(codesOf((p) => ledger(p))).toEqual([]);
    expect(
      codesOf((p) => {
        const line = must(must(p.activities[0]).budget)[0];
        Object.assign(must(line), {
          original: MAD(80000),
          planned: MAD(100000),
          revisions: [
            { on: "2025-02-01", planned: MAD(90000) },
            { on: "2025-06-01", planned: MAD(100000), reason: "Avenant n° 1" },
          ],
        });
      }),
    ).toEqual([]);
  });

  const cases: [string, (p: Plan) => void, string[]][] = [
    [
      "a transaction of an unknown activity",
      (p) => ledger(p, { activityId: "act-9" }),
      ["plan.unknown_activity", "plan.unknown_milestone"],
    ],
    [
      "a transaction naming a milestone of another activity",
      (p) => ledger(p, { activityId: "act-2" }),
      ["plan.unknown_milestone"],
    ],
    ["a milestone without its activity", (p) => ledger(p, { activityId: undefined }), ["plan.unknown_milestone"]],
    ["two transactions with one id", (p) => ledger(p, { id: "t1" }), ["plan.duplicate_id"]],
    [
      "a transaction in another currency",
      (p) => ledger(p, { amount: { amount: 1, currency: "EUR" } }),
      ["plan.currency_mismatch"],
    ],
    [
      "a revised line without its original amount, out of order, not ending on the planned amount",
      (p) => {
        Object.assign(must(must(must(p.activities[0]).budget)[0]), {
          revisions: [
            { on: "2025-06-01", planned: MAD(90000) },
            { on: "2025-02-01", planned: MAD(95000) },
          ],
        });
      },
      ["plan.budget_revision_mismatch", "plan.budget_revision_mismatch", "plan.budget_revision_mismatch"],
    ],
    [
      "duplicate ids across lists",
      (p) => {
        must(p.indicators[0]).id = "o1";
      },
      ["plan.duplicate_id"],
    ],
    [
      "unknown parent",
      (p) => {
        must(p.elements[2]).parentId = "nope";
      },
      ["plan.unknown_element"],
    ],
    [
      "unknown indicator element",
      (p) => {
        must(p.indicators[0]).elementId = "nope";
      },
      ["plan.unknown_element"],
    ],
    [
      "unknown dependency",
      (p) => {
        must(p.activities[1]).dependsOn = [{ activityId: "nope" }];
      },
      ["plan.unknown_activity"],
    ],
    [
      "unknown action activity",
      (p) => {
        must(p.communication).actionActivityIds = ["nope"];
      },
      ["plan.unknown_activity"],
    ],
    [
      "unknown audience",
      (p) => {
        must(p.communication?.messages[0]).audienceIds = ["nope"];
      },
      ["plan.unknown_audience"],
    ],
    [
      "unknown tier",
      (p) => {
        must(p.elements[0]).tier = "pillar";
      },
      ["plan.unknown_tier"],
    ],
    [
      "activity tier used by an element",
      (p) => {
        must(p.elements[0]).tier = "activity";
      },
      ["plan.unknown_tier"],
    ],
    [
      "top tier with parent",
      (p) => {
        must(p.elements[0]).parentId = "o1";
      },
      ["plan.top_tier_with_parent"],
    ],
    [
      "missing parent",
      (p) => {
        delete must(p.elements[1]).parentId;
      },
      ["plan.parent_required"],
    ],
    [
      "skipped tier",
      (p) => {
        must(p.elements[2]).parentId = "a1";
      },
      ["plan.tier_mismatch"],
    ],
    [
      "activity under an objective",
      (p) => {
        must(p.activities[0]).elementId = "o1";
      },
      ["plan.activity_tier_mismatch"],
    ],
    [
      "plan ends before it starts",
      (p) => {
        p.period.endOn = "2024-12-31";
      },
      ["plan.end_before_start"],
    ],
    [
      "activity ends before it starts",
      (p) => {
        must(p.activities[0]).endOn = "2025-02-01";
      },
      ["plan.end_before_start"],
    ],
    [
      "custom template without tiers",
      (p) => {
        p.template = { kind: "custom" };
      },
      ["plan.custom_template_tiers"],
    ],
    [
      "custom template with a duplicate key",
      (p) => {
        p.template = {
          kind: "custom",
          tiers: [
            { key: "axis", label: { fr: "Axe" } },
            { key: "axis", label: { fr: "Axe" } },
          ],
        };
      },
      ["plan.duplicate_tier_key"],
    ],
    [
      "budget in two currencies",
      (p) => {
        must(p.activities[0]?.budget).push({ year: 2026, planned: { amount: 1, currency: "EUR" } });
      },
      ["plan.currency_mismatch"],
    ],
    [
      "budget line naming a funder the plan does not list",
      (p) => {
        p.funders = [{ id: "eu", name: { fr: "Union européenne" } }];
        must(p.activities[0]?.budget).push({
          year: 2026,
          funderId: "region",
          planned: { amount: 1, currency: "MAD" },
        });
      },
      ["plan.unknown_funder"],
    ],
    [
      "two funders with one id",
      (p) => {
        p.funders = [
          { id: "eu", name: { fr: "Union européenne" } },
          { id: "eu", name: { fr: "UE" } },
        ];
      },
      ["plan.duplicate_id"],
    ],
    [
      "SDG target of another goal",
      (p) => {
        must(p.elements[1]).sdg = [{ goal: 5, target: "16.3" }];
      },
      ["plan.sdg_target_mismatch"],
    ],
    [
      "rejection without reason",
      (p) => {
        must(p.contributions?.[0]).handling = "rejected";
      },
      ["plan.rejection_without_reason"],
    ],
  ];

  it.each(cases)("reports %s", (_name, change, expected) => {
    expect(codesOf(change)).toEqual(expected);
  });

  it("accepts budget lines that name a listed funder, and any funder id when the plan lists none", () => {
    const plan = base();
    must(plan.activities[0]?.budget).push({ year: 2026, funderId: "eu", planned: { amount: 1, currency: "MAD" } });
    expect(validatePlan(plan).ok).toBe(true);
    plan.funders = [{ id: "eu", name: { ar: "الاتحاد الأوروبي", fr: "Union européenne" } }];
    expect(validatePlan(plan).ok).toBe(true);
  });

  it("reaches every plan.* code", () => {
    const reached = new Set(cases.flatMap(([, , codes]) => codes));
    expect([...reached].sort()).toEqual(Object.keys(planMessages).sort());
  });

  it("gives messages in the requested locale and paths into the input", () => {
    const plan = base();
    plan.period.endOn = "2024-01-01";
    const r = validatePlan(plan, { locale: "ar" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.path).toEqual(["period", "endOn"]);
      expect(r.issues[0]?.message).toContain("2024-01-01");
      expect(r.issues[0]?.message).toMatch(/تاريخ/);
    }
  });

  it("rejects unknown keys, a wrong format and out-of-range values", () => {
    const plan = base() as unknown as Record<string, unknown>;
    expect(validatePlan({ ...plan, extra: 1 }).ok).toBe(false);
    expect(validatePlan({ ...plan, format: "madani.plan/2" }).ok).toBe(false);
    const withCompletion = base();
    if (withCompletion.activities[0]) withCompletion.activities[0].completion = 1.5;
    expect(validatePlan(withCompletion).ok).toBe(false);
    const withIndicatorKey = base() as unknown as { indicators: Record<string, unknown>[] };
    if (withIndicatorKey.indicators[0]) withIndicatorKey.indicators[0].unknown = true;
    expect(validatePlan(withIndicatorKey).ok).toBe(false);
  });

  it("does not echo the author of a contribution", () => {
    const plan = base() as unknown as { contributions: Record<string, unknown>[] };
    if (plan.contributions[0]) plan.contributions[0].author = 42;
    const r = validatePlan(plan);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.path).toEqual(["contributions", 0, "author"]);
      expect(r.issues[0]).not.toHaveProperty("value");
    }
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = validatePlan(input);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on plans with random changes", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("elements", "activities", "template", "period", "communication"), fc.anything()),
        (patch) => {
          const r = validatePlan({ ...base(), ...patch });
          expect(typeof r.ok).toBe("boolean");
        },
      ),
      { numRuns: 200 },
    );
  });
});
