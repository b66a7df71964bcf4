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

type MaybeWellFormed = { isWellFormed?: () => boolean };

/** A surrogate code unit; with the `u` flag a well-formed pair is one code point and does not match. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** `String.prototype.isWellFormed` where the runtime has it (Node 20, current browsers), a regular expression otherwise. */
const isWellFormed: (text: string) => boolean =
  typeof (String.prototype as MaybeWellFormed).isWellFormed === "function"
    ? (text) => (text as unknown as Required<MaybeWellFormed>).isWellFormed()
    : (text) => !LONE_SURROGATE.test(text);

/**
 * Whether a text holds only characters that every store can keep: no U+0000
 * (NUL) and no unpaired surrogate (a code unit in U+D800–U+DFFF that is not
 * half of a pair). PostgreSQL refuses both, in `text` and in `jsonb`.
 *
 * @param text - any string.
 * @returns `true` when the text can be stored as it is (`false` for a value that is not a string).
 * @remarks One scan of the string (`isWellFormed` and `includes`), cheap enough
 * to run on every text field during validation.
 * @example
 * ```ts
 * isStorableText("جمعية الأمل 😀"); // true
 * isStorableText("A\u0000B"); // false
 * isStorableText("\uD800"); // false: half of a pair
 * ```
 */
export function isStorableText(text: string): boolean {
  return typeof text === "string" && !text.includes("\u0000") && isWellFormed(text);
}

/**
 * Add the check of {@link isStorableText} to a string schema: a text with
 * U+0000 or an unpaired surrogate is refused with the code
 * `text.invalid_character`.
 *
 * @param schema - a string schema (after `trim()`, `min()`, `max()` …), or a string format such as `z.url()`.
 * @returns the same kind of schema, with the check.
 * @example
 * ```ts
 * const Reference = storableText(z.string().trim().min(1).max(128));
 * Reference.safeParse("ref\u0000").success; // false
 * ```
 */
export function storableText<T extends z.ZodType<string, string>>(schema: T): T {
  return schema.refine(isStorableText, { params: coded("text.invalid_character") }) as T;
}

const text = storableText(z.string().trim().min(1).max(2000));

/**
 * Schema of {@link MultilingualText}: each language optional, at least one
 * present (`schema.text_empty` otherwise); values are trimmed, 1 to 2,000 characters,
 * without U+0000 or an unpaired surrogate (`text.invalid_character`).
 */
export const MultilingualTextSchema = z
  .strictObject({ ar: text.optional(), fr: text.optional(), en: text.optional(), zgh: text.optional() })
  .refine((t) => t.ar !== undefined || t.fr !== undefined || t.en !== undefined || t.zgh !== undefined, {
    params: coded("schema.text_empty"),
  });

/** The languages a text can be shown in, Tamazight included. */
export type TextLocale = Locale | "zgh";

/** The fallback chain of each display language (display falls back through a locale chain). */
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
 * @returns the text and the language it is in, or `undefined` for an empty text
 * (or a value that is not a text; an unknown locale falls back like `"en"`).
 * @example
 * ```ts
 * textIn({ ar: "جمعية الأمل" }, "fr"); // { text: "جمعية الأمل", locale: "ar" }
 * ```
 */
export function textIn(
  value: MultilingualText,
  locale: TextLocale,
): { readonly text: string; readonly locale: TextLocale } | undefined {
  // Read defensively: a value that is not an object (or cannot be read) gives no text, an unknown locale the English chain.
  if (typeof value !== "object" || value === null) return undefined;
  const chain = typeof locale === "string" && Object.hasOwn(FALLBACKS, locale) ? FALLBACKS[locale] : FALLBACKS.en;
  try {
    for (const l of chain) {
      const t: unknown = value[l];
      if (typeof t === "string" && t !== "") return { text: t, locale: l };
    }
  } catch {
    return undefined;
  }
  return undefined;
}
