import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  commitSeed,
  DRAW_ALGORITHM,
  DrawCommitmentSchema,
  type DrawRecord,
  drawFromOrderedIds,
  runDraw,
  verifyDraw,
} from "./draw.js";

// Exact issues (code, path, params, value) and record fields of the draw functions: each case pins one rule
// that the broader tests in draw.test.ts only check through the issue codes.

const seed = "b4c1f0e2a9d8";
const sha256Hex = (s: string): string => createHash("sha256").update(s, "utf8").digest("hex");

function ok<T>(r: { ok: true; value: T } | { ok: false; issues: readonly { code: string }[] }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.issues.map((i) => i.code).join(", ")}`);
  return r.value;
}

function issuesOf(r: { ok: boolean; issues?: readonly unknown[] }): readonly unknown[] {
  expect(r.ok).toBe(false);
  return r.issues ?? [];
}

/** The code, path, params and value of each issue (messages are checked elsewhere). */
function details(r: { ok: boolean; issues?: readonly unknown[] }) {
  return issuesOf(r).map((i) => {
    const { code, path, params, value } = i as { code: string; path: unknown; params?: unknown; value?: unknown };
    return { code, path, params, value };
  });
}

const published: DrawRecord = ok(
  runDraw({ seed, entries: ["coop-a", "coop-b", "coop-c", "coop-d", "coop-e"], exclusions: ["coop-c"], k: 2 }),
);

describe("the draw record", () => {
  it("names the algorithm madani-draw/1", () => {
    expect(DRAW_ALGORITHM).toBe("madani-draw/1");
    expect(published.algorithm).toBe("madani-draw/1");
    expect(verifyDraw({ ...published, algorithm: "" }).ok).toBe(false);
  });

  it("records no exclusions as an empty list", () => {
    const record = ok(runDraw({ seed, entries: ["a", "b"], k: 1 }));
    expect(record.exclusions).toEqual([]);
    expect(record.entries).toEqual([{ id: "a" }, { id: "b" }]);
  });

  it("keeps title, prize and drawnAt when given, and has no such keys otherwise", () => {
    const labels = {
      title: { fr: "Tirage des stands" },
      prize: { ar: "رواق مجاني", fr: "Un stand gratuit" },
      drawnAt: "2025-03-08T10:00:00+01:00",
    };
    const full = ok(runDraw({ seed, entries: ["a", "b"], k: 1, ...labels }));
    expect(full.title).toEqual(labels.title);
    expect(full.prize).toEqual(labels.prize);
    expect(full.drawnAt).toBe(labels.drawnAt);
    const bare = ok(runDraw({ seed, entries: ["a", "b"], k: 1 }));
    expect(Object.keys(bare).sort()).toEqual(
      ["algorithm", "commitment", "eligible", "entries", "exclusions", "k", "seed", "winners"].sort(),
    );
    for (const only of ["title", "prize", "drawnAt"] as const) {
      const one = ok(runDraw({ seed, entries: ["a", "b"], k: 1, [only]: labels[only] }));
      expect(Object.keys(one).filter((key) => key in labels)).toEqual([only]);
    }
  });

  it("draws only k winners, in the order the stream gives", () => {
    const ids = ["a", "b", "c", "d"];
    for (let k = 1; k <= ids.length; k++) {
      const winners = drawFromOrderedIds(seed, ids, k);
      expect(winners).toHaveLength(k);
      // The first winners of a larger draw are those of a smaller one: the shuffle is the same prefix.
      expect(drawFromOrderedIds(seed, ids, ids.length).slice(0, k)).toEqual(winners);
    }
  });
});

describe("the commitment schema", () => {
  const hex = sha256Hex(seed);

  it("accepts exactly 64 lowercase hex digits", () => {
    expect(DrawCommitmentSchema.safeParse(hex).success).toBe(true);
    expect(DrawCommitmentSchema.safeParse(`${hex}0`).success).toBe(false);
    expect(DrawCommitmentSchema.safeParse(`0${hex}`).success).toBe(false);
    expect(DrawCommitmentSchema.safeParse(`x${hex}`).success).toBe(false);
    expect(DrawCommitmentSchema.safeParse(`${hex}x`).success).toBe(false);
    expect(DrawCommitmentSchema.safeParse(hex.toUpperCase()).success).toBe(false);
  });
});

describe("commitSeed issues", () => {
  it("reports the seed's issues at the root path, the seed being the whole input", () => {
    expect(details(commitSeed("")).map((i) => [i.code, i.path])).toEqual([["draw.empty_seed", []]]);
    expect(details(commitSeed("a\uD800b")).map((i) => [i.code, i.path])).toEqual([["draw.seed_not_unicode", []]]);
  });
});

describe("runDraw issues", () => {
  it("reports a duplicated id at its position, with the id", () => {
    expect(details(runDraw({ seed, entries: ["a", "b", { id: "a" }], k: 1 }))).toEqual([
      { code: "draw.duplicate_id", path: ["entries", 2], params: { id: "a" }, value: "a" },
    ]);
  });

  it("stops at duplicated ids: no k_too_large on top of them", () => {
    // Two distinct ids for k = 3: k would be too large, but the duplicate is what must be fixed first.
    expect(details(runDraw({ seed, entries: ["a", "b", "a"], k: 3 })).map((i) => i.code)).toEqual([
      "draw.duplicate_id",
    ]);
  });

  it("reports an unknown exclusion at its position, with the id, and nothing more", () => {
    expect(details(runDraw({ seed, entries: ["a", "b"], exclusions: ["a", "zz"], k: 2 }))).toEqual([
      { code: "draw.unknown_exclusion", path: ["exclusions", 1], params: { id: "zz" }, value: "zz" },
    ]);
  });

  it("reports k too large on k, with k and the number of eligible entries", () => {
    expect(details(runDraw({ seed, entries: ["a", "b", "c"], exclusions: ["b"], k: 3 }))).toEqual([
      { code: "draw.k_too_large", path: ["k"], params: { k: 3, eligible: 2 }, value: 3 },
    ]);
  });

  it("reports a seed that does not match the commitment on the commitment", () => {
    const commitment = sha256Hex("another seed");
    expect(details(runDraw({ seed, entries: ["a", "b"], k: 1, commitment }))).toEqual([
      {
        code: "draw.commitment_mismatch",
        path: ["commitment"],
        params: { actual: sha256Hex(seed), expected: commitment },
        value: commitment,
      },
    ]);
  });
});

describe("verifyDraw issues", () => {
  it("accepts the published commitment with surrounding spaces and in upper case", () => {
    const given = `  ${sha256Hex(seed).toUpperCase()}\n`;
    expect(verifyDraw(published, { commitment: given }).ok).toBe(true);
  });

  it("reports a record whose commitment is not the published one on the commitment, and stops there", () => {
    const expected = sha256Hex("another seed");
    // The winners are also wrong, but the commitment check comes first and ends the verification.
    const r = verifyDraw({ ...published, winners: [...published.winners].reverse() }, { commitment: expected });
    expect(details(r)).toEqual([
      {
        code: "draw.commitment_mismatch",
        path: ["commitment"],
        params: { actual: published.commitment, expected },
        value: published.commitment,
      },
    ]);
  });

  it("reports a seed that does not hash to the record's commitment on the seed", () => {
    const r = verifyDraw({ ...published, seed: `${seed}!` });
    expect(details(r)).toEqual([
      {
        code: "draw.commitment_mismatch",
        path: ["seed"],
        params: { actual: sha256Hex(`${seed}!`), expected: published.commitment },
        value: published.commitment,
      },
    ]);
  });

  it("reports a duplicated entry at the id of its position", () => {
    const entries = [...published.entries, { id: "coop-b" }];
    expect(details(verifyDraw({ ...published, entries }))).toEqual([
      { code: "draw.duplicate_id", path: ["entries", 5, "id"], params: { id: "coop-b" }, value: "coop-b" },
    ]);
  });

  it("reports an unknown exclusion and k too large at their paths", () => {
    expect(details(verifyDraw({ ...published, exclusions: ["coop-c", "coop-z"] }))).toEqual([
      { code: "draw.unknown_exclusion", path: ["exclusions", 1], params: { id: "coop-z" }, value: "coop-z" },
    ]);
    expect(details(verifyDraw({ ...published, k: 5 })).map((i) => [i.code, i.path])).toEqual([
      ["draw.k_too_large", ["k"]],
    ]);
  });

  it("reports an eligible list with an extra id at its end, or one id changed", () => {
    const longer = { ...published, eligible: [...published.eligible, "coop-z"] };
    expect(details(verifyDraw(longer))).toEqual([
      { code: "draw.eligible_mismatch", path: ["eligible"], params: undefined, value: undefined },
    ]);
    const changed = { ...published, eligible: published.eligible.map((id, i) => (i === 1 ? "coop-z" : id)) };
    expect(details(verifyDraw(changed)).map((i) => i.code)).toEqual(["draw.eligible_mismatch"]);
  });

  it("reports winners with an extra winner at their end, with both lists joined by commas", () => {
    const extra = published.eligible.find((id) => !published.winners.includes(id)) as string;
    const winners = [...published.winners, extra];
    expect(details(verifyDraw({ ...published, winners }))).toEqual([
      {
        code: "draw.winners_mismatch",
        path: ["winners"],
        params: { actual: winners.join(", "), expected: published.winners.join(", ") },
        value: undefined,
      },
    ]);
  });

  it("reports winners with only the last one changed", () => {
    const other = published.eligible.find((id) => !published.winners.includes(id)) as string;
    const winners = [published.winners[0] as string, other];
    expect(details(verifyDraw({ ...published, winners })).map((i) => i.code)).toEqual(["draw.winners_mismatch"]);
  });
});
