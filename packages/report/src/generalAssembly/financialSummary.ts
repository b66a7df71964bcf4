import {
  type AgreementStatusValue,
  type IsoDate,
  type LegalFormValue,
  type Money,
  type PartnershipAgreement,
  sumMoney,
} from "@madani/model";
import { percentShares } from "../format/shares.js";
import { ExpenseNature, type ExpenseNatureValue } from "./expenseNature.js";
import { IncomeSource, type IncomeSourceValue } from "./incomeSource.js";
import { type GeneralAssemblyInput, type IncomeLine, inputCurrency } from "./input.js";

/**
 * The total of one income source or expense nature and its share of the whole.
 *
 * @typeParam K - the source or nature.
 * @example
 * ```ts
 * const row: CategoryTotal<IncomeSourceValue> = { key: "donations", lines: 3, amount: mad(450_000), share: 12.5 };
 * ```
 */
export interface CategoryTotal<K extends string> {
  readonly key: K;
  /** Number of lines of this category. */
  readonly lines: number;
  readonly amount: Money;
  /**
   * Share of the total in percent, one decimal; the shares of all categories add up to
   * exactly 100.0 (`null` when the total is 0).
   */
  readonly share: number | null;
}

/**
 * One row of the public funding to account for: an agreement with a public
 * funder or under which public subsidies were received, or the public
 * subsidies of one funder received without an agreement.
 *
 * @example
 * ```ts
 * const row: PublicFundingRow = { agreementId: "conv-2024", funderIds: ["commune-ighzrane"], received: mad(2_000_000) };
 * ```
 */
export interface PublicFundingRow {
  /** The agreement, or `undefined` for subsidies received without one. */
  readonly agreementId?: string;
  /** The public funders: the agreement's funder parties, else the funders of its income lines. */
  readonly funderIds: readonly string[];
  /** Financial contributions the agreement's funder parties committed, when stated. */
  readonly committed?: Money;
  /** Income received in the period under the agreement (or from the funder, without one). */
  readonly received: Money;
  readonly startOn?: IsoDate;
  readonly endOn?: IsoDate;
  readonly status?: AgreementStatusValue;
}

/**
 * The figures of the financial report, computed exactly from the income and
 * expense lines of a general-assembly input.
 *
 * @example
 * ```ts
 * const s: FinancialSummary = summarizeFinances(input);
 * s.balance.amount === s.totalIncome.amount - s.totalExpenses.amount; // true
 * ```
 */
export interface FinancialSummary {
  readonly currency: string;
  readonly totalIncome: Money;
  readonly totalExpenses: Money;
  /** `totalIncome − totalExpenses`: a surplus when positive, a deficit when negative. */
  readonly balance: Money;
  readonly openingCash?: Money;
  /** `openingCash + balance`, when the opening cash is given. */
  readonly closingCash?: Money;
  /** Sources with at least one line, in the order of {@link IncomeSource}. */
  readonly incomeBySource: readonly CategoryTotal<IncomeSourceValue>[];
  /** Natures with at least one line, in the order of {@link ExpenseNature}. */
  readonly expensesByNature: readonly CategoryTotal<ExpenseNatureValue>[];
  readonly publicFunding: readonly PublicFundingRow[];
}

/** Legal forms of public funders: a public institution or a local authority (the State's services are public institutions here). */
const PUBLIC_FORMS: readonly LegalFormValue[] = ["public-institution", "local-authority"];

function byCategory<K extends string>(
  keys: readonly K[],
  lines: readonly { key: K; amount: Money }[],
  currency: string,
): CategoryTotal<K>[] {
  const found = keys
    .map((key) => {
      const mine = lines.filter((l) => l.key === key);
      return {
        key,
        lines: mine.length,
        amount: sumMoney(
          mine.map((l) => l.amount),
          currency,
        ),
      };
    })
    .filter((c) => c.lines > 0);
  const total = found.reduce((s, c) => s + c.amount.amount, 0);
  const shares = percentShares(found.map((c) => c.amount.amount));
  return found.map((c, i) => ({ ...c, share: total === 0 ? null : (shares[i] ?? 0) }));
}

function overlaps(a: PartnershipAgreement, startOn: IsoDate, endOn: IsoDate): boolean {
  return a.period.startOn <= endOn && (a.period.endOn === undefined || a.period.endOn >= startOn);
}

function publicFunding(input: GeneralAssemblyInput, currency: string): PublicFundingRow[] {
  const kinds = new Map((input.partners ?? []).map((p) => [p.id, p.kind]));
  const isPublic = (id: string) => {
    const kind = kinds.get(id);
    return kind !== undefined && PUBLIC_FORMS.includes(kind);
  };
  const income = input.income ?? [];
  const byAgreement = new Map<string, IncomeLine[]>();
  for (const l of income) {
    if (l.agreementId === undefined) continue;
    const list = byAgreement.get(l.agreementId);
    if (list === undefined) byAgreement.set(l.agreementId, [l]);
    else list.push(l);
  }
  const rows: PublicFundingRow[] = [];
  for (const a of input.agreements ?? []) {
    const lines = byAgreement.get(a.id) ?? [];
    const funders = a.parties.filter((p) => p.role === "funder");
    const publicFunder = funders.some((p) => isPublic(p.organizationId));
    const subsidized = lines.some((l) => l.source === "public-subsidy");
    if (!subsidized && !(publicFunder && (lines.length > 0 || overlaps(a, input.period.startOn, input.period.endOn)))) {
      continue;
    }
    const funderIds =
      funders.length > 0
        ? funders.map((p) => p.organizationId)
        : [...new Set(lines.flatMap((l) => (l.funderId === undefined ? [] : [l.funderId])))];
    const committed = funders.flatMap((p) =>
      (p.contributions ?? []).flatMap((c) => (c.kind === "financial" && c.amount !== undefined ? [c.amount] : [])),
    );
    rows.push({
      agreementId: a.id,
      funderIds,
      ...(committed.length === 0 ? {} : { committed: sumMoney(committed, currency) }),
      received: sumMoney(
        lines.map((l) => l.amount),
        currency,
      ),
      startOn: a.period.startOn,
      ...(a.period.endOn === undefined ? {} : { endOn: a.period.endOn }),
      status: a.status,
    });
  }
  // Public subsidies received without an agreement, one row per funder (funder unknown last).
  const loose = new Map<string, Money[]>();
  for (const l of income) {
    if (l.source !== "public-subsidy" || l.agreementId !== undefined) continue;
    const key = l.funderId ?? "";
    const list = loose.get(key);
    if (list === undefined) loose.set(key, [l.amount]);
    else list.push(l.amount);
  }
  const funderKeys = [...loose.keys()].sort((a, b) => (a === "" ? 1 : b === "" ? -1 : a < b ? -1 : a > b ? 1 : 0));
  for (const f of funderKeys) {
    rows.push({ funderIds: f === "" ? [] : [f], received: sumMoney(loose.get(f) ?? [], currency) });
  }
  return rows;
}

/**
 * Add up the income and expenses of a general-assembly input, by source and by
 * nature, with the balance, the closing cash and the public funding to account for.
 *
 * @param input - an input checked by `validateGeneralAssemblyInput` (one currency,
 * totals within the safe-integer range).
 * @returns the figures the financial report shows.
 * @throws MoneyError when given an input that did not pass validation (mixed
 * currencies, totals beyond the safe-integer range): a programmer error.
 * @remarks Every amount is an integer of minor units and every sum goes through
 * `sumMoney`: totals are exact. Shares are computed in integer arithmetic
 * ({@link percentShares}) and add up to exactly 100.0 %. An agreement is public
 * funding when one of its funder parties is a partner of legal form
 * `public-institution` or `local-authority` (and it runs in the period or
 * brought income in it), or when income of source `public-subsidy` was received
 * under it; public subsidies received without an agreement are listed by funder.
 * @example
 * ```ts
 * const s = summarizeFinances(input);
 * console.log(s.totalIncome, s.totalExpenses, s.balance, s.closingCash);
 * ```
 */
export function summarizeFinances(input: GeneralAssemblyInput): FinancialSummary {
  const currency = inputCurrency(input);
  const income = input.income ?? [];
  const expenses = input.expenses ?? [];
  const totalIncome = sumMoney(
    income.map((l) => l.amount),
    currency,
  );
  const totalExpenses = sumMoney(
    expenses.map((l) => l.amount),
    currency,
  );
  const balance: Money = { amount: totalIncome.amount - totalExpenses.amount, currency };
  const opening = input.openingCash;
  return {
    currency,
    totalIncome,
    totalExpenses,
    balance,
    ...(opening === undefined ? {} : { openingCash: opening, closingCash: sumMoney([opening, balance], currency) }),
    incomeBySource: byCategory(
      IncomeSource.values,
      income.map((l) => ({ key: l.source, amount: l.amount })),
      currency,
    ),
    expensesByNature: byCategory(
      ExpenseNature.values,
      expenses.map((l) => ({ key: l.nature, amount: l.amount })),
      currency,
    ),
    publicFunding: publicFunding(input, currency),
  };
}
