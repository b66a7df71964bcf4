import { nameTokens } from "./nameKey.js";

/** The three levels of Moroccan territorial administration in `@madani/model/geo`. */
export type PlaceLevel = "region" | "province" | "commune";

/*
 * Generic words people put before (or, in English, after) a place name. The
 * patterns run on the words of `nameTokens` joined by single spaces, so they are
 * written in folded form: no accents, lower case, `ة → ه`, `إ → ا`, apostrophes
 * as spaces (`d'arrondissements` is `d arrondissements`).
 */
const PREFIX: Readonly<Record<PlaceLevel, RegExp>> = {
  region: /^(?:region|(?:ال)?جهه)(?: (?:de|du|des|d|of))? /,
  province:
    /^(?:(?:province|prefecture)(?: (?:d|des) arrondissements?)?|(?:ال)?اقليم|(?:ال)?عماله(?: (?:ال)?مقاطعات)?)(?: (?:de|du|des|d|of))? /,
  commune:
    /^(?:(?:commune|municipalite|municipality)(?: (?:urbaine|rurale|territoriale|urban|rural))?|cr|cu|c r|c u|(?:ال)?جماعه(?: (?:ال)?(?:قرويه|حضريه|ترابيه))?|(?:ال)?بلديه)(?: (?:de|du|des|d|of))? /,
};

const SUFFIX: Readonly<Record<PlaceLevel, RegExp>> = {
  region: / region$/,
  province: / (?:province|prefecture)$/,
  commune: / (?:commune|municipality)$/,
};

const ARTICLE = /^(?:l|la|le|les|the) /;

/**
 * The keys to try, in order, for a name typed by a person: the whole name
 * first, then the name without a generic word of its level ("Commune de",
 * "جماعة", "Province de", "إقليم", "Préfecture de", "عمالة", "Région de",
 * "جهة", …), then also without a French or English article after it
 * ("Région de l'Oriental" → "Oriental").
 *
 * @param text - the name as typed.
 * @param level - the level searched; only that level's generic words are removed.
 * @returns distinct, non-empty keys (none when the text has no letter or digit).
 * @example
 * ```ts
 * candidateKeys("Commune d'Aït Ourir", "commune"); // ["communedaitourir", "aitourir"]
 * ```
 */
export function candidateKeys(text: string, level: PlaceLevel): string[] {
  const words = nameTokens(text).join(" ");
  const keys: string[] = [];
  const add = (w: string): void => {
    const key = w.replaceAll(" ", "");
    if (key !== "" && !keys.includes(key)) keys.push(key);
  };
  add(words);
  const prefix = PREFIX[level].exec(words);
  const rest = prefix === null ? words.replace(SUFFIX[level], "") : words.slice(prefix[0].length);
  if (rest !== words) {
    add(rest);
    add(rest.replace(ARTICLE, ""));
  }
  return keys;
}
