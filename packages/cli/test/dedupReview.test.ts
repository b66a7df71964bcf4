import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateRegistry } from "@madani/registry";
import { pgliteStore } from "@madani/registry/storage";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { EXIT, run } from "../src/index.js";

/** Run the command line in-process with collected output, in the given folder. */
async function madani(args: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: { CI: "true", ...env },
    cwd,
    now: () => new Date("2025-01-15T09:00:00Z"),
  });
  return { code, stdout, stderr };
}

/** Fill the `decision` column (the second) of a review file's rows, keeping its separator, BOM and line ends. */
function fill(text: string, separator: string, words: readonly string[]): string {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const lines = text.slice(bom.length).split("\r\n");
  return (
    bom +
    lines
      .map((line, i) => {
        if (i === 0 || line === "") return line;
        const cells = line.split(separator);
        cells[1] = words[i - 1] ?? "";
        return cells.join(separator);
      })
      .join("\r\n")
  );
}

/** The pair (id_a, id_b) of each row of a review file. */
function pairsOf(text: string, separator: string): [string, string][] {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .slice(1);
  return lines
    .filter((l) => l !== "")
    .map((l) => {
      const cells = l.split(separator);
      return [cells[4] as string, cells[5] as string];
    });
}

describe("madani dedup: the review file", () => {
  it("writes a review file, reads it back filled (',' then ';' with BOM and CRLF), and keeps the decisions", async () => {
    const dir = mkdtempSync(join(tmpdir(), "madani-review-"));
    const reg = generateRegistry({ seed: 5, size: 300, duplicateRate: 0.2, errorRate: 0 });
    writeFileSync(join(dir, "orgs.csv"), [...reg.csvChunks()].join(""));
    const imported = await madani(["import", "orgs.csv", "--data-dir", "db", "--quiet"], dir);
    expect(imported.code).toBe(EXIT.ok);

    // 1. Propose and write the review file.
    const first = await madani(["dedup", "--data-dir", "db", "--review-out", "review.csv"], dir);
    expect(first.code).toBe(EXIT.issues);
    const written = readFileSync(join(dir, "review.csv"), "utf8");
    expect(written.startsWith("\uFEFFcluster,decision,note,score,id_a,id_b,")).toBe(true);
    expect(written).toContain("\r\n");
    const pairs = pairsOf(written, ",");
    expect(pairs.length).toBeGreaterThan(4);
    const [accepted, rejected] = pairs as [[string, string], [string, string]];

    // 2. A clerk accepts the first pair and rejects the second; the others stay blank.
    writeFileSync(join(dir, "review.csv"), fill(written, ",", ["accept", "reject"]));
    const applied = await madani(["dedup", "--data-dir", "db", "--review", "review.csv", "--reviewer", "clerk"], dir);
    expect(applied.stderr).toBe("");
    expect(applied.stdout).toContain(
      `Decisions recorded: 1 accepted, 1 rejected, ${pairs.length - 2} undecided; 1 merge(s).`,
    );

    // 3. The next run does not propose them again; the merged-away id resolves to the survivor.
    const next = await madani(["dedup", "--data-dir", "db", "--review-out", "review2.csv", "--separator", ";"], dir);
    const second = readFileSync(join(dir, "review2.csv"), "utf8");
    expect(second.startsWith("\uFEFFcluster;decision;note;")).toBe(true);
    const again = pairsOf(second, ";").map(([a, b]) => `${a}|${b}`);
    expect(again).not.toContain(`${accepted[0]}|${accepted[1]}`);
    expect(again).not.toContain(`${rejected[0]}|${rejected[1]}`);
    expect(again.some((p) => p.includes(accepted[1]))).toBe(false);
    expect(again.length).toBeGreaterThan(0);
    expect(next.code).toBe(EXIT.issues);

    // 4. The ';' file, as a spreadsheet in French saves it: rejected in French words, with a note.
    {
      const filled = fill(second, ";", ["Rejeté"]).replace(/(\r\n[^;]*;Rejeté;)/, "$1deux écoles");
      writeFileSync(join(dir, "review2.csv"), filled);
      const fr = await madani(["dedup", "--data-dir", "db", "--review", "review2.csv", "--lang", "fr"], dir, {
        MADANI_REVIEWER: "greffier",
      });
      expect(fr.stdout).toContain("Décisions enregistrées : 0 acceptée(s), 1 rejetée(s)");
    }

    const opened = await pgliteStore({ dataDir: join(dir, "db") });
    if (!opened.ok) throw new Error("store");
    const store = opened.value;
    try {
      const decided = await store.decisions();
      expect(decided.ok && decided.value.length).toBe(3);
      const byPair = new Map((decided.ok ? decided.value : []).map((d) => [`${d.a}|${d.b}`, d]));
      expect(byPair.get(`${accepted[0]}|${accepted[1]}`)).toMatchObject({ verdict: "accept", by: "clerk" });
      expect(byPair.get(`${rejected[0]}|${rejected[1]}`)).toMatchObject({ verdict: "reject", by: "clerk" });
      if (again.length > 0)
        expect(byPair.get(again[0] as string)).toMatchObject({ by: "greffier", note: "deux écoles" });
      const merges = await store.merges();
      expect(merges.ok && merges.value.map((m) => [m.survivorId, ...m.mergedIds])).toEqual([accepted]);
      expect((await store.resolve(accepted[1]))?.id).toBe(accepted[0]);
    } finally {
      await store.close();
    }
  }, 120_000);

  it("writes the review file as .xlsx, reads it back filled in Excel, and applies it as the CSV form", async () => {
    const dir = mkdtempSync(join(tmpdir(), "madani-review-"));
    const reg = generateRegistry({ seed: 5, size: 300, duplicateRate: 0.2, errorRate: 0 });
    writeFileSync(join(dir, "orgs.csv"), [...reg.csvChunks()].join(""));
    expect((await madani(["import", "orgs.csv", "--data-dir", "db", "--quiet"], dir)).code).toBe(EXIT.ok);
    const first = await madani(["dedup", "--data-dir", "db", "--review-out", "review.xlsx", "--lang", "fr"], dir);
    expect(first.code).toBe(EXIT.issues);
    // The same rows as the CSV form.
    await madani(["dedup", "--data-dir", "db", "--review-out", "review.csv"], dir);
    const csvPairs = pairsOf(readFileSync(join(dir, "review.csv"), "utf8"), ",");
    const wb = XLSX.read(readFileSync(join(dir, "review.xlsx")), { type: "array" });
    expect(wb.SheetNames).toEqual(["Examen"]);
    const sheet = wb.Sheets.Examen as XLSX.WorkSheet;
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: "", raw: false });
    expect(rows[0]?.slice(0, 6)).toEqual(["cluster", "decision", "note", "score", "id_a", "id_b"]);
    expect(rows.slice(1).map((r) => [r[4], r[5]])).toEqual(csvPairs);
    // The clerk accepts the first pair and rejects the second in Excel, in French, with a note.
    sheet.B2 = { t: "s", v: "oui" };
    sheet.B3 = { t: "s", v: "non" };
    sheet.C3 = { t: "s", v: "deux écoles" };
    writeFileSync(
      join(dir, "filled.xlsx"),
      new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer),
    );
    const applied = await madani(["dedup", "--data-dir", "db", "--review", "filled.xlsx", "--reviewer", "clerk"], dir);
    expect(applied.stdout).toContain(
      `Decisions recorded: 1 accepted, 1 rejected, ${csvPairs.length - 2} undecided; 1 merge(s).`,
    );
    const [accepted, rejected] = csvPairs as [[string, string], [string, string]];
    const opened = await pgliteStore({ dataDir: join(dir, "db") });
    if (!opened.ok) throw new Error("store");
    try {
      const decided = await opened.value.decisions();
      const byPair = new Map((decided.ok ? decided.value : []).map((d) => [`${d.a}|${d.b}`, d]));
      const key = ([a, b]: [string, string]) => (a < b ? `${a}|${b}` : `${b}|${a}`);
      expect(byPair.get(key(accepted))).toMatchObject({ verdict: "accept", by: "clerk" });
      expect(byPair.get(key(rejected))).toMatchObject({ verdict: "reject", by: "clerk", note: "deux écoles" });
    } finally {
      await opened.value.close();
    }
    // A damaged workbook is refused whole, with the reason.
    writeFileSync(join(dir, "broken.xlsx"), readFileSync(join(dir, "filled.xlsx")).subarray(0, 200));
    const broken = await madani(
      ["dedup", "--data-dir", "db", "--review", "broken.xlsx", "--reviewer", "clerk", "--lang", "fr"],
      dir,
    );
    expect(broken.code).toBe(EXIT.issues);
    expect(broken.stderr).toContain("Le fichier d'examen « broken.xlsx » n'a pas été appliqué");
    expect(broken.stderr).toContain("[review.file_unreadable]");
  }, 120_000);

  it("refuses a bad review file whole with issues in the chosen language, and needs a reviewer", async () => {
    const dir = mkdtempSync(join(tmpdir(), "madani-review-"));
    const reg = generateRegistry({ seed: 6, size: 60, duplicateRate: 0.2, errorRate: 0 });
    writeFileSync(join(dir, "orgs.csv"), [...reg.csvChunks()].join(""));
    expect((await madani(["import", "orgs.csv", "--data-dir", "db", "--quiet"], dir)).code).toBe(EXIT.ok);
    const known = await (async () => {
      const opened = await pgliteStore({ dataDir: join(dir, "db") });
      if (!opened.ok) throw new Error("store");
      const page = await opened.value.query({}, { limit: 3 });
      await opened.value.close();
      return page.ok ? page.value.items.map((o) => o.id) : [];
    })();
    const [a, b, c] = known as [string, string, string];
    // Saved by a spreadsheet in French: ';' separators, a BOM, CRLF.
    const bad = `\uFEFFid_a;id_b;decision\r\n${a};${b};peut-être\r\n${a};ghost-id;oui\r\n${b};${c};non\r\n`;
    writeFileSync(join(dir, "bad.csv"), bad);
    const refused = await madani(
      ["dedup", "--data-dir", "db", "--review", "bad.csv", "--reviewer", "clerk", "--lang", "fr"],
      dir,
    );
    expect(refused.code).toBe(EXIT.issues);
    expect(refused.stderr).toContain("Le fichier d'examen « bad.csv » n'a pas été appliqué");
    expect(refused.stderr).toContain("Ligne 2 : décision « peut-être » inconnue");
    expect(refused.stderr).toContain("Ligne 3 : aucune organisation d'identifiant « ghost-id ».");
    expect(refused.stderr).toContain("[review.unknown_id]");
    // Nothing was recorded, not even the valid row.
    const opened = await pgliteStore({ dataDir: join(dir, "db") });
    if (!opened.ok) throw new Error("store");
    expect(await opened.value.decisions()).toEqual({ ok: true, value: [] });
    await opened.value.close();

    writeFileSync(join(dir, "empty.csv"), "");
    const empty = await madani(
      ["dedup", "--data-dir", "db", "--review", "empty.csv", "--reviewer", "x", "--lang", "ar"],
      dir,
    );
    expect(empty.code).toBe(EXIT.issues);
    expect(empty.stderr).toContain("ملف المراجعة فارغ.");
    const nobody = await madani(["dedup", "--data-dir", "db", "--review", "bad.csv"], dir);
    expect(nobody.code).toBe(EXIT.usage);
    expect(nobody.stderr).toContain("--reviewer");
    const missing = await madani(["dedup", "--data-dir", "db", "--review", "absent.csv", "--reviewer", "x"], dir);
    expect(missing.code).toBe(EXIT.usage);
    const sep = await madani(["dedup", "--data-dir", "db", "--separator", "|"], dir);
    expect(sep.code).toBe(EXIT.usage);
  }, 120_000);
});
