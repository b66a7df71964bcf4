import type { IssueCode } from "../issueCodes.js";

/**
 * The `params` of a zod custom issue that carries a Madani issue code, so
 * that refinements inside schemas report stable codes.
 *
 * @example
 * ```ts
 * z.string().refine(isValidRib, { params: coded("rib.checksum") });
 * ```
 */
export function coded(code: IssueCode, params?: Readonly<Record<string, string | number>>): { madani: IssueCode; madaniParams?: Readonly<Record<string, string | number>> } {
  return params === undefined ? { madani: code } : { madani: code, madaniParams: params };
}
