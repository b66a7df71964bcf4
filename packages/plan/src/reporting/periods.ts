import {
  addDaysToDate,
  atBoundary,
  type BoundaryIssueCode,
  daysBetween,
  IdSchema,
  type IsoDate,
  IsoDateSchema,
  type Locale,
  type Result,
} from "@madani/model";
import { intlLocale, type ReportLanguage } from "@madani/report";
import * as z from "zod";
import { IndicatorPeriodSchema } from "../indicator/indicator.js";
import type { ReportingIssueCode } from "./messages.js";
import {
  checkKeys,
  DEFAULT_DUE_AFTER_DAYS,
  Issues,
  isDueDays,
  isIsoDate,
  LAST_DATE,
  MAX_DUE_AFTER_DAYS,
} from "./shared.js";

/** The reporting frequencies {@link reportingPeriods} generates, from the shortest period to the longest. */
export const REPORTING_FREQUENCIES = ["monthly", "quarterly", "semiannual", "annual"] as const;

/** A reporting frequency; see {@link REPORTING_FREQUENCIES}. */
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

/** The most periods {@link reportingPeriods} returns: as many as an indicator may hold. */
export const MAX_REPORTING_PERIODS = 1000;

const MONTHS: Readonly<Record<ReportingFrequency, number>> = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 };
const MAX_PREFIX = 100;
const FIRST_DATE: IsoDate = "0001-01-01";

/**
 * A month's name as a label starts: `Intl` with the report package's locales (`ar-MA` gives the Moroccan names,
 * يناير … ماي … يوليوز غشت شتنبر … دجنبر), capitalized. The formats are made on first use.
 */
const monthFormats = new Map<ReportLanguage, Intl.DateTimeFormat>();
function monthName(language: ReportLanguage, month: number): string {
  let f = monthFormats.get(language);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(intlLocale(language), { month: "long", timeZone: "UTC" });
    monthFormats.set(language, f);
  }
  const name = f.format(Date.UTC(2000, month, 1));
  return name.charAt(0).toUpperCase() + name.slice(1);
}
const AR_ORDINALS = ["الأول", "الثاني", "الثالث", "الرابع"] as const;

/**
 * Schema of a generated reporting period: an indicator period ({@link IndicatorPeriodSchema}) with the date
 * its data is due, whether the span clipped it, the fiscal year it belongs to and its labels.
 */
export const ReportingPeriodSchema = IndicatorPeriodSchema.extend({
  /** The period's end plus the reporting delay: data submitted on or before this date is on time. */
  dueOn: IsoDateSchema,
  /** The span clipped the period: it starts after its full period starts or ends before it ends. */
  partial: z.boolean(),
  /** The calendar year the period's fiscal year starts in (DHIS2's convention: `2025July` is July 2025 – June 2026). */
  fiscalYear: z.int(),
  /** The period's name in Arabic, French and English. */
  label: z.strictObject({ ar: z.string(), fr: z.string(), en: z.string() }),
});

/** A generated reporting period; see {@link ReportingPeriodSchema}. */
export interface ReportingPeriod {
  readonly id: string;
  readonly startOn: IsoDate;
  readonly endOn: IsoDate;
  readonly dueOn: IsoDate;
  readonly partial: boolean;
  readonly fiscalYear: number;
  readonly label: { readonly ar: string; readonly fr: string; readonly en: string };
}

/** Options of {@link reportingPeriods}. */
export interface ReportingPeriodsOptions {
  /** `monthly`, `quarterly`, `semiannual` or `annual`. */
  readonly frequency: ReportingFrequency;
  /** First day of the span (e.g. the plan's start). */
  readonly startOn: IsoDate;
  /** Last day of the span, inclusive. */
  readonly endOn: IsoDate;
  /** The month the fiscal year starts in, 1 (January, the default) to 12. */
  readonly fiscalYearStartMonth?: number;
  /** Days after a period's end its data is due: 0 to 3660, default 30. */
  readonly dueAfterDays?: number;
  /** Put before every id, e.g. `"ind-1/"` for `ind-1/2025-Q1`. Default none. */
  readonly idPrefix?: string;
  /** Language of issue messages. Default `"en"`. */
  readonly locale?: Locale;
}

const ALLOWED = ["frequency", "startOn", "endOn", "fiscalYearStartMonth", "dueAfterDays", "idPrefix", "locale"];

/** Months since year 0 of a valid date's month (January 2025 is 2025 × 12). */
function monthIndex(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The first day of a month given by {@link monthIndex}. */
function firstDayOf(month: number): IsoDate {
  return `${pad(Math.floor(month / 12), 4)}-${pad((month % 12) + 1, 2)}-01`;
}

/** The last day of a month given by {@link monthIndex} (never goes past the year 9999). */
function lastDayOf(month: number): IsoDate {
  const year = Math.floor(month / 12);
  const m = month % 12;
  const days = m === 1 ? (isLeap(year) ? 29 : 28) : [3, 5, 8, 10].includes(m) ? 30 : 31;
  return `${pad(year, 4)}-${pad(m + 1, 2)}-${days}`;
}

/** `a mod n`, always in [0, n). */
const mod = (a: number, n: number) => ((a % n) + n) % n;

/** The id and labels of the period that starts on month `start` and lasts `length` months. */
function nameOf(
  start: number,
  length: number,
  fiscalOffset: number,
): { id: string; fiscalYear: number; label: ReportingPeriod["label"] } {
  const fiscalStart = start - mod(start - fiscalOffset, 12);
  const fiscalYear = Math.floor(fiscalStart / 12);
  if (length === 1) {
    const year = pad(Math.floor(start / 12), 4);
    const m = start % 12;
    return {
      id: `${year}-${pad(m + 1, 2)}`,
      fiscalYear,
      label: {
        ar: `${monthName("ar", m)} ${year}`,
        fr: `${monthName("fr", m)} ${year}`,
        en: `${monthName("en", m)} ${year}`,
      },
    };
  }
  const fy = pad(fiscalYear, 4);
  const calendar = fiscalOffset === 0;
  const span = `${fy}-${pad(fiscalYear + 1, 4)}`;
  if (length === 12) {
    return calendar
      ? { id: fy, fiscalYear, label: { ar: `سنة ${fy}`, fr: `Année ${fy}`, en: `Year ${fy}` } }
      : {
          id: `FY${fy}`,
          fiscalYear,
          label: { ar: `السنة المالية ${span}`, fr: `Exercice ${span}`, en: `FY ${span}` },
        };
  }
  const n = (start - fiscalStart) / length + 1;
  const ordinal = AR_ORDINALS[n - 1] ?? String(n);
  const quarter = length === 3;
  const [ar, fr, en, letter] = quarter
    ? [`الربع ${ordinal}`, `T${n}`, `Q${n}`, "Q"]
    : [`الأسدس ${ordinal}`, `S${n}`, `H${n}`, "S"];
  return calendar
    ? { id: `${fy}-${letter}${n}`, fiscalYear, label: { ar: `${ar} ${fy}`, fr: `${fr} ${fy}`, en: `${en} ${fy}` } }
    : {
        id: `FY${fy}-${letter}${n}`,
        fiscalYear,
        label: {
          ar: `${ar} من السنة المالية ${span}`,
          fr: `${fr} de l'exercice ${span}`,
          en: `${en} FY ${span}`,
        },
      };
}

/**
 * The reporting periods of a span at a frequency, aligned on a fiscal year that starts in any month,
 * each with the date its data is due.
 *
 * @param options - `frequency`, `startOn`, `endOn`, and optionally `fiscalYearStartMonth` (1–12,
 * default 1), `dueAfterDays` (0–3660, default 30), `idPrefix`, `locale`.
 * @returns the periods in order, or issues.
 * @remarks
 * - Periods are calendar months, or blocks of 3, 6 or 12 months that start on the first month of the
 *   fiscal year: with a fiscal year starting in July, quarters run July–September, October–December,
 *   January–March, April–June. The first and last periods are clipped to the span and marked `partial`,
 *   so that the periods tile the span, day after day, without gap or overlap.
 * - A fiscal year is named by the calendar year it starts in, as DHIS2 names its financial years
 *   (`2025July` is July 2025 – June 2026): with a July start, FY2025 runs from 2025-07-01 to 2026-06-30.
 * - Ids, stable and documented (prefixed by `idPrefix`): `2025-03` for a month; `2025-Q1`, `2025-S1` and
 *   `2025` for the quarters, semesters and years of a calendar fiscal year (January); `FY2025-Q1`,
 *   `FY2025-S1` and `FY2025` for another start month. A clipped period keeps the id of its full period.
 * - Labels in Arabic (with the Moroccan month names: يناير … ماي … يوليوز غشت شتنبر … نونبر دجنبر, and
 *   «الأسدس» for a semester), French and English: «الربع الأول 2025» / « T1 2025 » / "Q1 2025".
 * - `dueOn` is the (clipped) end plus `dueAfterDays`; day arithmetic on ISO dates, never the host's time zone.
 *
 * Issues: `reporting.invalid_frequency`, `reporting.invalid_date`, `reporting.end_before_start`,
 * `reporting.date_out_of_range` (a start before 0001-01-01 or a due date after 9999-12-31),
 * `reporting.invalid_fiscal_month`, `reporting.invalid_due_days`, `reporting.invalid_id_prefix`,
 * `reporting.too_many_periods` (more than {@link MAX_REPORTING_PERIODS}), `reporting.unknown_option`.
 * Never throws: options that are not an object or an unknown `locale` give `schema.invalid_option`, options
 * that throw when read give `input.unreadable`.
 * @example
 * ```ts
 * const r = reportingPeriods({ frequency: "quarterly", startOn: "2025-09-15", endOn: "2026-06-30", fiscalYearStartMonth: 7 });
 * // r.value[0]: { id: "FY2025-Q1", startOn: "2025-09-15", endOn: "2025-09-30", dueOn: "2025-10-30", partial: true, … }
 * ```
 */
export function reportingPeriods(
  options: ReportingPeriodsOptions,
): Result<readonly ReportingPeriod[], ReportingIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options, locale) => {
    const issues = new Issues(locale);
    checkKeys(options, ALLOWED, issues);
    const { frequency, startOn, endOn, fiscalYearStartMonth = 1, dueAfterDays = DEFAULT_DUE_AFTER_DAYS } = options;
    const idPrefix: unknown = options.idPrefix ?? "";
    if (!REPORTING_FREQUENCIES.includes(frequency))
      issues.add("reporting.invalid_frequency", ["frequency"], undefined, frequency);
    for (const [option, date] of [
      ["startOn", startOn],
      ["endOn", endOn],
    ] as const) {
      if (!isIsoDate(date)) issues.add("reporting.invalid_date", [option], { option }, date);
    }
    if (isIsoDate(startOn) && startOn < FIRST_DATE)
      issues.add("reporting.date_out_of_range", ["startOn"], { option: "startOn", min: FIRST_DATE, max: LAST_DATE });
    if (isIsoDate(startOn) && isIsoDate(endOn) && endOn < startOn)
      issues.add("reporting.end_before_start", ["endOn"], { start: startOn, end: endOn });
    if (
      typeof fiscalYearStartMonth !== "number" ||
      !Number.isInteger(fiscalYearStartMonth) ||
      fiscalYearStartMonth < 1 ||
      fiscalYearStartMonth > 12
    )
      issues.add("reporting.invalid_fiscal_month", ["fiscalYearStartMonth"], undefined, fiscalYearStartMonth);
    if (!isDueDays(dueAfterDays))
      issues.add("reporting.invalid_due_days", ["dueAfterDays"], { max: MAX_DUE_AFTER_DAYS }, dueAfterDays);
    if (
      typeof idPrefix !== "string" ||
      idPrefix.length > MAX_PREFIX ||
      !IdSchema.safeParse(`${idPrefix}2025-Q1`).success
    )
      issues.add("reporting.invalid_id_prefix", ["idPrefix"], { max: MAX_PREFIX });
    if (issues.list.length > 0) return { ok: false, issues: issues.list };

    const length = MONTHS[frequency];
    const offset = fiscalYearStartMonth - 1;
    const first = monthIndex(startOn);
    const last = monthIndex(endOn);
    const firstBlock = first - mod(first - offset, length);
    const lastBlock = last - mod(last - offset, length);
    const count = (lastBlock - firstBlock) / length + 1;
    if (count > MAX_REPORTING_PERIODS) {
      issues.add("reporting.too_many_periods", [], { count, max: MAX_REPORTING_PERIODS });
      return { ok: false, issues: issues.list };
    }
    if (daysBetween(endOn, LAST_DATE) < dueAfterDays) {
      issues.add("reporting.date_out_of_range", ["dueAfterDays"], {
        option: "dueOn",
        min: FIRST_DATE,
        max: LAST_DATE,
      });
      return { ok: false, issues: issues.list };
    }
    const periods: ReportingPeriod[] = [];
    for (let block = firstBlock; block <= lastBlock; block += length) {
      const fullStart = firstDayOf(block);
      const fullEnd = lastDayOf(block + length - 1);
      // Clipped to the span (ISO dates compare as strings).
      let start = fullStart;
      if (start < startOn) start = startOn;
      let end = fullEnd;
      if (end > endOn) end = endOn;
      const name = nameOf(block, length, offset);
      periods.push({
        id: `${idPrefix}${name.id}`,
        startOn: start,
        endOn: end,
        dueOn: addDaysToDate(end, dueAfterDays),
        partial: start !== fullStart || end !== fullEnd,
        fiscalYear: name.fiscalYear,
        label: name.label,
      });
    }
    return { ok: true, value: periods };
  });
}
