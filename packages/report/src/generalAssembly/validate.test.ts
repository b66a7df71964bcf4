import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateGeneralAssemblyInput } from "./validate.js";

const mad = (amount: number) => ({ amount, currency: "MAD" });

const base = {
  organization: {
    id: "assoc-amal",
    legalForm: "association",
    name: { ar: "جمعية الأمل للتنمية" },
    founders: [{ personId: "p-1" }, { personId: "p-2" }],
  },
  period: { startOn: "2024-01-01", endOn: "2024-12-31" },
  assemblyOn: "2025-02-22",
  language: "ar",
  generatedAt: "2025-02-01T09:00:00+01:00",
  partners: [{ id: "commune", name: { ar: "جماعة إغزران" }, kind: "local-authority" }],
  agreements: [
    {
      id: "conv-1",
      title: { ar: "اتفاقية شراكة" },
      parties: [
        { organizationId: "commune", role: "funder", contributions: [{ kind: "financial", amount: mad(1_000_000) }] },
        { organizationId: "assoc-amal", role: "implementer" },
      ],
      period: { startOn: "2024-01-01", endOn: "2024-12-31" },
      status: "expired",
      signedOn: "2023-12-20",
    },
  ],
  activities: [
    {
      id: "a-1",
      title: { ar: "ورشة في الترافع" },
      field: "participatory-democracy",
      startOn: "2024-03-02",
      place: "03.451.03.09",
      beneficiaries: { total: 20, female: 12, male: 8, children: 0 },
      partnerIds: ["commune"],
      agreementId: "conv-1",
    },
  ],
  income: [
    {
      source: "public-subsidy",
      label: { ar: "منحة" },
      amount: mad(1_000_000),
      funderId: "commune",
      agreementId: "conv-1",
      receivedOn: "2024-04-01",
    },
  ],
  expenses: [{ nature: "activities", label: { ar: "تغذية" }, amount: mad(250_000), activityId: "a-1" }],
  openingCash: mad(0),
};

type Input = typeof base;
/** The element at an index, which the test knows is there. */
function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no element ${index}`);
  return item;
}
const codes = (input: unknown, options?: Parameters<typeof validateGeneralAssemblyInput>[1]) => {
  const r = validateGeneralAssemblyInput(input, options);
  const issues = r.ok ? r.warnings : r.issues;
  return { ok: r.ok, issues: issues.map((i) => [i.code, i.path.join("."), i.severity]) };
};
const edit = (f: (draft: Input) => void): Input => {
  const copy = structuredClone(base);
  f(copy);
  return copy;
};

describe("validateGeneralAssemblyInput", () => {
  it("accepts a consistent input without warnings", () => {
    expect(codes(base)).toEqual({ ok: true, issues: [] });
  });

  it("reports shape problems with the model's codes", () => {
    const r = codes({ ...base, language: "de", extra: 1 });
    expect(r.ok).toBe(false);
    expect(r.issues).toContainEqual(["schema.invalid_value", "language", "error"]);
    expect(r.issues).toContainEqual(["schema.unrecognized_key", "extra", "error"]);
    expect(codes({ ...base, income: [{ ...base.income[0], amount: mad(-1) }] }).issues).toEqual([
      ["money.negative", "income.0.amount.amount", "error"],
    ]);
  });

  it("requires one currency, the input's own when given", () => {
    expect(codes(edit((d) => (at(d.expenses, 0).amount = { amount: 5, currency: "EUR" }))).issues).toEqual([
      ["generalAssembly.currency_mismatch", "expenses.0.amount.currency", "error"],
    ]);
    const r = codes({ ...base, currency: "EUR" });
    expect(r.issues.map((i) => i[1])).toEqual([
      "income.0.amount.currency",
      "expenses.0.amount.currency",
      "openingCash.currency",
      "agreements.0.parties.0.contributions.0.amount.currency",
    ]);
  });

  it("checks the order of dates, and warns about dates outside the period", () => {
    expect(codes(edit((d) => (d.period.endOn = "2023-12-31"))).issues).toContainEqual([
      "generalAssembly.period_end_before_start",
      "period.endOn",
      "error",
    ]);
    expect(codes(edit((d) => Object.assign(at(d.activities, 0), { endOn: "2024-03-01" }))).issues).toEqual([
      ["generalAssembly.activity_end_before_start", "activities.0.endOn", "error"],
    ]);
    expect(codes(edit((d) => Object.assign(at(d.activities, 0), { endOn: "2025-01-02" })))).toEqual({
      ok: true,
      issues: [["generalAssembly.activity_outside_period", "activities.0.startOn", "warning"]],
    });
    expect(codes(edit((d) => (at(d.income, 0).receivedOn = "2025-01-05"))).issues).toEqual([
      ["generalAssembly.income_outside_period", "income.0.receivedOn", "warning"],
    ]);
    expect(codes(edit((d) => (d.assemblyOn = "2024-12-20"))).issues).toEqual([
      ["generalAssembly.assembly_before_period_end", "assemblyOn", "warning"],
    ]);
  });

  it("reports references to partners, agreements and activities the input does not list", () => {
    const r = codes(
      edit((d) => {
        at(d.activities, 0).partnerIds = ["commune", "ghost"];
        at(d.activities, 0).agreementId = "conv-x";
        at(d.income, 0).funderId = "nobody";
        at(d.expenses, 0).activityId = "a-9";
      }),
    );
    expect(r.issues).toEqual([
      ["generalAssembly.unknown_partner", "activities.0.partnerIds.1", "error"],
      ["generalAssembly.unknown_agreement", "activities.0.agreementId", "error"],
      ["generalAssembly.unknown_partner", "income.0.funderId", "error"],
      ["generalAssembly.funder_not_party", "income.0.funderId", "warning"],
      ["generalAssembly.unknown_activity", "expenses.0.activityId", "error"],
    ]);
  });

  it("reports duplicate ids, a partner bearing the organization's id included", () => {
    const r = codes(
      edit((d) => {
        d.activities.push({ ...at(d.activities, 0) });
        d.partners.push({ id: "assoc-amal", name: { ar: "x" }, kind: "association" });
      }),
    );
    expect(r.issues).toEqual([
      ["generalAssembly.duplicate_id", "activities.1.id", "error"],
      ["generalAssembly.duplicate_id", "partners.1.id", "error"],
    ]);
  });

  it("keeps beneficiaries by sex and children within the total", () => {
    const r = codes(
      edit((d) => (at(d.activities, 0).beneficiaries = { total: 20, female: 12, male: 9, children: 21 })),
    );
    expect(r.issues).toEqual([
      ["generalAssembly.beneficiaries_sex_above_total", "activities.0.beneficiaries", "error"],
      ["generalAssembly.beneficiaries_children_above_total", "activities.0.beneficiaries.children", "error"],
    ]);
  });

  it("warns about an unknown commune code, parties it cannot name, agreements of others", () => {
    const r = codes(
      edit((d) => {
        at(d.activities, 0).place = "03.451.03.99";
        at(at(d.agreements, 0).parties, 1).organizationId = "someone-else";
      }),
    );
    expect(r).toEqual({
      ok: true,
      issues: [
        ["generalAssembly.unknown_commune", "activities.0.place", "warning"],
        ["generalAssembly.agreement_without_organization", "agreements.0.parties", "warning"],
        ["generalAssembly.unknown_party", "agreements.0.parties.1.organizationId", "warning"],
      ],
    });
  });

  it("keeps totals within the exact range", () => {
    const big = mad(Number.MAX_SAFE_INTEGER);
    const r = codes(
      edit((d) => {
        d.income.push({ ...at(d.income, 0), amount: big });
        d.openingCash = big;
      }),
    );
    expect(r.issues).toEqual([["generalAssembly.total_too_large", "income", "error"]]);
    const closing = codes(
      edit((d) => {
        at(d.income, 0).amount = mad(Number.MAX_SAFE_INTEGER - 10);
        at(d.expenses, 0).amount = mad(0);
        at(at(d.agreements, 0).parties, 0).contributions = [
          { kind: "financial", amount: mad(Number.MAX_SAFE_INTEGER - 10) },
        ];
        d.openingCash = mad(1_000);
      }),
    );
    expect(closing.issues).toEqual([["generalAssembly.total_too_large", "openingCash", "error"]]);
  });

  it("applies the model's rules to the organization and the agreements, under their paths", () => {
    const r = codes(
      edit((d) => {
        d.organization.founders = [{ personId: "p-1" }];
        at(d.agreements, 0).status = "active";
      }),
    );
    expect(r.issues).toEqual([
      ["association.founders_min", "organization.founders", "error"],
      // Still active after its end, as of the assembly date (the default asOf).
      ["agreement.status_stale", "agreements.0.status", "warning"],
    ]);
  });

  it("writes messages in the requested language", () => {
    const r = validateGeneralAssemblyInput(
      edit((d) => (at(d.expenses, 0).activityId = "a-9")),
      { locale: "fr" },
    );
    expect(!r.ok && r.issues[0]?.message).toBe("L'activité « a-9 » ne figure pas dans la liste des activités.");
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = validateGeneralAssemblyInput(input);
        expect(typeof r.ok).toBe("boolean");
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(base)), fc.anything(), (key, value) => {
        const r = validateGeneralAssemblyInput({ ...base, [key]: value });
        expect(typeof r.ok).toBe("boolean");
      }),
    );
  });
});
