import { describe, expect, it } from "vitest";
import { createFormatter } from "../format/formatter.js";
import { GeneralAssemblyInputSchema } from "./input.js";
import {
  agreementStatusCell,
  communeName,
  inLanguage,
  partyNames,
  placeText,
  plain,
  provinceName,
  writer,
} from "./text.js";

describe("text helpers", () => {
  it("names communes and provinces from their HCP codes", () => {
    expect(communeName("03.451.03.09")).toEqual({ ar: "إغزران", fr: "Irhzrane", en: "Irhzrane" });
    expect(communeName("03.451.03.99")).toBeUndefined();
    expect(provinceName("03.451")).toEqual({ ar: "صفرو", fr: "Sefrou", en: "Sefrou" });
    expect(provinceName("99.999")).toBeUndefined();
  });

  it("shows a place by its commune's name, an unknown code as written, a text as is", () => {
    expect(placeText("03.061.01.01")).toMatchObject({ ar: "مكناس", fr: "Meknès" });
    expect(placeText("03.451.03.99")).toBe("03.451.03.99");
    expect(placeText({ ar: "دوار فج أزرار" })).toEqual({ ar: "دوار فج أزرار" });
  });

  it("marks texts with the report language and falls back through the model's chain", () => {
    expect(inLanguage("fr", "Total")).toEqual({ fr: "Total" });
    expect(plain({ ar: "جمعية" }, "fr")).toBe("جمعية");
    expect(plain({}, "fr")).toBe("");
  });

  it("labels agreement statuses with a tone", () => {
    expect(agreementStatusCell("active")).toEqual({
      label: { ar: "سارية", fr: "En vigueur", en: "Active" },
      tone: "positive",
    });
    expect(agreementStatusCell("terminated").tone).toBe("negative");
  });

  it("names parties: the organization, its partners, others by id", () => {
    const input = GeneralAssemblyInputSchema.parse({
      organization: { id: "org", legalForm: "association", name: { ar: "جمعية" } },
      period: { startOn: "2024-01-01", endOn: "2024-12-31" },
      assemblyOn: "2025-03-15",
      language: "ar",
      generatedAt: "2025-03-01T10:00:00+01:00",
      partners: [{ id: "c", name: { ar: "جماعة" } }],
    });
    const name = partyNames(input);
    expect([name("org"), name("c"), name("x")]).toEqual([{ ar: "جمعية" }, { ar: "جماعة" }, "x"]);
  });

  it("writes labels in the report language", () => {
    const w = writer("ar", createFormatter({ language: "ar" }));
    expect(w.t("total")).toEqual({ ar: "المجموع" });
    expect(w.s("beneficiaries.children", { count: "12" })).toBe("من بين المستفيدين 12 من الأطفال.");
    expect(w.comma).toBe("، ");
  });
});
