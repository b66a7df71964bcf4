import { type IsoDate, IsoDateSchema, type Issue, type IssuePath, type Locale, makeIssue } from "@madani/model";
import { type ReportingIssueCode, reportingMessages } from "./messages.js";

/** Days after the end of a period its data is due, when nothing else says so. */
export const DEFAULT_DUE_AFTER_DAYS = 30;

/** The longest reporting delay accepted, in days (ten years). */
export const MAX_DUE_AFTER_DAYS = 3660;

/** The last date the reporting functions compute with: due dates never go past it. */
export const LAST_DATE: IsoDate = "9999-12-31";

/** Collects the issues of one call, with their messages in the call's locale. */
export class Issues {
  readonly list: Issue<ReportingIssueCode>[] = [];
  constructor(readonly locale: Locale) {}
  add(code: ReportingIssueCode, path: IssuePath, params?: Record<string, string | number>, value?: unknown): void {
    this.list.push(
      makeIssue(reportingMessages, code, this.locale, path, {
        ...(params === undefined ? {} : { params }),
        ...(value === undefined ? {} : { value }),
      }),
    );
  }
}

/** Whether a value is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && IsoDateSchema.safeParse(value).success;
}

/** Whether a value is a reporting delay: a whole number of days from 0 to {@link MAX_DUE_AFTER_DAYS}. */
export function isDueDays(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_DUE_AFTER_DAYS;
}

/**
 * Report the own keys of an options object that are not among `allowed` (a misspelt option would
 * otherwise be ignored without a word).
 */
export function checkKeys(options: object, allowed: readonly string[], issues: Issues, path: IssuePath = []): void {
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) issues.add("reporting.unknown_option", [...path, key], { option: key });
  }
}
