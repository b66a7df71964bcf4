import { readOptions, unreadable } from "../boundary.js";
import type { Locale, MessageParams } from "../i18n/locale.js";
import { makeIssue } from "../issues.js";
import type { Failure, IssuePath, Ok } from "../result.js";
import { identifierMessages } from "./messages.js";

/**
 * Options of every identifier parser (`parseRib`, `parseIban`, `parseIce`,
 * `parseCin`, `parsePhone`, `parseEmail`, `parseOrgId`).
 *
 * @example
 * ```ts
 * parseRib(input, { locale: "ar", path: ["bankAccount", "rib"] });
 * ```
 */
export interface IdentifierOptions {
  /** Language of the issue messages. Default: `"en"` ({@link DEFAULT_LOCALE}); an unknown value gives `schema.invalid_option`. */
  readonly locale?: Locale | undefined;
  /** Where the identifier sits in a larger input; it becomes the `path` of every issue. Default: `[]`. */
  readonly path?: IssuePath | undefined;
}

/** A code of the identifier message table. */
export type IdentifierCode = keyof typeof identifierMessages;

/**
 * Longest string a parser reads; longer input is rejected with the parser's
 * format issue before any other work.
 */
export const MAX_INPUT_LENGTH = 256;

const ROOT: IssuePath = Object.freeze([]);

/** Locale and path of one parse. */
export interface ParseContext {
  readonly locale: Locale;
  readonly path: IssuePath;
}

/**
 * The context of a parse from its options, with the documented defaults, or the
 * failure to return for options that are not an object (`null` counts as none),
 * an unknown locale (`schema.invalid_option`) or options that throw when read
 * (`input.unreadable`).
 */
export function contextOf(options: IdentifierOptions | null | undefined): ParseContext | Failure {
  const read = readOptions(options);
  if (!read.ok) return read;
  try {
    const path: unknown = read.options.path;
    return { locale: read.locale, path: Array.isArray(path) ? Array.from(path as IssuePath) : ROOT };
  } catch (error) {
    return unreadable(error, read.locale);
  }
}

/** What an issue carries besides its code: message params and, when it may be echoed, the offending value. */
export interface IssueDetails {
  readonly params?: MessageParams;
  /** Present only when the value may be echoed (not personal data). */
  readonly value?: unknown;
}

/** A failed result with one issue. */
export function failure(ctx: ParseContext, code: IdentifierCode, details: IssueDetails = {}): Failure {
  return { ok: false, issues: [makeIssue(identifierMessages, code, ctx.locale, ctx.path, details)] };
}

/** A successful result holding a frozen value. */
export function success<T extends object>(value: T): Ok<T> {
  return { ok: true, value: Object.freeze(value) };
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  return typeof value;
}

/**
 * The input as a string, or the failure to return: `identifier.not_a_string`
 * for anything but a string, `formatCode` for a string longer than
 * {@link MAX_INPUT_LENGTH}. Never reads a property of a non-string input.
 *
 * @param echo - whether the offending value may be echoed (false for personal data).
 */
export function readText(
  input: unknown,
  ctx: ParseContext,
  formatCode: IdentifierCode,
  echo: boolean,
): string | Failure {
  if (typeof input !== "string") {
    const params = { received: typeName(input) };
    return failure(ctx, "identifier.not_a_string", echo ? { params, value: input } : { params });
  }
  if (input.length > MAX_INPUT_LENGTH) return failure(ctx, formatCode);
  return input;
}
