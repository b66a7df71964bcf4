import type { PartnershipAgreement } from "../agreement/partnershipAgreement.js";
import type { Rule } from "../validator.js";
import { WARNING } from "../validator.js";
import { checkMilestones, checkOrder, checkPast } from "./dates.js";

const period: Rule<PartnershipAgreement> = (a, ctx) => {
  checkOrder(ctx, "agreement.end_before_start", a.period.startOn, a.period.endOn, ["period", "endOn"]);
  checkPast(ctx, [
    [a.signedOn, ["signedOn"]],
    [a.terminatedOn, ["terminatedOn"]],
    ...(a.milestones ?? []).map((m, i) => [m.doneOn, ["milestones", i, "doneOn"]] as const),
    ...(a.transactions ?? []).map((t, i) => [t.date, ["transactions", i, "date"]] as const),
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
  checkMilestones(ctx, a.milestones ?? []);
};

/** Money received or passed on against a milestone: what pays a tranche. */
const PAYMENT_KINDS: ReadonlySet<string> = new Set(["incoming-funds", "disbursement"]);

const ledger: Rule<PartnershipAgreement> = (a, ctx) => {
  const milestones = new Map<
    string,
    { readonly index: number; readonly amount?: { amount: number; currency: string } }
  >();
  (a.milestones ?? []).forEach((m, index) => {
    if (m.id !== undefined && !milestones.has(m.id))
      milestones.set(m.id, m.amount === undefined ? { index } : { index, amount: m.amount });
  });
  const paid = new Map<string, number>();
  const seen = new Set<string>();
  (a.transactions ?? []).forEach((t, i) => {
    if (seen.has(t.id))
      ctx.report("agreement.transaction_duplicate_id", ["transactions", i, "id"], { params: { id: t.id } });
    seen.add(t.id);
    if (t.milestoneId === undefined) return;
    const m = milestones.get(t.milestoneId);
    if (m === undefined) {
      ctx.report("agreement.unknown_milestone", ["transactions", i, "milestoneId"], {
        params: { id: t.milestoneId },
        value: t.milestoneId,
      });
      return;
    }
    if (PAYMENT_KINDS.has(t.kind) && m.amount !== undefined && t.amount.currency === m.amount.currency)
      paid.set(t.milestoneId, (paid.get(t.milestoneId) ?? 0) + t.amount.amount);
  });
  for (const [id, m] of milestones) {
    const total = paid.get(id) ?? 0;
    if (m.amount !== undefined && total > m.amount.amount)
      ctx.report("milestone.overpaid", ["milestones", m.index, "amount"], {
        params: { id, paid: total, amount: m.amount.amount, currency: m.amount.currency },
        severity: "warning",
      });
  }
};

/** The rules `validatePartnershipAgreement` runs after the shape check. */
export const agreementRules: readonly Rule<PartnershipAgreement>[] = [period, parties, status, ledger];
