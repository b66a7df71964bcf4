import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Certificate, commitSeed, type DrawRecord, verifyCertificate, verifyDraw } from "@madani/events";
import { beforeAll, describe, expect, it } from "vitest";
import { attendees, DRAW_SEED, institutions } from "./data/training-meeting.js";

const here = dirname(fileURLToPath(import.meta.url));

interface WrittenCertificates {
  readonly keyId: string;
  readonly publicKey: string;
  readonly certificates: readonly Certificate[];
  readonly notEligible: readonly { readonly personId: string }[];
}

describe("training-meeting example (scenario 5)", () => {
  let out = "";
  let stdout = "";

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "madani-s5-"));
    stdout = execFileSync(
      join(here, "node_modules", ".bin", "tsx"),
      ["--conditions=@madani/source", join(here, "training-meeting.ts"), out],
      // Chatham Islands: UTC+13:45 in December, so that a date computed in the host's zone would move.
      { encoding: "utf8", env: { ...process.env, TZ: "Pacific/Chatham" } },
    );
  }, 120_000);

  const read = (name: string): string => readFileSync(join(out, name), "utf8");
  const draw = (): DrawRecord => JSON.parse(read("draw.json")) as DrawRecord;
  const written = (): WrittenCertificates => JSON.parse(read("certificates.json")) as WrittenCertificates;

  it("writes the record, the certificates and the general report in three languages", () => {
    for (const name of [
      "commitment.txt",
      "draw.json",
      "certificates.json",
      "general-report-ar.html",
      "general-report-fr.html",
      "general-report-en.html",
    ]) {
      expect(existsSync(join(out, name)), name).toBe(true);
    }
    expect(read("general-report-ar.html")).toContain("تعاونية نساء العونات");
    expect(read("general-report-en.html")).toContain("Fifth training meeting of the Doukkala Network of Associations");
    expect(stdout).toContain(`Rapports écrits dans ${out}`);
  });

  it("publishes the commitment first, and the written record verifies against it", () => {
    const published = read("commitment.txt").split(/\s/)[0] ?? "";
    const commitment = commitSeed(DRAW_SEED);
    expect(commitment.ok && commitment.value).toBe(published);
    const record = draw();
    expect(verifyDraw(record, { commitment: published }).ok).toBe(true);
    expect(verifyDraw({ ...record, seed: `${record.seed} ` }, { commitment: published }).ok).toBe(false);
    expect(record.winners).toHaveLength(2);
    for (const w of record.winners) expect(institutions.map((o) => o.id)).toContain(w);
    expect(stdout).toContain(`engagement publié le 2024-12-27T10:15:00+01:00 : ${published}`);
    expect(stdout).toContain(
      `1. ${institutions.find((o) => o.id === record.winners[0])?.name.ar} (${record.winners[0]})`,
    );
    expect(read("general-report-fr.html")).toContain(published);
  });

  it("issues a certificate to everyone who attended, each one verifiable with the published key", async () => {
    const { certificates, notEligible, publicKey, keyId } = written();
    const attended = attendees.filter((a) => a.sessions.length > 0).map((a) => a.person.id);
    expect(certificates.map((c) => c.holder.personId).sort()).toEqual([...attended].sort());
    expect(notEligible.map((n) => n.personId)).toEqual(
      attendees.filter((a) => a.sessions.length === 0).map((a) => a.person.id),
    );
    const key = { algorithm: "Ed25519", publicKey } as const;
    for (const c of certificates) expect((await verifyCertificate(c, key)).ok, c.serial).toBe(true);
    const first = certificates[0];
    if (first === undefined) throw new Error("no certificate");
    expect((await verifyCertificate({ ...first, hours: first.hours + 1 }, key)).ok).toBe(false);
    expect(stdout).toContain(`${certificates.length} vérifiées avec la clé publique ${keyId}`);
    const hours = certificates.reduce((s, c) => s + c.hours, 0);
    expect(stdout).toContain(`${hours.toFixed(1).replace(".", ",")} heures de formation attestées`);
  });

  it("renders each certificate in the language its holder asked for", () => {
    const { certificates } = written();
    expect(readdirSync(join(out, "certificates"))).toHaveLength(certificates.length);
    for (const c of certificates) {
      const html = read(join("certificates", `${c.serial}.html`));
      const language = attendees.find((a) => a.person.id === c.holder.personId)?.certificateLanguage;
      expect(html, c.serial).toMatch(language === "fr" ? /<html lang="fr" dir="ltr"/ : /<html lang="ar" dir="rtl"/);
      expect(html).toContain(c.verificationCode);
    }
  });
});
