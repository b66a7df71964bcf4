import {
  type CoreIssueCode,
  createValidator,
  type Issue,
  type IssuePath,
  type Money,
  type Rule,
  type RuleContext,
  type ValidateOptions,
  type ValidationResult,
  validateOrganization,
  validatePartnershipAgreement,
  WARNING,
} from "@madani/model";
import { type GeneralAssemblyInput, GeneralAssemblyInputSchema, inputCurrency } from "./input.js";
import { type GeneralAssemblyIssueCode, generalAssemblyMessages } from "./messages.js";
import { communeOfCode } from "./text.js";

type Code = keyof typeof generalAssemblyMessages;
type Ctx = RuleContext<ValidateOptions, Code>;
type GeneralAssemblyRule = Rule<GeneralAssemblyInput, ValidateOptions, Code>;

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

const period: GeneralAssemblyRule = (v, ctx) => {
  const { startOn, endOn } = v.period;
  if (endOn < startOn) {
    ctx.report("generalAssembly.period_end_before_start", ["period", "endOn"], {
      params: { start: startOn, end: endOn },
      value: endOn,
    });
  } else if (v.assemblyOn < endOn) {
    ctx.report("generalAssembly.assembly_before_period_end", ["assemblyOn"], {
      params: { assemblyOn: v.assemblyOn, endOn },
      value: v.assemblyOn,
      ...WARNING,
    });
  }
};

function uniqueIds(ctx: Ctx, items: readonly { id: string }[], key: string, taken: Set<string>): void {
  items.forEach((item, i) => {
    if (taken.has(item.id)) {
      ctx.report("generalAssembly.duplicate_id", [key, i, "id"], { params: { id: item.id }, value: item.id });
    }
    taken.add(item.id);
  });
}

const ids: GeneralAssemblyRule = (v, ctx) => {
  uniqueIds(ctx, v.activities ?? [], "activities", new Set());
  // A partner with the organization's own id would make names ambiguous.
  uniqueIds(ctx, v.partners ?? [], "partners", new Set([v.organization.id]));
  uniqueIds(ctx, v.agreements ?? [], "agreements", new Set());
};

const currency: GeneralAssemblyRule = (v, ctx) => {
  const expected = inputCurrency(v);
  const check = (m: Money | undefined, path: IssuePath) => {
    if (m !== undefined && m.currency !== expected) {
      ctx.report("generalAssembly.currency_mismatch", [...path, "currency"], {
        params: { expected, currency: m.currency },
        value: m.currency,
      });
    }
  };
  for (const [i, line] of (v.income ?? []).entries()) check(line.amount, ["income", i, "amount"]);
  for (const [i, line] of (v.expenses ?? []).entries()) check(line.amount, ["expenses", i, "amount"]);
  check(v.openingCash, ["openingCash"]);
  for (const [i, a] of (v.agreements ?? []).entries()) {
    for (const [j, p] of a.parties.entries()) {
      for (const [k, c] of (p.contributions ?? []).entries()) {
        check(c.amount, ["agreements", i, "parties", j, "contributions", k, "amount"]);
      }
    }
  }
};

const activities: GeneralAssemblyRule = (v, ctx) => {
  const partners = new Set((v.partners ?? []).map((p) => p.id));
  const agreements = new Set((v.agreements ?? []).map((a) => a.id));
  const { startOn, endOn } = v.period;
  (v.activities ?? []).forEach((a, i) => {
    const end = a.endOn ?? a.startOn;
    if (end < a.startOn) {
      ctx.report("generalAssembly.activity_end_before_start", ["activities", i, "endOn"], {
        params: { start: a.startOn, end },
        value: end,
      });
    } else if (a.startOn < startOn || end > endOn) {
      ctx.report("generalAssembly.activity_outside_period", ["activities", i, "startOn"], {
        params: { startOn, endOn },
        value: a.startOn,
        ...WARNING,
      });
    }
    const b = a.beneficiaries;
    if (b !== undefined) {
      const bySex = (b.female ?? 0) + (b.male ?? 0);
      if (bySex > b.total) {
        ctx.report("generalAssembly.beneficiaries_sex_above_total", ["activities", i, "beneficiaries"], {
          params: { sum: bySex, total: b.total },
        });
      }
      if (b.children !== undefined && b.children > b.total) {
        ctx.report(
          "generalAssembly.beneficiaries_children_above_total",
          ["activities", i, "beneficiaries", "children"],
          {
            params: { children: b.children, total: b.total },
            value: b.children,
          },
        );
      }
    }
    (a.partnerIds ?? []).forEach((id, j) => {
      if (!partners.has(id)) {
        ctx.report("generalAssembly.unknown_partner", ["activities", i, "partnerIds", j], {
          params: { id },
          value: id,
        });
      }
    });
    if (a.agreementId !== undefined && !agreements.has(a.agreementId)) {
      ctx.report("generalAssembly.unknown_agreement", ["activities", i, "agreementId"], {
        params: { id: a.agreementId },
        value: a.agreementId,
      });
    }
    if (typeof a.place === "string" && communeOfCode(a.place) === undefined) {
      ctx.report("generalAssembly.unknown_commune", ["activities", i, "place"], {
        params: { code: a.place },
        value: a.place,
        ...WARNING,
      });
    }
  });
};

const income: GeneralAssemblyRule = (v, ctx) => {
  const partners = new Set((v.partners ?? []).map((p) => p.id));
  const agreements = new Map((v.agreements ?? []).map((a) => [a.id, a]));
  const { startOn, endOn } = v.period;
  (v.income ?? []).forEach((line, i) => {
    if (line.funderId !== undefined && !partners.has(line.funderId)) {
      ctx.report("generalAssembly.unknown_partner", ["income", i, "funderId"], {
        params: { id: line.funderId },
        value: line.funderId,
      });
    }
    const agreement = line.agreementId === undefined ? undefined : agreements.get(line.agreementId);
    if (line.agreementId !== undefined && agreement === undefined) {
      ctx.report("generalAssembly.unknown_agreement", ["income", i, "agreementId"], {
        params: { id: line.agreementId },
        value: line.agreementId,
      });
    }
    if (
      agreement !== undefined &&
      line.funderId !== undefined &&
      !agreement.parties.some((p) => p.organizationId === line.funderId)
    ) {
      ctx.report("generalAssembly.funder_not_party", ["income", i, "funderId"], {
        params: { id: line.funderId, agreementId: agreement.id },
        value: line.funderId,
        ...WARNING,
      });
    }
    if (line.receivedOn !== undefined && (line.receivedOn < startOn || line.receivedOn > endOn)) {
      ctx.report("generalAssembly.income_outside_period", ["income", i, "receivedOn"], {
        params: { startOn, endOn },
        value: line.receivedOn,
        ...WARNING,
      });
    }
  });
};

const expenses: GeneralAssemblyRule = (v, ctx) => {
  const known = new Set((v.activities ?? []).map((a) => a.id));
  (v.expenses ?? []).forEach((line, i) => {
    if (line.activityId !== undefined && !known.has(line.activityId)) {
      ctx.report("generalAssembly.unknown_activity", ["expenses", i, "activityId"], {
        params: { id: line.activityId },
        value: line.activityId,
      });
    }
  });
};

const totals: GeneralAssemblyRule = (v, ctx) => {
  const sum = (amounts: readonly Money[]) => amounts.reduce((s, m) => s + BigInt(m.amount), 0n);
  const inc = sum((v.income ?? []).map((l) => l.amount));
  const exp = sum((v.expenses ?? []).map((l) => l.amount));
  if (inc > MAX) ctx.report("generalAssembly.total_too_large", ["income"]);
  if (exp > MAX) ctx.report("generalAssembly.total_too_large", ["expenses"]);
  if (v.openingCash !== undefined && inc <= MAX && exp <= MAX) {
    const closing = BigInt(v.openingCash.amount) + inc - exp;
    if (closing > MAX || closing < -MAX) ctx.report("generalAssembly.total_too_large", ["openingCash"]);
  }
  (v.agreements ?? []).forEach((a, i) => {
    const contributions = a.parties.flatMap((p) => (p.contributions ?? []).flatMap((c) => c.amount ?? []));
    if (sum(contributions) > MAX) ctx.report("generalAssembly.total_too_large", ["agreements", i, "parties"]);
  });
};

function forward(ctx: Ctx, issues: readonly Issue<string>[], prefix: IssuePath): void {
  for (const issue of issues) {
    ctx.report(issue.code as CoreIssueCode, [...prefix, ...issue.path], {
      params: issue.params,
      value: issue.value,
      severity: issue.severity,
    });
  }
}

const entities: GeneralAssemblyRule = (v, ctx) => {
  const options = {
    asOf: ctx.asOf ?? v.assemblyOn,
    ...(ctx.options.locale === undefined ? {} : { locale: ctx.options.locale }),
  };
  const org = validateOrganization(v.organization, options);
  forward(ctx, org.ok ? org.warnings : org.issues, ["organization"]);
  const partners = new Set((v.partners ?? []).map((p) => p.id));
  (v.agreements ?? []).forEach((a, i) => {
    const r = validatePartnershipAgreement(a, options);
    forward(ctx, r.ok ? r.warnings : r.issues, ["agreements", i]);
    if (!a.parties.some((p) => p.organizationId === v.organization.id)) {
      ctx.report("generalAssembly.agreement_without_organization", ["agreements", i, "parties"], { ...WARNING });
    }
    a.parties.forEach((p, j) => {
      if (p.organizationId !== v.organization.id && !partners.has(p.organizationId)) {
        ctx.report("generalAssembly.unknown_party", ["agreements", i, "parties", j, "organizationId"], {
          params: { id: p.organizationId },
          value: p.organizationId,
          ...WARNING,
        });
      }
    });
  });
};

const validator = createValidator(
  GeneralAssemblyInputSchema,
  [period, ids, currency, activities, income, expenses, totals, entities],
  generalAssemblyMessages,
);

/**
 * Check what an association gives to build its general-assembly reports.
 *
 * @param input - any value (parsed JSON, a form, rows mapped to fields).
 * @param options - `locale` of the messages (default `"en"`), `asOf` for the
 * model's date rules on the organization and the agreements (default: the
 * assembly date), `maxIssues` (default 100).
 * @returns `{ ok: true, value, warnings }` with the checked input, or
 * `{ ok: false, issues }`. Never throws on bad input.
 * @remarks Besides the shape ({@link GeneralAssemblyInputSchema}), with their codes:
 * - `generalAssembly.currency_mismatch`: every amount (income, expenses, opening
 *   cash, agreement contributions) is in the input's currency (see {@link inputCurrency});
 * - `generalAssembly.period_end_before_start`, `generalAssembly.activity_end_before_start`;
 *   warnings `generalAssembly.assembly_before_period_end`, `generalAssembly.activity_outside_period`,
 *   `generalAssembly.income_outside_period`;
 * - `generalAssembly.duplicate_id` (activities, partners, agreements);
 * - `generalAssembly.unknown_partner`, `generalAssembly.unknown_agreement`,
 *   `generalAssembly.unknown_activity` for references to ids the input does not list;
 *   warnings `generalAssembly.unknown_party`, `generalAssembly.unknown_commune`,
 *   `generalAssembly.funder_not_party`, `generalAssembly.agreement_without_organization`;
 * - `generalAssembly.beneficiaries_sex_above_total`, `generalAssembly.beneficiaries_children_above_total`;
 * - `generalAssembly.total_too_large`: totals stay within `Number.MAX_SAFE_INTEGER`
 *   minor units, so that every sum in the reports is exact;
 * - the model's rules on the organization (`validateOrganization`: founders, board,
 *   declarations; Dahir 1-58-376) and on each agreement (`validatePartnershipAgreement`),
 *   with their own codes and paths under `organization` and `agreements.<i>`.
 * @example
 * ```ts
 * const r = validateGeneralAssemblyInput(input, { locale: "fr" });
 * if (!r.ok) for (const i of r.issues) console.log(i.code, i.path.join("."), i.message);
 * ```
 */
export function validateGeneralAssemblyInput(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<GeneralAssemblyInput, GeneralAssemblyIssueCode> {
  return validator(input, options);
}
