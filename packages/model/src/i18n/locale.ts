/**
 * A language Madani writes messages and labels in.
 *
 * @remarks `ar` is Modern Standard Arabic as written in Morocco, `fr` French,
 * `en` English. Tamazight (`zgh`, Tifinagh script) appears in labels only where
 * a reviewed translation exists; messages fall back from `zgh` to `ar`.
 */
export type Locale = "ar" | "fr" | "en";

/** Every locale that issue messages are written in, in display order. */
export const LOCALES: readonly Locale[] = Object.freeze(["ar", "fr", "en"]);

/** The locale used when an options object names none: `"en"`. */
export const DEFAULT_LOCALE: Locale = "en";

/**
 * A message in every locale, with `{name}` placeholders filled from the params.
 *
 * @example
 * ```ts
 * const m: MessageTemplate = { ar: "قيمة غير صالحة", fr: "Valeur invalide", en: "Invalid value" };
 * ```
 */
export interface MessageTemplate {
  readonly ar: string;
  readonly fr: string;
  readonly en: string;
}

/** Values a message template can interpolate. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Fill a template's `{name}` placeholders for one locale.
 *
 * @param template - the message in every locale.
 * @param locale - the locale to write in.
 * @param params - values for the placeholders; a placeholder without a value stays as written.
 * @returns the message text.
 * @example
 * ```ts
 * formatMessage({ ar: "{n} أيام", fr: "{n} jours", en: "{n} days" }, "fr", { n: 60 }); // "60 jours"
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (validate untrusted data first).
 */
export function formatMessage(template: MessageTemplate, locale: Locale, params?: MessageParams): string {
  const text = template[locale];
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}

/**
 * Whether a value names a supported locale.
 *
 * @param value - anything.
 * @returns `true` for `"ar"`, `"fr"` and `"en"`.
 * @example
 * ```ts
 * isLocale("fr"); // true
 * ```
 */
export function isLocale(value: unknown): value is Locale {
  return value === "ar" || value === "fr" || value === "en";
}
