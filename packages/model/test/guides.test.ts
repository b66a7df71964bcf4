/**
 * The claims the guides in docs/ make, checked against the code, so that the
 * guides stay true.
 */
import { describe, expect, it } from "vitest";
import { communes, findCommune, findProvince, GEO_ATTRIBUTION } from "../src/geo/index.js";
import { identifierMessages, PersonSchema, parseIce, parsePhone, parseRib, personalDataPaths } from "../src/index.js";

describe("docs/identifiers.md", () => {
  it("parses the examples as the guide says", () => {
    const rib = parseRib("0117 8000 0012 3456 7890 1296");
    expect(rib.ok && [rib.value.rib, rib.value.bankCode]).toEqual(["011780000012345678901296", "011"]);
    const ice = parseIce("٠٠١٥٢٥٢٨٩٠٠٠٠٠٢");
    expect(ice.ok && ice.value.ice).toBe("001525289000002");
    const mobile = parsePhone("0661-23-45-67");
    expect(mobile.ok && [mobile.value.e164, mobile.value.kind]).toEqual(["+212661234567", "mobile"]);
    const bad = parsePhone("0512345678");
    expect(bad.ok ? "" : bad.issues[0]?.code).toBe("phone.invalid");
  });

  it("lists codes that exist", () => {
    for (const code of [
      "rib.format",
      "rib.checksum",
      "iban.format",
      "iban.country",
      "iban.length",
      "iban.checksum",
      "iban.rib_checksum",
      "ice.format",
      "ice.checksum",
      "cin.format",
      "phone.invalid",
      "phone.unsupported_country",
      "email.format",
      "orgId.format",
      "orgId.scheme",
      "identifier.not_a_string",
    ]) {
      expect(Object.keys(identifierMessages)).toContain(code);
    }
  });
});

describe("docs/geography.md", () => {
  it("finds the examples as the guide says", () => {
    const p = findProvince("El Jadida");
    expect(p.ok && p.value.code).toBe("06.181");
    const c = findCommune("الجديدة", { within: "06.181" });
    expect(c.ok && c.value.code).toBe("06.181.01.03");
    const byCode = findCommune("06.181.01.03");
    expect(byCode.ok && byCode.value.nameFr).toBe("El Jadida");
    const ambiguous = findCommune("Sidi Ghanem");
    expect(ambiguous.ok ? "" : ambiguous.issues[0]?.code).toBe("geo.ambiguous");
    expect(communes({ provinceCode: "03.451" }).length).toBe(23);
    expect(GEO_ATTRIBUTION).toContain("CC BY 4.0");
  });
});

describe("docs/validation.md", () => {
  it("lists the personal-data fields of a person", () => {
    expect(personalDataPaths(PersonSchema)).toEqual(["name", "birthDate", "cin", "phone", "email", "address"]);
  });
});
