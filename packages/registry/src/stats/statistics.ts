import {
  ASSOCIATIVE_FORMS,
  addMonthsToDate,
  atBoundary,
  BOARD_KINDS,
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
  legalStatusOn,
  makeIssue,
  type Organization,
  type Result,
} from "@madani/model";
import { communes, provinces, regions } from "@madani/model/geo";
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
}

const rate = (count: number, of: number): Rate => ({ count, of, percent: of === 0 ? null : (100 * count) / of });

const on = (date: unknown, asOf: string): date is string => typeof date === "string" && date <= asOf;

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
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

    const regionCounts = new Map<string, [number, number]>();
    const provinceCounts = new Map<string, [number, number]>();
    const communeCounts = new Map<string, [number, number]>();
    const bump = (map: Map<string, [number, number]>, code: string, active: boolean) => {
      const c = map.get(code) ?? [0, 0];
      c[0]++;
      if (active) c[1]++;
      map.set(code, c);
    };
    const forms = new Map<string, number>();
    const fields = new Map<string, number>();
    const statuses = new Map<string, number>();
    const founded = new Map<number, number>();
    const dissolved = new Map<number, number>();
    const unlocated = { region: 0, province: 0, commune: 0 };
    let total = 0;
    let active = 0;
    let withoutField = 0;
    let withoutFoundingYear = 0;
    const finalReceipt = { count: 0, of: 0 };
    const finalOverdue = { count: 0, of: 0 };
    const board = { count: 0, of: 0 };
    const declaration = { count: 0, of: 0 };
    const overdueFrom = addMonthsToDate(asOf, -1);
    const issues: Issue<StatisticsIssueCode>[] = [];

    let index = 0;
    for (const record of organizations as Iterable<unknown>) {
      const org = record as Organization | null;
      if (org === null || typeof org !== "object" || typeof org.id !== "string" || typeof org.legalForm !== "string") {
        if (issues.length < 100) issues.push(issue("stats.invalid_organization", [index], { index }));
        index++;
        continue;
      }
      index++;
      total++;
      const lifecycle = typeof org.lifecycle === "object" && org.lifecycle !== null ? org.lifecycle : {};
      let status: LegalStatusValue;
      try {
        status = legalStatusOn({ legalForm: org.legalForm, foundedOn: org.foundedOn, lifecycle }, asOf);
      } catch {
        status = "unknown";
      }
      const isActive = status !== "dissolved" && status !== "suspended";
      if (isActive) active++;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      forms.set(org.legalForm, (forms.get(org.legalForm) ?? 0) + 1);

      const seat = typeof org.seat === "object" && org.seat !== null ? org.seat : {};
      const commune = typeof seat.communeCode === "string" ? seat.communeCode : undefined;
      const province = typeof seat.provinceCode === "string" ? seat.provinceCode : commune?.slice(0, 6);
      const region = typeof seat.regionCode === "string" ? seat.regionCode : province?.slice(0, 2);
      if (region === undefined) unlocated.region++;
      else bump(regionCounts, region, isActive);
      if (province === undefined) unlocated.province++;
      else bump(provinceCounts, province, isActive);
      if (commune === undefined) unlocated.commune++;
      else bump(communeCounts, commune, isActive);

      const list = Array.isArray(org.fieldsOfAction) ? [...new Set(org.fieldsOfAction)] : [];
      if (list.length === 0) withoutField++;
      for (const f of list) fields.set(f, (fields.get(f) ?? 0) + 1);

      const createdOn = on(org.foundedOn, asOf)
        ? org.foundedOn
        : on(lifecycle.declaredOn, asOf)
          ? lifecycle.declaredOn
          : undefined;
      if (createdOn === undefined) withoutFoundingYear++;
      else founded.set(yearOf(createdOn), (founded.get(yearOf(createdOn)) ?? 0) + 1);
      if (on(lifecycle.dissolvedOn, asOf)) {
        dissolved.set(yearOf(lifecycle.dissolvedOn), (dissolved.get(yearOf(lifecycle.dissolvedOn)) ?? 0) + 1);
      }

      const associative = ASSOCIATIVE_FORMS.includes(org.legalForm);
      if (
        associative &&
        status !== "dissolved" &&
        (on(lifecycle.declaredOn, asOf) || on(lifecycle.provisionalReceiptOn, asOf))
      ) {
        finalReceipt.of++;
        finalOverdue.of++;
        if (on(lifecycle.finalReceiptOn, asOf)) finalReceipt.count++;
        else if (status === "may-operate") finalOverdue.count++;
      }
      if (isActive && Array.isArray(org.governingBodies)) {
        const mandates = org.governingBodies
          .filter(
            (b) => b !== null && typeof b === "object" && BOARD_KINDS.includes(b.kind) && Array.isArray(b.mandates),
          )
          .flatMap((b) => b.mandates);
        // A mandate whose start is not known counts as started.
        const started = mandates.filter(
          (m) => m !== null && typeof m === "object" && (m.startOn === undefined || on(m.startOn, asOf)),
        );
        if (started.length > 0) {
          board.of++;
          if (started.every((m) => typeof m.endOn === "string" && m.endOn < asOf)) board.count++;
        }
      }
      if (isActive && associative && Array.isArray(org.declarations) && org.declarations.length > 0) {
        declaration.of++;
        const late = org.declarations.some(
          (d) =>
            d !== null &&
            typeof d === "object" &&
            typeof d.changedOn === "string" &&
            d.changedOn < overdueFrom &&
            !on(d.declaredOn, asOf),
        );
        if (late) declaration.count++;
      }
    }
    if (issues.length > 0) return { ok: false, issues };

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
    const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
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

    const years = [...founded.keys(), ...dissolved.keys()];
    const creationsByYear: YearCount[] = [];
    if (years.length > 0) {
      let existing = 0;
      for (let y = years.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY); y <= yearOf(asOf); y++) {
        const c = founded.get(y) ?? 0;
        const d = dissolved.get(y) ?? 0;
        existing += c - d;
        creationsByYear.push({ year: y, created: c, dissolved: d, existing });
      }
    }

    return {
      ok: true,
      value: {
        asOf,
        total,
        active,
        national: { population, per10k: population > 0 ? (active * 10_000) / population : 0 },
        byRegion: withUnknown(allRegions, regionCounts),
        byProvince: withUnknown(
          provinces().filter((p) => p.type !== "prefecture_of_arrondissements"),
          provinceCounts,
        ),
        byCommune,
        communesWithoutOrganization: [...communeIndex.keys()].filter((c) => !communeCounts.has(c)).length,
        unlocated,
        byLegalForm: LegalForm.values.map((value) => ({ value, count: forms.get(value) ?? 0 })),
        byField: FieldOfAction.values.map((value) => ({ value, count: fields.get(value) ?? 0 })),
        withoutField,
        byStatus: LegalStatus.values.map((value) => ({ value, count: statuses.get(value) ?? 0 })),
        byFoundingYear: [...founded.entries()].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })),
        withoutFoundingYear,
        creationsByYear,
        compliance: {
          finalReceipt: rate(finalReceipt.count, finalReceipt.of),
          finalReceiptOverdue: rate(finalOverdue.count, finalOverdue.of),
          boardExpired: rate(board.count, board.of),
          declarationOverdue: rate(declaration.count, declaration.of),
        },
      },
    };
  });
}
