import type { Money, ValidationResult } from "@madani/model";
import { guardInput } from "@madani/model";
import { createReport, type SectionBuilder } from "../document/builder.js";
import type { KeyFigure, ReportDocument, ReportText, Row, Status } from "../document/document.js";
import { ExpenseNature, type ExpenseNatureValue } from "./expenseNature.js";
import { type CategoryTotal, type FinancialSummary, summarizeFinances } from "./financialSummary.js";
import { IncomeSource, type IncomeSourceValue } from "./incomeSource.js";
import type { GeneralAssemblyIssueCode } from "./messages.js";
import type { GeneralAssemblyReportOptions } from "./options.js";
import { type Prepared, prepare, reportMeta } from "./prepare.js";
import { agreementStatusCell, inLanguage, partyNames, plain, type Writer, writer } from "./text.js";

function moneyFormat(currency: string) {
  return { type: "money" as const, currency };
}

function balanceStatus(balance: Money, w: Writer): Status {
  if (balance.amount > 0) return { label: w.t("balance.surplus"), tone: "positive" };
  if (balance.amount < 0) return { label: w.t("balance.deficit"), tone: "negative" };
  return { label: w.t("balance.even"), tone: "neutral" };
}

function introduction(s: SectionBuilder, p: Prepared, w: Writer): void {
  const v = p.input;
  s.paragraph(
    w.t("intro.financial", {
      organization: plain(v.organization.name, w.lang),
      start: w.fmt.date(v.period.startOn),
      end: w.fmt.date(v.period.endOn),
      date: w.fmt.date(v.assemblyOn),
    }),
  );
}

function keyFigures(s: SectionBuilder, w: Writer, f: FinancialSummary): void {
  const format = moneyFormat(f.currency);
  const items: KeyFigure[] = [
    { label: w.t("figure.income"), value: f.totalIncome.amount, format },
    { label: w.t("figure.expenses"), value: f.totalExpenses.amount, format },
    { label: w.t("figure.balance"), value: f.balance.amount, format, status: balanceStatus(f.balance, w) },
  ];
  if (f.openingCash !== undefined && f.closingCash !== undefined) {
    items.push(
      { label: w.t("figure.openingCash"), value: f.openingCash.amount, format },
      { label: w.t("figure.closingCash"), value: f.closingCash.amount, format },
    );
  }
  s.figures(items);
}

function categoryTable<K extends string>(
  s: SectionBuilder,
  w: Writer,
  id: string,
  title: ReportText,
  keyColumn: ReportText,
  rows: readonly CategoryTotal<K>[],
  labelOfKey: (key: K) => ReportText,
  total: Money,
): void {
  s.table({
    id,
    title,
    columns: [
      { key: "category", label: keyColumn, type: "text" },
      { key: "amount", label: w.t("col.amount"), type: "money" },
      { key: "share", label: w.t("col.share"), type: "percent", decimals: 1 },
    ],
    rows: rows.map((c) => ({ category: labelOfKey(c.key), amount: c.amount, share: c.share })),
    footer: { category: w.t("total"), amount: total, share: total.amount === 0 ? null : 100 },
  });
}

function incomeBySource(s: SectionBuilder, w: Writer, f: FinancialSummary): void {
  if (f.incomeBySource.length === 0) {
    s.paragraph(w.t("income.none"));
    return;
  }
  const label = (k: IncomeSourceValue): ReportText => ({ ...IncomeSource.labels[k] });
  categoryTable(
    s,
    w,
    "income-by-source",
    w.t("section.incomeBySource"),
    w.t("col.source"),
    f.incomeBySource,
    label,
    f.totalIncome,
  );
  const slices = f.incomeBySource.filter((c) => c.amount.amount > 0);
  if (slices.length > 0) {
    s.chart({
      kind: "donut",
      title: w.t("incomeBySource.chart"),
      format: moneyFormat(f.currency),
      slices: slices.map((c) => ({ label: label(c.key), value: c.amount.amount })),
    });
  }
}

function expensesByNature(s: SectionBuilder, w: Writer, f: FinancialSummary): void {
  if (f.expensesByNature.length === 0) {
    s.paragraph(w.t("expenses.none"));
    return;
  }
  const label = (k: ExpenseNatureValue): ReportText => ({ ...ExpenseNature.labels[k] });
  categoryTable(
    s,
    w,
    "expenses-by-nature",
    w.t("section.expensesByNature"),
    w.t("col.nature"),
    f.expensesByNature,
    label,
    f.totalExpenses,
  );
  s.chart({
    kind: "bar",
    title: w.t("expensesByNature.chart"),
    format: moneyFormat(f.currency),
    categories: f.expensesByNature.map((c) => label(c.key)),
    series: [{ name: w.t("col.amount"), values: f.expensesByNature.map((c) => c.amount.amount) }],
  });
}

function incomeDetail(s: SectionBuilder, p: Prepared, w: Writer, f: FinancialSummary): void {
  const lines = p.input.income ?? [];
  if (lines.length === 0) {
    s.paragraph(w.t("income.none"));
    return;
  }
  const nameOf = partyNames(p.input);
  const agreements = new Map((p.input.agreements ?? []).map((a) => [a.id, a.title]));
  s.table({
    id: "income-detail",
    title: w.t("section.incomeDetail"),
    columns: [
      { key: "receivedOn", label: w.t("col.receivedOn"), type: "date" },
      { key: "label", label: w.t("col.label"), type: "text" },
      { key: "source", label: w.t("col.source"), type: "text" },
      { key: "funder", label: w.t("col.funder"), type: "text" },
      { key: "agreement", label: w.t("col.agreement"), type: "text" },
      { key: "amount", label: w.t("col.amount"), type: "money" },
    ],
    rows: lines.map(
      (l): Row => ({
        receivedOn: l.receivedOn ?? null,
        label: l.label,
        source: { ...IncomeSource.labels[l.source] },
        funder: l.funderId === undefined ? null : nameOf(l.funderId),
        agreement: l.agreementId === undefined ? null : (agreements.get(l.agreementId) ?? l.agreementId),
        amount: l.amount,
      }),
    ),
    footer: { label: w.t("total"), amount: f.totalIncome },
  });
}

function expenseDetail(s: SectionBuilder, p: Prepared, w: Writer, f: FinancialSummary): void {
  const lines = p.input.expenses ?? [];
  if (lines.length === 0) {
    s.paragraph(w.t("expenses.none"));
    return;
  }
  const activities = new Map((p.input.activities ?? []).map((a) => [a.id, a.title]));
  s.table({
    id: "expense-detail",
    title: w.t("section.expenseDetail"),
    columns: [
      { key: "label", label: w.t("col.label"), type: "text" },
      { key: "nature", label: w.t("col.nature"), type: "text" },
      { key: "activity", label: w.t("col.activity"), type: "text" },
      { key: "amount", label: w.t("col.amount"), type: "money" },
    ],
    rows: lines.map(
      (l): Row => ({
        label: l.label,
        nature: { ...ExpenseNature.labels[l.nature] },
        activity: l.activityId === undefined ? null : (activities.get(l.activityId) ?? l.activityId),
        amount: l.amount,
      }),
    ),
    footer: { label: w.t("total"), amount: f.totalExpenses },
  });
}

function publicFunding(s: SectionBuilder, p: Prepared, w: Writer, f: FinancialSummary): void {
  if (f.publicFunding.length === 0) {
    s.paragraph(w.t("publicFunding.none"));
    return;
  }
  const nameOf = partyNames(p.input);
  const textOf = (t: ReportText) => (typeof t === "string" ? t : plain(t, w.lang));
  const agreements = new Map((p.input.agreements ?? []).map((a) => [a.id, a.title]));
  const received = f.publicFunding.reduce((sum, r) => sum + r.received.amount, 0);
  s.table({
    id: "public-funding",
    title: w.t("publicFunding.table"),
    columns: [
      { key: "agreement", label: w.t("col.agreement"), type: "text" },
      { key: "funder", label: w.t("col.funder"), type: "text" },
      { key: "committed", label: w.t("col.committed"), type: "money" },
      { key: "received", label: w.t("col.received"), type: "money" },
      { key: "from", label: w.t("col.from"), type: "date" },
      { key: "to", label: w.t("col.to"), type: "date" },
      { key: "status", label: w.t("col.status"), type: "status" },
    ],
    rows: f.publicFunding.map(
      (r): Row => ({
        agreement:
          r.agreementId === undefined
            ? w.t("publicFunding.noAgreement")
            : (agreements.get(r.agreementId) ?? r.agreementId),
        funder:
          r.funderIds.length === 0
            ? null
            : inLanguage(w.lang, r.funderIds.map((id) => textOf(nameOf(id))).join(w.comma)),
        committed: r.committed ?? null,
        received: r.received,
        from: r.startOn ?? null,
        to: r.endOn ?? null,
        status: r.status === undefined ? null : agreementStatusCell(r.status),
      }),
    ),
    footer: { agreement: w.t("total"), received: { amount: received, currency: f.currency } },
  });
  s.note(w.t("publicFunding.note"), "info");
}

/**
 * Build the financial report an association presents to its general assembly
 * (التقرير المالي, rapport financier), as a report document.
 *
 * @param input - the association's data for the period (see {@link GeneralAssemblyInputSchema});
 * any value is accepted and checked with {@link validateGeneralAssemblyInput}.
 * @param options - `locale` of the issue messages (default: the input's language),
 * `numerals`, `hijri`, `maxIssues` (`showPersonNames` has no effect here).
 * @returns `{ ok: true, value, warnings }` with the document in the input's
 * `language`, or `{ ok: false, issues }`. Never throws on bad input.
 * @remarks Sections: introduction; key figures (total income, total expenses,
 * balance = income − expenses with its surplus or deficit status, and opening
 * and closing cash = opening + balance when the opening cash is given); income
 * by source (table with amounts and shares, donut); expenses by nature (table,
 * bar chart); income and expense detail tables with totals rows; the public
 * funding to account for (agreements with a public funder or under which public
 * subsidies were received, and subsidies received without an agreement), with a
 * note that public funds are accounted for to the funder and fall under the
 * control of the financial courts (Law 62-99, Code of financial jurisdictions).
 * Money is integer minor units added with `sumMoney`: every total equals the sum
 * of its lines exactly, and shares come from integer arithmetic and add up to
 * 100.0 ({@link summarizeFinances}). Same input, same document.
 * Never throws: input that throws when read gives `input.unreadable`.
 * @example
 * ```ts
 * const r = financialReport(input);
 * if (r.ok) writeFileSync("rapport-financier.md", renderMarkdown(r.value));
 * ```
 */
export function financialReport(
  input: unknown,
  options?: GeneralAssemblyReportOptions,
): ValidationResult<ReportDocument, GeneralAssemblyIssueCode> {
  return guardInput(() => {
    const prepared = prepare(input, options);
    if (!prepared.ok) return prepared;
    const p = prepared.value;
    const w = writer(p.input.language, p.fmt);
    const f = summarizeFinances(p.input);
    const doc = createReport(reportMeta(p, "financial.title"))
      .section(w.t("section.introduction"), (s) => introduction(s, p, w), "introduction")
      .section(w.t("section.keyFigures"), (s) => keyFigures(s, w, f), "key-figures")
      .section(w.t("section.incomeBySource"), (s) => incomeBySource(s, w, f), "income-by-source")
      .section(w.t("section.expensesByNature"), (s) => expensesByNature(s, w, f), "expenses-by-nature")
      .section(w.t("section.incomeDetail"), (s) => incomeDetail(s, p, w, f), "income-detail")
      .section(w.t("section.expenseDetail"), (s) => expenseDetail(s, p, w, f), "expense-detail")
      .section(w.t("section.publicFunding"), (s) => publicFunding(s, p, w, f), "public-funding")
      .build();
    return { ok: true, value: doc, warnings: p.warnings };
  });
}
