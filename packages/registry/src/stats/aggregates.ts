/**
 * The counts every statistic of the registry is built from: organizations grouped by place, legal
 * form, status, founding year and census date, with the compliance counts. A store computes them where
 * the data lives (SQL aggregates in PGlite and PostgreSQL, one pass over the records in memory); these
 * are the memory store's and `computeStatistics`' own, the reference the SQL ones must equal.
 *
 * @module
 */
import {
  ASSOCIATIVE_FORMS,
  addDaysToDate,
  addMonthsToDate,
  BOARD_KINDS,
  compareCodePoints,
  FINAL_RECEIPT_DAYS,
  type LegalStatusValue,
  legalStatusOn,
  type Organization,
} from "@madani/model";

/**
 * The reference days of the two censuses whose populations the statistics use: the first day of the
 * Recensement général de la population et de l'habitat of September 2014 and of September 2024 (HCP).
 *
 * @example
 * ```ts
 * CENSUS_DATES[2014]; // "2014-09-01"
 * ```
 */
export const CENSUS_DATES = Object.freeze({ 2014: "2014-09-01", 2024: "2024-09-01" } as const);

/** A census year of {@link CENSUS_DATES}. */
export type CensusYear = keyof typeof CENSUS_DATES;

/** The census years, in order. */
export const CENSUS_YEARS: readonly CensusYear[] = Object.freeze([2014, 2024] as const);

/** A count and the count of the condition's population: `{ count, of }`. */
export interface CountOf {
  readonly count: number;
  readonly of: number;
}

/**
 * The counts of a registry on a date, from which `statisticsFromAggregates` builds every statistic.
 * Every list is sorted by its keys (code points, `null` first) and holds no zero count, so that two
 * equal registries give equal aggregates whoever computed them.
 */
export interface StatisticsAggregates {
  /** The date statuses are read on. */
  readonly asOf: string;
  /** Organizations counted. */
  readonly total: number;
  /** Active ones: neither dissolved nor suspended on `asOf`. */
  readonly active: number;
  /** Organizations by the codes of their seat (région and province derived from finer codes; `null` when none). */
  readonly places: readonly {
    readonly region: string | null;
    readonly province: string | null;
    readonly commune: string | null;
    readonly count: number;
    readonly active: number;
  }[];
  /** Organizations by région and legal form. */
  readonly forms: readonly { readonly region: string | null; readonly form: string; readonly count: number }[];
  /** Organizations by legal status on `asOf`. */
  readonly statuses: readonly { readonly status: string; readonly count: number }[];
  /** Organizations by région and founding year (founding date, else declaration date; on or before `asOf`). */
  readonly founded: readonly { readonly region: string | null; readonly year: number; readonly count: number }[];
  /** Organizations without a founding or declaration date on or before `asOf`. */
  readonly withoutFoundingYear: number;
  /** Dissolutions by year (on or before `asOf`). */
  readonly dissolved: readonly { readonly year: number; readonly count: number }[];
  /** Organizations by field of action (once per field). */
  readonly fields: readonly { readonly field: string; readonly count: number }[];
  /** Organizations that list no field of action. */
  readonly withoutField: number;
  /**
   * Organizations in existence on each census date on or before `asOf`, by région: founded (or declared)
   * by then, neither dissolved nor suspended then.
   */
  readonly census: readonly { readonly region: string | null; readonly year: CensusYear; readonly count: number }[];
  /** Organizations with no founding or declaration date at all: never counted in {@link census}. */
  readonly undated: number;
  /** The counts of the compliance rates. */
  readonly compliance: {
    readonly finalReceipt: CountOf;
    readonly finalReceiptOverdue: CountOf;
    readonly boardExpired: CountOf;
    readonly declarationOverdue: CountOf;
  };
}

/** The dates an aggregation compares with, derived once from `asOf`. */
export interface AggregationDates {
  readonly asOf: string;
  /** A provisional receipt before this day is over 60 days old on `asOf`. */
  readonly finalReceiptDueBefore: string;
  /** A change before this day is over a month old on `asOf`. */
  readonly declarationDueBefore: string;
  /** The census dates on or before `asOf`. */
  readonly census: readonly { readonly year: CensusYear; readonly date: string }[];
}

/**
 * The dates of an aggregation on `asOf`.
 *
 * @param asOf - a valid ISO date.
 * @returns the dates.
 */
export function aggregationDates(asOf: string): AggregationDates {
  return {
    asOf,
    finalReceiptDueBefore: addDaysToDate(asOf, -FINAL_RECEIPT_DAYS),
    declarationDueBefore: addMonthsToDate(asOf, -1),
    census: CENSUS_YEARS.filter((y) => CENSUS_DATES[y] <= asOf).map((year) => ({ year, date: CENSUS_DATES[year] })),
  };
}

const on = (date: unknown, asOf: string): date is string => typeof date === "string" && date <= asOf;

const compareKeys = (a: string | number | null, b: string | number | null): number => {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return typeof a === "number" && typeof b === "number" ? a - b : compareCodePoints(String(a), String(b));
};

/** Sort rows by their keys, in order; rows with a zero count left out. */
export function sortRows<T extends { readonly count: number }>(rows: Iterable<T>, keys: readonly (keyof T)[]): T[] {
  return [...rows]
    .filter((r) => r.count > 0)
    .sort((x, y) => {
      for (const k of keys) {
        const c = compareKeys(x[k] as string | number | null, y[k] as string | number | null);
        if (c !== 0) return c;
      }
      return 0;
    });
}

/** Put the lists of aggregates in their canonical order (see {@link StatisticsAggregates}). */
export function canonicalAggregates(a: StatisticsAggregates): StatisticsAggregates {
  return {
    ...a,
    places: sortRows(a.places, ["region", "province", "commune"]),
    forms: sortRows(a.forms, ["region", "form"]),
    statuses: sortRows(a.statuses, ["status"]),
    founded: sortRows(a.founded, ["region", "year"]),
    dissolved: sortRows(a.dissolved, ["year"]),
    fields: sortRows(a.fields, ["field"]),
    census: sortRows(a.census, ["region", "year"]),
  };
}

/** A status that leaves the organization out of activity. */
function inactive(status: LegalStatusValue): boolean {
  return status === "dissolved" || status === "suspended";
}

/**
 * Dissolved or suspended (and not resumed since) on a date: what `legalStatusOn` reads first, without the
 * rest of the status.
 */
function inactiveOn(l: NonNullable<Organization["lifecycle"]>, date: string): boolean {
  if (on(l.dissolvedOn, date)) return true;
  return on(l.suspendedOn, date) && !(on(l.resumedOn, date) && l.resumedOn >= l.suspendedOn);
}

/** A part of a key of grouped counts: `null` told apart from every code. */
const part = (p: string | number | null): string => (p === null ? "\u0001" : `${p}`);

/** A key of grouped counts: the parts joined by U+0000. */
const key = (a: string | null, b: string | number | null, c?: string | null): string =>
  c === undefined ? `${part(a)}\u0000${part(b)}` : `${part(a)}\u0000${part(b)}\u0000${part(c)}`;

/** The legal status of a record on a date, `unknown` when its dates cannot be read. */
function statusOn(
  org: Organization,
  lifecycle: NonNullable<Organization["lifecycle"]>,
  date: string,
): LegalStatusValue {
  try {
    return legalStatusOn({ legalForm: org.legalForm, foundedOn: org.foundedOn, lifecycle }, date);
  } catch {
    return "unknown";
  }
}

/**
 * Counts organizations one at a time into {@link StatisticsAggregates}: the reference implementation of
 * the aggregates, used by `computeStatistics` and the memory store.
 */
export class Aggregator {
  private readonly dates: AggregationDates;
  private total = 0;
  private active = 0;
  private readonly places = new Map<
    string,
    { region: string | null; province: string | null; commune: string | null; count: number; active: number }
  >();
  private readonly forms = new Map<string, { region: string | null; form: string; count: number }>();
  private readonly statuses = new Map<string, number>();
  private readonly founded = new Map<string, { region: string | null; year: number; count: number }>();
  private withoutFoundingYear = 0;
  private readonly dissolved = new Map<number, number>();
  private readonly fields = new Map<string, number>();
  private withoutField = 0;
  private readonly census = new Map<string, { region: string | null; year: CensusYear; count: number }>();
  private undated = 0;
  private readonly finalReceipt = { count: 0, of: 0 };
  private readonly finalOverdue = { count: 0, of: 0 };
  private readonly board = { count: 0, of: 0 };
  private readonly declaration = { count: 0, of: 0 };

  /** @param asOf - a valid ISO date. */
  constructor(asOf: string) {
    this.dates = aggregationDates(asOf);
  }

  /**
   * Count one organization.
   *
   * @param org - a record with a string id and legal form (the caller checks that much).
   */
  add(org: Organization): void {
    const asOf = this.dates.asOf;
    this.total++;
    const lifecycle = typeof org.lifecycle === "object" && org.lifecycle !== null ? org.lifecycle : {};
    const status = statusOn(org, lifecycle, asOf);
    const isActive = !inactive(status);
    if (isActive) this.active++;
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);

    const seat = typeof org.seat === "object" && org.seat !== null ? org.seat : {};
    const commune = typeof seat.communeCode === "string" ? seat.communeCode : undefined;
    const province = typeof seat.provinceCode === "string" ? seat.provinceCode : commune?.slice(0, 6);
    const region = typeof seat.regionCode === "string" ? seat.regionCode : province?.slice(0, 2);
    const r = region ?? null;
    const placeKey = key(r, province ?? null, commune ?? null);
    const place = this.places.get(placeKey) ?? {
      region: r,
      province: province ?? null,
      commune: commune ?? null,
      count: 0,
      active: 0,
    };
    place.count++;
    if (isActive) place.active++;
    this.places.set(placeKey, place);
    const formKey = key(r, org.legalForm);
    const form = this.forms.get(formKey) ?? { region: r, form: org.legalForm, count: 0 };
    form.count++;
    this.forms.set(formKey, form);

    const list = Array.isArray(org.fieldsOfAction) ? [...new Set(org.fieldsOfAction)] : [];
    if (list.length === 0) this.withoutField++;
    for (const f of list) this.fields.set(f, (this.fields.get(f) ?? 0) + 1);

    const createdOn = on(org.foundedOn, asOf)
      ? org.foundedOn
      : on(lifecycle.declaredOn, asOf)
        ? lifecycle.declaredOn
        : undefined;
    if (createdOn === undefined) this.withoutFoundingYear++;
    else {
      const year = Number(createdOn.slice(0, 4));
      const k = key(r, year);
      const row = this.founded.get(k) ?? { region: r, year, count: 0 };
      row.count++;
      this.founded.set(k, row);
    }
    if (on(lifecycle.dissolvedOn, asOf)) {
      const year = Number(lifecycle.dissolvedOn.slice(0, 4));
      this.dissolved.set(year, (this.dissolved.get(year) ?? 0) + 1);
    }

    const dated = typeof org.foundedOn === "string" || typeof lifecycle.declaredOn === "string";
    if (!dated) this.undated++;
    for (const { year, date } of this.dates.census) {
      if (!(on(org.foundedOn, date) || on(lifecycle.declaredOn, date))) continue;
      if (inactiveOn(lifecycle, date)) continue;
      const k = key(r, year);
      const row = this.census.get(k) ?? { region: r, year, count: 0 };
      row.count++;
      this.census.set(k, row);
    }

    const associative = ASSOCIATIVE_FORMS.includes(org.legalForm);
    if (
      associative &&
      status !== "dissolved" &&
      (on(lifecycle.declaredOn, asOf) || on(lifecycle.provisionalReceiptOn, asOf))
    ) {
      this.finalReceipt.of++;
      this.finalOverdue.of++;
      if (on(lifecycle.finalReceiptOn, asOf)) this.finalReceipt.count++;
      else if (status === "may-operate") this.finalOverdue.count++;
    }
    if (isActive && Array.isArray(org.governingBodies)) {
      const mandates = org.governingBodies
        .filter((b) => b !== null && typeof b === "object" && BOARD_KINDS.includes(b.kind) && Array.isArray(b.mandates))
        .flatMap((b) => b.mandates);
      // A mandate whose start is not known counts as started.
      const started = mandates.filter(
        (m) => m !== null && typeof m === "object" && (m.startOn === undefined || on(m.startOn, asOf)),
      );
      if (started.length > 0) {
        this.board.of++;
        if (started.every((m) => typeof m.endOn === "string" && m.endOn < asOf)) this.board.count++;
      }
    }
    if (isActive && associative && Array.isArray(org.declarations) && org.declarations.length > 0) {
      this.declaration.of++;
      const dueBefore = this.dates.declarationDueBefore;
      const late = org.declarations.some(
        (d) =>
          d !== null &&
          typeof d === "object" &&
          typeof d.changedOn === "string" &&
          d.changedOn < dueBefore &&
          !on(d.declaredOn, asOf),
      );
      if (late) this.declaration.count++;
    }
  }

  /** The aggregates of the organizations counted so far, in canonical order. */
  result(): StatisticsAggregates {
    return canonicalAggregates({
      asOf: this.dates.asOf,
      total: this.total,
      active: this.active,
      places: [...this.places.values()].map((p) => ({ ...p })),
      forms: [...this.forms.values()].map((f) => ({ ...f })),
      statuses: [...this.statuses].map(([status, count]) => ({ status, count })),
      founded: [...this.founded.values()].map((f) => ({ ...f })),
      withoutFoundingYear: this.withoutFoundingYear,
      dissolved: [...this.dissolved].map(([year, count]) => ({ year, count })),
      fields: [...this.fields].map(([field, count]) => ({ field, count })),
      withoutField: this.withoutField,
      census: [...this.census.values()].map((c) => ({ ...c })),
      undated: this.undated,
      compliance: {
        finalReceipt: { ...this.finalReceipt },
        finalReceiptOverdue: { ...this.finalOverdue },
        boardExpired: { ...this.board },
        declarationOverdue: { ...this.declaration },
      },
    });
  }
}
