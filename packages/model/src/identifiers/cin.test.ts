import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CinSchema, parseCin } from "./cin.js";

describe("parseCin", () => {
  it("accepts one or two letters followed by one to six digits", () => {
    for (const cin of ["BE123456", "A12345", "AB1", "Z9", "JC654321"])
      expect(parseCin(cin)).toEqual({ ok: true, value: { cin } });
  });

  it("upper-cases and removes separators; reads Arabic-Indic digits", () => {
    expect(parseCin("be 123456")).toEqual({ ok: true, value: { cin: "BE123456" } });
    expect(parseCin(" Be-123.456 ")).toEqual({ ok: true, value: { cin: "BE123456" } });
    expect(parseCin("BE١٢٣٤٥٦")).toEqual({ ok: true, value: { cin: "BE123456" } });
  });

  it("reports cin.format for other shapes, without echoing the input", () => {
    for (const bad of ["", "123456", "ABC12345", "A1234567", "A", "BE 123 456 7", "É12345", "ب123456", "BE12345X"]) {
      const r = parseCin(bad);
      expect(r).toMatchObject({ ok: false, issues: [{ code: "cin.format" }] });
      if (!r.ok) expect(r.issues[0]).not.toHaveProperty("value");
    }
  });

  it("never echoes a non-string input either", () => {
    const r = parseCin(123456);
    expect(r).toMatchObject({
      ok: false,
      issues: [{ code: "identifier.not_a_string", params: { received: "number" } }],
    });
    if (!r.ok) expect(r.issues[0]).not.toHaveProperty("value");
  });

  it("law: every well-formed number parses to its upper-case form, and parsing is idempotent", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{1,2}\d{1,6}$/), (written) => {
        const r = parseCin(written);
        expect(r).toEqual({ ok: true, value: { cin: written.toUpperCase() } });
        if (r.ok) expect(parseCin(r.value.cin)).toEqual(r);
      }),
    );
  });

  it("law: never throws on random strings, never echoes, and a success always passes CinSchema", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), (input) => {
        const r = parseCin(input);
        if (r.ok) expect(CinSchema.safeParse(r.value.cin).success).toBe(true);
        else for (const issue of r.issues) expect(issue).not.toHaveProperty("value");
      }),
    );
  });
});

describe("CinSchema", () => {
  it("accepts canonical numbers only and reports cin.format", () => {
    expect(CinSchema.parse("BE123456")).toBe("BE123456");
    const issues = CinSchema.safeParse("be123456").error?.issues ?? [];
    expect(issues.map((i) => (i as { params?: { madani?: string } }).params?.madani)).toEqual(["cin.format"]);
  });
});
