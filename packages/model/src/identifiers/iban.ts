import * as z from "zod";
import { coded } from "../coded.js";
import { compactIdentifier, digitsMod } from "../internal/text.js";
import { makeIssue } from "../issues.js";
import type { Issue, Result } from "../result.js";
import { contextOf, failure, type IdentifierOptions, readText, success } from "./input.js";
import { identifierMessages } from "./messages.js";
import { isValidRib } from "./rib.js";

/** Length of a Moroccan IBAN: `MA`, 2 check digits, the 24-digit RIB. */
const MA_IBAN_LENGTH = 28;
const MA_IBAN_PATTERN = /^MA\d{26}$/;
const COUNTRY_PATTERN = /^[A-Z]{2}/;
/** The label a copied IBAN often starts with (`IBAN MA64…`, `IBAN: MA64…`); `IB` is no country code. */
const IBAN_LABEL = /^IBAN:?/;

/**
 * A Moroccan IBAN.
 *
 * @example
 * ```ts
 * const iban: Iban = {
 *   iban: "MA64011519000001205000534921",
 *   rib: "011519000001205000534921",
 *   formatted: "MA64 0115 1900 0001 2050 0053 4921",
 * };
 * ```
 */
export interface Iban {
  /** The 28 characters without separators, upper case. */
  readonly iban: string;
  /** The 24-digit RIB the IBAN is built on (characters 5–28). */
  readonly rib: string;
  /** The print form: groups of four characters separated by spaces. */
  readonly formatted: string;
}

/**
 * The ISO 7064 MOD 97-10 remainder of an IBAN as ISO 13616 computes it: the
 * first four characters moved to the end, letters replaced by numbers
 * (A = 10 … Z = 35). `iban` holds upper-case letters and digits only.
 */
function ibanRemainder(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let digits = "";
  for (const c of rearranged) digits += c >= "A" && c <= "Z" ? String(c.charCodeAt(0) - 55) : c;
  return digitsMod(digits, 97);
}

/**
 * Whether a canonical Moroccan IBAN (`MA` + 26 digits, no separators) passes
 * both the IBAN check and the key check of the RIB inside it.
 *
 * @param canonical - 28 characters, as in {@link Iban.iban}.
 * @returns `true` when `canonical` is `MA` followed by 26 digits, its ISO 13616
 *   remainder is 1 and its last 24 digits are a valid RIB.
 * @example
 * ```ts
 * isValidIban("MA64011519000001205000534921"); // true
 * isValidIban("MA65011519000001205000534921"); // false
 * ```
 * @remarks ISO 13616-1 (IBAN): move the first four characters to the end,
 * replace letters by numbers (A = 10 … Z = 35); the number modulo 97 is 1
 * (ISO 7064 MOD 97-10). The Moroccan BBAN is the 24-digit RIB, checked with
 * {@link isValidRib}.
 */
export function isValidIban(canonical: string): boolean {
  return (
    typeof canonical === "string" &&
    MA_IBAN_PATTERN.test(canonical) &&
    ibanRemainder(canonical) === 1 &&
    isValidRib(canonical.slice(4))
  );
}

/**
 * Parse a Moroccan IBAN as people write it.
 *
 * @param input - the IBAN; spaces, dots, dashes, lower case, Arabic-Indic
 *   digits and a leading `IBAN` or `IBAN:` label are accepted. Anything but a string gives
 *   `identifier.not_a_string`; the function never throws.
 * @param options - locale of the messages and path of the issues.
 * @returns the IBAN, its RIB and its print form, or issues:
 *   `iban.format` (not two letters first, other characters than digits after
 *   `MA`, or more than 256 characters), `iban.country` (another country than
 *   Morocco, with `{country}`), `iban.length` (not 28 characters, with
 *   `{expected}` and `{actual}`), and for a well-formed IBAN `iban.checksum`
 *   (the ISO 13616 check fails) and/or `iban.rib_checksum` (the RIB inside
 *   fails its key check); both are reported when both fail. The typed value
 *   is echoed in the issues.
 * @example
 * ```ts
 * const r = parseIban("ma64 0115 1900 0001 2050 0053 4921");
 * if (r.ok) r.value.rib; // "011519000001205000534921"
 * parseIban("FR7630006000011234567890189"); // { ok: false, issues: [{ code: "iban.country", params: { country: "FR" }, … }] }
 * ```
 * @remarks ISO 13616-1 structure and check digits (see {@link isValidIban});
 * only Moroccan IBANs are accepted (country code `MA`, 28 characters, the
 * BBAN being the 24-digit RIB of `parseRib`).
 */
export function parseIban(input: unknown, options?: IdentifierOptions): Result<Iban> {
  const ctx = contextOf(options);
  if ("ok" in ctx) return ctx;
  const text = readText(input, ctx, "iban.format", true);
  if (typeof text !== "string") return text;
  const iban = compactIdentifier(text).replace(IBAN_LABEL, "");
  const value = { value: text };
  const country = COUNTRY_PATTERN.exec(iban)?.[0];
  if (country === undefined) return failure(ctx, "iban.format", value);
  if (country !== "MA") return failure(ctx, "iban.country", { params: { country }, ...value });
  if (iban.length !== MA_IBAN_LENGTH) {
    return failure(ctx, "iban.length", { params: { expected: MA_IBAN_LENGTH, actual: iban.length }, ...value });
  }
  if (!MA_IBAN_PATTERN.test(iban)) return failure(ctx, "iban.format", value);
  const rib = iban.slice(4);
  const issues: Issue[] = [];
  if (ibanRemainder(iban) !== 1) {
    issues.push(makeIssue(identifierMessages, "iban.checksum", ctx.locale, ctx.path, value));
  }
  if (!isValidRib(rib)) {
    issues.push(makeIssue(identifierMessages, "iban.rib_checksum", ctx.locale, ctx.path, value));
  }
  if (issues.length > 0) return { ok: false, issues };
  return success<Iban>({ iban, rib, formatted: iban.replace(/(.{4})(?=.)/g, "$1 ") });
}

/**
 * Schema of a canonical Moroccan IBAN: `MA` and 26 digits without
 * separators, passing the ISO 13616 check and the RIB key check.
 *
 * @example
 * ```ts
 * IbanSchema.parse("MA64011519000001205000534921");
 * IbanSchema.safeParse("MA64 0115 1900 0001 2050 0053 4921").success; // false: use parseIban first
 * ```
 * @remarks Reports `iban.format` (not `MA` + 26 digits; nothing else is then
 * checked), `iban.checksum` and `iban.rib_checksum` through the validation
 * layer. See {@link isValidIban}.
 */
export const IbanSchema = z
  .string()
  .refine((s) => MA_IBAN_PATTERN.test(s), { params: coded("iban.format"), abort: true })
  .refine((s) => ibanRemainder(s) === 1, { params: coded("iban.checksum") })
  .refine((s) => isValidRib(s.slice(4)), { params: coded("iban.rib_checksum") });
