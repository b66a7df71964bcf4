import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MIGRATIONS } from "./migrations.js";
import { splitStatements } from "./sql.js";

const here = dirname(fileURLToPath(import.meta.url));
const folder = join(here, "../../migrations");

function filesOnDisk() {
  return readdirSync(folder)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .map((file) => ({
      version: file.slice(0, file.indexOf("_")),
      file,
      sql: readFileSync(join(folder, file), "utf8"),
    }));
}

/** The text of migrations.ts for the files on disk (run with MADANI_WRITE_MIGRATIONS=1 to rewrite it). */
function render(files: ReturnType<typeof filesOnDisk>): string {
  const current = readFileSync(join(here, "migrations.ts"), "utf8");
  const head = current.slice(0, current.indexOf("export const MIGRATIONS"));
  const entries = files
    .map(
      (m) =>
        `  {\n    version: ${JSON.stringify(m.version)},\n    file: ${JSON.stringify(m.file)},\n    sql: ${JSON.stringify(m.sql)},\n  },\n`,
    )
    .join("");
  return `${head}export const MIGRATIONS: readonly Migration[] = Object.freeze([\n${entries}]);\n`;
}

describe("MIGRATIONS", () => {
  it("embeds exactly the .sql files of migrations/, in name order", () => {
    const files = filesOnDisk();
    if (process.env.MADANI_WRITE_MIGRATIONS === "1") writeFileSync(join(here, "migrations.ts"), render(files));
    expect(files.length).toBeGreaterThan(0);
    expect(MIGRATIONS.map((m) => ({ ...m }))).toEqual(files);
  });

  it("has unique, increasing versions", () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...new Set(versions)].sort());
  });

  it("splits statements at semicolons outside comments and quotes", () => {
    expect(splitStatements("-- a; b\nSELECT 1; SELECT ';' ;\n/* */ SELECT \"x;y\"")).toEqual([
      "SELECT 1",
      "SELECT ';'",
      '/* */ SELECT "x;y"',
    ]);
    expect(splitStatements(MIGRATIONS[0]?.sql ?? "").length).toBeGreaterThan(4);
  });
});
