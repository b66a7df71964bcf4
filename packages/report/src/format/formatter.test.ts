import { execFileSync } from "node:child_process";
import { arMA, enUS, fr } from "date-fns/locale";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFormatter } from "./formatter.js";

/** Intl separates with no-break spaces (U+00A0, U+202F); compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const months = (i: number) => `2024-${String(i + 1).padStart(2, "0")}-15`;

describe("createFormatter", () => {
  it("writes a range of one day as that day once", () => {
    const f = createFormatter({ language: "fr" });
    expect(f.dateRange("2024-05-16", "2024-05-16")).toBe("16 mai 2024");
    expect(f.dateRange("2024-05-16", "2024-05-17")).toBe("16 mai 2024 – 17 mai 2024");
  });

  it("uses the Moroccan Arabic month names, the same as date-fns's ar-MA locale", () => {
    const f = createFormatter({ language: "ar" });
    for (let i = 0; i < 12; i++) {
      expect(f.date(months(i))).toBe(`15 ${arMA.localize.month(i as 0, { width: "wide" })} 2024`);
    }
    expect(f.date("2024-05-09")).toBe("9 ماي 2024");
    expect(f.date("2024-12-27")).toBe("27 دجنبر 2024");
  });

  it("agrees with date-fns's French and English month names", () => {
    const frF = createFormatter({ language: "fr" });
    const enF = createFormatter({ language: "en" });
    for (let i = 0; i < 12; i++) {
      expect(frF.date(months(i))).toContain(fr.localize.month(i as 0, { width: "wide" }));
      expect(enF.date(months(i))).toContain(enUS.localize.month(i as 0, { width: "wide" }));
    }
  });

  it("writes Arabic-Indic digits on request and adds the Hijri date for legal documents", () => {
    const f = createFormatter({ language: "ar", numerals: "arabic-indic", hijri: true });
    expect(f.date("2024-12-27")).toBe("٢٧ دجنبر ٢٠٢٤ (٢٦ جمادى الآخرة ١٤٤٦ هـ)");
    expect(f.integer(2024)).toMatch(/^[٠-٩٬]+$/);
  });

  it("formats money exactly from minor units, even beyond float precision", () => {
    const f = createFormatter({ language: "fr" });
    expect(plain(f.money({ amount: 123456789, currency: "MAD" }))).toBe("1.234.567,89 MAD");
    expect(plain(f.money({ amount: -5, currency: "MAD" }))).toBe("-0,05 MAD");
    expect(plain(f.money({ amount: 9007199254740991, currency: "MAD" }))).toBe("90.071.992.547.409,91 MAD");
    expect(plain(f.money({ amount: 12345, currency: "TND" }))).toBe("12,345 TND");
    const en = createFormatter({ language: "en" });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (amount) => {
        const digits = en.money({ amount, currency: "MAD" }).replace(/[^0-9]/g, "");
        expect(BigInt(digits)).toBe(BigInt(amount));
      }),
    );
  });

  it("formats percentages given in percent units", () => {
    expect(createFormatter({ language: "en" }).percent(45.5)).toBe("45.5%");
    expect(plain(createFormatter({ language: "fr" }).percent(100, 0))).toBe("100 %");
  });

  it("falls back through the language chain and says which language a text is in", () => {
    const f = createFormatter({ language: "fr" });
    expect(f.text({ ar: "جمعية" })).toEqual({ text: "جمعية", lang: "ar", dir: "rtl" });
    expect(f.text("ICE 001525289000002")).toEqual({ text: "ICE 001525289000002", lang: undefined, dir: "auto" });
  });

  it("gives the same output under any host time zone and locale", () => {
    const script = `import { createFormatter } from ${JSON.stringify(new URL("./formatter.ts", import.meta.url).pathname)};
const f = createFormatter({ language: "ar", hijri: true });
console.log(f.date("2024-12-31") + "|" + f.date("2025-01-01") + "|" + f.decimal(1234.5));`;
    const run = (tz: string, lang: string) =>
      execFileSync(
        process.execPath,
        ["--import", "tsx", "--conditions=@madani/source", "--input-type=module", "-e", script],
        {
          encoding: "utf8",
          env: { ...process.env, TZ: tz, LANG: lang, LC_ALL: lang },
        },
      );
    expect(run("Pacific/Kiritimati", "C")).toBe(run("America/Los_Angeles", "fr_FR.UTF-8"));
  }, 30_000);
});

describe("createFormatter edge values", () => {
  it("never writes NaN or -0 for finite numbers", () => {
    const f = createFormatter({ language: "en" });
    expect(f.percent(1e-9)).toBe("0%");
    expect(f.percent(1e21)).not.toMatch(/NaN/);
    expect(f.integer(-0)).toBe("0");
    expect(f.decimal(-0)).toBe("0.00");
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        for (const s of [f.percent(x), f.decimal(x), f.integer(Math.round(x))])
          expect(s).not.toMatch(/NaN|Infinity|undefined/);
      }),
    );
  });
});
