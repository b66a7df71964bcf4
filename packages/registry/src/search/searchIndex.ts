import {
  FieldOfAction,
  guardInput,
  IsoDateSchema,
  type Issue,
  LegalForm,
  LegalStatus,
  type LegalStatusValue,
  type Locale,
  legalStatusOn,
  makeIssue,
  type Organization,
  type Result,
} from "@madani/model";
import * as z from "zod";
import { matchKey } from "../normalize/matchKey.js";
import { type SearchIssueCode, searchMessages } from "./messages.js";

/** One value, or a list of values of which any matches. */
export type SearchFilterValue = string | readonly string[];

/**
 * Options of {@link createSearchIndex}.
 *
 * @example
 * ```ts
 * const options: SearchIndexOptions = { asOf: "2025-06-30", locale: "fr" };
 * ```
 */
export interface SearchIndexOptions {
  /** The date legal statuses are read on (`YYYY-MM-DD`); required to filter by `status`. Default: none. */
  readonly asOf?: string | undefined;
  /** Language of issue messages; default `"en"`. */
  readonly locale?: Locale | undefined;
}

/**
 * A search: words to find in organization names, filters, and the page to return.
 *
 * @example
 * ```ts
 * const query: SearchQuery = { text: "النور", regionCode: "01", legalForm: ["association", "network"], page: 1, pageSize: 20 };
 * ```
 */
export interface SearchQuery {
  /** Words of the name, in Arabic or Latin script; empty or absent lists every organization that passes the filters. */
  readonly text?: string | undefined;
  /** Région code of the seat, e.g. `"01"`. */
  readonly regionCode?: SearchFilterValue | undefined;
  /** Province or prefecture code of the seat, e.g. `"01.511"`. */
  readonly provinceCode?: SearchFilterValue | undefined;
  /** Commune code of the seat, e.g. `"01.511.01.01"`. */
  readonly communeCode?: SearchFilterValue | undefined;
  /** Legal form (`LegalForm`). */
  readonly legalForm?: SearchFilterValue | undefined;
  /** Field of action (`FieldOfAction`); matches an organization that lists any of them. */
  readonly fieldOfAction?: SearchFilterValue | undefined;
  /** Legal status on the index's `asOf` date (`LegalStatus`). */
  readonly status?: SearchFilterValue | undefined;
  /** Page number, from 1; default 1. A page past the last one is empty. */
  readonly page?: number | undefined;
  /** Hits per page, 1 to 100; default 20. */
  readonly pageSize?: number | undefined;
}

/** One organization found, with its relevance score (0 when the query has no text). */
export interface SearchHit {
  /** The organization id. */
  readonly id: string;
  /** Relevance: higher is better; see {@link createSearchIndex} for the scale. */
  readonly score: number;
  /** The organization, as indexed. */
  readonly organization: Organization;
}

/** A page of search results. */
export interface SearchPage {
  /** Organizations that match, over all pages. */
  readonly total: number;
  /** This page's number, from 1. */
  readonly page: number;
  /** Hits per page. */
  readonly pageSize: number;
  /** Number of pages (0 when nothing matches). */
  readonly pageCount: number;
  /** The hits of this page, best first; ties in id order. */
  readonly hits: readonly SearchHit[];
}

/** An in-memory full-text index of organization names with filters; see {@link createSearchIndex}. */
export interface SearchIndex {
  /** Organizations in the index. */
  readonly size: number;
  /** The date statuses are read on, when given. */
  readonly asOf: string | undefined;
  /** Run a search; a bad query gives issues, never an exception. */
  search(query?: SearchQuery): Result<SearchPage, SearchIssueCode>;
}

const Value = z.union([z.string().max(200), z.array(z.string().max(200)).max(2_000)]);

/** Schema of {@link SearchQuery}. */
export const SearchQuerySchema = z.strictObject({
  text: z.string().max(1_000).optional(),
  regionCode: Value.optional(),
  provinceCode: Value.optional(),
  communeCode: Value.optional(),
  legalForm: z.union([LegalForm.schema, z.array(LegalForm.schema).max(100)]).optional(),
  fieldOfAction: z.union([FieldOfAction.schema, z.array(FieldOfAction.schema).max(100)]).optional(),
  status: z.union([LegalStatus.schema, z.array(LegalStatus.schema).max(100)]).optional(),
  page: z.int().min(1).max(1_000_000).optional(),
  pageSize: z.int().min(1).max(100).optional(),
});

const OptionsSchema = z.strictObject({
  asOf: IsoDateSchema.optional(),
  locale: z.enum(["ar", "fr", "en"]).optional(),
});

/** Scores of a query word against a name word: exact, prefix, same consonant skeleton (other script or spelling). */
const EXACT = 4;
const PREFIX = 2;
const SKELETON = 1;
/** Bonus when the distinctive words of a name equal those of the query. */
const WHOLE_NAME = 3;
/** Prefix matches look at most this many distinct words, so that a two-letter query stays fast. */
const MAX_PREFIX_WORDS = 2_000;

function namesOf(org: Organization): string[] {
  const texts: Organization["name"][] = [org.name];
  if (org.acronym !== undefined) texts.push(org.acronym);
  for (const f of org.formerNames ?? []) texts.push(f.name);
  const out: string[] = [];
  for (const t of texts) for (const v of [t.ar, t.fr, t.en, t.zgh]) if (typeof v === "string" && v !== "") out.push(v);
  return out;
}

function push(map: Map<string, number[]>, key: string, doc: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [doc]);
  else if (list[list.length - 1] !== doc) list.push(doc);
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? "") < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const asList = (v: SearchFilterValue | undefined): ReadonlySet<string> | undefined =>
  v === undefined ? undefined : new Set(typeof v === "string" ? [v] : v);

function compareIds(a: string, b: string): number {
  // Code point order (the order of the storage adapters).
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * Build a full-text index over organization names (every language, acronyms,
 * former names) with filters by place, legal form, field of action and legal status.
 *
 * @param organizations - the organizations to index (validated ones, e.g. the output of `ingest`).
 * @param options - {@link SearchIndexOptions}: `asOf` to filter by legal status.
 * @returns the index, or issues when the input is not a list of organizations
 * (each needs an id, a legal form and a name) or an id repeats.
 * @remarks Names and queries are normalized the same way, by `matchKey`
 * (`normalizeArabic`: hamza and alef forms, ta marbuta, tashkeel, accents, case,
 * Arabic-Indic digits; generic words such as جمعية, association, للتنمية dropped;
 * the article ال / El / Al stripped). Every distinctive word of the query must
 * match a word of one of the names. A word scores 4 when equal, 2 when it begins
 * a name word (at least two letters, for search as you type), 1 when only their
 * consonant skeletons agree (an Arabic word and its French rendering, "النور" and
 * "Ennour"); a name whose distinctive words are exactly the query's adds 3. Hits
 * are ordered by score, then by id (Unicode code points), so results are the
 * same on every run. The index is immutable: build a new one after changes.
 * Never throws: input that throws when read gives `input.unreadable`.
 * @example
 * ```ts
 * const built = createSearchIndex(organizations, { asOf: "2025-06-30" });
 * if (built.ok) {
 *   const page = built.value.search({ text: "Ennour", regionCode: "01", status: "final-receipt" });
 *   if (page.ok) page.value.hits.map((h) => h.organization.name.ar); // ["جمعية النور للتنمية", …]
 * }
 * ```
 */
export function createSearchIndex(
  organizations: Iterable<Organization>,
  options: SearchIndexOptions = {},
): Result<SearchIndex, SearchIssueCode | "input.unreadable"> {
  return guardInput(() => {
    const parsedOptions = OptionsSchema.safeParse(options ?? {});
    const locale: Locale = parsedOptions.success ? (parsedOptions.data.locale ?? "en") : "en";
    const issue = (code: SearchIssueCode, path: (string | number)[], params?: Record<string, string | number>) =>
      makeIssue(searchMessages, code, locale, path, params === undefined ? {} : { params });
    if (!parsedOptions.success) {
      return {
        ok: false,
        issues: parsedOptions.error.issues.map((i) => issue("search.invalid_options", i.path.map(String))),
      };
    }
    const asOf = parsedOptions.data.asOf;
    if (
      organizations === null ||
      typeof organizations !== "object" ||
      typeof (organizations as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function"
    ) {
      return { ok: false, issues: [issue("search.invalid_input", [])] };
    }

    const docs: Organization[] = [];
    const issues: Issue<SearchIssueCode>[] = [];
    const seen = new Set<string>();
    let index = 0;
    for (const org of organizations as Iterable<unknown>) {
      const o = org as Partial<Organization> | null;
      if (
        o === null ||
        typeof o !== "object" ||
        typeof o.id !== "string" ||
        typeof o.legalForm !== "string" ||
        typeof o.name !== "object" ||
        o.name === null
      ) {
        if (issues.length < 100) issues.push(issue("search.invalid_organization", [index], { index }));
      } else if (seen.has(o.id)) {
        if (issues.length < 100) issues.push(issue("search.duplicate_id", [index, "id"], { id: o.id }));
      } else {
        seen.add(o.id);
        docs.push(o as Organization);
      }
      index++;
    }
    if (issues.length > 0) return { ok: false, issues };

    // Postings: word → documents, consonant skeleton → documents, whole distinctive key → documents.
    const words = new Map<string, number[]>();
    const skeletons = new Map<string, number[]>();
    const keys = new Map<string, number[]>();
    const region: (string | undefined)[] = [];
    const province: (string | undefined)[] = [];
    const commune: (string | undefined)[] = [];
    const status: (LegalStatusValue | undefined)[] = [];
    docs.forEach((org, d) => {
      for (const name of namesOf(org)) {
        const mk = matchKey(name);
        if (mk.normalized !== "") for (const w of mk.normalized.split(" ")) push(words, w, d);
        for (const t of mk.tokens) push(words, t, d);
        for (const s of mk.skeletons) push(skeletons, s, d);
        if (mk.key !== "") push(keys, mk.key, d);
      }
      const seat = typeof org.seat === "object" && org.seat !== null ? org.seat : undefined;
      const c = typeof seat?.communeCode === "string" ? seat.communeCode : undefined;
      const p = typeof seat?.provinceCode === "string" ? seat.provinceCode : c?.slice(0, 6);
      commune.push(c);
      province.push(p);
      region.push(typeof seat?.regionCode === "string" ? seat.regionCode : p?.slice(0, 2));
      status.push(asOf === undefined ? undefined : safeStatus(org, asOf));
    });
    const sortedWords = [...words.keys()].sort();

    /** Best score of each document for one query word. */
    const termScores = (term: string): Map<number, number> => {
      const scores = new Map<number, number>();
      const give = (list: readonly number[] | undefined, score: number) => {
        if (list === undefined) return;
        for (const d of list) if ((scores.get(d) ?? 0) < score) scores.set(d, score);
      };
      const skeleton = matchKey(term).skeletons;
      for (const s of skeleton) give(skeletons.get(s), SKELETON);
      if ([...term].length >= 2) {
        let seenWords = 0;
        for (let i = lowerBound(sortedWords, term); i < sortedWords.length && seenWords < MAX_PREFIX_WORDS; i++) {
          const w = sortedWords[i] ?? "";
          if (!w.startsWith(term)) break;
          if (w !== term) give(words.get(w), PREFIX);
          seenWords++;
        }
      }
      give(words.get(term), EXACT);
      return scores;
    };

    const searchIndex: SearchIndex = {
      size: docs.length,
      asOf,
      search(query = {}) {
        const parsed = SearchQuerySchema.safeParse(query ?? {});
        if (!parsed.success) {
          return {
            ok: false,
            issues: parsed.error.issues.slice(0, 20).map((i) =>
              issue(
                "search.invalid_query",
                i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
              ),
            ),
          };
        }
        const q = parsed.data;
        if (q.status !== undefined && asOf === undefined) {
          return { ok: false, issues: [issue("search.status_without_as_of", ["status"])] };
        }
        const filters = {
          region: asList(q.regionCode),
          province: asList(q.provinceCode),
          commune: asList(q.communeCode),
          legalForm: asList(q.legalForm),
          field: asList(q.fieldOfAction),
          status: asList(q.status),
        };
        const passes = (d: number): boolean => {
          const org = docs[d] as Organization;
          const has = (set: ReadonlySet<string> | undefined, v: string | undefined) =>
            set === undefined || (v !== undefined && set.has(v));
          return (
            has(filters.region, region[d]) &&
            has(filters.province, province[d]) &&
            has(filters.commune, commune[d]) &&
            has(filters.legalForm, org.legalForm) &&
            has(filters.status, status[d]) &&
            (filters.field === undefined ||
              (Array.isArray(org.fieldsOfAction) && org.fieldsOfAction.some((f) => filters.field?.has(f) === true)))
          );
        };

        const mk = matchKey(q.text ?? "");
        let scored: [number, number][];
        if (mk.tokens.length === 0) {
          scored = [];
          for (let d = 0; d < docs.length; d++) if (passes(d)) scored.push([d, 0]);
        } else {
          const perTerm = [...new Set(mk.tokens)].map(termScores).sort((a, b) => a.size - b.size);
          const [first, ...rest] = perTerm;
          const bonus = new Set(keys.get(mk.key) ?? []);
          scored = [];
          for (const [d, s] of first ?? new Map<number, number>()) {
            let total = s;
            let all = true;
            for (const other of rest) {
              const t = other.get(d);
              if (t === undefined) {
                all = false;
                break;
              }
              total += t;
            }
            if (all && passes(d)) scored.push([d, total + (bonus.has(d) ? WHOLE_NAME : 0)]);
          }
        }
        scored.sort(
          (a, b) => b[1] - a[1] || compareIds((docs[a[0]] as Organization).id, (docs[b[0]] as Organization).id),
        );
        const pageSize = q.pageSize ?? 20;
        const page = q.page ?? 1;
        const hits = scored.slice((page - 1) * pageSize, page * pageSize).map(([d, score]) => {
          const organization = docs[d] as Organization;
          return { id: organization.id, score, organization };
        });
        return {
          ok: true,
          value: { total: scored.length, page, pageSize, pageCount: Math.ceil(scored.length / pageSize), hits },
        };
      },
    };
    return { ok: true, value: searchIndex };
  });
}

function safeStatus(org: Organization, asOf: string): LegalStatusValue | undefined {
  try {
    return legalStatusOn(org, asOf);
  } catch {
    return undefined;
  }
}
