import type { IsoDate } from "../date.js";
import type { IssuePath } from "../result.js";
import type { ValidateOptions } from "../validation.js";
import type { RuleContext } from "../validator.js";

/**
 * Report `date.in_future` for each given date that is after `asOf`. Without
 * `asOf` nothing is checked: the machine clock is never read.
 */
export function checkPast(
  ctx: RuleContext<ValidateOptions>,
  dates: readonly (readonly [IsoDate | undefined, IssuePath])[],
): void {
  const asOf = ctx.asOf;
  if (asOf === undefined) return;
  for (const [date, path] of dates) {
    if (date !== undefined && date > asOf) ctx.report("date.in_future", path, { params: { asOf }, value: date });
  }
}

/** Report `code` when both dates exist and `later` is before `earlier`. */
export function checkOrder(
  ctx: RuleContext<ValidateOptions>,
  code:
    | "mandate.end_before_start"
    | "agreement.end_before_start"
    | "project.end_before_start"
    | "membership.left_before_joined",
  earlier: IsoDate | undefined,
  later: IsoDate | undefined,
  path: IssuePath,
): boolean {
  if (earlier !== undefined && later !== undefined && later < earlier) {
    ctx.report(code, path, { params: { start: earlier, end: later }, value: later });
    return false;
  }
  return true;
}
