import * as z from "zod";
import type { Locale } from "./i18n/locale.js";

/**
 * The name of one enumeration value in each language.
 *
 * @remarks `zgh` (Standard Moroccan Tamazight, Tifinagh) is present only where a
 * reviewed translation exists; display falls back to Arabic.
 */
export interface Labels {
  readonly ar: string;
  readonly fr: string;
  readonly en: string;
  readonly zgh?: string;
}

/**
 * An enumeration of the domain: its values, their labels and the zod schema
 * that accepts exactly those values.
 *
 * @typeParam V - the union of the values.
 */
export interface Enumeration<V extends string> {
  /** Name of the enumeration, e.g. `"legalForm"`. */
  readonly name: string;
  /** The values in their documented order. */
  readonly values: readonly [V, ...V[]];
  /** Labels of every value. */
  readonly labels: Readonly<Record<V, Labels>>;
  /** Schema accepting exactly the values. */
  readonly schema: z.ZodEnum<{ [K in V]: K }>;
}

/**
 * Define an enumeration from its labels; the keys of `labels`, in order, are the values.
 *
 * @param name - name of the enumeration.
 * @param labels - labels of every value in ar, fr and en (zgh where reviewed).
 * @returns the enumeration, frozen.
 * @example
 * ```ts
 * const Sex = defineEnumeration("sex", {
 *   female: { ar: "أنثى", fr: "Femme", en: "Female" },
 *   male: { ar: "ذكر", fr: "Homme", en: "Male" },
 * });
 * Sex.schema.parse("female");
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (validate untrusted data first).
 */
export function defineEnumeration<const V extends string>(
  name: string,
  labels: Readonly<Record<V, Labels>>,
): Enumeration<V> {
  const values = Object.keys(labels) as V[];
  if (values.length === 0) throw new TypeError(`Enumeration ${name} has no values`);
  const tuple = values as [V, ...V[]];
  return Object.freeze({
    name,
    values: Object.freeze(tuple) as readonly [V, ...V[]],
    labels: Object.freeze({ ...labels }),
    schema: z.enum(tuple) as unknown as z.ZodEnum<{ [K in V]: K }>,
  });
}

/**
 * The label of an enumeration value in a language, falling back to Arabic for
 * Tamazight when no reviewed Tamazight label exists.
 *
 * @param enumeration - the enumeration.
 * @param value - one of its values.
 * @param locale - `ar`, `fr`, `en` or `zgh`.
 * @returns the label.
 * @example
 * ```ts
 * labelOf(LegalForm, "cooperative", "ar"); // "تعاونية"
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (validate untrusted data first).
 */
export function labelOf<V extends string>(enumeration: Enumeration<V>, value: V, locale: Locale | "zgh"): string {
  const labels = enumeration.labels[value];
  if (locale === "zgh") return labels.zgh ?? labels.ar;
  return labels[locale];
}
