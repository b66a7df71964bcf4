import {
  compareCodePoints,
  createValidator,
  IdSchema,
  type Issue,
  type Locale,
  MultilingualTextSchema,
  makeIssue,
  type Result,
  type RuleContext,
  type ValidateOptions,
  type ValidationResult,
} from "@madani/model";
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex } from "@noble/hashes/utils";
import * as z from "zod";
import {
  AttendanceSchema,
  attendanceMinutes,
  ParticipantRole,
  ParticipantSchema,
} from "../participants/participant.js";
import {
  CERTIFICATE_FORMAT,
  type Certificate,
  CertificateEventSchema,
  type CertificateHolder,
  CertificateIssuerSchema,
  type CertificateKey,
  CertificateSchema,
  certificatePayload,
  fromBase64Url,
  type SignatureAlgorithmValue,
  toBase64Url,
  type UnsignedCertificate,
} from "./certificate.js";
import { type CertificateIssueCode, type CertificateRuleCode, certificateMessages } from "./messages.js";

/**
 * Schema of the attendance rule a participant must meet to receive a certificate. Every
 * condition given must hold; none given means attending at least one session.
 *
 * @remarks
 * - `minHours`: total time attended, in hours (decimal).
 * - `minSessions`: number of distinct sessions attended.
 * - `minShare`: share of the event's sessions attended, from 0 to 1 (`0.75` = three quarters).
 * - `requiredSessionIds`: sessions everyone must attend (a closing session, an exam).
 * - `roles`: roles that receive a certificate; default every role.
 */
export const AttendanceRuleSchema = z.strictObject({
  minHours: z.number().min(0).max(100_000).optional(),
  minSessions: z.number().int().min(0).max(100_000).optional(),
  minShare: z.number().min(0).max(1).optional(),
  requiredSessionIds: z.array(IdSchema).max(10_000).optional(),
  roles: z.array(ParticipantRole.schema).min(1).optional(),
});

/** An attendance rule; see {@link AttendanceRuleSchema}. */
export type AttendanceRule = z.infer<typeof AttendanceRuleSchema>;

/** Schema of a session of the event, with its length (used when an attendance record gives none). */
export const CertificateSessionSchema = z.strictObject({
  id: IdSchema,
  minutes: z.number().int().min(0).max(100_000).optional(),
});

/** A session of the event; see {@link CertificateSessionSchema}. */
export type CertificateSession = z.infer<typeof CertificateSessionSchema>;

/**
 * Schema of the serial numbers: `prefix-NNNN`, numbered from `start` with at least `digits` digits.
 * Defaults: prefix the event id, start 1, 4 digits.
 */
export const SerialNumberingSchema = z.strictObject({
  prefix: IdSchema.optional(),
  start: z.number().int().min(0).max(1e12).optional(),
  digits: z.number().int().min(1).max(12).optional(),
});

/** Serial numbering; see {@link SerialNumberingSchema}. */
export type SerialNumbering = z.infer<typeof SerialNumberingSchema>;

/**
 * Schema of the input of {@link issueCertificates}.
 *
 * @remarks `participants` and `attendance` are those of `@madani/events`' participants
 * (`ParticipantSchema`, `AttendanceSchema`); `organizations` give the names of the
 * organizations participants represent; `sessions` list the event's sessions (needed for
 * `minShare`; without them the sessions are those that appear in `attendance`).
 */
export const IssueCertificatesInputSchema = z.strictObject({
  event: CertificateEventSchema,
  issuer: CertificateIssuerSchema,
  issuedOn: z.iso.date(),
  participants: z.array(ParticipantSchema).max(1_000_000),
  attendance: z.array(AttendanceSchema).max(10_000_000),
  sessions: z.array(CertificateSessionSchema).max(10_000).optional(),
  organizations: z
    .array(z.strictObject({ id: IdSchema, name: MultilingualTextSchema }))
    .max(1_000_000)
    .optional(),
  rule: AttendanceRuleSchema,
  serial: SerialNumberingSchema.optional(),
});

/** The input of {@link issueCertificates}; see {@link IssueCertificatesInputSchema}. */
export type IssueCertificatesInput = z.infer<typeof IssueCertificatesInputSchema>;

/** A participant who gets no certificate, with every reason (codes `attendance.*`). */
export interface NotEligibleParticipant {
  /** The person. */
  readonly personId: string;
  /** Why not, as issues of severity `warning`. */
  readonly reasons: readonly Issue<CertificateRuleCode>[];
}

/** What {@link issueCertificates} returns: the signed certificates and the participants left out. */
export interface IssuedCertificates {
  /** Signed certificates, in serial order (participants ordered by person id, by code point). */
  readonly certificates: readonly Certificate[];
  /** Participants who do not meet the rule, in person-id order. */
  readonly notEligible: readonly NotEligibleParticipant[];
}

/** Options of {@link issueCertificates}, {@link verifyCertificate} and {@link renderCertificateHtml}. */
export interface CertificateOptions {
  /** Language of the issue messages. Default `"en"`. */
  readonly locale?: Locale;
  /** Most issues reported. Default 100. */
  readonly maxIssues?: number;
}

/** An issuer's Ed25519 key pair, with the public key as text to publish. */
export interface IssuerKeyPair {
  /** The private key: keep it secret; it signs the certificates. */
  readonly privateKey: CertificateKey;
  /** The public key, to verify. */
  readonly publicKey: CertificateKey;
  /** The raw 32-byte public key in base64url: publish it (website, letterhead, registry). */
  readonly publicKeyText: string;
  /** First 16 hex digits of the SHA-256 of the raw public key: a short id to put in `issuer.keyId`. */
  readonly keyId: string;
}

type Ctx = RuleContext<ValidateOptions, CertificateRuleCode>;

const INACTIVE = new Set(["cancelled", "declined"]);
const SIGN_BATCH = 512;

function subtle(): typeof globalThis.crypto.subtle {
  const s = globalThis.crypto?.subtle;
  if (s === undefined) throw new Error("WebCrypto (globalThis.crypto.subtle) is not available on this platform");
  return s;
}

/** The certificate algorithm a WebCrypto key is for, or `undefined`. */
function algorithmOf(key: unknown): SignatureAlgorithmValue | undefined {
  if (key === null || typeof key !== "object" || !("algorithm" in key)) return undefined;
  const alg = (key as { algorithm: { name?: unknown; hash?: { name?: unknown } } }).algorithm;
  if (alg?.name === "Ed25519") return "Ed25519";
  if (alg?.name === "HMAC" && alg.hash?.name === "SHA-256") return "HMAC-SHA256";
  return undefined;
}

const webAlgorithm = (a: SignatureAlgorithmValue) => (a === "Ed25519" ? { name: "Ed25519" } : { name: "HMAC" });

function consistent(input: IssueCertificatesInput, ctx: Ctx): void {
  const { event } = input;
  if (event.endOn < event.startOn) {
    ctx.report("certificate.end_before_start", ["event", "endOn"], {
      params: { start: event.startOn, end: event.endOn },
      value: event.endOn,
    });
  }
  const seen = new Set<string>();
  input.participants.forEach((p, i) => {
    if (seen.has(p.personId)) {
      ctx.report("certificate.duplicate_participant", ["participants", i, "personId"], {
        params: { id: p.personId },
        value: p.personId,
      });
    }
    seen.add(p.personId);
    if (p.eventId !== event.id) {
      ctx.report("certificate.other_event", ["participants", i, "eventId"], {
        params: { id: p.personId, eventId: p.eventId },
        value: p.eventId,
      });
    }
  });
  if (input.sessions !== undefined) {
    const sessions = new Set(input.sessions.map((s) => s.id));
    const check = (id: string, path: (string | number)[]): void => {
      if (!sessions.has(id)) ctx.report("certificate.unknown_session", path, { params: { id }, value: id });
    };
    input.attendance.forEach((a, i) => {
      check(a.sessionId, ["attendance", i, "sessionId"]);
    });
    (input.rule.requiredSessionIds ?? []).forEach((id, i) => {
      check(id, ["rule", "requiredSessionIds", i]);
    });
  }
  const serial = input.serial ?? {};
  const digits = serial.digits ?? 4;
  const eligibleAtMost = input.participants.length;
  const last = (serial.start ?? 1) + eligibleAtMost - 1;
  if (eligibleAtMost > 0 && String(last).length > digits && serial.digits !== undefined) {
    ctx.report("certificate.serial_overflow", ["serial", "digits"], { params: { digits }, value: digits });
  }
}

const validateIssueInput = createValidator<typeof IssueCertificatesInputSchema, ValidateOptions, CertificateRuleCode>(
  IssueCertificatesInputSchema,
  [consistent],
  certificateMessages,
);

const validateCertificateShape = createValidator<typeof CertificateSchema, ValidateOptions, CertificateRuleCode>(
  CertificateSchema,
  [],
  certificateMessages,
);

const fail = (
  code: CertificateRuleCode,
  locale: Locale,
  path: (string | number)[],
  params?: Record<string, string | number>,
): { ok: false; issues: Issue<CertificateIssueCode>[] } => ({
  ok: false,
  issues: [makeIssue(certificateMessages, code, locale, path, params === undefined ? {} : { params })],
});

/**
 * Issue signed certificates of participation to the participants of an event who meet an
 * attendance rule.
 *
 * @param input - `event`, `issuer`, `issuedOn`, `participants`, `attendance`, `rule`, and
 * optionally `sessions`, `organizations` (names) and `serial` numbering.
 * @param signingKey - an Ed25519 private key (anyone can then verify with the public key) or
 * an HMAC-SHA256 key (only its holders can verify), as a WebCrypto `CryptoKey` with the
 * `sign` usage; see {@link generateIssuerKeyPair}.
 * @param options - `locale` of the messages (default `"en"`), `maxIssues` (default 100).
 * @returns a promise of `{ ok: true, value, warnings }` with the certificates and the
 * participants who get none (with the reasons `attendance.*`), or `{ ok: false, issues }`:
 * shape issues, `certificate.duplicate_participant`, `certificate.other_event`,
 * `certificate.unknown_session`, `certificate.end_before_start`, `certificate.serial_overflow`,
 * `certificate.key_unusable`. Never rejects on bad input.
 * @remarks Time attended per person: per session, the longest present record's minutes
 * (`minutes`, else `hours`, else the session's `minutes`); sessions are counted once. Hours
 * on the certificate are the total minutes / 60, rounded to one decimal. Registrations that
 * are `cancelled` or `declined` get no certificate. Serials are given in person-id order
 * (Unicode code points), so the same input always gives the same serials; signatures with
 * Ed25519 are deterministic (RFC 8032), so the same key gives the same certificates.
 * @example
 * ```ts
 * const keys = await generateIssuerKeyPair();
 * const r = await issueCertificates({ event, issuer: { ...issuer, keyId: keys.keyId }, issuedOn: "2024-12-29",
 *   participants, attendance, rule: { minHours: 12 }, serial: { prefix: "RJD-2024" } }, keys.privateKey);
 * if (r.ok) console.log(r.value.certificates[0]?.serial); // "RJD-2024-0001"
 * ```
 */
export async function issueCertificates(
  input: IssueCertificatesInput,
  signingKey: CertificateKey,
  options: CertificateOptions = {},
): Promise<ValidationResult<IssuedCertificates, CertificateIssueCode>> {
  const checked = validateIssueInput(input, options);
  if (!checked.ok) return checked;
  const locale = options.locale ?? "en";
  const algorithm = algorithmOf(signingKey);
  if (algorithm === undefined) return fail("certificate.key_unusable", locale, []);
  const v = checked.value;
  const rule = v.rule;

  const sessionMinutes = new Map((v.sessions ?? []).map((s) => [s.id, s.minutes]));
  const allSessions = new Set(v.sessions?.map((s) => s.id) ?? v.attendance.map((a) => a.sessionId));
  const attended = new Map<string, Map<string, number>>();
  for (const a of v.attendance) {
    if (!a.present) continue;
    const given = a.minutes !== undefined || a.hours !== undefined;
    const minutes = given ? attendanceMinutes(a) : (sessionMinutes.get(a.sessionId) ?? 0);
    const bySession = attended.get(a.personId) ?? new Map<string, number>();
    bySession.set(a.sessionId, Math.max(bySession.get(a.sessionId) ?? 0, minutes));
    attended.set(a.personId, bySession);
  }
  const organizations = new Map((v.organizations ?? []).map((o) => [o.id, o.name]));
  const roles = rule.roles === undefined ? undefined : new Set<string>(rule.roles);
  const indexOf = new Map(v.participants.map((p, i) => [p.personId, i]));

  const holders: { holder: CertificateHolder; minutes: number }[] = [];
  const notEligible: NotEligibleParticipant[] = [];
  const participants = [...v.participants].sort((a, b) => compareCodePoints(a.personId, b.personId));
  for (const p of participants) {
    const reasons: Issue<CertificateRuleCode>[] = [];
    const at = indexOf.get(p.personId) ?? 0;
    const add = (code: CertificateRuleCode, field: string, params?: Record<string, string | number>): void => {
      reasons.push(
        makeIssue(certificateMessages, code, locale, ["participants", at, field], {
          ...(params === undefined ? {} : { params }),
          severity: "warning",
        }),
      );
    };
    const sessions = attended.get(p.personId) ?? new Map<string, number>();
    let minutes = 0;
    for (const m of sessions.values()) minutes += m;
    if (INACTIVE.has(p.status)) add("attendance.registration_inactive", "status", { status: p.status });
    if (roles !== undefined && !roles.has(p.role)) add("attendance.role_excluded", "role", { role: p.role });
    if (p.name === undefined) add("attendance.missing_name", "name");
    const hours = Math.round(minutes / 6) / 10;
    if (rule.minHours !== undefined && minutes < Math.round(rule.minHours * 60)) {
      add("attendance.too_few_hours", "personId", { hours, minimum: rule.minHours });
    }
    const minSessions = rule.minSessions ?? (rule.minHours === undefined && rule.minShare === undefined ? 1 : 0);
    if (sessions.size < minSessions) {
      add("attendance.too_few_sessions", "personId", { sessions: sessions.size, minimum: minSessions });
    }
    if (rule.minShare !== undefined) {
      const share = allSessions.size === 0 ? 0 : sessions.size / allSessions.size;
      if (share < rule.minShare) {
        add("attendance.share_too_low", "personId", {
          share: Math.round(share * 1000) / 10,
          minimum: Math.round(rule.minShare * 1000) / 10,
        });
      }
    }
    for (const session of rule.requiredSessionIds ?? []) {
      if (!sessions.has(session)) add("attendance.missing_session", "personId", { session });
    }
    if (reasons.length > 0 || p.name === undefined) {
      notEligible.push({ personId: p.personId, reasons });
      continue;
    }
    const organization = p.organizationId === undefined ? undefined : organizations.get(p.organizationId);
    holders.push({
      holder: { personId: p.personId, name: p.name, ...(organization === undefined ? {} : { organization }) },
      minutes,
    });
  }

  const serial = v.serial ?? {};
  const prefix = serial.prefix ?? v.event.id;
  const start = serial.start ?? 1;
  const digits = serial.digits ?? 4;
  const unsigned: UnsignedCertificate[] = holders.map(({ holder, minutes }, i) => ({
    format: CERTIFICATE_FORMAT,
    serial: `${prefix}-${String(start + i).padStart(digits, "0")}`,
    holder,
    event: v.event,
    hours: Math.round(minutes / 6) / 10,
    issuedOn: v.issuedOn,
    issuer: v.issuer,
    algorithm,
  }));
  const certificates: Certificate[] = [];
  try {
    for (let i = 0; i < unsigned.length; i += SIGN_BATCH) {
      const batch = unsigned.slice(i, i + SIGN_BATCH);
      const signatures = await Promise.all(
        batch.map((c) => subtle().sign(webAlgorithm(algorithm), signingKey, certificatePayload(c))),
      );
      batch.forEach((c, k) => {
        certificates.push({ ...c, verificationCode: toBase64Url(new Uint8Array(signatures[k] as ArrayBuffer)) });
      });
    }
  } catch {
    return fail("certificate.key_unusable", locale, []);
  }
  return { ok: true, value: { certificates, notEligible }, warnings: [] };
}

async function importVerificationKey(
  key: CertificateKey | Uint8Array | string,
  algorithm: SignatureAlgorithmValue,
): Promise<CertificateKey | undefined> {
  if (typeof key !== "string" && !(key instanceof Uint8Array)) return key;
  const raw = typeof key === "string" ? fromBase64Url(key.trim()) : new Uint8Array(key);
  if (raw === undefined) return undefined;
  const params = algorithm === "Ed25519" ? { name: "Ed25519" } : { name: "HMAC", hash: "SHA-256" };
  try {
    return await subtle().importKey("raw", raw, params, false, ["verify"]);
  } catch {
    return undefined;
  }
}

/**
 * Check a certificate offline: its shape, then its verification code against the issuer's key.
 *
 * @param certificate - a {@link Certificate}, e.g. parsed from JSON (any value is accepted).
 * @param key - for `Ed25519`, the issuer's public key: a WebCrypto key, the raw 32 bytes, or
 * their base64url text as published ({@link IssuerKeyPair.publicKeyText}); for `HMAC-SHA256`,
 * the issuer's secret key (WebCrypto key or raw bytes).
 * @param options - `locale` of the messages (default `"en"`), `maxIssues` (default 100).
 * @returns a promise of `{ ok: true, value }` with the certificate when it is authentic, or
 * `{ ok: false, issues }`: shape issues, `certificate.key_unusable`, `certificate.key_mismatch`,
 * `certificate.signature_invalid` (altered, or not signed by this key). Never rejects on bad input.
 * @remarks Works offline and on every platform with WebCrypto: no network, no registry.
 * The signed bytes are {@link certificatePayload}.
 * @example
 * ```ts
 * const r = await verifyCertificate(JSON.parse(text), "hG3h…published public key…");
 * console.log(r.ok ? "authentic" : r.issues[0]?.code);
 * ```
 */
export async function verifyCertificate(
  certificate: unknown,
  key: CertificateKey | Uint8Array | string,
  options: CertificateOptions = {},
): Promise<Result<Certificate, CertificateIssueCode>> {
  const checked = validateCertificateShape(certificate, options);
  if (!checked.ok) return checked;
  const locale = options.locale ?? "en";
  const c = checked.value;
  if (typeof key !== "string" && !(key instanceof Uint8Array)) {
    const keyAlgorithm = algorithmOf(key);
    if (keyAlgorithm === undefined) return fail("certificate.key_unusable", locale, []);
    if (keyAlgorithm !== c.algorithm) {
      return fail("certificate.key_mismatch", locale, ["algorithm"], { algorithm: c.algorithm, keyAlgorithm });
    }
  }
  const verifyKey = await importVerificationKey(key, c.algorithm);
  if (verifyKey === undefined) return fail("certificate.key_unusable", locale, []);
  const signature = fromBase64Url(c.verificationCode);
  const expectedLength = c.algorithm === "Ed25519" ? 64 : 32;
  if (signature === undefined || signature.length !== expectedLength) {
    return fail("certificate.signature_invalid", locale, ["verificationCode"]);
  }
  let valid: boolean;
  try {
    valid = await subtle().verify(webAlgorithm(c.algorithm), verifyKey, signature, certificatePayload(c));
  } catch {
    return fail("certificate.key_unusable", locale, []);
  }
  if (!valid) return fail("certificate.signature_invalid", locale, ["verificationCode"]);
  return { ok: true, value: c };
}

/**
 * Generate an issuer's Ed25519 key pair with WebCrypto, with the public key as text to publish.
 *
 * @returns a promise of the {@link IssuerKeyPair}; the private key is extractable so that it can
 * be stored (e.g. `crypto.subtle.exportKey("pkcs8", privateKey)`).
 * @remarks Keep the private key out of the application's data; publish `publicKeyText` where
 * third parties will look for it. Throws only when the platform has no WebCrypto Ed25519.
 * @example
 * ```ts
 * const { privateKey, publicKeyText, keyId } = await generateIssuerKeyPair();
 * ```
 */
export async function generateIssuerKeyPair(): Promise<IssuerKeyPair> {
  const pair = (await subtle().generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as {
    privateKey: CertificateKey;
    publicKey: CertificateKey;
  };
  const raw = new Uint8Array(await subtle().exportKey("raw", pair.publicKey));
  return {
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    publicKeyText: toBase64Url(raw),
    keyId: bytesToHex(sha256(raw)).slice(0, 16),
  };
}
