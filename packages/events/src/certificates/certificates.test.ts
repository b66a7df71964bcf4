import { createPublicKey, verify as nodeVerify } from "node:crypto";
import { labelOf } from "@madani/model";
import { createFormatter } from "@madani/report";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Attendance, Participant } from "../participants/participant.js";
import { type Certificate, type CertificateKey, SignatureAlgorithm } from "./certificate.js";
import {
  generateIssuerKeyPair,
  type IssueCertificatesInput,
  type IssuerKeyPair,
  issueCertificates,
  verifyCertificate,
} from "./issue.js";
import type { VerificationKey } from "./keys.js";
import { renderCertificateHtml } from "./render.js";

function ok<T>(r: { ok: true; value: T } | { ok: false; issues: readonly { code: string; message: string }[] }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.issues.map((i) => `${i.code}: ${i.message}`).join("; ")}`);
  return r.value;
}
const codes = (r: { ok: boolean; issues?: readonly { code: string }[] }): string[] =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.code);

/** Scenario 5: the fifth training meeting of the Doukkala network, 27–29 December 2024. */
const event = {
  id: "rjd-lt5-2024",
  title: {
    ar: "اللقاء التكويني الخامس: التخطيط الاستراتيجي للتعاونيات والجمعيات التنموية والمقاولات الصغرى",
    fr: "5e rencontre de formation : planification stratégique des coopératives, associations et petites entreprises",
  },
  startOn: "2024-12-27",
  endOn: "2024-12-29",
  place: { ar: "سيدي بنور والجديدة", fr: "Sidi Bennour et El Jadida" },
  organizer: { ar: "شبكة الجمعيات الدكالية", fr: "Réseau des associations doukkalies" },
};
const issuer = { id: "rjd", name: { ar: "شبكة الجمعيات الدكالية", fr: "Réseau des associations doukkalies" } };
/** Four workshops of 4 hours and a plenary of 2 hours. */
const sessions = [
  { id: "capacity-programmes", minutes: 240 },
  { id: "public-institutions-plenary", minutes: 120 },
  { id: "strategic-planning", minutes: 240 },
  { id: "digital-communication", minutes: 240 },
  { id: "project-writing", minutes: 240 },
];

function participant(i: number, extra: Partial<Participant> = {}): Participant {
  return {
    personId: `p-${String(i).padStart(3, "0")}`,
    eventId: event.id,
    organizationId: `org-${i % 7}`,
    name: { ar: `المشارك رقم ${i}`, fr: `Participant ${i}` },
    role: "participant",
    status: "confirmed",
    ...extra,
  };
}

function input(overrides: Partial<IssueCertificatesInput> = {}): IssueCertificatesInput {
  const participants = [
    participant(1),
    participant(2),
    participant(3),
    participant(4, { role: "organizer" }),
    participant(5, { status: "cancelled" }),
    participant(6, { name: undefined } as Partial<Participant>),
    participant(7),
  ].map((p) => {
    if (p.name !== undefined) return p;
    const { name: _n, ...rest } = p;
    return rest;
  });
  const attendance: Attendance[] = [];
  for (const p of participants) {
    const n = Number(p.personId.slice(2));
    sessions.forEach((s, k) => {
      // p-3 misses two workshops; p-7 misses the plenary and stays 3 of 4 hours of one workshop.
      if (n === 3 && (k === 2 || k === 3)) return;
      if (n === 7 && k === 1) return;
      attendance.push({
        personId: p.personId,
        sessionId: s.id,
        present: true,
        ...(n === 7 && k === 0 ? { minutes: 180 } : {}),
      });
    });
  }
  // A duplicate present record for the same session counts once.
  attendance.push({ personId: "p-001", sessionId: "strategic-planning", present: true, hours: 1 });
  attendance.push({ personId: "p-002", sessionId: "project-writing", present: false });
  return {
    event,
    issuer,
    issuedOn: "2024-12-29",
    participants,
    attendance,
    sessions,
    organizations: Array.from({ length: 7 }, (_, i) => ({ id: `org-${i}`, name: { ar: `تعاونية رقم ${i}` } })),
    rule: { minHours: 12, minShare: 0.75, requiredSessionIds: ["strategic-planning"] },
    serial: { prefix: "RJD-LT5-2024" },
    ...overrides,
  };
}

let keys: IssuerKeyPair;
let issued: readonly Certificate[];

beforeAll(async () => {
  keys = await generateIssuerKeyPair();
  const r = await issueCertificates(input({ issuer: { ...issuer, keyId: keys.keyId } }), keys.privateKey);
  issued = ok(r).certificates;
});

describe("issueCertificates", () => {
  it("issues certificates to those who meet the attendance rule, with serials in person-id order", async () => {
    expect(issued.map((c) => [c.serial, c.holder.personId, c.hours])).toEqual([
      ["RJD-LT5-2024-0001", "p-001", 18],
      // p-002's "absent" record does not cancel the present one for the same session.
      ["RJD-LT5-2024-0002", "p-002", 18],
      ["RJD-LT5-2024-0003", "p-004", 18],
      ["RJD-LT5-2024-0004", "p-007", 15],
    ]);
    expect(issued[0]?.holder.organization).toEqual({ ar: "تعاونية رقم 1" });
    expect(issued[0]?.algorithm).toBe("Ed25519");
    expect(issued[0]?.issuer.keyId).toBe(keys.keyId);
  });

  it("says why the others get none", async () => {
    const r = ok(await issueCertificates(input(), keys.privateKey, { locale: "fr" }));
    expect(r.notEligible.map((n) => [n.personId, n.reasons.map((x) => x.code)])).toEqual([
      // 4 h + 2 h + 4 h = 10 h of 18 h, 3 of 5 sessions, not the strategic-planning workshop.
      ["p-003", ["attendance.too_few_hours", "attendance.share_too_low", "attendance.missing_session"]],
      ["p-005", ["attendance.registration_inactive"]],
      ["p-006", ["attendance.missing_name"]],
    ]);
    expect(r.notEligible[0]?.reasons[1]?.message).toBe(
      "La part des séances suivies (60 %) est inférieure au minimum (75 %).",
    );
    const short = ok(await issueCertificates(input({ rule: { minHours: 15.5 } }), keys.privateKey));
    expect(short.certificates.map((c) => c.holder.personId)).toEqual(["p-001", "p-002", "p-004"]);
    const roles = ok(await issueCertificates(input({ rule: { roles: ["participant"] } }), keys.privateKey));
    expect(roles.notEligible.find((n) => n.personId === "p-004")?.reasons.map((x) => x.code)).toEqual([
      "attendance.role_excluded",
    ]);
  });

  it("is deterministic and independent of the order of participants and attendance", async () => {
    const base = input();
    const again = ok(
      await issueCertificates(
        {
          ...base,
          issuer: { ...issuer, keyId: keys.keyId },
          participants: [...base.participants].reverse(),
          attendance: [...base.attendance].reverse(),
        },
        keys.privateKey,
      ),
    );
    expect(again.certificates).toEqual(issued);
  });

  it("reports bad input as issues: duplicates, another event, unknown sessions, unusable keys", async () => {
    const base = input();
    const dup = await issueCertificates(
      { ...base, participants: [...base.participants, participant(1)] },
      keys.privateKey,
    );
    expect(codes(dup)).toEqual(["certificate.duplicate_participant"]);
    const other = await issueCertificates(
      { ...base, participants: [participant(1, { eventId: "another-event" })] },
      keys.privateKey,
    );
    expect(codes(other)).toEqual(["certificate.other_event"]);
    const unknown = await issueCertificates({ ...base, rule: { requiredSessionIds: ["closing"] } }, keys.privateKey);
    expect(codes(unknown)).toEqual(["certificate.unknown_session"]);
    expect(codes(await issueCertificates(base, keys.publicKey))).toEqual(["certificate.key_unusable"]);
    expect(codes(await issueCertificates(base, {} as CertificateKey))).toEqual(["certificate.key_unusable"]);
  });

  it("never rejects, whatever the input", async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (value) => {
        const r = await issueCertificates(value as IssueCertificatesInput, keys.privateKey);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe("verifyCertificate", () => {
  it("accepts an authentic certificate with the typed public key as a CryptoKey, raw bytes or published text", async () => {
    const c = issued[0] as Certificate;
    expect(ok(await verifyCertificate(c, keys.publicKey))).toEqual(c);
    expect(ok(await verifyCertificate(c, { algorithm: "Ed25519", publicKey: keys.publicKey }))).toEqual(c);
    const published = { algorithm: "Ed25519", publicKey: keys.publicKeyText } as const;
    expect((await verifyCertificate(JSON.parse(JSON.stringify(c)), published)).ok).toBe(true);
    const raw = new Uint8Array(await crypto.subtle.exportKey("raw", keys.publicKey));
    expect((await verifyCertificate(c, { algorithm: "Ed25519", publicKey: raw })).ok).toBe(true);
  });

  it("refuses a bare string or bare bytes as a key: their algorithm would be a guess", async () => {
    const c = issued[0] as Certificate;
    const raw = new Uint8Array(await crypto.subtle.exportKey("raw", keys.publicKey));
    for (const bare of [keys.publicKeyText, raw, raw.buffer]) {
      const r = await verifyCertificate(c, bare as unknown as VerificationKey, { locale: "ar" });
      expect(codes(r)).toEqual(["certificate.key_untyped"]);
      expect(r.ok ? "" : r.issues[0]?.message).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("can be checked by a third party with another tool (node:crypto and a hand-written payload)", () => {
    const c = issued[1] as Certificate;
    const sortKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sortKeys)
        : v !== null && typeof v === "object"
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
            )
          : v;
    const { verificationCode, ...rest } = c;
    const payload = Buffer.from(JSON.stringify(sortKeys(rest)), "utf8");
    const key = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: keys.publicKeyText }, format: "jwk" });
    expect(nodeVerify(null, payload, key, Buffer.from(verificationCode, "base64url"))).toBe(true);
    expect(
      nodeVerify(null, Buffer.concat([payload, Buffer.from(" ")]), key, Buffer.from(verificationCode, "base64url")),
    ).toBe(false);
  });

  it("detects tampering with any field (property)", async () => {
    const c = issued[0] as Certificate;
    const changes: ((c: Certificate, s: string, n: number) => Certificate)[] = [
      (c, s) => ({ ...c, holder: { ...c.holder, name: { ar: `${c.holder.name.ar ?? ""}${s}` } } }),
      (c, _s, n) => ({ ...c, hours: c.hours + 1 + (n % 50) }),
      (c, _s, n) => ({ ...c, serial: `RJD-LT5-2024-${String(9000 + (n % 999))}` }),
      (c, s) => ({ ...c, event: { ...c.event, title: { fr: `Faux ${s}` } } }),
      (c, _s, n) => ({ ...c, issuedOn: `2025-01-${String(1 + (n % 28)).padStart(2, "0")}` }),
      (c, s) => ({ ...c, holder: { ...c.holder, organization: { ar: `جمعية ${s}` } } }),
      (c, _s, n) => {
        const code = c.verificationCode;
        const i = n % code.length;
        const swapped = code[i] === "A" ? "B" : "A";
        return { ...c, verificationCode: `${code.slice(0, i)}${swapped}${code.slice(i + 1)}` };
      },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: changes.length - 1 }),
        fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s.trim() !== ""),
        fc.nat(),
        async (which, s, n) => {
          const changed = (changes[which] as (typeof changes)[number])(c, s, n);
          fc.pre(JSON.stringify(changed) !== JSON.stringify(c));
          const r = await verifyCertificate(changed, keys.publicKey);
          expect(r.ok).toBe(false);
          expect(codes(r)[0]).toMatch(/^certificate\.signature_invalid$|^schema\./);
          const published = await verifyCertificate(changed, { algorithm: "Ed25519", publicKey: keys.publicKeyText });
          expect(codes(published)).toEqual(codes(r));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("refuses another issuer's key and a key of the wrong algorithm", async () => {
    const c = issued[0] as Certificate;
    const other = await generateIssuerKeyPair();
    // The certificate names its key: another issuer's key is refused by its id, then by the signature.
    expect(codes(await verifyCertificate(c, other.publicKey))).toEqual(["certificate.key_id_mismatch"]);
    const otherText = { algorithm: "Ed25519", publicKey: other.publicKeyText } as const;
    expect(codes(await verifyCertificate(c, otherText))).toEqual(["certificate.key_id_mismatch"]);
    const { keyId: _k, ...anonymous } = c.issuer;
    const unnamed = { ...c, issuer: anonymous };
    expect(codes(await verifyCertificate(unnamed, otherText))).toEqual(["certificate.signature_invalid"]);
    const hmac = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, true, ["sign", "verify"]);
    expect(codes(await verifyCertificate(c, hmac))).toEqual(["certificate.algorithm_mismatch"]);
    const bad = { algorithm: "Ed25519", publicKey: "not base64url!" } as const;
    expect(codes(await verifyCertificate(c, bad))).toEqual(["certificate.key_unusable"]);
  });

  it("supports HMAC-SHA256 for private verification", async () => {
    const secret = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, true, ["sign", "verify"]);
    const r = ok(await issueCertificates(input(), secret));
    const c = r.certificates[0] as Certificate;
    expect(c.algorithm).toBe("HMAC-SHA256");
    expect((await verifyCertificate(c, secret)).ok).toBe(true);
    const raw = new Uint8Array(await crypto.subtle.exportKey("raw", secret));
    expect((await verifyCertificate(c, { algorithm: "HMAC-SHA256", secret: raw })).ok).toBe(true);
    expect((await verifyCertificate(c, { algorithm: "HMAC-SHA256", secret })).ok).toBe(true);
    const other = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, true, ["sign", "verify"]);
    expect(codes(await verifyCertificate(c, other))).toEqual(["certificate.signature_invalid"]);
    expect(codes(await verifyCertificate({ ...c, hours: 99 }, secret))).toEqual(["certificate.signature_invalid"]);
  });

  it("never rejects, whatever the input", async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (value) => {
        expect((await verifyCertificate(value, keys.publicKey)).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe("renderCertificateHtml", () => {
  it("renders a right-to-left Arabic page with Moroccan month names, the serial and the code", () => {
    const c = issued[0] as Certificate;
    const html = ok(renderCertificateHtml(c, { locale: "ar", verifyAt: "https://rjd.example/verify" }));
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("شهادة مشاركة");
    expect(html).toContain("من 27 إلى 29 دجنبر 2024");
    expect(html).toContain("المشارك رقم 1");
    expect(html).toContain(c.serial);
    expect(html).toContain(c.verificationCode);
    expect(html).toContain("size: A4 landscape");
    expect(html).not.toMatch(/<script|<link|src=/);
  });

  it("renders French left to right", () => {
    const html = ok(renderCertificateHtml(issued[3] as Certificate, { locale: "fr" }));
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).toContain("Attestation de participation");
    expect(html).toContain("du 27 au 29 décembre 2024");
    expect(html).toContain('pour une durée de <span class="hours">15</span> heures.');
  });

  it("writes fractional hours with the report formatter of its language (Arabic decimal comma)", () => {
    const c = { ...(issued[0] as Certificate), hours: 11.3 };
    const ar = ok(renderCertificateHtml(c, { locale: "ar" }));
    expect(ar).toContain(`<span class="hours">${createFormatter({ language: "ar" }).decimal(11.3, 1)}</span>`);
    expect(ar).toContain('<span class="hours">11,3</span>');
    expect(ar).not.toContain("11.3");
    expect(ok(renderCertificateHtml(c, { locale: "fr" }))).toContain('<span class="hours">11,3</span>');
    expect(ok(renderCertificateHtml(c, { locale: "en" }))).toContain('<span class="hours">11.3</span>');
    const many = { ...c, hours: 1250 };
    expect(ok(renderCertificateHtml(many, { locale: "fr" }))).toContain(
      `<span class="hours">${createFormatter({ language: "fr" }).integer(1250)}</span>`,
    );
  });

  it("escapes the text it prints", () => {
    const c = issued[0] as Certificate;
    const html = ok(
      renderCertificateHtml(
        { ...c, holder: { ...c.holder, name: { fr: "<img src=x onerror=alert(1)>" } } },
        { locale: "fr" },
      ),
    );
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img");
  });

  it("reports a malformed certificate as issues", () => {
    const r = renderCertificateHtml({ serial: "x" } as unknown as Certificate, { locale: "ar" });
    expect(r.ok).toBe(false);
  });
});

describe("labels", () => {
  it("every signature algorithm has ar, fr and en labels", () => {
    for (const v of SignatureAlgorithm.values) {
      expect(labelOf(SignatureAlgorithm, v, "ar")).toMatch(/[\u0600-\u06FF]/);
      expect(labelOf(SignatureAlgorithm, v, "fr")).not.toMatch(/[\u0600-\u06FF]/);
      expect(labelOf(SignatureAlgorithm, v, "en").trim()).not.toBe("");
    }
  });
});
