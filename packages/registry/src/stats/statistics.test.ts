import type { Organization } from "@madani/model";
import { communes, provinces, regions } from "@madani/model/geo";
import { organizationArbitrary } from "@madani/model/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticOrganizations } from "../../test/registryFixtures.js";
import { computeStatistics, type RegistryStatistics } from "./statistics.js";

const ASOF = "2025-06-30";

function stats(orgs: Iterable<Organization>, asOf = ASOF): RegistryStatistics {
  const r = computeStatistics(orgs, { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const sum = (xs: readonly { count: number }[]) => xs.reduce((n, x) => n + x.count, 0);

describe("computeStatistics", () => {
  const commune = communes({ provinceCode: "01.511" })[0];
  if (commune === undefined) throw new Error("geo data missing");
  const base: Organization = { id: "x", legalForm: "association", name: { fr: "X" } };
  const small: Organization[] = [
    {
      ...base,
      id: "a",
      seat: { communeCode: commune.code },
      foundedOn: "2010-05-01",
      fieldsOfAction: ["women", "youth"],
    },
    {
      ...base,
      id: "b",
      seat: { provinceCode: "01.511" },
      foundedOn: "2010-09-01",
      lifecycle: { dissolvedOn: "2020-01-01" },
    },
    { ...base, id: "c", legalForm: "cooperative", seat: { regionCode: "02" }, lifecycle: { declaredOn: "2012-03-03" } },
    { ...base, id: "d", seat: { regionCode: "99" }, fieldsOfAction: ["women"] },
    { ...base, id: "e", foundedOn: "2030-01-01" },
  ];

  it("counts by place, deriving région and province from finer codes, with densities from the 2024 census", () => {
    const s = stats(small);
    expect(s.total).toBe(5);
    expect(s.active).toBe(4);
    const tanger = s.byRegion.find((r) => r.code === "01");
    const region01 = regions().find((r) => r.code === "01");
    expect(tanger).toMatchObject({ count: 2, active: 1, population: region01?.population2024 });
    expect(tanger?.per10k).toBeCloseTo((1 * 10_000) / (region01?.population2024 ?? 1), 12);
    expect(s.byRegion.find((r) => r.code === "02")).toMatchObject({ count: 1, active: 1 });
    expect(s.byRegion.at(-1)).toEqual({ code: "99", count: 1, active: 1, population: null, per10k: null });
    expect(s.byRegion.slice(0, 12).map((r) => r.code)).toEqual(regions().map((r) => r.code));
    expect(s.byProvince.find((p) => p.code === "01.511")).toMatchObject({ count: 2, active: 1 });
    expect(s.byCommune).toEqual([
      expect.objectContaining({ code: commune.code, count: 1, population: commune.population2024 }),
    ]);
    expect(s.communesWithoutOrganization).toBe(communes().length - 1);
    expect(s.unlocated).toEqual({ region: 1, province: 3, commune: 4 });
    const population = regions().reduce((n, r) => n + r.population2024, 0);
    expect(s.national).toEqual({ population, per10k: (4 * 10_000) / population });
  });

  it("counts legal forms, fields (once per field), statuses and founding years, and builds the yearly series", () => {
    const s = stats(small);
    expect(s.byLegalForm.find((f) => f.value === "association")?.count).toBe(4);
    expect(s.byLegalForm.find((f) => f.value === "cooperative")?.count).toBe(1);
    expect(s.byField.find((f) => f.value === "women")?.count).toBe(2);
    expect(s.byField.find((f) => f.value === "youth")?.count).toBe(1);
    expect(s.withoutField).toBe(3);
    expect(s.byStatus.find((x) => x.value === "dissolved")?.count).toBe(1);
    expect(s.byStatus.find((x) => x.value === "declared")?.count).toBe(1);
    expect(s.byFoundingYear).toEqual([
      { year: 2010, count: 2 },
      { year: 2012, count: 1 },
    ]);
    expect(s.withoutFoundingYear).toBe(2); // none, and one founded after asOf
    expect(s.creationsByYear[0]).toEqual({ year: 2010, created: 2, dissolved: 0, existing: 2 });
    expect(s.creationsByYear.find((y) => y.year === 2020)).toEqual({
      year: 2020,
      created: 0,
      dissolved: 1,
      existing: 2,
    });
    expect(s.creationsByYear.at(-1)?.year).toBe(2025);
  });

  it("computes compliance rates as the law reads them", () => {
    const board = (endOn?: string) => [
      {
        id: "b",
        kind: "board" as const,
        mandates: [
          {
            personId: "p",
            role: "president" as const,
            startOn: "2015-01-01",
            ...(endOn === undefined ? {} : { endOn }),
          },
        ],
      },
    ];
    const orgs: Organization[] = [
      {
        ...base,
        id: "1",
        lifecycle: { declaredOn: "2020-01-01", provisionalReceiptOn: "2020-01-01", finalReceiptOn: "2020-02-01" },
        governingBodies: board("2019-12-31"),
      },
      {
        ...base,
        id: "2",
        lifecycle: { declaredOn: "2025-01-01", provisionalReceiptOn: "2025-01-01" },
        governingBodies: board(),
      },
      {
        ...base,
        id: "3",
        lifecycle: { declaredOn: "2025-06-01", provisionalReceiptOn: "2025-06-01" },
        governingBodies: board("2026-01-01"),
      },
      {
        ...base,
        id: "4",
        lifecycle: { declaredOn: "2010-01-01", dissolvedOn: "2015-01-01" },
        governingBodies: board("2012-01-01"),
      },
      { ...base, id: "5", legalForm: "cooperative", lifecycle: { declaredOn: "2020-01-01" } },
      {
        ...base,
        id: "6",
        lifecycle: { declaredOn: "2019-01-01" },
        declarations: [
          { kind: "seat-change", changedOn: "2025-01-10" },
          { kind: "name-change", changedOn: "2025-06-20" },
        ],
      },
      {
        ...base,
        id: "7",
        lifecycle: { declaredOn: "2019-01-01" },
        declarations: [{ kind: "seat-change", changedOn: "2025-06-20" }],
      },
    ];
    const c = stats(orgs).compliance;
    // Associative, declared, not dissolved: 1, 2, 3, 6, 7; final receipt: 1.
    expect(c.finalReceipt).toEqual({ count: 1, of: 5, percent: 20 });
    // Provisional receipt over 60 days old without a final one: 2.
    expect(c.finalReceiptOverdue).toEqual({ count: 1, of: 5, percent: 20 });
    // Active with a started board mandate: 1, 2, 3; all ended: 1.
    expect(c.boardExpired.count).toBe(1);
    expect(c.boardExpired.of).toBe(3);
    expect(c.boardExpired.percent).toBeCloseTo(100 / 3, 12);
    // With declarations: 6 (one overdue), 7 (still within the month).
    expect(c.declarationOverdue).toEqual({ count: 1, of: 2, percent: 50 });
    expect(stats([]).compliance.finalReceipt).toEqual({ count: 0, of: 0, percent: null });
  });

  it("keeps its totals consistent and does not depend on input order (property)", () => {
    fc.assert(
      fc.property(fc.array(organizationArbitrary(), { maxLength: 40 }), fc.integer(), (orgs, seed) => {
        const s = stats(orgs);
        expect(sum(s.byLegalForm)).toBe(s.total);
        expect(sum(s.byStatus)).toBe(s.total);
        expect(sum(s.byRegion) + s.unlocated.region).toBe(s.total);
        expect(sum(s.byProvince) + s.unlocated.province).toBe(s.total);
        expect(sum(s.byCommune) + s.unlocated.commune).toBe(s.total);
        expect(sum(s.byFoundingYear) + s.withoutFoundingYear).toBe(s.total);
        const created = s.creationsByYear.reduce((n, y) => n + y.created, 0);
        const dissolved = s.creationsByYear.reduce((n, y) => n + y.dissolved, 0);
        expect(s.creationsByYear.at(-1)?.existing ?? 0).toBe(created - dissolved);
        for (const r of Object.values(s.compliance)) {
          expect(r.count).toBeLessThanOrEqual(r.of);
          if (r.percent !== null) expect(r.percent).toBeGreaterThanOrEqual(0);
        }
        const shuffled = [...orgs].sort((a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 31 + seed) % 7));
        expect(stats(shuffled)).toEqual(s);
      }),
      { numRuns: 50 },
    );
  });

  it("builds cross-tables that add up to the totals, by row and by column (property)", () => {
    fc.assert(
      fc.property(
        fc.array(organizationArbitrary(), { maxLength: 40 }),
        fc.constantFrom(ASOF, "2014-12-31"),
        (orgs, asOf) => {
          const s = stats(orgs, asOf);
          expect(sum(s.byRegionAndLegalForm)).toBe(s.total);
          for (const r of s.byRegion) {
            expect(sum(s.byRegionAndLegalForm.filter((x) => x.regionCode === r.code)), r.code).toBe(r.count);
          }
          expect(sum(s.byRegionAndLegalForm.filter((x) => x.regionCode === null))).toBe(s.unlocated.region);
          for (const f of s.byLegalForm)
            expect(sum(s.byRegionAndLegalForm.filter((x) => x.legalForm === f.value))).toBe(f.count);
          expect(sum(s.byRegionAndFoundingYear)).toBe(s.total - s.withoutFoundingYear);
          for (const y of s.byFoundingYear)
            expect(sum(s.byRegionAndFoundingYear.filter((x) => x.year === y.year))).toBe(y.count);
          for (const x of [...s.byRegionAndLegalForm, ...s.byRegionAndFoundingYear]) expect(x.count).toBeGreaterThan(0);
          // The census counts: no more than the organizations, the régions adding up to the country.
          for (const year of [2014, 2024] as const) {
            const national = s.census.national.existing[year];
            if (national === null) continue;
            const regions = s.census.byRegion.reduce((n, r) => n + (r.existing[year] ?? 0), 0);
            expect(regions + (s.census.unlocated[year] ?? 0)).toBe(national);
            expect(national).toBeLessThanOrEqual(s.total - s.census.undated);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("compares the densities of the 2014 and 2024 censuses with each census's population", () => {
    const tanger = "01.511.01.01";
    const orgs: Organization[] = [
      { ...base, id: "old", seat: { communeCode: tanger }, foundedOn: "2005-01-01" },
      { ...base, id: "new", seat: { communeCode: tanger }, foundedOn: "2018-01-01" },
      {
        ...base,
        id: "gone",
        seat: { communeCode: tanger },
        foundedOn: "2001-01-01",
        lifecycle: { dissolvedOn: "2020-01-01" },
      },
      {
        ...base,
        id: "suspended",
        seat: { regionCode: "02" },
        lifecycle: { declaredOn: "2010-02-02", suspendedOn: "2014-08-01" },
      },
      { ...base, id: "nowhere", foundedOn: "2000-01-01" },
      { ...base, id: "undated", seat: { regionCode: "01" } },
    ];
    const s = stats(orgs);
    const pop2014 = communes({ regionCode: "01" }).reduce((n, c) => n + (c.population2014 ?? 0), 0);
    expect(pop2014).toBe(3_556_729); // the RGPH 2014 legal population HCP publishes for the région
    const r01 = s.census.byRegion.find((r) => r.code === "01");
    expect(r01?.population).toEqual({ 2014: pop2014, 2024: regions()[0]?.population2024 });
    // 2014: old and gone; 2024: old and new (gone was dissolved in 2020).
    expect(r01?.existing).toEqual({ 2014: 2, 2024: 2 });
    expect(r01?.per10k[2014]).toBeCloseTo((2 * 10_000) / pop2014, 12);
    // Suspended before the 2014 census and never resumed: in existence on neither date.
    expect(s.census.byRegion.find((r) => r.code === "02")?.existing).toEqual({ 2014: 0, 2024: 0 });
    expect(s.census.unlocated).toEqual({ 2014: 1, 2024: 1 });
    expect(s.census.national.existing).toEqual({ 2014: 3, 2024: 3 });
    expect(s.census.undated).toBe(1);
    // A census after asOf is not counted.
    const early = stats(orgs, "2020-06-30");
    expect(early.census.national.existing).toEqual({ 2014: 3, 2024: null });
    expect(early.census.byRegion[0]?.per10k[2024]).toBeNull();
  });

  it("lists every province except the prefectures of arrondissements", () => {
    const s = stats(syntheticOrganizations(300, 4));
    const expected = provinces()
      .filter((p) => p.type !== "prefecture_of_arrondissements")
      .map((p) => p.code);
    expect(s.byProvince.map((p) => p.code)).toEqual(expected);
  });

  it("answers bad input with issues and never throws (property)", () => {
    const bad = computeStatistics(small, { asOf: "31/12/2025" });
    expect(!bad.ok && bad.issues[0]?.code).toBe("stats.invalid_as_of");
    const notList = computeStatistics(7 as unknown as Organization[], { asOf: ASOF });
    expect(!notList.ok && notList.issues[0]?.code).toBe("stats.invalid_input");
    const record = computeStatistics([{ name: "x" }] as unknown as Organization[], { asOf: ASOF, locale: "fr" });
    expect(!record.ok && record.issues[0]).toMatchObject({ code: "stats.invalid_organization", path: [0] });
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (orgs, asOf) => {
        computeStatistics(orgs as Organization[], { asOf: asOf as string });
        computeStatistics([orgs] as Organization[], { asOf: ASOF });
      }),
    );
  });
});
