import {
  compareCodePoints,
  IdSchema,
  type Issue,
  isStorableText,
  type Organization,
  OrganizationSchema,
  type Result,
  storableText,
} from "@madani/model";
import * as z from "zod";
import type { StoreIssueCode } from "./messages.js";
import type { FieldChoice, MergeInput, MergeRecord, ReviewDecision, UndoInput } from "./reviewStore.js";
import { findUnstorable, storeIssue } from "./store.js";

export type {
  DecisionFilter,
  FieldChoice,
  MergeInput,
  MergeRecord,
  RegistryReviewStore,
  ReviewDecision,
  ReviewVerdictValue,
  UndoInput,
} from "./reviewStore.js";

/** What a reviewer said about a pair: the same organization (`accept`) or two different ones (`reject`). */
export const ReviewVerdict = z.enum(["accept", "reject"]);

/** Schema of an ISO 8601 timestamp with an offset, e.g. `2025-01-15T09:00:00Z`. */
export const ReviewTimestampSchema = z.iso.datetime({ offset: true });

const Who = storableText(z.string().trim().min(1).max(200));
const Note = storableText(z.string().trim().max(2000));

/**
 * Schema of a {@link ReviewDecision}: `a` comes before `b` in code-point order
 * (`review.pair_order` otherwise) and they differ.
 */
export const ReviewDecisionSchema = z
  .strictObject({
    a: IdSchema,
    b: IdSchema,
    verdict: ReviewVerdict,
    by: Who,
    at: ReviewTimestampSchema,
    note: Note.optional(),
  })
  .refine((d) => compareCodePoints(d.a, d.b) < 0, { path: ["b"], message: "a must come before b" });

/** Schema of {@link DecisionFilter}. */
export const DecisionFilterSchema = z.strictObject({
  ids: z.union([z.string().max(200), z.array(z.string().max(200)).max(100_000)]).optional(),
  verdict: ReviewVerdict.optional(),
});

/** Schema of {@link FieldChoice}. */
export const FieldChoiceSchema = z.strictObject({
  field: z.string().min(1).max(200),
  rule: z.string().min(1).max(100),
  source: IdSchema,
  sources: z.array(IdSchema).min(1).max(10_000),
});

/** Schema of {@link MergeInput} (the organization is checked against `OrganizationSchema` too). */
export const MergeInputSchema = z.strictObject({
  organization: z.custom<Organization>((v) => OrganizationSchema.safeParse(v).success),
  mergedIds: z.array(IdSchema).min(1).max(10_000),
  by: Who,
  at: ReviewTimestampSchema,
  note: Note.optional(),
  explanation: z.array(FieldChoiceSchema).max(100_000).optional(),
});

/** Schema of {@link UndoInput}. */
export const UndoInputSchema = z.strictObject({ by: Who, at: ReviewTimestampSchema, note: Note.optional() });

/** Longest chain of aliases {@link RegistryReviewStore.resolve} follows. */
export const MAX_ALIAS_HOPS = 64;

const zodPath = (i: z.core.$ZodIssue): (string | number)[] =>
  i.path.map((p) => (typeof p === "symbol" ? String(p) : p));

/** Internal: check decisions for `putDecisions`, keeping the last one of each pair, in first-seen order. */
export function prepareDecisions(decisions: unknown): Result<readonly ReviewDecision[], StoreIssueCode> {
  const batch: readonly unknown[] = Array.isArray(decisions) ? decisions : [decisions];
  const issues: Issue<StoreIssueCode>[] = [];
  const out = new Map<string, ReviewDecision>();
  for (let i = 0; i < batch.length && issues.length < 100; i++) {
    const parsed = ReviewDecisionSchema.safeParse(batch[i]);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      issues.push(
        storeIssue("store.invalid_decision", [i, ...(first === undefined ? [] : zodPath(first))], { index: i }),
      );
      continue;
    }
    const d = parsed.data;
    const key = `${d.a}\u0000${d.b}`;
    out.delete(key);
    out.set(key, d.note === undefined ? { a: d.a, b: d.b, verdict: d.verdict, by: d.by, at: d.at } : d);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: [...out.values()] };
}

/** Internal: check a merge input; the ids to read are the survivor's, then the merged ones. */
export function prepareMerge(input: unknown): Result<MergeInput, StoreIssueCode> {
  const parsed = MergeInputSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, issues: [storeIssue("store.invalid_merge", first === undefined ? [] : zodPath(first))] };
  }
  const m = parsed.data as MergeInput;
  const survivorId = m.organization.id;
  const seen = new Set<string>([survivorId]);
  for (let i = 0; i < m.mergedIds.length; i++) {
    const id = m.mergedIds[i] as string;
    if (seen.has(id)) return { ok: false, issues: [storeIssue("store.invalid_merge", ["mergedIds", i])] };
    seen.add(id);
  }
  const unstorable = findUnstorable(m.organization);
  if (unstorable !== undefined) {
    return { ok: false, issues: [storeIssue("store.invalid_merge", ["organization", ...unstorable.path])] };
  }
  return { ok: true, value: m };
}

/** Internal: check the number of a merge and the undo input. */
export function prepareUndo(seq: unknown, input: unknown): Result<UndoInput, StoreIssueCode> {
  if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq < 1) {
    return { ok: false, issues: [storeIssue("store.unknown_merge", ["seq"], { seq: String(seq).slice(0, 40) })] };
  }
  const parsed = UndoInputSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, issues: [storeIssue("store.invalid_merge", first === undefined ? [] : zodPath(first))] };
  }
  return { ok: true, value: parsed.data };
}

/** Internal: the merge record to keep for a checked input and the records read before it. */
export function mergeRecordOf(seq: number, m: MergeInput, before: readonly Organization[]): MergeRecord {
  return {
    seq,
    survivorId: m.organization.id,
    mergedIds: [...m.mergedIds],
    by: m.by,
    at: m.at,
    ...(m.note === undefined ? {} : { note: m.note }),
    explanation: m.explanation ?? [],
    merged: m.organization,
    before,
  };
}

/** Internal: a list of ids from a filter value, checked (`undefined` for none). */
export function parseIdList(ids: unknown): Result<readonly string[] | undefined, StoreIssueCode> {
  if (ids === undefined) return { ok: true, value: undefined };
  if (typeof ids === "string") return { ok: true, value: [ids] };
  if (Array.isArray(ids) && ids.length <= 100_000 && ids.every((i) => typeof i === "string" && isStorableText(i))) {
    return { ok: true, value: ids };
  }
  return { ok: false, issues: [storeIssue("store.invalid_query", ["ids"])] };
}

const MergeFilterSchema = z.strictObject({
  ids: z.union([z.string().max(200), z.array(z.string().max(200)).max(100_000)]).optional(),
});

/** Internal: check the filter of `merges`; the ids asked for, or `undefined` for every merge. */
export function parseMergeFilter(filter: unknown): Result<readonly string[] | undefined, StoreIssueCode> {
  const parsed = MergeFilterSchema.safeParse(filter ?? {});
  if (!parsed.success) return { ok: false, issues: [storeIssue("store.invalid_query", [])] };
  return parseIdList(parsed.data.ids);
}

/** Internal: JSON text with object keys sorted, to compare records whatever the order of their keys. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => compareCodePoints(x, y));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
