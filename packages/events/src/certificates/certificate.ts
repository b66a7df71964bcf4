import {
  compareCodePoints,
  defineEnumeration,
  IdSchema,
  IsoDateSchema,
  MultilingualTextSchema,
  personal,
} from "@madani/model";
import { utf8ToBytes } from "@noble/hashes/utils";
import * as z from "zod";

/**
 * Name and version of the certificate format; part of every signed payload, so a signature
 * cannot be replayed on another kind of document.
 */
export const CERTIFICATE_FORMAT = "madani-certificate/1";

/**
 * Signature algorithms of certificates, with labels in ar, fr and en.
 *
 * @remarks `Ed25519` (RFC 8032) lets anyone check a certificate offline with the issuer's
 * public key; `HMAC-SHA256` (RFC 2104) needs the issuer's secret, for verification by the
 * issuer alone (a registry checking what it issued). Both run on WebCrypto
 * (`globalThis.crypto.subtle`: Node 20+, Deno, Bun, browsers).
 * @example
 * ```ts
 * labelOf(SignatureAlgorithm, "Ed25519", "fr"); // "Signature Ed25519 (vérifiable par tous)"
 * ```
 */
export const SignatureAlgorithm = defineEnumeration("signatureAlgorithm", {
  Ed25519: {
    ar: "توقيع Ed25519 (يمكن لأي كان التحقق منه)",
    fr: "Signature Ed25519 (vérifiable par tous)",
    en: "Ed25519 signature (anyone can verify)",
  },
  "HMAC-SHA256": {
    ar: "رمز HMAC-SHA256 (تحقق لدى الجهة المصدرة فقط)",
    fr: "Code HMAC-SHA256 (vérification par l'émetteur seul)",
    en: "HMAC-SHA256 code (verification by the issuer only)",
  },
});

/** A signature algorithm; see {@link SignatureAlgorithm}. */
export type SignatureAlgorithmValue = (typeof SignatureAlgorithm.values)[number];

/** Schema of the event a certificate is for: id, title, dates, place and organizer. */
export const CertificateEventSchema = z.strictObject({
  id: IdSchema,
  title: MultilingualTextSchema,
  startOn: IsoDateSchema,
  endOn: IsoDateSchema,
  place: MultilingualTextSchema.optional(),
  organizer: MultilingualTextSchema,
});

/** The event of a certificate; see {@link CertificateEventSchema}. */
export type CertificateEvent = z.infer<typeof CertificateEventSchema>;

/** Schema of the issuer of certificates: an organization and, optionally, the id of its key. */
export const CertificateIssuerSchema = z.strictObject({
  id: IdSchema,
  name: MultilingualTextSchema,
  keyId: z.string().min(1).max(200).optional(),
});

/** The issuer of a certificate; see {@link CertificateIssuerSchema}. */
export type CertificateIssuer = z.infer<typeof CertificateIssuerSchema>;

/**
 * Schema of the holder of a certificate: the person and the organization they represent.
 *
 * @remarks `name` is personal data; the certificate itself is a personal document.
 */
export const CertificateHolderSchema = z.strictObject({
  personId: IdSchema,
  name: personal(MultilingualTextSchema),
  organization: MultilingualTextSchema.optional(),
});

/** The holder of a certificate; see {@link CertificateHolderSchema}. */
export type CertificateHolder = z.infer<typeof CertificateHolderSchema>;

/** base64url without padding (RFC 4648 §5). */
const Base64UrlSchema = z
  .string()
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/);

/**
 * Schema of a certificate of participation, signed by its issuer.
 *
 * @remarks `hours` is the time the holder attended, in hours with one decimal. The
 * `verificationCode` is the base64url signature (Ed25519: 64 bytes; HMAC-SHA256: 32 bytes) of
 * the certificate's other fields, serialized as `certificatePayload` states. Changing any field
 * (a name, the hours, the serial) makes {@link verifyCertificate} fail.
 */
export const CertificateSchema = z.strictObject({
  format: z.literal(CERTIFICATE_FORMAT),
  serial: IdSchema,
  holder: CertificateHolderSchema,
  event: CertificateEventSchema,
  hours: z.number().min(0).max(100_000),
  issuedOn: IsoDateSchema,
  issuer: CertificateIssuerSchema,
  algorithm: SignatureAlgorithm.schema,
  verificationCode: Base64UrlSchema,
});

/** A certificate of participation; see {@link CertificateSchema}. */
export type Certificate = z.infer<typeof CertificateSchema>;

/** A certificate before it is signed. */
export type UnsignedCertificate = Omit<Certificate, "verificationCode">;

/**
 * A WebCrypto key (`CryptoKey`) as `globalThis.crypto.subtle` takes it: an Ed25519 private key
 * or an HMAC-SHA256 key to issue; an Ed25519 public key or the HMAC key to verify.
 */
export type CertificateKey = Parameters<typeof globalThis.crypto.subtle.sign>[1];

/** JSON with object keys sorted by code point at every depth, no spaces. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareCodePoints(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The bytes a certificate's verification code signs (see `certificatePayload`, its public,
 * validating form). Internal: takes a certificate already validated or built here.
 */
export function payloadBytes(certificate: UnsignedCertificate | Certificate): Uint8Array<ArrayBuffer> {
  const { verificationCode: _ignored, ...rest } = certificate as Certificate;
  const bytes = utf8ToBytes(canonicalJson(rest));
  // A fresh ArrayBuffer-backed copy: WebCrypto typings refuse SharedArrayBuffer views.
  const out = new Uint8Array(new ArrayBuffer(bytes.length));
  out.set(bytes);
  return out;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** base64url without padding. Internal. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += `${ALPHABET[n >> 18]}${ALPHABET[(n >> 12) & 63]}${ALPHABET[(n >> 6) & 63]}${ALPHABET[n & 63]}`;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] as number) << 16;
    out += `${ALPHABET[n >> 18]}${ALPHABET[(n >> 12) & 63]}`;
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out += `${ALPHABET[n >> 18]}${ALPHABET[(n >> 12) & 63]}${ALPHABET[(n >> 6) & 63]}`;
  }
  return out;
}

/** Decode base64url without padding; `undefined` for a malformed string. Internal. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const out = new Uint8Array(new ArrayBuffer(Math.floor((text.length * 3) / 4)));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const ch of text) {
    value = (value << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero (canonical encoding): otherwise two strings decode alike.
  if ((value & ((1 << bits) - 1)) !== 0) return undefined;
  return out;
}
