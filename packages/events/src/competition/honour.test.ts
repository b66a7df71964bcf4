import { type Enumeration, labelOf } from "@madani/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EligibilityRuleKind, RankingOutcome, ScoreNormalization, TieBreak } from "./competition.js";
import { HonourAward, validateHonour } from "./honour.js";

const ARABIC = /[\u0600-\u06FF]/;

describe("validateHonour", () => {
  /** Scenario 5: the network's shield for 2024 to three model cooperatives. */
  const honours = [
    {
      institution: { ar: "تعاونية نساء العونات" },
      award: "shield",
      title: { ar: "مؤسسة نموذجية", fr: "Institution modèle" },
      year: 2024,
      reason: { ar: "نموذج رائد في تمكين المرأة وتحقيق الاستقلال الاقتصادي للنساء في المناطق الريفية" },
      awardedBy: { ar: "شبكة الجمعيات الدكالية" },
      awardedOn: "2024-12-29",
    },
    {
      institution: { ar: "تعاونية صفوة بلادي" },
      place: { ar: "النواصر" },
      award: "shield",
      year: 2024,
      reason: { ar: "تميزت في إنتاج وتوزيع المنتجات المحلية مع التركيز على استدامة الموارد وتحسين دخل الفلاحين" },
    },
    {
      institution: { ar: "تعاونية أم الربيع" },
      place: { ar: "أزمور" },
      award: "trophy",
      year: 2024,
      reason: { ar: "تعزيز التعاونيات الفلاحية وتحقيق التوازن بين الإنتاج الزراعي واحتياجات السوق المحلي" },
    },
  ];

  it("accepts the honours of scenario 5", () => {
    for (const h of honours) expect(validateHonour(h).ok).toBe(true);
  });

  it("requires the institution, the award, the year and the reason", () => {
    const r = validateHonour({ institution: { ar: "تعاونية" }, award: "cup", year: 24 }, { locale: "fr" });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["schema.invalid_value", "award"],
      ["schema.too_small", "year"],
      ["schema.required", "reason"],
    ]);
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(validateHonour(input).ok).toBe(false);
      }),
    );
  });
});

describe("labels of the competition enumerations", () => {
  const all: Enumeration<string>[] = [HonourAward, ScoreNormalization, TieBreak, EligibilityRuleKind, RankingOutcome];
  for (const e of all) {
    it(`${e.name}: every value has ar, fr and en labels`, () => {
      for (const value of e.values) {
        expect(labelOf(e, value, "ar"), `${e.name}.${value}.ar`).toMatch(ARABIC);
        expect(labelOf(e, value, "fr").trim(), `${e.name}.${value}.fr`).not.toBe("");
        expect(labelOf(e, value, "fr"), `${e.name}.${value}.fr`).not.toMatch(ARABIC);
        expect(labelOf(e, value, "en").trim(), `${e.name}.${value}.en`).not.toBe("");
        expect(labelOf(e, value, "en"), `${e.name}.${value}.en`).not.toMatch(ARABIC);
      }
    });
  }
});
