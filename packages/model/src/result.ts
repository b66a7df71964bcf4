import type { MessageParams } from "./i18n/locale.js";
import type { IssueCode } from "./issueCodes.js";

/**
 * Where an issue sits in the input: object keys and array indexes from the root.
 *
 * @example
 * ```ts
 * const path: IssuePath = ["governingBodies", 0, "mandates", 2, "endOn"];
 * ```
 */
export type IssuePath = readonly (string | number)[];

/**
 * How serious an issue is. `error` makes a result fail; `warning` reports a
 * fact a person should act on (a late declaration, say) on a valid value.
 */
export type Severity = "error" | "warning";

/**
 * One problem found in the input.
 *
 * @remarks `code` is stable across releases and safe to branch on; `message`
 * is for people and changes with the locale. `value` is the offending value
 * when it is a short primitive that is not personal data; it is absent otherwise.
 */
export interface Issue<C extends string = IssueCode> {
  /** Stable, dotted identifier of the problem, e.g. `"rib.checksum"`. */
  readonly code: C;
  /** Location of the problem in the input. */
  readonly path: IssuePath;
  /** Human-readable explanation in the requested locale. */
  readonly message: string;
  /** `error` unless stated otherwise. */
  readonly severity: Severity;
  /** Named values the message refers to (limits, expected formats, dates). */
  readonly params?: MessageParams;
  /** The offending value, when it is safe to echo back. */
  readonly value?: string | number | boolean | null;
}

/**
 * The outcome of parsing or checking input: a value, or the issues that prevent one.
 *
 * @typeParam T - the type of the parsed value.
 * @typeParam C - the issue codes it can report (the model's by default; other packages add theirs).
 * @example
 * ```ts
 * const r = parseIce("001525289000092");
 * if (r.ok) console.log(r.value); else console.log(r.issues[0]?.code);
 * ```
 */
export type Result<T, C extends string = IssueCode> = Ok<T> | Failure<C>;

/** A successful {@link Result}. */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/** A failed {@link Result}: at least one issue with severity `error`. */
export interface Failure<C extends string = IssueCode> {
  readonly ok: false;
  readonly issues: readonly Issue<C>[];
}

/**
 * The outcome of validating an entity: like {@link Result}, and a valid value
 * may still carry warnings (facts that do not make the data invalid).
 *
 * @typeParam T - the type of the validated entity.
 * @typeParam C - the issue codes it can report.
 */
export type ValidationResult<T, C extends string = IssueCode> = ValidOk<T, C> | Failure<C>;

/** A successful {@link ValidationResult}. */
export interface ValidOk<T, C extends string = IssueCode> extends Ok<T> {
  /** Issues of severity `warning`; empty when there are none. */
  readonly warnings: readonly Issue<C>[];
}
