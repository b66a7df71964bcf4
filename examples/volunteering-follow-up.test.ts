import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildMeetingSeries } from "@madani/events";
import { beforeAll, describe, expect, it } from "vitest";
import { trainingOffer } from "./data/volunteering-follow-up.js";

const here = dirname(fileURLToPath(import.meta.url));

describe("volunteering-follow-up example (scenario 3)", () => {
  let out = "";
  let stdout = "";

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "madani-s3-"));
    stdout = execFileSync(
      join(here, "node_modules", ".bin", "tsx"),
      ["--conditions=@madani/source", join(here, "volunteering-follow-up.ts"), out],
      // Pago Pago: UTC-11, so that a date computed in the host's zone would move to the previous day.
      { encoding: "utf8", env: { ...process.env, TZ: "Pacific/Pago_Pago" } },
    );
  }, 120_000);

  const read = (name: string): string => readFileSync(join(out, name), "utf8");

  it("writes the series report in Arabic and French, as HTML and Markdown", () => {
    for (const name of [
      "meeting-series-ar.html",
      "meeting-series-fr.html",
      "meeting-series-ar.md",
      "meeting-series-fr.md",
      "meetings.json",
    ]) {
      expect(existsSync(join(out, name)), name).toBe(true);
    }
    expect(read("meeting-series-ar.html")).toMatch(/<html[^>]* dir="rtl"/);
    expect(read("meeting-series-ar.md")).toContain('dir="rtl"');
    expect(read("meeting-series-ar.html")).toContain("ضعف الموارد المالية للجمعية");
    expect(read("meeting-series-fr.md")).toContain("Ressources financières insuffisantes");
    expect(stdout).toContain(`Rapports écrits dans ${out}`);
  });

  it("prints what the series computed from the written meetings", () => {
    const series = buildMeetingSeries(JSON.parse(read("meetings.json")));
    expect(series.ok).toBe(true);
    if (!series.ok) return;
    const step = series.value.steps[1];
    expect(step?.daysSincePrevious).toBe(42);
    expect(stdout).toContain(
      `42 jours après la précédente : ${step?.completedSince.length} réalisée(s), ${step?.stillOpen.length} encore ouverte(s)`,
    );
    expect(stdout).toContain(
      `Actions ouvertes reportées à la prochaine rencontre : ${series.value.openActions.length}`,
    );
    // The visit was left out of the second meeting's minutes: carried forward, still open.
    expect(series.value.openActions.map((a) => a.id)).toContain("act-visit");
    expect(series.value.openActions.find((a) => a.id === "act-visit")?.fromMeetingId).toBe("m-2023-11-12");
    // Every open action appears in the French report.
    for (const a of series.value.openActions) expect(read("meeting-series-fr.html")).toContain(a.text.fr ?? "?");
  });

  it("prints the hours of the free trainings offered", () => {
    const minutes = trainingOffer.sessions.reduce(
      (s, x) => s + (Date.parse(`2000-01-01T${x.end}:00Z`) - Date.parse(`2000-01-01T${x.start}:00Z`)) / 60_000,
      0,
    );
    expect(stdout).toContain(
      `soutien direct ou ${trainingOffer.sessions.length} formations gratuites (${(minutes / 60).toFixed(1).replace(".", ",")} h`,
    );
  });
});
