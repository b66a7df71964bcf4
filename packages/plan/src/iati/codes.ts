import type { MessageTemplate } from "@madani/model";
import type { IndicatorMeasureValue } from "../indicator/indicator.js";

/**
 * The namespace of Madani's extension attributes and elements in IATI XML.
 *
 * @remarks The IATI 2.03 schema admits elements of other namespaces at the end of
 * `result`, `indicator`, `period`, `target` and `actual`, but attributes of other
 * namespaces only on some elements (`result`, `indicator`, `period`, not `target` nor
 * `actual`). Madani writes its own data (ids, codes, value states, numerators and
 * denominators…) as `madani:*` attributes where they are admitted and as `madani:*`
 * elements elsewhere, bound to this URN, so the XML validates against the official schema.
 * @example
 * ```ts
 * `<result xmlns:madani="${MADANI_NAMESPACE}" type="1">`;
 * ```
 */
export const MADANI_NAMESPACE = "urn:madani:plan";

/**
 * IATI 2.03 `IndicatorMeasure` codes by Madani measure.
 *
 * @remarks `iati-activity/result/indicator/@measure`: 1 unit, 2 percentage,
 * 3 nominal, 4 ordinal, 5 qualitative. A `ratio` is written as 1 (unit) and a
 * `yes-no` as 3 (nominal); `madani:measure` keeps the Madani measure for the way back.
 * @example
 * ```ts
 * IATI_MEASURE_CODES.percentage; // "2"
 * ```
 */
export const IATI_MEASURE_CODES: Readonly<Record<IndicatorMeasureValue, "1" | "2" | "3" | "4" | "5">> = {
  number: "1",
  percentage: "2",
  ratio: "1",
  "yes-no": "3",
  ordinal: "4",
  qualitative: "5",
};

/**
 * The Madani measure read from an IATI 2.03 `indicator/@measure` code when no
 * `madani:measure` says otherwise.
 *
 * @remarks 1 unit → `number`, 2 percentage → `percentage`, 3 nominal → `yes-no`,
 * 4 ordinal → `ordinal`, 5 qualitative → `qualitative`.
 * @example
 * ```ts
 * MEASURE_FROM_IATI["3"]; // "yes-no"
 * ```
 */
export const MEASURE_FROM_IATI: Readonly<Record<string, IndicatorMeasureValue>> = {
  "1": "number",
  "2": "percentage",
  "3": "yes-no",
  "4": "ordinal",
  "5": "qualitative",
};

/**
 * IATI 2.03 `ResultType` codes: 1 output, 2 outcome, 3 impact, 9 other.
 *
 * @remarks Used for `iati-activity/result/@type`.
 * @example
 * ```ts
 * IATI_RESULT_TYPES.impact; // "3"
 * ```
 */
export const IATI_RESULT_TYPES = { output: "1", outcome: "2", impact: "3", other: "9" } as const;

/**
 * Messages of the issue codes of {@link fromIatiResults}, keyed by code, in ar, fr and en.
 *
 * @remarks Codes are stable: branch on them, not on the messages. Every code is an error.
 * @example
 * ```ts
 * iatiMessages["iati.xml_invalid"].fr;
 * ```
 */
export const iatiMessages = {
  "iati.xml_invalid": {
    ar: "النص ليس XML سليما: {reason}",
    fr: "Le texte n'est pas un XML bien formé : {reason}",
    en: "The text is not well-formed XML: {reason}",
  },
  "iati.no_result": {
    ar: "لا يحتوي النص على أي عنصر result.",
    fr: "Le texte ne contient aucun élément result.",
    en: "The text contains no result element.",
  },
  "iati.measure_unknown": {
    ar: "رمز القياس {measure} غير معروف في IATI 2.03 (القيم الممكنة: 1 إلى 5).",
    fr: "Le code de mesure {measure} est inconnu d'IATI 2.03 (valeurs possibles : 1 à 5).",
    en: "The measure code {measure} is unknown to IATI 2.03 (possible values: 1 to 5).",
  },
  "iati.number_invalid": {
    ar: "القيمة {value} ليست عددا عشريا.",
    fr: "La valeur {value} n'est pas un nombre décimal.",
    en: "The value {value} is not a decimal number.",
  },
  "iati.date_invalid": {
    ar: "التاريخ {value} ليس تاريخا بصيغة YYYY-MM-DD.",
    fr: "La date {value} n'est pas une date AAAA-MM-JJ.",
    en: "The date {value} is not a YYYY-MM-DD date.",
  },
  "iati.title_missing": {
    ar: "المؤشر لا يحمل عنوانا بلغة معروفة (ar، fr، en، zgh).",
    fr: "L'indicateur n'a pas de titre dans une langue connue (ar, fr, en, zgh).",
    en: "The indicator has no title in a known language (ar, fr, en, zgh).",
  },
  "iati.indicator_invalid": {
    ar: "المؤشر المستورد غير صالح: {reason}",
    fr: "L'indicateur importé n'est pas valide : {reason}",
    en: "The imported indicator is not valid: {reason}",
  },
} as const satisfies Record<string, MessageTemplate>;

/** An issue code of {@link fromIatiResults}; see {@link iatiMessages}. */
export type IatiIssueCode = keyof typeof iatiMessages;
