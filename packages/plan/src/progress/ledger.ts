import type { IsoDate, TransactionKindValue } from "@madani/model";
import type { Plan } from "../plan/plan.js";

/** Sums of a ledger, in integer minor units of the plan's currency, by kind of transaction. */
export interface LedgerTotals {
  readonly currency: string;
  /** Commitments received from funders (`incoming-commitment`). */
  readonly incomingCommitments: number;
  /** Funds received (`incoming-funds`). */
  readonly received: number;
  /** Commitments made to partners and suppliers (`outgoing-commitment`). */
  readonly committed: number;
  /** Money passed on to partners (`disbursement`). */
  readonly disbursed: number;
  /** Money spent on goods and services (`expenditure`). */
  readonly spent: number;
}

/** A plan's ledger summed: in all, by activity (`""` for none), and, for each budget line revised, its history. */
export interface PlanLedger {
  readonly total: LedgerTotals;
  readonly byActivity: Readonly<Record<string, LedgerTotals>>;
  /** Transactions in another currency than the plan's, left out of the sums (by id). */
  readonly otherCurrency: readonly string[];
  /** Budget lines: the original amount, the amount planned now and the number of revisions, by activity. */
  readonly budget: readonly {
    readonly activityId: string;
    readonly year: number;
    readonly funderId: string | undefined;
    readonly original: number;
    readonly planned: number;
    readonly revisions: number;
  }[];
}

const FIELD: Readonly<Record<TransactionKindValue, keyof Omit<LedgerTotals, "currency">>> = {
  "incoming-commitment": "incomingCommitments",
  "incoming-funds": "received",
  "outgoing-commitment": "committed",
  disbursement: "disbursed",
  expenditure: "spent",
};

function empty(currency: string): { -readonly [K in keyof LedgerTotals]: LedgerTotals[K] } {
  return { currency, incomingCommitments: 0, received: 0, committed: 0, disbursed: 0, spent: 0 };
}

/**
 * Sum a plan's transaction ledger by kind, in all and by activity, counting the transactions dated on or before
 * `asOf` (all of them without it), and list each budget line's original and current planned amount.
 *
 * @param plan - a valid plan (its `transactions`, activities and budget lines are read).
 * @param asOf - the date up to which transactions count.
 * @returns the sums in integer minor units of the plan's currency (that of its first budget amount or
 * transaction, `MAD` when it has none); transactions in another currency are listed apart, never converted.
 * @example
 * ```ts
 * planLedger(plan, "2025-12-31").total.spent; // 4_250_000 (42,500.00 MAD)
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function planLedger(plan: Pick<Plan, "activities" | "transactions">, asOf?: IsoDate): PlanLedger {
  let currency: string | undefined;
  for (const a of plan.activities) currency ??= a.budget?.[0]?.planned.currency;
  currency ??= plan.transactions?.[0]?.amount.currency ?? "MAD";
  const total = empty(currency);
  const byActivity: Record<string, ReturnType<typeof empty>> = {};
  const otherCurrency: string[] = [];
  for (const t of plan.transactions ?? []) {
    if (asOf !== undefined && t.date > asOf) continue;
    if (t.amount.currency !== currency) {
      otherCurrency.push(t.id);
      continue;
    }
    const key = t.activityId ?? "";
    let into = byActivity[key];
    if (into === undefined) {
      into = empty(currency);
      byActivity[key] = into;
    }
    const field = FIELD[t.kind];
    into[field] += t.amount.amount;
    total[field] += t.amount.amount;
  }
  const budget = plan.activities.flatMap((a) =>
    (a.budget ?? []).map((line) => ({
      activityId: a.id,
      year: line.year,
      funderId: line.funderId,
      original: (line.original ?? line.planned).amount,
      planned: line.planned.amount,
      revisions: line.revisions?.length ?? 0,
    })),
  );
  return { total, byActivity, otherCurrency, budget };
}
