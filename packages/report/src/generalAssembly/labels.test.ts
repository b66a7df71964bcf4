import type { Enumeration, MessageTemplate } from "@madani/model";
import { describe, expect, it } from "vitest";
import { ActivityKind } from "./activityKind.js";
import { ExpenseNature } from "./expenseNature.js";
import { IncomeSource } from "./incomeSource.js";
import { generalAssemblyLabels, labelText } from "./labels.js";

const ARABIC = /[\u0600-\u06FF]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * Three languages, Arabic in Arabic, the same placeholders in each, except where a language
 * words the sentence without one (French and English introductions do not repeat the
 * organization's name, which French cannot always take without an article).
 */
function checkTemplates(
  table: Readonly<Record<string, MessageTemplate>>,
  dropped: Readonly<Record<string, string[]>> = {},
): void {
  for (const [key, t] of Object.entries(table)) {
    expect(t.ar, `${key}.ar`).toMatch(ARABIC);
    expect(t.fr.trim(), `${key}.fr`).not.toBe("");
    expect(t.en.trim(), `${key}.en`).not.toBe("");
    expect(t.fr, `${key}.fr is not Arabic`).not.toMatch(ARABIC);
    expect(t.en, `${key}.en is not Arabic`).not.toMatch(ARABIC);
    const expected = placeholders(t.ar).filter((p) => !(dropped[key] ?? []).includes(p ?? ""));
    expect(placeholders(t.fr), `${key} placeholders`).toEqual(expected);
    expect(placeholders(t.en), `${key} placeholders`).toEqual(expected);
  }
}

describe("enumerations of the general-assembly reports", () => {
  const all: [string, Enumeration<string>][] = [
    ["incomeSource", IncomeSource],
    ["expenseNature", ExpenseNature],
    ["activityKind", ActivityKind],
  ];
  for (const [name, e] of all) {
    it(`${name}: every value has ar, fr and en labels and the schema accepts exactly the values`, () => {
      expect(e.name).toBe(name);
      for (const value of e.values) {
        const l = e.labels[value];
        expect(l?.ar, `${name}.${value}`).toMatch(ARABIC);
        expect(l?.fr, `${name}.${value}`).not.toMatch(ARABIC);
        expect(l?.en.trim(), `${name}.${value}`).not.toBe("");
        expect(e.schema.safeParse(value).success).toBe(true);
      }
      expect(e.schema.safeParse("not-a-value").success).toBe(false);
    });
  }

  it("lists the income sources and expense natures the issue names", () => {
    expect(IncomeSource.values).toEqual([
      "public-subsidy",
      "foreign-funding",
      "membership-fees",
      "donations",
      "own-activities",
      "other",
    ]);
    expect(ExpenseNature.values).toEqual([
      "staff",
      "activities",
      "equipment",
      "rent-and-utilities",
      "travel",
      "communication",
      "administrative",
      "taxes-and-fees",
      "other",
    ]);
  });
});

describe("generalAssemblyLabels", () => {
  it("has every text in ar, fr and en with the same placeholders", () => {
    checkTemplates(generalAssemblyLabels, { "intro.moral": ["organization"], "intro.financial": ["organization"] });
  });

  it("fills placeholders in the report language", () => {
    expect(labelText("ar", "moral.title", { organization: "جمعية الأمل", year: "2024" })).toBe(
      "جمعية الأمل — التقرير الأدبي برسم سنة 2024",
    );
    expect(labelText("en", "financial.title", { organization: "Al Amal", year: "2023-2024" })).toBe(
      "Al Amal — Financial report for 2023-2024",
    );
  });
});
