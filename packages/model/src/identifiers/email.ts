import * as z from "zod";
import { coded } from "../coded.js";
import type { Result } from "../result.js";
import { contextOf, failure, type IdentifierOptions, readText, success } from "./input.js";

/** Longest address (RFC 5321: a path is at most 256 octets including the angle brackets). */
const MAX_EMAIL_LENGTH = 254;
/** Longest local part (RFC 5321, section 4.5.3.1.1). */
const MAX_LOCAL_LENGTH = 64;
/** White space and direction marks that copying an address may leave at its ends. */
const EDGES = /^[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]+|[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]+$/g;

/**
 * An e-mail address. Personal data when it is a person's.
 *
 * @example
 * ```ts
 * const email: Email = { email: "Contact@association-example.ma" };
 * ```
 */
export interface Email {
  /** The address, trimmed, with its domain in lower case (the local part keeps its case). */
  readonly email: string;
}

function isValidAddress(address: string): boolean {
  if (address.length > MAX_EMAIL_LENGTH) return false;
  const at = address.lastIndexOf("@");
  return at > 0 && at <= MAX_LOCAL_LENGTH && z.regexes.email.test(address);
}

/**
 * Parse an e-mail address as people write it.
 *
 * @param input - the address; surrounding white space and direction marks
 *   are removed. Anything but a string gives `identifier.not_a_string`; the
 *   function never throws.
 * @param options - locale of the messages and path of the issues.
 * @returns the address with its domain in lower case, or one issue
 *   `email.format`. The input may be personal data and is never echoed in issues.
 * @example
 * ```ts
 * const r = parseEmail("  Contact@Association-Example.MA ");
 * if (r.ok) r.value.email; // "Contact@association-example.ma"
 * parseEmail("contact@example"); // { ok: false, issues: [{ code: "email.format", … }] }
 * ```
 * @remarks A practical format check (zod's `z.regexes.email`): ASCII local
 * part of letters, digits and `_ ' + -` in dot-separated words, a domain of
 * dot-separated labels ending in a top-level domain of two letters or more;
 * at most 64 characters before the `@` and 254 in all (RFC 5321 limits).
 * Domains are case-insensitive (RFC 5321, section 2.4), local parts are not,
 * hence only the domain is lower-cased. Internationalized domains must be
 * written in their ASCII (`xn--`) form. Whether the mailbox exists is not checked.
 */
export function parseEmail(input: unknown, options?: IdentifierOptions): Result<Email> {
  const ctx = contextOf(options);
  if ("ok" in ctx) return ctx;
  const text = readText(input, ctx, "email.format", false);
  if (typeof text !== "string") return text;
  const trimmed = text.normalize("NFC").replace(EDGES, "");
  const at = trimmed.lastIndexOf("@");
  const email = at < 0 ? trimmed : trimmed.slice(0, at) + trimmed.slice(at).toLowerCase();
  if (!isValidAddress(email)) return failure(ctx, "email.format");
  return success<Email>({ email });
}

/**
 * Schema of a canonical e-mail address: as {@link parseEmail} returns it
 * (trimmed, domain in lower case).
 *
 * @example
 * ```ts
 * EmailSchema.parse("Contact@association-example.ma");
 * EmailSchema.safeParse("contact@Example.MA").success; // false: parse it with parseEmail first
 * ```
 * @remarks Reports `email.format` through the validation layer.
 */
export const EmailSchema = z.string().refine(
  (s) => {
    const at = s.lastIndexOf("@");
    return isValidAddress(s) && s.slice(at) === s.slice(at).toLowerCase();
  },
  { params: coded("email.format") },
);
