import { formatMessage, type Locale, type MessageParams, type MessageTemplate } from "../i18n/locale.js";
import type { IssueCode } from "../issueCodes.js";
import type { Issue, IssuePath, Severity } from "../result.js";

/** Longest string echoed back in `Issue.value`; longer ones are left out. */
const MAX_ECHO_LENGTH = 200;

/** Extra, optional parts of an issue. */
export interface IssueExtras {
  readonly params?: MessageParams | undefined;
  readonly value?: unknown;
  readonly severity?: Severity | undefined;
}

/**
 * The part of a value that may be echoed in an issue: short primitives only.
 * Callers leave `value` out for personal data.
 */
export function echoable(value: unknown): string | number | boolean | null | undefined {
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "string") return value.length <= MAX_ECHO_LENGTH ? value : undefined;
  return undefined;
}

/**
 * Build an issue from a message table.
 *
 * @param table - the messages of one area, keyed by code.
 * @param code - the issue code, a key of `table`.
 * @param locale - the language of `message`.
 * @param path - where the issue sits.
 * @param extras - params, offending value and severity (`error` by default).
 */
export function makeIssue<C extends IssueCode>(
  table: Readonly<Record<C, MessageTemplate>>,
  code: C,
  locale: Locale,
  path: IssuePath,
  extras: IssueExtras = {},
): Issue {
  const template = table[code];
  const issue: { -readonly [K in keyof Issue]: Issue[K] } = {
    code,
    path,
    message: formatMessage(template, locale, extras.params),
    severity: extras.severity ?? "error",
  };
  if (extras.params !== undefined) issue.params = extras.params;
  const echoed = "value" in extras ? echoable(extras.value) : undefined;
  if (echoed !== undefined) issue.value = echoed;
  return issue;
}
