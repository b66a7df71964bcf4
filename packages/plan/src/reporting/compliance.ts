import {
  addDaysToDate,
  atBoundary,
  type BoundaryIssueCode,
  type DeepReadonly,
  daysBetween,
  type IsoDate,
  type IssuePath,
  type Locale,
  type Result,
} from "@madani/model";
import * as z from "zod";
import type { ActualValue, Indicator } from "../indicator/indicator.js";
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

/**
 * A reporting requirement: when the data of some periods is due, or that they need no report. Without
 * `indicatorId` it applies to every indicator, without `periodId` to every period; the most specific
 * requirement that sets a field wins (indicator and period, then indicator, then period, then neither),
 * and among equally specific ones the last in the list.
 *
 * @example
 * ```ts
 * const requirements: ReportingRequirement[] = [
 *   { indicatorId: "ind-budget", dueAfterDays: 60 }, // the audited figures come later
 *   { periodId: "FY2025-Q4", dueOn: "2026-07-15" }, // the annual report's quarter
 *   { indicatorId: "ind-1", periodId: "2025-Q1", required: false }, // no data expected
 * ];
 * ```
 */
export interface ReportingRequirement {
  /** The indicator it applies to; every indicator without it. */
  readonly indicatorId?: string;
  /** The period (its id) it applies to; every period without it. */
  readonly periodId?: string;
  /** Days after the period's end its data is due (0 to 3660). Not with `dueOn`. */
  readonly dueAfterDays?: number;
  /** The date the data is due, for one period (`periodId` required), on or after its end. Not with `dueAfterDays`. */
  readonly dueOn?: IsoDate;
  /** `false`: the periods need no report and are left out of every count. Default `true`. */
  readonly required?: boolean;
}

/**
 * Reads the submission date of an actual value: an ISO date (`2026-01-20`) or an ISO 8601 date and time
 * (`2026-01-20T10:00:00+01:00`, whose date as written counts), or `undefined` when it is not known.
 */
export type SubmissionDateOf = (
  value: DeepReadonly<ActualValue>,
  indicator: DeepReadonly<Indicator>,
) => string | undefined;

/** Options of {@link reportingCompliance}. */
export interface ReportingComplianceOptions {
  /** The date the reports are read on (ISO date). */
  readonly asOf: IsoDate;
  /** Days after a period's end its data is due, for every period no requirement sets: 0 to 3660, default 30. */
  readonly dueAfterDays?: number;
  /** Due dates and exemptions by indicator and period; see {@link ReportingRequirement}. */
  readonly requirements?: readonly ReportingRequirement[];
  /**
   * The date a value was submitted. Default: the value's `submittedAt` field, else its `submittedOn`
   * field, else unknown.
   */
  readonly submittedOn?: SubmissionDateOf;
  /** Language of issue messages. Default `"en"`. */
  readonly locale?: Locale;
}

/**
 * What became of one period's report on `asOf`:
 * - `on-time`: submitted on or before its due date;
 * - `late`: submitted after its due date;
 * - `missing`: nothing submitted by `asOf`, which is after the due date (overdue);
 * - `unknown-date`: submitted, but some submission date is unknown and none known is late;
 * - `pending`: the period has ended, nothing is submitted yet, and the due date has not passed.
 */
export type ReportStatus = "on-time" | "late" | "missing" | "unknown-date" | "pending";

/** The report of one period of one indicator. */
export interface PeriodReport {
  readonly periodId: string;
  readonly startOn: IsoDate;
  readonly endOn: IsoDate;
  readonly dueOn: IsoDate;
  readonly status: ReportStatus;
  /** The latest known submission date of the period's submitted values; absent when none is known. */
  readonly submittedOn?: IsoDate;
  /** For a `late` report: days from the due date to `submittedOn` (at least this many when a date is unknown). */
  readonly daysLate?: number;
  /** For a `missing` report: days from the due date to `asOf` (1 or more). */
  readonly daysOverdue?: number;
}

/**
 * Counts of reports and the DHIS2 rates. `expected = onTime + late + missing + unknownDate` and
 * `submitted = onTime + late + unknownDate`; `pending` reports are not yet expected.
 */
export interface ReportingCounts {
  readonly expected: number;
  readonly submitted: number;
  readonly onTime: number;
  readonly late: number;
  readonly missing: number;
  readonly unknownDate: number;
  readonly pending: number;
  /** `submitted / expected`, in [0, 1]; `undefined` when no report is expected. */
  readonly reportingRate: number | undefined;
  /** `onTime / expected`, in [0, 1]; `undefined` when no report is expected. */
  readonly timeliness: number | undefined;
}

/** The reports of one indicator, with its counts. */
export interface IndicatorReporting extends ReportingCounts {
  readonly indicatorId: string;
  readonly code?: string;
  /** One report per period ended by `asOf` and required, by end date, then start date, then id. */
  readonly reports: readonly PeriodReport[];
}

/** A reminder of an overdue report: a `missing` report, as data. */
export interface OverdueReminder {
  readonly indicatorId: string;
  readonly code?: string;
  readonly periodId: string;
  readonly endOn: IsoDate;
  readonly dueOn: IsoDate;
  /** Days from the due date to `asOf`: 1 on the day after the due date. */
  readonly daysOverdue: number;
}

/** The reporting compliance of a plan on a date; see {@link reportingCompliance}. */
export interface ReportingCompliance {
  readonly asOf: IsoDate;
  /** One entry per indicator, in the plan's order. */
  readonly indicators: readonly IndicatorReporting[];
  /** The counts of every indicator together, with the rates of the pooled counts. */
  readonly plan: ReportingCounts;
  /** The overdue reports, most overdue first (by due date, then the plan's order of indicators, then period). */
  readonly overdue: readonly OverdueReminder[];
}

/** The parts of a plan {@link reportingCompliance} reads (a `Plan` has them all). */
export interface ReportingInput {
  readonly indicators: readonly DeepReadonly<Indicator>[];
}

const ValueShape = z.looseObject({ periodId: z.string(), state: z.string() });
const PeriodShape = z.looseObject({ id: z.string(), startOn: z.iso.date(), endOn: z.iso.date() });
const IndicatorShape = z.looseObject({
  id: z.string(),
  code: z.string().optional(),
  periods: z.array(PeriodShape),
  values: z.array(ValueShape),
});
const InputShape = z.looseObject({ indicators: z.array(IndicatorShape) });
type ReadIndicator = z.infer<typeof IndicatorShape>;

const RequirementShape = z.strictObject({
  indicatorId: z.string().optional(),
  periodId: z.string().optional(),
  dueAfterDays: z.unknown().optional(),
  dueOn: z.unknown().optional(),
  required: z.boolean().optional(),
});

const ALLOWED = ["asOf", "dueAfterDays", "requirements", "submittedOn", "locale"];
const DATE_TIME = z.iso.datetime({ offset: true, local: true });
/** At most this many issues about the plan's shape are reported. */
const MAX_SHAPE_ISSUES = 20;

/** The date of a submission date as the accessor gave it: `undefined` when unknown, `null` when not a date. */
function dateOf(raw: unknown): IsoDate | undefined | null {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== "string") return null;
  const date = raw.slice(0, 10);
  if (!isIsoDate(date)) return null;
  return raw.length === 10 || DATE_TIME.safeParse(raw).success ? date : null;
}

/** The default submission date: the value's `submittedAt`, else its `submittedOn`. */
function defaultSubmittedOn(value: unknown): unknown {
  const v = value as { readonly submittedAt?: unknown; readonly submittedOn?: unknown };
  return v.submittedAt ?? v.submittedOn;
}

interface Resolved {
  /** The requirement that sets the due date, if any. */
  due?: { readonly dueOn?: IsoDate; readonly dueAfterDays?: number };
  /** The requirement that sets `required`, if any. */
  required?: boolean;
}

/** Checked requirements, indexed by what they name (`*` for any). */
type RequirementIndex = Map<string, Resolved>;
const key = (indicatorId: string | undefined, periodId: string | undefined) =>
  `${indicatorId === undefined ? "*" : `=${indicatorId}`}\u0000${periodId === undefined ? "*" : `=${periodId}`}`;

/** Check the requirements against the plan and index them; issues go to `issues`. */
function readRequirements(
  raw: readonly unknown[],
  indicators: readonly ReadIndicator[],
  issues: Issues,
): RequirementIndex {
  const index: RequirementIndex = new Map();
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const allPeriods = new Set(indicators.flatMap((i) => i.periods.map((p) => p.id)));
  raw.forEach((item, i) => {
    const at: IssuePath = ["options", "requirements", i];
    const params = { index: i + 1 };
    const parsed = RequirementShape.safeParse(item);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const field =
        first?.code === "unrecognized_keys" ? (first.keys[0] ?? "") : (first?.path.map(String).join(".") ?? "");
      issues.add("reporting.invalid_requirement", field === "" ? at : [...at, field], { ...params, field });
      return;
    }
    const r = parsed.data;
    let ok = true;
    if (r.dueAfterDays !== undefined && !isDueDays(r.dueAfterDays)) {
      issues.add("reporting.invalid_due_days", [...at, "dueAfterDays"], { max: MAX_DUE_AFTER_DAYS }, r.dueAfterDays);
      ok = false;
    }
    if (r.dueOn !== undefined && !isIsoDate(r.dueOn)) {
      issues.add("reporting.invalid_date", [...at, "dueOn"], { option: "dueOn" }, r.dueOn);
      ok = false;
    }
    if (r.dueOn !== undefined && r.dueAfterDays !== undefined) {
      issues.add("reporting.requirement_conflict", at, params);
      ok = false;
    }
    if (r.dueOn !== undefined && r.periodId === undefined) {
      issues.add("reporting.due_on_without_period", [...at, "dueOn"], params);
      ok = false;
    }
    const indicator = r.indicatorId === undefined ? undefined : byId.get(r.indicatorId);
    if (r.indicatorId !== undefined && indicator === undefined) {
      issues.add("reporting.unknown_indicator", [...at, "indicatorId"], { ...params, id: r.indicatorId });
      ok = false;
    }
    if (
      r.periodId !== undefined &&
      (indicator === undefined ? !allPeriods.has(r.periodId) : !indicator.periods.some((p) => p.id === r.periodId))
    ) {
      if (r.indicatorId === undefined || indicator !== undefined)
        issues.add("reporting.unknown_period", [...at, "periodId"], { ...params, id: r.periodId });
      ok = false;
    }
    if (!ok) return;
    if (isIsoDate(r.dueOn)) {
      const dueOn = r.dueOn;
      const matched = indicator === undefined ? indicators : [indicator];
      const early = matched.flatMap((ind) => ind.periods).find((p) => p.id === r.periodId && p.endOn > dueOn);
      if (early !== undefined) {
        issues.add("reporting.due_before_end", [...at, "dueOn"], {
          ...params,
          period: early.id,
          dueOn,
          endOn: early.endOn,
        });
        return;
      }
    }
    const k = key(r.indicatorId, r.periodId);
    const entry = index.get(k) ?? {};
    if (isIsoDate(r.dueOn)) entry.due = { dueOn: r.dueOn };
    else if (isDueDays(r.dueAfterDays)) entry.due = { dueAfterDays: r.dueAfterDays };
    if (r.required !== undefined) entry.required = r.required;
    index.set(k, entry);
  });
  return index;
}

const EMPTY_COUNTS = { onTime: 0, late: 0, missing: 0, unknownDate: 0, pending: 0 };
type Tally = { onTime: number; late: number; missing: number; unknownDate: number; pending: number };

function countsOf(t: Tally): ReportingCounts {
  const submitted = t.onTime + t.late + t.unknownDate;
  const expected = submitted + t.missing;
  return {
    expected,
    submitted,
    ...t,
    reportingRate: expected === 0 ? undefined : submitted / expected,
    timeliness: expected === 0 ? undefined : t.onTime / expected,
  };
}

const TALLY_KEY: Readonly<Record<ReportStatus, keyof Tally>> = {
  "on-time": "onTime",
  late: "late",
  missing: "missing",
  "unknown-date": "unknownDate",
  pending: "pending",
};

/** Code-point order of two strings (never the host's locale). */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Which reports of a plan's indicators came in on time, late or not at all, on a date: for every period of
 * every indicator that has ended by `asOf`, whether its data was submitted by its due date, with the
 * counts, the reporting rate and the timeliness of each indicator and of the plan, and the overdue reports
 * as reminders.
 *
 * @param plan - the plan (or anything with `indicators`); checked, never trusted.
 * @param options - `asOf` (required), `dueAfterDays` (default 30), `requirements`, `submittedOn`, `locale`.
 * @returns the compliance, or issues.
 * @remarks Rules (docs/plan.md, "Reporting requirements"):
 * - A period's data is due on `dueOn`: the date a requirement gives, else its end plus `dueAfterDays`
 *   (a requirement's, else the option's, else 30).
 * - It counts as submitted once one of its values is `submitted` or `approved` (drafts and returned values do
 *   not count) with a submission date on or before `asOf`, or with no known date. Its submission date is the
 *   latest known date of those values: the day the period's data, as it stands, was complete.
 * - `on-time` when that date is on or before `dueOn`; `late` after it; `unknown-date` when a value's date is
 *   unknown and no known date is late (counted as submitted, judged neither on time nor late); `missing` when
 *   nothing is submitted and `asOf` is strictly after `dueOn` (overdue, the project's one lateness rule: due on
 *   its date, overdue from the day after); `pending` while nothing is submitted and `dueOn` has not passed.
 * - Rates as DHIS2 defines them for data sets: reporting rate = submitted (actual) reports / expected reports;
 *   timeliness (reporting rate on time) = reports submitted on time / expected reports. Expected reports are
 *   the reports that are in or overdue, so a report not yet due does not lower a rate. The plan's rates pool
 *   the counts of its indicators (never an average of rates).
 * - A date and time counts by its date as written (`2026-01-31T23:30:00-01:00` is 2026-01-31): no time-zone
 *   arithmetic, host-independent.
 *
 * Issues: `reporting.invalid_date` (`asOf`), `reporting.invalid_due_days`, `reporting.invalid_option`
 * (`requirements` not a list, `submittedOn` not a function), `reporting.unknown_option`, `reporting.invalid_plan`,
 * the requirement codes (`reporting.invalid_requirement`, `reporting.requirement_conflict`,
 * `reporting.due_on_without_period`, `reporting.unknown_indicator`, `reporting.unknown_period`,
 * `reporting.due_before_end`) and `reporting.invalid_submission_date` (an accessor answer that is neither a date
 * nor `undefined`). Paths start with `"plan"` or `"options"`. Never throws: options that are not an object or an
 * unknown `locale` give `schema.invalid_option`; input that throws when read (the accessor too) gives
 * `input.unreadable`.
 * @example
 * ```ts
 * const r = reportingCompliance(plan, { asOf: "2026-02-15", dueAfterDays: 30 });
 * if (r.ok) console.log(r.value.plan.reportingRate, r.value.overdue);
 * ```
 */
export function reportingCompliance(
  plan: ReportingInput,
  options: ReportingComplianceOptions,
): Result<ReportingCompliance, ReportingIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options, locale) => {
    const issues = new Issues(locale);
    checkKeys(options, ALLOWED, issues, ["options"]);
    const { asOf, dueAfterDays = DEFAULT_DUE_AFTER_DAYS, requirements = [] } = options;
    const submittedOn: unknown = options.submittedOn ?? defaultSubmittedOn;
    if (!isIsoDate(asOf)) issues.add("reporting.invalid_date", ["options", "asOf"], { option: "asOf" }, asOf);
    if (!isDueDays(dueAfterDays))
      issues.add("reporting.invalid_due_days", ["options", "dueAfterDays"], { max: MAX_DUE_AFTER_DAYS }, dueAfterDays);
    if (!Array.isArray(requirements))
      issues.add("reporting.invalid_option", ["options", "requirements"], { option: "requirements" });
    if (typeof submittedOn !== "function")
      issues.add("reporting.invalid_option", ["options", "submittedOn"], { option: "submittedOn" });
    const parsed = InputShape.safeParse(plan);
    if (!parsed.success) {
      for (const i of parsed.error.issues.slice(0, MAX_SHAPE_ISSUES)) {
        const path = ["plan", ...i.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
        issues.add("reporting.invalid_plan", path, { field: path.join(".") });
      }
    }
    if (issues.list.length > 0 || !parsed.success) return { ok: false, issues: issues.list };
    const indicators = parsed.data.indicators;
    const index = readRequirements(requirements as readonly unknown[], indicators, issues);
    if (issues.list.length > 0) return { ok: false, issues: issues.list };
    const read = submittedOn as (value: unknown, indicator: unknown) => unknown;

    const resolve = (indicatorId: string, periodId: string): Resolved => {
      const out: Resolved = {};
      // From the least specific to the most: a later (more specific) match overrides.
      for (const k of [key(undefined, undefined), key(undefined, periodId), key(indicatorId, undefined)]) {
        const r = index.get(k);
        if (r?.due !== undefined) out.due = r.due;
        if (r?.required !== undefined) out.required = r.required;
      }
      const exact = index.get(key(indicatorId, periodId));
      if (exact?.due !== undefined) out.due = exact.due;
      if (exact?.required !== undefined) out.required = exact.required;
      return out;
    };

    const total: Tally = { ...EMPTY_COUNTS };
    const overdue: (OverdueReminder & { readonly order: number })[] = [];
    const result: IndicatorReporting[] = [];
    for (const [i, indicator] of indicators.entries()) {
      // Submitted values by period: the latest known date, and whether a date is unknown.
      const submissions = new Map<string, { latest: IsoDate | undefined; unknown: boolean }>();
      for (const [j, value] of indicator.values.entries()) {
        if (value.state !== "submitted" && value.state !== "approved") continue;
        const date = dateOf(read(value, indicator));
        if (date === null) {
          const id = (value as { id?: unknown }).id;
          issues.add("reporting.invalid_submission_date", ["plan", "indicators", i, "values", j], {
            indicator: indicator.id,
            value: typeof id === "string" ? id : String(j),
          });
          continue;
        }
        if (date !== undefined && date > asOf) continue; // not yet submitted on asOf
        const s = submissions.get(value.periodId) ?? { latest: undefined, unknown: false };
        if (date === undefined) s.unknown = true;
        else if (s.latest === undefined || date > s.latest) s.latest = date;
        submissions.set(value.periodId, s);
      }
      const tally: Tally = { ...EMPTY_COUNTS };
      const ended = indicator.periods
        .map((p, order) => ({ p, order }))
        .filter(({ p }) => p.endOn <= asOf)
        .sort(
          (a, b) =>
            byCodePoint(a.p.endOn, b.p.endOn) ||
            byCodePoint(a.p.startOn, b.p.startOn) ||
            byCodePoint(a.p.id, b.p.id) ||
            a.order - b.order,
        );
      const reports: PeriodReport[] = [];
      for (const { p } of ended) {
        const requirement = resolve(indicator.id, p.id);
        if (requirement.required === false) continue;
        const days = requirement.due?.dueAfterDays ?? dueAfterDays;
        // A due date past the last supported day (a period ending in December 9999) stays on that day.
        const dueOn =
          requirement.due?.dueOn ?? (daysBetween(p.endOn, LAST_DATE) < days ? LAST_DATE : addDaysToDate(p.endOn, days));
        const s = submissions.get(p.id);
        const base = { periodId: p.id, startOn: p.startOn, endOn: p.endOn, dueOn };
        let report: PeriodReport;
        if (s === undefined) {
          report =
            asOf > dueOn
              ? { ...base, status: "missing", daysOverdue: daysBetween(dueOn, asOf) }
              : { ...base, status: "pending" };
        } else {
          const at = s.latest === undefined ? {} : { submittedOn: s.latest };
          if (s.latest !== undefined && s.latest > dueOn)
            report = { ...base, status: "late", ...at, daysLate: daysBetween(dueOn, s.latest) };
          else report = { ...base, status: s.unknown ? "unknown-date" : "on-time", ...at };
        }
        tally[TALLY_KEY[report.status]]++;
        total[TALLY_KEY[report.status]]++;
        if (report.status === "missing") {
          overdue.push({
            indicatorId: indicator.id,
            ...(indicator.code === undefined ? {} : { code: indicator.code }),
            periodId: p.id,
            endOn: p.endOn,
            dueOn,
            daysOverdue: report.daysOverdue ?? 0,
            order: overdue.length,
          });
        }
        reports.push(report);
      }
      result.push({
        indicatorId: indicator.id,
        ...(indicator.code === undefined ? {} : { code: indicator.code }),
        ...countsOf(tally),
        reports,
      });
    }
    if (issues.list.length > 0) return { ok: false, issues: issues.list };
    overdue.sort((a, b) => byCodePoint(a.dueOn, b.dueOn) || a.order - b.order);
    return {
      ok: true,
      value: {
        asOf,
        indicators: result,
        plan: countsOf(total),
        overdue: overdue.map(({ order: _, ...reminder }) => reminder),
      },
    };
  });
}
