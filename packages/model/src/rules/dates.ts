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

/**
 * The milestone rules shared by agreements and projects: a done milestone has its date
 * (`milestone.done_on_missing`), ids are unique (`milestone.duplicate_id`), and with `asOf` a milestone still
 * planned after its due date is overdue (`milestone.overdue`, a warning: the date is strictly after the due
 * date, as for every lateness rule of the project).
 */
export function checkMilestones(
  ctx: RuleContext<ValidateOptions>,
  milestones: readonly {
    readonly id?: string | undefined;
    readonly dueOn: IsoDate;
    readonly status: string;
    readonly doneOn?: IsoDate | undefined;
  }[],
): void {
  const seen = new Set<string>();
  milestones.forEach((m, i) => {
    if (m.status === "done" && m.doneOn === undefined)
      ctx.report("milestone.done_on_missing", ["milestones", i, "doneOn"]);
    if (m.id !== undefined) {
      if (seen.has(m.id)) ctx.report("milestone.duplicate_id", ["milestones", i, "id"], { params: { id: m.id } });
      seen.add(m.id);
    }
    if (ctx.asOf !== undefined && m.status === "planned" && ctx.asOf > m.dueOn)
      ctx.report("milestone.overdue", ["milestones", i, "status"], {
        params: { dueOn: m.dueOn, asOf: ctx.asOf },
        severity: "warning",
      });
  });
}
