import type { Organization } from "@madani/model";
import { describe, expect, it } from "vitest";
import { buildEvalSet, NEGATIVE_KINDS, VARIATION_TYPES } from "../../test/dedupEval/build.js";
import { readFixturePairs } from "../../test/dedupEval/fixtures.js";
import { measure } from "../../test/dedupEval/measure.js";
import { findDuplicates } from "./findDuplicates.js";
import { profileOf, readName } from "./profile.js";
import { type ScoringTables, scorePair } from "./score.js";

function run(organizations: readonly Organization[]) {
  const r = findDuplicates(organizations);
  if (!r.ok) throw new Error(r.issues[0]?.message);
  return r.value;
}

describe("deduplication quality on an evaluation set built apart from the synthetic generator", () => {
  const small = buildEvalSet({ seed: 11, size: 5_000 });
  const large = buildEvalSet({ seed: 11, size: 20_000 });
  const qSmall = measure(small.records, run(small.organizations).clusters);
  const qLarge = measure(large.records, run(large.organizations).clusters);

  it("reaches pairwise precision 0.95 and recall 0.90 at 20,000 rows", () => {
    expect(qLarge.truePositives).toBeGreaterThan(2_000);
    expect(qLarge.precision).toBeGreaterThanOrEqual(0.95);
    expect(qLarge.recall).toBeGreaterThanOrEqual(0.9);
    expect(qSmall.precision).toBeGreaterThanOrEqual(0.95);
    expect(qSmall.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps its precision as the registry grows from 5,000 to 20,000 rows", () => {
    // Noise: at 5,000 rows one wrong pair moves precision by about 0.001.
    expect(qLarge.precision).toBeGreaterThanOrEqual(qSmall.precision - 0.01);
  });

  it("finds most duplicates of every variation type and merges few hard negatives of every kind", () => {
    for (const v of VARIATION_TYPES) expect.soft(qLarge.recallByVariation[v], v).toBeGreaterThanOrEqual(0.85);
    for (const k of NEGATIVE_KINDS) {
      expect.soft(qLarge.byNegative[k].pairs, k).toBeGreaterThan(100);
      expect.soft(qLarge.byNegative[k].merged, k).toBeLessThanOrEqual(0.03);
    }
  });

  it("gives the same clusters whatever the order of the rows", () => {
    const rows = small.organizations.slice(0, 3_000);
    const one = run(rows).clusters.map((c) => c.ids);
    const two = run([...rows].reverse()).clusters.map((c) => c.ids);
    expect(two).toEqual(one);
  });
});

describe("deduplication of the hand-written pairs", () => {
  it("joins the same organization and keeps look-alikes apart, among 5,000 other rows", () => {
    const pairs = readFixturePairs();
    expect(pairs.length).toBeGreaterThanOrEqual(260);
    const background = buildEvalSet({ seed: 3, size: 5_000 });
    const found = run([...background.organizations, ...pairs.flatMap((p) => [p.a, p.b])]);
    const cluster = new Map<string, number>();
    found.clusters.forEach((c, k) => {
      for (const id of c.ids) cluster.set(id, k);
    });
    const together = (a: string, b: string): boolean =>
      cluster.get(a) !== undefined && cluster.get(a) === cluster.get(b);
    const same = pairs.filter((p) => p.label === "same");
    const distinct = pairs.filter((p) => p.label === "distinct");
    const joined = same.filter((p) => together(p.a.id, p.b.id)).length;
    const merged = distinct.filter((p) => together(p.a.id, p.b.id));
    expect(joined / same.length).toBeGreaterThanOrEqual(0.95);
    expect(merged.map((p) => `${p.kind}: ${p.a.name.ar ?? p.a.name.fr}`)).toEqual([]);
  });
});

describe("the defects of the previous matching", () => {
  const seat = { regionCode: "07", provinceCode: "07.431", communeCode: "07.431.01.03" };
  const tables = (n: number): ScoringTables => ({
    nameInCommune: new Map(),
    nameInProvince: new Map(),
    tokenCount: new Map(),
    placeSize: new Map(),
    contactCount: new Map(),
    personCount: new Map(),
    addressCount: new Map(),
    total: n,
  });

  it("keeps أكراو and الخير apart, and Chourouk, Shurooq and الشروق together", () => {
    expect(readName("جمعية أكراو").name?.key).not.toBe(readName("جمعية الخير").name?.key);
    const keys = ["جمعية الشروق", "Association Chourouk", "jam3iyat shurooq", "Asso Churuq"].map(
      (n) => readName(n).name?.key,
    );
    expect(new Set(keys).size).toBe(1);
  });

  it("does not drop purposes: the same root with another purpose counts against", () => {
    const a = profileOf({ id: "a", legalForm: "association", name: { ar: "جمعية الأمل للرياضة" }, seat });
    const b = profileOf({ id: "b", legalForm: "association", name: { ar: "جمعية الأمل للتنمية القروية" }, seat });
    const r = scorePair(a, b, tables(2));
    expect(r.evidence.find((e) => e.feature === "purpose")?.weight).toBeLessThan(0);
    expect(
      run(
        [a, b].map((p) => ({
          id: p.id,
          legalForm: "association",
          name: { ar: p.id === "a" ? "جمعية الأمل للرياضة" : "جمعية الأمل للتنمية القروية" },
          seat,
        })),
      ).clusters,
    ).toEqual([]);
  });

  it("does not count the pair itself when it weighs how rare a name is", () => {
    const org = (id: string, phone: string, foundedOn: string): Organization => ({
      id,
      legalForm: "association",
      name: { ar: "جمعية الخير" },
      seat,
      foundedOn,
      contacts: [{ kind: "phone", value: phone }],
    });
    const a = org("a", "+212661000001", "1998-03-12");
    const b = org("b", "+212661000001", "1998-12-03");
    const c = org("c", "+212661000002", "2015-06-02");
    const frequency = (orgs: Organization[]) =>
      run(orgs).clusters[0]?.pairs[0]?.reasons.find((r) => r.feature === "nameFrequency")?.weight;
    // Alone, the two bear a name no other organization bears: a small bonus.
    expect(frequency([a, b])).toBeGreaterThan(0);
    // A third organization bears it: no bonus, and the pair holds only by the phone and the date.
    expect(frequency([a, b, c]) ?? 0).toBeLessThanOrEqual(0);
    expect(run([a, c]).clusters).toEqual([]);
  });

  it("bounds the name penalty across scripts", () => {
    const a = profileOf({
      id: "a",
      legalForm: "association",
      name: { ar: "جمعية تيفاوين" },
      seat,
      foundedOn: "2010-01-01",
    });
    const b = profileOf({
      id: "b",
      legalForm: "association",
      name: { fr: "Association Lumière d'Atlas" },
      seat,
      foundedOn: "2010-01-01",
    });
    const name = scorePair(a, b, tables(2)).evidence.find((e) => e.feature === "name");
    expect(name?.weight).toBeGreaterThanOrEqual(-1);
  });

  it("takes no evidence from an address many organizations share", () => {
    const at = (id: string, ar: string): Organization => ({
      id,
      legalForm: "association",
      name: { ar },
      seat: { ...seat, line: { ar: "دار الجمعيات" } },
    });
    const r = scorePair(profileOf(at("a", "جمعية النور")), profileOf(at("b", "جمعية الوفاء")), tables(2));
    expect(r.evidence.some((e) => e.feature === "address")).toBe(false);
  });

  it("needs a field that agrees, besides the name, when a field disagrees", () => {
    const board = (id: string, president: string) => [
      {
        id: `${id}-b`,
        kind: "board" as const,
        mandates: [
          { personId: `${id}-p`, personName: { ar: president }, role: "president" as const, startOn: "2010-01-01" },
        ],
      },
    ];
    const orgs: Organization[] = [
      {
        id: "a",
        legalForm: "association",
        name: { ar: "جمعية تيفاوين" },
        seat,
        governingBodies: board("a", "محمد البقالي"),
      },
      {
        id: "b",
        legalForm: "association",
        name: { ar: "جمعية تيفاوين" },
        seat,
        governingBodies: board("b", "سعاد العمراني"),
      },
    ];
    expect(run(orgs).clusters).toEqual([]);
  });
});
