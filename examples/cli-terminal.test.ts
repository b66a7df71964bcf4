import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createPlan } from "@madani/plan";
import { generateRegistry } from "@madani/registry";
import { renderXlsx } from "@madani/report";
import { afterAll, describe, expect, it } from "vitest";
import { networkPlan } from "./data/network-plan.js";

// A terminal session as a new user has one: the `madani` command typed into a shell inside tmux (a real
// terminal, so progress bars are drawn), reading what the screen shows afterwards.
const here = dirname(fileURLToPath(import.meta.url));
const hasTmux = (() => {
  try {
    execFileSync("tmux", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
if (!hasTmux && process.env.CI) throw new Error("tmux is missing: .ci/run installs it (apt-get install tmux)");

const session = `madani-${process.pid}`;
const work = mkdtempSync(join(tmpdir(), "madani-terminal-"));
const tmux = (...args: string[]) => execFileSync("tmux", args, { encoding: "utf8" });

/** Type a command line into the session and wait until it finishes; returns its exit code. */
async function type(line: string, timeoutMs = 120_000): Promise<number> {
  const marker = `__done_${Math.random().toString(36).slice(2)}`;
  tmux("send-keys", "-t", session, `${line}; echo ${marker}=$?`, "Enter");
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const screen = tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", session);
    const m = new RegExp(`^${marker}=(\\d+)$`, "m").exec(screen);
    if (m) return Number(m[1]);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out: ${line}`);
}
const screen = () => tmux("capture-pane", "-p", "-J", "-S", "-400", "-t", session);

afterAll(() => {
  if (hasTmux) {
    try {
      tmux("kill-session", "-t", session);
    } catch {}
  }
});

describe.skipIf(!hasTmux)("madani in a terminal session", () => {
  it("imports with a progress bar, prints statistics and renders a report", async () => {
    // The `madani` command on PATH (the package's bin, run from its sources).
    const bin = join(work, "bin");
    execFileSync("mkdir", ["-p", bin]);
    const madani = join(bin, "madani");
    writeFileSync(
      madani,
      `#!/bin/sh\nexec "${join(here, "node_modules", ".bin", "tsx")}" --conditions=@madani/source "${join(here, "..", "packages", "cli", "src", "bin.ts")}" "$@"\n`,
    );
    chmodSync(madani, 0o755);
    const registry = generateRegistry({
      seed: 5,
      size: 3000,
      duplicateRate: 0.1,
      errorRate: 0.02,
      headerLanguage: "ar",
    });
    writeFileSync(join(work, "organizations.csv"), [...registry.csvChunks()].join(""));
    const plan = createPlan(networkPlan);
    if (!plan.ok) throw new Error("the example plan is not valid");
    writeFileSync(join(work, "plan.json"), JSON.stringify(plan.value));

    // A shell like a user's: no CI variable, a terminal of 120 columns, everything it prints logged raw.
    tmux(
      "new-session",
      "-d",
      "-s",
      session,
      "-x",
      "120",
      "-y",
      "50",
      "-c",
      work,
      `env -u CI PATH=${bin}:${process.env.PATH} sh`,
    );
    tmux("pipe-pane", "-t", session, "-o", `cat >> ${join(work, "terminal.log")}`);

    expect(await type("madani --help")).toBe(0);
    expect(screen()).toMatch(/Exit codes: 0 done, 1 issues found in the input .*, 2 usage error/);

    const imported = await type("madani import organizations.csv --lang fr");
    // Exit 1: some rows were quarantined (the generator breaks 2 % of them), and that is an issue found.
    expect(imported).toBe(1);
    const afterImport = screen();
    expect(afterImport).toMatch(/3000 enregistrement\(s\) lu\(s\) : \d+ valide\(s\), \d+ en quarantaine\./);
    expect(afterImport).toContain(`Base de données : ${join(work, "madani-db")}`);
    // The progress bar was drawn while the import ran (it is cleared at the end).
    expect(readFileSync(join(work, "terminal.log"), "utf8")).toMatch(/import \[#+-*\] +\d+% [\d,]+\/[\d,]+ rows/);

    expect(await type("madani stats --lang ar --as-of 2025-12-31 --out stats.html")).toBe(0);
    expect(screen()).toContain(`كُتب الملف: ${join(work, "stats.html")}`);
    expect(readFileSync(join(work, "stats.html"), "utf8")).toMatch(/<html[^>]* dir="rtl"/);

    expect(await type("madani report plan.json --format md --lang fr --as-of 2026-12-31 | head -3")).toBe(0);
    expect(screen()).toMatch(/^# .*Réseau des associations de Doukkala|^# Avancement/m);

    // A clerk's workbook: a sheet of notes first, then the associations, one RIB that Excel turned into a number.
    const workbook = renderXlsx({
      format: "madani.report/1",
      meta: { title: "Registre", language: "fr", generatedAt: "2026-01-05T10:00:00Z" },
      sections: [
        {
          heading: "Registre",
          blocks: [
            {
              type: "table",
              id: "notes",
              title: "Notes",
              columns: [{ key: "n", label: "Note", type: "text" }],
              rows: [],
            },
            {
              type: "table",
              id: "orgs",
              title: "Associations",
              columns: [
                { key: "name", label: "Nom", type: "text" },
                { key: "form", label: "Forme juridique", type: "text" },
                { key: "founded", label: "Date de création", type: "date" },
                { key: "rib", label: "RIB", type: "decimal", decimals: 0 },
              ],
              rows: [
                { name: "Association Al Amal", form: "Association", founded: "2015-03-12" },
                { name: "جمعية النور", form: "جمعية", founded: "2016-05-02" },
                { name: "Association Atlas", form: "Association", founded: "2010-05-01", rib: 1.17e23 },
              ],
            },
          ],
        },
      ],
    });
    if (!workbook.ok) throw new Error("the example workbook cannot be written");
    writeFileSync(join(work, "registre.xlsx"), workbook.value);
    expect(
      await type("madani validate registre.xlsx --sheet associations --quarantine a-corriger.xlsx --lang fr"),
    ).toBe(1);
    const afterWorkbook = screen();
    expect(afterWorkbook).toContain(`Fichier écrit : ${join(work, "a-corriger.xlsx")}`);
    expect(afterWorkbook).toContain("3 enregistrement(s) lu(s) : 2 valide(s), 1 en quarantaine.");
    expect(existsSync(join(work, "a-corriger.xlsx"))).toBe(true);
    expect(await type("madani validate registre.xlsx --sheet Feuil9 --lang fr")).toBe(1);
    expect(screen()).toContain(
      "Le classeur n'a pas de feuille nommée « Feuil9 ». Ses feuilles : “Notes”, “Associations”.",
    );

    expect(await type("madani report nothing.json")).toBe(2);
    expect(screen()).toContain("The file “nothing.json” does not exist.");
    expect(existsSync(join(work, "madani-db"))).toBe(true);
  }, 300_000);
});
