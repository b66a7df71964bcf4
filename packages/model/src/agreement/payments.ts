import type { IsoDate } from "../date.js";
import type { Milestone, PartnershipAgreement } from "./partnershipAgreement.js";

/** Where a milestone of an agreement stands: its tranche, what was paid against it, whether it is overdue. */
export interface MilestonePayment {
  /** The milestone's index in `agreement.milestones`. */
  readonly index: number;
  readonly milestone: Milestone;
  /** Incoming funds and disbursements linked to the milestone, in integer minor units of the tranche's currency (of the first linked payment without a tranche). */
  readonly paid: number;
  /** The tranche still to pay (`amount - paid`, not below 0), when the milestone has an amount. */
  readonly outstanding: number | undefined;
  readonly currency: string | undefined;
  /** The ids of the transactions linked to the milestone, in ledger order (of every kind). */
  readonly transactionIds: readonly string[];
  /** Still planned on a date strictly after its due date (with `asOf`; `false` without it). */
  readonly overdue: boolean;
}

/**
 * The milestones of an agreement with the money paid against each: the ledger's incoming funds and
 * disbursements that name the milestone, summed in integer minor units, and the tranche still outstanding.
 *
 * @param agreement - a validated agreement.
 * @param asOf - the date on which a planned milestone past its due date is overdue.
 * @returns one entry per milestone, in the agreement's order.
 * @remarks Payments in another currency than the tranche's are left out of `paid` (their ids stay in
 * `transactionIds`); a milestone without an id has no linked transaction.
 * @example
 * ```ts
 * milestonePayments(agreement, "2026-01-31").map((m) => [m.milestone.id, m.paid, m.outstanding, m.overdue]);
 * // [["tranche-1", 15000000, 0, false], ["tranche-2", 0, 10000000, true]]
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass an agreement checked by `validatePartnershipAgreement`.
 */
export function milestonePayments(agreement: PartnershipAgreement, asOf?: IsoDate): MilestonePayment[] {
  const byMilestone = new Map<string, { ids: string[]; paid: number; currency: string | undefined }>();
  const milestones = agreement.milestones ?? [];
  for (const m of milestones)
    if (m.id !== undefined && !byMilestone.has(m.id))
      byMilestone.set(m.id, { ids: [], paid: 0, currency: m.amount?.currency });
  for (const t of agreement.transactions ?? []) {
    const entry = t.milestoneId === undefined ? undefined : byMilestone.get(t.milestoneId);
    if (entry === undefined) continue;
    entry.ids.push(t.id);
    if (t.kind !== "incoming-funds" && t.kind !== "disbursement") continue;
    entry.currency ??= t.amount.currency;
    if (t.amount.currency === entry.currency) entry.paid += t.amount.amount;
  }
  return milestones.map((milestone, index) => {
    const entry = milestone.id === undefined ? undefined : byMilestone.get(milestone.id);
    const paid = entry?.paid ?? 0;
    return {
      index,
      milestone,
      paid,
      outstanding: milestone.amount === undefined ? undefined : Math.max(0, milestone.amount.amount - paid),
      currency: entry?.currency ?? milestone.amount?.currency,
      transactionIds: entry?.ids ?? [],
      overdue: asOf !== undefined && milestone.status === "planned" && asOf > milestone.dueOn,
    };
  });
}
