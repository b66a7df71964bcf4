import { atBoundary } from "../boundary.js";
import type { Locale } from "../i18n/locale.js";
import { makeIssue } from "../issues.js";
import type { Issue, Result } from "../result.js";
import { PLACE_ALIASES } from "./aliases.js";
import { catalog } from "./catalog.js";
import { type CodeQuery, communeOfCode, parseCodeQuery, provinceOfCode, regionOfCode } from "./codeQuery.js";
import type { Commune } from "./commune.js";
import { candidateKeys, type PlaceLevel } from "./genericPrefix.js";
import { geoMessages } from "./messages.js";
import { nameKey } from "./nameKey.js";
import type { Province } from "./province.js";
import type { Region } from "./region.js";

/** Longest query accepted, in UTF-16 code units; the longest HCP name has 32 characters. */
const MAX_QUERY_LENGTH = 200;

/**
 * Options of {@link findRegion}.
 *
 * @example
 * ```ts
 * findRegion("Atlantis", { locale: "ar" }); // issue message in Arabic
 * ```
 */
export interface FindRegionOptions {
  /** Language of the issue messages. Default: `DEFAULT_LOCALE` (`"en"`); an unknown value gives `schema.invalid_option`. */
  readonly locale?: Locale | undefined;
}

/**
 * Options of {@link findProvince}.
 *
 * @example
 * ```ts
 * findProvince("Casablanca", { within: "06", locale: "fr" });
 * ```
 */
export interface FindProvinceOptions {
  /**
   * Look only inside this région: its code (`"01"`, Arabic-Indic digits accepted,
   * leading zero optional). Default: the whole country. A value that is not the
   * code of a région gives `geo.unknown_parent`.
   */
  readonly within?: string | undefined;
  /** Language of the issue messages. Default: `DEFAULT_LOCALE` (`"en"`); an unknown value gives `schema.invalid_option`. */
  readonly locale?: Locale | undefined;
}

/**
 * Options of {@link findCommune}.
 *
 * @example
 * ```ts
 * findCommune("Tazarine", { within: "08.587" }); // the commune of Zagora province
 * ```
 */
export interface FindCommuneOptions {
  /**
   * Look only inside this région or province: a région code (`"01"`) or a province
   * or prefecture code, dotted (`"01.511"`) or digits only (`"01511"`). Default: the
   * whole country. A value that is neither gives `geo.unknown_parent`. A prefecture of
   * arrondissements holds no commune (Casablanca's communes belong to `06.141`), so
   * nothing is found inside one.
   */
  readonly within?: string | undefined;
  /** Language of the issue messages. Default: `DEFAULT_LOCALE` (`"en"`); an unknown value gives `schema.invalid_option`. */
  readonly locale?: Locale | undefined;
}

type Place = Region | Province | Commune;

/** Name indexes, one per level, built on the first name query of that level. */
const nameIndexes: { -readonly [L in PlaceLevel]?: ReadonlyMap<string, readonly Place[]> } = {};

function placesOf(level: PlaceLevel): readonly Place[] {
  const c = catalog();
  return level === "region" ? c.regions : level === "province" ? c.provinces : c.communes;
}

function nameIndex(level: PlaceLevel): ReadonlyMap<string, readonly Place[]> {
  const cached = nameIndexes[level];
  if (cached !== undefined) return cached;
  const index = new Map<string, Place[]>();
  for (const place of placesOf(level)) {
    for (const key of new Set([nameKey(place.nameFr), nameKey(place.nameAr)])) {
      if (key === "") continue;
      const list = index.get(key);
      if (list === undefined) index.set(key, [place]);
      else list.push(place);
    }
  }
  // Names in common use lead to their place, where no HCP name of the level already takes the key.
  if (level !== "region") {
    const byCode = new Map(placesOf(level).map((p) => [p.code, p] as const));
    for (const [alias, code] of PLACE_ALIASES[level]) {
      const key = nameKey(alias);
      const place = byCode.get(code);
      if (place !== undefined && key !== "" && !index.has(key)) index.set(key, [place]);
    }
  }
  nameIndexes[level] = index;
  return index;
}

function optionOf(options: unknown, name: "within" | "locale"): unknown {
  return typeof options === "object" && options !== null ? (options as Record<string, unknown>)[name] : undefined;
}

/** A short, safe text for any value, to name it in a message. */
function shown(value: unknown): string {
  if (typeof value === "string") return value.length > 60 ? `${value.slice(0, 60)}…` : value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === null || value === undefined) return String(value);
  return `(${typeof value})`;
}

function checkQuery(query: unknown, locale: Locale): Issue | undefined {
  const fine =
    typeof query === "string" &&
    query.length <= MAX_QUERY_LENGTH &&
    (parseCodeQuery(query) !== undefined || nameKey(query) !== "");
  return fine
    ? undefined
    : makeIssue(geoMessages, "geo.invalid_query", locale, ["query"], {
        params: { maxLength: MAX_QUERY_LENGTH },
        value: query,
      });
}

function unknownParent(within: unknown, locale: Locale): Issue {
  return makeIssue(geoMessages, "geo.unknown_parent", locale, ["within"], {
    params: { within: shown(within) },
    value: within,
  });
}

/**
 * Look a place up once the query is known to be a string: by code when it is
 * one, else by each candidate name key in turn until one matches inside the scope.
 */
function lookUp<P extends Place>(
  level: PlaceLevel,
  query: string,
  inScope: (place: P) => boolean,
  byCode: (code: CodeQuery) => P | undefined,
  locale: Locale,
): Result<P> {
  const shownQuery = query.trim();
  const code = parseCodeQuery(query);
  if (code !== undefined) {
    const place = byCode(code);
    if (place !== undefined && inScope(place)) return { ok: true, value: place };
  } else {
    const index = nameIndex(level) as ReadonlyMap<string, readonly P[]>;
    for (const key of candidateKeys(query, level)) {
      const matches = (index.get(key) ?? []).filter(inScope);
      const [first] = matches;
      if (first === undefined) continue;
      if (matches.length === 1) return { ok: true, value: first };
      const candidates = matches.map((p) => p.code).sort();
      return {
        ok: false,
        issues: [
          makeIssue(geoMessages, "geo.ambiguous", locale, ["query"], {
            params: { query: shownQuery, count: candidates.length, candidates: candidates.join(", ") },
            value: query,
          }),
        ],
      };
    }
  }
  return {
    ok: false,
    issues: [
      makeIssue(geoMessages, "geo.not_found", locale, ["query"], { params: { query: shownQuery }, value: query }),
    ],
  };
}

/**
 * Find a région by its code or by its name in Arabic or French.
 *
 * @remarks Codes and names: HCP, RGPH 2024. A code is the two-digit HCP code
 * (`"01"`; Arabic-Indic digits accepted, leading zero optional). A name matches
 * whatever the case, Latin accents, apostrophes, hyphens and spaces, Arabic
 * diacritics, tatweel, hamza and alef forms (`أ إ آ ٱ → ا`, `ؤ → و`, `ئ → ي`),
 * `ى`/`ي` and `ة`/`ه`; a generic prefix ("Région de", "جهة") is ignored when the
 * name does not match with it. Never throws.
 * @param query - the code or the name.
 * @param options - {@link FindRegionOptions}: the message language.
 * @returns the région; or `geo.not_found`, `geo.ambiguous` (with the candidate
 * codes), or `geo.invalid_query` (not a non-empty string of at most 200 characters).
 * @example
 * ```ts
 * findRegion("Région de l'Oriental"); // { ok: true, value: { code: "02", … } }
 * findRegion("جهة سوس ماسة"); // { ok: true, value: { code: "09", … } }
 * ```
 */
export function findRegion(query: string, options?: FindRegionOptions): Result<Region> {
  return atBoundary(options, (_options, locale) => {
    const issue = checkQuery(query, locale);
    if (issue !== undefined) return { ok: false, issues: [issue] };
    return lookUp<Region>("region", query, () => true, regionOfCode, locale);
  });
}

/**
 * Find a province or prefecture by its code or by its name in Arabic or French,
 * optionally inside one région.
 *
 * @remarks Codes and names: HCP, RGPH 2024. A code is dotted (`"01.511"`,
 * `"06.141.01.00"`) or digits only (`"01511"`, `"061410100"`, leading zeros
 * optional), Arabic-Indic digits accepted. Names match as in {@link findRegion};
 * "Province de", "Préfecture de", "إقليم", "عمالة" and the like are ignored when
 * the name does not match with them. With `within`, a code outside the région is
 * not found. Never throws.
 * @param query - the code or the name.
 * @param options - {@link FindProvinceOptions}: the région to look in, the message language.
 * @returns the province; or `geo.not_found`, `geo.ambiguous` (with the candidate
 * codes), `geo.invalid_query`, or `geo.unknown_parent` when `within` is not a région code.
 * @example
 * ```ts
 * findProvince("إقليم الحوز"); // { ok: true, value: { code: "07.041", … } }
 * findProvince("Préfecture de Tanger-Assilah", { within: "01" }); // { ok: true, value: { code: "01.511", … } }
 * ```
 */
export function findProvince(query: string, options?: FindProvinceOptions): Result<Province> {
  return atBoundary(options, (o, locale) => {
    const issues: Issue[] = [];
    const queryIssue = checkQuery(query, locale);
    if (queryIssue !== undefined) issues.push(queryIssue);
    const within = optionOf(o, "within");
    let inScope = (_: Province): boolean => true;
    if (within !== undefined) {
      const code = typeof within === "string" && within.length <= MAX_QUERY_LENGTH ? parseCodeQuery(within) : undefined;
      const region = code === undefined ? undefined : regionOfCode(code);
      if (region === undefined) issues.push(unknownParent(within, locale));
      else inScope = (p) => p.regionCode === region.code;
    }
    if (issues.length > 0) return { ok: false, issues };
    return lookUp<Province>("province", query, inScope, provinceOfCode, locale);
  });
}

/**
 * Find a commune by its code or by its name in Arabic or French, optionally
 * inside one région or province.
 *
 * @remarks Codes and names: HCP, RGPH 2024. A code is dotted (`"01.511.01.01"`)
 * or digits only (`"015110101"`, leading zeros optional, as spreadsheets drop
 * them), Arabic-Indic digits accepted. Names match as in {@link findRegion};
 * "Commune de", "Commune rurale de", "Municipalité de", "جماعة", "الجماعة الترابية",
 * "بلدية" and the like are ignored when the name does not match with them.
 * Several communes share a name (Ajdir, Tazarine, Oulad Aissa, …): scope the
 * query with `within`, or get `geo.ambiguous` listing their codes. With `within`,
 * a code outside that région or province is not found. Never throws.
 * @param query - the code or the name.
 * @param options - {@link FindCommuneOptions}: the région or province to look in, the message language.
 * @returns the commune; or `geo.not_found`, `geo.ambiguous` (with the candidate
 * codes), `geo.invalid_query`, or `geo.unknown_parent` when `within` is neither a
 * région nor a province code.
 * @example
 * ```ts
 * findCommune("Ajdir"); // { ok: false, issues: [{ code: "geo.ambiguous", params: { candidates: "01.051.01.09, 03.561.03.01", … } }] }
 * findCommune("أجدير", { within: "01.051" }); // { ok: true, value: { code: "01.051.01.09", … } }
 * findCommune("٠١٥١١٠١٠١"); // { ok: true, value: { nameFr: "Assilah", … } }
 * ```
 */
export function findCommune(query: string, options?: FindCommuneOptions): Result<Commune> {
  return atBoundary(options, (o, locale) => {
    const issues: Issue[] = [];
    const queryIssue = checkQuery(query, locale);
    if (queryIssue !== undefined) issues.push(queryIssue);
    const within = optionOf(o, "within");
    let inScope = (_: Commune): boolean => true;
    if (within !== undefined) {
      const code = typeof within === "string" && within.length <= MAX_QUERY_LENGTH ? parseCodeQuery(within) : undefined;
      const region = code?.kind === "digits" && code.digits.length <= 2 ? regionOfCode(code) : undefined;
      const province = code === undefined || region !== undefined ? undefined : provinceOfCode(code);
      if (region !== undefined) inScope = (c) => c.regionCode === region.code;
      else if (province !== undefined) inScope = (c) => c.provinceCode === province.code;
      else issues.push(unknownParent(within, locale));
    }
    if (issues.length > 0) return { ok: false, issues };
    return lookUp<Commune>("commune", query, inScope, communeOfCode, locale);
  });
}
