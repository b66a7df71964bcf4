import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { electionToMandates, renewGoverningBody } from "./elections.js";
import { type AssemblyRules, checkNotice, computeQuorum, requiredForQuorum } from "./quorum.js";
import { tallyVote } from "./votes.js";

const rules: AssemblyRules = {
  noticeDays: { ordinary: 15, extraordinary: 21 },
  quorum: {
    ordinary: { first: { type: "more-than", numerator: 1, denominator: 2 }, second: { type: "none" } },
    extraordinary: {
      first: { type: "at-least", numerator: 2, denominator: 3 },
      second: { type: "more-than", numerator: 1, denominator: 2 },
    },
  },
  secondConvocationMinDays: 15,
};

describe("computeQuorum", () => {
  it("applies the first and second convocation rules of the statutes", () => {
    const first = computeQuorum({ rules, kind: "ordinary", convocation: 1, members: 40, present: 18, represented: 3 });
    expect(first.ok && first.value).toMatchObject({ required: 21, attending: 21, reached: true });
    const short = computeQuorum({ rules, kind: "ordinary", convocation: 1, members: 40, present: 20 });
    expect(short.ok && short.value.reached).toBe(false);
    const second = computeQuorum({ rules, kind: "ordinary", convocation: 2, members: 40, present: 5 });
    expect(second.ok && second.value.reached).toBe(true);
    const extra = computeQuorum({ rules, kind: "extraordinary", convocation: 1, members: 31, present: 20 });
    expect(extra.ok && extra.value).toMatchObject({ required: 21, reached: false });
  });
  it("ignores proxies when the statutes say so", () => {
    const r = computeQuorum({
      rules: { ...rules, proxiesCount: false },
      kind: "ordinary",
      convocation: 1,
      members: 40,
      present: 18,
      represented: 3,
    });
    expect(r.ok && r.value.reached).toBe(false);
  });
  it("returns issues, never throws, on bad input", () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = computeQuorum(x);
        expect(r.ok).toBe(false);
      }),
    );
    const over = computeQuorum({ rules, kind: "ordinary", convocation: 1, members: 10, present: 11 });
    expect(!over.ok && over.issues[0]?.code).toBe("assembly.present_exceeds_members");
  });
  it("requires the smallest integer count that satisfies the fraction", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (m, n, d) => {
          const atLeast = requiredForQuorum({ type: "at-least", numerator: n, denominator: d }, m);
          expect(atLeast * d >= m * n).toBe(true);
          expect((atLeast - 1) * d < m * n || atLeast === 0).toBe(true);
          const moreThan = requiredForQuorum({ type: "more-than", numerator: n, denominator: d }, m);
          expect(moreThan * d > m * n).toBe(true);
          expect((moreThan - 1) * d <= m * n).toBe(true);
        },
      ),
    );
  });
});

describe("checkNotice", () => {
  it("flags a notice shorter than the statutes require", () => {
    const r = checkNotice({ rules, kind: "ordinary", noticeSentOn: "2025-03-01", heldOn: "2025-03-10" });
    expect(r.ok && r.value).toMatchObject({ days: 9, required: 15, sufficient: false, earliestOn: "2025-03-16" });
    const ok = checkNotice({ rules, kind: "ordinary", noticeSentOn: "2025-03-01", heldOn: "2025-03-16" });
    expect(ok.ok && ok.value.sufficient).toBe(true);
    const second = checkNotice({
      rules,
      kind: "ordinary",
      noticeSentOn: "2025-03-01",
      heldOn: "2025-03-20",
      firstConvocationOn: "2025-03-16",
    });
    expect(second.ok && second.value.warnings.map((w) => w.code)).toEqual(["assembly.second_too_early"]);
  });
});

describe("tallyVote", () => {
  it("distinguishes simple, absolute and two-thirds majorities", () => {
    const v = { for: 14, against: 10, abstain: 6 };
    expect(tallyVote({ ...v, majority: "simple" }).ok && tallyVote({ ...v, majority: "simple" })).toMatchObject({
      value: { adopted: true },
    });
    const abs = tallyVote({ ...v, majority: "absolute" });
    expect(abs.ok && abs.value).toMatchObject({ adopted: false, required: 16, base: 30 });
    const two = tallyVote({ for: 20, against: 8, abstain: 2, majority: "two-thirds" });
    expect(two.ok && two.value).toMatchObject({ adopted: true, required: 20 });
    const tie = tallyVote({ for: 5, against: 5, majority: "simple" });
    expect(tie.ok && tie.value.adopted).toBe(false);
  });
  it("agrees with the rational definitions", () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.nat(500), (f, a, ab) => {
        const base = f + a + ab;
        const abs = tallyVote({ majority: "absolute", for: f, against: a, abstain: ab });
        expect(abs.ok && abs.value.adopted).toBe(f > 0 && 2 * f > base);
        const two = tallyVote({ majority: "two-thirds", for: f, against: a, abstain: ab });
        expect(two.ok && two.value.adopted).toBe(f > 0 && 3 * f >= 2 * base);
      }),
    );
  });
});

describe("electionToMandates", () => {
  it("turns results into model mandates with a term, and renews the board", () => {
    const r = electionToMandates({
      electedOn: "2025-06-14",
      termYears: 4,
      elected: [
        { personId: "p-1", role: "president", votes: 31 },
        { personId: "p-2", role: "treasurer" },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value[0]).toMatchObject({
      personId: "p-1",
      role: "president",
      startOn: "2025-06-14",
      endOn: "2029-06-13",
    });
    const board = renewGoverningBody(
      { id: "b", kind: "board", mandates: [{ personId: "p-0", role: "president", startOn: "2021-06-01" }] },
      r.value,
    );
    expect(board.mandates[0]?.endOn).toBe("2025-06-13");
    expect(board.mandates).toHaveLength(3);
    const twice = electionToMandates({
      electedOn: "2025-06-14",
      elected: [
        { personId: "a", role: "president" },
        { personId: "b", role: "president" },
      ],
    });
    expect(!twice.ok && twice.issues[0]?.code).toBe("assembly.role_taken");
  });
});
