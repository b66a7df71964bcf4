import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExpenseNature } from "./expenseNature.js";
import { summarizeFinances } from "./financialSummary.js";
import { IncomeSource } from "./incomeSource.js";
import { GeneralAssemblyInputSchema } from "./input.js";

const mad = (amount: number) => ({ amount, currency: "MAD" });
const LARGE = Math.floor(Number.MAX_SAFE_INTEGER / 1000);

const base = {
  organization: { id: "org", legalForm: "association", name: { ar: "جمعية" } },
  period: { startOn: "2024-01-01", endOn: "2024-12-31" },
  assemblyOn: "2025-03-15",
  language: "ar",
  generatedAt: "2025-03-01T10:00:00+01:00",
};
const parse = (extra: object) => GeneralAssemblyInputSchema.parse({ ...base, ...extra });

describe("summarizeFinances", () => {
  it("totals, balance and closing cash, exactly", () => {
    const s = summarizeFinances(
      parse({
        income: [
          { source: "membership-fees", label: { ar: "انخراط" }, amount: mad(10) },
          { source: "donations", label: { ar: "تبرع" }, amount: mad(20) },
          { source: "membership-fees", label: { ar: "انخراط" }, amount: mad(5) },
        ],
        expenses: [{ nature: "travel", label: { ar: "تنقل" }, amount: mad(50) }],
        openingCash: mad(100),
      }),
    );
    expect(s.totalIncome).toEqual(mad(35));
    expect(s.totalExpenses).toEqual(mad(50));
    expect(s.balance).toEqual(mad(-15));
    expect(s.closingCash).toEqual(mad(85));
    // 15 / 35 = 42.857 → 42.9; 20 / 35 = 57.142 → 57.1.
    expect(s.incomeBySource).toEqual([
      { key: "membership-fees", lines: 2, amount: mad(15), share: 42.9 },
      { key: "donations", lines: 1, amount: mad(20), share: 57.1 },
    ]);
    expect(s.expensesByNature).toEqual([{ key: "travel", lines: 1, amount: mad(50), share: 100 }]);
  });

  it("has no closing cash without an opening cash, and no shares of a zero total", () => {
    const s = summarizeFinances(parse({ income: [{ source: "other", label: { ar: "x" }, amount: mad(0) }] }));
    expect(s.closingCash).toBeUndefined();
    expect(s.incomeBySource).toEqual([{ key: "other", lines: 1, amount: mad(0), share: null }]);
    expect(s.currency).toBe("MAD");
  });

  it("lists public funding: public funders' agreements in the period, subsidized agreements, loose subsidies by funder", () => {
    const agreement = (id: string, funder: string, period: object, contributions?: object[]) => ({
      id,
      title: { ar: id },
      parties: [
        { organizationId: funder, role: "funder", ...(contributions === undefined ? {} : { contributions }) },
        { organizationId: "org", role: "implementer" },
      ],
      period,
      status: "signed",
      signedOn: "2023-12-01",
    });
    const s = summarizeFinances(
      parse({
        partners: [
          { id: "commune", name: { ar: "جماعة" }, kind: "local-authority" },
          { id: "entraide", name: { ar: "التعاون الوطني" }, kind: "public-institution" },
          { id: "ngo", name: { ar: "منظمة" }, kind: "international-organization" },
          { id: "region", name: { ar: "الجهة" }, kind: "local-authority" },
        ],
        agreements: [
          agreement("c-commune", "commune", { startOn: "2024-02-01", endOn: "2024-12-31" }, [
            { kind: "financial", amount: mad(300) },
            { kind: "financial", amount: mad(200) },
            { kind: "in-kind" },
          ]),
          agreement("c-old", "entraide", { startOn: "2021-01-01", endOn: "2022-12-31" }),
          agreement("c-ngo", "ngo", { startOn: "2024-01-01" }),
          agreement("c-ngo-subsidy", "ngo", { startOn: "2024-01-01" }),
        ],
        income: [
          {
            source: "public-subsidy",
            label: { ar: "منحة" },
            amount: mad(400),
            funderId: "commune",
            agreementId: "c-commune",
          },
          { source: "public-subsidy", label: { ar: "منحة" }, amount: mad(70), agreementId: "c-ngo-subsidy" },
          { source: "public-subsidy", label: { ar: "منحة" }, amount: mad(30), funderId: "region" },
          { source: "public-subsidy", label: { ar: "منحة" }, amount: mad(20) },
          { source: "public-subsidy", label: { ar: "منحة" }, amount: mad(10), funderId: "region" },
          { source: "donations", label: { ar: "تبرع" }, amount: mad(1), funderId: "ngo", agreementId: "c-ngo" },
        ],
      }),
    );
    expect(s.publicFunding).toEqual([
      {
        agreementId: "c-commune",
        funderIds: ["commune"],
        committed: mad(500),
        received: mad(400),
        startOn: "2024-02-01",
        endOn: "2024-12-31",
        status: "signed",
      },
      // A private funder, but public subsidies were received under it.
      { agreementId: "c-ngo-subsidy", funderIds: ["ngo"], received: mad(70), startOn: "2024-01-01", status: "signed" },
      { funderIds: ["region"], received: mad(40) },
      { funderIds: [], received: mad(20) },
    ]);
  });

  const line = <K extends string>(keys: readonly K[]) =>
    fc.record({
      key: fc.constantFrom(...keys),
      amount: fc.oneof(fc.nat(1_000_000), fc.integer({ min: LARGE - 1_000_000, max: LARGE }), fc.constant(0)),
    });

  it("law: totals are the exact sums of the lines; categories add up to the totals; shares to 100.0", () => {
    fc.assert(
      fc.property(
        fc.array(line(IncomeSource.values), { maxLength: 40 }),
        fc.array(line(ExpenseNature.values), { maxLength: 40 }),
        fc.option(fc.integer({ min: -LARGE, max: LARGE }), { nil: undefined }),
        (income, expenses, opening) => {
          const s = summarizeFinances(
            parse({
              income: income.map((l) => ({ source: l.key, label: { ar: "م" }, amount: mad(l.amount) })),
              expenses: expenses.map((l) => ({ nature: l.key, label: { ar: "م" }, amount: mad(l.amount) })),
              ...(opening === undefined ? {} : { openingCash: mad(opening) }),
            }),
          );
          const sum = (xs: readonly { amount: number }[]) => xs.reduce((a, x) => a + BigInt(x.amount), 0n);
          expect(BigInt(s.totalIncome.amount)).toBe(sum(income));
          expect(BigInt(s.totalExpenses.amount)).toBe(sum(expenses));
          expect(BigInt(s.balance.amount)).toBe(sum(income) - sum(expenses));
          if (opening !== undefined) {
            expect(BigInt(s.closingCash?.amount ?? Number.NaN)).toBe(BigInt(opening) + sum(income) - sum(expenses));
          }
          expect(sum(s.incomeBySource.map((c) => c.amount))).toBe(sum(income));
          expect(sum(s.expensesByNature.map((c) => c.amount))).toBe(sum(expenses));
          for (const c of s.incomeBySource)
            expect(BigInt(c.amount.amount)).toBe(sum(income.filter((l) => l.key === c.key)));
          for (const rows of [s.incomeBySource, s.expensesByNature]) {
            const total = rows.reduce((a, c) => a + c.amount.amount, 0);
            const tenths = rows.reduce((a, c) => a + Math.round((c.share ?? 0) * 10), 0);
            expect(tenths).toBe(total === 0 ? 0 : 1000);
          }
        },
      ),
    );
  });
});
