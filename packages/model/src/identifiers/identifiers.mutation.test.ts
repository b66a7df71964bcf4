import { describe, expect, it } from "vitest";
import { parseCin } from "./cin.js";
import { parseEmail } from "./email.js";
import { isValidIban, parseIban } from "./iban.js";
import { isValidIce, parseIce } from "./ice.js";
import { OrgIdentifierSchema, parseOrgId } from "./orgId.js";
import { parsePhone } from "./phone.js";
import { isValidRib, parseRib } from "./rib.js";

// Boundaries and details of the identifier parsers that their own test files leave open: the exact length
// limits, what is echoed in issues, option checks, and the validators' refusal of anything but a string.

const RIB = "011519000001205000534921";
const IBAN = "MA64011519000001205000534921";
const ICE = "001234567000062";

type Outcome = { ok: true } | { ok: false; issues: readonly { code: string; value?: unknown; params?: unknown }[] };
const codes = (r: Outcome) => (r.ok ? [] : r.issues.map((i) => i.code));

describe("identifier validators", () => {
  it("accept only strings, not String objects that read as a valid identifier", () => {
    expect(isValidRib(RIB)).toBe(true);
    expect(isValidIban(IBAN)).toBe(true);
    expect(isValidIce(ICE)).toBe(true);
    const boxed = (s: string) => new String(s) as unknown as string;
    expect(isValidRib(boxed(RIB))).toBe(false);
    expect(isValidIban(boxed(IBAN))).toBe(false);
    expect(isValidIce(boxed(ICE))).toBe(false);
  });
});

describe("identifier parsers", () => {
  it("report an unknown locale as an option issue instead of parsing", () => {
    const options = { locale: "xx" as never };
    for (const r of [
      parseCin("BE123456", options),
      parseEmail("a@example.ma", options),
      parseIban(IBAN, options),
      parseIce(ICE, options),
      parseRib(RIB, options),
      parsePhone("0612345678", options),
      parseOrgId(`MA-ICE-${ICE}`, options),
    ]) {
      expect(codes(r)).toEqual(["schema.invalid_option"]);
    }
  });

  it("echo the typed value in ICE and IBAN issues, also for a value that is not a string", () => {
    const ice = parseIce("12");
    expect(ice.ok ? undefined : ice.issues[0]).toMatchObject({ code: "ice.format", value: "12" });
    const iban = parseIban(42);
    expect(iban.ok ? undefined : iban.issues[0]).toMatchObject({ code: "identifier.not_a_string", value: 42 });
  });
});

describe("parseEmail", () => {
  it("accepts 254 characters in all and refuses 255", () => {
    const address = (length: number) => {
      const local = "a".repeat(64);
      const domain = `${"b".repeat(length - 64 - 1 - 3)}.ma`;
      return `${local}@${domain}`;
    };
    // Labels of a domain are at most 63 characters: split the filler with dots.
    const dotted = (length: number) => address(length).replace(/b{60}/g, (run) => `${run.slice(0, 59)}.`);
    expect(dotted(254)).toHaveLength(254);
    expect(parseEmail(dotted(254)).ok).toBe(true);
    expect(codes(parseEmail(dotted(255)))).toEqual(["email.format"]);
  });
});

describe("OrgIdentifierSchema", () => {
  it("reports an ICE identifier that is not exactly 15 digits as ice.format, not as a checksum", () => {
    const issueCodes = (id: string) => {
      const r = OrgIdentifierSchema.safeParse({ scheme: "MA-ICE", id });
      return r.success ? [] : r.error.issues.map((i) => (i as { params?: { madani?: string } }).params?.madani);
    };
    expect(issueCodes(ICE)).toEqual([]);
    expect(issueCodes(`A${ICE}`)).toEqual(["ice.format"]);
    expect(issueCodes(`${ICE}0`)).toEqual(["ice.format"]);
    expect(issueCodes("001234567000063")).toEqual(["ice.checksum"]);
  });
});

describe("parsePhone", () => {
  it("gives the calling code of an unsupported default country, or ? when it has none", () => {
    const callingCode = (defaultCountry: unknown) => {
      const r = parsePhone("0612345678", { defaultCountry: defaultCountry as never });
      return r.ok ? undefined : r.issues.map((i) => [i.code, i.params]);
    };
    expect(callingCode("XX")).toEqual([["phone.unsupported_country", { callingCode: "+?" }]]);
    expect(callingCode("GG")).toEqual([["phone.unsupported_country", { callingCode: "+44" }]]);
    expect(callingCode("JM")).toEqual([["phone.unsupported_country", { callingCode: "+1" }]]);
    expect(callingCode("ru")).toEqual([["phone.unsupported_country", { callingCode: "+7" }]]);
    // A default country that is not a string is refused without throwing.
    expect(callingCode(5)?.map(([code]) => code)).toEqual(["phone.unsupported_country"]);
  });

  it("reads a lower-case default country", () => {
    expect(parsePhone("06 12 34 56 78", { defaultCountry: "fr" as never })).toMatchObject({
      ok: true,
      value: { e164: "+33612345678", country: "FR" },
    });
  });

  it("reports invalid numbers on a shared calling code as invalid, not as another country's", () => {
    for (const number of ["+44 1234", "+1 200 555"]) expect(codes(parsePhone(number))).toEqual(["phone.invalid"]);
  });
});
