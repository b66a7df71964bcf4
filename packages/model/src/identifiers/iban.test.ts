import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IbanSchema, isValidIban, parseIban } from "./iban.js";

/** RIB key and IBAN check digits computed with BigInt (independent of the code under test). */
function ribKey(prefix: string): string {
  return String(97n - ((BigInt(prefix) * 100n) % 97n)).padStart(2, "0");
}
/** ISO 13616 check digits of a Moroccan BBAN: 98 - (BBAN + "MA" as 2210 + "00") mod 97. */
function checkDigits(bban: string): string {
  return String(98n - (BigInt(`${bban}221000`) % 97n)).padStart(2, "0");
}

const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const validRib = digits(22).map((prefix) => prefix + ribKey(prefix));
const validIban = validRib.map((rib) => `MA${checkDigits(rib)}${rib}`);

const codesOf = (input: unknown): string[] => {
  const r = parseIban(input);
  return r.ok ? [] : r.issues.map((i) => i.code);
};

describe("parseIban", () => {
  // The Moroccan example of IBAN references (IBAN.com experimental list).
  const published = "MA64011519000001205000534921";

  it("accepts a valid Moroccan IBAN and gives its RIB and print form", () => {
    expect(parseIban(published)).toEqual({
      ok: true,
      value: { iban: published, rib: "011519000001205000534921", formatted: "MA64 0115 1900 0001 2050 0053 4921" },
    });
    // A made-up account: RIB key and check digits computed outside this code base.
    expect(parseIban("MA64 0077 8000 0123 4567 8901 2396")).toMatchObject({
      ok: true,
      value: { rib: "007780000123456789012396" },
    });
  });

  it("accepts lower case, separators, Arabic-Indic digits and an IBAN label", () => {
    for (const variant of [
      "ma64 0115 1900 0001 2050 0053 4921",
      "MA64-0115-1900-0001-2050-0053-4921",
      " MA64.0115.1900.0001.2050.0053.4921 ",
      "MA٦٤٠١١٥١٩٠٠٠٠٠١٢٠٥٠٠٠٥٣٤٩٢١",
      "IBAN MA64 0115 1900 0001 2050 0053 4921",
      "IBAN: MA64 0115 1900 0001 2050 0053 4921",
    ]) {
      expect(parseIban(variant)).toMatchObject({ ok: true, value: { iban: published } });
    }
  });

  it("reports iban.country for another country, with the country", () => {
    expect(parseIban("FR76 3000 6000 0112 3456 7890 189")).toMatchObject({
      ok: false,
      issues: [{ code: "iban.country", params: { country: "FR" }, value: "FR76 3000 6000 0112 3456 7890 189" }],
    });
  });

  it("reports iban.length for a Moroccan IBAN of the wrong length", () => {
    expect(parseIban(published.slice(0, 27))).toMatchObject({
      ok: false,
      issues: [{ code: "iban.length", params: { expected: 28, actual: 27 } }],
    });
    expect(parseIban(`${published}1`)).toMatchObject({ issues: [{ code: "iban.length", params: { actual: 29 } }] });
  });

  it("reports iban.format for input that is not letters then digits", () => {
    expect(codesOf("")).toEqual(["iban.format"]);
    expect(codesOf("011519000001205000534921")).toEqual(["iban.format"]);
    expect(codesOf(`MA64${"0".repeat(23)}X`)).toEqual(["iban.format"]);
    expect(codesOf(`MA6A${"0".repeat(24)}`)).toEqual(["iban.format"]);
    expect(codesOf("x".repeat(300))).toEqual(["iban.format"]);
  });

  it("says which check failed: the IBAN check digits, the RIB key, or both", () => {
    // Check digits changed: only the ISO 13616 check fails.
    expect(codesOf("MA65011519000001205000534921")).toEqual(["iban.checksum"]);
    // A RIB with a wrong key but correct IBAN check digits for it: only the RIB check fails.
    const badRib = "011519000001205000534922";
    expect(codesOf(`MA${checkDigits(badRib)}${badRib}`)).toEqual(["iban.rib_checksum"]);
    // A digit of the account changed: both fail.
    expect(codesOf("MA64011519000001205000534931")).toEqual(["iban.checksum", "iban.rib_checksum"]);
  });

  it("reports identifier.not_a_string for other types", () => {
    expect(codesOf(64)).toEqual(["identifier.not_a_string"]);
    expect(codesOf(undefined)).toEqual(["identifier.not_a_string"]);
  });

  it("law: an IBAN built from any valid RIB parses back to that RIB", () => {
    fc.assert(
      fc.property(validRib, (rib) => {
        const iban = `MA${checkDigits(rib)}${rib}`;
        expect(parseIban(iban)).toMatchObject({ ok: true, value: { iban, rib } });
        expect(isValidIban(iban)).toBe(true);
      }),
    );
  });

  it("law: changing any single digit makes the ISO 13616 check fail", () => {
    fc.assert(
      fc.property(
        validIban,
        fc.integer({ min: 2, max: 27 }),
        fc.integer({ min: 1, max: 9 }),
        (iban, position, delta) => {
          const changed = String((Number(iban[position]) + delta) % 10);
          const typo = iban.slice(0, position) + changed + iban.slice(position + 1);
          const codes = codesOf(typo);
          expect(codes).toContain("iban.checksum");
          // The RIB check fails too exactly when the change is inside the RIB.
          expect(codes.includes("iban.rib_checksum")).toBe(position >= 4);
          expect(isValidIban(typo)).toBe(false);
        },
      ),
    );
  });

  it("law: parsing the canonical or the print form gives the same value", () => {
    fc.assert(
      fc.property(validIban, (iban) => {
        const first = parseIban(iban);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        expect(parseIban(first.value.iban)).toEqual(first);
        expect(parseIban(first.value.formatted)).toEqual(first);
        expect(parseIban(first.value.formatted.toLowerCase())).toEqual(first);
      }),
    );
  });

  it("law: never throws on random strings, and a success always passes isValidIban", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), (input) => {
        const r = parseIban(input);
        if (r.ok) expect(isValidIban(r.value.iban)).toBe(true);
        else expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("IbanSchema", () => {
  const codes = (value: unknown) =>
    IbanSchema.safeParse(value).error?.issues.map((i) => (i as { params?: { madani?: string } }).params?.madani);

  it("accepts a canonical Moroccan IBAN", () => {
    expect(IbanSchema.parse("MA64011519000001205000534921")).toBe("MA64011519000001205000534921");
  });

  it("reports iban.format alone for a non-canonical string, then each failed check", () => {
    expect(codes("MA64 0115 1900 0001 2050 0053 4921")).toEqual(["iban.format"]);
    expect(codes("FR7630006000011234567890189")).toEqual(["iban.format"]);
    expect(codes("MA65011519000001205000534921")).toEqual(["iban.checksum"]);
    expect(codes("MA64011519000001205000534931")).toEqual(["iban.checksum", "iban.rib_checksum"]);
  });
});
