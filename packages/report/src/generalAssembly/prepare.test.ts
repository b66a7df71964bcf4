import { describe, expect, it } from "vitest";
import { prepare, reportMeta, yearLabel } from "./prepare.js";

const input = {
  organization: { id: "org", legalForm: "association", name: { ar: "جمعية الأمل" } },
  period: { startOn: "2024-01-01", endOn: "2024-12-31" },
  assemblyOn: "2025-03-15",
  language: "ar",
  generatedAt: "2025-03-01T10:00:00+01:00",
};

describe("prepare", () => {
  it("writes issue messages in the input's language unless a locale is given", () => {
    const bad = { ...input, assemblyOn: "15/03/2025" };
    const ar = prepare(bad, undefined);
    expect(!ar.ok && ar.issues[0]?.message).toMatch(/صيغة/);
    const fr = prepare(bad, { locale: "fr" });
    expect(!fr.ok && fr.issues[0]?.message).toMatch(/^Format incorrect/);
    const unreadable = prepare(null, undefined);
    expect(!unreadable.ok && unreadable.issues[0]?.message).toMatch(/^Wrong type/);
  });

  it("checks every option", () => {
    for (const [options, name] of [
      [{ locale: "de" }, "locale"],
      [{ showPersonNames: 1 }, "showPersonNames"],
      [{ numerals: "roman" }, "numerals"],
      [{ hijri: "yes" }, "hijri"],
      [{ maxIssues: 0 }, "maxIssues"],
      [42, "options"],
    ] as const) {
      const r = prepare(input, options as never);
      expect(!r.ok && r.issues.map((i) => [i.code, i.params?.option]), name).toEqual([["schema.invalid_option", name]]);
    }
  });

  it("resolves the defaults", () => {
    const r = prepare(input, {});
    if (!r.ok) throw new Error("invalid");
    expect([r.value.showPersonNames, r.value.numerals, r.value.hijri, r.value.warnings]).toEqual([
      false,
      undefined,
      undefined,
      [],
    ]);
  });
});

describe("yearLabel", () => {
  it("is one year, or two for a period across years", () => {
    expect(yearLabel({ startOn: "2024-01-01", endOn: "2024-12-31" })).toBe("2024");
    expect(yearLabel({ startOn: "2024-03-01", endOn: "2024-12-31" })).toBe("2024");
    expect(yearLabel({ startOn: "2023-07-01", endOn: "2024-06-30" })).toBe("2023-2024");
  });
});

describe("reportMeta", () => {
  it("takes the organization, the period and the caller's timestamp", () => {
    const r = prepare(input, { numerals: "latin" });
    if (!r.ok) throw new Error("invalid");
    expect(reportMeta(r.value, "moral.title")).toEqual({
      title: { ar: "جمعية الأمل — التقرير الأدبي برسم سنة 2024" },
      subtitle: { ar: "مقدم إلى الجمع العام المنعقد بتاريخ 15 مارس 2025" },
      organization: { name: { ar: "جمعية الأمل" }, id: "org" },
      period: { startOn: "2024-01-01", endOn: "2024-12-31" },
      language: "ar",
      generatedAt: "2025-03-01T10:00:00+01:00",
      numerals: "latin",
    });
  });
});
