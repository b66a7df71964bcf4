import { toLatinDigits } from "@madani/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, matchKey, normalizeArabic, parseLooseDate } from "../index.js";

describe("normalizeArabic", () => {
  it("removes diacritics and tatweel and unifies alef, alef maqsura and ta marbuta", () => {
    expect(normalizeArabic("جَمْعِيّـــة الأَمَل")).toBe("جمعيه الامل");
    expect(normalizeArabic("إحسان آمال أمل ٱلنور")).toBe("احسان امال امل النور");
    expect(normalizeArabic("مستشفى")).toBe(normalizeArabic("مستشفي"));
    expect(normalizeArabic("مؤسسة")).toBe("موسسه");
  });

  it("folds Latin accents and case and separates words on punctuation", () => {
    expect(normalizeArabic("Coopérative  L'ÉTOILE—Aïn")).toBe("cooperative l etoile ain");
    expect(normalizeArabic("Œuvres")).toBe("oeuvres");
  });

  it("turns Arabic-Indic digits into ASCII", () => {
    expect(normalizeArabic("رقم ١٢٣ ۴۵")).toBe("رقم 123 45");
    expect(toLatinDigits("٠٩")).toBe("09");
  });

  it("is idempotent and never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const once = normalizeArabic(s);
        expect(normalizeArabic(once)).toBe(once);
        expect(once).not.toMatch(/^\s|\s$|\s\s/);
      }),
    );
  });
});

describe("matchKey", () => {
  const pairs: [string, string][] = [
    ["جمعية التضامن للتنمية", "Association Attadamoun pour le développement"],
    ["جمعية النور", "Association Ennour"],
    ["تعاونية الخير", "Coopérative El Khair"],
    ["جمعية الشروق للثقافة والرياضة", "Association Chourouk de culture et de sport"],
    ["جمعية دوار أيت علي", "Association Douar Ait Ali"],
    ["جمعية الأطلس", "Association Atlas"],
  ];

  it.each(pairs)("gives %s and %s the same transliteration key", (ar, fr) => {
    expect(matchKey(ar).translit).not.toBe("");
    expect(matchKey(ar).translit).toBe(matchKey(fr).translit);
  });

  it("drops generic words and the article in either script", () => {
    expect(matchKey("جمعية الأمل للتنمية").tokens).toEqual(["امل"]);
    expect(matchKey("Association Al Amal pour le développement").tokens).toEqual(["amal"]);
    expect(matchKey("Coopérative Alamal").key).toBe("amal");
  });

  it("keeps generic words when nothing else is left", () => {
    expect(matchKey("Association").key).toBe("association");
    expect(matchKey("   ").key).toBe("");
  });

  it("tells different names apart", () => {
    expect(matchKey("جمعية النور").translit).not.toBe(matchKey("جمعية الأمل").translit);
    expect(matchKey("Association Chourouk").translit).not.toBe(matchKey("Association Assalam").translit);
  });

  it("never throws and its key is stable under normalization", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(matchKey(normalizeArabic(s)).key).toBe(matchKey(s).key);
      }),
    );
  });
});

describe("cleanText and parseLooseDate", () => {
  it("cleans white space and invisible characters and composes to NFC", () => {
    expect(cleanText("  جمعية\u200F  الأمل \n")).toBe("جمعية الأمل");
    expect(cleanText("Cafe\u0301")).toBe("Café");
  });

  it("reads ISO and day-first dates in ASCII or Arabic-Indic digits", () => {
    expect(parseLooseDate("2011-03-12")).toBe("2011-03-12");
    expect(parseLooseDate("12/03/2011")).toBe("2011-03-12");
    expect(parseLooseDate("١٢/٠٣/٢٠١١")).toBe("2011-03-12");
    expect(parseLooseDate("1-2-2011")).toBe("2011-02-01");
    expect(parseLooseDate("2011")).toBeUndefined();
    expect(parseLooseDate("2011", true)).toBe("2011-01-01");
    expect(parseLooseDate("31/02/2011")).toBeUndefined();
    expect(parseLooseDate("29/02/2024")).toBe("2024-02-29");
    expect(parseLooseDate("29/02/2023")).toBeUndefined();
    expect(parseLooseDate("12/03/11")).toBeUndefined();
  });

  it("reads back every valid date written ISO or day first", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split("-");
        expect(parseLooseDate(iso)).toBe(iso);
        expect(parseLooseDate(`${day}/${m}/${y}`)).toBe(iso);
      }),
    );
  });
});
