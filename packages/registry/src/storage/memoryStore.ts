import { compareCodePoints, type Locale, type Organization, type Result } from "@madani/model";
import * as z from "zod";
import { Aggregator } from "../stats/aggregates.js";
import { statisticsFromAggregates } from "../stats/statistics.js";
import type { StoreIssueCode } from "./messages.js";
import {
  canonicalJson,
  DecisionFilterSchema,
  MAX_ALIAS_HOPS,
  type MergeRecord,
  mergeRecordOf,
  parseIdList,
  parseMergeFilter,
  prepareDecisions,
  prepareMerge,
  prepareUndo,
  type RegistryReviewStore,
  type ReviewDecision,
} from "./review.js";
import { parseStatisticsOptions } from "./statistics.js";
import {
  type ChangesPage,
  matchesFilter,
  type PutReport,
  parseChangesLimit,
  parseFilter,
  parseIds,
  parseQueryOptions,
  parseStoreOptions,
  prepareBatch,
  type RegistryStore,
  type RegistryWriter,
  type StoreChange,
  StoreLocaleSchema,
  type StorePage,
  storeIssue,
  type WriteReport,
} from "./store.js";

/**
 * Options of {@link memoryStore}.
 *
 * @example
 * ```ts
 * const options: MemoryStoreOptions = { now: () => "2025-01-01T00:00:00Z" };
 * ```
 */
export interface MemoryStoreOptions {
  /** The clock that stamps changes (ISO 8601 with offset); default the system clock. */
  readonly now?: (() => string) | undefined;
  /** Language of the issue that refuses these options; default `"en"`. */
  readonly locale?: Locale | undefined;
}

const MemoryStoreOptionsSchema = z.strictObject({
  now: z.custom<() => string>((v) => typeof v === "function").optional(),
  locale: StoreLocaleSchema.optional(),
});

interface Entry {
  readonly seq: number;
  readonly at: string;
  readonly organization: Organization | undefined;
}

/**
 * A store held in memory: for tests, browsers and small registries.
 *
 * @param options - {@link MemoryStoreOptions}.
 * @returns a {@link RegistryStore} whose data lives as long as the process, or
 * `{ ok: false }` with `store.invalid_option` for options it does not know. Never throws.
 * @remarks Records are kept as given (structured-cloned on write and read, so
 * callers cannot change the stored copy). It refuses the records the SQL adapters
 * cannot store (U+0000, unpaired surrogates, values that are not JSON data) in
 * the same way, so that code tested on it behaves the same on PostgreSQL.
 * Writes are serialized; a transaction stages its writes and applies them when
 * `work` returns.
 * @example
 * ```ts
 * const opened = memoryStore();
 * if (!opened.ok) throw new Error(opened.issues[0]?.message);
 * const store = opened.value;
 * await store.put({ id: "org-1", legalForm: "association", name: { ar: "جمعية الأمل" } });
 * (await store.get("org-1"))?.name.ar; // "جمعية الأمل"
 * ```
 */
export function memoryStore(options: MemoryStoreOptions = {}): Result<RegistryStore, StoreIssueCode> {
  const read = parseStoreOptions(MemoryStoreOptionsSchema, options);
  if (!read.ok) return read;
  return { ok: true, value: openMemoryStore(read.value.now ?? (() => new Date().toISOString())) };
}

function openMemoryStore(now: () => string): RegistryStore {
  const rows = new Map<string, Entry>();
  let seq = 0;
  let lock: Promise<unknown> = Promise.resolve();

  /** Run `fn` after every write before it (writes and transactions are serialized). */
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = lock.then(fn, fn);
    lock = run.catch(() => undefined);
    return run;
  };

  const writer = (view: Map<string, Entry>, staged: Map<string, Entry> | undefined): RegistryWriter => {
    const read = (id: string): Entry | undefined => (staged?.has(id) === true ? staged.get(id) : view.get(id));
    const target = staged ?? view;
    const all = (): Entry[] => {
      if (staged === undefined) return [...view.values()];
      const merged = new Map(view);
      for (const [k, v] of staged) merged.set(k, v);
      return [...merged.values()];
    };
    const live = (): Organization[] => {
      const out: Organization[] = [];
      for (const e of all()) if (e.organization !== undefined) out.push(e.organization);
      return out;
    };
    return {
      async get(id) {
        if (typeof id !== "string") return undefined;
        const org = read(id)?.organization;
        return org === undefined ? undefined : structuredClone(org);
      },
      async query(filter, queryOptions): Promise<Result<StorePage, StoreIssueCode>> {
        const f = parseFilter(filter);
        if (!f.ok) return f;
        const o = parseQueryOptions(queryOptions);
        if (!o.ok) return o;
        const { limit, after } = o.value;
        const matching = live()
          .filter((org) => (after === undefined || compareCodePoints(org.id, after) > 0) && matchesFilter(org, f.value))
          .sort((a, b) => compareCodePoints(a.id, b.id));
        const items = matching.slice(0, limit).map((org) => structuredClone(org));
        const last = items[items.length - 1];
        return {
          ok: true,
          value: matching.length > limit && last !== undefined ? { items, next: last.id } : { items },
        };
      },
      async count(filter) {
        const f = parseFilter(filter);
        if (!f.ok) return f;
        return { ok: true, value: live().filter((org) => matchesFilter(org, f.value)).length };
      },
      async put(organizations, putOptions): Promise<Result<PutReport, StoreIssueCode>> {
        const batch = prepareBatch(organizations, putOptions);
        if (!batch.ok) return batch;
        const { rows: prepared, quarantined } = batch.value;
        const write = async (): Promise<Result<PutReport, StoreIssueCode>> => {
          const at = now();
          for (const { organization } of prepared) {
            target.set(organization.id, { seq: ++seq, at, organization: structuredClone(organization) });
          }
          return { ok: true, value: { count: prepared.length, quarantined } };
        };
        return staged === undefined ? exclusive(write) : write();
      },
      async delete(ids): Promise<Result<WriteReport, StoreIssueCode>> {
        const parsed = parseIds(ids);
        if (!parsed.ok) return parsed;
        const write = async (): Promise<Result<WriteReport, StoreIssueCode>> => {
          const at = now();
          let count = 0;
          for (const id of new Set(parsed.value)) {
            if (read(id)?.organization === undefined) continue;
            target.set(id, { seq: ++seq, at, organization: undefined });
            count++;
          }
          return { ok: true, value: { count } };
        };
        return staged === undefined ? exclusive(write) : write();
      },
    };
  };

  const base = writer(rows, undefined);
  const review = memoryReview(rows, exclusive, () => ++seq, now);
  return {
    kind: "memory",
    ...base,
    ...review,
    async changesSince(since, changeOptions): Promise<Result<ChangesPage, StoreIssueCode>> {
      const limit = parseChangesLimit(since, changeOptions);
      if (!limit.ok) return limit;
      const changes: StoreChange[] = [...rows.entries()]
        .filter(([, e]) => e.seq > since)
        .sort(([, a], [, b]) => a.seq - b.seq)
        .slice(0, limit.value)
        .map(([id, e]) =>
          e.organization === undefined
            ? { seq: e.seq, id, deleted: true, at: e.at }
            : { seq: e.seq, id, deleted: false, organization: structuredClone(e.organization), at: e.at },
        );
      return { ok: true, value: { changes, last: changes[changes.length - 1]?.seq ?? since } };
    },
    async statistics(statisticsOptions) {
      const asOf = parseStatisticsOptions(statisticsOptions);
      if (!asOf.ok) return asOf;
      const aggregator = new Aggregator(asOf.value);
      for (const e of rows.values()) if (e.organization !== undefined) aggregator.add(e.organization);
      return { ok: true, value: statisticsFromAggregates(aggregator.result()) };
    },
    transaction(work) {
      return exclusive(async () => {
        const staged = new Map<string, Entry>();
        const result = await work(writer(rows, staged));
        for (const [id, e] of staged) rows.set(id, e);
        return result;
      });
    },
    async close() {
      rows.clear();
      review.clear();
    },
  };
}

/** The review operations of the memory store, over its rows; writes go through `exclusive`. */
function memoryReview(
  rows: Map<string, Entry>,
  exclusive: <T>(fn: () => Promise<T>) => Promise<T>,
  nextSeq: () => number,
  now: () => string,
): RegistryReviewStore & { clear(): void } {
  const decided = new Map<string, ReviewDecision>();
  const merges: MergeRecord[] = [];
  const aliases = new Map<string, { readonly target: string; readonly merge: number }>();
  const live = (id: string): Organization | undefined => rows.get(id)?.organization;
  const touches = (m: MergeRecord, ids: ReadonlySet<string>) =>
    ids.has(m.survivorId) || m.mergedIds.some((id) => ids.has(id));

  return {
    clear() {
      decided.clear();
      merges.length = 0;
      aliases.clear();
    },
    async putDecisions(decisions) {
      const prepared = prepareDecisions(decisions);
      if (!prepared.ok) return prepared;
      return exclusive(async () => {
        for (const d of prepared.value) decided.set(`${d.a}\u0000${d.b}`, structuredClone(d));
        return { ok: true, value: { count: prepared.value.length } };
      });
    },
    async decisions(filter) {
      const parsed = DecisionFilterSchema.safeParse(filter ?? {});
      if (!parsed.success) return { ok: false, issues: [storeIssue("store.invalid_query", [])] };
      const ids = parseIdList(parsed.data.ids);
      if (!ids.ok) return ids;
      const wanted = ids.value === undefined ? undefined : new Set(ids.value);
      const verdict = parsed.data.verdict;
      const out = [...decided.values()]
        .filter(
          (d) =>
            (verdict === undefined || d.verdict === verdict) &&
            (wanted === undefined || wanted.has(d.a) || wanted.has(d.b)),
        )
        .sort((x, y) => compareCodePoints(x.a, y.a) || compareCodePoints(x.b, y.b))
        .map((d) => structuredClone(d));
      return { ok: true, value: out };
    },
    async merge(input) {
      const prepared = prepareMerge(input);
      if (!prepared.ok) return prepared;
      const m = prepared.value;
      return exclusive(async (): Promise<Result<MergeRecord, StoreIssueCode>> => {
        const ids = [m.organization.id, ...m.mergedIds];
        const before: Organization[] = [];
        for (const [i, id] of ids.entries()) {
          const org = live(id);
          if (org === undefined) {
            return {
              ok: false,
              issues: [storeIssue("store.unknown_id", i === 0 ? ["organization", "id"] : ["mergedIds", i - 1], { id })],
            };
          }
          before.push(structuredClone(org));
        }
        const record = mergeRecordOf(merges.length + 1, structuredClone(m), before);
        const at = now();
        rows.set(m.organization.id, { seq: nextSeq(), at, organization: structuredClone(m.organization) });
        for (const id of m.mergedIds) {
          rows.set(id, { seq: nextSeq(), at, organization: undefined });
          aliases.set(id, { target: m.organization.id, merge: record.seq });
        }
        merges.push(record);
        return { ok: true, value: structuredClone(record) };
      });
    },
    async undoMerge(seq, input) {
      const prepared = prepareUndo(seq, input);
      if (!prepared.ok) return prepared;
      return exclusive(async (): Promise<Result<MergeRecord, StoreIssueCode>> => {
        const record = merges[seq - 1];
        if (record === undefined) return { ok: false, issues: [storeIssue("store.unknown_merge", ["seq"], { seq })] };
        if (record.undone !== undefined) {
          return { ok: false, issues: [storeIssue("store.merge_undone", ["seq"], { seq })] };
        }
        const current = live(record.survivorId);
        const changed =
          current === undefined || canonicalJson(current) !== canonicalJson(record.merged)
            ? record.survivorId
            : record.mergedIds.find((id) => live(id) !== undefined);
        if (changed !== undefined) {
          return { ok: false, issues: [storeIssue("store.merge_changed", ["seq"], { seq, id: changed })] };
        }
        const at = now();
        for (const org of record.before) rows.set(org.id, { seq: nextSeq(), at, organization: structuredClone(org) });
        for (const id of record.mergedIds) if (aliases.get(id)?.merge === seq) aliases.delete(id);
        const undone: MergeRecord = { ...record, undone: structuredClone(prepared.value) };
        merges[seq - 1] = undone;
        return { ok: true, value: structuredClone(undone) };
      });
    },
    async merges(filter) {
      const ids = parseMergeFilter(filter);
      if (!ids.ok) return ids;
      const wanted = ids.value === undefined ? undefined : new Set(ids.value);
      return {
        ok: true,
        value: merges.filter((m) => wanted === undefined || touches(m, wanted)).map((m) => structuredClone(m)),
      };
    },
    async resolve(id) {
      if (typeof id !== "string") return undefined;
      let current = id;
      for (let hop = 0; hop <= MAX_ALIAS_HOPS; hop++) {
        const org = live(current);
        if (org !== undefined) return structuredClone(org);
        const next = aliases.get(current);
        if (next === undefined) return undefined;
        current = next.target;
      }
      return undefined;
    },
  };
}
