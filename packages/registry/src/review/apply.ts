import {
  compareCodePoints,
  type Locale,
  localeOfOptions,
  type Organization,
  type Result,
  unreadable,
} from "@madani/model";
import * as z from "zod";
import type { StoreIssueCode } from "../storage/messages.js";
import {
  type MergeRecord,
  type RegistryReviewStore,
  type ReviewDecision,
  ReviewTimestampSchema,
} from "../storage/review.js";
import { type ReviewIssueCode, reviewIssue } from "./messages.js";
import { type MergeOptions, mergeOrganizations, type SurvivorshipRules } from "./survivorship.js";

/** The store operations the review functions use: any `RegistryStore` of `@madani/registry/storage`. */
export type ReviewStore = RegistryReviewStore & {
  /** The organization with this id, or `undefined`. */
  get(id: string): Promise<Organization | undefined>;
};

/**
 * Options of {@link mergeDuplicates}.
 *
 * @example
 * ```ts
 * const options: MergeDuplicatesOptions = { by: "clerk-safi", rules: { governingBodies: "survivor" } };
 * ```
 */
export interface MergeDuplicatesOptions extends MergeOptions {
  /** Who merges. */
  readonly by: string;
  /** When (ISO 8601 with an offset); default now. */
  readonly at?: string | undefined;
  /** Why, in the reviewer's words. */
  readonly note?: string | undefined;
}

const issue = reviewIssue;

/**
 * Merge organizations of a store into one: read them, choose each field by survivorship rules
 * ({@link mergeOrganizations}), and record the merge in the store (`store.merge`), where the ids
 * merged away become aliases that still resolve, and from where the merge can be undone
 * (`store.undoMerge(record.seq, …)`).
 *
 * @param store - a `RegistryStore` (memory, PGlite or PostgreSQL).
 * @param ids - two or more ids of organizations of the store.
 * @param options - who merges, and the options of {@link mergeOrganizations}.
 * @returns the merge record, with the explanation of each field; or `review.not_found`, the issues
 * of {@link mergeOrganizations}, or the store's (`store.*`); nothing is written then.
 * @example
 * ```ts
 * const r = await mergeDuplicates(store, ["org-1", "org-7"], { by: "clerk-safi" });
 * if (r.ok) console.log(r.value.survivorId, r.value.explanation);
 * ```
 */
export async function mergeDuplicates(
  store: ReviewStore,
  ids: readonly string[],
  options: MergeDuplicatesOptions,
): Promise<Result<MergeRecord, ReviewIssueCode | StoreIssueCode | "input.unreadable">> {
  const locale = localeOfOptions(options);
  try {
    if (!Array.isArray(ids) || ids.length < 2 || !ids.every((i) => typeof i === "string")) {
      return { ok: false, issues: [issue("review.invalid_records", locale, [], { index: 0 })] };
    }
    const { by, at, note, ...mergeOptions } = options ?? ({} as MergeDuplicatesOptions);
    const records: Organization[] = [];
    for (const [i, id] of ids.entries()) {
      const org = await store.get(id);
      if (org === undefined) return { ok: false, issues: [issue("review.not_found", locale, [i], { id })] };
      records.push(org);
    }
    const merged = mergeOrganizations(records, mergeOptions);
    if (!merged.ok) return merged;
    return await store.merge({
      organization: merged.value.organization,
      mergedIds: merged.value.mergedIds,
      by,
      at: at ?? new Date().toISOString(),
      ...(note === undefined ? {} : { note }),
      explanation: merged.value.explanation,
    });
  } catch (error) {
    return unreadable(error, locale);
  }
}

/**
 * Options of {@link applyDecisions}.
 *
 * @example
 * ```ts
 * const options: ApplyDecisionsOptions = { by: "clerk-safi", rules: { seat: "survivor" } };
 * ```
 */
export interface ApplyDecisionsOptions {
  /** Who merges the accepted groups (the decisions keep their own `by`). */
  readonly by: string;
  /** When the merges happen (ISO 8601 with an offset); default now. */
  readonly at?: string | undefined;
  /** Survivorship rules, by field, that replace the defaults. */
  readonly rules?: Partial<SurvivorshipRules> | undefined;
  /** Language of the issue messages; default `"en"`. */
  readonly locale?: Locale | undefined;
}

const ApplyOptionsSchema = z.looseObject({ by: z.string().min(1).max(200), at: ReviewTimestampSchema.optional() });

/** What {@link applyDecisions} did. */
export interface AppliedDecisions {
  /** Decisions recorded. */
  readonly recorded: number;
  /** The merges made for the accepted pairs, one per group of organizations accepted as one. */
  readonly merges: readonly MergeRecord[];
}

/**
 * Record decisions in a store and merge what they accept: accepted pairs are joined into groups
 * (through ids merged before, which resolve to their surviving organization), and each group of two
 * or more organizations still in the store is merged with {@link mergeDuplicates} (the smallest id survives).
 *
 * @param store - a `RegistryStore`.
 * @param decisions - the decisions (e.g. from {@link readReviewFile} or {@link reviewPair}).
 * @param options - {@link ApplyDecisionsOptions}.
 * @returns what was recorded and merged; or the first failure (the decisions are recorded first; merges
 * made before a failing one stay).
 * @example
 * ```ts
 * const r = await applyDecisions(store, decisions, { by: "clerk-safi" });
 * if (r.ok) console.log(r.value.recorded, r.value.merges.length);
 * ```
 */
export async function applyDecisions(
  store: ReviewStore,
  decisions: readonly ReviewDecision[],
  options: ApplyDecisionsOptions,
): Promise<Result<AppliedDecisions, ReviewIssueCode | StoreIssueCode | "input.unreadable">> {
  const locale = localeOfOptions(options);
  try {
    return await apply(store, decisions, options, locale);
  } catch (error) {
    return unreadable(error, locale);
  }
}

async function apply(
  store: ReviewStore,
  decisions: readonly ReviewDecision[],
  options: ApplyDecisionsOptions,
  locale: Locale,
): Promise<Result<AppliedDecisions, ReviewIssueCode | StoreIssueCode | "input.unreadable">> {
  const checked = ApplyOptionsSchema.safeParse(options);
  if (!checked.success) {
    const option = String(checked.error.issues[0]?.path[0] ?? "options");
    return { ok: false, issues: [issue("review.invalid_option", locale, ["options"], { option })] };
  }
  const recorded = await store.putDecisions(decisions);
  if (!recorded.ok) return recorded;
  const at = options.at ?? new Date().toISOString();
  // The organization each id stands for now, and the accepted pairs between them.
  const current = new Map<string, string | undefined>();
  const now = async (id: string): Promise<string | undefined> => {
    if (!current.has(id)) current.set(id, (await store.resolve(id))?.id);
    return current.get(id);
  };
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while ((parent.get(r) ?? r) !== r) r = parent.get(r) as string;
    return r;
  };
  for (const d of Array.isArray(decisions) ? decisions : []) {
    if (d.verdict !== "accept") continue;
    const a = await now(d.a);
    const b = await now(d.b);
    if (a === undefined || b === undefined || a === b) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const [low, high] = compareCodePoints(ra, rb) < 0 ? [ra, rb] : [rb, ra];
    parent.set(low, low);
    parent.set(high, low);
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const r = find(id);
    const g = groups.get(r);
    if (g === undefined) groups.set(r, [id]);
    else g.push(id);
  }
  const merges: MergeRecord[] = [];
  const ordered = [...groups.values()]
    .map((g) => g.sort(compareCodePoints))
    .sort((x, y) => compareCodePoints(x[0] as string, y[0] as string));
  for (const g of ordered) {
    if (g.length < 2) continue;
    const m = await mergeDuplicates(store, g, {
      by: options.by,
      at,
      ...(options.rules === undefined ? {} : { rules: options.rules }),
      locale,
    });
    if (!m.ok) return m;
    merges.push(m.value);
  }
  return { ok: true, value: { recorded: recorded.value.count, merges } };
}
