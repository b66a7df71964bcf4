import type { Project } from "../project/project.js";
import type { Rule } from "../validator.js";
import { checkMilestones, checkOrder, checkPast } from "./dates.js";

const period: Rule<Project> = (p, ctx) => {
  checkOrder(ctx, "project.end_before_start", p.period.startOn, p.period.endOn, ["period", "endOn"]);
  checkPast(
    ctx,
    (p.milestones ?? []).map((m, i) => [m.doneOn, ["milestones", i, "doneOn"]] as const),
  );
  checkMilestones(ctx, p.milestones ?? []);
};

const consortium: Rule<Project> = (p, ctx) => {
  if (p.consortium.length === 0) return;
  const leads = p.consortium.filter((c) => c.role === "lead").length;
  if (leads !== 1) ctx.report("project.lead_count", ["consortium"], { params: { count: leads } });
};

const budget: Rule<Project> = (p, ctx) => {
  const currency = p.budgetLines[0]?.amount.currency;
  const funders = new Set(p.funders.map((f) => f.organizationId));
  const firstYear = Number(p.period.startOn.slice(0, 4));
  const lastYear = p.period.endOn === undefined ? Number.POSITIVE_INFINITY : Number(p.period.endOn.slice(0, 4));
  p.budgetLines.forEach((line, i) => {
    if (line.amount.currency !== currency) {
      ctx.report("project.currency_mismatch", ["budgetLines", i, "amount", "currency"], {
        params: { expected: currency ?? "" },
        value: line.amount.currency,
      });
    }
    if (line.year !== undefined && (line.year < firstYear || line.year > lastYear)) {
      ctx.report("project.budget_year_outside", ["budgetLines", i, "year"], { value: line.year });
    }
    if (line.funderId !== undefined && !funders.has(line.funderId)) {
      ctx.report("project.unknown_funder", ["budgetLines", i, "funderId"], { value: line.funderId });
    }
  });
};

/** The rules `validateProject` runs after the shape check. */
export const projectRules: readonly Rule<Project>[] = [period, consortium, budget];
