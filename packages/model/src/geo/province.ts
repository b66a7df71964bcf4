import type { ProvinceRow } from "./data.js";

/**
 * The kind of a second-level unit: a province (إقليم), a prefecture (عمالة) or a
 * prefecture of arrondissements (عمالة مقاطعات, the eight of Casablanca).
 *
 * @remarks As HCP, RGPH 2024, lists them: 62 provinces, 13 prefectures, 8 prefectures of arrondissements.
 * @example
 * ```ts
 * provinces().filter((p) => p.type === "prefecture").length; // 13
 * ```
 */
export type ProvinceType = "province" | "prefecture" | "prefecture_of_arrondissements";

const PROVINCE_TYPES: readonly ProvinceType[] = ["province", "prefecture", "prefecture_of_arrondissements"];

/**
 * A province or prefecture of Morocco (إقليم / عمالة), the level between the région
 * and the commune.
 *
 * @remarks Codes, names and figures: HCP, RGPH 2024. The eight prefectures of
 * arrondissements of Casablanca are listed too; they sit inside the prefecture of
 * Casablanca (`prefectureCode` `"06.141"`), have nine-digit codes and hold no
 * commune of their own (the commune of Casablanca belongs to `06.141`).
 * @example
 * ```ts
 * const p = findProvince("Tanger-Assilah");
 * if (p.ok) p.value.type; // "prefecture"
 * ```
 */
export interface Province {
  /** Always `"province"`, for prefectures too: tells a province from a region or a commune. */
  readonly level: "province";
  /** The HCP geographic code: `"01.511"`, or `"06.141.01.00"` for a prefecture of arrondissements. */
  readonly code: string;
  /** The code as digits only: `"01511"` (five digits), `"061410100"` (nine) for a prefecture of arrondissements. */
  readonly codeDigits: string;
  /** Province, prefecture or prefecture of arrondissements. */
  readonly type: ProvinceType;
  /** The name in Arabic, as HCP writes it, e.g. `"طنجة-أصيلة"`. */
  readonly nameAr: string;
  /** The name in French, as HCP writes it, e.g. `"Tanger-Assilah"`. */
  readonly nameFr: string;
  /** Code of the région, e.g. `"01"`. */
  readonly regionCode: string;
  /** For a prefecture of arrondissements, the code of the prefecture that holds it (`"06.141"`); `null` otherwise. */
  readonly prefectureCode: string | null;
  /** Legal population, RGPH 2024 (the figure HCP publishes for the unit itself). */
  readonly population2024: number;
  /** Households, RGPH 2024. */
  readonly households2024: number;
  /** Cercles (دوائر) of the province, the groupings of its rural communes. */
  readonly cercleCount: number;
  /** Communes of the province; 0 for a prefecture of arrondissements. */
  readonly communeCount: number;
}

/** Build the frozen {@link Province} of a data row. */
export function provinceFromRow(row: ProvinceRow): Province {
  const [code, nameFr, nameAr, typeIndex, population2024, households2024, cercleCount, communeCount] = row;
  const type = PROVINCE_TYPES[typeIndex] ?? "province";
  return Object.freeze({
    level: "province",
    code,
    codeDigits: code.replaceAll(".", ""),
    type,
    nameAr,
    nameFr,
    regionCode: code.slice(0, 2),
    prefectureCode: type === "prefecture_of_arrondissements" ? code.slice(0, 6) : null,
    population2024,
    households2024,
    cercleCount,
    communeCount,
  });
}
