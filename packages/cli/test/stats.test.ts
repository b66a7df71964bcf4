import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { communes } from "@madani/model/geo";
import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { EXIT, run } from "../src/index.js";

async function madani(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: { CI: "true" },
    cwd,
    now: () => new Date("2025-01-15T09:00:00Z"),
  });
  return { code, stdout, stderr };
}

describe("madani stats", { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "madani-stats-"));
  beforeAll(async () => {
    writeFileSync(
      join(dir, "orgs.csv"),
      [
        "Nom,Commune,Date de création,Forme juridique",
        "جمعية الأمل,Tétouan,2011-03-12,association",
        "Association Ennour,Safi,2019-06-01,association",
        "Coopérative Atlas,Safi,2024-02-02,coopérative",
      ].join("\n"),
    );
    expect((await madani(["import", "orgs.csv", "--data-dir", "db", "--quiet"], dir)).code).toBe(EXIT.ok);
  }, 120_000);

  it("writes the report's tables as an Excel workbook with --format xlsx, every commune included", async () => {
    const r = await madani(
      ["stats", "--data-dir", "db", "--format", "xlsx", "--out", "out/stats.xlsx", "--lang", "fr"],
      dir,
    );
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(r.stdout).toContain("stats.xlsx");
    const book = XLSX.read(readFileSync(join(dir, "out/stats.xlsx")));
    // One sheet per table, named after its short title.
    expect(book.SheetNames).toEqual(
      expect.arrayContaining(["Régions", "Régions × formes juridiques", "Toutes les communes"]),
    );
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(
      book.Sheets["Toutes les communes"] as XLSX.WorkSheet,
    );
    expect(rows.length).toBe(communes().length);
    const safi = rows.find((row) => row.Commune === "Safi");
    expect(safi?.Nombre).toBe(2);
    // Densities keep every digit in the data file; only the display rounds them.
    const regions = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Régions as XLSX.WorkSheet);
    const density = regions.map((row) => row["Pour 10\u202F000 hab."]).find((v) => typeof v === "number" && v > 0);
    expect(String(density).replace(/^0\./, "").length).toBeGreaterThan(3);
  });

  it("needs --out for a workbook, and refuses it before opening the database", async () => {
    const r = await madani(["stats", "--data-dir", "no-such-db", "--format", "xlsx", "--lang", "en"], dir);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain("--format xlsx writes an Excel workbook");
    expect(existsSync(join(dir, "no-such-db"))).toBe(false);
  });

  it("exports every commune in the CSV files, and counts from the database's aggregates", async () => {
    const r = await madani(
      ["stats", "--data-dir", "db", "--format", "csv", "--out", "csv", "--as-of", "2024-12-31"],
      dir,
    );
    expect(r.code, r.stderr).toBe(EXIT.ok);
    const files = readdirSync(join(dir, "csv"));
    expect(files).toContain("communes-all.csv");
    expect(files).toContain("region-legal-forms.csv");
    const lines = readFileSync(join(dir, "csv", "communes-all.csv"), "utf8")
      .trim()
      .split(/\r?\n/);
    expect(lines.length).toBe(1 + communes().length);
    const json = await madani(["stats", "--data-dir", "db", "--format", "json", "--as-of", "2024-12-31"], dir);
    const doc = JSON.parse(json.stdout) as {
      sections: { id?: string; blocks: { type: string; items?: { value: number }[] }[] }[];
    };
    const figures = doc.sections.find((s) => s.id === "key-figures")?.blocks[0];
    expect(figures?.items?.[0]?.value).toBe(3);
  });
});
