import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { computeProgress, createPlan, fromIatiResults, type IndicatorStatus, indicatorStatusCell } from "@madani/plan";
import { beforeAll, describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const AS_OF = "2026-12-31";

describe("network-strategic-plan example (scenario 1)", () => {
  let out = "";
  let stdout = "";

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "madani-plan-"));
    stdout = execFileSync(
      join(here, "node_modules", ".bin", "tsx"),
      ["--conditions=@madani/source", join(here, "network-strategic-plan.ts"), out],
      // Chatham Islands: UTC+12:45 or +13:45, so that an output depending on the host's zone shows.
      { encoding: "utf8", env: { ...process.env, TZ: "Pacific/Chatham" } },
    );
  }, 120_000);

  const read = (name: string): string => readFileSync(join(out, name), "utf8");
  const finalPlan = () => {
    const r = createPlan(JSON.parse(read("plan.json")));
    if (!r.ok) throw new Error(r.issues.map((i) => `${i.code} ${i.path.join(".")}`).join("\n"));
    return r.value;
  };

  it("writes every output file into the folder it is given", () => {
    for (const name of [
      "plan.json",
      "progress-ar.html",
      "progress-fr.html",
      "logframe-ar.html",
      "logframe-fr.html",
      "contributions-ar.html",
      "iptt-ar.html",
      "iptt-fr.html",
      "reporting-ar.html",
      "reporting-fr.html",
      "iati-results.xml",
      "history.md",
    ]) {
      expect(existsSync(join(out, name)), name).toBe(true);
    }
    expect(readdirSync(out).filter((f) => f.startsWith("tracking-fr") && f.endsWith(".csv")).length).toBeGreaterThan(0);
    expect(stdout).toContain(`Rapports écrits dans ${out}`);
  });

  it("keeps the revised budget line's history and the 2025 ledger, and reports the ledger and reporting rates", () => {
    const plan = finalPlan();
    const line = plan.activities.find((a) => a.id === "act-1-1")?.budget?.find((l) => l.funderId === "ue-hiwar");
    expect(line?.original?.amount).toBe(18_000_000);
    expect(line?.planned.amount).toBe(16_500_000);
    expect(line?.revisions).toEqual([
      {
        on: "2025-06-12",
        planned: { amount: 16_500_000, currency: "MAD" },
        reason: "Avenant n° 1 à la convention avec ASF",
      },
    ]);
    expect(plan.transactions?.length).toBe(5);
    expect(stdout).toContain(
      "Grand livre : reçu 200 000 MAD, dépensé 138 800 MAD ; ligne ACT-1.1 2025 révisée de 180 000 à 165 000 MAD",
    );
    expect(stdout).toMatch(/Rapports de suivi : \d+ à temps, \d+ en retard, \d+ manquants sur \d+ attendus/);
    expect(plan.foundations?.method?.length).toBe(3);
    expect(read("progress-fr.html")).toContain("Fondements et méthode");
  });

  it("writes a plan.json that createPlan accepts, with the follow-up in it", () => {
    const plan = finalPlan();
    expect(plan.organizationId).toBe("reseau-doukkala");
    const periods2025 = plan.indicators.flatMap((i) => i.periods.filter((p) => p.startOn.startsWith("2025")));
    expect(periods2025.every((p) => p.locked === true)).toBe(true);
    const states = plan.indicators.flatMap((i) => i.values.map((v) => v.state));
    expect(states.filter((s) => s === "approved").length).toBeGreaterThan(0);
    expect(states).toContain("submitted");
    expect(plan.contributions?.map((c) => c.handling)).toEqual(
      expect.arrayContaining(["adopted", "merged", "rejected"]),
    );
    expect(plan.contributions?.filter((c) => c.handling === "rejected").every((c) => c.reason !== undefined)).toBe(
      true,
    );
  });

  it("prints the score, coverage and statuses that computeProgress gives on plan.json", () => {
    const progress = computeProgress(finalPlan(), AS_OF);
    const score = progress.plan.score;
    expect(score).toBeDefined();
    const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
    expect(stdout).toContain(`Score du plan : ${pct(score ?? 0)} (couverture ${pct(progress.plan.coverage)})`);
    const statuses: readonly IndicatorStatus[] = ["achieved", "on-track", "at-risk", "off-track", "no-data"];
    const line = statuses
      .map((s) => `${indicatorStatusCell(s, "fr").label} ${progress.indicators.filter((i) => i.status === s).length}`)
      .join(", ");
    expect(stdout).toContain(`Indicateurs : ${line}`);
    expect(stdout).toContain(`${progress.activities.overdue} en retard`);
    expect(progress.activities.overdue).toBeGreaterThan(0);
  });

  it("prints the refused commands with their localized messages", () => {
    expect(stdout).toMatch(/refusé \[fr\] command\.period_locked : La période « ind-3-1-1-2025 » est verrouillée/);
    expect(stdout).toMatch(/refusé \[ar\] command\.period_locked : الفترة «ind-3-1-1-2025» مقفلة/);
    expect(stdout).toContain("refusé [fr] command.reason_required");
  });

  it("renders the Arabic reports right to left, with the network's name", () => {
    for (const name of ["progress-ar.html", "logframe-ar.html", "contributions-ar.html"]) {
      const html = read(name);
      expect(html, name).toMatch(/<html[^>]* dir="rtl"/);
      expect(html, name).toContain("شبكة الجمعيات الدكالية");
    }
    expect(read("logframe-fr.html")).toContain("Réseau des associations de Doukkala");
  });

  it("writes an IATI 2.03 activity that the official schema accepts", () => {
    // packages/plan/test/iati holds the official IATI 2.03 schema files (see SOURCE.md there); xmllint is Debian's
    // libxml2-utils, which .ci/run installs.
    const xsd = join(here, "../packages/plan/test/iati/iati-activities-schema.xsd");
    const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", xsd, join(out, "iati-results.xml")], {
      encoding: "utf8",
    });
    if (run.error !== undefined && !process.env.CI) {
      console.warn("xmllint was not found (Debian: apt-get install libxml2-utils): the IATI schema check is skipped.");
      return;
    }
    expect(run.error).toBeUndefined();
    expect(run.stderr.trim()).toMatch(/ validates$/);
    expect(run.status).toBe(0);
  });

  it("writes IATI results that read back, and a French history", () => {
    const back = fromIatiResults(read("iati-results.xml"));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.value.indicators).toHaveLength(finalPlan().indicators.length);
    const history = read("history.md");
    expect(history).toContain("Activité ACT-2.3 : début 2026-03-01 → 2026-04-01");
    expect(history).toContain("Contribution c-07");
  });
});
