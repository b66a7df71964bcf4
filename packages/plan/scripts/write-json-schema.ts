/**
 * Writes the JSON Schema of the plan document to `dist/schema/plan.json`, for integrators who do not use
 * TypeScript. Run by `pnpm build` after tsup.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { toPlanJsonSchema } from "./jsonSchema.js";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "schema");
mkdirSync(out, { recursive: true });
const file = join(out, "plan.json");
writeFileSync(file, `${JSON.stringify(toPlanJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
