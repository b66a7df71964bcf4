import { toLatinDigits } from "@madani/model";

/** White space, including no-break and the Unicode space separators, and line breaks. */
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
/** Bidirectional and zero-width format characters that copying from documents leaves behind. */
const INVISIBLE = /[\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Clean one text value as typed in a spreadsheet: Unicode NFC, invisible
 * format characters (bidi marks, zero-width space, BOM) removed, every run of
 * white space collapsed to one space, trimmed.
 *
 * @remarks Letters, diacritics and digits are kept as typed: this is the form
 * stored in the registry. Comparison keys come from {@link normalizeArabic}.
 * @param text - the raw value.
 * @returns the cleaned value; `""` when only white space was typed, or when
 * `text` is not a string (the function never throws).
 * @example
 * ```ts
 * cleanText("  جمعية\u200F  الأمل \n"); // "جمعية الأمل"
 * ```
 */
export function cleanText(text: string): string {
  if (typeof text !== "string") return "";
  const nfc = text.normalize("NFC");
  return NEEDS_CLEANING.test(nfc) ? nfc.replace(INVISIBLE, "").replace(SPACES, " ").trim() : nfc;
}

/** Anything {@link cleanText} changes besides NFC: edge or repeated spaces, other white space, invisible characters. */
const NEEDS_CLEANING = /^\s|\s$|\s\s|[\t\n\r\v\f\u00A0\u1680\u2000-\u200F\u2028-\u202F\u205F\u2066-\u2069\u3000\uFEFF]/;

/** `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYY.MM.DD`. */
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/;
/** Day first: `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY` (two-digit years are refused). */
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
/** Longest raw text read as a date; longer text is not a date. */
const MAX_DATE_INPUT = 200;
/** A year alone. */
const YEAR = /^(\d{4})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Read a calendar date typed by a person: ISO (`2011-03-12`, `2011/3/12`,
 * a timestamp is cut to its date) or day first (`12/03/2011`, `12-3-2011`,
 * `12.03.2011`), in ASCII or Arabic-Indic digits.
 *
 * @remarks Moroccan administrative documents write dates day first; a
 * month-first reading is never tried, so `03/12/2011` is 3 December 2011.
 * A year alone is refused unless `allowYear` is set, in which case it reads as
 * 1 January of that year. The day must exist in the month (leap years counted).
 * @param text - the date as typed.
 * @param allowYear - accept a year alone. Default `false`.
 * @returns the date as `YYYY-MM-DD`, or `undefined` when it cannot be read
 * (also for a value that is not a string: the function never throws).
 * @example
 * ```ts
 * parseLooseDate("١٢/٠٣/٢٠١١"); // "2011-03-12"
 * parseLooseDate("31/02/2011"); // undefined
 * ```
 */
export function parseLooseDate(text: string, allowYear = false): string | undefined {
  // Not a string, or far longer than any date with its spaces: not a date (and no work on a huge value).
  if (typeof text !== "string" || text.length > MAX_DATE_INPUT) return undefined;
  const t = toLatinDigits(cleanText(text));
  if (t.length > 40) return undefined;
  let m = ISO.exec(t);
  if (m !== null) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_FIRST.exec(t);
  if (m !== null) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  if (allowYear) {
    m = YEAR.exec(t);
    if (m !== null) return iso(Number(m[1]), 1, 1);
  }
  return undefined;
}
