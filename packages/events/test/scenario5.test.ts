/**
 * Scenario 5: the Doukkala network of associations runs its fifth three-day
 * training meeting in Sidi Bennour and El Jadida (27-29 December 2024) with regional
 * public partners: four workshops, partnership agreements signed, three model
 * cooperatives honoured, a draw among participating institutions for two promotional
 * documentaries, certificates for every participant, and a general report.
 */
import {
  commitSeed,
  computeReach,
  eventGeneralReport,
  generateIssuerKeyPair,
  issueCertificates,
  runDraw,
  validateEvent,
  verifyCertificate,
  verifyDraw,
} from "@madani/events";
import { describe, expect, it } from "vitest";
import {
  agreements,
  attendance,
  event,
  honours,
  institutions,
  organizations,
  participants,
  persons,
  seed,
} from "./fixtures/doukkala.js";

describe("scenario 5: fifth training meeting of the Doukkala network", () => {
  it("has a valid three-day programme in two cities with four workshops in parallel tracks", () => {
    const r = validateEvent(event);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.value.sessions.filter((s) => s.kind === "workshop")).toHaveLength(4);
    const broken = validateEvent({
      ...event,
      sessions: [...event.sessions, { ...event.sessions[1], id: "w-x", on: "2024-12-30" }],
    });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues.map((i) => i.code)).toContain("event.session_outside");
  });

  it("counts reach once per person and institution", () => {
    const r = computeReach({ events: [event], participants, attendance, persons, organizations });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const present = new Set(attendance.filter((a) => a.present).map((a) => a.personId));
    expect(r.value.persons).toBe(present.size);
    expect(r.value.organizations).toBe(institutions.length);
    expect(r.value.personsBySex.female).toBe(institutions.length);
    expect(r.value.personsBySex.male).toBe(present.size - institutions.length);
    expect(r.value.attendances).toBe(attendance.filter((a) => a.present).length);
  });

  it("draws two institutions for promotional documentaries, reproducibly", () => {
    const commitment = commitSeed(seed);
    expect(commitment.ok).toBe(true);
    const drawn = runDraw({
      seed,
      entries: institutions.map((o) => ({ id: o.id, name: o.name, organizationId: o.id })),
      k: 2,
      title: { ar: "قرعة الشريط التوثيقي الإشهاري", fr: "Tirage des documentaires promotionnels" },
      prize: { ar: "شريط توثيقي إشهاري", fr: "Documentaire promotionnel" },
    });
    expect(drawn.ok).toBe(true);
    if (!drawn.ok || !commitment.ok) return;
    const record = drawn.value;
    expect(record.winners).toHaveLength(2);
    expect(new Set(record.winners).size).toBe(2);
    for (const w of record.winners) expect(institutions.map((o) => o.id)).toContain(w);
    expect(record.commitment).toBe(commitment.value);
    expect(verifyDraw(record, { commitment: commitment.value }).ok).toBe(true);
    expect(verifyDraw({ ...record, winners: [...record.winners].reverse() }).ok).toBe(false);
  });

  it("produces the general report with workshops, participants, agreements, honours, draw and recommendations", () => {
    const drawn = runDraw({ seed, entries: institutions.map((o) => ({ id: o.id, organizationId: o.id })), k: 2 });
    expect(drawn.ok).toBe(true);
    if (!drawn.ok) return;
    for (const language of ["ar", "fr", "en"] as const) {
      const r = eventGeneralReport(
        {
          event,
          organizations,
          persons,
          participants,
          attendance,
          agreements,
          honours,
          draws: [drawn.value],
          achievements: [
            {
              ar: "تكوين المشاركين في التخطيط الاستراتيجي",
              fr: "Formation des participants à la planification stratégique",
            },
          ],
          recommendations: [
            {
              id: "rec-1",
              text: {
                ar: "إعداد برنامج تقوية القدرات لسنة 2025",
                fr: "Préparer le programme de renforcement des capacités 2025",
              },
              owner: { organizationId: "rjd" },
              dueOn: "2025-03-31",
            },
          ],
        },
        { language, generatedAt: "2025-01-15T10:00:00+01:00" },
      );
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const doc = r.value;
      const json = JSON.stringify(doc);
      const ids = doc.sections.map((s) => s.id);
      expect(ids).toEqual(
        expect.arrayContaining([
          "overview",
          "objectives",
          "partners",
          "programme",
          "workshops",
          "participants",
          "agreements",
          "honours",
          "draws",
          "achievements",
          "recommendations",
        ]),
      );
      const tables = doc.sections.flatMap((s) => s.blocks).filter((b) => b.type === "table");
      const workshops = tables.find((t) => t.type === "table" && t.id === "workshops");
      expect(workshops?.type === "table" && workshops.rows.length).toBe(4);
      const honoursTable = tables.find((t) => t.type === "table" && t.id === "honours");
      expect(honoursTable?.type === "table" && honoursTable.rows.length).toBe(3);
      const drawTable = tables.find((t) => t.type === "table" && t.id === "draw-1");
      expect(drawTable?.type === "table" && drawTable.rows.length).toBe(2);
      expect(json).toContain(drawn.value.commitment);
      const winnerName = institutions.find((o) => o.id === drawn.value.winners[0])?.name.ar ?? "?";
      expect(json).toContain(winnerName);
      expect(json).toContain("تعاونية نساء العونات");
    }
  });

  it("issues a verifiable certificate to every participant who attended", async () => {
    const keys = await generateIssuerKeyPair();
    const r = await issueCertificates(
      {
        event: {
          id: event.id,
          title: event.title,
          startOn: event.startOn,
          endOn: event.endOn,
          place: { ar: "سيدي بنور والجديدة" },
          organizer: { ar: "شبكة الجمعيات الدكالية" },
        },
        issuer: { id: "rjd", name: { ar: "شبكة الجمعيات الدكالية" } },
        issuedOn: "2024-12-29",
        participants: participants.map((p) => ({
          ...p,
          name: persons.find((x) => x.id === p.personId)?.name ?? { ar: "?" },
        })),
        attendance,
        organizations: institutions.map((o) => ({ id: o.id, name: o.name })),
        rule: { minSessions: 1 },
        serial: { prefix: "RJD-LT5" },
      },
      keys.privateKey,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const attended = new Set(attendance.filter((a) => a.present).map((a) => a.personId));
    expect(r.value.certificates.map((c) => c.holder.personId).sort()).toEqual([...attended].sort());
    expect(r.value.notEligible.map((n) => n.personId)).toEqual(
      participants.map((p) => p.personId).filter((id) => !attended.has(id)),
    );
    const first = r.value.certificates[0];
    expect(first).toBeDefined();
    if (first === undefined) return;
    const published = { algorithm: "Ed25519", publicKey: keys.publicKeyText } as const;
    expect((await verifyCertificate(first, published)).ok).toBe(true);
    expect((await verifyCertificate({ ...first, hours: first.hours + 1 }, published)).ok).toBe(false);
  });
});
