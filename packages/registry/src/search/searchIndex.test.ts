import { legalStatusOn, type Organization } from "@madani/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticOrganizations } from "../../test/registryFixtures.js";
import { createSearchIndex, type SearchIndex, type SearchQuery } from "./searchIndex.js";

const org = (id: string, name: Organization["name"], extra: Partial<Organization> = {}): Organization => ({
  id,
  legalForm: "association",
  name,
  ...extra,
});

const named: Organization[] = [
  org(
    "a-amal",
    { ar: "جمعيّة الأمل للتنمية", fr: "Association Al Amal pour le développement" },
    { seat: { regionCode: "01" } },
  ),
  org("b-nour-ar", { ar: "جمعية النور" }, { seat: { regionCode: "02", provinceCode: "02.111" } }),
  org("c-nour-fr", { fr: "Association Ennour" }, { seat: { communeCode: "01.511.01.01" } }),
  org("d-nour-khair", { ar: "جمعية النور والخير" }, { legalForm: "cooperative", fieldsOfAction: ["women"] }),
  org("e-moustaqbal", { fr: "Coopérative Al Moustaqbal" }, { legalForm: "cooperative", acronym: { fr: "CAM" } }),
  org("f-renamed", { fr: "Espoir Atlas" }, { formerNames: [{ name: { ar: "جمعية الواحة" }, until: "2020-01-01" }] }),
];

function built(orgs: readonly Organization[], asOf?: string): SearchIndex {
  const r = createSearchIndex(orgs, asOf === undefined ? {} : { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function ids(index: SearchIndex, query: SearchQuery): string[] {
  const r = index.search({ pageSize: 100, ...query });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.hits.map((h) => h.id);
}

describe("createSearchIndex", () => {
  const index = built(named);

  it("finds Arabic names whatever the hamza, ta marbuta, tashkeel or article", () => {
    for (const text of ["الامل", "أمل", "الأمَل", "جمعية الأمل", "امل"])
      expect(ids(index, { text })).toContain("a-amal");
    expect(ids(index, { text: "الأمل" })).not.toContain("b-nour-ar");
  });

  it("matches across scripts by consonant skeleton, below same-script matches", () => {
    const hits = ids(index, { text: "Ennour" });
    expect(hits[0]).toBe("c-nour-fr");
    expect(hits).toEqual(expect.arrayContaining(["b-nour-ar", "d-nour-khair"]));
    expect(ids(index, { text: "النور" }).slice(0, 2)).toEqual(["b-nour-ar", "d-nour-khair"]);
    expect(ids(index, { text: "Al Amal" })).toEqual(["a-amal"]);
  });

  it("requires every distinctive word and ranks the exact name first", () => {
    expect(ids(index, { text: "النور الخير" })).toEqual(["d-nour-khair"]);
    const r = index.search({ text: "جمعية النور" });
    expect(r.ok && r.value.hits[0]?.id).toBe("b-nour-ar");
    if (r.ok) expect(r.value.hits[0]?.score).toBeGreaterThan(r.value.hits[1]?.score ?? 0);
  });

  it("matches word prefixes (search as you type), acronyms and former names", () => {
    expect(ids(index, { text: "Moust" })).toEqual(["e-moustaqbal"]);
    expect(ids(index, { text: "cam" })).toEqual(["e-moustaqbal"]);
    expect(ids(index, { text: "الواحة" })).toEqual(["f-renamed"]);
    expect(ids(index, { text: "zzzz" })).toEqual([]);
  });

  it("filters by place, deriving région and province from finer codes, by legal form and field", () => {
    expect(ids(index, { regionCode: "01" })).toEqual(["a-amal", "c-nour-fr"]);
    expect(ids(index, { provinceCode: "01.511" })).toEqual(["c-nour-fr"]);
    expect(ids(index, { text: "nour", legalForm: "cooperative" })).toEqual(["d-nour-khair"]);
    expect(ids(index, { fieldOfAction: ["women", "youth"] })).toEqual(["d-nour-khair"]);
    expect(ids(index, { legalForm: ["cooperative"], regionCode: "01" })).toEqual([]);
  });

  const sample = syntheticOrganizations(600, 9);
  const big = built(sample, "2025-06-30");

  it("filters exactly like a reference filter over any combination (property)", () => {
    const values = <T>(xs: readonly T[]) =>
      fc.option(fc.subarray([...xs], { minLength: 1, maxLength: 3 }), { nil: undefined });
    const regions = [...new Set(sample.map((o) => o.seat?.regionCode ?? ""))];
    fc.assert(
      fc.property(
        values(regions),
        values(["association", "cooperative", "network"] as const),
        values(["women", "youth", "social", "health"] as const),
        values(["final-receipt", "may-operate", "dissolved"] as const),
        (regionCode, legalForm, fieldOfAction, status) => {
          const query: SearchQuery = { regionCode, legalForm, fieldOfAction, status };
          const expected = sample
            .filter(
              (o) =>
                (regionCode === undefined || regionCode.includes(o.seat?.regionCode ?? "")) &&
                (legalForm === undefined || (legalForm as readonly string[]).includes(o.legalForm)) &&
                (fieldOfAction === undefined ||
                  (o.fieldsOfAction ?? []).some((f) => (fieldOfAction as readonly string[]).includes(f))) &&
                (status === undefined || (status as readonly string[]).includes(legalStatusOn(o, "2025-06-30"))),
            )
            .map((o) => o.id)
            .sort();
          const all: string[] = [];
          for (let page = 1; page < 100; page++) {
            const r = big.search({ ...query, page, pageSize: 100 });
            if (!r.ok) throw new Error("search failed");
            if (r.value.hits.length === 0) break;
            all.push(...r.value.hits.map((h) => h.id));
            expect(r.value.total).toBe(expected.length);
          }
          expect(all).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("pages cover the ranked list exactly once, and the order does not depend on input order", () => {
    const full = big.search({ text: "الأمل", pageSize: 100 });
    expect(full.ok).toBe(true);
    if (!full.ok) return;
    expect(full.value.total).toBeGreaterThan(20);
    const paged: string[] = [];
    for (let page = 1; ; page++) {
      const r = big.search({ text: "الأمل", page, pageSize: 7 });
      if (!r.ok || r.value.hits.length === 0) break;
      expect(r.value.pageCount).toBe(Math.ceil(full.value.total / 7));
      paged.push(...r.value.hits.map((h) => h.id));
    }
    const allIds: string[] = [];
    for (let page = 1; ; page++) {
      const r = big.search({ text: "الأمل", page, pageSize: 100 });
      if (!r.ok || r.value.hits.length === 0) break;
      allIds.push(...r.value.hits.map((h) => h.id));
    }
    expect(paged).toEqual(allIds);
    const past = big.search({ text: "الأمل", page: 10_000 });
    expect(past.ok && past.value.hits).toEqual([]);
    fc.assert(
      fc.property(fc.shuffledSubarray(sample, { minLength: sample.length, maxLength: sample.length }), (shuffled) => {
        const other = built(shuffled, "2025-06-30");
        const r = other.search({ text: "Al Amal", pageSize: 50 });
        const s = big.search({ text: "Al Amal", pageSize: 50 });
        expect(r.ok && r.value.hits.map((h) => [h.id, h.score])).toEqual(
          s.ok && s.value.hits.map((h) => [h.id, h.score]),
        );
      }),
      { numRuns: 5 },
    );
  });

  it("needs asOf to filter by status", () => {
    const r = index.search({ status: "final-receipt" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe("search.status_without_as_of");
  });

  it("reports bad input and repeated ids as issues and never throws (property)", () => {
    const dup = createSearchIndex([named[0] as Organization, named[0] as Organization]);
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.issues[0]?.code).toBe("search.duplicate_id");
    expect(createSearchIndex(42 as unknown as Organization[]).ok).toBe(false);
    expect(createSearchIndex(named, { asOf: "30/06/2025" }).ok).toBe(false);
    const bad = index.search({ pageSize: 0 });
    expect(!bad.ok && bad.issues[0]?.code).toBe("search.invalid_query");
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (orgs, query) => {
        const r = createSearchIndex(orgs as Organization[]);
        if (r.ok) r.value.search(query as SearchQuery);
        index.search(query as SearchQuery);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(index.search({ text }).ok).toBe(true);
      }),
    );
  });
});
