import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Attendance, Participant } from "../participants/participant.js";
import {
  type Certificate,
  type CertificateKey,
  fromBase64Url,
  payloadBytes,
  toBase64Url,
  type UnsignedCertificate,
} from "./certificate.js";
import {
  certificatePayload,
  generateIssuerKeyPair,
  type IssueCertificatesInput,
  issueCertificates,
  verifyCertificate,
} from "./issue.js";
import {
  keyIdOf,
  MIN_SECRET_BYTES,
  publicOfPrivate,
  resolveVerificationKey,
  signingKeyOf,
  webAlgorithm,
} from "./keys.js";
import { renderCertificateHtml } from "./render.js";

const subtle = globalThis.crypto.subtle;

function ok<T>(r: { ok: true; value: T } | { ok: false; issues: readonly { code: string; message: string }[] }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.issues.map((i) => `${i.code}: ${i.message}`).join("; ")}`);
  return r.value;
}
const codes = (r: { ok: boolean; issues?: readonly { code: string }[] }): string[] =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.code);
const issuesOf = (r: { ok: boolean; issues?: readonly { code: string; path: readonly (string | number)[] }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => [i.code, i.path.join(".")]);

const event = {
  id: "ev-1",
  title: { fr: "Atelier", ar: "ورشة" },
  startOn: "2024-05-02",
  endOn: "2024-05-02",
  organizer: { fr: "Réseau" },
};
const issuer = { id: "net", name: { fr: "Réseau" } };

function person(id: string, extra: Partial<Participant> = {}): Participant {
  return {
    personId: id,
    eventId: event.id,
    name: { fr: `Nom ${id}` },
    role: "participant",
    status: "confirmed",
    ...extra,
  };
}

const present = (personId: string, sessionId: string, extra: Partial<Attendance> = {}): Attendance => ({
  personId,
  sessionId,
  present: true,
  ...extra,
});

function input(overrides: Partial<IssueCertificatesInput> = {}): IssueCertificatesInput {
  return {
    event,
    issuer,
    issuedOn: "2024-05-03",
    participants: [person("a")],
    attendance: [present("a", "s1")],
    rule: {},
    ...overrides,
  };
}

async function hmacKey(bytes = 32, usages: ("sign" | "verify")[] = ["sign", "verify"]): Promise<CertificateKey> {
  return subtle.importKey("raw", new Uint8Array(bytes).fill(7), { name: "HMAC", hash: "SHA-256" }, true, usages);
}

describe("base64url", () => {
  it("writes RFC 4648 base64url without padding, for every length", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString("base64url"));
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe("-_8");
    expect(toBase64Url(new Uint8Array([0xff]))).toBe("_w");
    expect(toBase64Url(new Uint8Array([1, 2, 3]))).toBe("AQID");
    expect(toBase64Url(new Uint8Array([]))).toBe("");
  });

  it("reads base64url and refuses other alphabets, impossible lengths and non-canonical endings", () => {
    expect(fromBase64Url("")).toEqual(new Uint8Array([]));
    expect(fromBase64Url("-_8")).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(fromBase64Url("AQID")).toEqual(new Uint8Array([1, 2, 3]));
    expect(fromBase64Url("AQI")).toEqual(new Uint8Array([1, 2]));
    expect(fromBase64Url("AQ")).toEqual(new Uint8Array([1]));
    expect(fromBase64Url("A")).toBeUndefined();
    expect(fromBase64Url("AQIDB")).toBeUndefined();
    expect(fromBase64Url("AQ==")).toBeUndefined();
    expect(fromBase64Url("+/8")).toBeUndefined();
    expect(fromBase64Url("AQ\n")).toBeUndefined();
    expect(fromBase64Url(" AQ")).toBeUndefined();
    // "AR" and "AQJ" carry bits past the last byte.
    expect(fromBase64Url("AR")).toBeUndefined();
    expect(fromBase64Url("AQJ")).toBeUndefined();
    expect(fromBase64Url("AQI")?.length).toBe(2);
  });
});

describe("payloadBytes", () => {
  const unsigned: UnsignedCertificate = {
    format: "madani-certificate/1",
    serial: "ev-1-0001",
    holder: { personId: "a", name: { fr: "Nom", ar: "اسم" } },
    event: { ...event, place: { fr: "Fès" } },
    hours: 1.5,
    issuedOn: "2024-05-03",
    issuer,
    algorithm: "Ed25519",
  };

  it("is canonical JSON: keys sorted at every depth, no spaces, the code left out", () => {
    const text = new TextDecoder().decode(payloadBytes(unsigned));
    expect(text).toBe(
      '{"algorithm":"Ed25519","event":{"endOn":"2024-05-02","id":"ev-1","organizer":{"fr":"Réseau"},"place":{"fr":"Fès"},' +
        '"startOn":"2024-05-02","title":{"ar":"ورشة","fr":"Atelier"}},"format":"madani-certificate/1",' +
        '"holder":{"name":{"ar":"اسم","fr":"Nom"},"personId":"a"},"hours":1.5,"issuedOn":"2024-05-03",' +
        '"issuer":{"id":"net","name":{"fr":"Réseau"}},"serial":"ev-1-0001"}',
    );
    const signed = { ...unsigned, verificationCode: "abc" } as Certificate;
    expect(payloadBytes(signed)).toEqual(payloadBytes(unsigned));
  });

  it("leaves out undefined fields, keeps null and arrays in order", () => {
    const odd = {
      ...unsigned,
      extra: [3, null, { b: 1, a: undefined }],
      gone: undefined,
    } as unknown as UnsignedCertificate;
    const text = new TextDecoder().decode(payloadBytes(odd));
    expect(text).toContain('"extra":[3,null,{"b":1}]');
    expect(text).not.toContain("gone");
  });

  it("sorts keys by code point, not by locale", () => {
    const odd = {
      ...unsigned,
      holder: { ...unsigned.holder, name: { fr: "x", Z: "y", é: "z" } },
    } as UnsignedCertificate;
    const text = new TextDecoder().decode(payloadBytes(odd));
    expect(text).toContain('"name":{"Z":"y","fr":"x","é":"z"}');
  });

  it("public form: validates first, gives the same bytes, and an issue for what is not a certificate", () => {
    const signed = { ...unsigned, verificationCode: "abc" };
    const r = certificatePayload(signed);
    expect(r.ok && new TextDecoder().decode(r.value)).toBe(new TextDecoder().decode(payloadBytes(unsigned)));
    // A field not in the format is refused, not left out of the bytes.
    const extra = certificatePayload({ ...unsigned, extra: 1 });
    expect(extra.ok ? [] : extra.issues.map((i) => i.code)).toEqual(["schema.unrecognized_key"]);
    for (const value of [null, "x".repeat(1_000_000), { ...unsigned, hours: -1 }]) {
      const bad = certificatePayload(value, { locale: "fr" });
      expect(bad.ok).toBe(false);
      expect(bad.ok ? "" : bad.issues[0]?.message).toMatch(/\S/);
    }
    const getter = Object.defineProperty({ ...unsigned }, "hours", {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    });
    const unreadable = certificatePayload(getter, { locale: "ar" });
    expect(unreadable.ok ? "" : unreadable.issues[0]?.code).toMatch(/input_unreadable|input\.unreadable/);
  });

  it("is a fresh ArrayBuffer-backed copy", () => {
    const bytes = payloadBytes(unsigned);
    expect(bytes.buffer).toBeInstanceOf(ArrayBuffer);
    expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
  });
});

describe("keys", () => {
  it("names a key by the first 16 hex digits of its SHA-256", () => {
    const raw = new Uint8Array(32).fill(9);
    expect(keyIdOf(raw)).toBe(createHash("sha256").update(raw).digest("hex").slice(0, 16));
  });

  it("gives the WebCrypto name of each algorithm", () => {
    expect(webAlgorithm("Ed25519")).toEqual({ name: "Ed25519" });
    expect(webAlgorithm("HMAC-SHA256")).toEqual({ name: "HMAC" });
  });

  it("accepts signing keys of the right type and length only", async () => {
    const pair = await generateIssuerKeyPair();
    expect(signingKeyOf(pair.privateKey)).toMatchObject({ algorithm: "Ed25519" });
    expect(signingKeyOf(pair.publicKey)).toEqual({ code: "certificate.key_unusable" });
    expect(signingKeyOf(await hmacKey(16))).toMatchObject({ algorithm: "HMAC-SHA256" });
    expect(signingKeyOf(await hmacKey(15))).toEqual({ code: "certificate.secret_too_short", bytes: 15 });
    const sha1 = await subtle.importKey("raw", new Uint8Array(32), { name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
    expect(signingKeyOf(sha1)).toEqual({ code: "certificate.key_unusable" });
    const aes = await subtle.importKey("raw", new Uint8Array(16), { name: "AES-GCM" }, false, ["encrypt"]);
    expect(signingKeyOf(aes)).toEqual({ code: "certificate.key_unusable" });
    expect(signingKeyOf("secret")).toEqual({ code: "certificate.key_unusable" });
    expect(signingKeyOf(null)).toEqual({ code: "certificate.key_unusable" });
    // The key returned is a copy with the same algorithm.
    const found = signingKeyOf(pair.privateKey);
    expect("key" in found && found.key !== pair.privateKey && found.key.algorithm.name === "Ed25519").toBe(true);
  });

  it("resolves typed verification keys and refuses the others", async () => {
    const pair = await generateIssuerKeyPair();
    const raw = new Uint8Array(await subtle.exportKey("raw", pair.publicKey));
    const fromText = await resolveVerificationKey({ algorithm: "Ed25519", publicKey: ` ${pair.publicKeyText}\n` });
    expect(fromText).toMatchObject({ algorithm: "Ed25519", raw });
    const fromBytes = await resolveVerificationKey({ algorithm: "Ed25519", publicKey: raw });
    expect(fromBytes).toMatchObject({ algorithm: "Ed25519", raw });
    expect(await resolveVerificationKey(pair.publicKey)).toMatchObject({ algorithm: "Ed25519", raw });
    expect(await resolveVerificationKey({ algorithm: "Ed25519", publicKey: pair.publicKey })).toMatchObject({
      algorithm: "Ed25519",
      raw,
    });
    const unusable = { code: "certificate.key_unusable" };
    const untyped = { code: "certificate.key_untyped" };
    expect(await resolveVerificationKey(pair.privateKey)).toEqual(unusable);
    expect(await resolveVerificationKey({ algorithm: "Ed25519", publicKey: pair.privateKey })).toEqual(unusable);
    expect(await resolveVerificationKey({ algorithm: "Ed25519", publicKey: raw.subarray(0, 31) })).toEqual(unusable);
    expect(await resolveVerificationKey({ algorithm: "Ed25519", publicKey: new Uint8Array(33) })).toEqual(unusable);
    expect(await resolveVerificationKey({ algorithm: "Ed25519", publicKey: toBase64Url(raw.subarray(0, 31)) })).toEqual(
      unusable,
    );
    expect(
      await resolveVerificationKey({ algorithm: "Ed25519", publicKey: `${pair.publicKeyText}${" ".repeat(22)}` }),
    ).toEqual(unusable);
    expect(
      await resolveVerificationKey({ algorithm: "Ed25519", publicKey: `${pair.publicKeyText}${" ".repeat(21)}` }),
    ).toMatchObject({ algorithm: "Ed25519" });
    expect(await resolveVerificationKey({ algorithm: "Ed25519", publicKey: 42 })).toEqual(unusable);
    expect(await resolveVerificationKey({ algorithm: "Ed25519", publicKey: raw, secret: raw })).toEqual(unusable);
    expect(await resolveVerificationKey({ algorithm: "Ed25519" })).toEqual(unusable);
    expect(await resolveVerificationKey({ algorithm: "RSA", publicKey: raw })).toEqual(unusable);
    expect(await resolveVerificationKey({ publicKey: raw })).toEqual(untyped);
    expect(await resolveVerificationKey(pair.publicKeyText)).toEqual(untyped);
    expect(await resolveVerificationKey(raw)).toEqual(untyped);
    expect(await resolveVerificationKey(raw.buffer)).toEqual(untyped);
    expect(await resolveVerificationKey(new DataView(raw.buffer))).toEqual(untyped);
    expect(await resolveVerificationKey(null)).toEqual(untyped);
    expect(await resolveVerificationKey(7)).toEqual(untyped);
    // An inherited algorithm is not the key's own.
    expect(await resolveVerificationKey(Object.create({ algorithm: "Ed25519", publicKey: raw }))).toEqual(untyped);
  });

  it("resolves HMAC secrets of at least 16 bytes", async () => {
    const secret = new Uint8Array(16).fill(3);
    expect(await resolveVerificationKey({ algorithm: "HMAC-SHA256", secret })).toMatchObject({
      algorithm: "HMAC-SHA256",
    });
    expect(await resolveVerificationKey({ algorithm: "HMAC-SHA256", secret: secret.subarray(0, 15) })).toEqual({
      code: "certificate.secret_too_short",
      bytes: 15,
    });
    expect(await resolveVerificationKey({ algorithm: "HMAC-SHA256", secret: "x".repeat(32) })).toEqual({
      code: "certificate.key_unusable",
    });
    expect(await resolveVerificationKey({ algorithm: "HMAC-SHA256", secret, publicKey: secret })).toEqual({
      code: "certificate.key_unusable",
    });
    expect(await resolveVerificationKey({ algorithm: "HMAC-SHA256", secret: await hmacKey(16) })).toMatchObject({
      algorithm: "HMAC-SHA256",
    });
    expect(await resolveVerificationKey({ algorithm: "HMAC-SHA256", secret: await hmacKey(15) })).toEqual({
      code: "certificate.secret_too_short",
      bytes: 15,
    });
    expect(await resolveVerificationKey(await hmacKey(15))).toEqual({
      code: "certificate.secret_too_short",
      bytes: 15,
    });
    const pair = await generateIssuerKeyPair();
    expect(await resolveVerificationKey({ algorithm: "HMAC-SHA256", secret: pair.publicKey })).toEqual({
      code: "certificate.key_unusable",
    });
    expect(await resolveVerificationKey({ algorithm: "Ed25519", publicKey: await hmacKey() })).toEqual({
      code: "certificate.key_unusable",
    });
    const resolved = await resolveVerificationKey({ algorithm: "HMAC-SHA256", secret });
    expect("raw" in resolved).toBe(false);
  });

  it("reads the public key of an extractable Ed25519 private key, and nothing of other keys", async () => {
    const pair = await generateIssuerKeyPair();
    const raw = new Uint8Array(await subtle.exportKey("raw", pair.publicKey));
    expect(await publicOfPrivate(pair.privateKey)).toEqual(raw);
    const hidden = (await subtle.generateKey({ name: "Ed25519" }, false, ["sign", "verify"])) as {
      privateKey: CertificateKey;
      publicKey: CertificateKey;
    };
    expect(await publicOfPrivate(hidden.privateKey)).toBeUndefined();
    expect(await publicOfPrivate(await hmacKey())).toBeUndefined();
  });

  it("generates a key pair whose text and id are those of its public key", async () => {
    const pair = await generateIssuerKeyPair();
    const raw = new Uint8Array(await subtle.exportKey("raw", pair.publicKey));
    expect(pair.publicKeyText).toBe(toBase64Url(raw));
    expect(pair.keyId).toBe(keyIdOf(raw));
    expect(pair.privateKey.type).toBe("private");
    expect(pair.publicKey.type).toBe("public");
    expect(pair.privateKey.extractable).toBe(true);
    expect(pair.privateKey.usages).toContain("sign");
  });
});

describe("issueCertificates: the attendance rule", () => {
  const reasons = async (overrides: Partial<IssueCertificatesInput>) => {
    const pair = await generateIssuerKeyPair();
    const r = ok(await issueCertificates(input(overrides), pair.privateKey));
    return {
      certified: r.certificates.map((c) => [c.holder.personId, c.hours]),
      refused: r.notEligible.map((n) => [n.personId, n.reasons.map((x) => [x.code, x.path.join("."), x.params])]),
      severities: r.notEligible.flatMap((n) => n.reasons.map((x) => x.severity)),
    };
  };

  it("asks for one session when the rule is empty", async () => {
    const r = await reasons({ participants: [person("a"), person("b")], attendance: [present("a", "s1")] });
    expect(r.certified).toEqual([["a", 0]]);
    expect(r.refused).toEqual([
      ["b", [["attendance.too_few_sessions", "participants.1.personId", { sessions: 0, minimum: 1 }]]],
    ]);
    expect(r.severities).toEqual(["warning"]);
  });

  it("needs exactly the hours asked, with minutes rounded", async () => {
    const attendance = [
      present("a", "s1", { minutes: 90 }),
      present("b", "s1", { minutes: 89 }),
      present("c", "s1", { hours: 1.5 }),
    ];
    const r = await reasons({
      participants: [person("a"), person("b"), person("c")],
      attendance,
      rule: { minHours: 1.5 },
    });
    expect(r.certified).toEqual([
      ["a", 1.5],
      ["c", 1.5],
    ]);
    expect(r.refused).toEqual([
      ["b", [["attendance.too_few_hours", "participants.1.personId", { hours: 1.5, minimum: 1.5 }]]],
    ]);
    // With minHours only, no session is required.
    const none = await reasons({ participants: [person("a")], attendance: [], rule: { minHours: 0 } });
    expect(none.certified).toEqual([["a", 0]]);
  });

  it("counts a session once, with its longest record, and the session's length when the record gives none", async () => {
    const attendance = [
      present("a", "s1", { minutes: 30 }),
      present("a", "s1", { minutes: 50 }),
      present("a", "s1", { minutes: 40 }),
      present("a", "s2"),
      present("a", "s3"),
      { personId: "a", sessionId: "s4", present: false, minutes: 600 },
    ];
    const sessions = [{ id: "s1" }, { id: "s2", minutes: 25 }, { id: "s3" }, { id: "s4", minutes: 60 }];
    const r = await reasons({ attendance, sessions, rule: { minSessions: 3 } });
    // 50 + 25 + 0 minutes = 1.25 h, printed 1.3.
    expect(r.certified).toEqual([["a", 1.3]]);
    const four = await reasons({ attendance, sessions, rule: { minSessions: 4 } });
    expect(four.refused).toEqual([
      ["a", [["attendance.too_few_sessions", "participants.0.personId", { sessions: 3, minimum: 4 }]]],
    ]);
  });

  it("rounds hours to one decimal", async () => {
    const at = async (minutes: number) =>
      (await reasons({ attendance: [present("a", "s1", { minutes })] })).certified[0]?.[1];
    expect(await at(3)).toBe(0.1);
    expect(await at(2)).toBe(0);
    expect(await at(57)).toBe(1);
    expect(await at(125)).toBe(2.1);
  });

  it("needs the share of sessions asked, exactly", async () => {
    const sessions = [{ id: "s1" }, { id: "s2" }, { id: "s3" }, { id: "s4" }];
    const attendance = [
      present("a", "s1"),
      present("a", "s2"),
      present("a", "s3"),
      present("b", "s1"),
      present("b", "s2"),
    ];
    const r = await reasons({
      participants: [person("a"), person("b")],
      attendance,
      sessions,
      rule: { minShare: 0.75 },
    });
    expect(r.certified).toEqual([["a", 0]]);
    expect(r.refused).toEqual([
      ["b", [["attendance.share_too_low", "participants.1.personId", { share: 50, minimum: 75 }]]],
    ]);
    // Without a list of sessions, the sessions are those attended by anyone.
    const seen = await reasons({ participants: [person("a"), person("b")], attendance, rule: { minShare: 1 } });
    expect(seen.refused).toEqual(
      [
        ["a", [["attendance.share_too_low", "participants.0.personId", { share: 100, minimum: 100 }]]].slice(0, 0),
        ["b", [["attendance.share_too_low", "participants.1.personId", { share: 66.7, minimum: 100 }]]],
      ].filter((x) => x.length > 0),
    );
    // No session at all: a share of 0.
    const empty = await reasons({ attendance: [], sessions: [], rule: { minShare: 0.5 } });
    expect(empty.refused).toEqual([
      ["a", [["attendance.share_too_low", "participants.0.personId", { share: 0, minimum: 50 }]]],
    ]);
    const zero = await reasons({ attendance: [], sessions: [], rule: { minShare: 0 } });
    expect(zero.certified).toEqual([["a", 0]]);
  });

  it("needs every required session", async () => {
    const sessions = [{ id: "s1" }, { id: "s2" }, { id: "s3" }];
    const r = await reasons({
      attendance: [present("a", "s2")],
      sessions,
      rule: { requiredSessionIds: ["s1", "s2", "s3"] },
    });
    expect(r.refused).toEqual([
      [
        "a",
        [
          ["attendance.missing_session", "participants.0.personId", { session: "s1" }],
          ["attendance.missing_session", "participants.0.personId", { session: "s3" }],
        ],
      ],
    ]);
  });

  it("refuses cancelled and declined registrations, roles not listed and people without a name", async () => {
    const { name: _n, ...nameless } = person("d");
    const r = await reasons({
      participants: [
        person("a", { status: "cancelled" }),
        person("b", { status: "declined" }),
        person("c", { role: "speaker" }),
        nameless as Participant,
      ],
      attendance: ["a", "b", "c", "d"].map((p) => present(p, "s1")),
      rule: { roles: ["participant"] },
    });
    expect(r.refused).toEqual([
      ["a", [["attendance.registration_inactive", "participants.0.status", { status: "cancelled" }]]],
      ["b", [["attendance.registration_inactive", "participants.1.status", { status: "declined" }]]],
      ["c", [["attendance.role_excluded", "participants.2.role", { role: "speaker" }]]],
      ["d", [["attendance.missing_name", "participants.3.name", undefined]]],
    ]);
    const all = await reasons({ participants: [person("c", { role: "speaker" })], attendance: [present("c", "s1")] });
    expect(all.certified).toEqual([["c", 0]]);
  });

  it("gives every reason at once", async () => {
    const r = await reasons({
      participants: [person("a", { status: "cancelled", role: "speaker" })],
      attendance: [],
      sessions: [{ id: "s1" }],
      rule: { roles: ["participant"], minHours: 1, minSessions: 1, minShare: 1, requiredSessionIds: ["s1"] },
    });
    expect(r.refused[0]?.[1]).toEqual([
      ["attendance.registration_inactive", "participants.0.status", { status: "cancelled" }],
      ["attendance.role_excluded", "participants.0.role", { role: "speaker" }],
      ["attendance.too_few_hours", "participants.0.personId", { hours: 0, minimum: 1 }],
      ["attendance.too_few_sessions", "participants.0.personId", { sessions: 0, minimum: 1 }],
      ["attendance.share_too_low", "participants.0.personId", { share: 0, minimum: 100 }],
      ["attendance.missing_session", "participants.0.personId", { session: "s1" }],
    ]);
  });

  it("orders people by code point and names their organization", async () => {
    const r = ok(
      await issueCertificates(
        input({
          participants: [person("é"), person("Z", { organizationId: "o1" }), person("a", { organizationId: "o2" })],
          attendance: [present("é", "s1"), present("Z", "s1"), present("a", "s1")],
          organizations: [{ id: "o1", name: { fr: "Coopérative" } }],
        }),
        (await generateIssuerKeyPair()).privateKey,
      ),
    );
    expect(r.certificates.map((c) => [c.serial, c.holder])).toEqual([
      ["ev-1-0001", { personId: "Z", name: { fr: "Nom Z" }, organization: { fr: "Coopérative" } }],
      ["ev-1-0002", { personId: "a", name: { fr: "Nom a" } }],
      ["ev-1-0003", { personId: "é", name: { fr: "Nom é" } }],
    ]);
  });
});

describe("issueCertificates: certificates and serials", () => {
  it("fills every field and numbers from the start given, with the digits given", async () => {
    const pair = await generateIssuerKeyPair();
    const r = ok(
      await issueCertificates(
        input({
          participants: [person("a"), person("b")],
          attendance: [present("a", "s1"), present("b", "s1")],
          serial: { prefix: "X", start: 9, digits: 2 },
        }),
        pair.privateKey,
      ),
    );
    expect(r.certificates.map((c) => c.serial)).toEqual(["X-09", "X-10"]);
    const [c] = r.certificates;
    expect(c).toMatchObject({
      format: "madani-certificate/1",
      event,
      issuedOn: "2024-05-03",
      issuer,
      algorithm: "Ed25519",
      hours: 0,
    });
    expect(Object.keys(c ?? {}).sort()).toEqual(
      ["algorithm", "event", "format", "holder", "hours", "issuedOn", "issuer", "serial", "verificationCode"].sort(),
    );
    expect(c?.verificationCode).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(ok(await verifyCertificate(c, pair.publicKey))).toEqual(c);
    const plain = ok(await issueCertificates(input(), pair.privateKey));
    expect(plain.certificates.map((x) => x.serial)).toEqual(["ev-1-0001"]);
    expect(plain.notEligible).toEqual([]);
  });

  it("signs with HMAC-SHA256 keys, 32-byte codes", async () => {
    const key = await hmacKey(16);
    const r = ok(await issueCertificates(input(), key));
    expect(r.certificates[0]?.algorithm).toBe("HMAC-SHA256");
    expect(r.certificates[0]?.verificationCode).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await verifyCertificate(r.certificates[0], key)).ok).toBe(true);
    expect(codes(await issueCertificates(input(), await hmacKey(15)))).toEqual(["certificate.secret_too_short"]);
    const short = await issueCertificates(input(), await hmacKey(15), { locale: "fr" });
    expect(short.ok ? "" : short.issues[0]?.message).toBe(
      "Le secret HMAC-SHA256 compte 15 octets ; il en faut au moins 16.",
    );
    expect(MIN_SECRET_BYTES).toBe(16);
  });

  it("signs more certificates than one batch", async () => {
    const ids = Array.from({ length: 530 }, (_, i) => `p${String(i).padStart(4, "0")}`);
    const key = await hmacKey();
    const r = ok(
      await issueCertificates(
        input({ participants: ids.map((id) => person(id)), attendance: ids.map((id) => present(id, "s1")) }),
        key,
      ),
    );
    expect(r.certificates.length).toBe(530);
    expect(r.certificates[529]?.serial).toBe("ev-1-0530");
    expect(r.certificates[529]?.holder.personId).toBe("p0529");
    const last = r.certificates[529];
    expect((await verifyCertificate(last, key)).ok).toBe(true);
    expect(new Set(r.certificates.map((c) => c.verificationCode)).size).toBe(530);
  });

  it("refuses a key that cannot sign, and a key id that is not the signing key's", async () => {
    const pair = await generateIssuerKeyPair();
    const verifyOnly = await hmacKey(32, ["verify"]);
    expect(issuesOf(await issueCertificates(input(), verifyOnly))).toEqual([["certificate.key_unusable", ""]]);
    const wrong = await issueCertificates(
      input({ issuer: { ...issuer, keyId: "0000000000000000" } }),
      pair.privateKey,
      {
        locale: "en",
      },
    );
    expect(issuesOf(wrong)).toEqual([["certificate.key_id_mismatch", "issuer.keyId"]]);
    expect(wrong.ok ? {} : wrong.issues[0]?.params).toEqual({ keyId: "0000000000000000", actual: pair.keyId });
    const right = await issueCertificates(input({ issuer: { ...issuer, keyId: pair.keyId } }), pair.privateKey);
    expect(right.ok).toBe(true);
    // A key that cannot be exported cannot be checked: its key id is taken as given.
    const hidden = (await subtle.generateKey({ name: "Ed25519" }, false, ["sign", "verify"])) as {
      privateKey: CertificateKey;
      publicKey: CertificateKey;
    };
    const taken = await issueCertificates(
      input({ issuer: { ...issuer, keyId: "0000000000000000" } }),
      hidden.privateKey,
    );
    expect(taken.ok).toBe(true);
    // HMAC keys have no key id to check.
    const hmac = await issueCertificates(input({ issuer: { ...issuer, keyId: "anything" } }), await hmacKey());
    expect(hmac.ok).toBe(true);
  });
});

describe("issueCertificates: consistency of the input", () => {
  const key = async () => (await generateIssuerKeyPair()).privateKey;

  it("refuses an event that ends before it starts, but not one that ends the day it starts", async () => {
    const late = await issueCertificates(input({ event: { ...event, endOn: "2024-05-01" } }), await key());
    expect(issuesOf(late)).toEqual([["certificate.end_before_start", "event.endOn"]]);
    expect(late.ok ? {} : late.issues[0]?.params).toEqual({ start: "2024-05-02", end: "2024-05-01" });
    expect((await issueCertificates(input(), await key())).ok).toBe(true);
  });

  it("refuses duplicates and participants of another event, with their index", async () => {
    const r = await issueCertificates(
      input({ participants: [person("a"), person("b", { eventId: "ev-2" }), person("a")] }),
      await key(),
    );
    expect(issuesOf(r)).toEqual([
      ["certificate.other_event", "participants.1.eventId"],
      ["certificate.duplicate_participant", "participants.2.personId"],
    ]);
    expect(r.ok ? [] : r.issues.map((i) => i.params)).toEqual([{ id: "b", eventId: "ev-2" }, { id: "a" }]);
  });

  it("refuses attendance and required sessions that are not in the list of sessions", async () => {
    const r = await issueCertificates(
      input({
        sessions: [{ id: "s1" }],
        attendance: [present("a", "s1"), present("a", "s9")],
        rule: { requiredSessionIds: ["s1", "s8"] },
      }),
      await key(),
    );
    expect(issuesOf(r)).toEqual([
      ["certificate.unknown_session", "attendance.1.sessionId"],
      ["certificate.unknown_session", "rule.requiredSessionIds.1"],
    ]);
    // Without a list of sessions, any session is known.
    const free = await issueCertificates(
      input({ attendance: [present("a", "s9")], rule: { requiredSessionIds: ["s8"] } }),
      await key(),
    );
    expect(free.ok).toBe(true);
  });

  it("refuses serials that outgrow the digits asked for, only when digits are given", async () => {
    const three = Array.from({ length: 3 }, (_, i) => person(`p${i}`));
    const overflow = await issueCertificates(
      input({ participants: three, serial: { start: 8, digits: 1 } }),
      await key(),
    );
    expect(issuesOf(overflow)).toEqual([["certificate.serial_overflow", "serial.digits"]]);
    expect(overflow.ok ? {} : overflow.issues[0]?.params).toEqual({ digits: 1 });
    const fits = await issueCertificates(input({ participants: three, serial: { start: 7, digits: 1 } }), await key());
    expect(fits.ok).toBe(true);
    const fromZero = await issueCertificates(
      input({ participants: [person("a")], serial: { start: 0, digits: 1 } }),
      await key(),
    );
    expect(ok(fromZero).certificates.map((c) => c.serial)).toEqual(["ev-1-0"]);
    const noDigits = await issueCertificates(input({ serial: { start: 123_456 } }), await key());
    expect(ok(noDigits).certificates.map((c) => c.serial)).toEqual(["ev-1-123456"]);
    const nobody = await issueCertificates(input({ participants: [], serial: { start: 100, digits: 1 } }), await key());
    expect(nobody.ok).toBe(true);
  });

  it("answers in the locale asked, and in English by default", async () => {
    const bad = input({ event: { ...event, endOn: "2024-05-01" } });
    const fr = await issueCertificates(bad, await key(), { locale: "fr" });
    expect(fr.ok ? "" : fr.issues[0]?.message).toContain("précède");
    const en = await issueCertificates(bad, await key());
    expect(en.ok ? "" : en.issues[0]?.message).toContain("is before");
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
      },
    );
    const unreadable = await issueCertificates(hostile as IssueCertificatesInput, await key(), { locale: "ar" });
    expect(codes(unreadable)).toEqual(["input.unreadable"]);
    expect(unreadable.ok ? "" : unreadable.issues[0]?.message).toMatch(/[\u0600-\u06FF]/);
    for (const locale of ["fr", "en"] as const) {
      const r = await issueCertificates(hostile as IssueCertificatesInput, await key(), { locale });
      expect(r.ok ? "" : r.issues[0]?.message).toMatch(locale === "fr" ? /n'a pas pu/ : /could not/);
    }
  });
});

describe("verifyCertificate", () => {
  it("refuses a code of the wrong length or alphabet as an invalid signature", async () => {
    const pair = await generateIssuerKeyPair();
    const [c] = ok(await issueCertificates(input(), pair.privateKey)).certificates;
    if (c === undefined) throw new Error("no certificate");
    const bytes = fromBase64Url(c.verificationCode) ?? new Uint8Array();
    const cases = [toBase64Url(bytes.subarray(0, 63)), `${c.verificationCode.slice(0, -1)}B`, `${c.verificationCode}A`];
    for (const verificationCode of cases) {
      const r = await verifyCertificate({ ...c, verificationCode }, pair.publicKey);
      expect(issuesOf(r)).toEqual([["certificate.signature_invalid", "verificationCode"]]);
    }
    // A code with one more byte.
    const longer = toBase64Url(new Uint8Array([...bytes, 0]));
    expect(issuesOf(await verifyCertificate({ ...c, verificationCode: longer }, pair.publicKey))).toEqual([
      ["certificate.signature_invalid", "verificationCode"],
    ]);
    const key = await hmacKey();
    const [h] = ok(await issueCertificates(input(), key)).certificates;
    if (h === undefined) throw new Error("no certificate");
    const hb = fromBase64Url(h.verificationCode) ?? new Uint8Array();
    expect(hb.length).toBe(32);
    const h64 = toBase64Url(new Uint8Array([...hb, ...hb]));
    expect(issuesOf(await verifyCertificate({ ...h, verificationCode: h64 }, key))).toEqual([
      ["certificate.signature_invalid", "verificationCode"],
    ]);
  });

  it("names the algorithms in a mismatch, and the key ids", async () => {
    const pair = await generateIssuerKeyPair();
    const [c] = ok(
      await issueCertificates(input({ issuer: { ...issuer, keyId: pair.keyId } }), pair.privateKey),
    ).certificates;
    const mismatch = await verifyCertificate(c, { algorithm: "HMAC-SHA256", secret: new Uint8Array(32) });
    expect(issuesOf(mismatch)).toEqual([["certificate.algorithm_mismatch", "algorithm"]]);
    expect(mismatch.ok ? {} : mismatch.issues[0]?.params).toEqual({
      algorithm: "Ed25519",
      keyAlgorithm: "HMAC-SHA256",
    });
    const other = await generateIssuerKeyPair();
    const wrong = await verifyCertificate(c, { algorithm: "Ed25519", publicKey: other.publicKeyText });
    expect(issuesOf(wrong)).toEqual([["certificate.key_id_mismatch", "issuer.keyId"]]);
    expect(wrong.ok ? {} : wrong.issues[0]?.params).toEqual({ keyId: pair.keyId, actual: other.keyId });
    // A key that cannot be exported: the signature decides.
    const hidden = await subtle.importKey(
      "raw",
      fromBase64Url(other.publicKeyText) ?? new Uint8Array(),
      "Ed25519",
      false,
      ["verify"],
    );
    expect(codes(await verifyCertificate(c, hidden))).toEqual(["certificate.signature_invalid"]);
    const secret = await verifyCertificate(
      c,
      { algorithm: "HMAC-SHA256", secret: new Uint8Array(15) },
      { locale: "fr" },
    );
    expect(secret.ok ? "" : secret.issues[0]?.message).toBe(
      "Le secret HMAC-SHA256 compte 15 octets ; il en faut au moins 16.",
    );
  });

  it("answers in the locale asked", async () => {
    const pair = await generateIssuerKeyPair();
    const [c] = ok(await issueCertificates(input(), pair.privateKey)).certificates;
    const tampered = { ...c, hours: 99 };
    const fr = await verifyCertificate(tampered, pair.publicKey, { locale: "fr" });
    expect(fr.ok ? "" : fr.issues[0]?.message).toContain("Le code de vérification");
    const en = await verifyCertificate(tampered, pair.publicKey);
    expect(en.ok ? "" : en.issues[0]?.message).toContain("The verification code");
    const shape = await verifyCertificate({ ...c, hours: -1 }, pair.publicKey, { locale: "fr", maxIssues: 1 });
    expect(shape.ok).toBe(false);
    const hostile = await verifyCertificate(c, pair.publicKey, {
      get locale(): "fr" {
        throw new Error("no");
      },
    });
    expect(hostile.ok).toBe(false);
    expect(hostile.ok ? "" : hostile.issues[0]?.message).toMatch(/could not be read|cannot be read/);
  });

  it("refuses a key that cannot verify", async () => {
    const pair = await generateIssuerKeyPair();
    const [c] = ok(await issueCertificates(input(), pair.privateKey)).certificates;
    const signOnly = await subtle.importKey(
      "raw",
      fromBase64Url(pair.publicKeyText) ?? new Uint8Array(),
      "Ed25519",
      true,
      [],
    );
    expect(codes(await verifyCertificate(c, signOnly))).toEqual(["certificate.key_unusable"]);
    expect(issuesOf(await verifyCertificate(c, pair.privateKey))).toEqual([["certificate.key_unusable", ""]]);
  });
});

describe("renderCertificateHtml", () => {
  async function certificate(overrides: Partial<IssueCertificatesInput> = {}, hours?: number): Promise<Certificate> {
    const [c] = ok(await issueCertificates(input(overrides), await hmacKey())).certificates;
    if (c === undefined) throw new Error("no certificate");
    return hours === undefined ? c : { ...c, hours };
  }
  const html = (c: Certificate, options: Parameters<typeof renderCertificateHtml>[1] = {}) =>
    ok(renderCertificateHtml(c, options));

  it("writes a single day, a range in one month, across months and across years", async () => {
    const one = await certificate();
    expect(html(one, { locale: "fr" })).toContain("organisé le 2 mai 2024,");
    expect(html(one, { locale: "en" })).toContain("held on May 2, 2024,");
    expect(html(one)).toContain("المنظم يوم 2 ماي 2024");
    const month = await certificate({ event: { ...event, endOn: "2024-05-04" } });
    expect(html(month, { locale: "fr" })).toContain("organisé du 2 au 4 mai 2024,");
    expect(html(month, { locale: "en" })).toContain("held from May 2, 2024 to May 4, 2024,");
    const months = await certificate({ event: { ...event, endOn: "2024-06-04" } });
    expect(html(months, { locale: "fr" })).toContain("du 2 mai 2024 au 4 juin 2024");
    const years = await certificate({ event: { ...event, startOn: "2023-05-02", endOn: "2024-05-04" } });
    expect(html(years, { locale: "fr" })).toContain("du 2 mai 2023 au 4 mai 2024");
    expect(html(years)).toContain("من 2 ماي 2023 إلى 4 ماي 2024");
    const january = await certificate({ event: { ...event, startOn: "2024-01-31", endOn: "2024-01-31" } });
    expect(html(january, { locale: "en" })).toContain("on January 31, 2024");
    expect(html(one, { locale: "en" })).toContain("<b>Issued on:</b> May 3, 2024");
  });

  it("writes the place when there is one, and the organization of the holder", async () => {
    const c = await certificate({
      event: { ...event, place: { fr: "Fès" } },
      participants: [person("a", { organizationId: "o" })],
      organizations: [{ id: "o", name: { fr: "Coop" } }],
    });
    const fr = html(c, { locale: "fr" });
    expect(fr).toContain('organisé le 2 mai 2024 à <bdi lang="fr">Fès</bdi>,');
    expect(fr).toContain('représentant(e) de l\'organisation « <bdi lang="fr">Coop</bdi> »,');
    expect(html(c, { locale: "en" })).toContain('held on May 2, 2024 in <bdi lang="fr">Fès</bdi>,');
    expect(html(c)).toContain('المنظم يوم 2 ماي 2024 في <bdi lang="fr">Fès</bdi>');
    const plain = html(await certificate(), { locale: "fr" });
    expect(plain).not.toContain("représentant");
    expect(plain).toContain("organisé le 2 mai 2024,");
  });

  it("isolates names with their language, and marks the holder and the event", async () => {
    const c = await certificate();
    const fr = html(c, { locale: "fr" });
    expect(fr).toContain('<bdi lang="fr" class="name">Nom a</bdi>');
    expect(fr).toContain('a participé à l\'événement « <bdi lang="fr" class="event">Atelier</bdi> »,');
    expect(fr).toContain('<div><bdi lang="fr">Réseau</bdi> atteste que</div>');
    expect(html(c)).toContain('<bdi lang="ar" class="event">ورشة</bdi>');
    const tifinagh = await certificate({ event: { ...event, title: { zgh: "ⴰⵙⵉⵏⴰⵍ" } } });
    expect(html(tifinagh)).toContain('<bdi lang="zgh-Tfng" class="event">ⴰⵙⵉⵏⴰⵍ</bdi>');
  });

  it("names the organizer beside the issuer only when they differ", async () => {
    const same = html(await certificate(), { locale: "fr" });
    expect(same).toContain('<div class="issuer"><bdi lang="fr">Réseau</bdi></div>');
    const other = html(await certificate({ event: { ...event, organizer: { fr: "Commune" } } }), { locale: "fr" });
    expect(other).toContain('<div class="issuer"><bdi lang="fr">Réseau</bdi> · <bdi lang="fr">Commune</bdi></div>');
  });

  it("prints hours with the digits they have", async () => {
    expect(html(await certificate({}, 1234), { locale: "en" })).toContain('<span class="hours">1,234</span>');
    expect(html(await certificate({}, 2.25), { locale: "en" })).toContain('<span class="hours">2.25</span>');
    expect(html(await certificate({}, 0.1234567), { locale: "en" })).toContain('<span class="hours">0.123457</span>');
    expect(html(await certificate({}, 1e-7), { locale: "en" })).toContain('<span class="hours">0.000000</span>');
  });

  it("prints the algorithm, the key id, the public key and where to verify, escaped", async () => {
    const c = await certificate({ issuer: { ...issuer, keyId: "k<1>" } });
    const fr = html(c, { locale: "fr", publicKeyText: "pub&key", verifyAt: "https://x.ma/?a=1&b=<2>" });
    expect(fr).toContain(
      '<div>Code HMAC-SHA256 (vérification par l&#39;émetteur seul) · Identifiant de clé: <span class="code">k&lt;1&gt;</span></div>',
    );
    expect(fr).toContain('<div>Clé publique: <span class="code">pub&amp;key</span></div>');
    expect(fr).toContain('<div>Vérification: <span class="code">https://x.ma/?a=1&amp;b=&lt;2&gt;</span></div>');
    expect(fr).toContain(`<span class="code">${c.verificationCode}</span>`);
    expect(fr).toContain(`<title>Attestation de participation – ${c.serial}</title>`);
    const bare = html(await certificate(), { locale: "en" });
    expect(bare).not.toContain("Key id");
    expect(bare).not.toContain("Public key");
    expect(bare).not.toContain("Verify at");
    expect(bare).toContain('<html lang="en" dir="ltr">');
    expect(html(await certificate())).toContain('<html lang="ar" dir="rtl">');
  });

  it("escapes quotes and ampersands in names", async () => {
    const c = await certificate({ participants: [person("a", { name: { fr: `O'Neil "&" <b>` } })] });
    expect(html(c, { locale: "fr" })).toContain("O&#39;Neil &quot;&amp;&quot; &lt;b&gt;");
  });

  it("reports shape issues in the locale asked, at most maxIssues, and unreadable options in their locale", async () => {
    const c = await certificate();
    const bad = { ...c, hours: -1, serial: "", issuedOn: "x" } as Certificate;
    const r = renderCertificateHtml(bad, { locale: "fr", maxIssues: 1 });
    const all = renderCertificateHtml(bad, { locale: "fr" });
    expect(all.ok ? 0 : all.issues.length).toBeGreaterThan(r.ok ? 0 : r.issues.length);
    expect(all.ok ? "" : all.issues[0]?.message).not.toMatch(/[\u0600-\u06FF]/);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
      },
    ) as Certificate;
    for (const [locale, pattern] of [
      ["fr", /n'a pas pu/],
      ["en", /could not/],
      ["ar", /[\u0600-\u06FF]/],
    ] as const) {
      const u = renderCertificateHtml(hostile, { locale });
      expect(codes(u)).toEqual(["input.unreadable"]);
      expect(u.ok ? "" : u.issues[0]?.message).toMatch(pattern);
    }
  });
});

describe("renderCertificateHtml: options that throw as they are read", () => {
  it("reports the input as unreadable, in the locale it could read, else in Arabic", async () => {
    const [c] = ok(await issueCertificates(input(), await hmacKey())).certificates;
    if (c === undefined) throw new Error("no certificate");
    const unreadable = {
      get locale(): "fr" {
        throw new Error("no");
      },
    };
    const ar = renderCertificateHtml(c, unreadable);
    expect(issuesOf(ar)).toEqual([["certificate.input_unreadable", ""]]);
    expect(ar.ok ? "" : ar.issues[0]?.message).toMatch(/[\u0600-\u06FF]/);
    for (const [locale, pattern] of [
      ["fr", /n'a pas pu/],
      ["en", /could not/],
    ] as const) {
      const options = {
        locale,
        get maxIssues(): number {
          throw new Error("no");
        },
      };
      const r = renderCertificateHtml(c, options);
      expect(issuesOf(r)).toEqual([["certificate.input_unreadable", ""]]);
      expect(r.ok ? "" : r.issues[0]?.message).toMatch(pattern);
    }
  });
});
