import { describe, expect, it } from "vitest";
import { communeOfCode, padDigits, parseCodeQuery, provinceOfCode, regionOfCode } from "./codeQuery.js";

describe("parseCodeQuery", () => {
  it("reads dotted and digits-only codes in any digits", () => {
    expect(parseCodeQuery("01.511.01.01")).toEqual({ kind: "dotted", code: "01.511.01.01" });
    expect(parseCodeQuery(" ٠١.٥١١.٠١.٠١ ")).toEqual({ kind: "dotted", code: "01.511.01.01" });
    expect(parseCodeQuery("۰۱٫۵۱۱")).toEqual({ kind: "dotted", code: "01.511" });
    expect(parseCodeQuery("\u200F015110101")).toEqual({ kind: "digits", digits: "015110101" });
    expect(parseCodeQuery("０１５")).toEqual({ kind: "digits", digits: "015" });
  });

  it("leaves names and malformed codes alone", () => {
    expect(parseCodeQuery("Assilah")).toBeUndefined();
    expect(parseCodeQuery("01.")).toBeUndefined();
    expect(parseCodeQuery(".01")).toBeUndefined();
    expect(parseCodeQuery("01..511")).toBeUndefined();
    expect(parseCodeQuery("01 511")).toBeUndefined();
    expect(parseCodeQuery("")).toBeUndefined();
  });
});

describe("codes of each level", () => {
  it("pads digits that lost their leading zeros", () => {
    expect(padDigits("1", 2)).toBe("01");
    expect(padDigits("123", 2)).toBeUndefined();
    expect(regionOfCode({ kind: "digits", digits: "9" })?.nameFr).toBe("Souss-Massa");
    expect(provinceOfCode({ kind: "digits", digits: "1511" })?.nameFr).toBe("Tanger-Assilah");
    expect(provinceOfCode({ kind: "digits", digits: "61410100" })?.nameFr).toBe("Casablanca-Anfa");
    expect(communeOfCode({ kind: "digits", digits: "15110101" })?.nameFr).toBe("Assilah");
    expect(communeOfCode({ kind: "digits", digits: "1511010" })?.nameFr).toBe("Tanger");
  });

  it("does not pad dotted codes: 06.141.01.0 is a commune, 06.141.01.00 a prefecture", () => {
    expect(communeOfCode({ kind: "dotted", code: "06.141.01.0" })?.nameFr).toBe("Casablanca");
    expect(communeOfCode({ kind: "dotted", code: "06.141.01.00" })).toBeUndefined();
    expect(provinceOfCode({ kind: "dotted", code: "06.141.01.00" })?.nameFr).toBe("Casablanca-Anfa");
    expect(regionOfCode({ kind: "dotted", code: "01.0" })).toBeUndefined();
  });
});
