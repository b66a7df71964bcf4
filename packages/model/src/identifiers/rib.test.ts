import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { identifierMessages } from "./messages.js";
import { isValidRib, parseRib, RibSchema } from "./rib.js";

/** The key that makes a 22-digit prefix a valid RIB, computed with BigInt (independent of the code under test). */
function ribKey(prefix: string): string {
  return String(97n - ((BigInt(prefix) * 100n) % 97n)).padStart(2, "0");
}

const ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩";
const EXTENDED_ARABIC_INDIC = "۰۱۲۳۴۵۶۷۸۹";
const toArabicIndic = (s: string, digits = ARABIC_INDIC): string => s.replace(/\d/g, (d) => digits[Number(d)] ?? d);

const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const validRib = digits(22).map((prefix) => prefix + ribKey(prefix));

describe("parseRib", () => {
  // The RIB inside the IBAN example "MA64 0115 1900 0001 2050 0053 4921" quoted in IBAN references.
  const published = "011519000001205000534921";
  // Made-up accounts whose keys were computed outside this code base (Python: 97 - prefix * 100 % 97).
  const madeUp = ["007780000123456789012396", "230780009876543210001251", "181500000000123456789001"];

  it("accepts a valid RIB and splits it into bank, locality, account and key", () => {
    expect(parseRib(published)).toEqual({
      ok: true,
      value: {
        rib: published,
        bankCode: "011",
        localityCode: "519",
        accountNumber: "0000012050005349",
        key: "21",
      },
    });
    for (const rib of madeUp) expect(parseRib(rib)).toMatchObject({ ok: true, value: { rib } });
  });

  it("accepts separators, white space, Arabic-Indic and Extended Arabic-Indic digits", () => {
    const variants = [
      "011 519 0000012050005349 21",
      "011-519-0000012050005349-21",
      "011.519.0000012050005349.21",
      " 011519000001205000534921\n",
      "011\u00A0519\u00A00000012050005349\u00A021",
      "011/519/0000012050005349_21",
      toArabicIndic("011 519 0000012050005349 21"),
      toArabicIndic(published, EXTENDED_ARABIC_INDIC),
    ];
    for (const variant of variants) expect(parseRib(variant)).toMatchObject({ ok: true, value: { rib: published } });
  });

  it("reports rib.format for anything but 24 digits, echoing the input", () => {
    for (const bad of [
      "",
      "   ",
      published.slice(1),
      `${published}0`,
      `${published.slice(0, 23)}A`,
      "RIB 011519000001205000534921",
    ]) {
      const r = parseRib(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues).toHaveLength(1);
        expect(r.issues[0]).toMatchObject({ code: "rib.format", path: [], severity: "error", value: bad });
      }
    }
  });

  it("reports rib.checksum for a wrong key or a typing error", () => {
    const wrongKey = `${published.slice(0, 22)}22`;
    const swapped = `${published.slice(0, 22)}12`;
    const typo = `${published.slice(0, 4)}7${published.slice(5)}`;
    for (const bad of [wrongKey, swapped, typo]) {
      expect(parseRib(bad)).toMatchObject({ ok: false, issues: [{ code: "rib.checksum", value: bad }] });
    }
  });

  it("reports identifier.not_a_string for other types, echoing only short primitives", () => {
    expect(parseRib(11519000001)).toMatchObject({
      ok: false,
      issues: [{ code: "identifier.not_a_string", params: { received: "number" } }],
    });
    const r = parseRib({ rib: published });
    expect(r).toMatchObject({
      ok: false,
      issues: [{ code: "identifier.not_a_string", params: { received: "object" } }],
    });
    if (!r.ok) expect(r.issues[0]).not.toHaveProperty("value");
    expect(parseRib(null)).toMatchObject({ ok: false, issues: [{ params: { received: "null" }, value: null }] });
  });

  it("rejects strings longer than 256 characters without echoing them", () => {
    const r = parseRib(`${published} ${" ".repeat(240)}`);
    expect(r).toMatchObject({ ok: false, issues: [{ code: "rib.format" }] });
    if (!r.ok) expect(r.issues[0]).not.toHaveProperty("value");
  });

  it("writes messages in the requested locale and places issues at the given path", () => {
    const r = parseRib("123", { locale: "ar", path: ["bankAccount", "rib"] });
    expect(r).toMatchObject({
      ok: false,
      issues: [{ code: "rib.format", path: ["bankAccount", "rib"], message: identifierMessages["rib.format"].ar }],
    });
    expect(parseRib("123", { locale: "fr" })).toMatchObject({
      issues: [{ message: identifierMessages["rib.format"].fr }],
    });
    expect(parseRib("123")).toMatchObject({ issues: [{ message: identifierMessages["rib.format"].en }] });
  });

  it("returns a frozen value", () => {
    const r = parseRib(published);
    expect(r.ok && Object.isFrozen(r.value)).toBe(true);
  });

  it("law: a computed key makes any 22-digit prefix a valid RIB", () => {
    fc.assert(
      fc.property(digits(22), (prefix) => {
        const r = parseRib(prefix + ribKey(prefix));
        expect(r).toMatchObject({ ok: true, value: { key: ribKey(prefix), accountNumber: prefix.slice(6) } });
      }),
    );
  });

  it("refuses the key 00, which no bank gives: when the remainder is 0 the key is 97", () => {
    // A bank's key is 97 minus the remainder of the first 22 digits followed by 00: it runs from 01 to 97.
    for (const prefix of ["0000000000000000000000", "0000000000000000000097", "0115190000000000000033"]) {
      expect((BigInt(prefix) * 100n) % 97n).toBe(0n);
      expect(parseRib(`${prefix}97`).ok, prefix).toBe(true);
      expect(parseRib(`${prefix}00`), prefix).toMatchObject({ ok: false, issues: [{ code: "rib.checksum" }] });
      expect(isValidRib(`${prefix}00`)).toBe(false);
      expect(RibSchema.safeParse(`${prefix}00`).success).toBe(false);
    }
    expect(parseRib("0000000000000000000097 00").ok).toBe(false);
  });

  it("law: a RIB ending in 00 is never valid", () => {
    fc.assert(
      fc.property(digits(22), (prefix) => {
        expect(isValidRib(`${prefix}00`)).toBe(false);
        expect(parseRib(`${prefix}00`).ok).toBe(false);
      }),
    );
  });

  it("law: changing any single digit of a valid RIB makes it fail with rib.checksum", () => {
    fc.assert(
      fc.property(validRib, fc.nat(23), fc.integer({ min: 1, max: 9 }), (rib, position, delta) => {
        const changed = String((Number(rib[position]) + delta) % 10);
        const typo = rib.slice(0, position) + changed + rib.slice(position + 1);
        expect(parseRib(typo)).toMatchObject({ ok: false, issues: [{ code: "rib.checksum" }] });
        expect(isValidRib(typo)).toBe(false);
      }),
    );
  });

  it("law: parsing is idempotent and insensitive to separators", () => {
    const separator = fc.constantFrom("", " ", "-", ".", "  ");
    fc.assert(
      fc.property(validRib, separator, fc.boolean(), (rib, sep, arabic) => {
        const first = parseRib(rib);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        expect(parseRib(first.value.rib)).toEqual(first);
        const written = [rib.slice(0, 3), rib.slice(3, 6), rib.slice(6, 22), rib.slice(22)].join(sep);
        expect(parseRib(arabic ? toArabicIndic(written) : written)).toEqual(first);
      }),
    );
  });

  it("law: never throws on random strings, and a success is always 24 digits passing isValidRib", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), (input) => {
        const r = parseRib(input);
        if (r.ok) expect(isValidRib(r.value.rib)).toBe(true);
        else expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("isValidRib", () => {
  it("accepts canonical RIBs only", () => {
    expect(isValidRib("011519000001205000534921")).toBe(true);
    expect(isValidRib("011 519 0000012050005349 21")).toBe(false);
    expect(isValidRib("011519000001205000534922")).toBe(false);
    expect(isValidRib("")).toBe(false);
  });
});

describe("RibSchema", () => {
  const codes = (value: unknown) =>
    RibSchema.safeParse(value).error?.issues.map((i) => (i as { params?: { madani?: string } }).params?.madani);

  it("accepts a canonical RIB", () => {
    expect(RibSchema.parse("011519000001205000534921")).toBe("011519000001205000534921");
  });

  it("reports rib.format alone for a wrong shape and rib.checksum for a wrong key", () => {
    expect(codes("011 519 0000012050005349 21")).toEqual(["rib.format"]);
    expect(codes("12")).toEqual(["rib.format"]);
    expect(codes("011519000001205000534922")).toEqual(["rib.checksum"]);
  });

  it("law: agrees with parseRib on canonical strings", () => {
    fc.assert(
      fc.property(fc.oneof(validRib, digits(24)), (rib) => {
        expect(RibSchema.safeParse(rib).success).toBe(parseRib(rib).ok);
      }),
    );
  });
});
