import * as z from "zod";
import { coded } from "./coded.js";
import type { Locale } from "./i18n/locale.js";

/**
 * Text given in one or more languages: Arabic, French, English, Tamazight (Tifinagh).
 *
 * @example
 * ```ts
 * const name: MultilingualText = { ar: "جمعية الأمل", fr: "Association Al Amal" };
 * ```
 */
export interface MultilingualText {
  // `| undefined`: the type of the schema's output too, so parsed texts are accepted as they are.
  readonly ar?: string | undefined;
  readonly fr?: string | undefined;
  readonly en?: string | undefined;
  readonly zgh?: string | undefined;
}

const text = z.string().trim().min(1).max(2000);

/**
 * Schema of {@link MultilingualText}: each language optional, at least one
 * present (`schema.text_empty` otherwise); values are trimmed, 1 to 2,000 characters.
 */
export const MultilingualTextSchema = z
  .strictObject({ ar: text.optional(), fr: text.optional(), en: text.optional(), zgh: text.optional() })
  .refine((t) => t.ar !== undefined || t.fr !== undefined || t.en !== undefined || t.zgh !== undefined, {
    params: coded("schema.text_empty"),
  });

/** The languages a text can be shown in, Tamazight included. */
export type TextLocale = Locale | "zgh";

/** The fallback chain of each display language (DESIGN.md: display falls back through a locale chain). */
const FALLBACKS: Readonly<Record<TextLocale, readonly (keyof MultilingualText)[]>> = {
  ar: ["ar", "fr", "en", "zgh"],
  fr: ["fr", "ar", "en", "zgh"],
  en: ["en", "fr", "ar", "zgh"],
  zgh: ["zgh", "ar", "fr", "en"],
};

/**
 * The text to show in a language, falling back through a chain when that
 * language is missing (ar → fr → en → zgh; fr → ar → en → zgh; en → fr → ar → zgh;
 * zgh → ar → fr → en).
 *
 * @param value - the multilingual text.
 * @param locale - the display language.
 * @returns the text and the language it is in, or `undefined` for an empty text.
 * @example
 * ```ts
 * textIn({ ar: "جمعية الأمل" }, "fr"); // { text: "جمعية الأمل", locale: "ar" }
 * ```
 */
export function textIn(
  value: MultilingualText,
  locale: TextLocale,
): { readonly text: string; readonly locale: TextLocale } | undefined {
  for (const l of FALLBACKS[locale]) {
    const t = value[l];
    if (t !== undefined && t !== "") return { text: t, locale: l };
  }
  return undefined;
}
