import type { RegionRow } from "./data.js";

/**
 * A région of Morocco (جهة), one of the twelve of the 2015 territorial division.
 *
 * @remarks Codes, names and figures: HCP, RGPH 2024. `population2024` and
 * `households2024` are the figures HCP publishes for the région itself, not a sum
 * over its communes, and may differ from that sum.
 * @example
 * ```ts
 * const r: Region = regions()[0]!; // { level: "region", code: "01", nameFr: "Tanger-Tétouan-Al Hoceima", … }
 * ```
 */
export interface Region {
  /** Always `"region"`: tells a region from a province or a commune in a `Region | Province | Commune`. */
  readonly level: "region";
  /** The HCP geographic code, two digits: `"01"` … `"12"`. */
  readonly code: string;
  /** The code as digits only; for a région the same as `code`. */
  readonly codeDigits: string;
  /** The name in Arabic, as HCP writes it, e.g. `"طنجة-تطوان-الحسيمة"`. */
  readonly nameAr: string;
  /** The name in French, as HCP writes it, e.g. `"Tanger-Tétouan-Al Hoceima"`. */
  readonly nameFr: string;
  /** Legal population, RGPH 2024. */
  readonly population2024: number;
  /** Households, RGPH 2024. */
  readonly households2024: number;
  /** Provinces and prefectures of the région, prefectures of arrondissements not counted. */
  readonly provinceCount: number;
  /** Communes of the région. */
  readonly communeCount: number;
}

/** Build the frozen {@link Region} of a data row. */
export function regionFromRow(row: RegionRow): Region {
  const [code, nameFr, nameAr, population2024, households2024, provinceCount, communeCount] = row;
  return Object.freeze({
    level: "region",
    code,
    codeDigits: code,
    nameAr,
    nameFr,
    population2024,
    households2024,
    provinceCount,
    communeCount,
  });
}
