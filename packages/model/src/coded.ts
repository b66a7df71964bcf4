import type { IssueCode } from "./issueCodes.js";

/** Prefix of a zod issue message that carries a Madani issue code. */
export const CODE_PREFIX = "madani:";

/**
 * The `params` of a zod refinement that carries a Madani issue code, so that
 * refinements inside schemas report stable codes. Packages built on the model
 * pass codes of their own message table (given to `createValidator`).
 *
 * @param code - the issue code to report.
 * @param params - values for the message placeholders.
 * @returns the `params` object for `refine`.
 * @example
 * ```ts
 * z.string().refine(isValidRib, { params: coded("rib.checksum") });
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (validate untrusted data first).
 */
export function coded<C extends string = IssueCode>(
  code: C,
  params?: Readonly<Record<string, string | number>>,
): { madani: C; madaniParams?: Readonly<Record<string, string | number>> } {
  return params === undefined ? { madani: code } : { madani: code, madaniParams: params };
}

/**
 * The `error` option of a built-in zod check (`regex`, `min`, `max` …) that
 * carries a Madani issue code.
 *
 * @param code - the issue code to report.
 * @returns the `{ error }` option.
 * @example
 * ```ts
 * z.string().regex(/^\d{24}$/, codedError("rib.format"));
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (validate untrusted data first).
 */
export function codedError<C extends string = IssueCode>(code: C): { error: string } {
  return { error: `${CODE_PREFIX}${code}` };
}
