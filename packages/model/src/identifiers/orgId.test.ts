import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelOf } from "../labels.js";
import { formatOrgId, OrgIdentifierSchema, OrgIdScheme, parseOrgId } from "./orgId.js";

function iceKey(prefix: string): string {
  return String(97n - ((BigInt(prefix) * 100n) % 97n)).padStart(2, "0");
}
const validIce = fc.stringMatching(/^\d{13}$/).map((prefix) => prefix + iceKey(prefix));
const codesOf = (input: unknown, options?: Parameters<typeof parseOrgId>[1]): string[] => {
  const r = parseOrgId(input, options);
  return r.ok ? [] : r.issues.map((i) => i.code);
};

describe("OrgIdScheme", () => {
  it("has the documented registries, in order", () => {
    expect(OrgIdScheme.values).toEqual([
      "MA-ICE",
      "MA-RC",
      "MA-IF",
      "MA-CNSS",
      "MA-ODCO",
      "MA-ASSOC",
      "MA-RNA",
      "XI-IATI",
      "XM-DAC",
    ]);
  });

  it("labels every registry in Arabic, French and English", () => {
    for (const scheme of OrgIdScheme.values) {
      expect(labelOf(OrgIdScheme, scheme, "ar")).toMatch(/[\u0600-\u06FF]/);
      expect(labelOf(OrgIdScheme, scheme, "fr")).not.toBe("");
      expect(labelOf(OrgIdScheme, scheme, "en")).not.toBe("");
      expect(labelOf(OrgIdScheme, scheme, "fr")).not.toBe(labelOf(OrgIdScheme, scheme, "en"));
    }
  });
});

describe("parseOrgId", () => {
  it("parses identifiers of known registries", () => {
    expect(parseOrgId("MA-ICE-001234567000062")).toEqual({
      ok: true,
      value: { scheme: "MA-ICE", prefix: "MA-ICE", id: "001234567000062", orgId: "MA-ICE-001234567000062" },
    });
    expect(parseOrgId("XM-DAC-41114")).toMatchObject({ ok: true, value: { scheme: "XM-DAC", id: "41114" } });
    expect(parseOrgId("XM-DAC-918-3")).toMatchObject({ ok: true, value: { scheme: "XM-DAC", id: "918-3" } });
    expect(parseOrgId("MA-ASSOC-125/2019")).toMatchObject({ ok: true, value: { scheme: "MA-ASSOC", id: "125/2019" } });
    expect(parseOrgId("XI-IATI-EC_INTPA")).toMatchObject({ ok: true, value: { scheme: "XI-IATI", id: "EC_INTPA" } });
  });

  it("reads the prefix in any case, trims, and reads Arabic-Indic digits", () => {
    expect(parseOrgId("  ma-rc-١٢٣٤٥ ")).toMatchObject({
      ok: true,
      value: { scheme: "MA-RC", id: "12345", orgId: "MA-RC-12345" },
    });
    expect(parseOrgId("ma-ice-001 234 567 000 062")).toMatchObject({
      ok: true,
      value: { orgId: "MA-ICE-001234567000062" },
    });
  });

  it("checks ICE identifiers with the ICE rules, echoing the whole identifier", () => {
    expect(parseOrgId("MA-ICE-001234567000063")).toMatchObject({
      ok: false,
      issues: [{ code: "ice.checksum", value: "MA-ICE-001234567000063" }],
    });
    expect(codesOf("MA-ICE-12345")).toEqual(["ice.format"]);
  });

  it("reports orgId.scheme for unknown registries unless allowUnknownSchemes", () => {
    expect(parseOrgId("GB-CHC-1234567")).toMatchObject({
      ok: false,
      issues: [{ code: "orgId.scheme", params: { scheme: "GB-CHC" }, value: "GB-CHC-1234567" }],
    });
    expect(parseOrgId("gb-chc-1234567", { allowUnknownSchemes: true })).toEqual({
      ok: true,
      value: { scheme: "other", prefix: "GB-CHC", id: "1234567", orgId: "GB-CHC-1234567" },
    });
  });

  it("reports orgId.format for other shapes", () => {
    const bad = [
      "",
      "MA-ICE",
      "MA-ICE-",
      "MAICE-001234567000062",
      "MA-ICE001234567000062",
      "M-ICE-1",
      "MA-RC-12 345",
      "MA-RC-12345-",
      "MA-RC-رقم",
      `MA-RC-${"1".repeat(65)}`,
      "MA ICE 001234567000062",
    ];
    for (const input of bad) expect(codesOf(input, { allowUnknownSchemes: true }), input).toEqual(["orgId.format"]);
    expect(codesOf(`MA-RC-${"1".repeat(64)}`)).toEqual([]);
  });

  it("reports identifier.not_a_string for other types", () => {
    expect(codesOf({ scheme: "MA-ICE", id: "001234567000062" })).toEqual(["identifier.not_a_string"]);
  });

  const otherScheme = fc.constantFrom(...OrgIdScheme.values.filter((s) => s !== "MA-ICE"));
  const id = fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9._/-]{0,20}[A-Za-z0-9])?$/);
  const identifier = fc.oneof(
    fc.record({ scheme: otherScheme, id }),
    fc.record({ scheme: fc.constant("MA-ICE" as const), id: validIce }),
  );

  it("law: formatOrgId and parseOrgId are inverse on valid identifiers, and agree with OrgIdentifierSchema", () => {
    fc.assert(
      fc.property(identifier, (x) => {
        expect(OrgIdentifierSchema.safeParse(x).success).toBe(true);
        const r = parseOrgId(formatOrgId(x));
        expect(r).toEqual({
          ok: true,
          value: { scheme: x.scheme, prefix: x.scheme, id: x.id, orgId: `${x.scheme}-${x.id}` },
        });
        if (r.ok) expect(parseOrgId(r.value.orgId)).toEqual(r);
      }),
    );
  });

  it("law: never throws on random strings", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          identifier.map(formatOrgId).map((s) => `${s}~`),
        ),
        (input) => {
          const r = parseOrgId(input, { allowUnknownSchemes: true });
          if (r.ok) expect(r.value.orgId).toBe(`${r.value.prefix}-${r.value.id}`);
          else expect(r.issues.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe("OrgIdentifierSchema", () => {
  const codes = (value: unknown) =>
    OrgIdentifierSchema.safeParse(value).error?.issues.map((i) => ({
      code: (i as { params?: { madani?: string } }).params?.madani ?? i.code,
      path: i.path,
    }));

  it("accepts known registries with canonical identifiers", () => {
    expect(OrgIdentifierSchema.parse({ scheme: "MA-ICE", id: "001234567000062" })).toEqual({
      scheme: "MA-ICE",
      id: "001234567000062",
    });
    expect(OrgIdentifierSchema.safeParse({ scheme: "MA-RC", id: "12345" }).success).toBe(true);
  });

  it("checks ICE identifiers at path id", () => {
    expect(codes({ scheme: "MA-ICE", id: "001234567000063" })).toEqual([{ code: "ice.checksum", path: ["id"] }]);
    expect(codes({ scheme: "MA-ICE", id: "12345" })).toEqual([{ code: "ice.format", path: ["id"] }]);
  });

  it("rejects unknown registries, extra keys, empty, long and malformed identifiers", () => {
    expect(codes({ scheme: "GB-CHC", id: "1" })?.[0]).toMatchObject({ code: "invalid_value", path: ["scheme"] });
    expect(codes({ scheme: "MA-RC", id: "1", extra: 1 })).toEqual([{ code: "unrecognized_keys", path: [] }]);
    expect(codes({ scheme: "MA-RC", id: "" })).toEqual([{ code: "too_small", path: ["id"] }]);
    expect(codes({ scheme: "MA-RC", id: "1".repeat(65) })).toEqual([{ code: "too_big", path: ["id"] }]);
    expect(codes({ scheme: "MA-RC", id: "12 345" })).toEqual([{ code: "orgId.format", path: ["id"] }]);
  });
});
