import * as z from "zod";
import { ENTITY_SCHEMAS, type EntityName } from "../src/entities.js";

/** The JSON Schema of an entity, as the build writes it. */
export function toEntityJsonSchema(name: EntityName): Record<string, unknown> {
  const schema = z.toJSONSchema(ENTITY_SCHEMAS[name], { io: "input", target: "draft-2020-12", unrepresentable: "any" });
  return { ...schema, $id: `urn:madani:model:schema:${name}`, title: name };
}
