import { catalog } from "./catalog.js";
import { parseCodeQuery, provinceOfCode, regionOfCode } from "./codeQuery.js";
import type { Commune } from "./commune.js";
import type { Province } from "./province.js";
import type { Region } from "./region.js";

/**
 * Options of {@link provinces}.
 *
 * @example
 * ```ts
 * const options: ProvincesOptions = { regionCode: "01" };
 * ```
 */
export interface ProvincesOptions {
  /**
   * Only the provinces and prefectures of this région: its code, `"01"` … `"12"`
   * (Arabic-Indic digits accepted, leading zero optional). Default: all régions.
   * A code that names no région gives an empty list.
   */
  readonly regionCode?: string | undefined;
}

/**
 * Options of {@link communes}.
 *
 * @example
 * ```ts
 * const options: CommunesOptions = { provinceCode: "01.511" };
 * ```
 */
export interface CommunesOptions {
  /**
   * Only the communes of this région: its code, e.g. `"01"`. Default: all régions.
   * A code that names no région gives an empty list.
   */
  readonly regionCode?: string | undefined;
  /**
   * Only the communes of this province or prefecture: its code, dotted (`"01.511"`)
   * or digits only (`"01511"`). Default: all provinces. A code that names no
   * province gives an empty list; so does a prefecture of arrondissements, which
   * holds no commune of its own.
   */
  readonly provinceCode?: string | undefined;
}

const NONE: readonly never[] = Object.freeze([]);

/** The value of an option: `undefined` when absent, `null` when present but not a string. */
function option(options: unknown, name: string): string | null | undefined {
  if (typeof options !== "object" || options === null) return undefined;
  let value: unknown;
  try {
    value = (options as Record<string, unknown>)[name];
  } catch {
    return null; // an option that cannot be read names no place
  }
  if (value === undefined) return undefined;
  return typeof value === "string" ? value : null;
}

function regionOf(code: string | null): Region | undefined {
  const query = code === null ? undefined : parseCodeQuery(code);
  return query === undefined ? undefined : regionOfCode(query);
}

function provinceOf(code: string | null): Province | undefined {
  const query = code === null ? undefined : parseCodeQuery(code);
  return query === undefined ? undefined : provinceOfCode(query);
}

/**
 * The twelve régions of Morocco, in HCP order (`01` Tanger-Tétouan-Al Hoceima …
 * `12` Dakhla-Oued Ed-Dahab).
 *
 * @remarks HCP, RGPH 2024. Built on first call and cached: every call returns the
 * same frozen array.
 * @returns the régions, frozen.
 * @example
 * ```ts
 * regions().map((r) => r.nameFr); // ["Tanger-Tétouan-Al Hoceima", "Oriental", …]
 * ```
 */
export function regions(): readonly Region[] {
  return catalog().regions;
}

/**
 * The provinces and prefectures of Morocco (83, the eight prefectures of
 * arrondissements of Casablanca included), in HCP order, optionally of one région.
 *
 * @remarks HCP, RGPH 2024. The arrays are built on first call and cached.
 * @param options - {@link ProvincesOptions}; default: every province.
 * @returns the provinces, frozen; empty when `regionCode` names no région (or cannot be read).
 * @example
 * ```ts
 * provinces({ regionCode: "01" }).map((p) => p.code); // ["01.511", "01.573", …] (8)
 * ```
 */
export function provinces(options?: ProvincesOptions): readonly Province[] {
  const c = catalog();
  const regionCode = option(options, "regionCode");
  if (regionCode === undefined) return c.provinces;
  const region = regionOf(regionCode);
  return region === undefined ? NONE : (c.provincesByRegion.get(region.code) ?? NONE);
}

/**
 * The communes of Morocco (1,503: 242 urban, 1,261 rural), in HCP order,
 * optionally of one région and/or one province.
 *
 * @remarks HCP, RGPH 2024 (populations of 2014: RGPH 2014). The arrays are built
 * on first call and cached.
 * @param options - {@link CommunesOptions}; default: every commune. With both
 * codes, the communes of the province when it lies in the région, else none.
 * @returns the communes, frozen; empty when a code names no place (or cannot be read).
 * @example
 * ```ts
 * communes({ provinceCode: "01.511" }).length; // 12
 * ```
 */
export function communes(options?: CommunesOptions): readonly Commune[] {
  const c = catalog();
  const regionCode = option(options, "regionCode");
  const provinceCode = option(options, "provinceCode");
  const region = regionCode === undefined ? undefined : regionOf(regionCode);
  if (regionCode !== undefined && region === undefined) return NONE;
  if (provinceCode === undefined)
    return region === undefined ? c.communes : (c.communesByRegion.get(region.code) ?? NONE);
  const province = provinceOf(provinceCode);
  if (province === undefined || (region !== undefined && province.regionCode !== region.code)) return NONE;
  return c.communesByProvince.get(province.code) ?? NONE;
}
