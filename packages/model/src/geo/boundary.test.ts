import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("..", import.meta.url));
const GEO = fileURLToPath(new URL(".", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Import and export specifiers of a module: `from "…"`, `import("…")`, `import "…"`. */
function specifiers(text: string): string[] {
  return [...text.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)["']([^"']+)["']/g)].map((m) => m[1] as string);
}

describe("package boundaries of @madani/model/geo", () => {
  it("core modules do not import geo, except the type-only message table in issueCodes.ts", () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      if (file.startsWith(GEO)) continue;
      const text = readFileSync(file, "utf8");
      for (const spec of specifiers(text)) {
        if (!/(^|\/)geo(\/|$)|@madani\/model\/geo/.test(spec)) continue;
        const name = relative(SRC, file);
        const typeOnly = new RegExp(
          `import\\s+type\\s+\\{[^}]*\\}\\s+from\\s+["']${spec.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']`,
        ).test(text);
        if (name === "issueCodes.ts" && spec === "./geo/messages.js" && typeOnly) continue;
        offenders.push(`${name} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("geo imports only the core modules it needs", () => {
    const allowed = new Set([
      "../boundary.js",
      "../fold.js",
      "../i18n/locale.js",
      "../issues.js",
      "../internal/text.js",
      "../result.js",
    ]);
    for (const file of sourceFiles(GEO)) {
      if (file.endsWith(".test.ts")) continue;
      for (const spec of specifiers(readFileSync(file, "utf8"))) {
        if (spec.startsWith("./")) continue;
        expect(allowed.has(spec), `${relative(GEO, file)} imports ${spec}`).toBe(true);
      }
    }
  });
});
