import type { Organization, Result } from "@madani/model";
import type { StoreIssueCode } from "./messages.js";

/** A verdict: `accept` (the same organization) or `reject` (two different ones). */
export type ReviewVerdictValue = "accept" | "reject";

/**
 * A reviewer's decision on a pair of organizations proposed as duplicates.
 *
 * @example
 * ```ts
 * const d: ReviewDecision = { a: "org-1", b: "org-7", verdict: "reject", by: "clerk-safi", at: "2025-01-15T09:00:00Z", note: "two schools" };
 * ```
 */
export interface ReviewDecision {
  /** The smaller id of the pair (code-point order). */
  readonly a: string;
  /** The larger id of the pair. */
  readonly b: string;
  /** `accept`: the same organization; `reject`: two different ones. */
  readonly verdict: ReviewVerdictValue;
  /** Who decided (a name or an account). */
  readonly by: string;
  /** When (ISO 8601 with an offset). */
  readonly at: string;
  /** Why, in the reviewer's words. */
  readonly note?: string | undefined;
}

/**
 * Which decisions {@link RegistryReviewStore.decisions} returns.
 *
 * @example
 * ```ts
 * const filter: DecisionFilter = { ids: ["org-1"], verdict: "accept" };
 * ```
 */
export interface DecisionFilter {
  /** Only the decisions on pairs with one of these ids. */
  readonly ids?: string | readonly string[] | undefined;
  /** Only the decisions with this verdict. */
  readonly verdict?: ReviewVerdictValue | undefined;
}

/** Why a field of a merged organization holds its value: the rule and the record(s) it came from. */
export interface FieldChoice {
  /** The field, e.g. `"foundedOn"`, or a language of a text field, e.g. `"name.fr"`. */
  readonly field: string;
  /** The rule that chose the value, e.g. `"earliest"`. */
  readonly rule: string;
  /** The id of the record whose value was chosen (for a union, the first that contributed). */
  readonly source: string;
  /** Every record that contributed to the value (one, except for a union). */
  readonly sources: readonly string[];
}

/**
 * What to record for a merge: the merged organization (under the surviving id) and the ids merged into it.
 *
 * @example
 * ```ts
 * const input: MergeInput = { organization: merged, mergedIds: ["org-7"], by: "clerk-safi", at: "2025-01-15T09:00:00Z" };
 * ```
 */
export interface MergeInput {
  /** The merged organization; its id is the surviving id, which must be in the store. */
  readonly organization: Organization;
  /** The ids merged away (each in the store, none the surviving id). They become aliases of the surviving id. */
  readonly mergedIds: readonly string[];
  /** Who merged. */
  readonly by: string;
  /** When (ISO 8601 with an offset). */
  readonly at: string;
  /** Why, in the reviewer's words. */
  readonly note?: string | undefined;
  /** How each field was chosen (see `mergeOrganizations` of `@madani/registry`). */
  readonly explanation?: readonly FieldChoice[] | undefined;
}

/** Who undid a merge, and when. */
export interface UndoInput {
  /** Who undid it. */
  readonly by: string;
  /** When (ISO 8601 with an offset). */
  readonly at: string;
  /** Why. */
  readonly note?: string | undefined;
}

/** A merge as the store keeps it: enough to explain it and to undo it. */
export interface MergeRecord {
  /** The merge's number in the store, increasing with every merge. */
  readonly seq: number;
  /** The id that survives. */
  readonly survivorId: string;
  /** The ids merged away, now aliases of the surviving id. */
  readonly mergedIds: readonly string[];
  /** Who merged. */
  readonly by: string;
  /** When. */
  readonly at: string;
  /** Why, in the reviewer's words. */
  readonly note?: string;
  /** How each field was chosen. */
  readonly explanation: readonly FieldChoice[];
  /** The merged organization as written. */
  readonly merged: Organization;
  /** The records as they were before the merge: the survivor's first, then the others in the order of `mergedIds`. */
  readonly before: readonly Organization[];
  /** Present once the merge was undone: who undid it and when. */
  readonly undone?: UndoInput;
}

/**
 * The review operations of a store: decisions on proposed duplicates, merges with their
 * history and undo, and ids that resolve after a merge. Part of every `RegistryStore`.
 */
export interface RegistryReviewStore {
  /**
   * Record decisions; a decision on a pair already decided replaces the earlier one, and
   * the last decision of a pair in a batch wins. A batch with an invalid decision is refused
   * whole (`store.invalid_decision`, the path starting with its index), before anything is written.
   */
  putDecisions(
    decisions: ReviewDecision | readonly ReviewDecision[],
  ): Promise<Result<{ readonly count: number }, StoreIssueCode>>;
  /** The recorded decisions that match the filter, in pair order (`a`, then `b`, code points). */
  decisions(filter?: DecisionFilter): Promise<Result<readonly ReviewDecision[], StoreIssueCode>>;
  /**
   * Merge organizations, in one transaction: write the merged organization under the surviving
   * id, delete the ids merged away (they appear as deletions in the changes feed), make them
   * aliases of the surviving id, and record the merge with the records as they were.
   *
   * @returns the merge record; or `store.invalid_merge` (input that is not a merge) or
   * `store.unknown_id` (an id that is not a stored organization), and nothing is written.
   */
  merge(input: MergeInput): Promise<Result<MergeRecord, StoreIssueCode>>;
  /**
   * Undo a merge: put back every record as it was before it, remove its aliases and mark it undone.
   *
   * @returns the merge record, now with `undone`; or `store.unknown_merge`, `store.merge_undone`
   * (undone already), or `store.merge_changed` (the merged organization was changed, merged again
   * or deleted since, or an id merged away was written again: undoing would lose that change).
   */
  undoMerge(seq: number, input: UndoInput): Promise<Result<MergeRecord, StoreIssueCode>>;
  /** The merges, in `seq` order; with `ids`, only those whose survivor or merged ids include one of them. */
  merges(filter?: {
    readonly ids?: string | readonly string[] | undefined;
  }): Promise<Result<readonly MergeRecord[], StoreIssueCode>>;
  /**
   * The organization an id stands for now: the stored organization with this id, or, for an id
   * merged away, the organization it was merged into (following merges of merges); `undefined`
   * when there is none.
   */
  resolve(id: string): Promise<Organization | undefined>;
}
