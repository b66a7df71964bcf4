import { parseIce, parsePhone, parseRib } from "@madani/model";
import { describe, expect, it } from "vitest";
import { generateRegistry, SyntheticOptionsError } from "../index.js";
import { MOBILE_PREFIXES } from "./vocabulary.js";

describe("generateRegistry", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = [...generateRegistry({ seed: 1, size: 300 }).csvChunks(50)].join("");
    const b = [...generateRegistry({ seed: 1, size: 300 }).csvChunks(100)].join("");
    const c = [...generateRegistry({ seed: 2, size: 300 }).csvChunks(50)].join("");
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it("makes duplicates and errors at about the rates asked", () => {
    const recs = [...generateRegistry({ seed: 3, size: 5000, duplicateRate: 0.2, errorRate: 0.05 }).records()];
    const dup = recs.filter((r) => r.duplicate).length / recs.length;
    const err = recs.filter((r) => r.error !== undefined).length / recs.length;
    expect(dup).toBeGreaterThan(0.17);
    expect(dup).toBeLessThan(0.23);
    expect(err).toBeGreaterThan(0.04);
    expect(err).toBeLessThan(0.06);
    for (const r of recs) if (r.duplicate) expect(r.entity).toBeLessThan(r.index);
    expect(recs.filter((r) => !r.duplicate).every((r) => r.entity === r.index)).toBe(true);
  });

  it("writes valid identifiers in clean rows", () => {
    for (const r of generateRegistry({ seed: 4, size: 500, errorRate: 0 }).records()) {
      if (r.values.phone !== undefined) expect(parsePhone(r.values.phone).ok).toBe(true);
      if (r.values.rib !== undefined) expect(parseRib(r.values.rib).ok).toBe(true);
      if (r.values.ice !== undefined) expect(parseIce(r.values.ice).ok).toBe(true);
    }
    for (const p of MOBILE_PREFIXES)
      expect(parsePhone(`${p}123456`)).toMatchObject({ ok: true, value: { kind: "mobile" } });
  });

  it("spreads seats by population", () => {
    const byRegion = new Map<string, number>();
    for (const r of generateRegistry({ seed: 6, size: 4000, errorRate: 0 }).records()) {
      const region = r.values.province?.slice(0, 2) ?? "";
      byRegion.set(region, (byRegion.get(region) ?? 0) + 1);
    }
    // Casablanca-Settat (06) holds about a fifth of the population, Dakhla-Oued Ed-Dahab (12) well under 1 %.
    expect(byRegion.get("06") ?? 0).toBeGreaterThan(600);
    expect(byRegion.get("12") ?? 0).toBeLessThan(80);
  });

  it("streams 300,000 rows quickly", () => {
    const start = performance.now();
    let n = 0;
    for (const chunk of generateRegistry({ seed: 8, size: 300_000 }).ndjsonChunks(5000)) n += chunk.length;
    expect(n).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(30_000);
  }, 60_000);

  it("throws a typed error for options out of range", () => {
    expect(() => generateRegistry({ seed: 1.5, size: 1 })).toThrow(SyntheticOptionsError);
    try {
      generateRegistry({ seed: 1, size: 1, duplicateRate: 1 });
    } catch (error) {
      expect(SyntheticOptionsError.isInstance(error)).toBe(true);
    }
  });

  it("gives the labels of the records without drawing their values", () => {
    const registry = generateRegistry({ seed: 8, size: 3000, duplicateRate: 0.3, errorRate: 0.1 });
    const fromRecords = [...registry.records()].map(({ index, id, entity, duplicate, error }) =>
      error === undefined ? { index, id, entity, duplicate } : { index, id, entity, duplicate, error },
    );
    const labels = [...registry.labels()];
    expect(labels).toEqual(fromRecords);
    expect(labels.some((l) => l.error === "duplicate-id")).toBe(true);
    expect(labels.some((l) => l.duplicate)).toBe(true);
  });
});
