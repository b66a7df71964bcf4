import {
  atBoundary,
  type BoundaryIssueCode,
  FieldOfAction,
  type FieldOfActionValue,
  IsoDateSchema,
  type Issue,
  LegalForm,
  type LegalFormValue,
  LegalStatus,
  type LegalStatusValue,
  type Locale,
  makeIssue,
  type Organization,
  type Result,
} from "@madani/model";
import { communes, provinces, regions } from "@madani/model/geo";
import {
  Aggregator,
  CENSUS_DATES,
  CENSUS_YEARS,
  type CensusYear,
  type CountOf,
  type StatisticsAggregates,
} from "./aggregates.js";
import { type StatisticsIssueCode, statisticsMessages } from "./messages.js";

/**
 * Options of {@link computeStatistics}.
 *
 * @example
 * ```ts
 * const options: StatisticsOptions = { asOf: "2025-12-31" };
 * ```
 */
export interface StatisticsOptions {
  /** The date statuses, activity and compliance are read on (`YYYY-MM-DD`). Required: statistics never read the clock. */
  readonly asOf: string;
  /** Language of issue messages; default `"en"`. */
  readonly locale?: Locale | undefined;
}

/** Organizations of one place, with the density per 10,000 inhabitants. */
export interface PlaceCount {
  /** HCP code of the place. */
  readonly code: string;
  /** Arabic name (HCP); absent for a code that `@madani/model/geo` does not know. */
  readonly nameAr?: string;
  /** French name (HCP); absent for an unknown code. */
  readonly nameFr?: string;
  /** Organizations whose seat is in the place. */
  readonly count: number;
  /** Of them, the active ones (neither dissolved nor suspended on `asOf`). */
  readonly active: number;
  /** Legal population, RGPH 2024; `null` for an unknown code. */
  readonly population: number | null;
  /** Active organizations per 10,000 inhabitants; `null` without a population. */
  readonly per10k: number | null;
}

/** A count of organizations for one value of an enumeration. */
export interface ValueCount<V extends string> {
  /** The value. */
  readonly value: V;
  /** Organizations with that value. */
  readonly count: number;
}

/** Organizations created and dissolved in one calendar year. */
export interface YearCount {
  /** The year. */
  readonly year: number;
  /** Organizations founded that year (founding date, else declaration date). */
  readonly created: number;
  /** Organizations dissolved that year. */
  readonly dissolved: number;
  /** Organizations founded by the end of that year and not dissolved by then: the running total. */
  readonly existing: number;
}

/** A share: how many of how many, and the percentage (in percent units, `null` when the denominator is 0). */
export interface Rate {
  /** Organizations that meet the condition. */
  readonly count: number;
  /** Organizations the condition applies to. */
  readonly of: number;
  /** `100 * count / of`, or `null` when `of` is 0. */
  readonly percent: number | null;
}

/** The compliance indicators of {@link RegistryStatistics}. */
export interface ComplianceRates {
  /** Associative organizations declared and not dissolved that hold their final receipt (Dahir 1-58-376, art. 5). */
  readonly finalReceipt: Rate;
  /** Of the final-receipt rate's population, those whose provisional receipt is over 60 days old without a final one. */
  readonly finalReceiptOverdue: Rate;
  /** Active organizations with a recorded board whose mandates have all ended before `asOf`. */
  readonly boardExpired: Rate;
  /** Active associative organizations with a change not declared within one month (Dahir 1-58-376, art. 5). */
  readonly declarationOverdue: Rate;
}

/** Statistics of a registry on a date; see {@link computeStatistics}. */
export interface RegistryStatistics {
  /** The date they are read on. */
  readonly asOf: string;
  /** Organizations counted. */
  readonly total: number;
  /** Active ones: neither dissolved nor suspended on `asOf`. */
  readonly active: number;
  /** National population (RGPH 2024, sum of the régions) and active organizations per 10,000 inhabitants. */
  readonly national: { readonly population: number; readonly per10k: number };
  /** Every région in HCP order, then unknown codes in code order. */
  readonly byRegion: readonly PlaceCount[];
  /** Every province and prefecture (prefectures of arrondissements excepted) in HCP order, then unknown codes. */
  readonly byProvince: readonly PlaceCount[];
  /** Communes with at least one organization, in code order. */
  readonly byCommune: readonly PlaceCount[];
  /** Communes of `@madani/model/geo` with no organization. */
  readonly communesWithoutOrganization: number;
  /** Organizations without a région, province, commune code (the finer levels derive the coarser). */
  readonly unlocated: { readonly region: number; readonly province: number; readonly commune: number };
  /** Every legal form, in `LegalForm` order. */
  readonly byLegalForm: readonly ValueCount<LegalFormValue>[];
  /** Every field of action, in `FieldOfAction` order; an organization counts once in each of its fields. */
  readonly byField: readonly ValueCount<FieldOfActionValue>[];
  /** Organizations that list no field of action. */
  readonly withoutField: number;
  /** Every legal status on `asOf`, in `LegalStatus` order. */
  readonly byStatus: readonly ValueCount<LegalStatusValue>[];
  /** Organizations by founding year (founding date, else declaration date), years with none left out, ascending. */
  readonly byFoundingYear: readonly { readonly year: number; readonly count: number }[];
  /** Organizations without a founding or declaration date (or with one after `asOf`). */
  readonly withoutFoundingYear: number;
  /** Creations, dissolutions and running total for every year from the first creation to `asOf`'s year. */
  readonly creationsByYear: readonly YearCount[];
  /** Compliance indicators. */
  readonly compliance: ComplianceRates;
  /**
   * The cells of the cross-table région × legal form that are not zero: régions in HCP order, then unknown
   * codes, then organizations without a région (`regionCode: null`); legal forms in `LegalForm` order.
   * They add up to `total`, by row to `byRegion` (and `unlocated.region`), by column to `byLegalForm`.
   */
  readonly byRegionAndLegalForm: readonly {
    readonly regionCode: string | null;
    readonly legalForm: LegalFormValue;
    readonly count: number;
  }[];
  /**
   * The cells of the cross-table région × founding year that are not zero, in the order of
   * {@link byRegionAndLegalForm}, then by year. They add up to `total - withoutFoundingYear`, and by
   * year to `byFoundingYear`.
   */
  readonly byRegionAndFoundingYear: readonly {
    readonly regionCode: string | null;
    readonly year: number;
    readonly count: number;
  }[];
  /** Density on the two census dates, 2014 and 2024, by région and for the country. */
  readonly census: CensusComparison;
}

/** The density of organizations of a région on the dates of the two censuses. */
export interface CensusDensity {
  /** HCP code of the région. */
  readonly code: string;
  /** Arabic name (HCP). */
  readonly nameAr: string;
  /** French name (HCP). */
  readonly nameFr: string;
  /** Legal population of each census: 2024 as HCP publishes it, 2014 the sum of the région's communes. */
  readonly population: Readonly<Record<CensusYear, number>>;
  /**
   * Organizations in existence on each census date (founded or declared by then, neither dissolved nor
   * suspended then); `null` for a census date after `asOf`.
   */
  readonly existing: Readonly<Record<CensusYear, number | null>>;
  /** Organizations in existence per 10,000 inhabitants, on each census date; `null` when not counted. */
  readonly per10k: Readonly<Record<CensusYear, number | null>>;
}

/** The densities of the censuses of 2014 and 2024; see {@link RegistryStatistics.census}. */
export interface CensusComparison {
  /** The reference day of each census ({@link CENSUS_DATES}). */
  readonly dates: Readonly<Record<CensusYear, string>>;
  /** The twelve régions, in HCP order. */
  readonly byRegion: readonly CensusDensity[];
  /** The country: every organization counted, over the population of the twelve régions. */
  readonly national: Omit<CensusDensity, "code" | "nameAr" | "nameFr">;
  /** Organizations in existence on each census date whose région is not one of the twelve (or unknown). */
  readonly unlocated: Readonly<Record<CensusYear, number | null>>;
  /** Organizations with neither a founding nor a declaration date, which no census date can count. */
  readonly undated: number;
}

const rate = ({ count, of }: CountOf): Rate => ({ count, of, percent: of === 0 ? null : (100 * count) / of });

/** Legal population of each région in RGPH 2014: the sum of its communes' (HCP gives none for four new communes). */
let population2014: ReadonlyMap<string, number> | undefined;
function regionPopulation2014(): ReadonlyMap<string, number> {
  if (population2014 === undefined) {
    const sums = new Map<string, number>();
    for (const c of communes()) sums.set(c.regionCode, (sums.get(c.regionCode) ?? 0) + (c.population2014 ?? 0));
    population2014 = sums;
  }
  return population2014;
}

/**
 * Count a registry's organizations by place, legal form, field, status and
 * founding year, with densities, creations per year and compliance rates.
 *
 * @param organizations - the organizations (any iterable: an array, or a generator over store pages).
 * @param options - {@link StatisticsOptions}; `asOf` is required.
 * @returns the statistics, or issues for a bad `asOf`, an input that is not
 * iterable, or records without an id and a legal form.
 * @remarks
 * - Places: the seat's codes; a commune code gives its province and région, a province code its région.
 * - Densities: active organizations per 10,000 inhabitants of the place, with the
 *   legal populations of the RGPH 2024 (HCP) from `@madani/model/geo`.
 * - Status: `legalStatusOn(organization, asOf)`; active = neither dissolved nor suspended.
 * - Creations: the founding date, else the declaration date; dates after `asOf` are not counted.
 * - Compliance (Dahir 1-58-376, art. 5; associative forms only for receipts and declarations):
 *   final receipt held; final receipt overdue (provisional receipt older than 60 days, no final
 *   one); board expired (a board or central bureau is recorded and every mandate in it ended
 *   before `asOf`); declaration overdue (a change with no declaration one month after it).
 * - Cross-tables: région × legal form and région × founding year.
 * - Censuses: the organizations in existence on the reference day of the RGPH 2014 and 2024
 *   ({@link CENSUS_DATES}) per 10,000 inhabitants of that census, by région.
 * A store computes the same statistics where its data lives with `store.statistics({ asOf })`
 * (`@madani/registry/storage`), without reading the records out.
 * Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 * @example
 * ```ts
 * const stats = computeStatistics(organizations, { asOf: "2025-12-31" });
 * if (stats.ok) stats.value.byRegion[0]; // { code: "01", nameFr: "Tanger-Tétouan-Al Hoceima", count, active, population, per10k }
 * ```
 */
export function computeStatistics(
  organizations: Iterable<Organization>,
  options: StatisticsOptions,
): Result<RegistryStatistics, StatisticsIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const locale: Locale =
      options !== null && typeof options === "object" && (options.locale === "ar" || options.locale === "fr")
        ? options.locale
        : "en";
    const issue = (code: StatisticsIssueCode, path: (string | number)[], params?: Record<string, number>) =>
      makeIssue(statisticsMessages, code, locale, path, params === undefined ? {} : { params });
    const asOfParsed = IsoDateSchema.safeParse(options?.asOf);
    if (!asOfParsed.success) return { ok: false, issues: [issue("stats.invalid_as_of", ["asOf"])] };
    const asOf = asOfParsed.data;
    if (
      organizations === null ||
      typeof organizations !== "object" ||
      typeof (organizations as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function"
    ) {
      return { ok: false, issues: [issue("stats.invalid_input", [])] };
    }
    const aggregator = new Aggregator(asOf);
    const issues: Issue<StatisticsIssueCode>[] = [];
    let index = 0;
    for (const record of organizations as Iterable<unknown>) {
      const org = record as Organization | null;
      if (org === null || typeof org !== "object" || typeof org.id !== "string" || typeof org.legalForm !== "string") {
        if (issues.length < 100) issues.push(issue("stats.invalid_organization", [index], { index }));
      } else if (issues.length === 0) aggregator.add(org);
      index++;
    }
    if (issues.length > 0) return { ok: false, issues };
    return { ok: true, value: statisticsFromAggregates(aggregator.result()) };
  });
}

/**
 * The statistics of a registry from its aggregates: what {@link computeStatistics} returns, from the
 * counts a store computed where the data lives (`store.statistics`).
 *
 * @param a - the aggregates (any order of their lists).
 * @returns the statistics.
 * @example
 * ```ts
 * const stats = statisticsFromAggregates(aggregates);
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass values returned by the package's entry points.
 */
export function statisticsFromAggregates(a: StatisticsAggregates): RegistryStatistics {
  const asOf = a.asOf;
  const regionCounts = new Map<string, [number, number]>();
  const provinceCounts = new Map<string, [number, number]>();
  const communeCounts = new Map<string, [number, number]>();
  const unlocated = { region: 0, province: 0, commune: 0 };
  const bump = (map: Map<string, [number, number]>, code: string, count: number, active: number) => {
    const c = map.get(code) ?? [0, 0];
    c[0] += count;
    c[1] += active;
    map.set(code, c);
  };
  for (const p of a.places) {
    if (p.region === null) unlocated.region += p.count;
    else bump(regionCounts, p.region, p.count, p.active);
    if (p.province === null) unlocated.province += p.count;
    else bump(provinceCounts, p.province, p.count, p.active);
    if (p.commune === null) unlocated.commune += p.count;
    else bump(communeCounts, p.commune, p.count, p.active);
  }
  const forms = new Map<string, number>();
  for (const f of a.forms) forms.set(f.form, (forms.get(f.form) ?? 0) + f.count);
  const statuses = new Map(a.statuses.map((s) => [s.status, s.count]));
  const founded = new Map<number, number>();
  for (const f of a.founded) founded.set(f.year, (founded.get(f.year) ?? 0) + f.count);
  const dissolved = new Map(a.dissolved.map((d) => [d.year, d.count]));
  const fields = new Map(a.fields.map((f) => [f.field, f.count]));

  const place = (
    code: string,
    counts: [number, number] | undefined,
    known: { nameAr: string; nameFr: string; population2024: number } | undefined,
  ): PlaceCount => {
    const [count, act] = counts ?? [0, 0];
    if (known === undefined) return { code, count, active: act, population: null, per10k: null };
    return {
      code,
      nameAr: known.nameAr,
      nameFr: known.nameFr,
      count,
      active: act,
      population: known.population2024,
      per10k: known.population2024 > 0 ? (act * 10_000) / known.population2024 : null,
    };
  };
  const byCode = <T extends { code: string }>(x: T, y: T) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0);
  const withUnknown = (
    known: readonly { code: string; nameAr: string; nameFr: string; population2024: number }[],
    counts: Map<string, [number, number]>,
  ): PlaceCount[] => {
    const codes = new Set(known.map((k) => k.code));
    const unknown = [...counts.keys()].filter((c) => !codes.has(c)).map((c) => place(c, counts.get(c), undefined));
    return [...known.map((k) => place(k.code, counts.get(k.code), k)), ...unknown.sort(byCode)];
  };

  const allRegions = regions();
  const population = allRegions.reduce((sum, r) => sum + r.population2024, 0);
  const communeIndex = new Map(communes().map((c) => [c.code, c]));
  const byCommune = [...communeCounts.keys()]
    .map((code) => place(code, communeCounts.get(code), communeIndex.get(code)))
    .sort(byCode);
  const byRegion = withUnknown(allRegions, regionCounts);

  const yearOf = (date: string) => Number(date.slice(0, 4));
  const years = [...founded.keys(), ...dissolved.keys()];
  const creationsByYear: YearCount[] = [];
  if (years.length > 0) {
    let existing = 0;
    for (let y = years.reduce((m, b) => Math.min(m, b), Number.POSITIVE_INFINITY); y <= yearOf(asOf); y++) {
      const c = founded.get(y) ?? 0;
      const d = dissolved.get(y) ?? 0;
      existing += c - d;
      creationsByYear.push({ year: y, created: c, dissolved: d, existing });
    }
  }

  // Cross-tables: rows in the order of byRegion (HCP, then unknown codes), then no région.
  const rowOrder = new Map<string | null, number>(byRegion.map((r, i) => [r.code, i]));
  rowOrder.set(null, byRegion.length);
  const formOrder = new Map<string, number>(LegalForm.values.map((v, i) => [v, i]));
  const byRegionAndLegalForm = a.forms
    .filter((f) => formOrder.has(f.form) && f.count > 0)
    .map((f) => ({ regionCode: f.region, legalForm: f.form as LegalFormValue, count: f.count }))
    .sort(
      (x, y) =>
        (rowOrder.get(x.regionCode) ?? 0) - (rowOrder.get(y.regionCode) ?? 0) ||
        (formOrder.get(x.legalForm) ?? 0) - (formOrder.get(y.legalForm) ?? 0),
    );
  const byRegionAndFoundingYear = a.founded
    .filter((f) => f.count > 0)
    .map((f) => ({ regionCode: f.region, year: f.year, count: f.count }))
    .sort((x, y) => (rowOrder.get(x.regionCode) ?? 0) - (rowOrder.get(y.regionCode) ?? 0) || x.year - y.year);

  return {
    asOf,
    total: a.total,
    active: a.active,
    national: { population, per10k: population > 0 ? (a.active * 10_000) / population : 0 },
    byRegion,
    byProvince: withUnknown(
      provinces().filter((p) => p.type !== "prefecture_of_arrondissements"),
      provinceCounts,
    ),
    byCommune,
    communesWithoutOrganization: [...communeIndex.keys()].filter((c) => !communeCounts.has(c)).length,
    unlocated,
    byLegalForm: LegalForm.values.map((value) => ({ value, count: forms.get(value) ?? 0 })),
    byField: FieldOfAction.values.map((value) => ({ value, count: fields.get(value) ?? 0 })),
    withoutField: a.withoutField,
    byStatus: LegalStatus.values.map((value) => ({ value, count: statuses.get(value) ?? 0 })),
    byFoundingYear: [...founded.entries()].sort((x, y) => x[0] - y[0]).map(([year, count]) => ({ year, count })),
    withoutFoundingYear: a.withoutFoundingYear,
    creationsByYear,
    compliance: {
      finalReceipt: rate(a.compliance.finalReceipt),
      finalReceiptOverdue: rate(a.compliance.finalReceiptOverdue),
      boardExpired: rate(a.compliance.boardExpired),
      declarationOverdue: rate(a.compliance.declarationOverdue),
    },
    byRegionAndLegalForm,
    byRegionAndFoundingYear,
    census: censusComparison(a),
  };
}

function censusComparison(a: StatisticsAggregates): CensusComparison {
  const counted = new Set(CENSUS_YEARS.filter((y) => CENSUS_DATES[y] <= a.asOf));
  const counts = new Map<string, number>();
  for (const c of a.census) {
    const key = `${c.year}|${c.region ?? ""}`;
    counts.set(key, (counts.get(key) ?? 0) + c.count);
  }
  const per10k = (n: number | null, p: number) => (n === null || p <= 0 ? null : (n * 10_000) / p);
  const pop14 = regionPopulation2014();
  const twelve = new Set<string>();
  const byRegion = regions().map((r): CensusDensity => {
    twelve.add(r.code);
    const population = { 2014: pop14.get(r.code) ?? 0, 2024: r.population2024 };
    const existing = {
      2014: counted.has(2014) ? (counts.get(`2014|${r.code}`) ?? 0) : null,
      2024: counted.has(2024) ? (counts.get(`2024|${r.code}`) ?? 0) : null,
    };
    return {
      code: r.code,
      nameAr: r.nameAr,
      nameFr: r.nameFr,
      population,
      existing,
      per10k: { 2014: per10k(existing[2014], population[2014]), 2024: per10k(existing[2024], population[2024]) },
    };
  });
  const sum = (year: CensusYear, inside: boolean): number | null => {
    if (!counted.has(year)) return null;
    let n = 0;
    for (const c of a.census)
      if (c.year === year && (c.region !== null && twelve.has(c.region)) === inside) n += c.count;
    return n;
  };
  const population = {
    2014: byRegion.reduce((n, r) => n + r.population[2014], 0),
    2024: byRegion.reduce((n, r) => n + r.population[2024], 0),
  };
  const all = (year: CensusYear) => {
    const i = sum(year, true);
    const o = sum(year, false);
    return i === null || o === null ? null : i + o;
  };
  const existing = { 2014: all(2014), 2024: all(2024) };
  return {
    dates: { 2014: CENSUS_DATES[2014], 2024: CENSUS_DATES[2024] },
    byRegion,
    national: {
      population,
      existing,
      per10k: { 2014: per10k(existing[2014], population[2014]), 2024: per10k(existing[2024], population[2024]) },
    },
    unlocated: { 2014: sum(2014, false), 2024: sum(2024, false) },
    undated: a.undated,
  };
}
