import fc from "fast-check";
import type { MultilingualText } from "../multilingual.js";

const AR_WORDS = [
  "الأمل",
  "التنمية",
  "الثقافة",
  "الأشراف",
  "النهضة",
  "الخير",
  "التضامن",
  "الرياضة",
  "البيئة",
  "الشباب",
  "المرأة",
  "الطفولة",
  "دكالة",
  "الواحة",
  "الأطلس",
  "التعاون",
];
const FR_WORDS = [
  "Al Amal",
  "Développement",
  "Culture",
  "Achraf",
  "Nahda",
  "Solidarité",
  "Sport",
  "Environnement",
  "Jeunesse",
  "Femmes",
  "Enfance",
  "Doukkala",
  "Oasis",
  "Atlas",
  "Entraide",
];
const AR_KINDS = ["جمعية", "تعاونية", "شبكة", "جامعة", "مؤسسة"];
const FR_KINDS = ["Association", "Coopérative", "Réseau", "Fédération", "Fondation"];

/**
 * Arbitrary multilingual texts with one to four languages, made of realistic
 * words in Arabic, French, English and Tamazight.
 *
 * @returns an arbitrary of {@link MultilingualText} with at least one language.
 * @example
 * ```ts
 * fc.sample(multilingualTextArbitrary(), 1); // [{ ar: "جمعية الأمل للتنمية", fr: "Association Al Amal" }]
 * ```
 */
export function multilingualTextArbitrary(): fc.Arbitrary<MultilingualText> {
  return fc
    .record(
      {
        ar: fc
          .tuple(fc.constantFrom(...AR_KINDS), fc.subarray(AR_WORDS, { minLength: 1, maxLength: 3 }))
          .map(([k, w]) => `${k} ${w.join(" و")}`),
        fr: fc
          .tuple(fc.constantFrom(...FR_KINDS), fc.subarray(FR_WORDS, { minLength: 1, maxLength: 3 }))
          .map(([k, w]) => `${k} ${w.join(" et ")}`),
        en: fc
          .subarray(["Hope", "Development", "Culture", "Solidarity", "Youth", "Women"], { minLength: 1, maxLength: 3 })
          .map((w) => `${w.join(" and ")} Association`),
        zgh: fc.constantFrom("ⵜⴰⵎⵓⵏⵜ", "ⴰⵎⵓⵙⵙⵓ"),
      },
      { requiredKeys: [] },
    )
    .filter((t) => Object.keys(t).length > 0);
}
