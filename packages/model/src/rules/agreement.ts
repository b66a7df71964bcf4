import type { PartnershipAgreement } from "../agreement/partnershipAgreement.js";
import type { Rule } from "../validator.js";
import { WARNING } from "../validator.js";
import { checkOrder, checkPast } from "./dates.js";

const period: Rule<PartnershipAgreement> = (a, ctx) => {
  checkOrder(ctx, "agreement.end_before_start", a.period.startOn, a.period.endOn, ["period", "endOn"]);
  checkPast(ctx, [
    [a.signedOn, ["signedOn"]],
    [a.terminatedOn, ["terminatedOn"]],
    ...(a.milestones ?? []).map((m, i) => [m.doneOn, ["milestones", i, "doneOn"]] as const),
  ]);
};

const parties: Rule<PartnershipAgreement> = (a, ctx) => {
  const seen = new Set<string>();
  a.parties.forEach((p, i) => {
    if (seen.has(p.organizationId)) {
      ctx.report("agreement.party_duplicate", ["parties", i, "organizationId"], { value: p.organizationId });
    }
    seen.add(p.organizationId);
    (p.contributions ?? []).forEach((c, j) => {
      if (c.kind === "financial" && c.amount === undefined) {
        ctx.report("agreement.contribution_amount_missing", ["parties", i, "contributions", j, "amount"]);
      }
    });
  });
  if (seen.size < 2) ctx.report("agreement.parties_min", ["parties"], { params: { count: seen.size } });
};

const status: Rule<PartnershipAgreement> = (a, ctx) => {
  if ((a.status === "signed" || a.status === "active" || a.status === "expired") && a.signedOn === undefined) {
    ctx.report("agreement.signed_on_missing", ["signedOn"], { value: a.status });
  }
  if (a.status === "terminated" && a.terminatedOn === undefined) {
    ctx.report("agreement.terminated_on_missing", ["terminatedOn"]);
  }
  const end = a.period.endOn;
  if (
    ctx.asOf !== undefined &&
    end !== undefined &&
    ctx.asOf > end &&
    (a.status === "active" || a.status === "signed" || a.status === "draft")
  ) {
    ctx.report("agreement.status_stale", ["status"], { params: { endOn: end }, value: a.status, ...WARNING });
  }
  (a.milestones ?? []).forEach((m, i) => {
    if (m.status === "done" && m.doneOn === undefined)
      ctx.report("milestone.done_on_missing", ["milestones", i, "doneOn"]);
  });
};

/** The rules `validatePartnershipAgreement` runs after the shape check. */
export const agreementRules: readonly Rule<PartnershipAgreement>[] = [period, parties, status];
