import * as z from "zod";
import { coded } from "../coded.js";
import { compactIdentifier, digitsMod } from "../internal/text.js";
import type { Result } from "../result.js";
import { contextOf, failure, type IdentifierOptions, readText, success } from "./input.js";

const RIB_PATTERN = /^\d{24}$/;

/**
 * A Moroccan bank account number (RIB, relevé d'identité bancaire), split
 * into its parts.
 *
 * @example
 * ```ts
 * const rib: Rib = {
 *   rib: "011519000001205000534921",
 *   bankCode: "011",
 *   localityCode: "519",
 *   accountNumber: "0000012050005349",
 *   key: "21",
 * };
 * ```
 */
export interface Rib {
  /** The 24 digits, without separators. */
  readonly rib: string;
  /** Digits 1–3: the bank. */
  readonly bankCode: string;
  /** Digits 4–6: the locality (city) of the branch. */
  readonly localityCode: string;
  /** Digits 7–22: the account number. */
  readonly accountNumber: string;
  /** Digits 23–24: the check key. */
  readonly key: string;
}

/**
 * Whether a canonical RIB (24 Latin digits, no separators) passes the key check.
 *
 * @param canonical - 24 digits, as in {@link Rib.rib}.
 * @returns `true` when `canonical` is 24 digits, the 24-digit number modulo 97 is 0 and the key is not `00`.
 * @example
 * ```ts
 * isValidRib("011519000001205000534921"); // true
 * isValidRib("011519000001205000534922"); // false
 * isValidRib("011 519 0000012050005349 21"); // false: not canonical, see parseRib
 * ```
 * @remarks The key (last two digits) makes the whole 24-digit number a
 * multiple of 97; this is the control key of the RIB structure used by
 * Moroccan banks (bank code 3 digits, locality code 3, account number 16,
 * key 2). Banks compute it as 97 minus the remainder of the first 22 digits
 * followed by `00`, so it runs from 01 to 97 and `00` is refused. A mod-97
 * check detects every single-digit error.
 */
export function isValidRib(canonical: string): boolean {
  return typeof canonical === "string" && RIB_PATTERN.test(canonical) && keyHolds(canonical);
}

/**
 * The key check of 24 digits: the number is a multiple of 97 and the key is not `00`. A bank computes the key
 * as 97 minus the remainder of the first 22 digits followed by `00`, so it runs from 01 to 97: when that
 * remainder is 0 the key is 97, never 00, although 00 would also make the number a multiple of 97.
 */
function keyHolds(rib: string): boolean {
  return digitsMod(rib, 97) === 0 && !rib.endsWith("00");
}

/**
 * Parse a Moroccan RIB as people write it.
 *
 * @param input - the RIB; spaces, dots, dashes, slashes, underscores and
 *   Arabic-Indic digits (٠-٩, ۰-۹) are accepted. Anything but a string gives
 *   `identifier.not_a_string`; the function never throws.
 * @param options - locale of the messages and path of the issues.
 * @returns the RIB and its parts, or one issue: `rib.format` (not 24 digits,
 *   or longer than 256 characters) or `rib.checksum` (wrong key). The typed
 *   value is echoed in the issue.
 * @example
 * ```ts
 * const r = parseRib("011 519 0000012050005349 21");
 * if (r.ok) r.value.bankCode; // "011"
 * parseRib("٠١١٥١٩٠٠٠٠٠١٢٠٥٠٠٠٥٣٤٩٢١").ok; // true
 * parseRib("011519000001205000534912"); // { ok: false, issues: [{ code: "rib.checksum", … }] }
 * ```
 * @remarks RIB structure of Moroccan banks (Bank Al-Maghrib standard
 * RIB): bank code (3 digits), locality code (3), account number (16), key
 * (2); the whole 24-digit number modulo 97 is 0, and the key runs from 01 to 97 (a key `00` is refused,
 * although it passes the modulo). The same 24 digits form the
 * body of the Moroccan IBAN (see `parseIban`).
 */
export function parseRib(input: unknown, options?: IdentifierOptions): Result<Rib> {
  const ctx = contextOf(options);
  if ("ok" in ctx) return ctx;
  const text = readText(input, ctx, "rib.format", true);
  if (typeof text !== "string") return text;
  const rib = compactIdentifier(text);
  if (!RIB_PATTERN.test(rib)) return failure(ctx, "rib.format", { value: text });
  if (!keyHolds(rib)) return failure(ctx, "rib.checksum", { value: text });
  return success<Rib>({
    rib,
    bankCode: rib.slice(0, 3),
    localityCode: rib.slice(3, 6),
    accountNumber: rib.slice(6, 22),
    key: rib.slice(22),
  });
}

/**
 * Schema of a canonical RIB: 24 Latin digits without separators, with a valid key.
 *
 * @example
 * ```ts
 * RibSchema.parse("011519000001205000534921");
 * RibSchema.safeParse("011 519 0000012050005349 21").success; // false: parse it with parseRib first
 * ```
 * @remarks Reports `rib.format` (not 24 digits; the key is then not checked)
 * or `rib.checksum` through the validation layer. See {@link isValidRib}.
 */
export const RibSchema = z
  .string()
  .refine((s) => RIB_PATTERN.test(s), { params: coded("rib.format"), abort: true })
  .refine(isValidRib, { params: coded("rib.checksum") });
