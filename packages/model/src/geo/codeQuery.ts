import { toLatinDigits } from "../internal/text.js";
import { catalog } from "./catalog.js";
import type { Commune } from "./commune.js";
import type { Province } from "./province.js";
import type { Region } from "./region.js";

/** A query that is a geographic code rather than a name. */
export type CodeQuery =
  /** The dotted HCP code, e.g. `01.511.01.01`. */
  | { readonly kind: "dotted"; readonly code: string }
  /** Digits only, e.g. `015110101` (the `code_digits` form), possibly without its leading zeros. */
  | { readonly kind: "digits"; readonly digits: string };

/** Bidi controls and other invisible format characters that copy-paste from Arabic text brings along. */
const INVISIBLE = /[\p{Cf}]/gu;

/**
 * Read a query as a geographic code, when it is one.
 *
 * @remarks Arabic-Indic and Extended Arabic-Indic digits count as digits, full-width
 * digits too (NFKC), and the Arabic decimal separator `٫` counts as a dot;
 * white space around the code and invisible format characters are ignored.
 * @param text - the query.
 * @returns the code, or `undefined` when the query is not made of digits and dots.
 * @example
 * ```ts
 * parseCodeQuery("٠١.٥١١.٠١.٠١"); // { kind: "dotted", code: "01.511.01.01" }
 * parseCodeQuery("15110101"); // { kind: "digits", digits: "15110101" }
 * parseCodeQuery("Assilah"); // undefined
 * ```
 */
export function parseCodeQuery(text: string): CodeQuery | undefined {
  const t = toLatinDigits(text.normalize("NFKC").replace(INVISIBLE, ""))
    .trim()
    .replace(/\u066B/g, ".");
  if (/^\d+$/.test(t)) return { kind: "digits", digits: t };
  if (/^\d+(?:\.\d+)+$/.test(t)) return { kind: "dotted", code: t };
  return undefined;
}

/**
 * Pad a digits-only code with leading zeros to `width`, as spreadsheets drop them
 * (`15110101` for `015110101`).
 *
 * @param digits - the digits typed.
 * @param width - the width of the code (2 for regions, 5 or 9 for provinces, 9 for communes).
 * @returns the padded digits, or `undefined` when they are longer than `width`.
 * @example
 * ```ts
 * padDigits("1", 2); // "01"
 * ```
 */
export function padDigits(digits: string, width: number): string | undefined {
  return digits.length > width ? undefined : digits.padStart(width, "0");
}

/**
 * The région a code names: two digits (`"01"`, or `"1"` with its leading zero lost).
 *
 * @param query - a parsed code.
 * @returns the région, or `undefined` when no région has that code.
 * @example
 * ```ts
 * regionOfCode({ kind: "digits", digits: "1" })?.nameFr; // "Tanger-Tétouan-Al Hoceima"
 * ```
 */
export function regionOfCode(query: CodeQuery): Region | undefined {
  if (query.kind === "dotted") return undefined;
  const digits = padDigits(query.digits, 2);
  return digits === undefined ? undefined : catalog().regionByCode.get(digits);
}

/**
 * The province or prefecture a code names: dotted (`"01.511"`, `"06.141.01.00"`) or
 * digits only (`"01511"`, `"061410100"`), leading zeros optional.
 *
 * @param query - a parsed code.
 * @returns the province, or `undefined` when none has that code.
 * @example
 * ```ts
 * provinceOfCode({ kind: "dotted", code: "01.511" })?.nameFr; // "Tanger-Assilah"
 * ```
 */
export function provinceOfCode(query: CodeQuery): Province | undefined {
  const c = catalog();
  if (query.kind === "dotted") return c.provinceByCode.get(query.code);
  const digits = padDigits(query.digits, query.digits.length <= 5 ? 5 : 9);
  return digits === undefined ? undefined : c.provinceByDigits.get(digits);
}

/**
 * The commune a code names: dotted (`"01.511.01.01"`) or nine digits
 * (`"015110101"`), leading zeros optional.
 *
 * @param query - a parsed code.
 * @returns the commune, or `undefined` when none has that code.
 * @example
 * ```ts
 * communeOfCode({ kind: "digits", digits: "15110101" })?.nameFr; // "Assilah"
 * ```
 */
export function communeOfCode(query: CodeQuery): Commune | undefined {
  const c = catalog();
  if (query.kind === "dotted") return c.communeByCode.get(query.code);
  const digits = padDigits(query.digits, 9);
  return digits === undefined ? undefined : c.communeByDigits.get(digits);
}
