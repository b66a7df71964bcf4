import {
  compareCodePoints,
  createValidator,
  IdSchema,
  type Issue,
  type Locale,
  localeOfOptions,
  MultilingualTextSchema,
  makeIssue,
  type Result,
  type RuleContext,
  type ValidateOptions,
  type ValidationResult,
} from "@madani/model";
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
  fromBase64Url,
  payloadBytes,
  toBase64Url,
  type UnsignedCertificate,
} from "./certificate.js";
import {
  type KeyProblem,
  keyIdOf,
  MIN_SECRET_BYTES,
  publicOfPrivate,
  resolveVerificationKey,
  signingKeyOf,
  subtle,
  type VerificationKey,
  webAlgorithm,
} from "./keys.js";
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

const validatePayloadShape = createValidator<
  ReturnType<typeof CertificateSchema.partial<{ verificationCode: true }>>,
  ValidateOptions,
  CertificateRuleCode
>(CertificateSchema.partial({ verificationCode: true }), [], certificateMessages);

const fail = (
  code: CertificateRuleCode,
  locale: Locale,
  path: (string | number)[],
  params?: Record<string, string | number>,
): { ok: false; issues: Issue<CertificateIssueCode>[] } => ({
  ok: false,
  issues: [makeIssue(certificateMessages, code, locale, path, params === undefined ? {} : { params })],
});

const keyFail = (problem: KeyProblem, locale: Locale): { ok: false; issues: Issue<CertificateIssueCode>[] } =>
  problem.code === "certificate.secret_too_short"
    ? fail(problem.code, locale, [], { bytes: problem.bytes, minimum: MIN_SECRET_BYTES })
    : fail(problem.code, locale, []);

/**
 * Issue signed certificates of participation to the participants of an event who meet an
 * attendance rule.
 *
 * @param input - `event`, `issuer`, `issuedOn`, `participants`, `attendance`, `rule`, and
 * optionally `sessions`, `organizations` (names) and `serial` numbering.
 * @param signingKey - an Ed25519 private key (anyone can then verify with the public key) or
 * an HMAC-SHA256 key of at least 16 bytes (only its holders can verify), as a WebCrypto
 * `CryptoKey` with the `sign` usage; see {@link generateIssuerKeyPair}. The certificates'
 * `algorithm` is the key's.
 * @param options - `locale` of the messages (default `"en"`), `maxIssues` (default 100).
 * @returns a promise of `{ ok: true, value, warnings }` with the certificates and the
 * participants who get none (with the reasons `attendance.*`), or `{ ok: false, issues }`:
 * shape issues, `certificate.duplicate_participant`, `certificate.other_event`,
 * `certificate.unknown_session`, `certificate.end_before_start`, `certificate.serial_overflow`,
 * `certificate.key_unusable`, `certificate.secret_too_short`, `certificate.key_id_mismatch`
 * (`issuer.keyId` is not the id of an extractable Ed25519 signing key),
 * `certificate.input_unreadable`. Never rejects, whatever the input, key or options.
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
  try {
    return await issue(input, signingKey, options);
  } catch {
    return fail("certificate.input_unreadable", localeOfOptions(options), []);
  }
}

async function issue(
  input: unknown,
  signingKey: unknown,
  options: CertificateOptions,
): Promise<ValidationResult<IssuedCertificates, CertificateIssueCode>> {
  const checked = validateIssueInput(input, options);
  if (!checked.ok) return checked;
  const locale = options.locale ?? "en";
  let found: ReturnType<typeof signingKeyOf>;
  try {
    found = signingKeyOf(signingKey);
  } catch {
    found = { code: "certificate.key_unusable" };
  }
  if ("code" in found) return keyFail(found, locale);
  const { algorithm, key } = found;
  const keyId = checked.value.issuer.keyId;
  if (algorithm === "Ed25519" && keyId !== undefined) {
    // A key id that does not name the signing key would make every certificate fail verification.
    const raw = await publicOfPrivate(key);
    const actual = raw === undefined ? undefined : keyIdOf(raw);
    if (actual !== undefined && actual !== keyId) {
      return fail("certificate.key_id_mismatch", locale, ["issuer", "keyId"], { keyId, actual });
    }
  }
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
        batch.map((c) => subtle().sign(webAlgorithm(algorithm), key, payloadBytes(c))),
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

/**
 * Check a certificate offline: its shape, then its verification code against the issuer's key.
 *
 * @param certificate - a {@link Certificate}, e.g. parsed from JSON (any value is accepted).
 * @param key - a {@link VerificationKey}: always with its algorithm, which the certificate must
 * declare. `{ algorithm: "Ed25519", publicKey }` with the issuer's public key as published
 * ({@link IssuerKeyPair.publicKeyText}), as its raw 32 bytes or as a WebCrypto key;
 * `{ algorithm: "HMAC-SHA256", secret }` with the issuer's secret (raw bytes, at least 16, or
 * a WebCrypto key); or a WebCrypto key on its own, whose algorithm is read from it. Take it
 * from a source you trust (the issuer's website or letterhead), never from the certificate.
 * @param options - `locale` of the messages (default `"en"`), `maxIssues` (default 100).
 * @returns a promise of `{ ok: true, value }` with the certificate when it is authentic, or
 * `{ ok: false, issues }`: shape issues; `certificate.key_untyped` (bare text or bytes, whose
 * algorithm would be a guess); `certificate.key_unusable`; `certificate.secret_too_short`;
 * `certificate.algorithm_mismatch` (the certificate declares another algorithm than the key's);
 * `certificate.key_id_mismatch` (an Ed25519 certificate whose `issuer.keyId` is not the id of
 * the key given); `certificate.signature_invalid` (altered, or not signed by this key);
 * `certificate.input_unreadable` (a value could not be read). Never rejects, whatever the
 * certificate, key or options.
 * @remarks Works offline and on every platform with WebCrypto: no network, no registry.
 * The signed bytes are {@link certificatePayload}; the signature is checked by WebCrypto, in
 * constant time. The key id is checked when the Ed25519 public key's bytes can be read (always
 * for text and bytes; for a WebCrypto key, when it is extractable).
 * @example
 * ```ts
 * const r = await verifyCertificate(JSON.parse(text), { algorithm: "Ed25519", publicKey: "hG3h…published public key…" });
 * console.log(r.ok ? "authentic" : r.issues[0]?.code);
 * ```
 */
export async function verifyCertificate(
  certificate: unknown,
  key: VerificationKey,
  options: CertificateOptions = {},
): Promise<Result<Certificate, CertificateIssueCode>> {
  try {
    return await verify(certificate, key, options);
  } catch {
    return fail("certificate.input_unreadable", localeOfOptions(options), []);
  }
}

async function verify(
  certificate: unknown,
  key: unknown,
  options: CertificateOptions,
): Promise<Result<Certificate, CertificateIssueCode>> {
  const checked = validateCertificateShape(certificate, options);
  if (!checked.ok) return checked;
  const locale = options.locale ?? "en";
  const c = checked.value;
  let resolved: Awaited<ReturnType<typeof resolveVerificationKey>>;
  try {
    resolved = await resolveVerificationKey(key);
  } catch {
    resolved = { code: "certificate.key_unusable" };
  }
  if ("code" in resolved) return keyFail(resolved, locale);
  // The key decides the algorithm; the certificate's claim is only compared with it.
  if (resolved.algorithm !== c.algorithm) {
    return fail("certificate.algorithm_mismatch", locale, ["algorithm"], {
      algorithm: c.algorithm,
      keyAlgorithm: resolved.algorithm,
    });
  }
  if (c.algorithm === "Ed25519" && c.issuer.keyId !== undefined && resolved.raw !== undefined) {
    const actual = keyIdOf(resolved.raw);
    if (actual !== c.issuer.keyId) {
      return fail("certificate.key_id_mismatch", locale, ["issuer", "keyId"], { keyId: c.issuer.keyId, actual });
    }
  }
  const signature = fromBase64Url(c.verificationCode);
  const expectedLength = c.algorithm === "Ed25519" ? 64 : 32;
  if (signature === undefined || signature.length !== expectedLength) {
    return fail("certificate.signature_invalid", locale, ["verificationCode"]);
  }
  let valid: boolean;
  try {
    // WebCrypto compares in constant time; the code is never compared as text.
    valid = await subtle().verify(webAlgorithm(c.algorithm), resolved.key, signature, payloadBytes(c));
  } catch {
    return fail("certificate.key_unusable", locale, []);
  }
  if (!valid) return fail("certificate.signature_invalid", locale, ["verificationCode"]);
  return { ok: true, value: c };
}

/**
 * The bytes a certificate's verification code signs, for a verifier that checks the signature
 * with its own tools: the UTF-8 bytes of the certificate without `verificationCode`, as JSON
 * with keys sorted by Unicode code point at every depth, no whitespace, numbers and strings as
 * `JSON.stringify` writes them.
 *
 * @param certificate - a certificate, signed or not (`verificationCode` is left out); it is
 * validated first, and a field the format does not have is refused.
 * @param options - locale of the issue messages.
 * @returns the payload bytes (a fresh `ArrayBuffer`-backed copy), or `{ ok: false, issues }`
 * when the value is not a certificate (codes of {@link CertificateSchema}, and
 * `certificate.input_unreadable` when a value could not be read). Never throws.
 * @remarks Anyone can re-implement it: the payload begins with `{"algorithm":` and contains
 * `"format":"madani-certificate/1"`.
 * @example
 * ```ts
 * const bytes = certificatePayload(certificate);
 * if (bytes.ok) await crypto.subtle.verify("Ed25519", publicKey, signature, bytes.value);
 * ```
 */
export function certificatePayload(
  certificate: unknown,
  options: CertificateOptions = {},
): Result<Uint8Array<ArrayBuffer>, CertificateIssueCode> {
  try {
    const checked = validatePayloadShape(certificate, options);
    if (!checked.ok) return checked;
    return { ok: true, value: payloadBytes(checked.value) };
  } catch {
    return fail("certificate.input_unreadable", localeOfOptions(options), []);
  }
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
    keyId: keyIdOf(raw),
  };
}
