import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validatePartnershipAgreement } from "../validate.js";
import { milestonePayments } from "./payments.js";

const MAD = (dirhams: number) => ({ amount: dirhams * 100, currency: "MAD" });

/** A ledger entry as input data. */
interface Entry {
  id: string;
  kind: string;
  date: string;
  amount: { amount: number; currency: string };
  providerId?: string;
  milestoneId?: string;
  reference?: string;
}

/**
 * The Hiwar project's support to the Doukkala network through Avocats Sans Frontières: two tranches paid against
 * milestones (the launch workshop in Tangier, then the adopted strategic plan).
 */
const agreement = {
  id: "conv-asf-doukkala-2025",
  title: {
    ar: "اتفاقية شراكة بين منظمة المحامون بلا حدود وشبكة الجمعيات الدكالية",
    fr: "Convention ASF – Réseau Doukkala",
  },
  parties: [
    { organizationId: "asf", role: "funder" },
    { organizationId: "reseau-doukkala", role: "implementer" },
  ],
  period: { startOn: "2025-01-01", endOn: "2026-12-31" },
  status: "active",
  signedOn: "2024-12-20",
  milestones: [
    {
      id: "tranche-1",
      name: { fr: "Atelier de lancement à Tanger" },
      dueOn: "2025-03-31",
      status: "done",
      doneOn: "2025-03-16",
      amount: MAD(150_000),
    },
    {
      id: "tranche-2",
      name: { fr: "Plan stratégique adopté par l'assemblée générale" },
      dueOn: "2025-12-31",
      status: "planned",
      amount: MAD(100_000),
    },
  ],
  transactions: <Entry[]>[
    { id: "t1", kind: "incoming-commitment", date: "2024-12-20", amount: MAD(250_000), providerId: "asf" },
    {
      id: "t2",
      kind: "incoming-funds",
      date: "2025-03-20",
      amount: MAD(150_000),
      providerId: "asf",
      milestoneId: "tranche-1",
    },
    {
      id: "t3",
      kind: "expenditure",
      date: "2025-03-16",
      amount: MAD(42_500),
      milestoneId: "tranche-1",
      reference: "FAC-2025-031",
    },
  ],
};

const codes = (input: unknown, asOf?: string) => {
  const r = validatePartnershipAgreement(input, asOf === undefined ? {} : { asOf });
  return r.ok ? r.warnings.map((w) => w.code) : r.issues.map((i) => `${i.code}@${i.path.join(".")}`);
};

describe("agreement ledger and milestones", () => {
  it("accepts the scenario, and flags the second tranche overdue after its due date only", () => {
    expect(codes(agreement, "2025-12-31")).toEqual([]);
    expect(codes(agreement, "2026-01-01")).toEqual(["milestone.overdue"]);
  });

  it("gives what was paid against each tranche and what is outstanding", () => {
    const r = validatePartnershipAgreement(agreement);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(
      milestonePayments(r.value, "2026-01-15").map((m) => [
        m.milestone.id,
        m.paid,
        m.outstanding,
        m.transactionIds,
        m.overdue,
      ]),
    ).toEqual([
      ["tranche-1", 15_000_000, 0, ["t2", "t3"], false],
      ["tranche-2", 0, 10_000_000, [], true],
    ]);
  });

  it("refuses a transaction naming an unknown milestone, and duplicate ids", () => {
    const bad = structuredClone(agreement);
    bad.transactions.push({
      id: "t2",
      kind: "disbursement",
      date: "2025-04-01",
      amount: MAD(1),
      milestoneId: "tranche-9",
    });
    bad.milestones.push({ ...bad.milestones[1], id: "tranche-2" } as (typeof bad.milestones)[number]);
    expect(codes(bad)).toEqual([
      "milestone.duplicate_id@milestones.2.id",
      "agreement.transaction_duplicate_id@transactions.3.id",
      "agreement.unknown_milestone@transactions.3.milestoneId",
    ]);
  });

  it("warns when the payments against a tranche exceed it, and checks transaction dates against asOf", () => {
    const over = structuredClone(agreement);
    over.transactions.push({
      id: "t4",
      kind: "incoming-funds",
      date: "2025-04-02",
      amount: MAD(1),
      milestoneId: "tranche-1",
    });
    expect(codes(over, "2025-06-30")).toEqual(["milestone.overpaid"]);
    const future = structuredClone(agreement);
    future.transactions.push({ id: "t4", kind: "expenditure", date: "2025-04-02", amount: MAD(1) });
    expect(codes(future, "2025-03-31")).toEqual(["date.in_future@transactions.3.date"]);
  });

  it("law: paid is the sum of same-currency payments, outstanding the rest, and overpaid is reported exactly when paid exceeds the tranche", () => {
    const payment = fc.record({
      kind: fc.constantFrom("incoming-funds", "disbursement", "expenditure", "outgoing-commitment" as const),
      amount: fc.nat(1_000_000),
      currency: fc.constantFrom("MAD", "MAD", "EUR"),
    });
    fc.assert(
      fc.property(fc.nat(2_000_000), fc.array(payment, { maxLength: 8 }), (tranche, payments) => {
        const input = {
          ...agreement,
          milestones: [
            {
              id: "m",
              name: { fr: "Tranche" },
              dueOn: "2025-06-30",
              status: "planned",
              amount: { amount: tranche, currency: "MAD" },
            },
          ],
          transactions: payments.map((p, i) => ({
            id: `t${i}`,
            kind: p.kind,
            date: "2025-05-01",
            amount: { amount: p.amount, currency: p.currency },
            milestoneId: "m",
          })),
        };
        const r = validatePartnershipAgreement(input);
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        const paid = payments
          .filter((p) => (p.kind === "incoming-funds" || p.kind === "disbursement") && p.currency === "MAD")
          .reduce((s, p) => s + p.amount, 0);
        const [m] = milestonePayments(r.value);
        expect([m?.paid, m?.outstanding]).toEqual([paid, Math.max(0, tranche - paid)]);
        expect(r.warnings.some((w) => w.code === "milestone.overpaid")).toBe(paid > tranche);
      }),
      { numRuns: 300 },
    );
  });
});
