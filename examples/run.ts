/**
 * Runs one example by name: `pnpm example [name] [out-dir]` from the repository root.
 * Without a name it runs the main job, `national-registry`. Each example writes its outputs under
 * `examples/out/<name>/` (or `out-dir`) and prints where they are.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The examples, by name (each is `examples/<name>.ts`). */
export const EXAMPLES = [
  "national-registry",
  "network-strategic-plan",
  "provincial-partnerships",
  "volunteering-follow-up",
  "associations-forum",
  "training-meeting",
  "validate-organizations",
  "general-assembly",
] as const;

const here = dirname(fileURLToPath(import.meta.url));
const [name = "national-registry", out] = process.argv.slice(2);
const file = join(here, `${name}.ts`);
if (!(EXAMPLES as readonly string[]).includes(name) || !existsSync(file)) {
  console.error(
    `Unknown example "${name}". Examples: ${EXAMPLES.filter((e) => existsSync(join(here, `${e}.ts`))).join(", ")}`,
  );
  process.exit(2);
}
// The example reads its output folder from argv[2], as when it is run directly.
process.argv = [process.argv[0] ?? "node", file, ...(out === undefined ? [] : [out])];
await import(pathToFileURL(file).href);
