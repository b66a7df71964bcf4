import * as z from "zod";
import { coded } from "../coded.js";
import { compactIdentifier } from "../internal/text.js";
import type { Result } from "../result.js";
import { contextOf, failure, type IdentifierOptions, readText, success } from "./input.js";

const CIN_PATTERN = /^[A-Z]{1,2}\d{1,6}$/;

/**
 * The number of a Moroccan national electronic identity card (CNIE, البطاقة
 * الوطنية للتعريف). Personal data.
 *
 * @example
 * ```ts
 * const cin: Cin = { cin: "BE123456" };
 * ```
 */
export interface Cin {
  /** One or two upper-case Latin letters and one to six digits, without separators. */
  readonly cin: string;
}

/**
 * Parse the number of a Moroccan national identity card. This is a format
 * check only: no public check-digit rule exists for the number, so a
 * well-formed number may still not exist.
 *
 * @param input - the number; spaces, dots, dashes, lower case and
 *   Arabic-Indic digits are accepted. Anything but a string gives
 *   `identifier.not_a_string`; the function never throws.
 * @param options - locale of the messages and path of the issues.
 * @returns the number in upper case without separators, or one issue
 *   `cin.format`. The input is personal data and is never echoed in issues.
 * @example
 * ```ts
 * const r = parseCin("be 123456");
 * if (r.ok) r.value.cin; // "BE123456"
 * parseCin("A12345").ok; // true
 * parseCin("123456"); // { ok: false, issues: [{ code: "cin.format", … }] }
 * ```
 * @remarks Shape of the card number as printed on the card: one or two
 * letters (historically the issuing region) and one to six digits. The number
 * carries no public checksum, so nothing beyond the shape is checked.
 */
export function parseCin(input: unknown, options?: IdentifierOptions): Result<Cin> {
  const ctx = contextOf(options);
  if ("ok" in ctx) return ctx;
  const text = readText(input, ctx, "cin.format", false);
  if (typeof text !== "string") return text;
  const cin = compactIdentifier(text);
  if (!CIN_PATTERN.test(cin)) return failure(ctx, "cin.format");
  return success<Cin>({ cin });
}

/**
 * Schema of a canonical national identity card number: one or two
 * upper-case Latin letters and one to six digits, without separators.
 *
 * @example
 * ```ts
 * CinSchema.parse("BE123456");
 * CinSchema.safeParse("be123456").success; // false: parse it with parseCin first
 * ```
 * @remarks A format check only (see {@link parseCin}); reports `cin.format`
 * through the validation layer.
 */
export const CinSchema = z.string().refine((s) => CIN_PATTERN.test(s), { params: coded("cin.format") });
