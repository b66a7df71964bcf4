import { formatMessage, type Locale, type MessageParams, type MessageTemplate } from "./i18n/locale.js";
import type { Issue, IssuePath, Severity } from "./result.js";

/** Longest string echoed back in `Issue.value`; longer ones are left out. */
const MAX_ECHO_LENGTH = 200;

/**
 * Extra, optional parts of an issue made by {@link makeIssue}.
 *
 * @example
 * ```ts
 * const extras: IssueExtras = { params: { minimum: 2 }, value: 1, severity: "error" };
 * ```
 */
export interface IssueExtras {
  /** Values the message refers to. */
  readonly params?: MessageParams | undefined;
  /** The offending value; echoed only when it is a short primitive. Leave it out for personal data. */
  readonly value?: unknown;
  /** `error` (default) or `warning`. */
  readonly severity?: Severity | undefined;
}

/** The part of a value that may be echoed in an issue: short primitives only (used by the parsers; not re-exported). */
export function echoable(value: unknown): string | number | boolean | null | undefined {
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "string") return value.length <= MAX_ECHO_LENGTH ? value : undefined;
  return undefined;
}

/**
 * Build an issue from a message table, with its message in one locale.
 *
 * @param table - the messages of one area, keyed by code, in ar, fr and en.
 * @param code - the issue code, a key of `table`.
 * @param locale - the language of `message`.
 * @param path - where the issue sits in the input.
 * @param extras - params, offending value and severity (`error` by default).
 * @returns the issue.
 * @remarks Packages built on the model (report, plan, events, registry) keep
 * their own message tables and use this function, so that every issue of the
 * suite has the same shape and the same echo rules.
 * @example
 * ```ts
 * const table = { "plan.empty": { ar: "المخطط فارغ.", fr: "Le plan est vide.", en: "The plan is empty." } };
 * makeIssue(table, "plan.empty", "fr", ["axes"]); // { code: "plan.empty", message: "Le plan est vide.", … }
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (validate untrusted data first).
 */
export function makeIssue<C extends string>(
  table: Readonly<Record<C, MessageTemplate>>,
  code: C,
  locale: Locale,
  path: IssuePath,
  extras: IssueExtras = {},
): Issue<C> {
  const template = table[code];
  const issue: { -readonly [K in keyof Issue<C>]: Issue<C>[K] } = {
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
