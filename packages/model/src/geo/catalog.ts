import { type Commune, communeFromRow } from "./commune.js";
import { COMMUNE_ROWS, PROVINCE_ROWS, REGION_ROWS } from "./data.js";
import { type Province, provinceFromRow } from "./province.js";
import { type Region, regionFromRow } from "./region.js";

/** Every place of the reference data, frozen, with the maps the listings and look-ups use. */
export interface Catalog {
  readonly regions: readonly Region[];
  readonly provinces: readonly Province[];
  readonly communes: readonly Commune[];
  /** Régions by code (`"01"`). */
  readonly regionByCode: ReadonlyMap<string, Region>;
  /** Provinces by dotted code (`"01.511"`, `"06.141.01.00"`). */
  readonly provinceByCode: ReadonlyMap<string, Province>;
  /** Provinces by digits-only code (`"01511"`, `"061410100"`). */
  readonly provinceByDigits: ReadonlyMap<string, Province>;
  /** Communes by dotted code (`"01.511.01.01"`). */
  readonly communeByCode: ReadonlyMap<string, Commune>;
  /** Communes by nine-digit code (`"015110101"`). */
  readonly communeByDigits: ReadonlyMap<string, Commune>;
  /** Provinces of each région, in HCP order. */
  readonly provincesByRegion: ReadonlyMap<string, readonly Province[]>;
  /** Communes of each région, in HCP order. */
  readonly communesByRegion: ReadonlyMap<string, readonly Commune[]>;
  /** Communes of each province, in HCP order. */
  readonly communesByProvince: ReadonlyMap<string, readonly Commune[]>;
}

let cached: Catalog | undefined;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  for (const group of groups.values()) Object.freeze(group);
  return groups;
}

function build(): Catalog {
  const regions = Object.freeze(REGION_ROWS.map(regionFromRow));
  const provinces = Object.freeze(PROVINCE_ROWS.map(provinceFromRow));
  const communes = Object.freeze(COMMUNE_ROWS.map(communeFromRow));
  return {
    regions,
    provinces,
    communes,
    regionByCode: new Map(regions.map((r) => [r.code, r])),
    provinceByCode: new Map(provinces.map((p) => [p.code, p])),
    provinceByDigits: new Map(provinces.map((p) => [p.codeDigits, p])),
    communeByCode: new Map(communes.map((c) => [c.code, c])),
    communeByDigits: new Map(communes.map((c) => [c.codeDigits, c])),
    provincesByRegion: groupBy(provinces, (p) => p.regionCode),
    communesByRegion: groupBy(communes, (c) => c.regionCode),
    communesByProvince: groupBy(communes, (c) => c.provinceCode),
  };
}

/**
 * The catalog, built from the compact data on first use and kept.
 *
 * @returns the same catalog on every call.
 */
export function catalog(): Catalog {
  cached ??= build();
  return cached;
}
