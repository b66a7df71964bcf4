import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IceSchema, isValidIce, parseIce } from "./ice.js";

/** The control digits that make a 13-digit prefix a valid ICE, computed with BigInt (independent of the code under test). */
function iceKey(prefix: string): string {
  return String(97n - ((BigInt(prefix) * 100n) % 97n)).padStart(2, "0");
}

const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const validIce = digits(13).map((prefix) => prefix + iceKey(prefix));

describe("parseIce", () => {
  // Published ICE numbers from python-stdnum's test data (stdnum/ma/ice.py, tests/test_ma_ice.doctest):
  // they satisfy the mod-97 rule, which is evidence that the rule is the real one.
  const published = ["001561191000066", "002136093000040", "000030205000041"];
  // Made-up numbers whose control digits were computed outside this code base.
  const madeUp = ["001234567000062", "000987654000194", "001122334000073"];

  it("accepts valid ICE numbers", () => {
    for (const ice of [...published, ...madeUp]) expect(parseIce(ice)).toEqual({ ok: true, value: { ice } });
  });

  it("accepts separators and Arabic-Indic digits", () => {
    for (const variant of ["001 234 567 000 062", "001-234-567-0000-62", "001.234.567.000.062", "٠٠١٢٣٤٥٦٧٠٠٠٠٦٢"]) {
      expect(parseIce(variant)).toEqual({ ok: true, value: { ice: "001234567000062" } });
    }
  });

  it("reports ice.format for anything but 15 digits, leading zeros included", () => {
    for (const bad of ["", "1234567000062", "0012345670000620", "00123456700006A", "ICE001234567000062"]) {
      expect(parseIce(bad)).toMatchObject({ ok: false, issues: [{ code: "ice.format", value: bad }] });
    }
  });

  it("reports ice.checksum for wrong control digits", () => {
    expect(parseIce("001234567000063")).toMatchObject({ ok: false, issues: [{ code: "ice.checksum" }] });
    // Often quoted as an example, but 1525289000092 mod 97 = 90: it does not pass the check.
    expect(parseIce("001525289000092")).toMatchObject({ ok: false, issues: [{ code: "ice.checksum" }] });
  });

  it("reports identifier.not_a_string for numbers, even when the digits would be valid", () => {
    expect(parseIce(1234567000062)).toMatchObject({
      ok: false,
      issues: [{ code: "identifier.not_a_string", params: { received: "number" }, value: 1234567000062 }],
    });
  });

  it("law: computed control digits make any 13-digit prefix a valid ICE", () => {
    fc.assert(
      fc.property(digits(13), (prefix) => {
        expect(parseIce(prefix + iceKey(prefix))).toEqual({ ok: true, value: { ice: prefix + iceKey(prefix) } });
      }),
    );
  });

  it("law: changing any single digit of a valid ICE makes it fail with ice.checksum", () => {
    fc.assert(
      fc.property(validIce, fc.nat(14), fc.integer({ min: 1, max: 9 }), (ice, position, delta) => {
        const typo = ice.slice(0, position) + String((Number(ice[position]) + delta) % 10) + ice.slice(position + 1);
        expect(parseIce(typo)).toMatchObject({ ok: false, issues: [{ code: "ice.checksum" }] });
        expect(isValidIce(typo)).toBe(false);
      }),
    );
  });

  it("law: parsing is idempotent", () => {
    fc.assert(
      fc.property(validIce, fc.constantFrom(" ", "-", "."), (ice, sep) => {
        const first = parseIce(ice.replace(/(\d{3})(?=\d)/g, `$1${sep}`));
        expect(first.ok).toBe(true);
        if (first.ok) expect(parseIce(first.value.ice)).toEqual(first);
      }),
    );
  });

  it("law: never throws on random strings, and a success always passes isValidIce", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), (input) => {
        const r = parseIce(input);
        if (r.ok) expect(isValidIce(r.value.ice)).toBe(true);
        else expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("IceSchema", () => {
  const codes = (value: unknown) =>
    IceSchema.safeParse(value).error?.issues.map((i) => (i as { params?: { madani?: string } }).params?.madani);

  it("accepts a canonical ICE and reports ice.format or ice.checksum", () => {
    expect(IceSchema.parse("001234567000062")).toBe("001234567000062");
    expect(codes("001 234 567 000 062")).toEqual(["ice.format"]);
    expect(codes("001234567000063")).toEqual(["ice.checksum"]);
  });
});
