import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Organization } from "@madani/model";
import { computeStatistics, exportRedactedPaths } from "@madani/registry";
import { pgliteStore } from "@madani/registry/storage";
import { describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));

describe("national-registry example (the README's main job)", () => {
  it("generates, imports into PGlite, deduplicates and writes the statistics report; the figures hold", async () => {
    const out = mkdtempSync(join(tmpdir(), "madani-registry-"));
    // 4,000 rows keep the test quick; `pnpm example` runs 300,000.
    const printed = execFileSync(
      join(here, "node_modules", ".bin", "tsx"),
      ["--conditions=@madani/source", join(here, "run.ts"), "national-registry", out],
      { encoding: "utf8", env: { ...process.env, MADANI_REGISTRY_SIZE: "4000", TZ: "Australia/Eucla" } },
    );
    const read = /read ([\d,]+) = accepted ([\d,]+) \+ quarantined ([\d,]+) \(balanced: true\)/.exec(printed);
    expect(read).not.toBeNull();
    const n = (s: string | undefined) => Number((s ?? "").replaceAll(",", ""));
    expect(n(read?.[1])).toBe(4000);
    expect(n(read?.[2]) + n(read?.[3])).toBe(4000);
    const quarantined = readFileSync(join(out, "quarantine.ndjson"), "utf8").trim().split("\n");
    expect(quarantined).toHaveLength(n(read?.[3]));

    // The database holds exactly the accepted organizations; the report's figures come from them.
    const opened = await pgliteStore({ dataDir: join(out, "db") });
    if (!opened.ok) throw new Error(opened.issues[0]?.message);
    const store = opened.value;
    const count = await store.count();
    const page = await store.query({}, { limit: 10_000 });
    await store.close();
    expect(count.ok && count.value).toBe(n(read?.[2]));
    const organizations = page.ok ? (page.value.items as Organization[]) : [];
    const stats = computeStatistics(organizations, { asOf: "2025-12-31" });
    expect(stats.ok).toBe(true);
    if (stats.ok) expect(printed).toContain(`${stats.value.national.per10k.toFixed(2)} per 10,000 inhabitants`);

    const quality = /precision ([\d.]+), recall ([\d.]+)/.exec(printed);
    expect(Number(quality?.[1])).toBeGreaterThanOrEqual(0.95);
    expect(Number(quality?.[2])).toBeGreaterThanOrEqual(0.95);

    const html = readFileSync(join(out, "statistics-ar.html"), "utf8");
    expect(html).toMatch(/<html[^>]* dir="rtl"/);
    expect(printed).toContain(join(out, "statistics-ar.html"));
    expect(existsSync(join(out, "statistics-fr.html"))).toBe(true);
    expect(readdirSync(join(out, "statistics-csv")).length).toBeGreaterThan(3);

    // The public export has no personal field.
    const lines = readFileSync(join(out, "public-registry.ndjson"), "utf8").trim().split("\n");
    expect(lines).toHaveLength(n(read?.[2]));
    const personal = exportRedactedPaths();
    for (const line of lines.slice(0, 500)) {
      const org = JSON.parse(line) as Record<string, unknown>;
      for (const path of personal) {
        const [head] = path.split(".");
        if (head === undefined) continue;
        const value = JSON.stringify(org[head] ?? null);
        const leaf = path.split(".").at(-1) as string;
        expect(value.includes(`"${leaf}":`), `${path} in ${org.id}`).toBe(false);
      }
    }
  }, 180_000);
});
