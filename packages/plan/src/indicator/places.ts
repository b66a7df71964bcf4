import { type Commune, communes, type Province, provinces, type Region, regions } from "@madani/model/geo";

/** A level of Morocco's territorial division, for rolling places up. */
export type PlaceLevel = "region" | "province" | "commune";

/** The places of `@madani/model/geo` by HCP code, built on first use. */
let index: ReadonlyMap<string, Region | Province | Commune> | undefined;

/**
 * The place an HCP code names in `@madani/model/geo` (HCP, RGPH 2024), or `undefined` when it names none.
 *
 * @param code - a dotted HCP code: `"06"`, `"06.181"`, `"06.181.01.03"`.
 */
export function hcpPlace(code: string): Region | Province | Commune | undefined {
  if (index === undefined) {
    const map = new Map<string, Region | Province | Commune>();
    for (const r of regions()) map.set(r.code, r);
    for (const p of provinces()) map.set(p.code, p);
    // A commune and a prefecture of arrondissements never share a code; keep the province if they did.
    for (const c of communes()) if (!map.has(c.code)) map.set(c.code, c);
    index = map;
  }
  return index.get(code);
}

/**
 * The place at a level that holds a place: a commune's province (`"06.181.01.03"` → `"06.181"`) or région
 * (`"06"`); a prefecture of arrondissements' prefecture (`"06.141.01.00"` → `"06.141"`). A place already at
 * the level or above it stays as it is. A code the geography does not know rolls up by its parts.
 *
 * @param code - a dotted HCP code.
 * @param level - the level to roll up to.
 */
export function placeAt(code: string, level: PlaceLevel): string {
  const place = hcpPlace(code);
  if (level === "commune") return code;
  if (place !== undefined) {
    if (level === "region" || place.level === "region") return place.level === "region" ? place.code : place.regionCode;
    return place.level === "commune" ? place.provinceCode : (place.prefectureCode ?? place.code);
  }
  const parts = code.split(".");
  return level === "region" ? (parts[0] as string) : parts.slice(0, 2).join(".");
}

/** The name of a place in a language (Arabic, else the French name HCP uses), or `undefined` for an unknown code. */
export function placeName(code: string, language: string): string | undefined {
  const place = hcpPlace(code);
  return place === undefined ? undefined : language === "ar" ? place.nameAr : place.nameFr;
}
