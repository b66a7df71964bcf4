import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeArabic } from "./arabic.js";
import { foldChatSpelling, phoneticSkeleton } from "./chat.js";

describe("foldChatSpelling", () => {
  it("reads the digits of chat spelling as the letters they stand for", () => {
    expect(foldChatSpelling("jam3iyat")).toBe("jamiyat");
    expect(foldChatSpelling("l7ayat")).toBe("lhayat");
    expect(foldChatSpelling("9alb")).toBe("qalb");
    expect(foldChatSpelling("5ir")).toBe("khir");
    expect(foldChatSpelling("su2al")).toBe("soual");
  });

  it("folds chat vowels and sh to the French spelling", () => {
    expect(foldChatSpelling("shurooq")).toBe("chourouq");
    expect(foldChatSpelling("churuq")).toBe("chourouq");
    expect(foldChatSpelling("chourouk")).toBe("chourouk");
  });

  it("leaves numbers and Arabic words alone", () => {
    expect(foldChatSpelling("2024")).toBe("2024");
    expect(foldChatSpelling("الشروق")).toBe("الشروق");
    expect(foldChatSpelling(42 as unknown as string)).toBe("");
  });

  it("is idempotent on normalized words", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{0,12}$/), (w) => {
        const once = foldChatSpelling(w);
        expect(foldChatSpelling(once)).toBe(once);
      }),
    );
  });
});

describe("phoneticSkeleton", () => {
  const same: [string, string][] = [
    ["الشروق", "shurooq"],
    ["الشروق", "Chourouk"],
    ["المنار", "lmanar"],
    ["المنار", "el-manar"],
    ["الخير", "el khir"],
    ["الحليب", "l7alib"],
    ["جمعية", "jam3iya"],
  ];

  it.each(same)("gives %s and %s one key", (a, b) => {
    const last = (t: string): string => normalizeArabic(t).split(" ").at(-1) ?? "";
    expect(phoneticSkeleton(last(a))).not.toBe("");
    expect(phoneticSkeleton(last(a))).toBe(phoneticSkeleton(last(b)));
  });

  it("keeps kh apart from k and q, so that أكراو and الخير differ", () => {
    expect(phoneticSkeleton(normalizeArabic("أكراو"))).toBe("kr");
    expect(phoneticSkeleton(normalizeArabic("الخير"))).toBe("xr");
    expect(phoneticSkeleton("khir")).toBe("xr");
    expect(phoneticSkeleton("kira")).toBe("kr");
  });

  it("does not depend on tashkeel, tatweel or hamza forms", () => {
    expect(phoneticSkeleton(normalizeArabic("الأَمَـــل"))).toBe(phoneticSkeleton(normalizeArabic("الامل")));
  });

  it("never throws and gives lower-case letters and digits only", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        for (const w of normalizeArabic(s).split(" ")) expect(phoneticSkeleton(w)).toMatch(/^[a-z0-9]*$/);
      }),
    );
  });
});
