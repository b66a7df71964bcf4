import type { Organization } from "@madani/model";
import { describe, expect, it } from "vitest";
import { diceSimilarity, evaluateDuplicates, findDuplicates } from "../index.js";
import { ingest } from "../ingest/ingest.js";
import { generateRegistry } from "../synthetic/generate.js";

const board = (id: string, president: string, treasurer: string, startOn: string) => [
  {
    id: `${id}-board`,
    kind: "board" as const,
    mandates: [
      { personId: `${id}-1`, personName: { ar: president }, role: "president" as const, startOn },
      { personId: `${id}-2`, personName: { ar: treasurer }, role: "treasurer" as const, startOn },
    ],
  },
];

const seat = { regionCode: "01", provinceCode: "01.511", communeCode: "01.511.01.0" };

describe("findDuplicates", () => {
  it("matches an Arabic record with its French rendering and explains why", () => {
    const orgs: Organization[] = [
      {
        id: "a",
        legalForm: "association",
        name: { ar: "جمعية التضامن للتنمية" },
        seat,
        foundedOn: "2010-04-03",
        contacts: [{ kind: "phone", value: "+212661234567" }],
      },
      {
        id: "b",
        legalForm: "association",
        name: { fr: "Association Attadamoun pour le développement" },
        seat,
        foundedOn: "2010-03-04",
        contacts: [{ kind: "phone", value: "+212661234567" }],
      },
      { id: "c", legalForm: "association", name: { fr: "Association Ennour" }, seat, foundedOn: "1999-01-01" },
    ];
    const r = findDuplicates(orgs);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.clusters.map((c) => c.ids)).toEqual([["a", "b"]]);
    const features = r.value.clusters[0]?.pairs[0]?.reasons.map((x) => x.feature);
    expect(features).toEqual(expect.arrayContaining(["name", "phone", "foundedOn", "commune"]));
    expect(r.value.clusters[0]?.pairs[0]?.reasons.find((x) => x.feature === "foundedOn")?.detail).toContain("swapped");
  });

  it("keeps apart organizations with the same name that disagree elsewhere", () => {
    const orgs: Organization[] = [
      {
        id: "x",
        legalForm: "association",
        name: { ar: "جمعية الأمل" },
        seat,
        foundedOn: "2001-01-01",
        governingBodies: board("x", "أحمد العلوي", "فاطمة بناني", "2001-01-01"),
      },
      {
        id: "y",
        legalForm: "association",
        name: { ar: "جمعية الامل" },
        seat,
        foundedOn: "2015-06-07",
        governingBodies: board("y", "رشيد التازي", "خديجة الفاسي", "2015-06-07"),
      },
      { id: "z", legalForm: "cooperative", name: { ar: "تعاونية الأمل" }, seat, foundedOn: "2001-01-01" },
    ];
    const r = findDuplicates(orgs);
    expect(r.ok && r.value.clusters).toEqual([]);
  });

  it("is deterministic and independent of input order", () => {
    const reg = generateRegistry({ seed: 5, size: 400, duplicateRate: 0.2, errorRate: 0 });
    const orgs: Organization[] = [];
    return ingest(reg.csvChunks(), { onBatch: (b) => void orgs.push(...b.accepted.map((a) => a.organization)) }).then(
      () => {
        const one = findDuplicates(orgs);
        const two = findDuplicates([...orgs].reverse());
        expect(one.ok && two.ok).toBe(true);
        if (one.ok && two.ok)
          expect(two.value.clusters.map((c) => c.ids)).toEqual(one.value.clusters.map((c) => c.ids));
      },
    );
  });

  it("refuses bad options and repeated ids with a result", () => {
    expect(findDuplicates([], { maxBlockSize: 1 })).toMatchObject({
      ok: false,
      issues: [{ code: "dedup.invalid_option" }],
    });
    const org: Organization = { id: "a", legalForm: "association", name: { fr: "A" } };
    expect(findDuplicates([org, org])).toMatchObject({ ok: false, issues: [{ code: "dedup.duplicate_id" }] });
    expect(findDuplicates(null as unknown as Organization[])).toMatchObject({ ok: false });
  });

  it("reaches precision and recall of at least 0.95 on a labelled synthetic registry", async () => {
    for (const seed of [2024, 77]) {
      const reg = generateRegistry({ seed, size: 6000, duplicateRate: 0.12, errorRate: 0.02 });
      const truth = new Map<string, number>();
      for (const r of reg.records()) if (r.error === undefined) truth.set(r.id, r.entity);
      const orgs: Organization[] = [];
      const imported = await ingest(reg.csvChunks(), {
        onBatch: (b) => void orgs.push(...b.accepted.map((a) => a.organization)),
      });
      expect(imported.ok).toBe(true);
      expect(orgs.length).toBe(truth.size);
      const found = findDuplicates(orgs);
      if (!found.ok) throw new Error("dedup failed");
      const quality = evaluateDuplicates(found.value.clusters, truth);
      expect(quality.truePositives).toBeGreaterThan(300);
      expect(quality.precision).toBeGreaterThanOrEqual(0.95);
      expect(quality.recall).toBeGreaterThanOrEqual(0.95);
    }
  }, 120_000);
});

describe("evaluateDuplicates and diceSimilarity", () => {
  it("counts pairs inside clusters against the truth", () => {
    const truth = new Map<string, number>([
      ["a", 1],
      ["b", 1],
      ["c", 1],
      ["d", 2],
    ]);
    const e = evaluateDuplicates([{ ids: ["a", "b", "d"] }], truth);
    expect(e).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 2 });
    expect(e.precision).toBeCloseTo(1 / 3);
    expect(e.recall).toBeCloseTo(1 / 3);
    expect(evaluateDuplicates([], new Map([["a", 1]]))).toMatchObject({ precision: 1, recall: 1 });
  });

  it("scores string similarity by bigrams", () => {
    expect(diceSimilarity("amal", "amal")).toBe(1);
    expect(diceSimilarity("attadamoun", "tadamoun")).toBeCloseTo(14 / 16);
    expect(diceSimilarity("abc", "xyz")).toBe(0);
  });
});

describe("findDuplicates: progress", () => {
  const organizations = async () => {
    const r = await ingest(generateRegistry({ seed: 12, size: 3_000, duplicateRate: 0.1, errorRate: 0 }).csvChunks(), {
      collect: true,
    });
    if (!r.ok) throw new Error("ingest");
    return (r.value.accepted ?? []).map((a) => a.organization);
  };

  it("reports the profiles then the blocks, in order, ending at the total, and finds the same clusters", async () => {
    const orgs = await organizations();
    const seen: { stage: string; done: number; total: number }[] = [];
    const withProgress = findDuplicates(orgs, { onProgress: (p) => seen.push({ ...p }) });
    const without = findDuplicates(orgs);
    expect(withProgress).toEqual(without);
    const profiles = seen.filter((p) => p.stage === "profiles");
    const scoring = seen.filter((p) => p.stage === "scoring");
    expect(seen.map((p) => p.stage)).toEqual([...profiles.map(() => "profiles"), ...scoring.map(() => "scoring")]);
    expect(profiles.at(-1)).toEqual({ stage: "profiles", done: orgs.length, total: orgs.length });
    expect(profiles.length).toBeGreaterThan(1);
    const blocks = without.ok ? without.value.stats.blocks + without.value.stats.largeBlocks : -1;
    expect(scoring.at(-1)).toEqual({ stage: "scoring", done: blocks, total: blocks });
    for (const list of [profiles, scoring])
      for (let i = 1; i < list.length; i++) expect(list[i]?.done).toBeGreaterThan(list[i - 1]?.done ?? 0);
  });

  it("stops with dedup.progress_failed when the callback throws, in the asked language", async () => {
    const orgs = await organizations();
    const r = findDuplicates(orgs, {
      locale: "fr",
      onProgress: (p) => {
        if (p.stage === "scoring") throw new Error("annulé");
      },
    });
    expect(r.ok ? undefined : [r.issues[0]?.code, r.issues[0]?.message]).toEqual([
      "dedup.progress_failed",
      "La recherche de doublons s'est arrêtée : la fonction de suivi de la progression a levé une erreur : annulé",
    ]);
    const bad = findDuplicates(orgs, { onProgress: "yes" } as never);
    expect(bad.ok ? undefined : bad.issues[0]?.code).toBe("dedup.invalid_option");
  });
});
