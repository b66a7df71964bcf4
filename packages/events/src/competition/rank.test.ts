import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CompetitionInput, JurorScore, Submission } from "./competition.js";
import { rankCompetition } from "./rank.js";

function ok<T>(r: { ok: true; value: T } | { ok: false; issues: readonly { code: string; message: string }[] }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.issues.map((i) => `${i.code}: ${i.message}`).join("; ")}`);
  return r.value;
}

const warningsOf = (r: ReturnType<typeof rankCompetition>) => (r.ok ? r.warnings : []);

const codes = (r: { ok: boolean; issues?: readonly { code: string }[] }): string[] =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.code);

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const criteria = [
  { id: "impact", label: { ar: "الأثر", fr: "Impact" }, weight: 2, maxScore: 10 },
  { id: "feasibility", label: { ar: "قابلية الإنجاز", fr: "Faisabilité" }, weight: 1, maxScore: 20 },
];

/** A small competition whose totals are easy to compute by hand. */
function small(): CompetitionInput {
  return {
    competition: {
      id: "prix-marrakech-2013",
      title: { ar: "جائزة الملتقى الثالث للجمعيات بمراكش", fr: "Prix du 3e forum des associations de Marrakech" },
      categories: [
        { id: "social", label: { ar: "المجال الاجتماعي" }, field: "social", quota: 1 },
        { id: "cultural", label: { ar: "المجال الثقافي" }, field: "cultural", quota: 1 },
      ],
      criteria,
    },
    submissions: [
      { id: "s1", categoryId: "social", title: { ar: "مركز الاستماع" }, organizationId: "org-1" },
      { id: "s2", categoryId: "social", title: { ar: "دار الطالبة" }, organizationId: "org-2" },
      { id: "s3", categoryId: "cultural", title: { ar: "مهرجان الحكاية" }, organizationId: "org-3" },
    ],
    jurors: [{ id: "j1" }, { id: "j2" }],
    scores: [
      { jurorId: "j1", submissionId: "s1", scores: { impact: 8, feasibility: 10 } },
      { jurorId: "j2", submissionId: "s1", scores: { impact: 6, feasibility: 20 } },
      { jurorId: "j1", submissionId: "s2", scores: { impact: 9, feasibility: 16 } },
      { jurorId: "j2", submissionId: "s2", scores: { impact: 7, feasibility: 12 } },
      { jurorId: "j1", submissionId: "s3", scores: { impact: 5, feasibility: 5 } },
      { jurorId: "j2", submissionId: "s3", scores: { impact: 4, feasibility: 8 } },
    ],
  };
}

/** A juror's total by the formula of the documentation: 100 × Σ w·s/max ÷ Σ w. */
const total = (impact: number, feasibility: number): number => (100 * ((2 * impact) / 10 + feasibility / 20)) / 3;

describe("rankCompetition: scores and explanation", () => {
  it("computes weighted totals on a 0–100 scale and ranks by their mean", () => {
    const r = ok(rankCompetition(small()));
    const s1 = (total(8, 10) + total(6, 20)) / 2;
    const s2 = (total(9, 16) + total(7, 12)) / 2;
    const s3 = (total(5, 5) + total(4, 8)) / 2;
    expect(r.ranking.map((x) => x.submissionId)).toEqual(["s2", "s1", "s3"]);
    expect(r.ranking[0]?.score).toBeCloseTo(s2, 9);
    expect(r.ranking[1]?.score).toBeCloseTo(s1, 9);
    expect(r.ranking[2]?.score).toBeCloseTo(s3, 9);
    expect(r.ranking.map((x) => x.rank)).toEqual([1, 2, 3]);
    expect(r.ranking.map((x) => x.categoryRank)).toEqual([1, 2, 1]);
  });

  it("explains each score: criterion points add up to the raw score, jurors' totals average to it", () => {
    const r = ok(rankCompetition(small()));
    for (const x of r.ranking) {
      const points = x.breakdown.criteria.reduce((s, c) => s + c.points, 0);
      expect(points).toBeCloseTo(x.rawScore, 6);
      const mean = x.breakdown.jurors.reduce((s, j) => s + j.total, 0) / x.breakdown.jurors.length;
      expect(mean).toBeCloseTo(x.score, 6);
    }
    const s2 = r.ranking[0];
    expect(s2?.breakdown.criteria.map((c) => c.meanScore)).toEqual([8, 14]);
    expect(s2?.breakdown.jurors.map((j) => j.jurorId)).toEqual(["j1", "j2"]);
  });

  it("selects winners per category under quotas and explains the others' outcome", () => {
    const r = ok(rankCompetition(small()));
    expect(r.winners.map((w) => w.submissionId)).toEqual(["s2", "s3"]);
    expect(r.ranking.find((x) => x.submissionId === "s1")?.outcome).toBe("category-full");
    expect(r.categories).toEqual([
      { categoryId: "social", quota: 1, ranked: 2, winners: ["s2"], unfilled: 0 },
      { categoryId: "cultural", quota: 1, ranked: 1, winners: ["s3"], unfilled: 0 },
    ]);
  });

  it("applies the minimum score and the total number of winners", () => {
    const input = small();
    const high = ok(rankCompetition({ ...input, competition: { ...input.competition, minimumScore: 50 } }));
    expect(high.winners.map((w) => w.submissionId)).toEqual(["s2"]);
    expect(high.ranking.find((x) => x.submissionId === "s3")?.outcome).toBe("below-minimum");
    expect(high.categories[1]?.unfilled).toBe(1);
    const one = ok(rankCompetition({ ...input, competition: { ...input.competition, winners: 1 } }));
    expect(one.winners.map((w) => w.submissionId)).toEqual(["s2"]);
    expect(one.ranking.find((x) => x.submissionId === "s3")?.outcome).toBe("winners-full");
  });
});

describe("rankCompetition: conflicts of interest", () => {
  it("sets aside the score of a juror who belongs to the submitting organization", () => {
    const input = small();
    const result = rankCompetition({ ...input, jurors: [{ id: "j1", organizationIds: ["org-2"] }, { id: "j2" }] });
    const r = ok(result);
    const s2 = r.ranking.find((x) => x.submissionId === "s2");
    expect(s2?.breakdown.conflicted).toEqual(["j1"]);
    expect(s2?.breakdown.jurors.map((j) => j.jurorId)).toEqual(["j2"]);
    expect(s2?.score).toBeCloseTo(total(7, 12), 9);
    const warning = warningsOf(result).find((w) => w.code === "ranking.conflicted_score_ignored");
    expect(warning?.params).toEqual({ jurorId: "j1", submissionId: "s2" });
  });

  it("sets aside declared conflicts with a submission or an organization", () => {
    const input = small();
    const r = ok(
      rankCompetition({
        ...input,
        conflicts: [
          { jurorId: "j2", submissionId: "s1" },
          { jurorId: "j2", organizationId: "org-3", reason: { fr: "Membre du bureau" } },
        ],
      }),
    );
    expect(r.ranking.find((x) => x.submissionId === "s1")?.breakdown.conflicted).toEqual(["j2"]);
    expect(r.ranking.find((x) => x.submissionId === "s3")?.score).toBeCloseTo(total(5, 5), 9);
  });

  it("leaves unscored the submissions with fewer jurors than the minimum", () => {
    const input = small();
    const r = ok(
      rankCompetition({
        ...input,
        competition: { ...input.competition, minimumJurors: 2 },
        conflicts: [{ jurorId: "j2", submissionId: "s1" }],
      }),
    );
    expect(r.unscored).toEqual([{ submissionId: "s1", jurors: 1 }]);
    expect(r.ranking.map((x) => x.submissionId)).toEqual(["s2", "s3"]);
  });

  it("warns about jurors who did not score every submission and names them in the breakdown", () => {
    const input = small();
    const result = rankCompetition({
      ...input,
      scores: input.scores.filter((s) => s.jurorId !== "j2" || s.submissionId !== "s3"),
    });
    const r = ok(result);
    expect(warningsOf(result).map((w) => [w.code, w.params?.jurorId, w.params?.missing])).toEqual([
      ["ranking.incomplete_juror", "j2", 1],
    ]);
    expect(r.ranking.find((x) => x.submissionId === "s3")?.breakdown.missing).toEqual(["j2"]);
  });
});

describe("rankCompetition: tie-breaks", () => {
  const tie = (
    submissions: Submission[],
    scores: JurorScore[],
    tieBreaks?: CompetitionInput["competition"]["tieBreaks"],
  ) =>
    ok(
      rankCompetition({
        competition: {
          id: "c",
          title: { fr: "Concours" },
          categories: [{ id: "cat", label: { fr: "Catégorie" }, quota: 1 }],
          criteria,
          ...(tieBreaks === undefined ? {} : { tieBreaks }),
        },
        submissions,
        jurors: [{ id: "j1" }],
        scores,
      }),
    );
  const sub = (id: string, submittedAt?: string): Submission => ({
    id,
    categoryId: "cat",
    title: { fr: id },
    ...(submittedAt === undefined ? {} : { submittedAt }),
  });

  it("breaks a tie on the first criterion of the list", () => {
    // total(6, 8) = total(5, 12): equal scores, "b" is better on impact.
    expect(total(6, 8)).toBeCloseTo(total(5, 12), 12);
    const r = tie(
      [sub("a"), sub("b")],
      [
        { jurorId: "j1", submissionId: "a", scores: { impact: 5, feasibility: 12 } },
        { jurorId: "j1", submissionId: "b", scores: { impact: 6, feasibility: 8 } },
      ],
    );
    expect(r.ranking.map((x) => x.submissionId)).toEqual(["b", "a"]);
    expect(r.ranking[0]?.score).toBe(r.ranking[1]?.score);
    expect(r.ranking[0]?.decidedBy).toEqual({ rule: "criteria", over: "a", criterionId: "impact" });
    expect(r.winners.map((w) => w.submissionId)).toEqual(["b"]);
  });

  it("then the earlier submission, then the id", () => {
    const same = { impact: 7, feasibility: 10 };
    const r = tie(
      [sub("z", "2013-04-01T10:00:00+01:00"), sub("y", "2013-04-01T09:30:00Z"), sub("x"), sub("w")],
      ["z", "y", "x", "w"].map((id) => ({ jurorId: "j1", submissionId: id, scores: same })),
    );
    // 09:30Z is 10:30+01:00: "z" was filed first; "w" and "x" have no date and fall back to the id.
    expect(r.ranking.map((x) => x.submissionId)).toEqual(["z", "y", "w", "x"]);
    expect(r.ranking.map((x) => x.decidedBy?.rule)).toEqual([
      "earlier-submission",
      "earlier-submission",
      "id",
      undefined,
    ]);
  });

  it("follows the competition's order of tie-breaks", () => {
    const r = tie(
      [sub("a", "2013-04-01T08:00:00Z"), sub("b", "2013-04-02T08:00:00Z")],
      [
        { jurorId: "j1", submissionId: "a", scores: { impact: 5, feasibility: 12 } },
        { jurorId: "j1", submissionId: "b", scores: { impact: 6, feasibility: 8 } },
      ],
      ["earlier-submission", "criteria"],
    );
    expect(r.ranking.map((x) => x.submissionId)).toEqual(["a", "b"]);
    expect(r.tieBreaks).toEqual(["earlier-submission", "criteria", "id"]);
  });
});

describe("rankCompetition: normalization", () => {
  /** A lenient juror (8–10) and a harsh one (2–6) who disagree on the order. */
  function jury(normalization: "none" | "z-score" | "min-max") {
    const only = [{ id: "q", label: { fr: "Qualité" }, weight: 1, maxScore: 10 }];
    const input: CompetitionInput = {
      competition: {
        id: "c",
        title: { fr: "Concours" },
        categories: [{ id: "cat", label: { fr: "Catégorie" }, quota: 1 }],
        criteria: only,
        normalization,
      },
      submissions: ["a", "b", "c"].map((id) => ({ id, categoryId: "cat", title: { fr: id } })),
      jurors: [{ id: "lenient" }, { id: "harsh" }],
      scores: [
        { jurorId: "lenient", submissionId: "a", scores: { q: 10 } },
        { jurorId: "lenient", submissionId: "b", scores: { q: 8 } },
        { jurorId: "lenient", submissionId: "c", scores: { q: 9 } },
        { jurorId: "harsh", submissionId: "a", scores: { q: 2 } },
        { jurorId: "harsh", submissionId: "b", scores: { q: 6 } },
        { jurorId: "harsh", submissionId: "c", scores: { q: 4 } },
      ],
    };
    return ok(rankCompetition(input));
  }

  it("without normalization, the harsh juror's wider spread decides", () => {
    // a: (100 + 20) / 2 = 60; b: (80 + 60) / 2 = 70; c: (90 + 40) / 2 = 65.
    expect(jury("none").ranking.map((x) => [x.submissionId, x.score])).toEqual([
      ["b", 70],
      ["c", 65],
      ["a", 60],
    ]);
  });

  it("z-scores weigh every juror alike", () => {
    const r = jury("z-score");
    // Each juror's totals are (top, middle, bottom) = (+1.2247, 0, -1.2247): a and b tie at 0, c is 0 too.
    for (const x of r.ranking) expect(Math.abs(x.score)).toBeLessThan(1e-9);
    expect(r.ranking[0]?.decidedBy?.rule).toBe("criteria");
    const a = r.ranking.find((x) => x.submissionId === "a");
    expect(a?.breakdown.jurors.map((j) => j.normalized)).toEqual([-1.224744871, 1.224744871]);
  });

  it("min-max rescales each juror to 0–100", () => {
    const r = jury("min-max");
    const a = r.ranking.find((x) => x.submissionId === "a");
    expect(a?.breakdown.jurors).toEqual([
      { jurorId: "harsh", total: 20, normalized: 0 },
      { jurorId: "lenient", total: 100, normalized: 100 },
    ]);
  });

  it("z-score and min-max rankings do not change when a juror's scores are scaled (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 3, maxLength: 3 }), {
          minLength: 6,
          maxLength: 6,
        }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom("z-score" as const, "min-max" as const),
        (grid, tenths, normalization) => {
          const build = (factor: number): CompetitionInput => ({
            competition: {
              id: "c",
              title: { fr: "C" },
              categories: [{ id: "cat", label: { fr: "Catégorie" }, quota: 2 }],
              criteria: [{ id: "q", label: { fr: "Q" }, weight: 1, maxScore: 10 }],
              normalization,
            },
            submissions: grid.map((_, i) => ({ id: `s${i}`, categoryId: "cat", title: { fr: `S${i}` } })),
            jurors: [{ id: "j0" }, { id: "j1" }, { id: "j2" }],
            scores: grid.flatMap((row, i) =>
              row.map((v, j) => ({ jurorId: `j${j}`, submissionId: `s${i}`, scores: { q: j === 0 ? v * factor : v } })),
            ),
          });
          const base = ok(rankCompetition(build(1)));
          const scaled = ok(rankCompetition(build(tenths / 10)));
          expect(scaled.ranking.map((x) => x.score)).toEqual(base.ranking.map((x) => x.score));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("rankCompetition: eligibility", () => {
  it("lists every unmet rule of each ineligible submission and ranks only the eligible ones", () => {
    const input = small();
    const r = ok(
      rankCompetition(
        {
          ...input,
          competition: {
            ...input.competition,
            eligibility: [
              { kind: "legal-form", allowed: ["association", "cooperative"] },
              { kind: "region", regionCodes: ["07"] },
              { kind: "founded-before", date: "2011-04-18" },
              { kind: "max-amount", maximum: { amount: 5_000_000, currency: "MAD" } },
              { kind: "required-documents", documents: ["statutes", "moral-report"] },
              { kind: "deadline", at: "2013-04-10T23:59:59+00:00" },
            ],
          },
          submissions: [
            {
              id: "s1",
              categoryId: "social",
              title: { ar: "مركز الاستماع" },
              legalForm: "association",
              regionCode: "07",
              foundedOn: "2009-01-01",
              requestedAmount: { amount: 4_000_000, currency: "MAD" },
              documents: ["statutes", "moral-report", "budget"],
              submittedAt: "2013-04-09T12:00:00+01:00",
            },
            {
              id: "s2",
              categoryId: "social",
              title: { ar: "دار الطالبة" },
              legalForm: "foundation",
              regionCode: "01",
              foundedOn: "2012-05-01",
              requestedAmount: { amount: 7_500_000, currency: "MAD" },
              documents: ["statutes"],
              submittedAt: "2013-04-11T00:00:01+00:00",
            },
            { id: "s3", categoryId: "cultural", title: { ar: "مهرجان الحكاية" } },
          ],
        },
        { locale: "fr" },
      ),
    );
    expect(r.ranking.map((x) => x.submissionId)).toEqual(["s1"]);
    const s2 = r.ineligible.find((x) => x.submissionId === "s2");
    expect(s2?.reasons.map((x) => x.code)).toEqual([
      "eligibility.legal_form",
      "eligibility.region",
      "eligibility.founded_after",
      "eligibility.amount_too_high",
      "eligibility.missing_document",
      "eligibility.late",
    ]);
    expect(s2?.reasons[3]?.message).toBe("Le montant demandé (75000.00 MAD) dépasse le plafond (50000.00 MAD).");
    const s3 = r.ineligible.find((x) => x.submissionId === "s3");
    expect(
      s3?.reasons.every(
        (x) => x.code === "eligibility.missing_information" || x.code === "eligibility.missing_document",
      ),
    ).toBe(true);
    expect(r.ineligible.map((x) => x.submissionId)).toEqual(["s2", "s3"]);
  });

  it("keeps one submission per organization: the first filed", () => {
    const input = small();
    const r = ok(
      rankCompetition({
        ...input,
        competition: { ...input.competition, eligibility: [{ kind: "one-per-organization" }] },
        submissions: [
          {
            id: "s1",
            categoryId: "social",
            title: { ar: "أ" },
            organizationId: "org-1",
            submittedAt: "2013-04-05T10:00:00Z",
          },
          {
            id: "s2",
            categoryId: "social",
            title: { ar: "ب" },
            organizationId: "org-1",
            submittedAt: "2013-04-02T10:00:00Z",
          },
          { id: "s3", categoryId: "cultural", title: { ar: "ج" }, organizationId: "org-3" },
        ],
      }),
    );
    expect(r.ineligible.map((x) => [x.submissionId, x.reasons[0]?.code, x.reasons[0]?.params?.kept])).toEqual([
      ["s1", "eligibility.one_per_organization", "s2"],
    ]);
  });
});

describe("rankCompetition: bad input is data", () => {
  it("reports unknown references, duplicates and scores out of range", () => {
    const input = small();
    const r = rankCompetition(
      {
        ...input,
        submissions: [...input.submissions, { id: "s4", categoryId: "sports", title: { ar: "د" } }],
        jurors: [...input.jurors, { id: "j1" }],
        scores: [
          ...input.scores,
          { jurorId: "j9", submissionId: "s1", scores: { impact: 1, feasibility: 1 } },
          { jurorId: "j1", submissionId: "s9", scores: { impact: 1, feasibility: 1 } },
          { jurorId: "j1", submissionId: "s1", scores: { impact: 11, feasibility: 1 } },
          { jurorId: "j2", submissionId: "s4", scores: { impact: 1, creativity: 3 } },
        ],
        conflicts: [{ jurorId: "j1" }],
      },
      { locale: "ar" },
    );
    expect(codes(r).sort()).toEqual(
      [
        "competition.unknown_category",
        "competition.duplicate_id",
        "competition.unknown_juror",
        "competition.unknown_submission",
        "competition.duplicate_score",
        "competition.score_out_of_range",
        "competition.unknown_criterion",
        "competition.missing_criterion",
        "competition.conflict_target",
      ].sort(),
    );
    expect(r.ok ? "" : r.issues[0]?.message).toMatch(/[\u0600-\u06FF]/);
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(rankCompetition(input as CompetitionInput).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

/** Scenario 4: about 120 associations of four fields; nine winning projects, three per field. */
function forum(seed: number): CompetitionInput {
  const random = rng(seed);
  const fields = ["social", "cultural", "sports", "environmental"] as const;
  const submissions: Submission[] = Array.from({ length: 120 }, (_, i) => ({
    id: `project-${String(i + 1).padStart(3, "0")}`,
    categoryId: fields[i % 4] as string,
    title: { ar: `مشروع رقم ${i + 1}` },
    organizationId: `association-${i + 1}`,
    submittedAt: `2013-04-${String(1 + (i % 15)).padStart(2, "0")}T10:00:00+01:00`,
  }));
  const jurors = Array.from({ length: 7 }, (_, j) => ({
    id: `juror-${j + 1}`,
    ...(j === 0 ? { organizationIds: ["association-5", "association-9"] } : {}),
  }));
  const scores: JurorScore[] = [];
  for (const s of submissions) {
    for (const j of jurors) {
      scores.push({
        jurorId: j.id,
        submissionId: s.id,
        // Integer scores: many totals tie.
        scores: { impact: 1 + Math.floor(random() * 10), feasibility: 2 * Math.floor(random() * 11) },
      });
    }
  }
  return {
    competition: {
      id: "forum-marrakech-2013",
      title: { ar: "الملتقى الثالث للجمعيات بمراكش", fr: "3e forum des associations de Marrakech" },
      year: 2013,
      organizer: { ar: "المجلس الجماعي لمراكش" },
      categories: [
        { id: "social", label: { ar: "المجال الاجتماعي" }, field: "social", quota: 3 },
        { id: "cultural", label: { ar: "المجال الثقافي" }, field: "cultural", quota: 3 },
        { id: "sports", label: { ar: "المجال الرياضي" }, field: "sports", quota: 3 },
        { id: "environmental", label: { ar: "المجال البيئي" }, field: "environmental", quota: 0 },
      ],
      criteria,
      winners: 9,
    },
    submissions,
    jurors,
    scores,
    conflicts: [{ jurorId: "juror-2", submissionId: "project-010" }],
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

describe("rankCompetition: scenario 4 (nine winners, three per field)", () => {
  it("announces nine winners, three in each of the social, cultural and sports fields, the best of each", () => {
    const r = ok(rankCompetition(forum(2013)));
    expect(r.winners).toHaveLength(9);
    for (const c of r.categories.slice(0, 3)) {
      expect(c.winners).toHaveLength(3);
      const best = r.ranking.filter((x) => x.categoryId === c.categoryId).slice(0, 3);
      expect(c.winners).toEqual(best.map((x) => x.submissionId));
      expect(best.map((x) => x.categoryRank)).toEqual([1, 2, 3]);
    }
    expect(r.categories[3]).toMatchObject({ categoryId: "environmental", winners: [], unfilled: 0 });
    expect(r.ranking).toHaveLength(120);
    expect(r.ranking.find((x) => x.submissionId === "project-005")?.breakdown.conflicted).toEqual(["juror-1"]);
    // Scores never increase down the ranking; ties are explained.
    for (let i = 1; i < r.ranking.length; i++) {
      const above = r.ranking[i - 1];
      const below = r.ranking[i];
      expect(above?.score).toBeGreaterThanOrEqual(below?.score ?? 0);
      if (above?.score === below?.score) expect(above?.decidedBy?.over).toBe(below?.submissionId);
      else expect(above?.decidedBy).toBeUndefined();
    }
  });

  it("does not depend on the order of submissions, jurors, scores and conflicts (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer(), (seed, order) => {
        const input = forum(seed % 50);
        const random = rng(order);
        const shuffled: CompetitionInput = {
          ...input,
          submissions: shuffle(input.submissions, random),
          jurors: shuffle(input.jurors, random),
          scores: shuffle(input.scores, random),
          conflicts: shuffle(input.conflicts ?? [], random),
        };
        const ra = rankCompetition(input);
        const rb = rankCompetition(shuffled);
        const a = ok(ra);
        const b = ok(rb);
        expect(b.ranking).toEqual(a.ranking);
        expect(b.categories).toEqual(a.categories);
        expect(warningsOf(rb)).toEqual(warningsOf(ra));
        expect(warningsOf(ra).length).toBeGreaterThan(0);
      }),
      { numRuns: 15 },
    );
  });
});

describe("rankCompetition: the two sums of a score breakdown", () => {
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

  it("criterion points add up to the raw score, normalized points to the score ranked on (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom("none" as const, "z-score" as const, "min-max" as const),
        (seed, normalization) => {
          const input = forum(seed);
          const r = ok(rankCompetition({ ...input, competition: { ...input.competition, normalization } }));
          for (const x of r.ranking) {
            const points = x.breakdown.criteria.map((c) => c.points);
            const normalized = x.breakdown.criteria.map((c) => c.normalizedPoints);
            // Each term and each score is rounded to 9 decimals.
            expect(Math.abs(sum(points) - x.rawScore)).toBeLessThan(1e-8);
            expect(Math.abs(sum(normalized) - x.score)).toBeLessThan(1e-8);
            if (normalization === "none") expect(normalized).toEqual(points);
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it("with z-scores, the raw points do not add up to the score, the normalized points do", () => {
    const input = forum(7);
    const r = ok(rankCompetition({ ...input, competition: { ...input.competition, normalization: "z-score" } }));
    const best = r.ranking[0];
    expect(best).toBeDefined();
    if (best === undefined) return;
    expect(Math.abs(sum(best.breakdown.criteria.map((c) => c.points)) - best.score)).toBeGreaterThan(1);
    expect(sum(best.breakdown.criteria.map((c) => c.normalizedPoints))).toBeCloseTo(best.score, 8);
  });

  it("a juror who gives every submission the same total shares 50 points by weight under min-max", () => {
    const input = small();
    const flat: CompetitionInput = {
      ...input,
      competition: { ...input.competition, normalization: "min-max" },
      jurors: [{ id: "j-flat" }],
      scores: input.submissions.map((s) => ({
        jurorId: "j-flat",
        submissionId: s.id,
        scores: { impact: 5, feasibility: 10 },
      })),
    };
    const r = ok(rankCompetition(flat));
    for (const x of r.ranking) {
      expect(x.score).toBe(50);
      expect(x.breakdown.criteria.map((c) => c.normalizedPoints)).toEqual(
        [(50 * 2) / 3, 50 / 3].map((v) => Math.round(v * 1e9) / 1e9),
      );
    }
  });
});
