/**
 * Writes the JSON Schema of every entity to `dist/schema/<name>.json`, for
 * integrators who do not use TypeScript. Run by `pnpm build` after tsup.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ENTITY_SCHEMAS } from "../src/entities.js";
import { toEntityJsonSchema } from "./jsonSchema.js";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "schema");
mkdirSync(out, { recursive: true });
for (const name of Object.keys(ENTITY_SCHEMAS) as (keyof typeof ENTITY_SCHEMAS)[]) {
  const file = join(out, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(toEntityJsonSchema(name), null, 2)}\n`);
  console.log(`wrote ${file}`);
}
