import { describe, expect, it } from "vitest";
import { PLACE_ALIASES } from "./aliases.js";
import { findCommune, findProvince } from "./lookup.js";
import { nameKey } from "./nameKey.js";
import { communes, provinces } from "./places.js";

describe("names in common use", () => {
  it("find the province or commune they stand for, also after a generic prefix", () => {
    for (const [alias, code] of PLACE_ALIASES.province) {
      const r = findProvince(alias);
      expect(r.ok ? r.value.code : r.issues[0]?.code, alias).toBe(code);
    }
    for (const [alias, code] of PLACE_ALIASES.commune) {
      const r = findCommune(alias);
      expect(r.ok ? r.value.code : r.issues[0]?.code, alias).toBe(code);
    }
    // The spellings reported missing: Taroudant and Marrakesh.
    expect(findCommune("Taroudant")).toMatchObject({ ok: true, value: { nameFr: "Taroudannt" } });
    expect(findProvince("marrakesh")).toMatchObject({ ok: true, value: { nameFr: "Marrakech" } });
    expect(findProvince("Province de Taroudant")).toMatchObject({ ok: true, value: { code: "09.541" } });
    expect(findCommune("Tangier", { within: "01.511" })).toMatchObject({ ok: true, value: { code: "01.511.01.0" } });
  });

  it("never stand for a place outside the scope asked", () => {
    expect(findCommune("Taroudant", { within: "07.351" }).ok).toBe(false);
  });

  it("never take the place of an HCP name of their level, and name places that exist", () => {
    const levels = [
      ["province", provinces()],
      ["commune", communes()],
    ] as const;
    for (const [level, places] of levels) {
      const hcpKeys = new Set(places.flatMap((p) => [nameKey(p.nameFr), nameKey(p.nameAr)]));
      const codes = new Set(places.map((p) => p.code));
      for (const [alias, code] of PLACE_ALIASES[level]) {
        expect(hcpKeys.has(nameKey(alias)), `${level} ${alias}`).toBe(false);
        expect(codes.has(code), `${level} ${alias} → ${code}`).toBe(true);
      }
    }
  });
});
