import { type NumberType, type PhoneNumber, parsePhoneNumberWithError } from "libphonenumber-js/core";
import * as z from "zod";
import { coded } from "../coded.js";
import { otherCallingCodes, phoneMetadata, sharedCallingCodeCountries } from "../internal/phoneMetadata.js";
import { toLatinDigits } from "../internal/text.js";
import type { Failure, Result } from "../result.js";
import { contextOf, failure, type IdentifierOptions, type ParseContext, readText, success } from "./input.js";
import { PHONE_COUNTRIES, type PhoneCountry } from "./phoneCountries.js";

/**
 * What a phone number is for, as far as the numbering plan tells.
 *
 * - `mobile`: a mobile number;
 * - `fixed`: a fixed-line (landline) number;
 * - `other`: any other kind — a number the plan does not tell apart between
 *   fixed and mobile (all of the United States and Canada), VoIP, toll-free,
 *   shared-cost, premium-rate, personal, pager, UAN or voicemail numbers.
 *
 * @example
 * ```ts
 * const r = parsePhone("0612345678");
 * const kind: PhoneKind | undefined = r.ok ? r.value.kind : undefined; // "mobile"
 * ```
 * @remarks Mapped from libphonenumber's number types: MOBILE → `mobile`,
 * FIXED_LINE → `fixed`, all others → `other`.
 */
export type PhoneKind = "mobile" | "fixed" | "other";

/**
 * A valid phone number. Personal data when it is a person's.
 *
 * @example
 * ```ts
 * const phone: Phone = { e164: "+212522271234", kind: "fixed", country: "MA" };
 * ```
 */
export interface Phone {
  /** The number in E.164 form: `+`, the country calling code and the national number, digits only. */
  readonly e164: string;
  /** What the number is for. */
  readonly kind: PhoneKind;
  /** The country of the number (numbers on +212 report `MA`, see {@link parsePhone}). */
  readonly country: PhoneCountry;
}

/**
 * Options of {@link parsePhone}.
 *
 * @example
 * ```ts
 * parsePhone("01 42 68 53 00", { defaultCountry: "FR", locale: "fr" });
 * ```
 */
export interface PhoneOptions extends IdentifierOptions {
  /**
   * The country of numbers written without an international prefix (`+` or
   * the country's own international call prefix, `00` in Morocco).
   * Default: `"MA"`.
   */
  readonly defaultCountry?: PhoneCountry | undefined;
}

const SUPPORTED: ReadonlySet<string> = new Set(PHONE_COUNTRIES);
const E164_PATTERN = /^\+[1-9]\d{6,14}$/;
/** Direction marks copying a number may carry; removed. */
const DIRECTION_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Parentheses (`(+212) 6…`, `+212 (0)6…`) and white space of any kind become plain spaces. */
const SPACING = /[()\s]+/g;

function unsupported(ctx: ParseContext, callingCode: string): Failure {
  return failure(ctx, "phone.unsupported_country", { params: { callingCode: `+${callingCode}` } });
}

/** The calling code of a country that is not supported, from the tables of every other code. */
function callingCodeOfCountry(country: string): string {
  for (const [code, countries] of Object.entries(otherCallingCodes)) {
    if (countries.split(" ").includes(country)) return code;
  }
  for (const [code, countries] of Object.entries(sharedCallingCodeCountries)) {
    if (countries.some(([c]) => c === country)) return code;
  }
  return "?";
}

/**
 * The calling code of an international number whose code has no supported
 * country, or `undefined` when the number is not international or its code
 * is not assigned.
 */
function foreignCallingCode(text: string, defaultCountry: PhoneCountry): string | undefined {
  const compact = text.replace(/\uFF0B/g, "+").replace(/[^\d+]/g, "");
  let digits: string | undefined;
  if (compact.startsWith("+")) {
    digits = compact.slice(1);
  } else {
    const idd = phoneMetadata.countries[defaultCountry]?.[1];
    const prefix = typeof idd === "string" ? new RegExp(`^(?:${idd})`).exec(compact) : null;
    if (prefix !== null) digits = compact.slice(prefix[0].length);
  }
  if (digits === undefined) return undefined;
  for (let length = 1; length <= 3; length++) {
    const code = digits.slice(0, length);
    if (Object.hasOwn(otherCallingCodes, code)) return code;
  }
  return undefined;
}

/** Whether a number the supported countries of its calling code do not recognize belongs to another country on that code. */
function isOfSharingCountry(number: PhoneNumber): boolean {
  const code = number.countryCallingCode;
  const others = Object.hasOwn(sharedCallingCodeCountries, code) ? sharedCallingCodeCountries[code] : undefined;
  const national = number.nationalNumber;
  return (others ?? []).some(([, leading, pattern]) =>
    leading !== "" ? new RegExp(`^(?:${leading})`).test(national) : new RegExp(`^(?:${pattern})$`).test(national),
  );
}

function kindOf(type: NumberType): PhoneKind {
  if (type === "MOBILE") return "mobile";
  if (type === "FIXED_LINE") return "fixed";
  return "other";
}

/**
 * Parse a phone number as people write it.
 *
 * @param input - the number, national (`0522-27-12-34`, `06 12 34 56 78`) or
 *   international (`+212 6 12 34 56 78`, `00212612345678`, `(+212) 6…`,
 *   `+212 (0)6…`); spaces, dashes, dots, parentheses and Arabic-Indic digits
 *   are accepted. Anything but a string gives `identifier.not_a_string`; the
 *   function never throws.
 * @param options - locale, path and `defaultCountry` (default `"MA"`): the
 *   country of numbers written without an international prefix.
 * @returns the number in E.164 form, its kind and its country, or one issue:
 *   `phone.invalid` (not a phone number, not a valid number of its country,
 *   an extension such as `ext. 12`, or more than 256 characters) or
 *   `phone.unsupported_country` (a number of a country outside
 *   {@link PHONE_COUNTRIES}, with `{callingCode}`, e.g. `"+7"`; also when
 *   `defaultCountry` is outside the list). The input is personal data and is
 *   never echoed in issues.
 * @example
 * ```ts
 * parsePhone("0522-27-12-34"); // { ok: true, value: { e164: "+212522271234", kind: "fixed", country: "MA" } }
 * parsePhone("٠٦١٢٣٤٥٦٧٨"); // { ok: true, value: { e164: "+212612345678", kind: "mobile", country: "MA" } }
 * parsePhone("01 42 68 53 00", { defaultCountry: "FR" }); // { ok: true, value: { e164: "+33142685300", kind: "fixed", country: "FR" } }
 * parsePhone("0512345678"); // { ok: false, issues: [{ code: "phone.invalid", … }] }
 * parsePhone("+7 495 123 45 67"); // { ok: false, issues: [{ code: "phone.unsupported_country", params: { callingCode: "+7" }, … }] }
 * ```
 * @remarks Numbering plans from libphonenumber-js (Google's libphonenumber
 * metadata), full ("max") data restricted to {@link PHONE_COUNTRIES}; E.164
 * (ITU-T) for the result. The kind comes from the number-type patterns:
 * MOBILE gives `mobile`, FIXED_LINE gives `fixed`, everything else
 * (FIXED_LINE_OR_MOBILE, VOIP, TOLL_FREE, …) gives `other`. Every number
 * on +212 reports `MA`, also in the ranges libphonenumber lists for `EH` and
 * when read with `defaultCountry: "EH"`: libphonenumber tries the +212 plan
 * of `MA` first and it covers them. E.164 has no room for an extension, so a
 * number with one is rejected rather than cut.
 */
export function parsePhone(input: unknown, options?: PhoneOptions): Result<Phone> {
  const ctx = contextOf(options);
  if ("ok" in ctx) return ctx;
  const text = readText(input, ctx, "phone.invalid", false);
  if (typeof text !== "string") return text;
  const requested = options?.defaultCountry ?? "MA";
  const defaultCountry = typeof requested === "string" ? requested.toUpperCase() : "";
  if (!SUPPORTED.has(defaultCountry)) return unsupported(ctx, callingCodeOfCountry(defaultCountry));
  const country = defaultCountry as PhoneCountry;
  const cleaned = toLatinDigits(text.normalize("NFC")).replace(DIRECTION_MARKS, "").replace(SPACING, " ").trim();
  let number: PhoneNumber;
  try {
    number = parsePhoneNumberWithError(cleaned, { defaultCountry: country, extract: false }, phoneMetadata);
  } catch (error) {
    if (error instanceof Error && error.message === "INVALID_COUNTRY") {
      const foreign = foreignCallingCode(cleaned, country);
      if (foreign !== undefined) return unsupported(ctx, foreign);
    }
    return failure(ctx, "phone.invalid");
  }
  try {
    if (number.ext !== undefined) return failure(ctx, "phone.invalid");
    const found = number.country;
    if (found === undefined || !SUPPORTED.has(found) || !number.isValid()) {
      // With only some countries of a shared calling code in the metadata, a number of another
      // country on that code is either given no country (+1 876 …) or read as the kept one (+44 1481 …).
      return isOfSharingCountry(number) ? unsupported(ctx, number.countryCallingCode) : failure(ctx, "phone.invalid");
    }
    const type = number.getType();
    return success<Phone>({
      e164: number.number,
      kind: type === undefined ? "other" : kindOf(type),
      country: found as PhoneCountry,
    });
  } catch {
    return failure(ctx, "phone.invalid");
  }
}

/**
 * Schema of a phone number stored in E.164 form: `+`, then 7 to 15 digits, the first not 0.
 *
 * @example
 * ```ts
 * PhoneSchema.parse("+212522271234");
 * PhoneSchema.safeParse("0522271234").success; // false: parse it with parsePhone first
 * ```
 * @remarks A shape check only (ITU-T E.164: at most 15 digits, country
 * codes do not start with 0); reports `phone.invalid` through the validation
 * layer. {@link parsePhone} does the full check against the numbering plans.
 */
export const PhoneSchema = z.string().refine((s) => E164_PATTERN.test(s), { params: coded("phone.invalid") });
