import { createHash } from "node:crypto";
import { compareCodePoints } from "@madani/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commitSeed, type DrawInput, type DrawRecord, pickBelow, runDraw, verifyDraw } from "./draw.js";
import { drawMessages } from "./messages.js";
import { sortByCodePoint } from "./order.js";

/**
 * An independent, deliberately plain re-implementation of the documented draw algorithm,
 * with node:crypto instead of @noble/hashes, Buffer instead of DataView and code points
 * compared through `Array.from` instead of code units.
 */
function referenceDraw(seed: string, ids: readonly string[], exclusions: readonly string[], k: number): string[] {
  const byCodePoint = (a: string, b: string): number => {
    const x = Array.from(a).map((c) => c.codePointAt(0) ?? 0);
    const y = Array.from(b).map((c) => c.codePointAt(0) ?? 0);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
    }
    return x.length - y.length;
  };
  const eligible = ids.filter((id) => !exclusions.includes(id)).sort(byCodePoint);
  let stream = Buffer.alloc(0);
  let counter = 0;
  let offset = 0;
  const nextU32 = (): number => {
    while (stream.length < offset + 4) {
      stream = Buffer.concat([stream, createHash("sha256").update(`${seed}:${counter}`, "utf8").digest()]);
      counter++;
    }
    const u = stream.readUInt32BE(offset);
    offset += 4;
    return u;
  };
  const pick = (m: number): number => {
    for (;;) {
      const u = nextU32();
      if (u < Math.floor(2 ** 32 / m) * m) return u % m;
    }
  };
  const a = [...eligible];
  for (let i = 0; i < k; i++) {
    const j = i + pick(a.length - i);
    [a[i], a[j]] = [a[j] as string, a[i] as string];
  }
  return a.slice(0, k);
}

const sha256Hex = (s: string): string => createHash("sha256").update(s, "utf8").digest("hex");

/** The institutions of scenario 5 (fifth training meeting of the Doukkala network), plus a few more. */
const institutions = [
  { id: "coop-aounat", name: { ar: "تعاونية نساء العونات" } },
  { id: "coop-safwa-bladi", name: { ar: "تعاونية صفوة بلادي", fr: "Coopérative Safwa Bladi" } },
  { id: "coop-oum-rabii", name: { ar: "تعاونية أم الربيع" } },
  { id: "assoc-sidi-bennour", name: { fr: "Association de développement de Sidi Bennour" } },
  { id: "assoc-el-jadida", name: { fr: "Association Espoir El Jadida" } },
  { id: "coop-azemmour-argan" },
  { id: "coop-bir-jdid" },
  { id: "assoc-ouled-frej" },
  { id: "جمعية-الأمل" },
  { id: "\uFF5Eplain" },
  { id: "😀-emoji" },
  { id: "assoc-doukkala-network" },
];

function ok<T>(r: { ok: true; value: T } | { ok: false; issues: readonly { code: string }[] }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.issues.map((i) => i.code).join(", ")}`);
  return r.value;
}

function codes(r: { ok: boolean; issues?: readonly { code: string }[] }): string[] {
  return r.ok ? [] : (r.issues ?? []).map((i) => i.code);
}

describe("commitSeed", () => {
  it("is the SHA-256 of the UTF-8 bytes, lowercase hex (FIPS 180-2 test vector)", () => {
    expect(ok(commitSeed("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("hashes non-ASCII seeds as UTF-8, without trimming", () => {
    for (const seed of ["قرعة الشريط التوثيقي 2024", " tirage ", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "😀"]) {
      expect(ok(commitSeed(seed))).toBe(sha256Hex(seed));
    }
  });

  it("refuses an empty seed and lone surrogates", () => {
    expect(codes(commitSeed(""))).toEqual(["draw.empty_seed"]);
    expect(codes(commitSeed("a\uD800b"))).toEqual(["draw.seed_not_unicode"]);
    const bad = commitSeed(42 as unknown as string, { locale: "ar" });
    expect(bad.ok).toBe(false);
  });

  it("localizes its messages", () => {
    const r = commitSeed("", { locale: "fr" });
    expect(r.ok ? "" : r.issues[0]?.message).toBe(drawMessages["draw.empty_seed"].fr);
  });
});

describe("runDraw", () => {
  const seed = "اللقاء التكويني الخامس – سيدي بنور، 29 دجنبر 2024 – 5c1e0a";

  it("matches an independent re-implementation on a fixed vector (Arabic seed, astral and BMP ids)", () => {
    const record = ok(runDraw({ seed, entries: institutions, k: 2, exclusions: ["coop-aounat"] }));
    const ids = institutions.map((e) => e.id);
    expect(record.winners).toEqual(referenceDraw(seed, ids, ["coop-aounat"], 2));
    expect(record.commitment).toBe(sha256Hex(seed));
    expect(record.eligible).not.toContain("coop-aounat");
    expect(record.entries).toHaveLength(institutions.length);
  });

  it("orders eligible ids by code point, not by UTF-16 code unit", () => {
    const record = ok(runDraw({ seed, entries: ["😀", "\uFF5E", "b", "a"], k: 1 }));
    expect(record.eligible).toEqual(["a", "b", "\uFF5E", "😀"]);
    // The default sort puts the astral character (a surrogate pair) before U+FF5E.
    expect(["😀", "\uFF5E"].sort()).toEqual(["😀", "\uFF5E"]);
  });

  it("matches the independent re-implementation on random draws", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, unit: "grapheme" }),
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6, unit: "grapheme-ascii" }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.nat(),
        fc.nat(),
        (rawSeed, ids, kSeed, exSeed) => {
          const clean = ids.filter((id) => id.trim() === id);
          fc.pre(clean.length > 0);
          const exclusions = clean.filter((_, i) => (exSeed >> (i % 30)) & 1 && i % 3 === 0);
          const eligible = clean.length - exclusions.length;
          fc.pre(eligible > 0);
          const k = 1 + (kSeed % eligible);
          const record = ok(runDraw({ seed: rawSeed, entries: clean, k, exclusions }));
          expect(record.winners).toEqual(referenceDraw(rawSeed, clean, exclusions, k));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is reproducible and independent of the order of the entries", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 1, max: 12 }), fc.nat(), (s, k, shift) => {
        fc.pre(!/[\uD800-\uDFFF]/.test(s));
        const rotated = [...institutions.slice(shift % 12), ...institutions.slice(0, shift % 12)].reverse();
        const a = ok(runDraw({ seed: s, entries: institutions, k }));
        const b = ok(runDraw({ seed: s, entries: rotated, k }));
        expect(b.winners).toEqual(a.winners);
        expect(b.eligible).toEqual(a.eligible);
        expect(new Set(a.winners).size).toBe(k);
      }),
      { numRuns: 200 },
    );
  });

  it("draws every eligible entry when k equals their number (a permutation)", () => {
    const record = ok(runDraw({ seed, entries: institutions, k: institutions.length }));
    expect([...record.winners].sort(compareCodePoints)).toEqual(record.eligible);
  });

  it("reports errors as results: k too large, duplicate ids, empty seed, unknown exclusion", () => {
    expect(codes(runDraw({ seed, entries: ["a", "b"], k: 3 }))).toEqual(["draw.k_too_large"]);
    expect(codes(runDraw({ seed, entries: ["a", "b", "c"], k: 3, exclusions: ["c"] }))).toEqual(["draw.k_too_large"]);
    expect(codes(runDraw({ seed, entries: ["a", { id: "b" }, "a"], k: 1 }))).toEqual(["draw.duplicate_id"]);
    expect(codes(runDraw({ seed: "", entries: ["a"], k: 1 }))).toEqual(["draw.empty_seed"]);
    expect(codes(runDraw({ seed, entries: ["a"], k: 1, exclusions: ["z"] }))).toEqual(["draw.unknown_exclusion"]);
    expect(codes(runDraw({ seed, entries: [], k: 1 }))).toEqual(["draw.k_too_large"]);
    expect(codes(runDraw({ seed, entries: ["a"], k: 0 }))).toEqual(["schema.too_small"]);
  });

  it("checks the seed against the published commitment", () => {
    const commitment = ok(commitSeed(seed));
    expect(ok(runDraw({ seed, entries: ["a", "b"], k: 1, commitment })).commitment).toBe(commitment);
    const wrong = runDraw({ seed: `${seed}!`, entries: ["a", "b"], k: 1, commitment });
    expect(codes(wrong)).toEqual(["draw.commitment_mismatch"]);
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        const r = runDraw(input as DrawInput, options as { locale: "en" });
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("is uniform: chi-square of the winner over 6,000 seeds (5 entries, k = 1)", () => {
    const entries = ["a", "b", "c", "d", "e"];
    const counts = new Map(entries.map((e) => [e, 0]));
    const runs = 6000;
    for (let s = 0; s < runs; s++) {
      const [w] = ok(runDraw({ seed: `seed-${s}`, entries, k: 1 })).winners;
      counts.set(w as string, (counts.get(w as string) ?? 0) + 1);
    }
    const expected = runs / entries.length;
    const chi2 = [...counts.values()].reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // 4 degrees of freedom: P(chi2 > 18.47) = 0.001.
    expect(chi2).toBeLessThan(18.47);
  });

  it("is uniform over ordered pairs: chi-square over 6,000 seeds (4 entries, k = 2)", () => {
    const entries = ["w", "x", "y", "z"];
    const counts = new Map<string, number>();
    const runs = 6000;
    for (let s = 0; s < runs; s++) {
      const key = ok(runDraw({ seed: `pair-${s}`, entries, k: 2 })).winners.join(">");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(12);
    const expected = runs / 12;
    const chi2 = [...counts.values()].reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // 11 degrees of freedom: P(chi2 > 31.26) = 0.001.
    expect(chi2).toBeLessThan(31.26);
  });

  it("is uniform over positions for a large pool (rejection sampling with m not a power of two)", () => {
    const entries = Array.from({ length: 37 }, (_, i) => `e${String(i).padStart(2, "0")}`);
    const counts = new Map(entries.map((e) => [e, 0]));
    const runs = 1500;
    for (let s = 0; s < runs; s++) {
      for (const w of ok(runDraw({ seed: `pool-${s}`, entries, k: 5 })).winners) {
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
    const expected = (runs * 5) / 37;
    const chi2 = [...counts.values()].reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // 36 degrees of freedom: P(chi2 > 67.99) = 0.001.
    expect(chi2).toBeLessThan(67.99);
  });
});

describe("verifyDraw", () => {
  const seed = "e3b98a4da31a127d4bde6e43033f66ba274cab0eb7eb1c70ec41402bf6273dd8";
  const record = ok(
    runDraw({
      seed,
      entries: institutions,
      k: 2,
      exclusions: ["coop-aounat"],
      title: { ar: "قرعة الشريط التوثيقي الإشهاري", fr: "Tirage des deux films promotionnels" },
      drawnAt: "2024-12-29T17:30:00+01:00",
    }),
  );

  it("accepts a record as published, also after a JSON round trip, and with the published commitment", () => {
    expect(ok(verifyDraw(record))).toEqual(record);
    expect(verifyDraw(JSON.parse(JSON.stringify(record))).ok).toBe(true);
    expect(verifyDraw(record, { commitment: sha256Hex(seed).toUpperCase() }).ok).toBe(true);
  });

  const tamper: [string, (r: DrawRecord) => unknown, string][] = [
    ["a winner replaced", (r) => ({ ...r, winners: [r.winners[0], "coop-aounat"] }), "draw.winners_mismatch"],
    ["the winners swapped", (r) => ({ ...r, winners: [...r.winners].reverse() }), "draw.winners_mismatch"],
    ["a winner dropped", (r) => ({ ...r, winners: r.winners.slice(0, 1) }), "draw.winners_mismatch"],
    ["the seed changed", (r) => ({ ...r, seed: `${r.seed}0` }), "draw.commitment_mismatch"],
    ["seed and commitment changed", (r) => ({ ...r, seed: "x", commitment: sha256Hex("x") }), "draw.winners_mismatch"],
    ["an entry added", (r) => ({ ...r, entries: [...r.entries, { id: "coop-new" }] }), "draw.eligible_mismatch"],
    ["an exclusion removed", (r) => ({ ...r, exclusions: [] }), "draw.eligible_mismatch"],
    ["k changed", (r) => ({ ...r, k: 3 }), "draw.winners_mismatch"],
    ["an entry duplicated", (r) => ({ ...r, entries: [...r.entries, r.entries[1]] }), "draw.duplicate_id"],
    ["the algorithm renamed", (r) => ({ ...r, algorithm: "other" }), "schema.invalid_value"],
  ];
  for (const [what, change, code] of tamper) {
    it(`detects ${what}`, () => {
      expect(codes(verifyDraw(change(record)))).toEqual([code]);
    });
  }

  it("detects a record whose commitment is not the one published before the draw", () => {
    expect(codes(verifyDraw(record, { commitment: sha256Hex("another seed") }))).toEqual(["draw.commitment_mismatch"]);
    expect(codes(verifyDraw(record, { commitment: 42 as unknown as string }))).toEqual(["draw.commitment_mismatch"]);
  });

  it("detects any change of the winners (property)", () => {
    const ids = record.eligible;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ids), { minLength: 0, maxLength: 4 }), (winners) => {
        fc.pre(winners.join("|") !== record.winners.join("|"));
        expect(codes(verifyDraw({ ...record, winners }))).toEqual(["draw.winners_mismatch"]);
      }),
    );
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(verifyDraw(input).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe("pick (step 4)", () => {
  const source = (words: number[]) => () => {
    const w = words.shift();
    if (w === undefined) throw new Error("source exhausted");
    return w;
  };

  it("rejects words at or above floor(2^32 / m) * m and reads again", () => {
    // floor(2^32 / 3) * 3 = 0xFFFFFFFF: that single word is rejected for m = 3.
    expect(pickBelow(3, source([0xffffffff, 5]))).toBe(2);
    expect(pickBelow(3, source([0xfffffffe]))).toBe(0xfffffffe % 3);
    // For m = 2^31 + 1 almost half of the words are rejected.
    const m = 2 ** 31 + 1;
    expect(pickBelow(m, source([2 ** 31 + 1, 2 ** 32 - 1, 7]))).toBe(7);
  });

  it("reads one word for m = 1 and returns 0", () => {
    const words = [123, 456];
    expect(pickBelow(1, source(words))).toBe(0);
    expect(words).toEqual([456]);
  });
});

describe("compareCodePoints", () => {
  it("agrees with a code-point comparison on any strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (a, b) => {
        const x = Array.from(a, (c) => c.codePointAt(0) ?? 0);
        const y = Array.from(b, (c) => c.codePointAt(0) ?? 0);
        let expected = x.length - y.length;
        for (let i = 0; i < Math.min(x.length, y.length); i++) {
          if (x[i] !== y[i]) {
            expected = (x[i] ?? 0) - (y[i] ?? 0);
            break;
          }
        }
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(expected));
      }),
      { numRuns: 1000 },
    );
  });

  it("sortByCodePoint sorts like compareCodePoints, with or without surrogates", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom("a", "z", "\uFF5E", "😀", "é") })), (ids) => {
        expect(sortByCodePoint([...ids])).toEqual([...ids].sort(compareCodePoints));
      }),
    );
  });
});
