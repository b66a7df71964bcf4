import type { IssueCode } from "../issueCodes.js";

/** Prefix of a zod issue message that carries a Madani issue code. */
export const CODE_PREFIX = "madani:";

/**
 * The `params` of a zod refinement that carries a Madani issue code, so that
 * refinements inside schemas report stable codes.
 *
 * @example
 * ```ts
 * z.string().refine(isValidRib, { params: coded("rib.checksum") });
 * ```
 */
export function coded(
  code: IssueCode,
  params?: Readonly<Record<string, string | number>>,
): { madani: IssueCode; madaniParams?: Readonly<Record<string, string | number>> } {
  return params === undefined ? { madani: code } : { madani: code, madaniParams: params };
}

/**
 * The `error` option of a built-in zod check (`regex`, `min`, `max` …) that
 * carries a Madani issue code.
 *
 * @example
 * ```ts
 * z.string().regex(/^\d{24}$/, codedError("rib.format"));
 * ```
 */
export function codedError(code: IssueCode): { error: string } {
  return { error: `${CODE_PREFIX}${code}` };
}
