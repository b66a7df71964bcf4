import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FOLDS } from "../fold.js";
import { nameKey, nameTokens } from "./nameKey.js";

describe("nameKey", () => {
  it("ignores case, Latin accents, apostrophes, hyphens and spaces", () => {
    expect(nameKey("Aïn-Sebaâ")).toBe("ainsebaa");
    expect(nameKey("KÉNITRA")).toBe("kenitra");
    expect(nameKey("Çà et là")).toBe("caetla");
    for (const v of ["M'diq", "M’diq", "Mʼdiq", "M diq", "Mdiq", "M-diq", "m_diq", " mdiq. "])
      expect(nameKey(v), v).toBe("mdiq");
    expect(nameKey("Ben Slimane")).toBe(nameKey("Benslimane"));
  });

  it("folds hamza and alef forms, alef maqsura and ta marbuta", () => {
    expect(nameKey("أصيلة")).toBe("اصيله");
    expect(nameKey("إفران")).toBe("افران");
    expect(nameKey("آسفي")).toBe("اسفي");
    expect(nameKey("ٱلرباط")).toBe("الرباط");
    expect(nameKey("مؤسسة")).toBe("موسسه");
    expect(nameKey("بئر طم طم")).toBe("بيرطمطم");
    expect(nameKey("الحمراء")).toBe("الحمرا");
    expect(nameKey("عيسى")).toBe("عيسي");
  });

  it("drops tatweel, tashkeel and invisible marks", () => {
    expect(nameKey("أصـــيـلة")).toBe("اصيله");
    expect(nameKey("أَصِيلَةٌ")).toBe("اصيله");
    expect(nameKey("\u200Fطنجة\u200E")).toBe("طنجه");
    expect(nameKey("سيدي\u00A0قاسم")).toBe("سيديقاسم");
  });

  it("reads Arabic-Indic digits, presentation forms and Maghrebi letters", () => {
    expect(nameKey("١٢٣")).toBe("123");
    expect(nameKey("۱۲")).toBe("12");
    expect(nameKey("\uFEFB")).toBe("لا");
    expect(nameKey("اڭادير")).toBe("اكادير");
    expect(nameKey("ڤ")).toBe("ف");
  });

  it("folds every letter of its table", () => {
    for (const [from, to] of Object.entries(FOLDS)) expect(nameKey(`a${from}b`), from).toBe(`a${to}b`);
  });

  it("splits words on anything that is not a letter or digit", () => {
    expect(nameTokens("Ouled H'cine")).toEqual(["ouled", "h", "cine"]);
    expect(nameTokens("مشور– القصبة")).toEqual(["مشور", "القصبه"]);
    expect(nameTokens(" -'« »")).toEqual([]);
    expect(nameKey("")).toBe("");
  });

  it("is idempotent and never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        const k = nameKey(s);
        expect(nameKey(k)).toBe(k);
      }),
    );
  });

  it("does not depend on case or accents of Latin text", () => {
    const letter = fc.constantFrom(..."aàâäbcçdeéèêëfghiîïjklmnoôöpqrstuùûüvwxyz' -");
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 30 }), (letters) => {
        const s = letters.join("");
        const plain = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
        expect(nameKey(s.toUpperCase())).toBe(nameKey(s));
        expect(nameKey(plain)).toBe(nameKey(s));
        expect(nameKey(s)).toBe(plain.replace(/['\s-]/g, ""));
      }),
    );
  });
});
