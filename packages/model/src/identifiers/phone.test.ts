import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhoneSchema, parsePhone } from "./phone.js";
import { PHONE_COUNTRIES } from "./phoneCountries.js";

const ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩";
const toArabicIndic = (s: string): string => s.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)] ?? d);
const codesOf = (input: unknown, options?: Parameters<typeof parsePhone>[1]): string[] => {
  const r = parsePhone(input, options);
  return r.ok ? [] : r.issues.map((i) => i.code);
};

describe("parsePhone", () => {
  // Each example was checked against the Moroccan numbering plan of libphonenumber's metadata:
  // fixed lines 5(2[0-25-79]…)…, mobiles 6[0-79]…, 7[016-8]…; 51x is not allocated.
  it("accepts Casablanca fixed lines and Moroccan mobiles in national form", () => {
    expect(parsePhone("0522-27-12-34")).toEqual({
      ok: true,
      value: { e164: "+212522271234", kind: "fixed", country: "MA" },
    });
    expect(parsePhone("0612345678")).toEqual({
      ok: true,
      value: { e164: "+212612345678", kind: "mobile", country: "MA" },
    });
    expect(parsePhone("07 12 34 56 78")).toEqual({
      ok: true,
      value: { e164: "+212712345678", kind: "mobile", country: "MA" },
    });
  });

  it("rejects 0512345678, which is not a valid Moroccan number", () => {
    expect(codesOf("0512345678")).toEqual(["phone.invalid"]);
  });

  it("accepts every usual way of writing the same number", () => {
    const variants = [
      "0612345678",
      "06 12 34 56 78",
      "06-12-34-56-78",
      "06.12.34.56.78",
      "+212612345678",
      "+212 6 12 34 56 78",
      "+212 (0) 6 12 34 56 78",
      "(+212) 612-345-678",
      "00212612345678",
      "00 212 6 12 34 56 78",
      "212612345678",
      "٠٦١٢٣٤٥٦٧٨",
      "۰۶۱۲۳۴۵۶۷۸",
      "+٢١٢ ٦١٢ ٣٤٥ ٦٧٨",
      "\u200E+212 612 345 678\u200F",
      " 06\u00A012\u00A034\u00A056\u00A078 ",
    ];
    for (const variant of variants) {
      expect(parsePhone(variant)).toEqual({
        ok: true,
        value: { e164: "+212612345678", kind: "mobile", country: "MA" },
      });
    }
  });

  it("classifies toll-free and fixed-or-mobile numbers as other", () => {
    expect(parsePhone("0800 00 00 00")).toMatchObject({ ok: true, value: { e164: "+212800000000", kind: "other" } });
    // US numbering does not tell fixed lines from mobiles.
    expect(parsePhone("+1 202 555 0123")).toMatchObject({ ok: true, value: { kind: "other", country: "US" } });
  });

  it("reads partner-country numbers, internationally or with their default country", () => {
    expect(parsePhone("+33 1 42 68 53 00")).toEqual({
      ok: true,
      value: { e164: "+33142685300", kind: "fixed", country: "FR" },
    });
    expect(parsePhone("0033 1 42 68 53 00")).toMatchObject({ ok: true, value: { e164: "+33142685300" } });
    expect(parsePhone("01 42 68 53 00", { defaultCountry: "FR" })).toMatchObject({
      ok: true,
      value: { country: "FR" },
    });
    expect(parsePhone("+44 20 7946 0958")).toMatchObject({ ok: true, value: { country: "GB", kind: "fixed" } });
    expect(parsePhone("+1 416 555 0123")).toMatchObject({ ok: true, value: { country: "CA" } });
  });

  it("reports phone.unsupported_country for other countries, with their calling code", () => {
    expect(parsePhone("+7 495 123 45 67")).toMatchObject({
      ok: false,
      issues: [{ code: "phone.unsupported_country", params: { callingCode: "+7" } }],
    });
    expect(parsePhone("007 495 123 45 67")).toMatchObject({ issues: [{ params: { callingCode: "+7" } }] });
    expect(parsePhone("+800 1234 5678")).toMatchObject({ issues: [{ code: "phone.unsupported_country" }] });
    // Countries sharing a calling code with a supported one: Jamaica (+1), Guernsey and Jersey (+44), Vatican (+39).
    for (const number of ["+1 876 555 1234", "+44 1481 256789", "+44 1534 123456", "+39 06 698 12345"]) {
      expect(codesOf(number)).toEqual(["phone.unsupported_country"]);
    }
  });

  it("reports phone.invalid for unassigned calling codes, garbage, extensions and extra text", () => {
    for (const bad of [
      "+999 1234567",
      "",
      "abc",
      "+",
      "06123456789",
      "061234567",
      "Tel: 0612345678",
      "0522271234 ext. 12",
    ]) {
      expect(codesOf(bad)).toEqual(["phone.invalid"]);
    }
    expect(codesOf(`06${" ".repeat(300)}12345678`)).toEqual(["phone.invalid"]);
  });

  it("reads national numbers with defaultCountry EH, reporting MA as for every +212 number", () => {
    expect(parsePhone("0528812345", { defaultCountry: "EH" })).toEqual({
      ok: true,
      value: { e164: "+212528812345", kind: "fixed", country: "MA" },
    });
  });

  it("reports phone.unsupported_country when defaultCountry is outside the list", () => {
    expect(parsePhone("0612345678", { defaultCountry: "RU" as never })).toMatchObject({
      ok: false,
      issues: [{ code: "phone.unsupported_country", params: { callingCode: "+7" } }],
    });
  });

  it("never echoes the number", () => {
    for (const input of ["0512345678", "+7 495 123 45 67", 612345678]) {
      const r = parsePhone(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]).not.toHaveProperty("value");
    }
  });

  it("supports the documented countries", () => {
    expect([...PHONE_COUNTRIES].sort()).toEqual(
      [..."MA EH FR ES BE NL DE IT PT CH GB IE LU SE US CA DZ TN LY MR SN CI EG SA AE QA TR".split(" ")].sort(),
    );
  });

  it("law: a Moroccan mobile gives the same E.164 number however it is written", () => {
    const writings = (national: string): string[] => {
      const n = national.slice(1); // without the national prefix 0
      return [
        national,
        national.replace(/(\d{2})(?=\d)/g, "$1 "),
        `+212${n}`,
        `00212${n}`,
        `+212 (0)${n}`,
        toArabicIndic(national),
        national.replace(/(\d{2})(?=\d)/g, "$1."),
      ];
    };
    fc.assert(
      fc.property(fc.stringMatching(/^\d{7}$/), (rest) => {
        const national = `061${rest}`;
        const e164 = `+21261${rest}`;
        for (const written of writings(national)) {
          expect(parsePhone(written)).toEqual({ ok: true, value: { e164, kind: "mobile", country: "MA" } });
        }
      }),
    );
  });

  it("law: Casablanca 0522 numbers are fixed lines, and parsing the E.164 form is idempotent", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6}$/), (rest) => {
        const first = parsePhone(`0522-${rest}`);
        expect(first).toEqual({ ok: true, value: { e164: `+212522${rest}`, kind: "fixed", country: "MA" } });
        if (first.ok) expect(parsePhone(first.value.e164)).toEqual(first);
      }),
    );
  });

  it("law: any number on +7 is an unsupported country", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (rest) => {
        expect(parsePhone(`+7${rest}`)).toMatchObject({ ok: false, issues: [{ params: { callingCode: "+7" } }] });
      }),
    );
  });

  it("law: never throws on random strings, never echoes, and a success always passes PhoneSchema", () => {
    const phoneLike = fc.stringMatching(/^[+(]?\d[\d ().-]{0,20}$/);
    fc.assert(
      fc.property(fc.oneof(phoneLike, fc.string(), fc.string({ unit: "binary" })), (input) => {
        const r = parsePhone(input);
        if (r.ok) expect(PhoneSchema.safeParse(r.value.e164).success).toBe(true);
        else for (const issue of r.issues) expect(issue).not.toHaveProperty("value");
      }),
    );
  });
});

describe("PhoneSchema", () => {
  it("checks the E.164 shape and reports phone.invalid", () => {
    expect(PhoneSchema.parse("+212522271234")).toBe("+212522271234");
    for (const bad of ["0522271234", "+0522271234", "+212 522271234", "+12345", "+1234567890123456"]) {
      const issues = PhoneSchema.safeParse(bad).error?.issues ?? [];
      expect(issues.map((i) => (i as { params?: { madani?: string } }).params?.madani)).toEqual(["phone.invalid"]);
    }
  });
});
