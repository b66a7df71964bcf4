import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Block, ReportDocument } from "../document/document.js";
import { validateReportDocument } from "../document/validate.js";
import { ExpenseNature } from "./expenseNature.js";
import { financialReport } from "./financialReport.js";
import { IncomeSource } from "./incomeSource.js";

const mad = (amount: number) => ({ amount, currency: "MAD" });
const LARGE = Math.floor(Number.MAX_SAFE_INTEGER / 1000);
const MAX = BigInt(Number.MAX_SAFE_INTEGER);

const base = {
  organization: { id: "org", legalForm: "association", name: { ar: "جمعية الأمل", fr: "Association Al Amal" } },
  period: { startOn: "2024-01-01", endOn: "2024-12-31" },
  assemblyOn: "2025-03-15",
  language: "fr",
  generatedAt: "2025-03-01T10:00:00+01:00",
};

type TableBlock = Extract<Block, { type: "table" }>;
const blocks = (doc: ReportDocument) => doc.sections.flatMap((s) => s.blocks);
const table = (doc: ReportDocument, id: string) =>
  blocks(doc).find((b): b is TableBlock => b.type === "table" && b.id === id);
const figures = (doc: ReportDocument) => blocks(doc).find((b) => b.type === "figures");
const money = (cell: unknown) => BigInt((cell as { amount: number }).amount);

function ok(input: unknown, options?: Parameters<typeof financialReport>[1]): ReportDocument {
  const r = financialReport(input, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(validateReportDocument(r.value).ok).toBe(true);
  return r.value;
}

describe("financialReport", () => {
  it("builds a valid document with empty sections when there are no lines", () => {
    const doc = ok(base);
    expect(doc.meta.title).toEqual({ fr: "Association Al Amal — Rapport financier de l'exercice 2024" });
    expect(doc.sections.map((s) => s.id)).toEqual([
      "introduction",
      "key-figures",
      "income-by-source",
      "expenses-by-nature",
      "income-detail",
      "expense-detail",
      "public-funding",
    ]);
    const f = figures(doc);
    expect(f?.type === "figures" && f.items.map((i) => i.value)).toEqual([0, 0, 0]);
    expect(table(doc, "income-by-source")).toBeUndefined();
  });

  it("marks a deficit, and gives the closing cash when the opening cash is known", () => {
    const doc = ok({
      ...base,
      income: [{ source: "donations", label: { fr: "Dons" }, amount: mad(1_000) }],
      expenses: [{ nature: "travel", label: { fr: "Transport" }, amount: mad(1_500) }],
      openingCash: mad(2_000),
    });
    const f = figures(doc);
    if (f?.type !== "figures") throw new Error("no figures");
    expect(f.items.map((i) => i.value)).toEqual([1_000, 1_500, -500, 2_000, 1_500]);
    expect(f.items[2]?.status).toEqual({ label: { fr: "Déficit" }, tone: "negative" });
    expect(f.items[0]?.format).toEqual({ type: "money", currency: "MAD" });
  });

  it("writes the years of a fiscal period across two calendar years", () => {
    const doc = ok({ ...base, period: { startOn: "2023-07-01", endOn: "2024-06-30" }, language: "en" });
    expect(doc.meta.title).toEqual({ en: "Association Al Amal — Financial report for 2023-2024" });
  });

  it("passes numerals and Hijri dates to the document", () => {
    const doc = ok({ ...base, language: "ar" }, { numerals: "arabic-indic", hijri: true });
    expect(doc.meta).toMatchObject({ numerals: "arabic-indic", hijri: true, language: "ar" });
  });

  it("returns issues, never throws, for bad input or options", () => {
    const r = financialReport({ ...base, expenses: [{ nature: "bribes", label: { fr: "x" }, amount: mad(1) }] });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["schema.invalid_value", "expenses.0.nature"],
    ]);
    // Messages in the input's language by default, in the requested one otherwise.
    expect(!r.ok && r.issues[0]?.message).toMatch(/^Valeur non admise/);
    const en = financialReport({ ...base, openingCash: "lots" }, { locale: "en" });
    expect(!en.ok && en.issues[0]?.code).toBe("schema.invalid_type");
    const option = financialReport(base, { numerals: "roman" as never });
    expect(!option.ok && option.issues.map((i) => [i.code, i.params?.option])).toEqual([
      ["schema.invalid_option", "numerals"],
    ]);
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        expect(typeof financialReport(input, options as never).ok).toBe("boolean");
      }),
    );
  });

  const line = <K extends string>(keys: readonly K[]) =>
    fc.record({
      key: fc.constantFrom(...keys),
      amount: fc.oneof(
        fc.nat(1_000_000),
        fc.integer({ min: LARGE - 1_000_000, max: LARGE }),
        fc.constant(0),
        fc.constant(LARGE),
      ),
    });
  const lines = <K extends string>(keys: readonly K[]) =>
    fc.oneof(
      { weight: 9, arbitrary: fc.array(line(keys), { maxLength: 40 }) },
      // Enough amounts near MAX_SAFE_INTEGER / 1000 to go past the exact range.
      {
        weight: 1,
        arbitrary: fc
          .integer({ min: 995, max: 1_010 })
          .map((n) => Array.from({ length: n }, () => ({ key: keys[0] as K, amount: LARGE }))),
      },
    );

  it("law: every total in the document is the exact sum of its lines; source rows add up to the income total", () => {
    fc.assert(
      fc.property(lines(IncomeSource.values), lines(ExpenseNature.values), (income, expenses) => {
        const input = {
          ...base,
          income: income.map((l) => ({ source: l.key, label: { fr: "Recette" }, amount: mad(l.amount) })),
          expenses: expenses.map((l) => ({ nature: l.key, label: { fr: "Dépense" }, amount: mad(l.amount) })),
          openingCash: mad(0),
        };
        const sumIncome = income.reduce((a, l) => a + BigInt(l.amount), 0n);
        const sumExpenses = expenses.reduce((a, l) => a + BigInt(l.amount), 0n);
        const r = financialReport(input);
        if (sumIncome > MAX || sumExpenses > MAX) {
          expect(!r.ok && r.issues.map((i) => i.code)).toContain("generalAssembly.total_too_large");
          return;
        }
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        const doc = r.value;
        expect(validateReportDocument(doc).ok).toBe(true);
        const f = figures(doc);
        if (f?.type !== "figures") throw new Error("no figures");
        expect(f.items.map((i) => BigInt(i.value))).toEqual([
          sumIncome,
          sumExpenses,
          sumIncome - sumExpenses,
          0n,
          sumIncome - sumExpenses,
        ]);
        const bySource = table(doc, "income-by-source");
        const detail = table(doc, "income-detail");
        if (income.length === 0) {
          expect(bySource).toBeUndefined();
        } else {
          if (bySource === undefined || detail === undefined) throw new Error("missing tables");
          expect(money(bySource.footer?.amount)).toBe(sumIncome);
          expect(money(detail.footer?.amount)).toBe(sumIncome);
          expect(bySource.rows.reduce((a, r) => a + money(r.amount), 0n)).toBe(money(bySource.footer?.amount));
          const tenths = bySource.rows.reduce((a, r) => a + Math.round(Number(r.share ?? 0) * 10), 0);
          expect(tenths).toBe(sumIncome === 0n ? 0 : 1000);
        }
        const byNature = table(doc, "expenses-by-nature");
        if (expenses.length > 0) {
          expect(money(byNature?.footer?.amount)).toBe(sumExpenses);
          expect(byNature?.rows.reduce((a, r) => a + money(r.amount), 0n)).toBe(sumExpenses);
          expect(money(table(doc, "expense-detail")?.footer?.amount)).toBe(sumExpenses);
        }
      }),
      { numRuns: 60 },
    );
  });
});
