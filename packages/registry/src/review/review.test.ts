import type { Organization } from "@madani/model";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { findDuplicates } from "../dedup/findDuplicates.js";
import { ingest } from "../ingest/ingest.js";
import { memoryStore } from "../storage/memoryStore.js";
import type { ReviewDecision } from "../storage/review.js";
import { generateRegistry } from "../synthetic/generate.js";
import { applyDecisions } from "./apply.js";
import { proposeDuplicates, reviewCluster, reviewPair } from "./propose.js";
import { readReviewFile, writeReviewFile } from "./reviewFile.js";

const at = "2025-01-15T09:00:00Z";
let orgs: Organization[] = [];

beforeAll(async () => {
  const reg = generateRegistry({ seed: 12, size: 500, duplicateRate: 0.2, errorRate: 0 });
  const out: Organization[] = [];
  const r = await ingest(reg.csvChunks(), { onBatch: (b) => void out.push(...b.accepted.map((a) => a.organization)) });
  if (!r.ok) throw new Error("ingest failed");
  orgs = out;
});

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

describe("reviewPair and reviewCluster", () => {
  it("record who, when and why, with the pair's ids in code-point order", () => {
    const d = reviewPair({ a: "org-9", b: "org-10" }, "reject", { by: "clerk", at, note: "deux écoles" });
    expect(d).toEqual({
      ok: true,
      value: { a: "org-10", b: "org-9", verdict: "reject", by: "clerk", at, note: "deux écoles" },
    });
    const now = reviewPair({ a: "x", b: "y" }, "accept", { by: "clerk" });
    expect(now.ok && Number.isNaN(Date.parse(now.value.at))).toBe(false);
    const code = (r: { ok: boolean; issues?: readonly { code: string }[] }) => (r.ok ? "ok" : r.issues?.[0]?.code);
    expect(code(reviewPair({ a: "x", b: "x" }, "accept", { by: "clerk" }))).toBe("review.invalid_pair");
    expect(code(reviewPair({ a: "x", b: "y" }, "maybe" as never, { by: "clerk" }))).toBe("review.invalid_option");
    expect(code(reviewPair({ a: "x", b: "y" }, "accept", { by: " " }))).toBe("review.invalid_option");
    expect(code(reviewPair(null as never, "accept", { by: "clerk" }))).toBe("review.invalid_pair");
    const ar = reviewPair({ a: "x", b: "y" }, "accept", { by: "clerk", at: "yesterday", locale: "ar" });
    expect(ar.ok ? "" : ar.issues[0]?.message).toBe("الخيار at غير صالح.");
  });

  it("accepts a cluster through its pairs, and rejects every pair among its organizations", () => {
    const cluster = {
      ids: ["a", "b", "c"],
      pairs: [
        { a: "a", b: "b", score: 2, reasons: [] },
        { a: "b", b: "c", score: 2, reasons: [] },
      ],
    };
    const accepted = reviewCluster(cluster, "accept", { by: "clerk", at });
    expect(accepted.ok && accepted.value.map((d) => [d.a, d.b, d.verdict])).toEqual([
      ["a", "b", "accept"],
      ["b", "c", "accept"],
    ]);
    const rejected = reviewCluster(cluster, "reject", { by: "clerk", at });
    expect(rejected.ok && rejected.value.map((d) => `${d.a}${d.b}`)).toEqual(["ab", "ac", "bc"]);
    const code = (r: ReturnType<typeof reviewCluster>) => (r.ok ? "ok" : r.issues[0]?.code);
    expect(code(reviewCluster({ ids: ["a"], pairs: [] }, "accept", { by: "clerk" }))).toBe("review.invalid_cluster");
    expect(code(reviewCluster({ ids: ["a", "b", "c"], pairs: cluster.pairs.slice(0, 1) }, "accept", { by: "x" }))).toBe(
      "review.invalid_cluster",
    );
    const big = Array.from({ length: 101 }, (_, i) => `o${i}`);
    expect(code(reviewCluster({ ids: big, pairs: [] }, "reject", { by: "clerk" }))).toBe("review.cluster_too_large");
  });
});

describe("proposeDuplicates", () => {
  it("without decisions, proposes what findDuplicates finds", () => {
    const found = findDuplicates(orgs);
    const proposed = proposeDuplicates(orgs, []);
    if (!found.ok || !proposed.ok)
      throw new Error(JSON.stringify([found, proposed].map((x) => (x.ok ? "" : x.issues))));
    expect(found.value.clusters.length).toBeGreaterThan(20);
    expect(proposed.value.clusters).toEqual(found.value.clusters);
    expect(proposed.value.stats).toMatchObject({ rejectedPairs: 0, skippedOrganizations: 0 });
  });

  it("never proposes a rejected pair, and splits what only rejected pairs held together (property)", () => {
    const found = findDuplicates(orgs);
    if (!found.ok) throw new Error("dedup failed");
    const pairs = found.value.clusters.flatMap((c) => c.pairs);
    fc.assert(
      fc.property(fc.subarray(pairs, { minLength: 1 }), (chosen) => {
        const decisions = chosen.map((p) => ({ a: p.a, b: p.b, verdict: "reject" as const, by: "clerk", at }));
        const r = proposeDuplicates(orgs, decisions);
        if (!r.ok) throw new Error("propose failed");
        const rejected = new Set(chosen.map((p) => key(p.a, p.b)));
        const proposed = r.value.clusters.flatMap((c) => c.pairs);
        for (const p of proposed) expect(rejected.has(key(p.a, p.b))).toBe(false);
        expect(proposed.length).toBe(pairs.length - chosen.length);
        expect(r.value.stats.rejectedPairs).toBe(chosen.length);
        // Every cluster is held together by its own pairs, and has at least two organizations.
        for (const c of r.value.clusters) {
          expect(c.ids.length).toBeGreaterThanOrEqual(2);
          const inPairs = new Set(c.pairs.flatMap((p) => [p.a, p.b]));
          expect([...inPairs].sort()).toEqual([...c.ids].sort());
        }
      }),
      { numRuns: 25 },
    );
  });

  it("does not score accepted pairs again, and lists accepted groups still to merge", () => {
    const found = findDuplicates(orgs);
    if (!found.ok) throw new Error("dedup failed");
    const cluster = found.value.clusters.find((c) => c.ids.length === 2);
    if (cluster === undefined) throw new Error("no pair");
    const [a, b] = cluster.ids as [string, string];
    const r = proposeDuplicates(orgs, [{ a, b, verdict: "accept", by: "clerk", at }]);
    if (!r.ok) throw new Error("propose failed");
    expect(r.value.accepted).toEqual([[a, b]]);
    expect(r.value.stats.skippedOrganizations).toBe(1);
    expect(r.value.stats.organizations).toBe(orgs.length - 1);
    expect(r.value.clusters.some((c) => c.ids.includes(b))).toBe(false);
    const bad = proposeDuplicates(orgs, [{ a: b, b: a, verdict: "accept", by: "clerk", at }] as ReviewDecision[]);
    expect(bad.ok ? "" : bad.issues[0]?.code).toBe("review.invalid_decisions");
    expect((proposeDuplicates(42 as never, []) as { ok: boolean }).ok).toBe(false);
    expect(proposeDuplicates(orgs, "x" as never).ok).toBe(false);
    const opt = proposeDuplicates(orgs, [], { threshold: "high" } as never);
    expect(opt.ok ? "" : opt.issues[0]?.code).toBe("dedup.invalid_option");
  });
});

describe("review files", () => {
  const clusters = () => {
    const r = proposeDuplicates(orgs, []);
    if (!r.ok) throw new Error("propose failed");
    return r.value.clusters.slice(0, 6);
  };

  /** The text of a review file, failing the test when it cannot be written. */
  const write = (...args: Parameters<typeof writeReviewFile>) => {
    const r = writeReviewFile(...args);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  };

  /** Fill the decision column of rows as a clerk would. */
  function fill(text: string, delimiter: string, words: readonly string[]): string {
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    return lines
      .map((line, i) => {
        if (i === 0 || line === "") return line;
        const cells = line.split(delimiter);
        cells[1] = words[(i - 1) % words.length] ?? "";
        return cells.join(delimiter);
      })
      .join("\r\n");
  }

  it("writes one row per pair, BOM and CRLF, and reads back the decisions a clerk filled in", () => {
    const cs = clusters();
    const text = write(cs, orgs);
    expect(text.startsWith("\uFEFFcluster,decision,note,score,id_a,id_b,")).toBe(true);
    const rows = cs.flatMap((c) => c.pairs);
    expect(text.split("\r\n").length).toBe(rows.length + 2);
    const untouched = readReviewFile(text, { by: "clerk", at });
    expect(untouched.ok && untouched.value).toMatchObject({ decisions: [], undecided: rows.length, delimiter: "," });
    // Phones start with "+": written with a leading quote so that a spreadsheet keeps them as text.
    expect(text).toMatch(/,'\+212/);
    const filled = readReviewFile(fill(text, ",", ["Accept", "non", " ", "نعم", "Rejeté"]), { by: "clerk", at });
    if (!filled.ok) throw new Error(JSON.stringify(filled.issues));
    const verdicts = rows.map((_, i) => ["accept", "reject", undefined, "accept", "reject"][i % 5]);
    expect(filled.value.decisions.map((d) => d.verdict)).toEqual(verdicts.filter((v) => v !== undefined));
    expect(filled.value.decisions[0]).toMatchObject({ a: rows[0]?.a, b: rows[0]?.b, by: "clerk", at });
    expect(filled.value.undecided).toBe(verdicts.filter((v) => v === undefined).length);
  });

  it("reads a file a spreadsheet saved again with ';' separators, a BOM and CRLF", () => {
    const cs = clusters();
    const text = write(cs, orgs, { delimiter: ";" });
    expect(text.split("\r\n")[0]).toBe(
      "\uFEFFcluster;decision;note;score;id_a;id_b;name_a;name_b;legal_form_a;legal_form_b;commune_a;commune_b;founded_on_a;founded_on_b;phone_a;phone_b;reasons",
    );
    const filled = `\uFEFF${fill(text, ";", ["reject"])}`;
    const r = readReviewFile(filled, { by: "clerk", at });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.delimiter).toBe(";");
    expect(r.value.decisions.length).toBe(cs.flatMap((c) => c.pairs).length);
    // A minimal file, columns in another order, LF line ends, and a note.
    const small = readReviewFile("id_b;Decision;id_a;note\nb1;OUI;a1;même récépissé\n", { by: "clerk", at });
    expect(small.ok && small.value.decisions).toEqual([
      { a: "a1", b: "b1", verdict: "accept", by: "clerk", at, note: "même récépissé" },
    ]);
  });

  it("refuses a bad file whole, with one issue per problem, in the caller's language", () => {
    const codes = (text: string, isKnown?: (id: string) => boolean) => {
      const r = readReviewFile(text, { by: "clerk", at, locale: "fr", ...(isKnown === undefined ? {} : { isKnown }) });
      return r.ok ? [] : r.issues.map((i) => [i.code, i.path[0]]);
    };
    expect(codes("")).toEqual([["review.file_empty", undefined]]);
    expect(codes("\uFEFF  \r\n")).toEqual([["review.file_empty", undefined]]);
    expect(codes("id_a,id_b\r\nx,y\r\n")).toEqual([["review.missing_column", 1]]);
    const text = [
      "id_a,id_b,decision",
      "a,b,peut-être",
      "a,a,accept",
      ",b,accept",
      "a,ghost,accept",
      "c,d,accept",
      "d,c,reject",
      "e,f,",
    ].join("\r\n");
    expect(codes(text, (id) => id !== "ghost")).toEqual([
      ["review.unknown_decision", 2],
      ["review.same_id", 3],
      ["review.missing_id", 4],
      ["review.unknown_id", 5],
      ["review.conflicting_decision", 7],
    ]);
    const r = readReviewFile("id_a,id_b,decision\r\na,b,peut-être\r\n", { by: "clerk", at, locale: "fr" });
    expect(r.ok ? "" : r.issues[0]?.message).toBe(
      "Ligne 2 : décision « peut-être » inconnue ; écrivez accept (ou oui) ou reject (ou non), ou laissez la case vide.",
    );
    const ar = readReviewFile('id_a,id_b,decision\r\n"a,b,accept\r\n', { by: "clerk", at, locale: "ar" });
    expect(ar.ok ? "" : ar.issues[0]?.code).toBe("review.file_unreadable");
    expect(readReviewFile("id_a,id_b,decision\r\n", { by: "" }).ok).toBe(false);
    expect(readReviewFile(42 as never, { by: "clerk" }).ok).toBe(false);
    expect(writeReviewFile(clusters(), orgs, { delimiter: "|" } as never).ok).toBe(false);
    expect(writeReviewFile("x" as never, orgs).ok).toBe(false);
    expect(writeReviewFile([{ pairs: [{}] }] as never, orgs).ok).toBe(false);
    expect(writeReviewFile([], 3 as never).ok).toBe(false);
  });
});

describe("applyDecisions", () => {
  it("records decisions and merges what they accept; the next proposals reuse them", async () => {
    const opened = memoryStore();
    if (!opened.ok) throw new Error("no store");
    const store = opened.value;
    await store.put(orgs, { validate: false });
    const first = proposeDuplicates(orgs, []);
    if (!first.ok) throw new Error("propose failed");
    const [c1, c2] = first.value.clusters as [
      (typeof first.value.clusters)[number],
      (typeof first.value.clusters)[number],
    ];
    const accept = reviewCluster(c1, "accept", { by: "clerk", at });
    const reject = reviewCluster(c2, "reject", { by: "clerk", at });
    if (!accept.ok || !reject.ok) throw new Error("review failed");
    const applied = await applyDecisions(store, [...accept.value, ...reject.value], { by: "clerk", at });
    if (!applied.ok) throw new Error(JSON.stringify(applied.issues));
    expect(applied.value.recorded).toBe(accept.value.length + reject.value.length);
    expect(applied.value.merges.map((m) => [m.survivorId, ...m.mergedIds])).toEqual([c1.ids]);
    for (const id of c1.ids) expect((await store.resolve(id))?.id).toBe(c1.ids[0]);
    // Next run: the merged organizations are gone, the rejected pairs are not proposed again.
    const all = await store.query({}, { limit: 10_000 });
    const decided = await store.decisions();
    if (!all.ok || !decided.ok) throw new Error("read failed");
    const next = proposeDuplicates(all.value.items, decided.value);
    if (!next.ok) throw new Error("propose failed");
    const proposed = new Set(next.value.clusters.flatMap((c) => c.pairs.map((p) => key(p.a, p.b))));
    for (const p of [...c1.pairs, ...c2.pairs]) expect(proposed.has(key(p.a, p.b))).toBe(false);
    expect(next.value.accepted).toEqual([]);
    // Applying the same decisions again merges nothing more.
    const again = await applyDecisions(store, accept.value, { by: "clerk", at });
    expect(again.ok && again.value.merges).toEqual([]);
    expect((await applyDecisions(store, accept.value, { by: "" })).ok).toBe(false);
    expect((await applyDecisions(store, [{ a: "b", b: "a" }] as never, { by: "clerk" })).ok).toBe(false);
  });
});
