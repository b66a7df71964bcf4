/**
 * Internal: the statistics of a store, computed where its data lives. The SQL adapters run one
 * aggregate query (one scan with `GROUPING SETS` over the generated place and legal-form columns and
 * the JSON paths of the legal-life dates, the fields and the mandates) and read back a few thousand
 * grouped rows instead of every record; the memory store counts its records in one pass. Both give the
 * {@link StatisticsAggregates} of `computeStatistics`, from which the same statistics are built.
 *
 * @module
 */
import { ASSOCIATIVE_FORMS, BOARD_KINDS, IsoDateSchema, type Locale, makeIssue, type Result } from "@madani/model";
import {
  type AggregationDates,
  aggregationDates,
  CENSUS_DATES,
  type CensusYear,
  canonicalAggregates,
  type StatisticsAggregates,
} from "../stats/aggregates.js";
import { type StatisticsIssueCode, statisticsMessages } from "../stats/messages.js";
import { type RegistryStatistics, statisticsFromAggregates } from "../stats/statistics.js";

/**
 * Options of `RegistryStore.statistics`.
 *
 * @example
 * ```ts
 * const options: StoreStatisticsOptions = { asOf: "2025-12-31" };
 * ```
 */
export interface StoreStatisticsOptions {
  /** The date statuses, activity and compliance are read on (`YYYY-MM-DD`). Required: stores never read the clock. */
  readonly asOf: string;
  /** Language of the issue for a bad `asOf`; default `"en"`. */
  readonly locale?: Locale | undefined;
}

/** Internal: the checked `asOf` of statistics options, or the issue. */
export function parseStatisticsOptions(options: unknown): Result<string, StatisticsIssueCode> {
  let locale: Locale = "en";
  let asOf: unknown;
  try {
    if (options !== null && typeof options === "object") {
      const o = options as { locale?: unknown; asOf?: unknown };
      if (o.locale === "ar" || o.locale === "fr") locale = o.locale;
      asOf = o.asOf;
    }
  } catch {
    asOf = undefined;
  }
  const parsed = IsoDateSchema.safeParse(asOf);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: [makeIssue(statisticsMessages, "stats.invalid_as_of", locale, ["asOf"], {})] };
}

/** Internal: run one SQL statement with positional parameters. */
export interface AggregateExecutor {
  query<R>(text: string, params?: readonly unknown[]): Promise<readonly R[]>;
}

/** Internal: run work in a transaction (the aggregates' memory setting lasts as long as it). */
export interface AggregateDriver {
  transaction<T>(work: (exec: AggregateExecutor) => Promise<T>): Promise<T>;
}

/**
 * Memory of the aggregation's sorts and hash tables, for its transaction only: 300,000 narrow rows then
 * group in memory instead of spilling to temporary files (PostgreSQL's default is 4 MB).
 */
const WORK_MEM = "64MB";

const quoted = (values: readonly string[]) => values.map((v) => `'${v.replaceAll("'", "''")}'`).join(", ");

/** The grouping columns of the aggregate query, in the order GROUPING() reads them. */
const GROUPED = ["region", "province", "commune", "form", "status", "year", "dyear", "fields"] as const;

/** The GROUPING() mask of a grouping set: one bit per column left out of it, the first column the highest. */
function mask(set: readonly (typeof GROUPED)[number][]): number {
  return GROUPED.reduce((m, column, i) => (set.includes(column) ? m : m | (1 << (GROUPED.length - 1 - i))), 0);
}

const SETS = {
  places: mask(["region", "province", "commune"]),
  forms: mask(["region", "form"]),
  statuses: mask(["status"]),
  founded: mask(["region", "year"]),
  dissolved: mask(["dyear"]),
  fields: mask(["fields"]),
  total: mask([]),
};

/** The legal status on `$d` (text date) and 60 days before it `$due`, as `legalStatusOn` reads it. */
function statusOn(d: string, due: string): string {
  return `CASE
      WHEN di <= ${d} THEN 'dissolved'
      WHEN su <= ${d} AND NOT coalesce(re <= ${d} AND re >= su, false) THEN 'suspended'
      WHEN pu <= ${d} THEN 'public-utility'
      WHEN fr <= ${d} THEN 'final-receipt'
      WHEN pr <= ${d} THEN CASE WHEN assoc AND pr < ${due} THEN 'may-operate' ELSE 'provisional-receipt' END
      WHEN de <= ${d} THEN 'declared'
      WHEN f <= ${d} THEN 'founded'
      ELSE 'unknown' END`;
}

/** In existence on the census date `$d`: founded or declared by then, neither dissolved nor suspended then. */
function existsOn(d: string): string {
  return `coalesce(f <= ${d} OR de <= ${d}, false)
      AND NOT coalesce(di <= ${d}, false)
      AND NOT coalesce(su <= ${d} AND NOT coalesce(re <= ${d} AND re >= su, false), false)`;
}

const BOARD = `$.governingBodies[*] ? (@.kind == ${BOARD_KINDS.map((k) => `"${k}"`).join(" || @.kind == ")}).mandates[*] ? (!exists(@.startOn) || @.startOn <= $d)`;

/**
 * The aggregate query. Parameters: $1 asOf, $2 60 days before, $3 and $4 the census dates (NULL when
 * after asOf), $5 the jsonpath variables `{ d: asOf, due: a month before }`.
 */
const AGGREGATES = `
WITH o AS (
  -- The fields a statistic reads, by JSON path (cheaper than jsonb_to_record, and copying no sub-document but
  -- the fields of action); whether a board mandate has started by asOf, and whether one started is still running
  -- then; whether a declaration is late. OFFSET 0 keeps each level from being inlined into the next, so that
  -- every value is computed once.
  SELECT t.region_code AS region, t.province_code AS province, t.commune_code AS commune, t.legal_form AS form,
    t.legal_form IN (${quoted(ASSOCIATIVE_FORMS)}) AS assoc,
    t.data ->> 'foundedOn' COLLATE "C" AS f,
    t.data #>> '{lifecycle,declaredOn}' COLLATE "C" AS de,
    t.data #>> '{lifecycle,provisionalReceiptOn}' COLLATE "C" AS pr,
    t.data #>> '{lifecycle,finalReceiptOn}' COLLATE "C" AS fr,
    t.data #>> '{lifecycle,publicUtilityOn}' COLLATE "C" AS pu,
    t.data #>> '{lifecycle,suspendedOn}' COLLATE "C" AS su,
    t.data #>> '{lifecycle,resumedOn}' COLLATE "C" AS re,
    t.data #>> '{lifecycle,dissolvedOn}' COLLATE "C" AS di,
    t.data -> 'fieldsOfAction' AS fields,
    coalesce(jsonb_path_exists(t.data, '${BOARD}', $5), false) AS started,
    coalesce(jsonb_path_exists(t.data, '${BOARD} ? (!exists(@.endOn) || @.endOn >= $d)', $5), false) AS running,
    CASE WHEN t.data ? 'declarations' AND jsonb_typeof(t.data -> 'declarations') = 'array'
      AND jsonb_array_length(t.data -> 'declarations') > 0
      THEN jsonb_path_exists(t.data,
        '$.declarations[*] ? (@.changedOn < $due && !(exists(@.declaredOn) && @.declaredOn <= $d))', $5) END AS late
  FROM registry_organizations t
  WHERE NOT t.deleted
  OFFSET 0
), s AS (
  SELECT o.*, ${statusOn("$1", "$2")} AS status FROM o OFFSET 0
), x AS (
  -- One narrow row per organization: the flags the aggregation counts.
  SELECT region, province, commune, form, status,
    CASE WHEN f <= $1 THEN left(f, 4)::int WHEN de <= $1 THEN left(de, 4)::int END AS year,
    CASE WHEN di <= $1 THEN left(di, 4)::int END AS dyear,
    active,
    ${existsOn("$3")} AS e2014,
    ${existsOn("$4")} AS e2024,
    f IS NULL AND de IS NULL AS undated,
    CASE WHEN jsonb_typeof(fields) = 'array' THEN jsonb_array_length(fields) = 0 ELSE true END AS nofield,
    CASE WHEN jsonb_typeof(fields) = 'array' AND jsonb_array_length(fields) > 0 THEN fields END AS fields,
    fr_of,
    fr_of AND coalesce(fr <= $1, false) AS fr_count,
    fr_of AND NOT coalesce(fr <= $1, false) AND status = 'may-operate' AS fr_overdue,
    active AND started AS board_of,
    active AND started AND NOT running AS board_count,
    active AND assoc AND late IS NOT NULL AS decl_of,
    active AND assoc AND coalesce(late, false) AS decl_count
  FROM (
    SELECT s.*, status NOT IN ('dissolved', 'suspended') AS active,
      assoc AND status <> 'dissolved' AND coalesce(de <= $1 OR pr <= $1, false) AS fr_of
    FROM s
  ) AS a
  OFFSET 0
)
SELECT GROUPING(${GROUPED.join(", ")}) AS g, ${GROUPED.join(", ")},
  count(*)::int AS n,
  count(*) FILTER (WHERE active)::int AS active,
  count(*) FILTER (WHERE e2014)::int AS e2014,
  count(*) FILTER (WHERE e2024)::int AS e2024,
  count(*) FILTER (WHERE undated)::int AS undated,
  count(*) FILTER (WHERE nofield)::int AS nofield,
  count(*) FILTER (WHERE fr_of)::int AS fr_of,
  count(*) FILTER (WHERE fr_count)::int AS fr_count,
  count(*) FILTER (WHERE fr_overdue)::int AS fr_overdue,
  count(*) FILTER (WHERE board_of)::int AS board_of,
  count(*) FILTER (WHERE board_count)::int AS board_count,
  count(*) FILTER (WHERE decl_of)::int AS decl_of,
  count(*) FILTER (WHERE decl_count)::int AS decl_count
FROM x
GROUP BY GROUPING SETS ((region, province, commune), (region, form), (status), (region, year), (dyear), (fields), ())`;

interface AggregateRow {
  readonly g: number;
  readonly region: string | null;
  readonly province: string | null;
  readonly commune: string | null;
  readonly form: string | null;
  readonly status: string | null;
  readonly year: number | null;
  readonly dyear: number | null;
  /** The list of fields of action of a group (the same list, the same group). */
  readonly fields: unknown;
  readonly n: number;
  readonly active: number;
  readonly e2014: number;
  readonly e2024: number;
  readonly undated: number;
  readonly nofield: number;
  readonly fr_of: number;
  readonly fr_count: number;
  readonly fr_overdue: number;
  readonly board_of: number;
  readonly board_count: number;
  readonly decl_of: number;
  readonly decl_count: number;
}

const num = (v: unknown): number => (typeof v === "bigint" ? Number(v) : Number(v ?? 0));

/**
 * Internal: the aggregates of the organizations of an SQL store (migrations applied), in one query.
 *
 * @param exec - runs the queries (outside a transaction, or inside one to see its writes).
 * @param dates - the dates of the aggregation.
 * @returns the aggregates, in canonical order.
 */
export async function sqlAggregates(exec: AggregateExecutor, dates: AggregationDates): Promise<StatisticsAggregates> {
  const census = (year: CensusYear) => (dates.census.some((c) => c.year === year) ? CENSUS_DATES[year] : null);
  const rows = await exec.query<AggregateRow>(AGGREGATES, [
    dates.asOf,
    dates.finalReceiptDueBefore,
    census(2014),
    census(2024),
    JSON.stringify({ d: dates.asOf, due: dates.declarationDueBefore }),
  ]);
  const places: {
    region: string | null;
    province: string | null;
    commune: string | null;
    count: number;
    active: number;
  }[] = [];
  const forms: { region: string | null; form: string; count: number }[] = [];
  const statuses: { status: string; count: number }[] = [];
  const founded: { region: string | null; year: number; count: number }[] = [];
  const dissolved: { year: number; count: number }[] = [];
  const censusRows = new Map<string, { region: string | null; year: CensusYear; count: number }>();
  let total: AggregateRow | undefined;
  let withoutFoundingYear = 0;
  const fields = new Map<string, number>();
  for (const r of rows) {
    const g = num(r.g);
    if (g === SETS.places) {
      places.push({
        region: r.region,
        province: r.province,
        commune: r.commune,
        count: num(r.n),
        active: num(r.active),
      });
      for (const year of [2014, 2024] as const) {
        const count = num(year === 2014 ? r.e2014 : r.e2024);
        if (count === 0) continue;
        const key = `${year}|${r.region ?? "\u0000"}`;
        const row = censusRows.get(key) ?? { region: r.region, year, count: 0 };
        row.count += count;
        censusRows.set(key, row);
      }
    } else if (g === SETS.forms) forms.push({ region: r.region, form: r.form ?? "", count: num(r.n) });
    else if (g === SETS.statuses) statuses.push({ status: r.status ?? "unknown", count: num(r.n) });
    else if (g === SETS.founded) {
      if (r.year === null) withoutFoundingYear += num(r.n);
      else founded.push({ region: r.region, year: num(r.year), count: num(r.n) });
    } else if (g === SETS.dissolved) {
      if (r.dyear !== null) dissolved.push({ year: num(r.dyear), count: num(r.n) });
    } else if (g === SETS.fields) {
      // Organizations grouped by their list of fields: each counts once in each field of its list.
      const list = typeof r.fields === "string" ? (JSON.parse(r.fields) as unknown) : r.fields;
      if (!Array.isArray(list)) continue;
      for (const field of new Set(list.map(String))) fields.set(field, (fields.get(field) ?? 0) + num(r.n));
    } else if (g === SETS.total) total = r;
  }
  const of = (count: unknown, outOf: unknown) => ({ count: num(count), of: num(outOf) });
  return canonicalAggregates({
    asOf: dates.asOf,
    total: num(total?.n),
    active: num(total?.active),
    places,
    forms,
    statuses,
    founded,
    withoutFoundingYear,
    dissolved,
    fields: [...fields].map(([field, count]) => ({ field, count })),
    withoutField: num(total?.nofield),
    census: [...censusRows.values()],
    undated: num(total?.undated),
    compliance: {
      finalReceipt: of(total?.fr_count, total?.fr_of),
      finalReceiptOverdue: of(total?.fr_overdue, total?.fr_of),
      boardExpired: of(total?.board_count, total?.board_of),
      declarationOverdue: of(total?.decl_count, total?.decl_of),
    },
  });
}

/**
 * Internal: the statistics of an SQL store on `options.asOf`.
 *
 * @param driver - runs the queries, in one read-only transaction.
 * @param options - {@link StoreStatisticsOptions}.
 * @returns the statistics, or `stats.invalid_as_of`.
 */
export async function sqlStatistics(
  driver: AggregateDriver,
  options: unknown,
): Promise<Result<RegistryStatistics, StatisticsIssueCode>> {
  const asOf = parseStatisticsOptions(options);
  if (!asOf.ok) return asOf;
  const dates = aggregationDates(asOf.value);
  const aggregates = await driver.transaction(async (exec) => {
    await exec.query(`SET LOCAL work_mem = '${WORK_MEM}'`);
    return sqlAggregates(exec, dates);
  });
  return { ok: true, value: statisticsFromAggregates(aggregates) };
}
