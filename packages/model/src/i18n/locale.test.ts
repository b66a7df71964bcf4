import { describe, expect, it } from "vitest";
import { formatMessage, isLocale } from "./locale.js";

describe("formatMessage", () => {
  const t = { ar: "{n} يوما", fr: "{n} jours", en: "{n} days" };
  it("fills placeholders in the requested locale", () => {
    expect(formatMessage(t, "fr", { n: 60 })).toBe("60 jours");
    expect(formatMessage(t, "ar", { n: 60 })).toBe("60 يوما");
  });
  it("leaves unknown placeholders and ignores inherited keys", () => {
    expect(formatMessage(t, "en", {})).toBe("{n} days");
    expect(formatMessage({ ar: "{toString}", fr: "{toString}", en: "{toString}" }, "en", {})).toBe("{toString}");
  });
  it("recognizes locales", () => {
    expect(isLocale("ar")).toBe(true);
    expect(isLocale("zgh")).toBe(false);
  });
});
