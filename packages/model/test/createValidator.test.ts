import { describe, expect, it } from "vitest";
import * as z from "zod";
import { coded, createValidator, type Rule, WARNING } from "../src/index.js";

const messages = {
  "budget.unbalanced": {
    ar: "الميزانية غير متوازنة.",
    fr: "Le budget n'est pas équilibré.",
    en: "The budget is not balanced.",
  },
  "budget.code": { ar: "رمز غير صالح.", fr: "Code invalide.", en: "Invalid code." },
  "budget.small": { ar: "مبلغ صغير.", fr: "Petit montant.", en: "Small amount." },
};
const Budget = z.strictObject({
  code: z.string().refine((s) => /^B\d+$/.test(s), { params: coded("budget.code") }),
  income: z.int(),
  expenses: z.int(),
});
type Budget = z.infer<typeof Budget>;
const balanced: Rule<Budget, { locale?: "ar" | "fr" | "en" }, keyof typeof messages> = (b, ctx) => {
  if (b.income !== b.expenses) ctx.report("budget.unbalanced", ["expenses"], { value: b.expenses });
  if (b.income < 10) ctx.report("budget.small", ["income"], { ...WARNING });
};
const validateBudget = createValidator(Budget, [balanced], messages);

describe("createValidator for packages built on the model", () => {
  it("reports the package's own codes from rules and refinements, localized", () => {
    const r = validateBudget({ code: "X", income: 1, expenses: 1 }, { locale: "fr" });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.message])).toEqual([["budget.code", "Code invalide."]]);
    const u = validateBudget({ code: "B1", income: 100, expenses: 90 }, { locale: "ar" });
    expect(u.ok ? [] : u.issues.map((i) => [i.code, i.message, i.value])).toEqual([
      ["budget.unbalanced", "الميزانية غير متوازنة.", 90],
    ]);
  });

  it("keeps warnings on a valid value and the model's shape codes", () => {
    const w = validateBudget({ code: "B1", income: 5, expenses: 5 });
    expect(w.ok && w.warnings.map((i) => i.code)).toEqual(["budget.small"]);
    const s = validateBudget({ code: "B1", income: "5", expenses: 5, extra: 1 });
    expect(s.ok ? [] : s.issues.map((i) => i.code)).toEqual(["schema.invalid_type", "schema.unrecognized_key"]);
  });
});
