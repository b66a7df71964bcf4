import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Attendance, Participant } from "../participants/participant.js";
import { type Certificate, type CertificateKey, payloadBytes, toBase64Url } from "./certificate.js";
import {
  type CertificateOptions,
  generateIssuerKeyPair,
  type IssueCertificatesInput,
  type IssuerKeyPair,
  issueCertificates,
  verifyCertificate,
} from "./issue.js";
import type { VerificationKey } from "./keys.js";
import { certificateMessages } from "./messages.js";
import { type RenderCertificateOptions, renderCertificateHtml } from "./render.js";

type AnyResult = { ok: true; value: unknown } | { ok: false; issues: readonly { code: string; message: string }[] };
const codes = (r: AnyResult): string[] => (r.ok ? [] : r.issues.map((i) => i.code));
function ok<T>(r: { ok: true; value: T } | { ok: false; issues: readonly { code: string; message: string }[] }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.issues.map((i) => `${i.code}: ${i.message}`).join("; ")}`);
  return r.value;
}
/** Any value, typed as a key: hostile callers do not respect types. */
const asKey = (value: unknown): VerificationKey => value as VerificationKey;

const event = {
  id: "forum-safi-2025",
  title: { ar: "المنتدى الجهوي للجمعيات", fr: "Forum régional des associations" },
  startOn: "2025-03-14",
  endOn: "2025-03-15",
  place: { fr: "Safi" },
  organizer: { ar: "اتحاد جمعيات عبدة" },
};

function issueInput(keyId?: string): IssueCertificatesInput {
  const participants: Participant[] = [1, 2, 3].map((i) => ({
    personId: `p-${i}`,
    eventId: event.id,
    organizationId: "assoc-1",
    name: { ar: `المشاركة رقم ${i}`, fr: `Participante ${i}` },
    role: "participant",
    status: "confirmed",
  }));
  const attendance: Attendance[] = participants.flatMap((p) => [
    { personId: p.personId, sessionId: "s-1", present: true, minutes: 180 },
    { personId: p.personId, sessionId: "s-2", present: true, minutes: 150 },
  ]);
  return {
    event,
    issuer: { id: "ittihad-abda", name: { ar: "اتحاد جمعيات عبدة" }, ...(keyId === undefined ? {} : { keyId }) },
    issuedOn: "2025-03-15",
    participants,
    attendance,
    organizations: [{ id: "assoc-1", name: { fr: "Association Al Amal" } }],
    rule: { minHours: 5 },
  };
}

/** HMAC-SHA256 of a certificate's payload keyed with `secret`, as a verification code. */
async function hmacCode(secret: Uint8Array, certificate: Omit<Certificate, "verificationCode">): Promise<string> {
  const bytes = new Uint8Array(new ArrayBuffer(secret.length));
  bytes.set(secret);
  const key = await crypto.subtle.importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return toBase64Url(new Uint8Array(await crypto.subtle.sign("HMAC", key, payloadBytes(certificate))));
}

let keys: IssuerKeyPair;
let publicRaw: Uint8Array;
let signed: Certificate;
let secret: CertificateKey;
let secretRaw: Uint8Array;
let hmacSigned: Certificate;

beforeAll(async () => {
  keys = await generateIssuerKeyPair();
  publicRaw = new Uint8Array(await crypto.subtle.exportKey("raw", keys.publicKey));
  signed = ok(await issueCertificates(issueInput(keys.keyId), keys.privateKey)).certificates[0] as Certificate;
  secret = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, true, ["sign", "verify"]);
  secretRaw = new Uint8Array(await crypto.subtle.exportKey("raw", secret));
  hmacSigned = ok(await issueCertificates(issueInput(), secret)).certificates[0] as Certificate;
});

describe("a certificate re-signed with HMAC keyed by the published public key", () => {
  async function forge(base: Certificate): Promise<Certificate> {
    const { verificationCode: _c, ...rest } = base;
    const unsigned = {
      ...rest,
      algorithm: "HMAC-SHA256" as const,
      hours: 120,
      holder: { personId: "p-impostor", name: { fr: "Quelqu'un d'autre" } },
    };
    return { ...unsigned, verificationCode: await hmacCode(publicRaw, unsigned) };
  }

  it("is a valid HMAC under the public key's bytes (the attack is real)", async () => {
    const forged = await forge(signed);
    const key = await crypto.subtle.importKey(
      "raw",
      new Uint8Array(publicRaw),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["verify"],
    );
    const code = Buffer.from(forged.verificationCode, "base64url");
    expect(await crypto.subtle.verify("HMAC", key, code, payloadBytes(forged))).toBe(true);
  });

  it("is refused when the key is passed as bare published text or bare bytes", async () => {
    const forged = await forge(signed);
    for (const bare of [keys.publicKeyText, publicRaw, Buffer.from(publicRaw)]) {
      const r = await verifyCertificate(forged, asKey(bare));
      expect(r.ok).toBe(false);
      expect(codes(r)).toEqual(["certificate.key_untyped"]);
    }
  });

  it("is refused as an algorithm mismatch with the typed Ed25519 public key, in every form", async () => {
    for (const base of [signed, { ...signed, issuer: { id: signed.issuer.id, name: signed.issuer.name } }]) {
      const forged = await forge(base);
      for (const key of [
        { algorithm: "Ed25519", publicKey: keys.publicKeyText },
        { algorithm: "Ed25519", publicKey: publicRaw },
        { algorithm: "Ed25519", publicKey: keys.publicKey },
        keys.publicKey,
      ] as VerificationKey[]) {
        const r = await verifyCertificate(forged, key, { locale: "fr" });
        expect(codes(r)).toEqual(["certificate.algorithm_mismatch"]);
        expect(r.ok ? "" : r.issues[0]?.message).toBe(
          "L'attestation déclare l'algorithme HMAC-SHA256 ; la clé fournie est une clé Ed25519. C'est la clé qui fixe l'algorithme : l'attestation est refusée.",
        );
      }
    }
  });
});

/** One change per signed field, each producing a well-formed value different from the original. */
const FIELD_CHANGES: Readonly<Record<string, (c: Certificate, s: string, n: number) => unknown>> = {
  format: (c, _s, n) => ({ ...c, format: `madani-certificate/${2 + (n % 9)}` }),
  serial: (c, _s, n) => ({ ...c, serial: `${c.serial}-${n}` }),
  "holder.personId": (c, _s, n) => ({ ...c, holder: { ...c.holder, personId: `p-${1000 + n}` } }),
  "holder.name": (c, s) => ({ ...c, holder: { ...c.holder, name: { fr: `Nom ${s}` } } }),
  "holder.organization": (c, s, n) =>
    n % 2 === 0
      ? { ...c, holder: { ...c.holder, organization: { fr: `Association ${s}` } } }
      : { ...c, holder: { personId: c.holder.personId, name: c.holder.name } },
  "event.id": (c, _s, n) => ({ ...c, event: { ...c.event, id: `event-${n}` } }),
  "event.title": (c, s) => ({ ...c, event: { ...c.event, title: { fr: `Titre ${s}` } } }),
  "event.startOn": (c, _s, n) => ({ ...c, event: { ...c.event, startOn: `2024-0${1 + (n % 9)}-01` } }),
  "event.endOn": (c, _s, n) => ({ ...c, event: { ...c.event, endOn: `2026-0${1 + (n % 9)}-01` } }),
  "event.place": (c, s, n) => {
    if (n % 2 === 0) return { ...c, event: { ...c.event, place: { fr: `Ville ${s}` } } };
    const { place: _p, ...rest } = c.event;
    return { ...c, event: rest };
  },
  "event.organizer": (c, s) => ({ ...c, event: { ...c.event, organizer: { fr: `Organisateur ${s}` } } }),
  hours: (c, _s, n) => ({ ...c, hours: c.hours + 0.1 * (1 + (n % 500)) }),
  issuedOn: (c, _s, n) => ({ ...c, issuedOn: `2027-0${1 + (n % 9)}-1${n % 10}` }),
  "issuer.id": (c, _s, n) => ({ ...c, issuer: { ...c.issuer, id: `issuer-${n}` } }),
  "issuer.name": (c, s) => ({ ...c, issuer: { ...c.issuer, name: { fr: `Émetteur ${s}` } } }),
  "issuer.keyId": (c, _s, n) => {
    if (n % 2 === 0) return { ...c, issuer: { ...c.issuer, keyId: `${n.toString(16).padStart(16, "0")}` } };
    const { keyId: _k, ...rest } = c.issuer;
    return { ...c, issuer: rest };
  },
  algorithm: (c) => ({ ...c, algorithm: c.algorithm === "Ed25519" ? "HMAC-SHA256" : "Ed25519" }),
};

/** The signed fields of a certificate: its keys, and the keys of its nested records (texts are leaves). */
function signedFields(c: Certificate): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(c)) {
    if (k === "verificationCode") continue;
    if (k === "holder" || k === "event" || k === "issuer") {
      for (const inner of Object.keys(v as object)) out.push(`${k}.${inner}`);
    } else out.push(k);
  }
  return out.sort();
}

describe("any change to any signed field is refused", () => {
  it("covers every field of the payload", () => {
    expect(Object.keys(FIELD_CHANGES).sort()).toEqual(signedFields(signed));
    const { "issuer.keyId": _k, ...hmacIssuer } = FIELD_CHANGES;
    expect(Object.keys(hmacIssuer).sort()).toEqual(signedFields(hmacSigned));
  });

  it("for Ed25519 and HMAC-SHA256 certificates (property)", async () => {
    const fields = Object.keys(FIELD_CHANGES);
    const expected = (field: string, algorithm: string): RegExp => {
      if (field === "format") return /^schema\./;
      if (field === "algorithm") return /^certificate\.algorithm_mismatch$/;
      if (field === "issuer.keyId" && algorithm === "Ed25519")
        return /^certificate\.(key_id_mismatch|signature_invalid)$/;
      return /^certificate\.signature_invalid$/;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fields),
        fc.boolean(),
        fc.stringMatching(/^[A-Za-z0-9À-ÿ]{1,12}$/),
        fc.nat({ max: 1_000_000 }),
        async (field, useHmac, s, n) => {
          const base = useHmac ? hmacSigned : signed;
          const change = FIELD_CHANGES[field] as (c: Certificate, s: string, n: number) => unknown;
          const changed = change(base, s, n);
          fc.pre(JSON.stringify(changed) !== JSON.stringify(base));
          const key: VerificationKey = useHmac
            ? { algorithm: "HMAC-SHA256", secret: secretRaw }
            : { algorithm: "Ed25519", publicKey: keys.publicKeyText };
          const r = await verifyCertificate(changed, key);
          expect(r.ok).toBe(false);
          expect(codes(r)).toHaveLength(1);
          expect(codes(r)[0]).toMatch(expected(field, base.algorithm));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the unchanged certificates verify (the property is not vacuous)", async () => {
    expect(ok(await verifyCertificate(signed, { algorithm: "Ed25519", publicKey: keys.publicKeyText }))).toEqual(
      signed,
    );
    expect(ok(await verifyCertificate(hmacSigned, { algorithm: "HMAC-SHA256", secret: secretRaw }))).toEqual(
      hmacSigned,
    );
  });
});

describe("algorithm swaps and keys of the other type", () => {
  it("refuses Ed25519 → HMAC-SHA256 and HMAC-SHA256 → Ed25519 with the mismatch code", async () => {
    const toHmac = { ...signed, algorithm: "HMAC-SHA256" };
    const toEd = { ...hmacSigned, algorithm: "Ed25519" };
    expect(codes(await verifyCertificate(toHmac, keys.publicKey))).toEqual(["certificate.algorithm_mismatch"]);
    expect(codes(await verifyCertificate(toEd, secret))).toEqual(["certificate.algorithm_mismatch"]);
    expect(codes(await verifyCertificate(toEd, { algorithm: "HMAC-SHA256", secret: secretRaw }))).toEqual([
      "certificate.algorithm_mismatch",
    ]);
    const r = await verifyCertificate(toEd, secret, { locale: "ar" });
    expect(r.ok ? "" : r.issues[0]?.message).toContain("Ed25519");
    expect(r.ok ? [] : r.issues[0]?.path).toEqual(["algorithm"]);
  });

  it("refuses a key of the other type, and a typed wrapper whose key is of the other type", async () => {
    const mismatch = ["certificate.algorithm_mismatch"];
    expect(codes(await verifyCertificate(signed, secret))).toEqual(mismatch);
    expect(codes(await verifyCertificate(signed, { algorithm: "HMAC-SHA256", secret: secretRaw }))).toEqual(mismatch);
    expect(codes(await verifyCertificate(hmacSigned, keys.publicKey))).toEqual(mismatch);
    const unusable = ["certificate.key_unusable"];
    expect(codes(await verifyCertificate(signed, asKey({ algorithm: "Ed25519", publicKey: secret })))).toEqual(
      unusable,
    );
    expect(
      codes(await verifyCertificate(hmacSigned, asKey({ algorithm: "HMAC-SHA256", secret: keys.publicKey }))),
    ).toEqual(unusable);
    // A private key does not verify; a wrapper naming both kinds of key is ambiguous.
    expect(codes(await verifyCertificate(signed, keys.privateKey))).toEqual(unusable);
    const both = asKey({ algorithm: "Ed25519", publicKey: keys.publicKeyText, secret: secretRaw });
    expect(codes(await verifyCertificate(signed, both))).toEqual(unusable);
    expect(codes(await verifyCertificate(signed, asKey({ algorithm: "RSA", publicKey: keys.publicKeyText })))).toEqual(
      unusable,
    );
    expect(
      codes(await verifyCertificate(signed, asKey({ algorithm: "Ed25519", publicKey: publicRaw.slice(1) }))),
    ).toEqual(unusable);
    expect(
      codes(await verifyCertificate(hmacSigned, asKey({ algorithm: "HMAC-SHA256", secret: "a passphrase" }))),
    ).toEqual(unusable);
  });

  it("refuses an HMAC secret shorter than 16 bytes, to verify and to sign", async () => {
    const r = await verifyCertificate(hmacSigned, { algorithm: "HMAC-SHA256", secret: secretRaw.slice(0, 15) });
    expect(codes(r)).toEqual(["certificate.secret_too_short"]);
    expect(r.ok ? "" : r.issues[0]?.message).toBe("The HMAC-SHA256 secret has 15 bytes; at least 16 are needed.");
    const short = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256", length: 64 }, true, [
      "sign",
      "verify",
    ]);
    expect(codes(await verifyCertificate(hmacSigned, short))).toEqual(["certificate.secret_too_short"]);
    expect(codes(await issueCertificates(issueInput(), short))).toEqual(["certificate.secret_too_short"]);
    const enough = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256", length: 128 }, true, ["sign"]);
    expect((await issueCertificates(issueInput(), enough)).ok).toBe(true);
  });

  it("sets the algorithm from the signing key, and refuses a key id that does not name it", async () => {
    expect(signed.algorithm).toBe("Ed25519");
    expect(hmacSigned.algorithm).toBe("HMAC-SHA256");
    expect(codes(await issueCertificates(issueInput(), keys.publicKey))).toEqual(["certificate.key_unusable"]);
    const sha512 = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-512" }, true, ["sign"]);
    expect(codes(await issueCertificates(issueInput(), sha512))).toEqual(["certificate.key_unusable"]);
    const wrongId = await issueCertificates(issueInput("0123456789abcdef"), keys.privateKey);
    expect(codes(wrongId)).toEqual(["certificate.key_id_mismatch"]);
    expect(wrongId.ok ? [] : wrongId.issues[0]?.path).toEqual(["issuer", "keyId"]);
  });
});

describe("another issuer's key", () => {
  it("is refused: by key id when the certificate names its key, else by the signature", async () => {
    const other = await generateIssuerKeyPair();
    const otherKey = { algorithm: "Ed25519", publicKey: other.publicKeyText } as const;
    expect(codes(await verifyCertificate(signed, otherKey))).toEqual(["certificate.key_id_mismatch"]);
    const unnamed = { ...signed, issuer: { id: signed.issuer.id, name: signed.issuer.name } };
    expect(codes(await verifyCertificate(unnamed, otherKey))).toEqual(["certificate.signature_invalid"]);
    const otherSecret = crypto.getRandomValues(new Uint8Array(32));
    expect(codes(await verifyCertificate(hmacSigned, { algorithm: "HMAC-SHA256", secret: otherSecret }))).toEqual([
      "certificate.signature_invalid",
    ]);
  });

  it("cannot re-sign a certificate under the original issuer's key id", async () => {
    const other = await generateIssuerKeyPair();
    const input = issueInput();
    // Signing with a key id that is not the signing key's is refused at once.
    const resigned = await issueCertificates(
      { ...input, issuer: { ...input.issuer, keyId: keys.keyId } },
      other.privateKey,
    );
    expect(codes(resigned)).toEqual(["certificate.key_id_mismatch"]);
    // A certificate signed by hand with another key under this issuer's key id fails verification.
    const { verificationCode: _c, ...rest } = signed;
    const unsigned = { ...rest, hours: 200 };
    const signature = await crypto.subtle.sign("Ed25519", other.privateKey, payloadBytes(unsigned));
    const forged = { ...unsigned, verificationCode: toBase64Url(new Uint8Array(signature)) };
    expect(codes(await verifyCertificate(forged, other.publicKey))).toEqual(["certificate.key_id_mismatch"]);
    expect(codes(await verifyCertificate(forged, { algorithm: "Ed25519", publicKey: keys.publicKeyText }))).toEqual([
      "certificate.signature_invalid",
    ]);
  });
});

/** An object whose every operation throws. */
const exploding = (): object =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error("get");
      },
      has: () => {
        throw new Error("has");
      },
      ownKeys: () => {
        throw new Error("ownKeys");
      },
      getOwnPropertyDescriptor: () => {
        throw new Error("descriptor");
      },
      getPrototypeOf: () => {
        throw new Error("prototype");
      },
    },
  );

const throwingGetter = <T extends object>(base: T, name: string): T =>
  Object.defineProperty({ ...base }, name, {
    enumerable: true,
    get() {
      throw new Error(name);
    },
  });

const HUGE = "A".repeat(10 * 1024 * 1024);

describe("hostile keys, certificates and options never make it reject", () => {
  function hostileKeys(): unknown[] {
    return [
      null,
      undefined,
      0,
      Number.NaN,
      42n,
      Symbol("key"),
      () => keys.publicKey,
      exploding(),
      new Proxy(
        { algorithm: "Ed25519", publicKey: keys.publicKeyText },
        {
          get: (t, p) => {
            if (p === "publicKey") throw new Error("publicKey");
            return Reflect.get(t, p);
          },
        },
      ),
      throwingGetter({ algorithm: "Ed25519" }, "publicKey"),
      throwingGetter({ publicKey: keys.publicKeyText }, "algorithm"),
      { algorithm: { name: "Ed25519" }, type: "public", usages: ["verify"] },
      { algorithm: "Ed25519", publicKey: HUGE },
      { algorithm: "Ed25519", publicKey: new Uint8Array(10 * 1024 * 1024) },
      { algorithm: "HMAC-SHA256", secret: new Proxy(new Uint8Array(32), {}) },
      HUGE,
      JSON.parse(`{"__proto__": {"algorithm": "HMAC-SHA256"}, "secret": "${keys.publicKeyText}"}`),
      JSON.parse(`{"__proto__": {"algorithm": "Ed25519", "publicKey": "${keys.publicKeyText}"}}`),
      Object.create({ algorithm: "Ed25519", publicKey: keys.publicKeyText }),
    ];
  }

  it("hostile keys are refused as issues", async () => {
    for (const key of hostileKeys()) {
      const r = await verifyCertificate(signed, asKey(key));
      expect(r.ok, String(typeof key)).toBe(false);
      expect(codes(r)[0]).toMatch(/^certificate\.(key_untyped|key_unusable|input_unreadable|secret_too_short)$/);
    }
  });

  it("a Proxy or a look-alike of a key is refused: it cannot lie about the key's algorithm", async () => {
    // Even a transparent Proxy is refused: only a genuine key is handed to WebCrypto.
    expect(codes(await verifyCertificate(signed, new Proxy(keys.publicKey, {})))).toEqual(["certificate.key_unusable"]);
    const wrapped = { algorithm: "Ed25519", publicKey: new Proxy(keys.publicKey, {}) } as const;
    expect(codes(await verifyCertificate(signed, wrapped))).toEqual(["certificate.key_unusable"]);
    expect(codes(await issueCertificates(issueInput(), new Proxy(keys.privateKey, {})))).toEqual([
      "certificate.key_unusable",
    ]);
    // An HMAC key dressed as an Ed25519 public key is refused.
    const disguised = new Proxy(secret, {
      get: (t, p) => (p === "algorithm" ? { name: "Ed25519" } : p === "type" ? "public" : Reflect.get(t, p)),
    });
    const r = await verifyCertificate(signed, disguised);
    expect(codes(r)).toEqual(["certificate.key_unusable"]);
    const forged = { ...hmacSigned, algorithm: "Ed25519" };
    expect((await verifyCertificate(forged, disguised)).ok).toBe(false);
    expect(codes(await verifyCertificate(signed, { algorithm: "Ed25519", publicKey: disguised }))).toEqual([
      "certificate.key_unusable",
    ]);
    const { CryptoKey: KeyClass } = globalThis as unknown as { CryptoKey: { prototype: object } };
    const lookAlike = Object.create(KeyClass.prototype) as CertificateKey;
    expect(codes(await verifyCertificate(signed, lookAlike))).toEqual(["certificate.key_unusable"]);
    expect(codes(await issueCertificates(issueInput(), lookAlike))).toEqual(["certificate.key_unusable"]);
  });

  it("hostile certificates are refused as issues", async () => {
    const json = JSON.stringify(signed);
    const certificates: unknown[] = [
      null,
      undefined,
      7,
      "certificate",
      HUGE,
      [signed],
      exploding(),
      throwingGetter(signed, "hours"),
      throwingGetter(signed, "verificationCode"),
      { ...signed, holder: throwingGetter(signed.holder, "name") },
      { ...signed, verificationCode: HUGE },
      { ...signed, holder: { ...signed.holder, name: { fr: HUGE } } },
      JSON.parse(json.replace('{"format"', '{"__proto__":{"hours":1},"format"')),
      JSON.parse(json.replace('"holder":{', '"holder":{"__proto__":{"personId":"x"},')),
      new Proxy(signed, {
        ownKeys: () => {
          throw new Error("ownKeys");
        },
      }),
    ];
    for (const certificate of certificates) {
      const r = await verifyCertificate(certificate, { algorithm: "Ed25519", publicKey: keys.publicKeyText });
      expect(r.ok).toBe(false);
      expect(codes(r).length).toBeGreaterThan(0);
    }
  });

  it("a certificate that changes between reads is checked on one stable copy", async () => {
    let reads = 0;
    const shifty = new Proxy(signed, {
      get: (t, p, receiver) => {
        if (p === "hours") {
          reads += 1;
          return reads === 1 ? t.hours : 999;
        }
        return Reflect.get(t, p, receiver);
      },
    });
    const r = await verifyCertificate(shifty, { algorithm: "Ed25519", publicKey: keys.publicKeyText });
    // Whatever the outcome, an accepted certificate is exactly the signed one.
    if (r.ok) expect(r.value).toEqual(signed);
    else expect(codes(r)[0]).toMatch(/^certificate\.|^schema\.|^input\./);
  });

  it("hostile options are refused as issues", async () => {
    const key = { algorithm: "Ed25519", publicKey: keys.publicKeyText } as const;
    for (const options of [exploding(), throwingGetter({}, "locale"), { locale: "de" }, { maxIssues: -1 }]) {
      const r = await verifyCertificate(signed, key, options as CertificateOptions);
      expect(r.ok).toBe(false);
      const issued = await issueCertificates(issueInput(), keys.privateKey, options as CertificateOptions);
      expect(issued.ok).toBe(false);
    }
  });

  it("never rejects, whatever the certificate and key (property)", async () => {
    const key = fc.oneof(
      fc.anything(),
      fc.constant(keys.publicKey),
      fc.record({ algorithm: fc.constantFrom("Ed25519", "HMAC-SHA256", "x"), publicKey: fc.anything() }),
      fc.record({ algorithm: fc.constantFrom("Ed25519", "HMAC-SHA256"), secret: fc.uint8Array({ maxLength: 40 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.constant(signed)), key, async (certificate, k) => {
        const r = await verifyCertificate(certificate, asKey(k));
        if (r.ok) expect(r.value).toEqual(signed);
      }),
      { numRuns: 300 },
    );
  });

  it("issueCertificates never rejects, whatever the input and key", async () => {
    const hostileInputs: unknown[] = [
      null,
      exploding(),
      throwingGetter(issueInput(), "participants"),
      { ...issueInput(), participants: [throwingGetter(issueInput().participants[0] as Participant, "name")] },
      JSON.parse(JSON.stringify(issueInput()).replace('{"event"', '{"__proto__":{"rule":{}},"event"')),
      { ...issueInput(), issuedOn: HUGE },
    ];
    for (const input of hostileInputs) {
      const r = await issueCertificates(input as IssueCertificatesInput, keys.privateKey);
      expect(r.ok).toBe(false);
    }
    for (const key of hostileKeys()) {
      const r = await issueCertificates(issueInput(), key as CertificateKey);
      expect(r.ok).toBe(false);
      expect(codes(r)[0]).toMatch(/^certificate\.(key_unusable|input_unreadable)$/);
    }
  });
});

describe("renderCertificateHtml never throws", () => {
  it("on hostile certificates and options", () => {
    const hostile: [unknown, unknown][] = [
      [exploding(), {}],
      [throwingGetter(signed, "holder"), { locale: "fr" }],
      [signed, null],
      [signed, exploding()],
      [signed, throwingGetter({ locale: "fr" }, "publicKeyText")],
      [
        signed,
        {
          publicKeyText: {
            toString: () => {
              throw new Error("text");
            },
          },
        },
      ],
    ];
    for (const [certificate, options] of hostile) {
      const r = renderCertificateHtml(certificate as Certificate, options as RenderCertificateOptions);
      expect(r.ok).toBe(false);
      expect(codes(r)[0]).toMatch(/^certificate\.input_unreadable$|^input\.|^schema\./);
    }
    const r = renderCertificateHtml(signed, throwingGetter({ locale: "fr" }, "verifyAt") as RenderCertificateOptions);
    expect(r.ok ? "" : r.issues[0]?.message).toBe(certificateMessages["certificate.input_unreadable"].fr);
  });
});

describe("messages", () => {
  it("every certificate code has a message in ar, fr and en", () => {
    for (const [code, m] of Object.entries(certificateMessages)) {
      expect(m.ar, code).toMatch(/[\u0600-\u06FF]/);
      expect(m.fr, code).not.toMatch(/[\u0600-\u06FF]/);
      expect(m.en.trim(), code).not.toBe("");
    }
  });
});
