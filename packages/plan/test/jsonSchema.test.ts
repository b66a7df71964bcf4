/**
 * The JSON Schema of the plan document (scripts/jsonSchema.ts, written to dist/schema/plan.json by the build),
 * checked with an independent validator (ajv, strict mode, draft 2020-12) against the zod schema it comes from.
 */

import { PERSONAL_DATA_KEY } from "@madani/model";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toPlanJsonSchema } from "../scripts/jsonSchema.js";
import { PLAN_FORMAT, PlanSchema } from "../src/plan/plan.js";
import { generatedIndicator, scenarioPlan } from "./iati/fixtures.js";

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
// The model marks personal data (names of people…) with its own keyword.
ajv.addKeyword(PERSONAL_DATA_KEY);
const validate = ajv.compile(toPlanJsonSchema());

/** Scenario 1, the strategic plan of the Doukkala network, as a whole document. */
const base = {
  format: PLAN_FORMAT,
  id: "plan-doukkala-2025-2029",
  organizationId: "reseau-doukkala",
  title: {
    ar: "المخطط الاستراتيجي لشبكة الجمعيات الدكالية 2025-2029",
    fr: "Plan stratégique du Réseau des associations des Doukkala 2025-2029",
  },
  period: { startOn: "2025-01-01", endOn: "2029-12-31" },
  vision: { ar: "مجتمع مدني دكالي قوي ومؤثر في السياسات العمومية" },
  values: [{ ar: "الديمقراطية الداخلية" }, { ar: "الشفافية" }],
  template: scenarioPlan.template,
  elements: scenarioPlan.elements,
  indicators: scenarioPlan.indicators,
  activities: [
    {
      id: "act1",
      elementId: "r1",
      code: "1.1",
      title: { fr: "Sessions de renforcement des capacités à El Jadida" },
      startOn: "2025-03-01",
      endOn: "2025-06-30",
      status: "done",
      completion: 1,
      budget: [{ year: 2025, planned: { amount: 3_000_000, currency: "MAD" } }],
    },
  ],
};
/** The document as an integrator receives it: JSON. */
const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
const zodAccepts = (v: unknown): boolean => PlanSchema.safeParse(v).success;

describe("JSON Schema of the plan document", () => {
  it("is draft 2020-12 with an id, and compiles in strict mode", () => {
    const schema = toPlanJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("urn:madani:plan:schema:plan");
  });

  it("accepts scenario 1, as the zod schema does", () => {
    expect(zodAccepts(base)).toBe(true);
    expect(validate(json(base)), JSON.stringify(validate.errors)).toBe(true);
  });

  it("accepts plans with generated indicators (every measure, aggregation, period and value shape)", () => {
    fc.assert(
      fc.property(fc.array(generatedIndicator, { maxLength: 4 }), (indicators) => {
        const plan = json({ ...base, indicators });
        expect(zodAccepts(plan)).toBe(true);
        if (!validate(plan)) throw new Error(JSON.stringify(validate.errors));
      }),
      { numRuns: 200 },
    );
  });

  it("refuses what the zod schema refuses for shape: format, unknown keys, enumerations, dates, types", () => {
    const variants: unknown[] = [
      { ...base, format: "madani.plan/2" },
      { ...base, extra: true },
      { ...base, period: { startOn: "2025-01-01", endOn: "2029-02-30" } },
      { ...base, template: { kind: "logframe" } },
      { ...base, indicators: [{ ...scenarioPlan.indicators[0], measure: "count" }] },
      { ...base, activities: [{ ...base.activities[0], status: "finished" }] },
      { ...base, activities: [{ ...base.activities[0], completion: 1.5 }] },
      { ...base, title: {} },
      { ...base, elements: "r1" },
    ];
    for (const v of variants) {
      expect(zodAccepts(v), JSON.stringify(v).slice(0, 80)).toBe(false);
      expect(validate(json(v)), JSON.stringify(v).slice(0, 80)).toBe(false);
    }
  });

  it("law: a key removed or an unknown key added anywhere, both validators agree", () => {
    type Node = Record<string, unknown> | unknown[];
    /** Every object in the document, with the path to it. */
    const objects = (v: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] => {
      if (Array.isArray(v)) for (const x of v) objects(x, out);
      else if (v !== null && typeof v === "object") {
        out.push(v as Record<string, unknown>);
        for (const x of Object.values(v as Node)) objects(x, out);
      }
      return out;
    };
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.boolean(), (which, key, remove) => {
        const doc = json(base) as Record<string, unknown>;
        const all = objects(doc);
        const target = all[which % all.length] as Record<string, unknown>;
        const keys = Object.keys(target);
        if (remove && keys.length > 0) delete target[keys[key % keys.length] as string];
        else target[`unknown${key % 3}`] = 1;
        const zod = PlanSchema.safeParse(doc);
        if (validate(doc) !== zod.success)
          throw new Error(`ajv ${JSON.stringify(validate.errors)} zod ${JSON.stringify(zod.error?.issues)}`);
      }),
      { numRuns: 300 },
    );
  });
});
