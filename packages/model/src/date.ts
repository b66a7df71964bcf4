import { UTCDate } from "@date-fns/utc";
import { addMonths } from "date-fns";
import * as z from "zod";
import { fromDayNumber, toDayNumber } from "./internal/days.js";

/**
 * A calendar date as an ISO 8601 string `YYYY-MM-DD` (no time, no zone).
 *
 * @remarks Dates compare correctly as strings. Month arithmetic goes through
 * date-fns in UTC, day arithmetic through integer day numbers, so that results
 * never depend on the host's time zone.
 */
export type IsoDate = string;

/**
 * Schema of a calendar date `YYYY-MM-DD`, a real day of the Gregorian calendar
 * (29 February only in leap years).
 *
 * @example
 * ```ts
 * IsoDateSchema.safeParse("2025-05-09").success; // true
 * IsoDateSchema.safeParse("2025-02-29").success; // false
 * ```
 */
export const IsoDateSchema = z.iso.date();

/** Parse a valid `YYYY-MM-DD` string to a UTC date at midnight. */
function toUtc(date: IsoDate): UTCDate {
  return new UTCDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** Write a date's UTC calendar day as `YYYY-MM-DD`. */
function fromUtc(date: Date): IsoDate {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/**
 * Add a number of days to a calendar date.
 *
 * @param date - a valid `YYYY-MM-DD` date.
 * @param days - days to add (negative to go back).
 * @returns the new date.
 * @example
 * ```ts
 * addDaysToDate("2025-01-31", 60); // "2025-04-01"
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (validate untrusted data first).
 */
export function addDaysToDate(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Add calendar months to a date; the day is clamped to the end of a shorter month.
 *
 * @param date - a valid `YYYY-MM-DD` date.
 * @param months - months to add (negative to go back).
 * @returns the new date.
 * @example
 * ```ts
 * addMonthsToDate("2025-01-31", 1); // "2025-02-28"
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (validate untrusted data first).
 */
export function addMonthsToDate(date: IsoDate, months: number): IsoDate {
  return fromUtc(addMonths(toUtc(date), months));
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @param from - a valid `YYYY-MM-DD` date.
 * @param to - a valid `YYYY-MM-DD` date.
 * @returns the number of calendar days between them.
 * @example
 * ```ts
 * daysBetween("2025-03-01", "2025-04-30"); // 60
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (validate untrusted data first).
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}
