import { MultilingualTextSchema } from "@madani/model";
import * as z from "zod";
import { PlanSchema } from "../src/plan/plan.js";

/**
 * The JSON Schema (draft 2020-12) of the plan document (`madani.plan/1`), as the build writes it to
 * `dist/schema/plan.json`: zod's own conversion of `PlanSchema`, input shape. It checks the shape of a
 * document (fields, types, formats, enumerations, lengths); the rules across fields (unique ids, parents,
 * dates within the plan, currencies…) are `validatePlan`'s.
 */
export function toPlanJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanSchema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
    // A multilingual text holds at least one language: a refinement zod cannot write in JSON Schema by itself.
    override: (ctx) => {
      if (ctx.zodSchema === MultilingualTextSchema) ctx.jsonSchema.minProperties = 1;
    },
  });
  return { ...schema, $id: "urn:madani:plan:schema:plan", title: "madani.plan/1" };
}
