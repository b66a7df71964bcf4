import {
  atBoundary,
  type BoundaryIssueCode,
  compareCodePoints,
  createValidator,
  type Issue,
  type IssuePath,
  type Locale,
  type Money,
  makeIssue,
  type RuleContext,
  type ValidateOptions,
  type ValidationResult,
} from "@madani/model";
import {
  type CompetitionInput,
  CompetitionInputSchema,
  type EligibilityRule,
  type RankingOutcomeValue,
  type ScoreNormalizationValue,
  type Submission,
  type TieBreakValue,
} from "./competition.js";
import { type CompetitionIssueCode, type CompetitionRuleCode, competitionMessages } from "./messages.js";

/**
 * One criterion's part of a submission's score, before and after normalization.
 *
 * @remarks Two sums, two laws (each up to the 9-decimal rounding of its terms):
 * - `Σ points = rawScore`, the mean of the jurors' raw totals (0–100), which `minimumScore` applies to;
 * - `Σ normalizedPoints = score`, the score the ranking uses.
 *
 * With `normalization: "none"` both are the same. With `z-score` or `min-max`, each juror's total
 * `t` is turned into `a × (t - c) + b` (z-score: `a = 1/sd`, `c = mean`, `b = 0`; min-max:
 * `a = 100/(max - min)`, `c = min`, `b = 0`, over the totals that juror gave; a juror whose totals
 * are all equal gives `a = 0` and `b = 0` (z-score) or `b = 50` (min-max)). With `s = weight / Σ weights`,
 * the criterion's normalized points are the mean over jurors of `a × (p - c × s) + b × s`, where `p`
 * is its points from that juror: the centre and the base are shared among criteria by weight.
 */
export interface CriterionBreakdown {
  /** The criterion. */
  readonly criterionId: string;
  /** Its weight in the competition. */
  readonly weight: number;
  /** Its maximum score. */
  readonly maxScore: number;
  /** Mean of the jurors' scores on it, in the criterion's units (0 to `maxScore`). */
  readonly meanScore: number;
  /**
   * Points it contributes to the raw score: `100 × weight / Σ weights × meanScore / maxScore`.
   * The `points` of all criteria add up to `rawScore`, not to `score` when scores are normalized.
   */
  readonly points: number;
  /**
   * Points it contributes to the score the ranking uses, after each juror's normalization (see the
   * remarks); the `normalizedPoints` of all criteria add up to `score`. Equal to `points` with
   * `normalization: "none"`; may be negative with `z-score`.
   */
  readonly normalizedPoints: number;
}

/** One juror's part of a submission's score. */
export interface JurorBreakdown {
  /** The juror. */
  readonly jurorId: string;
  /** The juror's weighted total on the 0–100 scale. */
  readonly total: number;
  /** The total after the competition's per-juror normalization (equal to `total` with `none`). */
  readonly normalized: number;
}

/** How a submission's score was made: criteria, jurors, and the jurors left out. */
export interface ScoreBreakdown {
  /**
   * Every criterion, in the competition's order; the `points` add up to the raw score (`rawScore`)
   * and the `normalizedPoints` to the score ranked on (`score`).
   */
  readonly criteria: readonly CriterionBreakdown[];
  /** The jurors whose scores count, in id order; the score is the mean of their `normalized` totals. */
  readonly jurors: readonly JurorBreakdown[];
  /** Jurors left out for a conflict of interest with this submission, in id order. */
  readonly conflicted: readonly string[];
  /** Jurors without a conflict who did not score this submission, in id order. */
  readonly missing: readonly string[];
}

/** Which tie-break put a submission above the next one when their scores were equal. */
export interface TieBreakDecision {
  /** The rule that decided. */
  readonly rule: TieBreakValue;
  /** The submission ranked just below, with the same score. */
  readonly over: string;
  /** With `criteria`: the criterion that decided. */
  readonly criterionId?: string;
}

/** A ranked submission, with the explanation of its score and of its outcome. */
export interface RankedSubmission {
  /** The submission. */
  readonly submissionId: string;
  /** Its category. */
  readonly categoryId: string;
  /** Its organization, when given. */
  readonly organizationId?: string;
  /** Overall rank, from 1; every rank is distinct (ties are broken). */
  readonly rank: number;
  /** Rank within its category, from 1. */
  readonly categoryRank: number;
  /**
   * The score ranked on: the mean of the jurors' normalized totals (0–100 with `none` and
   * `min-max`, standard-score units with `z-score`), rounded to 9 decimals.
   */
  readonly score: number;
  /** Mean of the jurors' raw totals, 0–100, rounded to 9 decimals (what `minimumScore` applies to). */
  readonly rawScore: number;
  /** Winner, or why not. */
  readonly outcome: RankingOutcomeValue;
  /** Present when the score equals the next submission's and a tie-break decided. */
  readonly decidedBy?: TieBreakDecision;
  /** How the score was made. */
  readonly breakdown: ScoreBreakdown;
}

/** The winners and seats of one category. */
export interface CategoryResult {
  /** The category. */
  readonly categoryId: string;
  /** Its quota (maximum number of winners). */
  readonly quota: number;
  /** Eligible, ranked submissions of the category. */
  readonly ranked: number;
  /** Ids of its winners, best first. */
  readonly winners: readonly string[];
  /** Seats left empty: `quota - winners.length`. */
  readonly unfilled: number;
}

/** A submission that is not eligible, with every reason (codes `eligibility.*`). */
export interface IneligibleSubmission {
  /** The submission. */
  readonly submissionId: string;
  /** The unmet rules, as issues of severity `warning` with their messages. */
  readonly reasons: readonly Issue<CompetitionRuleCode>[];
}

/** An eligible submission scored by fewer jurors than the competition's `minimumJurors`. */
export interface UnscoredSubmission {
  /** The submission. */
  readonly submissionId: string;
  /** Jurors whose scores count. */
  readonly jurors: number;
}

/** The ranking of a competition: every eligible submission ranked, the winners, and why. */
export interface CompetitionRanking {
  /** The competition. */
  readonly competitionId: string;
  /** The normalization applied. */
  readonly normalization: ScoreNormalizationValue;
  /** The tie-break rules applied, in order (`id` last). */
  readonly tieBreaks: readonly TieBreakValue[];
  /** Eligible, scored submissions, best first. */
  readonly ranking: readonly RankedSubmission[];
  /** The winners, best first (the entries of `ranking` whose outcome is `winner`). */
  readonly winners: readonly RankedSubmission[];
  /** Winners and seats per category, in the competition's order. */
  readonly categories: readonly CategoryResult[];
  /** Submissions that are not eligible, in id order. */
  readonly ineligible: readonly IneligibleSubmission[];
  /** Eligible submissions with too few scores to be ranked, in id order. */
  readonly unscored: readonly UnscoredSubmission[];
}

/** Options of {@link rankCompetition}. */
export interface RankCompetitionOptions {
  /** Language of the issue messages and reasons. Default `"en"`. */
  readonly locale?: Locale;
  /** Most issues reported. Default 100. */
  readonly maxIssues?: number;
}

type Ctx = RuleContext<ValidateOptions, CompetitionRuleCode>;

const DEFAULT_TIE_BREAKS: readonly TieBreakValue[] = ["criteria", "earlier-submission"];

/** Rounding of every reported score, so that float noise never decides a rank. */
const round9 = (x: number): number => {
  const r = Math.round(x * 1e9) / 1e9;
  return r === 0 ? 0 : r;
};

const pairKey = (jurorId: string, submissionId: string): string => `${jurorId}\u0000${submissionId}`;

function duplicates(ctx: Ctx, items: readonly { id: string }[], path: IssuePath, list: string): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      ctx.report("competition.duplicate_id", [...path, i, "id"], { params: { id: item.id, list }, value: item.id });
    }
    seen.add(item.id);
  });
}

/** Reference and range checks on input of the right shape (errors). */
function consistent(input: CompetitionInput, ctx: Ctx): void {
  const { competition, submissions, jurors, scores } = input;
  duplicates(ctx, competition.categories, ["competition", "categories"], "categories");
  duplicates(ctx, competition.criteria, ["competition", "criteria"], "criteria");
  duplicates(ctx, submissions, ["submissions"], "submissions");
  duplicates(ctx, jurors, ["jurors"], "jurors");
  const categories = new Set(competition.categories.map((c) => c.id));
  const criteria = new Map(competition.criteria.map((c) => [c.id, c]));
  const submissionIds = new Set(submissions.map((s) => s.id));
  const jurorIds = new Set(jurors.map((j) => j.id));
  submissions.forEach((s, i) => {
    if (!categories.has(s.categoryId)) {
      ctx.report("competition.unknown_category", ["submissions", i, "categoryId"], {
        params: { id: s.id, categoryId: s.categoryId },
        value: s.categoryId,
      });
    }
  });
  const scored = new Set<string>();
  scores.forEach((score, i) => {
    if (!jurorIds.has(score.jurorId)) {
      ctx.report("competition.unknown_juror", ["scores", i, "jurorId"], {
        params: { id: score.jurorId },
        value: score.jurorId,
      });
    }
    if (!submissionIds.has(score.submissionId)) {
      ctx.report("competition.unknown_submission", ["scores", i, "submissionId"], {
        params: { id: score.submissionId },
        value: score.submissionId,
      });
    }
    const key = pairKey(score.jurorId, score.submissionId);
    if (scored.has(key)) {
      ctx.report("competition.duplicate_score", ["scores", i], {
        params: { jurorId: score.jurorId, submissionId: score.submissionId },
      });
    }
    scored.add(key);
    for (const [criterionId, value] of Object.entries(score.scores)) {
      const criterion = criteria.get(criterionId);
      if (criterion === undefined) {
        ctx.report("competition.unknown_criterion", ["scores", i, "scores", criterionId], {
          params: { id: criterionId },
          value: criterionId,
        });
      } else if (value > criterion.maxScore) {
        ctx.report("competition.score_out_of_range", ["scores", i, "scores", criterionId], {
          params: { score: value, criterionId, max: criterion.maxScore },
          value,
        });
      }
    }
    for (const criterion of competition.criteria) {
      if (!Object.hasOwn(score.scores, criterion.id)) {
        ctx.report("competition.missing_criterion", ["scores", i, "scores"], {
          params: { jurorId: score.jurorId, submissionId: score.submissionId, criterionId: criterion.id },
        });
      }
    }
  });
  (input.conflicts ?? []).forEach((c, i) => {
    if (!jurorIds.has(c.jurorId)) {
      ctx.report("competition.unknown_juror", ["conflicts", i, "jurorId"], {
        params: { id: c.jurorId },
        value: c.jurorId,
      });
    }
    if (c.submissionId !== undefined && !submissionIds.has(c.submissionId)) {
      ctx.report("competition.unknown_submission", ["conflicts", i, "submissionId"], {
        params: { id: c.submissionId },
        value: c.submissionId,
      });
    }
    if (c.submissionId === undefined && c.organizationId === undefined) {
      ctx.report("competition.conflict_target", ["conflicts", i]);
    }
  });
}

const validateCompetitionInput = createValidator<typeof CompetitionInputSchema, ValidateOptions, CompetitionRuleCode>(
  CompetitionInputSchema,
  [consistent],
  competitionMessages,
);

function formatMoney(m: Money): string {
  const sign = m.amount < 0 ? "-" : "";
  const abs = Math.abs(m.amount);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")} ${m.currency}`;
}

/** Epoch milliseconds of an ISO timestamp, or +∞ when absent (filed last). */
const filedAt = (s: Submission): number =>
  s.submittedAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(s.submittedAt);

/** The reasons a submission fails the rules (all rules but `one-per-organization`). */
function unmetRules(
  s: Submission,
  index: number,
  rules: readonly EligibilityRule[],
  locale: Locale,
): Issue<CompetitionRuleCode>[] {
  const reasons: Issue<CompetitionRuleCode>[] = [];
  const add = (code: CompetitionRuleCode, field: string, params: Record<string, string | number>): void => {
    reasons.push(
      makeIssue(competitionMessages, code, locale, ["submissions", index, field], { params, severity: "warning" }),
    );
  };
  const missing = (rule: string, field: string): void => add("eligibility.missing_information", field, { rule });
  for (const rule of rules) {
    switch (rule.kind) {
      case "legal-form":
        if (s.legalForm === undefined) missing(rule.kind, "legalForm");
        else if (!rule.allowed.includes(s.legalForm)) {
          add("eligibility.legal_form", "legalForm", { value: s.legalForm, allowed: rule.allowed.join(", ") });
        }
        break;
      case "region":
        if (s.regionCode === undefined) missing(rule.kind, "regionCode");
        else if (!rule.regionCodes.includes(s.regionCode)) {
          add("eligibility.region", "regionCode", { value: s.regionCode, allowed: rule.regionCodes.join(", ") });
        }
        break;
      case "founded-before":
        if (s.foundedOn === undefined) missing(rule.kind, "foundedOn");
        else if (s.foundedOn > rule.date)
          add("eligibility.founded_after", "foundedOn", { value: s.foundedOn, date: rule.date });
        break;
      case "max-amount":
        if (s.requestedAmount === undefined) missing(rule.kind, "requestedAmount");
        else if (
          s.requestedAmount.currency !== rule.maximum.currency ||
          s.requestedAmount.amount > rule.maximum.amount
        ) {
          add("eligibility.amount_too_high", "requestedAmount", {
            value: formatMoney(s.requestedAmount),
            maximum: formatMoney(rule.maximum),
          });
        }
        break;
      case "required-documents": {
        const given = new Set(s.documents ?? []);
        for (const document of rule.documents) {
          if (!given.has(document)) add("eligibility.missing_document", "documents", { document });
        }
        break;
      }
      case "deadline":
        if (s.submittedAt === undefined) missing(rule.kind, "submittedAt");
        else if (Date.parse(s.submittedAt) > Date.parse(rule.at)) {
          add("eligibility.late", "submittedAt", { value: s.submittedAt, deadline: rule.at });
        }
        break;
      case "one-per-organization":
        break;
    }
  }
  return reasons;
}

interface Scored {
  readonly submission: Submission;
  /** Per juror in id order: raw total, normalized total, per-criterion raw scores. */
  readonly jurors: {
    jurorId: string;
    total: number;
    normalized: number;
    raw: readonly number[];
    /** Per criterion, its part of `normalized`; these add up to `normalized`. */
    normalizedParts: readonly number[];
  }[];
  readonly conflicted: string[];
}

interface Keys {
  readonly id: string;
  readonly score: number;
  readonly criteria: readonly number[];
  readonly median: number;
  readonly filed: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Compare two submissions under one tie-break rule: < 0 when `a` ranks first. */
function compareBy(rule: TieBreakValue, a: Keys, b: Keys): { order: number; criterion?: number } {
  switch (rule) {
    case "criteria":
      for (let c = 0; c < a.criteria.length; c++) {
        const d = (b.criteria[c] as number) - (a.criteria[c] as number);
        if (d !== 0) return { order: d, criterion: c };
      }
      return { order: 0 };
    case "median":
      return { order: b.median - a.median };
    case "earlier-submission":
      if (a.filed === b.filed) return { order: 0 };
      return { order: a.filed < b.filed ? -1 : 1 };
    case "id":
      return { order: compareCodePoints(a.id, b.id) };
  }
}

/**
 * Rank the submissions of a competition (a call for projects) and select its winners per
 * category under quotas, with each score explained.
 *
 * @param input - `competition` (categories with quotas, weighted criteria, eligibility rules,
 * `winners`, `minimumScore`, `minimumJurors`, `normalization`, `tieBreaks`), `submissions`,
 * `jurors`, `scores` (one per juror and submission, every criterion scored) and `conflicts`
 * of interest.
 * @param options - `locale` (default `"en"`), `maxIssues` (default 100).
 * @returns `{ ok: true, value, warnings }` with the {@link CompetitionRanking} (warnings:
 * `ranking.incomplete_juror`, `ranking.conflicted_score_ignored`), or `{ ok: false, issues }`
 * for bad input: shape issues, `competition.duplicate_id`, `competition.unknown_category`,
 * `competition.unknown_juror`, `competition.unknown_submission`, `competition.unknown_criterion`,
 * `competition.missing_criterion`, `competition.score_out_of_range`, `competition.duplicate_score`,
 * `competition.conflict_target`. Never throws on bad input.
 * @remarks The rules, in order:
 * 1. Eligibility: a submission meeting every rule of `competition.eligibility` is eligible;
 *    the others are listed in `ineligible` with each reason.
 * 2. Conflicts of interest: a juror's score is set aside for a submission named in a conflict,
 *    for every submission of an organization named in a conflict, and for every submission of
 *    the juror's own `organizationIds`.
 * 3. A juror's total for a submission is `100 × Σ weight × score / maxScore ÷ Σ weight` (0–100).
 * 4. Per-juror normalization (`none`, `z-score`, `min-max`) over the totals each juror gave to
 *    eligible submissions, see {@link ScoreNormalization}.
 * 5. A submission's score is the mean of its jurors' normalized totals; submissions with fewer
 *    than `minimumJurors` jurors are `unscored`. In its breakdown, the criteria's `points` add up
 *    to `rawScore` and their `normalizedPoints` to `score` (see {@link CriterionBreakdown}).
 * 6. Ranking: higher score first (scores rounded to 9 decimals); equal scores go through the
 *    `tieBreaks` in order, then the ids (see {@link TieBreak}); `decidedBy` says which rule decided.
 * 7. Winners: going down the ranking, a submission wins when its raw score is at least
 *    `minimumScore`, its category has a seat left and the total `winners` is not reached
 *    (default total: the sum of the quotas, e.g. 3 per field for 9 winners).
 *
 * Sums run in juror-id order, so the ranking does not depend on the order of the input.
 * Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 * @example
 * ```ts
 * const r = rankCompetition({ competition, submissions, jurors, scores, conflicts });
 * if (r.ok) for (const w of r.value.winners) console.log(w.categoryId, w.submissionId, w.score);
 * ```
 */
export function rankCompetition(
  input: CompetitionInput,
  options: RankCompetitionOptions = {},
): ValidationResult<CompetitionRanking, CompetitionIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const checked = validateCompetitionInput(input, options);
    if (!checked.ok) return checked;
    const locale = options.locale ?? "en";
    const { competition, submissions, jurors, scores } = checked.value;
    const conflicts = checked.value.conflicts ?? [];
    const warnings: Issue<CompetitionIssueCode>[] = [...checked.warnings];
    const criteria = competition.criteria;
    const weightSum = criteria.reduce((s, c) => s + c.weight, 0);
    const normalization = competition.normalization ?? "none";
    const tieBreaks: TieBreakValue[] = [
      ...new Set((competition.tieBreaks ?? DEFAULT_TIE_BREAKS).filter((t) => t !== "id")),
      "id",
    ];

    // 1. Eligibility.
    const rules = competition.eligibility ?? [];
    const ineligible = new Map<string, Issue<CompetitionRuleCode>[]>();
    const indexOf = new Map<string, number>();
    submissions.forEach((s, i) => {
      indexOf.set(s.id, i);
      const reasons = unmetRules(s, i, rules, locale);
      if (reasons.length > 0) ineligible.set(s.id, reasons);
    });
    if (rules.some((r) => r.kind === "one-per-organization")) {
      const byOrg = new Map<string, Submission[]>();
      for (const s of submissions) {
        if (s.organizationId === undefined || ineligible.has(s.id)) continue;
        byOrg.set(s.organizationId, [...(byOrg.get(s.organizationId) ?? []), s]);
      }
      for (const [organizationId, list] of byOrg) {
        const [kept, ...others] = [...list].sort((a, b) => filedAt(a) - filedAt(b) || compareCodePoints(a.id, b.id));
        for (const s of others) {
          ineligible.set(s.id, [
            makeIssue(
              competitionMessages,
              "eligibility.one_per_organization",
              locale,
              ["submissions", indexOf.get(s.id) ?? 0, "organizationId"],
              { params: { organizationId, kept: kept?.id ?? "" }, severity: "warning" },
            ),
          ]);
        }
      }
    }
    const eligible = submissions.filter((s) => !ineligible.has(s.id));

    // 2. Conflicts of interest.
    const byOrganization = new Map<string, string[]>();
    for (const s of submissions) {
      if (s.organizationId !== undefined) {
        byOrganization.set(s.organizationId, [...(byOrganization.get(s.organizationId) ?? []), s.id]);
      }
    }
    const conflicted = new Set<string>();
    const conflictWith = (jurorId: string, organizationId: string): void => {
      for (const id of byOrganization.get(organizationId) ?? []) conflicted.add(pairKey(jurorId, id));
    };
    for (const j of jurors) for (const o of j.organizationIds ?? []) conflictWith(j.id, o);
    for (const c of conflicts) {
      if (c.submissionId !== undefined) conflicted.add(pairKey(c.jurorId, c.submissionId));
      if (c.organizationId !== undefined) conflictWith(c.jurorId, c.organizationId);
    }

    // 3. Totals, in (juror id, submission id) order.
    // Positions in code-point order, so that the sort below compares numbers.
    const jurorOrder = [...jurors].sort((a, b) => compareCodePoints(a.id, b.id));
    const jurorRank = new Map(jurorOrder.map((j, i) => [j.id, i]));
    const submissionRank = new Map(
      [...eligible].sort((a, b) => compareCodePoints(a.id, b.id)).map((s, i) => [s.id, i] as const),
    );
    const n = submissionRank.size;
    const valid = scores
      .filter((s) => submissionRank.has(s.submissionId))
      .map((s) => ({ s, key: (jurorRank.get(s.jurorId) ?? 0) * n + (submissionRank.get(s.submissionId) ?? 0) }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.s);
    const ignored: { jurorId: string; submissionId: string }[] = [];
    const perJuror = new Map<string, { submissionId: string; total: number; raw: number[] }[]>();
    for (const score of valid) {
      if (conflicted.has(pairKey(score.jurorId, score.submissionId))) {
        ignored.push({ jurorId: score.jurorId, submissionId: score.submissionId });
        continue;
      }
      const raw = criteria.map((c) => score.scores[c.id] ?? 0);
      let weighted = 0;
      criteria.forEach((c, k) => {
        weighted += (c.weight * (raw[k] as number)) / c.maxScore;
      });
      const list = perJuror.get(score.jurorId) ?? [];
      list.push({ submissionId: score.submissionId, total: (100 * weighted) / weightSum, raw });
      perJuror.set(score.jurorId, list);
    }
    for (const { jurorId, submissionId } of ignored) {
      warnings.push(
        makeIssue(competitionMessages, "ranking.conflicted_score_ignored", locale, ["scores"], {
          params: { jurorId, submissionId },
          severity: "warning",
        }),
      );
    }

    // 4. Normalization per juror; 5. per-submission aggregates.
    const scoredBy = new Map<string, Scored>(
      eligible.map((s) => [s.id, { submission: s, jurors: [], conflicted: [] }]),
    );
    for (const juror of jurorOrder) {
      const list = perJuror.get(juror.id) ?? [];
      // Each normalization is affine, normalized = scale × (total - center) + base, which lets it be
      // split by criterion (center and base shared by weight); totals keep their own formula.
      let normalize: (t: number) => number = (t) => t;
      let scale = 1;
      let center = 0;
      let base = 0;
      if (list.length > 0 && normalization === "z-score") {
        const mean = list.reduce((s, x) => s + x.total, 0) / list.length;
        const sd = Math.sqrt(list.reduce((s, x) => s + (x.total - mean) ** 2, 0) / list.length);
        normalize = (t) => (sd < 1e-12 ? 0 : (t - mean) / sd);
        [scale, center] = sd < 1e-12 ? [0, 0] : [1 / sd, mean];
      } else if (list.length > 0 && normalization === "min-max") {
        const lo = list.map((x) => x.total).reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
        const hi = list.map((x) => x.total).reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
        normalize = (t) => (hi - lo < 1e-12 ? 50 : (100 * (t - lo)) / (hi - lo));
        [scale, center, base] = hi - lo < 1e-12 ? [0, 0, 50] : [100 / (hi - lo), lo, 0];
      }
      for (const x of list) {
        scoredBy.get(x.submissionId)?.jurors.push({
          jurorId: juror.id,
          total: x.total,
          normalized: normalize(x.total),
          raw: x.raw,
          normalizedParts: criteria.map((c, k) => {
            const share = c.weight / weightSum;
            const points = (100 * c.weight * (x.raw[k] as number)) / c.maxScore / weightSum;
            return scale * (points - center * share) + base * share;
          }),
        });
      }
      const done = new Set(list.map((x) => x.submissionId));
      let missing = 0;
      for (const s of eligible) {
        if (conflicted.has(pairKey(juror.id, s.id))) scoredBy.get(s.id)?.conflicted.push(juror.id);
        else if (!done.has(s.id)) missing++;
      }
      if (missing > 0) {
        warnings.push(
          makeIssue(competitionMessages, "ranking.incomplete_juror", locale, ["jurors"], {
            params: { jurorId: juror.id, missing },
            severity: "warning",
          }),
        );
      }
    }

    const minimumJurors = competition.minimumJurors ?? 1;
    const unscored: UnscoredSubmission[] = [];
    const rows: { keys: Keys; scored: Scored; rawScore: number; breakdown: ScoreBreakdown }[] = [];
    for (const scored of scoredBy.values()) {
      const n = scored.jurors.length;
      if (n < minimumJurors) {
        unscored.push({ submissionId: scored.submission.id, jurors: n });
        continue;
      }
      const scoredJurors = new Set(scored.jurors.map((j) => j.jurorId));
      const conflictedJurors = new Set(scored.conflicted);
      const score = scored.jurors.reduce((s, j) => s + j.normalized, 0) / n;
      const rawScore = scored.jurors.reduce((s, j) => s + j.total, 0) / n;
      const means = criteria.map((_, k) => scored.jurors.reduce((s, j) => s + (j.raw[k] as number), 0) / n);
      rows.push({
        scored,
        rawScore: round9(rawScore),
        keys: {
          id: scored.submission.id,
          score: round9(score),
          criteria: criteria.map((c, k) => round9((means[k] as number) / c.maxScore)),
          median: round9(median(scored.jurors.map((j) => j.normalized))),
          filed: filedAt(scored.submission),
        },
        breakdown: {
          criteria: criteria.map((c, k) => ({
            criterionId: c.id,
            weight: c.weight,
            maxScore: c.maxScore,
            meanScore: round9(means[k] as number),
            points: round9((100 * c.weight * (means[k] as number)) / c.maxScore / weightSum),
            normalizedPoints: round9(scored.jurors.reduce((sum, j) => sum + (j.normalizedParts[k] as number), 0) / n),
          })),
          jurors: scored.jurors.map((j) => ({
            jurorId: j.jurorId,
            total: round9(j.total),
            normalized: round9(j.normalized),
          })),
          conflicted: [...scored.conflicted],
          missing: jurorOrder.map((j) => j.id).filter((id) => !scoredJurors.has(id) && !conflictedJurors.has(id)),
        },
      });
    }

    // 6. Ranking.
    const compare = (a: Keys, b: Keys): number => {
      if (a.score !== b.score) return b.score - a.score;
      for (const rule of tieBreaks) {
        const { order } = compareBy(rule, a, b);
        if (order !== 0) return order;
      }
      return 0;
    };
    rows.sort((a, b) => compare(a.keys, b.keys));

    // 7. Winners.
    const quotaLeft = new Map(competition.categories.map((c) => [c.id, c.quota]));
    const totalSeats = competition.winners ?? competition.categories.reduce((s, c) => s + c.quota, 0);
    const minimumScore = competition.minimumScore ?? 0;
    let seatsLeft = totalSeats;
    const categoryRank = new Map<string, number>();
    const ranking: RankedSubmission[] = rows.map((row, i) => {
      const s = row.scored.submission;
      let outcome: RankingOutcomeValue;
      if (row.rawScore < minimumScore) outcome = "below-minimum";
      else if ((quotaLeft.get(s.categoryId) ?? 0) <= 0) outcome = "category-full";
      else if (seatsLeft <= 0) outcome = "winners-full";
      else {
        outcome = "winner";
        seatsLeft--;
        quotaLeft.set(s.categoryId, (quotaLeft.get(s.categoryId) ?? 0) - 1);
      }
      const inCategory = (categoryRank.get(s.categoryId) ?? 0) + 1;
      categoryRank.set(s.categoryId, inCategory);
      const next = rows[i + 1];
      let decidedBy: TieBreakDecision | undefined;
      if (next !== undefined && next.keys.score === row.keys.score) {
        for (const rule of tieBreaks) {
          const { order, criterion } = compareBy(rule, row.keys, next.keys);
          if (order !== 0) {
            const criterionId = criterion === undefined ? undefined : criteria[criterion]?.id;
            decidedBy = { rule, over: next.keys.id, ...(criterionId === undefined ? {} : { criterionId }) };
            break;
          }
        }
      }
      return {
        submissionId: s.id,
        categoryId: s.categoryId,
        ...(s.organizationId === undefined ? {} : { organizationId: s.organizationId }),
        rank: i + 1,
        categoryRank: inCategory,
        score: row.keys.score,
        rawScore: row.rawScore,
        outcome,
        ...(decidedBy === undefined ? {} : { decidedBy }),
        breakdown: row.breakdown,
      };
    });
    const winners = ranking.filter((r) => r.outcome === "winner");
    const categories: CategoryResult[] = competition.categories.map((c) => {
      const won = winners.filter((w) => w.categoryId === c.id).map((w) => w.submissionId);
      return {
        categoryId: c.id,
        quota: c.quota,
        ranked: categoryRank.get(c.id) ?? 0,
        winners: won,
        unfilled: c.quota - won.length,
      };
    });
    const byId = (a: { submissionId: string }, b: { submissionId: string }) =>
      compareCodePoints(a.submissionId, b.submissionId);
    return {
      ok: true,
      value: {
        competitionId: competition.id,
        normalization,
        tieBreaks,
        ranking,
        winners,
        categories,
        ineligible: [...ineligible].map(([submissionId, reasons]) => ({ submissionId, reasons })).sort(byId),
        unscored: unscored.sort(byId),
      },
      warnings,
    };
  });
}
