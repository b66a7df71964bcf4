import {
  compareCodePoints,
  guardInput,
  isLocale,
  type Locale,
  localeOfOptions,
  type Organization,
  type Result,
} from "@madani/model";
import * as z from "zod";
import {
  type DuplicateCluster,
  type DuplicatePair,
  type DuplicateStats,
  type FindDuplicatesOptions,
  findDuplicates,
} from "../dedup/findDuplicates.js";
import type { DedupIssueCode } from "../dedup/messages.js";
import {
  type ReviewDecision,
  ReviewDecisionSchema,
  ReviewTimestampSchema,
  type ReviewVerdictValue,
} from "../storage/review.js";
import { type ReviewIssueCode, reviewIssue } from "./messages.js";

/** Most organizations of a cluster that {@link reviewCluster} rejects at once (every pair among them). */
export const MAX_REJECTED_CLUSTER = 100;

/**
 * Who decides, when, and why: the options of {@link reviewPair} and {@link reviewCluster}.
 *
 * @example
 * ```ts
 * const options: ReviewOptions = { by: "clerk-safi", at: "2025-01-15T09:00:00Z", note: "même récépissé" };
 * ```
 */
export interface ReviewOptions {
  /** Who decides (a name or an account). */
  readonly by: string;
  /** When (ISO 8601 with an offset); default now. */
  readonly at?: string | undefined;
  /** Why, in the reviewer's words. */
  readonly note?: string | undefined;
  /** Language of the issue messages; default `"en"`. */
  readonly locale?: Locale | undefined;
}

const ReviewOptionsSchema = z.strictObject({
  by: z.string(),
  at: ReviewTimestampSchema.optional(),
  note: z.string().optional(),
  locale: z.string().refine(isLocale).optional(),
});

const issue = reviewIssue;

/** The decisions on pairs, each checked against the schema; the first invalid one is an issue. */
function decide(
  pairs: readonly (readonly [string, string])[],
  verdict: ReviewVerdictValue,
  options: ReviewOptions,
): Result<ReviewDecision[], ReviewIssueCode> {
  const locale = localeOfOptions(options);
  const checked = ReviewOptionsSchema.safeParse(options);
  if (!checked.success) {
    return {
      ok: false,
      issues: [
        issue("review.invalid_option", locale, ["options"], {
          option: String(checked.error.issues[0]?.path[0] ?? "options"),
        }),
      ],
    };
  }
  if (verdict !== "accept" && verdict !== "reject") {
    return { ok: false, issues: [issue("review.invalid_option", locale, ["verdict"], { option: "verdict" })] };
  }
  const o = checked.data;
  const at = o.at ?? new Date().toISOString();
  const out: ReviewDecision[] = [];
  for (const [x, y] of pairs) {
    const [a, b] = compareCodePoints(x, y) <= 0 ? [x, y] : [y, x];
    const d = {
      a,
      b,
      verdict,
      by: o.by,
      at,
      ...(o.note === undefined || o.note.trim() === "" ? {} : { note: o.note }),
    };
    const parsed = ReviewDecisionSchema.safeParse(d);
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? "");
      return field === "by" || field === "note"
        ? { ok: false, issues: [issue("review.invalid_option", locale, [field], { option: field })] }
        : { ok: false, issues: [issue("review.invalid_pair", locale, [])] };
    }
    out.push(parsed.data);
  }
  return { ok: true, value: out };
}

/**
 * Record a reviewer's verdict on a pair proposed as duplicates.
 *
 * @param pair - the pair, e.g. a {@link DuplicatePair} of {@link proposeDuplicates}; its ids in either order.
 * @param verdict - `accept` (the same organization) or `reject` (two different ones).
 * @param options - {@link ReviewOptions}: who, when, why.
 * @returns the decision, its ids in code-point order, to save with `store.putDecisions`; or
 * `review.invalid_pair` or `review.invalid_option`. Never throws.
 * @example
 * ```ts
 * const d = reviewPair({ a: "org-1", b: "org-7" }, "reject", { by: "clerk-safi", note: "deux écoles" });
 * if (d.ok) await store.putDecisions(d.value);
 * ```
 */
export function reviewPair(
  pair: { readonly a: string; readonly b: string },
  verdict: ReviewVerdictValue,
  options: ReviewOptions,
): Result<ReviewDecision, ReviewIssueCode | "input.unreadable"> {
  return guardInput(() => {
    const locale = localeOfOptions(options);
    if (typeof pair !== "object" || pair === null || typeof pair.a !== "string" || typeof pair.b !== "string") {
      return { ok: false, issues: [issue("review.invalid_pair", locale, [])] };
    }
    const r = decide([[pair.a, pair.b]], verdict, options);
    return r.ok ? { ok: true, value: r.value[0] as ReviewDecision } : r;
  });
}

/**
 * Record a reviewer's verdict on a whole cluster.
 *
 * @remarks Accepting a cluster accepts each of its matched pairs (they connect every organization of
 * the cluster). Rejecting it says that its organizations are all different: every pair among them is
 * rejected (at most {@link MAX_REJECTED_CLUSTER} organizations). To split a cluster, review its pairs
 * one by one with {@link reviewPair}.
 * @param cluster - a {@link DuplicateCluster} of {@link proposeDuplicates}.
 * @param verdict - `accept` or `reject`.
 * @param options - {@link ReviewOptions}.
 * @returns the decisions; or `review.invalid_cluster`, `review.cluster_too_large`, `review.invalid_option`.
 * @example
 * ```ts
 * const ds = reviewCluster(proposals.clusters[0], "accept", { by: "clerk-safi" });
 * ```
 */
export function reviewCluster(
  cluster: Pick<DuplicateCluster, "ids" | "pairs">,
  verdict: ReviewVerdictValue,
  options: ReviewOptions,
): Result<readonly ReviewDecision[], ReviewIssueCode | "input.unreadable"> {
  return guardInput(() => {
    const locale = localeOfOptions(options);
    const ids = (cluster as { ids?: unknown } | null)?.ids;
    const pairs = (cluster as { pairs?: unknown } | null)?.pairs;
    if (!Array.isArray(ids) || ids.length < 2 || !ids.every((i) => typeof i === "string") || !Array.isArray(pairs)) {
      return { ok: false, issues: [issue("review.invalid_cluster", locale, [])] };
    }
    const members = new Set<string>(ids);
    if (members.size !== ids.length) return { ok: false, issues: [issue("review.invalid_cluster", locale, ["ids"])] };
    if (verdict === "reject") {
      if (ids.length > MAX_REJECTED_CLUSTER) {
        return {
          ok: false,
          issues: [
            issue("review.cluster_too_large", locale, ["ids"], { count: ids.length, max: MAX_REJECTED_CLUSTER }),
          ],
        };
      }
      const all: [string, string][] = [];
      const list = ids as string[];
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) all.push([list[i] as string, list[j] as string]);
      }
      return decide(all, verdict, options);
    }
    const chosen: [string, string][] = [];
    for (const p of pairs as unknown[]) {
      const a = (p as { a?: unknown } | null)?.a;
      const b = (p as { b?: unknown } | null)?.b;
      if (typeof a !== "string" || typeof b !== "string" || !members.has(a) || !members.has(b)) {
        return { ok: false, issues: [issue("review.invalid_cluster", locale, ["pairs"])] };
      }
      chosen.push([a, b]);
    }
    // Accepting says that all are one: the pairs must connect every member.
    const groups = components(ids, chosen);
    if (groups.length !== 1) return { ok: false, issues: [issue("review.invalid_cluster", locale, ["pairs"])] };
    return decide(chosen, verdict, options);
  });
}

/** Connected groups of ids linked by pairs (ids in code-point order, groups by their first id). */
function components(ids: readonly string[], pairs: readonly (readonly [string, string])[]): string[][] {
  const parent = new Map<string, string>(ids.map((i) => [i, i]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    let y = x;
    while (parent.get(y) !== r) {
      const next = parent.get(y) as string;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  for (const [a, b] of pairs) {
    if (!parent.has(a) || !parent.has(b)) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(compareCodePoints(ra, rb) < 0 ? rb : ra, compareCodePoints(ra, rb) < 0 ? ra : rb);
  }
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const r = find(id);
    const g = groups.get(r);
    if (g === undefined) groups.set(r, [id]);
    else g.push(id);
  }
  return [...groups.values()]
    .map((g) => g.sort(compareCodePoints))
    .sort((x, y) => compareCodePoints(x[0] as string, y[0] as string));
}

/** What {@link proposeDuplicates} found: the clusters to review, and the accepted groups still to merge. */
export interface DuplicateProposals {
  /** Clusters to review: no rejected pair among their pairs, held together by pairs not rejected. */
  readonly clusters: readonly DuplicateCluster[];
  /**
   * Groups of organizations accepted as one that are all still present (not merged yet), ids in
   * code-point order: merge them (e.g. with `mergeDuplicates`). Only the first id of each group was scored.
   */
  readonly accepted: readonly (readonly string[])[];
  /** The counts of `findDuplicates`, and what the decisions changed. */
  readonly stats: DuplicateStats & {
    /** Pairs found again that had been rejected, and were left out. */
    readonly rejectedPairs: number;
    /** Organizations left out of scoring because an accepted decision makes them one with another. */
    readonly skippedOrganizations: number;
  };
}

/**
 * Propose duplicates for review, reusing earlier decisions: a rejected pair is never proposed again,
 * and organizations accepted as one are not scored again.
 *
 * @remarks Accepted pairs join organizations into groups; of each group present in `organizations`,
 * only the first id (code-point order) is given to {@link findDuplicates}, so accepted pairs are not
 * scored again and the group is listed in `accepted` until it is merged. Rejected pairs are removed
 * from what `findDuplicates` finds, and the clusters are rebuilt from the remaining pairs: a cluster
 * held together only by rejected pairs splits, and an organization left with no pair leaves it.
 * Deterministic; never throws.
 * @param organizations - the organizations to look at (e.g. every organization of the store).
 * @param decisions - the recorded decisions (e.g. `store.decisions()`).
 * @param options - the options of {@link findDuplicates}, passed on as they are.
 * @returns the proposals; or the issues of `findDuplicates`, or `review.invalid_decisions` naming the
 * first decision that is not valid.
 * @example
 * ```ts
 * const decided = await store.decisions();
 * const r = decided.ok ? proposeDuplicates(organizations, decided.value) : decided;
 * ```
 */
export function proposeDuplicates(
  organizations: Iterable<Organization>,
  decisions: readonly ReviewDecision[],
  options: FindDuplicatesOptions = {},
): Result<DuplicateProposals, ReviewIssueCode | DedupIssueCode | "input.unreadable"> {
  return guardInput(() => {
    const locale = localeOfOptions(options);
    if (!Array.isArray(decisions)) {
      return { ok: false, issues: [issue("review.invalid_decisions", locale, [], { index: 0 })] };
    }
    const rejected = new Set<string>();
    const acceptedPairs: [string, string][] = [];
    for (const [i, d] of decisions.entries()) {
      const parsed = ReviewDecisionSchema.safeParse(d);
      if (!parsed.success) return { ok: false, issues: [issue("review.invalid_decisions", locale, [i], { index: i })] };
      if (parsed.data.verdict === "reject") rejected.add(`${parsed.data.a}\u0000${parsed.data.b}`);
      else acceptedPairs.push([parsed.data.a, parsed.data.b]);
    }
    if (organizations === null || typeof organizations !== "object" || !(Symbol.iterator in organizations)) {
      // Not a list: findDuplicates says so, in its own words.
      const refused = findDuplicates(organizations, options);
      if (!refused.ok) return refused;
    }
    const all = [...organizations];
    const present: string[] = [];
    for (const o of all) if (typeof o === "object" && o !== null && typeof o.id === "string") present.push(o.id);
    const presentSet = new Set(present);
    const groups = components(
      [...presentSet].sort(compareCodePoints),
      acceptedPairs.filter(([a, b]) => presentSet.has(a) && presentSet.has(b)),
    ).filter((g) => g.length > 1);
    const skipped = new Set<string>();
    for (const g of groups) for (const id of g.slice(1)) skipped.add(id);
    const scored = skipped.size === 0 ? all : all.filter((o) => !skipped.has(o.id));
    const found = findDuplicates(scored, options);
    if (!found.ok) return found;
    const kept: DuplicatePair[] = [];
    let dropped = 0;
    for (const c of found.value.clusters) {
      for (const p of c.pairs) {
        const [a, b] = compareCodePoints(p.a, p.b) <= 0 ? [p.a, p.b] : [p.b, p.a];
        if (rejected.has(`${a}\u0000${b}`)) dropped++;
        else kept.push(p);
      }
    }
    const linked = [...new Set(kept.flatMap((p) => [p.a, p.b]))].sort(compareCodePoints);
    const clusterIds = components(
      linked,
      kept.map((p) => [p.a, p.b] as const),
    );
    const clusterOf = new Map<string, number>();
    clusterIds.forEach((ids, i) => {
      for (const id of ids) clusterOf.set(id, i);
    });
    const pairsOf: DuplicatePair[][] = clusterIds.map(() => []);
    for (const p of kept) pairsOf[clusterOf.get(p.a) as number]?.push(p);
    const clusters: DuplicateCluster[] = clusterIds.map((ids, i) => ({
      ids,
      pairs: (pairsOf[i] as DuplicatePair[]).sort((p, q) => compareCodePoints(p.a, q.a) || compareCodePoints(p.b, q.b)),
    }));
    return {
      ok: true,
      value: {
        clusters,
        accepted: groups,
        stats: {
          ...found.value.stats,
          pairs: kept.length,
          clusters: clusters.length,
          rejectedPairs: dropped,
          skippedOrganizations: skipped.size,
        },
      },
    };
  });
}
