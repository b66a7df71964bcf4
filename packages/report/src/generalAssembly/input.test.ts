import { describe, expect, it } from "vitest";
import { GeneralAssemblyActivitySchema, GeneralAssemblyInputSchema, inputCurrency } from "./input.js";

const input = {
  organization: { id: "assoc-achraf", legalForm: "association", name: { ar: "جمعية الأشراف للثقافة والتنمية" } },
  period: { startOn: "2024-01-01", endOn: "2024-12-31" },
  assemblyOn: "2025-03-15",
  language: "ar",
  generatedAt: "2025-03-01T10:00:00+01:00",
} as const;

describe("GeneralAssemblyInputSchema", () => {
  it("accepts an input with no activity and no money", () => {
    expect(GeneralAssemblyInputSchema.safeParse(input).success).toBe(true);
  });

  it("is strict and wants a timestamp with an offset", () => {
    expect(GeneralAssemblyInputSchema.safeParse({ ...input, year: 2024 }).success).toBe(false);
    expect(GeneralAssemblyInputSchema.safeParse({ ...input, generatedAt: "2025-03-01T10:00:00" }).success).toBe(false);
    expect(GeneralAssemblyInputSchema.safeParse({ ...input, period: { startOn: "2024-01-01" } }).success).toBe(false);
  });

  it("takes a place as a commune code or a text", () => {
    const activity = { id: "a", title: { ar: "ورشة" }, field: "digital", startOn: "2024-02-17" };
    expect(GeneralAssemblyActivitySchema.safeParse({ ...activity, place: "03.451.03.09" }).success).toBe(true);
    expect(GeneralAssemblyActivitySchema.safeParse({ ...activity, place: { fr: "Meknès" } }).success).toBe(true);
    expect(GeneralAssemblyActivitySchema.safeParse({ ...activity, place: "Meknès" }).success).toBe(false);
    expect(GeneralAssemblyActivitySchema.safeParse({ ...activity, beneficiaries: { total: -1 } }).success).toBe(false);
  });
});

describe("inputCurrency", () => {
  const parsed = GeneralAssemblyInputSchema.parse(input);
  const eur = { amount: 100, currency: "EUR" };
  it("is the declared currency, else the first amount's, else MAD", () => {
    expect(inputCurrency(parsed)).toBe("MAD");
    expect(inputCurrency({ ...parsed, openingCash: eur })).toBe("EUR");
    expect(inputCurrency({ ...parsed, expenses: [{ nature: "other", label: { fr: "x" }, amount: eur }] })).toBe("EUR");
    expect(inputCurrency({ ...parsed, currency: "USD", openingCash: eur })).toBe("USD");
  });
});
