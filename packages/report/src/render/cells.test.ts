import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Column, ValueFormat } from "../document/document.js";
import { createFormatter } from "../format/formatter.js";
import {
  captionsFor,
  currencyDigits,
  describeFigure,
  formatCell,
  formatChange,
  formatDate,
  formatShare,
  formatValue,
  minorToMajor,
  withColon,
} from "./cells.js";

/** Intl separates with no-break spaces (U+00A0, U+202F); compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const fr = createFormatter({ language: "fr" });
const en = createFormatter({ language: "en" });
const ar = createFormatter({ language: "ar" });
const col = (type: Column["type"], decimals?: number): Column => ({
  key: "k",
  label: "K",
  type,
  ...(decimals === undefined ? {} : { decimals }),
});

describe("formatCell", () => {
  it("writes each column type for people, in the report's language", () => {
    expect(formatCell(fr, col("text"), { ar: "الجديدة", fr: "El Jadida" })).toBe("El Jadida");
    expect(formatCell(fr, col("text"), { ar: "الجديدة" })).toBe("الجديدة");
    expect(plain(formatCell(fr, col("integer"), 1234567))).toBe("1.234.567");
    expect(formatCell(en, col("decimal"), 1.23456)).toBe("1.23");
    expect(formatCell(en, col("decimal", 3), 1.23456)).toBe("1.235");
    expect(plain(formatCell(fr, col("percent"), 88.54))).toBe("88,5 %");
    expect(formatCell(en, col("percent", 0), 88.54)).toBe("89%");
    expect(plain(formatCell(fr, col("money"), { amount: 1234567, currency: "MAD" }))).toBe("12.345,67 MAD");
    expect(formatCell(fr, col("date"), "2024-12-27")).toBe("27 décembre 2024");
    expect(formatCell(ar, col("date"), "2024-12-27")).toBe("27 دجنبر 2024");
    expect(formatCell(fr, col("status"), { label: { ar: "منجز", fr: "Réalisé" }, tone: "positive" })).toBe("Réalisé");
    for (const type of ["text", "integer", "decimal", "money", "percent", "date", "status"] as const) {
      expect(formatCell(fr, col(type), null)).toBe("");
      expect(formatCell(fr, col(type), undefined)).toBe("");
    }
  });

  it("never writes NaN, undefined, -0 or [object Object], even for a cell that does not fit its column", () => {
    const cells = [
      { amount: 5, currency: "MAD" },
      { label: "x", tone: "info" },
      { fr: "texte" },
      {},
      "2024-13-45",
      "pas une date",
      -0,
      1e-7,
      1e21,
      -1e300,
    ] as const;
    for (const type of ["text", "integer", "decimal", "money", "percent", "date", "status"] as const) {
      for (const cell of cells) {
        expect(formatCell(fr, col(type), cell as never)).not.toMatch(/NaN|undefined|\[object Object\]|^-0$|Invalid/);
      }
    }
  });
});

describe("formatValue", () => {
  it("writes chart and figure values by their format", () => {
    expect(formatValue(en, 148)).toBe("148");
    expect(formatValue(en, 12.5)).toBe("12.50");
    expect(formatValue(en, 45.5, { type: "percent" })).toBe("45.5%");
    expect(formatValue(en, 45.55, { type: "decimal", decimals: 1 })).toBe("45.6");
    expect(plain(formatValue(en, 1_234_567, { type: "money", currency: "MAD" }))).toBe("MAD 12,345.67");
    expect(formatValue(en, -0)).toBe("0");
  });

  it("never writes NaN for a finite number in any format", () => {
    const formats: (ValueFormat | undefined)[] = [
      undefined,
      { type: "integer" },
      { type: "decimal", decimals: 6 },
      { type: "percent", decimals: 6 },
      { type: "percent" },
      { type: "money", currency: "MAD" },
      { type: "money", currency: "TND" },
    ];
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(...formats),
        fc.constantFrom(fr, en, ar, createFormatter({ language: "ar", numerals: "arabic-indic" })),
        (value, format, f) => {
          const text = formatValue(f, value, format);
          expect(text).not.toMatch(/NaN|undefined|Infinity|∞/);
          expect(text).not.toBe("");
        },
      ),
    );
    // The formatter's percent reads an exponent badly; these are the values that have one.
    expect(formatValue(en, 1e-7, { type: "percent" })).toBe("0%");
    expect(formatValue(en, 1e21, { type: "percent" })).toBe("1,000,000,000,000,000,000,000%");
  });
});

describe("minorToMajor", () => {
  it("writes amounts exactly, by the currency's minor digits", () => {
    expect(minorToMajor(1234567, "MAD")).toBe("12345.67");
    expect(minorToMajor(-5, "MAD")).toBe("-0.05");
    expect(minorToMajor(0, "MAD")).toBe("0.00");
    expect(minorToMajor(12345, "TND")).toBe("12.345");
    expect(minorToMajor(500, "JPY")).toBe("500");
    expect(minorToMajor(Number.MAX_SAFE_INTEGER, "MAD")).toBe("90071992547409.91");
    expect(minorToMajor(1e21, "MAD")).toBe("10000000000000000000.00");
    expect(minorToMajor(1.5, "MAD")).toBe("");
    expect(currencyDigits("TND")).toBe(3);
    expect(currencyDigits("MAD")).toBe(2);
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (amount) => {
        expect(BigInt(minorToMajor(amount, "MAD").replace(".", ""))).toBe(BigInt(amount));
      }),
    );
  });
});

describe("key figures", () => {
  it("writes value, target with the share reached, previous value with the change, status", () => {
    const f = describeFigure(en, {
      label: { fr: "Participants", en: "Participants" },
      value: 148,
      unit: "participants",
      target: 120,
      previous: 112,
      status: { label: { en: "Achieved" }, tone: "positive" },
    });
    expect(f).toEqual({
      label: "Participants",
      value: "148",
      unit: "participants",
      target: "120",
      ofTarget: "123.3%",
      previous: "112",
      change: "+36",
      status: "Achieved",
    });
    const money = describeFigure(en, {
      label: "Spent",
      value: 500,
      format: { type: "money", currency: "MAD" },
      previous: 800,
    });
    expect(plain(money.change)).toBe("-MAD 3.00");
    expect(describeFigure(en, { label: "x", value: 1, target: 0 }).ofTarget).toBe("");
  });

  it("writes shares and changes", () => {
    expect(formatShare(en, 21, 48)).toBe("43.8%");
    expect(formatShare(en, 1, 0)).toBe("");
    expect(formatChange(en, 0)).toBe("0");
    expect(formatChange(en, 4.6, { type: "percent" })).toBe("+4.6%");
  });
});

describe("dates and captions", () => {
  it("writes dates in long form and leaves a non-date as it is", () => {
    expect(formatDate(fr, "2024-12-29")).toBe("29 décembre 2024");
    expect(formatDate(fr, "29/12/2024")).toBe("29/12/2024");
  });

  it("has every caption in every language", () => {
    const keys = Object.keys(captionsFor("en")).sort();
    for (const language of ["ar", "fr", "en"] as const) {
      const c = captionsFor(language);
      expect(Object.keys(c).sort()).toEqual(keys);
      const { tones, pageOf, ...words } = c;
      for (const value of [...Object.values(words), ...Object.values(tones)]) expect(value.trim()).not.toBe("");
      expect(pageOf.join("").trim()).not.toBe("");
      expect(Object.keys(c.tones).sort()).toEqual(["info", "negative", "neutral", "positive", "warning"]);
    }
    expect(withColon("fr", "Cible")).toBe("Cible\u00a0:");
    expect(withColon("ar", "الفترة")).toBe("الفترة:");
  });
});
