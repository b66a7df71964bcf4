import * as z from "zod";
import { ENTITY_SCHEMAS, type EntityName } from "../src/entities.js";
import { MultilingualTextSchema } from "../src/multilingual.js";

/** The JSON Schema of an entity, as the build writes it. */
export function toEntityJsonSchema(name: EntityName): Record<string, unknown> {
  const schema = z.toJSONSchema(ENTITY_SCHEMAS[name], {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
    // A multilingual text holds at least one language: a refinement zod cannot write in JSON Schema by itself.
    override: (ctx) => {
      if (ctx.zodSchema === MultilingualTextSchema) ctx.jsonSchema.minProperties = 1;
    },
  });
  return { ...schema, $id: `urn:madani:model:schema:${name}`, title: name };
}
