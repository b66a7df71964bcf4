import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { computeReach, type Event } from "@madani/events";
import { type PartnershipAgreement, sumMoney } from "@madani/model";
import { createFormatter } from "@madani/report";
import { beforeAll, describe, expect, it } from "vitest";
import { centers, DELEGATION_ID, organizations, persons } from "./data/provincial-partnerships.js";

const here = dirname(fileURLToPath(import.meta.url));

describe("provincial-partnerships example (scenario 2)", () => {
  let out = "";
  let stdout = "";

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "madani-s2-"));
    stdout = execFileSync(
      join(here, "node_modules", ".bin", "tsx"),
      ["--conditions=@madani/source", join(here, "provincial-partnerships.ts"), out],
      // Kiritimati: UTC+14, so that a date computed in the host's zone would move to the next day.
      { encoding: "utf8", env: { ...process.env, TZ: "Pacific/Kiritimati" } },
    );
  }, 120_000);

  const read = (name: string): string => readFileSync(join(out, name), "utf8");
  const meeting = () =>
    JSON.parse(read("meeting.json")) as {
      event: Event;
      participants: Parameters<typeof computeReach>[0]["participants"];
      attendance: Parameters<typeof computeReach>[0]["attendance"];
      agreements: PartnershipAgreement[];
    };
  const fr = createFormatter({ language: "fr" });

  it("writes the reports, the agreements tables and the meeting's data", () => {
    for (const name of [
      "general-report-ar.html",
      "general-report-fr.html",
      "agreements-ar.csv",
      "agreements-fr.csv",
      "meeting.json",
    ]) {
      expect(existsSync(join(out, name)), name).toBe(true);
    }
    expect(read("general-report-ar.html")).toMatch(/<html[^>]* dir="rtl"/);
    expect(read("general-report-ar.html")).toContain("المندوبية الإقليمية للتعاون الوطني بالعرائش");
    expect(read("general-report-fr.html")).toContain("Délégation provinciale de l'Entraide nationale à Larache");
    expect(stdout).toContain(`Rapports écrits dans ${out}`);
  });

  it("prints the reach that computeReach gives on the written roster and attendance", () => {
    const m = meeting();
    const r = computeReach({
      events: [m.event],
      participants: m.participants,
      attendance: m.attendance,
      persons,
      organizations,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const women = Math.round((r.value.personsBySex.female * 1000) / r.value.persons) / 10;
    expect(stdout).toContain(
      `Présence : ${r.value.persons} personnes, ${r.value.organizations} organisations (${r.value.organizationsByType.association} associations), ${fr.percent(women, 1)} de femmes`,
    );
    // One seat freed by the withdrawal went to the first on the waitlist.
    expect(m.participants.find((p) => p.personId === "rep-assoc-03-1")?.status).toBe("cancelled");
    expect(m.participants.filter((p) => p.status === "waitlisted")).toHaveLength(0);
  });

  it("refuses the one-party draft and prints the committed funding of the agreements signed at the meeting", () => {
    const m = meeting();
    expect(m.agreements.map((a) => a.id)).not.toContain("conv-kindergarten-draft");
    expect(stdout).toContain("convention refusée [fr] agreement.parties_min");
    expect(stdout).toContain("convention refusée [ar] agreement.parties_min");
    const signed = m.agreements.filter((a) => a.signingEventId === m.event.id);
    const active = signed.filter((a) => a.status === "active");
    const committed = sumMoney(
      signed.flatMap((a) =>
        a.parties
          .filter((p) => p.organizationId === DELEGATION_ID)
          .flatMap((p) => p.contributions ?? [])
          .flatMap((c) => (c.amount === undefined ? [] : [c.amount])),
      ),
    );
    expect(stdout).toContain(
      `Conventions signées pendant la rencontre : ${signed.length} (${active.length} en vigueur, ${signed.length - active.length} à activer) ; engagement de l'Entraide nationale ${fr.money(committed)}`,
    );
    // The French CSV: a header, one row per valid agreement, the total, with the committed amount in it.
    const lines = read("agreements-fr.csv")
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(1 + m.agreements.length + 1);
    expect(lines[0]).toContain("Contribution de l'Entraide nationale (MAD)");
  });

  it("prints the beneficiaries and occupancy of every center", () => {
    const total = centers.reduce((s, c) => s + (c.beneficiaries?.total ?? 0), 0);
    expect(stdout).toContain(`Centres : ${centers.length} (6 sous convention), ${total} bénéficiaires en 2023`);
    for (const c of centers) {
      const occupancy = Math.round(((c.beneficiaries?.total ?? 0) * 1000) / (c.capacity ?? 1)) / 10;
      expect(stdout).toContain(`${c.name.fr} (`);
      expect(stdout).toContain(`taux d'occupation ${fr.percent(occupancy, 1)}`);
    }
  });
});
