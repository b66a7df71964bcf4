import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Plan } from "../plan/plan.js";
import { planLedger } from "./ledger.js";

const MAD = (dirhams: number) => ({ amount: dirhams * 100, currency: "MAD" });
type Ledger = Pick<Plan, "activities" | "transactions">;

/** The Doukkala network's training activity, funded through the Hiwar project. */
const plan: Ledger = {
  activities: [
    {
      id: "act-1-1",
      elementId: "r1",
      code: "1.1.1",
      title: { fr: "Sessions de formation à El Jadida" },
      startOn: "2025-03-01",
      endOn: "2025-06-30",
      status: "done",
      budget: [
        {
          year: 2025,
          funderId: "ue",
          planned: MAD(120_000),
          original: MAD(100_000),
          revisions: [{ on: "2025-05-02", planned: MAD(120_000) }],
        },
      ],
    },
  ],
  transactions: [
    { id: "t1", kind: "incoming-commitment", date: "2024-12-20", amount: MAD(250_000), providerId: "ue" },
    { id: "t2", kind: "incoming-funds", date: "2025-03-10", amount: MAD(150_000), providerId: "ue" },
    { id: "t3", kind: "expenditure", date: "2025-03-20", amount: MAD(42_500), activityId: "act-1-1" },
    {
      id: "t4",
      kind: "disbursement",
      date: "2025-04-02",
      amount: MAD(20_000),
      activityId: "act-1-1",
      receiverId: "assoc-sidi-bennour",
    },
    { id: "t5", kind: "expenditure", date: "2026-01-15", amount: MAD(9_000), activityId: "act-1-1" },
    {
      id: "t6",
      kind: "expenditure",
      date: "2025-05-01",
      amount: { amount: 100, currency: "EUR" },
      activityId: "act-1-1",
    },
  ],
};

describe("planLedger", () => {
  it("sums the ledger by kind, in all and by activity, up to a date, and keeps each line's history", () => {
    const l = planLedger(plan, "2025-12-31");
    expect(l.total).toEqual({
      currency: "MAD",
      incomingCommitments: 25_000_000,
      received: 15_000_000,
      committed: 0,
      disbursed: 2_000_000,
      spent: 4_250_000,
    });
    expect(l.byActivity["act-1-1"]?.spent).toBe(4_250_000);
    expect(l.byActivity[""]?.received).toBe(15_000_000);
    expect(l.otherCurrency).toEqual(["t6"]);
    expect(l.budget).toEqual([
      { activityId: "act-1-1", year: 2025, funderId: "ue", original: 10_000_000, planned: 12_000_000, revisions: 1 },
    ]);
    expect(planLedger(plan).total.spent).toBe(5_150_000);
  });

  it("law: the total is the sum over activities, and a later date never lowers a sum", () => {
    const kind = fc.constantFrom(
      "incoming-commitment",
      "incoming-funds",
      "outgoing-commitment",
      "disbursement",
      "expenditure" as const,
    );
    const tx = fc.record({
      kind,
      day: fc.integer({ min: 1, max: 28 }),
      amount: fc.nat(1_000_000),
      activity: fc.constantFrom("a", "b", undefined),
    });
    fc.assert(
      fc.property(fc.array(tx, { maxLength: 30 }), fc.integer({ min: 1, max: 28 }), (txs, day) => {
        const p: Ledger = {
          activities: [],
          transactions: txs.map((t, i) => ({
            id: `t${i}`,
            kind: t.kind,
            date: `2025-02-${String(t.day).padStart(2, "0")}`,
            amount: { amount: t.amount, currency: "MAD" },
            ...(t.activity === undefined ? {} : { activityId: t.activity }),
          })),
        };
        const asOf = `2025-02-${String(day).padStart(2, "0")}`;
        const l = planLedger(p, asOf);
        const later = planLedger(p);
        for (const k of ["incomingCommitments", "received", "committed", "disbursed", "spent"] as const) {
          expect(Object.values(l.byActivity).reduce((s, t) => s + t[k], 0)).toBe(l.total[k]);
          expect(later.total[k]).toBeGreaterThanOrEqual(l.total[k]);
        }
      }),
    );
  });
});
