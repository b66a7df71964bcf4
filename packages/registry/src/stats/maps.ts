/**
 * Maps of the statistics report: choropleth charts (`@madani/report`) of the régions and the provinces
 * and prefectures of Morocco, drawn with the outlines of `./map/shapes.ts` (ODbL, © OpenStreetMap
 * contributors; see DATA-LICENSE.md) and named with the HCP names of `@madani/model/geo`.
 *
 * @module
 */
import { formatMessage, type MessageTemplate } from "@madani/model";
import type { Chart, ReportLanguage, ReportText } from "@madani/report";
import { CASABLANCA_RABAT_INSET, MAP_HEIGHT, MAP_WIDTH, PROVINCE_PATHS, REGION_PATHS } from "./map/shapes.js";
import type { PlaceCount } from "./statistics.js";

/**
 * The attribution of the maps' outlines, which must accompany every map drawn with them (ODbL 1.0).
 *
 * @example
 * ```ts
 * MAP_ATTRIBUTION; // "Boundaries: © OpenStreetMap contributors, ODbL 1.0, via the morocco-map package."
 * ```
 */
export const MAP_ATTRIBUTION = "Boundaries: © OpenStreetMap contributors, ODbL 1.0, via the morocco-map package.";

/** {@link MAP_ATTRIBUTION} in the report languages, as the reports print it under each map. */
export const MAP_ATTRIBUTIONS = {
  ar: "الحدود: © مساهمو OpenStreetMap، رخصة ODbL 1.0، عبر حزمة morocco-map.",
  fr: "Limites : © les contributeurs d'OpenStreetMap, ODbL 1.0, via le paquet morocco-map.",
  en: MAP_ATTRIBUTION,
} as const satisfies MessageTemplate;

/** The name of the Casablanca–Rabat inset of the provinces' map. */
const INSET_LABEL = {
  ar: "الدار البيضاء - الرباط",
  fr: "Casablanca – Rabat",
  en: "Casablanca – Rabat",
} as const satisfies MessageTemplate;

/** The level of a map: the twelve régions, or the 75 provinces and prefectures. */
export type MapLevel = "region" | "province";

/** Options of {@link densityMap}. */
export interface DensityMapOptions {
  readonly language: ReportLanguage;
  readonly title: ReportText;
  readonly description?: ReportText | undefined;
  /** The name of a place in the report's language. */
  readonly name: (place: PlaceCount) => string;
  /** Draw the régions' borders over a map of provinces, and its Casablanca–Rabat inset (default `true`). */
  readonly regionBorders?: boolean | undefined;
}

/**
 * A choropleth map of the density of organizations (`per10k`) of each place that has a shape.
 *
 * @param level - régions or provinces.
 * @param places - `byRegion` or `byProvince` of the statistics; codes without a shape (unknown ones) are left out.
 * @param options - language, title, description, names.
 * @returns the chart: five quantile classes, densities shown with one decimal, the attribution under the map;
 * for provinces, the régions' borders over them and an enlarged inset of Casablanca–Rabat.
 * @example
 * ```ts
 * const map = densityMap("province", stats.byProvince, { language: "fr", title: "Densité", name: (p) => p.nameFr ?? p.code });
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass values returned by the package's entry points.
 */
export function densityMap(level: MapLevel, places: readonly PlaceCount[], options: DensityMapOptions): Chart {
  const paths = level === "region" ? REGION_PATHS : PROVINCE_PATHS;
  const areas = places.flatMap((p) => {
    const path = paths[p.code];
    return path === undefined ? [] : [{ code: p.code, label: options.name(p), path, value: p.per10k }];
  });
  const detailed = level === "province" && options.regionBorders !== false;
  const outlines = detailed ? Object.values(REGION_PATHS) : [];
  return {
    kind: "choropleth",
    title: options.title,
    ...(options.description === undefined ? {} : { description: options.description }),
    format: { type: "decimal", decimals: 1 },
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    classes: 5,
    areas,
    ...(outlines.length === 0 ? {} : { outlines }),
    ...(detailed ? { inset: { ...CASABLANCA_RABAT_INSET, label: formatMessage(INSET_LABEL, options.language) } } : {}),
    attribution: formatMessage(MAP_ATTRIBUTIONS, options.language),
  };
}
