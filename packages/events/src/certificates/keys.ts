import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex } from "@noble/hashes/utils";
import { type CertificateKey, fromBase64Url, type SignatureAlgorithmValue } from "./certificate.js";

/** Fewest bytes of an HMAC-SHA256 secret (128 bits). */
export const MIN_SECRET_BYTES = 16;

/**
 * A key to verify certificates with, always with its algorithm: the key, not the certificate,
 * decides how the verification code is checked.
 *
 * - `{ algorithm: "Ed25519", publicKey }`: the issuer's public key, as its published base64url
 *   text (`IssuerKeyPair.publicKeyText`), its raw 32 bytes, or a WebCrypto public key.
 * - `{ algorithm: "HMAC-SHA256", secret }`: the secret known only to the issuer and its private
 *   verifiers, as raw bytes (at least 16) or a WebCrypto HMAC key with hash SHA-256.
 * - a WebCrypto key (`CryptoKey`) on its own: an Ed25519 public key or an HMAC-SHA256 key,
 *   whose own `algorithm` is read.
 *
 * @remarks A bare string or bare bytes is refused (`certificate.key_untyped`): the same bytes
 * could be read as a public key or as a secret, and guessing is what lets a published public
 * key be used as an HMAC secret to forge certificates.
 * @example
 * ```ts
 * const key: VerificationKey = { algorithm: "Ed25519", publicKey: "hG3h…published public key…" };
 * ```
 */
export type VerificationKey =
  | CertificateKey
  | { readonly algorithm: "Ed25519"; readonly publicKey: string | Uint8Array | CertificateKey }
  | { readonly algorithm: "HMAC-SHA256"; readonly secret: Uint8Array | CertificateKey };

/** Why a key was refused. Internal. */
export type KeyProblem =
  | { readonly code: "certificate.key_untyped" }
  | { readonly code: "certificate.key_unusable" }
  | { readonly code: "certificate.secret_too_short"; readonly bytes: number };

/** A key ready for WebCrypto, with its algorithm and (Ed25519) its raw public bytes. Internal. */
export interface ResolvedKey {
  readonly algorithm: SignatureAlgorithmValue;
  readonly key: CertificateKey;
  /** Raw public key (Ed25519), when it can be read; used for the key id. */
  readonly raw?: Uint8Array;
}

/**
 * The short id of an Ed25519 public key: the first 16 hex digits of the SHA-256 of its 32 raw
 * bytes. Internal.
 *
 * @param raw - the raw public key.
 * @returns 16 lowercase hex digits.
 */
export function keyIdOf(raw: Uint8Array): string {
  return bytesToHex(sha256(raw)).slice(0, 16);
}

/** The platform's WebCrypto; throws only where there is none (callers catch). Internal. */
export function subtle(): typeof globalThis.crypto.subtle {
  const s = globalThis.crypto?.subtle;
  if (s === undefined) throw new Error("WebCrypto (globalThis.crypto.subtle) is not available on this platform");
  return s;
}

/** WebCrypto parameters of a certificate algorithm. Internal. */
export const webAlgorithm = (a: SignatureAlgorithmValue): { name: string } =>
  a === "Ed25519" ? { name: "Ed25519" } : { name: "HMAC" };

/** Whether a value is a WebCrypto key, or claims to be one. */
function isCryptoKey(value: unknown): value is CertificateKey {
  const ctor = (globalThis as { CryptoKey?: abstract new (...args: never[]) => unknown }).CryptoKey;
  return typeof ctor === "function" && value instanceof ctor;
}

/**
 * A fresh copy of a genuine WebCrypto key, or `undefined`. A structured clone copies the key
 * itself, not the object given: a Proxy or a look-alike cannot be cloned as a key, and the
 * copy's `algorithm` and `type` are the key's own (the platform's WebCrypto trusts them, so
 * they must not be forged).
 */
function genuine(value: unknown): CertificateKey | undefined {
  if (!isCryptoKey(value)) return undefined;
  try {
    const copy: unknown = structuredClone(value);
    return isCryptoKey(copy) ? copy : undefined;
  } catch {
    return undefined;
  }
}

interface KeyFacts {
  readonly algorithm: SignatureAlgorithmValue;
  readonly type: string;
  /** HMAC key length in bits. */
  readonly bits?: number;
}

/** The certificate algorithm, type and length a WebCrypto key declares, or `undefined`. */
function factsOf(key: CertificateKey): KeyFacts | undefined {
  const alg = key.algorithm as { name?: unknown; hash?: { name?: unknown }; length?: unknown };
  const type = key.type;
  if (alg.name === "Ed25519") return { algorithm: "Ed25519", type };
  if (alg.name === "HMAC" && alg.hash?.name === "SHA-256") {
    return { algorithm: "HMAC-SHA256", type, ...(typeof alg.length === "number" ? { bits: alg.length } : {}) };
  }
  return undefined;
}

/**
 * A copy of a signing key with the algorithm it is for: an Ed25519 private key or an
 * HMAC-SHA256 secret key of at least 16 bytes. Internal; may throw on a hostile object
 * (callers catch).
 */
export function signingKeyOf(
  value: unknown,
): { readonly algorithm: SignatureAlgorithmValue; readonly key: CertificateKey } | KeyProblem {
  const key = genuine(value);
  if (key === undefined) return { code: "certificate.key_unusable" };
  const facts = factsOf(key);
  if (facts === undefined) return { code: "certificate.key_unusable" };
  if (facts.algorithm === "Ed25519") {
    return facts.type === "private" ? { algorithm: "Ed25519", key } : { code: "certificate.key_unusable" };
  }
  if (facts.type !== "secret") return { code: "certificate.key_unusable" };
  if (facts.bits !== undefined && facts.bits < MIN_SECRET_BYTES * 8) {
    return { code: "certificate.secret_too_short", bytes: Math.floor(facts.bits / 8) };
  }
  return { algorithm: "HMAC-SHA256", key };
}

/** Raw bytes of a public CryptoKey, or `undefined` when it is not extractable. */
async function rawPublic(key: CertificateKey): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await subtle().exportKey("raw", key));
  } catch {
    return undefined;
  }
}

/** A genuine key as verification reads it: a copy, its facts, its raw bytes if public Ed25519. */
interface Inspected {
  readonly key: CertificateKey;
  readonly facts: KeyFacts;
  readonly raw?: Uint8Array;
}

/**
 * What each object given as a WebCrypto key turned out to be (`null`: not a usable key). A
 * WebCrypto key never changes, so verifying many certificates with one key reads it once.
 */
const inspected = new WeakMap<object, Inspected | null>();

async function inspect(value: object): Promise<Inspected | undefined> {
  const known = inspected.get(value);
  if (known !== undefined) return known ?? undefined;
  const key = genuine(value);
  const facts = key === undefined ? undefined : factsOf(key);
  let found: Inspected | undefined;
  if (key !== undefined && facts !== undefined) {
    const raw = facts.algorithm === "Ed25519" && facts.type === "public" ? await rawPublic(key) : undefined;
    found = { key, facts, ...(raw === undefined ? {} : { raw }) };
  }
  inspected.set(value, found ?? null);
  return found;
}

/** A WebCrypto key fit to verify with `algorithm` (or with its own algorithm), or a problem. */
async function fromCryptoKey(value: object, algorithm?: SignatureAlgorithmValue): Promise<ResolvedKey | KeyProblem> {
  const found = await inspect(value);
  if (found === undefined) return { code: "certificate.key_unusable" };
  const { key, facts, raw } = found;
  if (algorithm !== undefined && facts.algorithm !== algorithm) return { code: "certificate.key_unusable" };
  if (facts.algorithm === "Ed25519") {
    if (facts.type !== "public") return { code: "certificate.key_unusable" };
    return { algorithm: "Ed25519", key, ...(raw === undefined ? {} : { raw }) };
  }
  if (facts.type !== "secret") return { code: "certificate.key_unusable" };
  if (facts.bits !== undefined && facts.bits < MIN_SECRET_BYTES * 8) {
    return { code: "certificate.secret_too_short", bytes: Math.floor(facts.bits / 8) };
  }
  return { algorithm: "HMAC-SHA256", key };
}

/** An own property of a plain object, read once. */
function own(value: object, name: string): unknown {
  return Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;
}

/**
 * Turn a {@link VerificationKey} into a WebCrypto key. Bare text or bytes are refused; the
 * algorithm always comes from the key. Internal; may throw on a hostile object (callers catch).
 */
export async function resolveVerificationKey(key: unknown): Promise<ResolvedKey | KeyProblem> {
  if (typeof key === "string" || ArrayBuffer.isView(key) || key instanceof ArrayBuffer) {
    return { code: "certificate.key_untyped" };
  }
  if (key === null || typeof key !== "object") return { code: "certificate.key_untyped" };
  if (isCryptoKey(key)) return fromCryptoKey(key);
  const algorithm = own(key, "algorithm");
  if (algorithm === undefined) return { code: "certificate.key_untyped" };
  if (algorithm === "Ed25519") {
    if (Object.hasOwn(key, "secret")) return { code: "certificate.key_unusable" };
    const publicKey = own(key, "publicKey");
    if (isCryptoKey(publicKey)) return fromCryptoKey(publicKey, "Ed25519");
    let raw: Uint8Array | undefined;
    if (typeof publicKey === "string") {
      // 32 bytes are 43 base64url characters; anything much longer is not a public key.
      raw = publicKey.length > 64 ? undefined : fromBase64Url(publicKey.trim());
    } else if (publicKey instanceof Uint8Array) {
      raw = publicKey.length === 32 ? Uint8Array.from(publicKey) : undefined;
    }
    if (raw === undefined || raw.length !== 32) return { code: "certificate.key_unusable" };
    const bytes = new Uint8Array(new ArrayBuffer(32));
    bytes.set(raw);
    try {
      const imported = await subtle().importKey("raw", bytes, { name: "Ed25519" }, true, ["verify"]);
      return { algorithm: "Ed25519", key: imported, raw: bytes };
    } catch {
      return { code: "certificate.key_unusable" };
    }
  }
  if (algorithm === "HMAC-SHA256") {
    if (Object.hasOwn(key, "publicKey")) return { code: "certificate.key_unusable" };
    const secret = own(key, "secret");
    if (isCryptoKey(secret)) return fromCryptoKey(secret, "HMAC-SHA256");
    if (!(secret instanceof Uint8Array)) return { code: "certificate.key_unusable" };
    const length = secret.length;
    if (length < MIN_SECRET_BYTES) return { code: "certificate.secret_too_short", bytes: length };
    const bytes = new Uint8Array(new ArrayBuffer(length));
    bytes.set(secret);
    try {
      const imported = await subtle().importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
      return { algorithm: "HMAC-SHA256", key: imported };
    } catch {
      return { code: "certificate.key_unusable" };
    }
  }
  return { code: "certificate.key_unusable" };
}

/** The raw public key of an extractable Ed25519 private key (from its JWK), or `undefined`. */
export async function publicOfPrivate(key: CertificateKey): Promise<Uint8Array | undefined> {
  try {
    const jwk = await subtle().exportKey("jwk", key);
    return typeof jwk.x === "string" ? fromBase64Url(jwk.x) : undefined;
  } catch {
    return undefined;
  }
}
