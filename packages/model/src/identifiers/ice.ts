import * as z from "zod";
import { coded } from "../coded.js";
import { compactIdentifier, digitsMod } from "../internal/text.js";
import type { Result } from "../result.js";
import { contextOf, failure, type IdentifierOptions, readText, success } from "./input.js";

const ICE_PATTERN = /^\d{15}$/;

/**
 * A Moroccan ICE (Identifiant Commun de l'Entreprise, التعريف الموحد للمقاولة).
 *
 * @example
 * ```ts
 * const ice: Ice = { ice: "001234567000062" };
 * ```
 */
export interface Ice {
  /** The 15 digits, without separators. */
  readonly ice: string;
}

/**
 * Whether a canonical ICE (15 Latin digits, no separators) passes the key check.
 *
 * @param canonical - 15 digits, as in {@link Ice.ice}.
 * @returns `true` when `canonical` is 15 digits and the 15-digit number modulo 97 is 0.
 * @example
 * ```ts
 * isValidIce("001234567000062"); // true
 * isValidIce("001234567000063"); // false
 * ```
 * @remarks The ICE has 15 digits: 9 for the enterprise, 4 for the
 * establishment, 2 control digits chosen so that the whole number is a
 * multiple of 97 (the rule python-stdnum's `stdnum.ma.ice` applies, which
 * published ICE numbers satisfy). A mod-97 check detects every single-digit error.
 */
export function isValidIce(canonical: string): boolean {
  return typeof canonical === "string" && ICE_PATTERN.test(canonical) && digitsMod(canonical, 97) === 0;
}

/**
 * Parse a Moroccan ICE as people write it.
 *
 * @param input - the ICE; spaces, dots, dashes, slashes, underscores and
 *   Arabic-Indic digits are accepted. Anything but a string gives
 *   `identifier.not_a_string`; the function never throws.
 * @param options - locale of the messages and path of the issues.
 * @returns the 15-digit ICE, or one issue: `ice.format` (not 15 digits, or
 *   more than 256 characters) or `ice.checksum` (wrong control digits). The
 *   typed value is echoed in the issue. Leading zeros are part of the ICE:
 *   `"1234567000062"` (13 digits, as a spreadsheet may show it) is `ice.format`.
 * @example
 * ```ts
 * const r = parseIce("001 234 567 000 062");
 * if (r.ok) r.value.ice; // "001234567000062"
 * parseIce("001234567000063"); // { ok: false, issues: [{ code: "ice.checksum", … }] }
 * ```
 * @remarks Structure: enterprise (9 digits), establishment (4), control (2);
 * the whole number modulo 97 is 0 (see {@link isValidIce}). The ICE is
 * assigned to enterprises and their establishments and is used by every
 * Moroccan administration alongside the RC, IF and CNSS numbers.
 */
export function parseIce(input: unknown, options?: IdentifierOptions): Result<Ice> {
  const ctx = contextOf(options);
  if ("ok" in ctx) return ctx;
  const text = readText(input, ctx, "ice.format", true);
  if (typeof text !== "string") return text;
  const ice = compactIdentifier(text);
  if (!ICE_PATTERN.test(ice)) return failure(ctx, "ice.format", { value: text });
  if (digitsMod(ice, 97) !== 0) return failure(ctx, "ice.checksum", { value: text });
  return success<Ice>({ ice });
}

/**
 * Schema of a canonical ICE: 15 Latin digits without separators, with valid control digits.
 *
 * @example
 * ```ts
 * IceSchema.parse("001234567000062");
 * ```
 * @remarks Reports `ice.format` (not 15 digits; the key is then not checked)
 * or `ice.checksum` through the validation layer. See {@link isValidIce}.
 */
export const IceSchema = z
  .string()
  .refine((s) => ICE_PATTERN.test(s), { params: coded("ice.format"), abort: true })
  .refine(isValidIce, { params: coded("ice.checksum") });
