import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarizeActivities } from "./activitySummary.js";
import { type GeneralAssemblyInput, GeneralAssemblyInputSchema } from "./input.js";

const base = GeneralAssemblyInputSchema.parse({
  organization: { id: "org", legalForm: "association", name: { ar: "جمعية" } },
  period: { startOn: "2024-01-01", endOn: "2024-12-31" },
  assemblyOn: "2025-03-15",
  language: "fr",
  generatedAt: "2025-03-01T10:00:00+01:00",
});

const activity = (id: string, field: string, beneficiaries?: object, partnerIds?: string[]) => ({
  id,
  title: { fr: id },
  field,
  startOn: "2024-05-01",
  ...(beneficiaries === undefined ? {} : { beneficiaries }),
  ...(partnerIds === undefined ? {} : { partnerIds }),
});

const withActivities = (activities: object[], extra: object = {}): GeneralAssemblyInput =>
  GeneralAssemblyInputSchema.parse({ ...base, activities, ...extra });

describe("summarizeActivities", () => {
  it("is all zeros without activities", () => {
    expect(summarizeActivities(base)).toEqual({
      activityCount: 0,
      beneficiaries: { total: 0, female: 0, male: 0, unspecified: 0, children: 0 },
      femaleShare: undefined,
      partnerIds: [],
      byField: [],
    });
  });

  it("adds beneficiaries over activities; sex not given counts as unspecified", () => {
    const s = summarizeActivities(
      withActivities([
        activity("a", "digital", { total: 10, female: 6, male: 4 }),
        activity("b", "digital", { total: 5 }),
        activity("c", "women", { total: 7, female: 7, children: 2 }),
        activity("d", "sports"),
      ]),
    );
    // 10 + 5 + 7 = 22; female 6 + 7 = 13; male 4; unspecified 22 − 13 − 4 = 5; 13 / 22 = 59.09 % → 59.1.
    expect(s.beneficiaries).toEqual({ total: 22, female: 13, male: 4, unspecified: 5, children: 2 });
    expect(s.femaleShare).toBe(59.1);
    expect(s.byField).toEqual([
      { field: "digital", activities: 2, beneficiaries: 15 },
      { field: "women", activities: 1, beneficiaries: 7 },
      { field: "sports", activities: 1, beneficiaries: 0 },
    ]);
  });

  it("orders fields with equal counts by the enumeration's order", () => {
    const s = summarizeActivities(withActivities([activity("a", "sports"), activity("b", "social")]));
    expect(s.byField.map((f) => f.field)).toEqual(["social", "sports"]);
  });

  it("counts distinct partners of activities, agreements and funders, not the organization itself", () => {
    const s = summarizeActivities(
      withActivities([activity("a", "social", undefined, ["p2", "p1"]), activity("b", "social", undefined, ["p1"])], {
        agreements: [
          {
            id: "c",
            title: { fr: "Convention" },
            parties: [
              { organizationId: "org", role: "implementer" },
              { organizationId: "p3", role: "funder" },
            ],
            period: { startOn: "2024-01-01" },
            status: "draft",
          },
        ],
        income: [{ source: "donations", label: { fr: "Don" }, amount: { amount: 1, currency: "MAD" }, funderId: "p4" }],
      }),
    );
    expect(s.partnerIds).toEqual(["p1", "p2", "p3", "p4"]);
  });

  it("law: fields add up to the activities and their beneficiaries to the total", () => {
    const arb = fc.array(
      fc
        .record({
          field: fc.constantFrom("social", "digital", "women", "youth"),
          total: fc.nat(10_000),
          femaleWeight: fc.nat(100),
        })
        .map(({ field, total, femaleWeight }) => ({ field, total, female: Math.floor((total * femaleWeight) / 100) })),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const s = summarizeActivities(
          withActivities(rows.map((r, i) => activity(`a${i}`, r.field, { total: r.total, female: r.female }))),
        );
        expect(s.byField.reduce((n, f) => n + f.activities, 0)).toBe(rows.length);
        expect(s.byField.reduce((n, f) => n + f.beneficiaries, 0)).toBe(s.beneficiaries.total);
        expect(s.beneficiaries.total).toBe(rows.reduce((n, r) => n + r.total, 0));
        expect(s.beneficiaries.female + s.beneficiaries.male + s.beneficiaries.unspecified).toBe(s.beneficiaries.total);
      }),
    );
  });
});
