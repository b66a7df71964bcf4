import { DEFAULT_LOCALE, isLocale, type Locale } from "./i18n/locale.js";
import { schemaMessages } from "./i18n/schemaMessages.js";
import { makeIssue } from "./issues.js";
import type { Failure } from "./result.js";

/**
 * The issue codes every entry point may report at its boundary, whatever its
 * package: `schema.invalid_option` (options that are not an object, or an
 * unknown `locale`) and `input.unreadable` (input that throws when read: a
 * throwing getter or Proxy, nesting too deep for the stack).
 */
export type BoundaryIssueCode = "schema.invalid_option" | "input.unreadable";

/** Why input could not be read, in each locale: the `{reason}` of the `input.unreadable` message. */
const REASONS = {
  deep: {
    ar: "البنية عميقة جدا أو كبيرة جدا",
    fr: "structure trop profonde ou trop grande",
    en: "too deep or too large",
  },
  unreadable: {
    ar: "فشلت قراءة إحدى القيم",
    fr: "la lecture d'une valeur a échoué",
    en: "a value could not be read",
  },
} as const;

function isRangeError(error: unknown): boolean {
  try {
    return error instanceof RangeError;
  } catch {
    return false; // a revoked Proxy thrown as the error
  }
}

/**
 * The failure an entry point returns when reading its input threw.
 *
 * @param error - what was thrown (only its kind is reported, never its text).
 * @param locale - the language of the message (and of its `reason` param). Default `"en"`.
 * @returns `{ ok: false }` with one `input.unreadable` issue at the root; its
 * `reason` says whether the input was too deep or too large for the stack
 * (a `RangeError`) or a value could not be read.
 * @example
 * ```ts
 * try { read(input); } catch (error) { return unreadable(error, "fr"); }
 * ```
 */
export function unreadable(error: unknown, locale: Locale = DEFAULT_LOCALE): Failure<"input.unreadable"> {
  return {
    ok: false,
    issues: [
      makeIssue(schemaMessages, "input.unreadable", isLocale(locale) ? locale : DEFAULT_LOCALE, [], {
        params: {
          reason: REASONS[isRangeError(error) ? "deep" : "unreadable"][isLocale(locale) ? locale : DEFAULT_LOCALE],
        },
      }),
    ],
  };
}

/**
 * The language of options that may be anything, for the messages of the issues
 * that refuse them or their input.
 *
 * @param options - what the caller passed.
 * @returns `options.locale` when it is `"ar"`, `"fr"` or `"en"`; `"en"` for
 * anything else, and when reading it throws. Never throws.
 * @example
 * ```ts
 * localeOfOptions({ locale: "fr" }); // "fr"
 * localeOfOptions({ locale: "de" }); // "en"
 * localeOfOptions(null); // "en"
 * ```
 */
export function localeOfOptions(options: unknown): Locale {
  try {
    const locale = (options as { locale?: unknown } | null | undefined)?.locale;
    return isLocale(locale) ? locale : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * Read the options of an entry point without trusting them.
 *
 * @param options - what the caller passed.
 * @returns the options (`{}` for `undefined` or `null`) and their locale
 * (`"en"` when none is given), or a failure: `schema.invalid_option` for
 * options that are not an object or a `locale` that is not `"ar"`, `"fr"` or
 * `"en"` (option `"options"` or `"locale"`), `input.unreadable` when reading
 * them throws.
 * @example
 * ```ts
 * readOptions({ locale: "de" }); // { ok: false, issues: [{ code: "schema.invalid_option", params: { option: "locale" }, … }] }
 * readOptions(null); // { ok: true, options: {}, locale: "en" }
 * ```
 */
export function readOptions<O extends object>(
  options: O | null | undefined,
):
  | { readonly ok: true; readonly options: O; readonly locale: Locale }
  | Failure<"schema.invalid_option" | "input.unreadable"> {
  if (options === undefined || options === null) return { ok: true, options: {} as O, locale: DEFAULT_LOCALE };
  const invalid = (option: string, value?: unknown): Failure<"schema.invalid_option"> => ({
    ok: false,
    issues: [
      makeIssue(schemaMessages, "schema.invalid_option", DEFAULT_LOCALE, [], {
        params: { option },
        ...(value === undefined ? {} : { value }),
      }),
    ],
  });
  if (typeof options !== "object") return invalid("options");
  let locale: unknown;
  try {
    locale = (options as { locale?: unknown }).locale;
  } catch (error) {
    return unreadable(error);
  }
  if (locale === undefined) return { ok: true, options, locale: DEFAULT_LOCALE };
  if (!isLocale(locale)) return invalid("locale", locale);
  return { ok: true, options, locale };
}

/**
 * Run the body of an entry point behind the boundary that makes it never
 * throw on bad input: the options are read with {@link readOptions}, and any
 * exception raised while the body reads its input becomes one
 * `input.unreadable` issue.
 *
 * @param options - the caller's options, unchecked.
 * @param run - the body; it gets the options (`{}` for `undefined`/`null`) and their locale.
 * @returns what `run` returns, or the boundary's failure.
 * @remarks One `try` per call: the valid path costs nothing measurable.
 * Synchronous bodies only; an `async` body's rejection is not caught here.
 * @example
 * ```ts
 * export function computeQuorum(input: unknown, options?: AssemblyOptions) {
 *   return atBoundary(options, (o, locale) => quorumOf(input, o, locale));
 * }
 * ```
 */
export function atBoundary<O extends object, R>(
  options: O | null | undefined,
  run: (options: O, locale: Locale) => R,
): R | Failure<BoundaryIssueCode> {
  const read = readOptions(options);
  if (!read.ok) return read;
  try {
    return run(read.options, read.locale);
  } catch (error) {
    return unreadable(error, read.locale);
  }
}

/**
 * Run the body of an entry point so that an exception raised while it reads
 * its input becomes one `input.unreadable` issue; for entry points whose
 * options have no `locale` (see {@link atBoundary} for those that do).
 *
 * @param run - the body.
 * @param locale - the language of the issue's message. Default `"en"`.
 * @returns what `run` returns, or the `input.unreadable` failure.
 * @remarks One `try` per call. Synchronous bodies only.
 * @example
 * ```ts
 * export function renderJson(document: unknown, options?: JsonOptions) {
 *   return guardInput(() => render(document, options));
 * }
 * ```
 */
export function guardInput<R>(run: () => R, locale: Locale = DEFAULT_LOCALE): R | Failure<"input.unreadable"> {
  try {
    return run();
  } catch (error) {
    return unreadable(error, locale);
  }
}
