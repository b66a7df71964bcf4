import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CompetitionRanking, computeReach, rankCompetition } from "@madani/events";
import { beforeAll, describe, expect, it } from "vitest";
import {
  associations,
  attendance,
  CATEGORIES,
  competitionInput,
  event,
  organizations,
  participants,
  persons,
} from "./data/associations-forum.js";

const here = dirname(fileURLToPath(import.meta.url));

describe("associations-forum example (scenario 4)", () => {
  let out = "";
  let stdout = "";

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "madani-s4-"));
    stdout = execFileSync(
      join(here, "node_modules", ".bin", "tsx"),
      ["--conditions=@madani/source", join(here, "associations-forum.ts"), out],
      // Nepal: UTC+5:45, an offset no whole-hour arithmetic hides.
      { encoding: "utf8", env: { ...process.env, TZ: "Asia/Kathmandu" } },
    );
  }, 120_000);

  const read = (name: string): string => readFileSync(join(out, name), "utf8");
  const written = (): CompetitionRanking => JSON.parse(read("ranking.json")) as CompetitionRanking;

  it("writes the ranking and the general report", () => {
    for (const name of [
      "ranking-ar.html",
      "ranking-fr.html",
      "ranking-fr.csv",
      "ranking.json",
      "general-report-ar.html",
      "general-report-fr.html",
    ]) {
      expect(existsSync(join(out, name)), name).toBe(true);
    }
    expect(read("general-report-ar.html")).toContain("ساحة 16 نونبر");
    expect(read("general-report-fr.html")).toContain("Troisième forum des associations de Marrakech");
    expect(stdout).toContain(`Rapports écrits dans ${out}`);
  });

  it("generates about 120 associations of the four fields, and counts each once", () => {
    expect(associations).toHaveLength(120);
    const r = computeReach({ events: [event], participants, attendance, persons, organizations });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.organizations).toBe(120);
    expect(stdout).toContain(
      `Portée : ${r.value.persons} personnes, 120 organisations, ${r.value.attendances} présences`,
    );
  });

  it("writes the ranking rankCompetition gives on the data: nine winners, three per field", () => {
    const again = rankCompetition(competitionInput);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    const ranking = written();
    expect(ranking.winners.map((w) => w.submissionId)).toEqual(again.value.winners.map((w) => w.submissionId));
    expect(ranking.winners).toHaveLength(9);
    for (const c of CATEGORIES) {
      expect(ranking.winners.filter((w) => w.categoryId === c)).toHaveLength(3);
      const line = ranking.categories.find((x) => x.categoryId === c);
      expect(stdout).toContain(`: 3/3 (${line?.ranked} classés)`);
    }
    expect(stdout).toContain(
      `Appel à projets : ${competitionInput.submissions.length} dossiers, ${ranking.ranking.length} classés, ${ranking.ineligible.length} non recevables`,
    );
    // Conflicted jurors are left out of the breakdown of the submissions they may not score.
    expect(stdout).toContain("ranking.conflicted_score_ignored");
    expect(ranking.ranking.some((r) => r.breakdown.conflicted.length > 0)).toBe(true);
  });

  it("prints each winner's score as the sum of its criterion points", () => {
    const two = (x: number) => x.toFixed(2).replace(".", ",");
    for (const w of written().winners) {
      const sum = w.breakdown.criteria.reduce((s, c) => s + c.points, 0);
      expect(Math.abs(sum - w.rawScore)).toBeLessThan(1e-6);
      const parts = w.breakdown.criteria.map((c) => `${c.criterionId} ${two(c.points)}`).join(" + ");
      expect(stdout).toContain(`${w.submissionId} — ${two(w.score)} / 100 = ${parts}`);
    }
    // The CSV has a header and one line per ranked submission, with a column per criterion and per juror.
    const lines = read("ranking-fr.csv")
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(1 + written().ranking.length);
    expect(lines[0]?.split(";")).toHaveLength(
      6 + competitionInput.competition.criteria.length + competitionInput.jurors.length + 1,
    );
  });
});
