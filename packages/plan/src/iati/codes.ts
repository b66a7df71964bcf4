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
 * 4 ordinal → `ordinal`, 5 qualitative → `qualitative`. {@link fromIatiResults} also reads the names that
 * files of IATI 1.x and 2.01 wrote instead of the codes, in any case: `Unit`, `Percentage`, `NDP` ("numeric
 * decimal percentage", the example of the 1.0x schemas), `Nominal`, `Ordinal`, `Qualitative`.
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
 * Names of measures written by files of IATI 1.x and 2.01 instead of the `IndicatorMeasure` codes, lower-cased:
 * the codelist's names and `ndp`, "numeric decimal percentage" (the example the 1.01 to 1.03 schemas gave:
 * "e.g. unit, percentage, NDP"; IATI-Codelists issue 13). Internal.
 */
export const LEGACY_MEASURES: Readonly<Record<string, IndicatorMeasureValue>> = {
  unit: "number",
  percentage: "percentage",
  ndp: "percentage",
  nominal: "yes-no",
  ordinal: "ordinal",
  qualitative: "qualitative",
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
 * @remarks Codes are stable: branch on them, not on the messages. `iati.xml_invalid` and `iati.no_result` refuse
 * the text (errors); the others are warnings of a partial import, each about the part it leaves out.
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
  "iati.period_invalid": {
    ar: "الفترة المستوردة غير صالحة ولم تُقرأ: {reason}",
    fr: "La période importée n'est pas valide et n'est pas lue : {reason}",
    en: "The imported period is not valid and is left out: {reason}",
  },
  "iati.value_invalid": {
    ar: "القيمة المستوردة غير صالحة ولم تُقرأ: {reason}",
    fr: "La valeur importée n'est pas valide et n'est pas lue : {reason}",
    en: "The imported value is not valid and is left out: {reason}",
  },
} as const satisfies Record<string, MessageTemplate>;

/** An issue code of {@link fromIatiResults}; see {@link iatiMessages}. */
export type IatiIssueCode = keyof typeof iatiMessages;

/**
 * Messages of the issue codes of {@link toIatiActivity}, keyed by code, in ar, fr and en.
 *
 * @remarks Codes are stable: branch on them, not on the messages. Errors: `iati.unknown_option`,
 * `iati.invalid_option`, `iati.reporting_org_incomplete`, `iati.identifier_prefix`, `iati.organization_unknown`,
 * `iati.sector_invalid`, `iati.sector_withdrawn`, `iati.sector_duplicate`, `iati.sector_percentages`,
 * `iati.location_unknown`, `iati.location_unnamed`, `iati.document_category_unknown`. Warnings:
 * `iati.sector_unlisted`, `iati.sdg_target_unlisted`, `iati.budget_outside_period`, `iati.transaction_after_as_of`.
 * @example
 * ```ts
 * iatiActivityMessages["iati.sector_percentages"].ar;
 * ```
 */
export const iatiActivityMessages = {
  "iati.unknown_option": {
    ar: "الخيار {option} غير معروف.",
    fr: "L'option {option} est inconnue.",
    en: "The option {option} is unknown.",
  },
  "iati.invalid_option": {
    ar: "قيمة الخيار {option} غير صالحة.",
    fr: "La valeur de l'option {option} n'est pas valide.",
    en: "The value of the option {option} is not valid.",
  },
  "iati.reporting_org_incomplete": {
    ar: "الهيئة صاحبة المخطط {id} هي الهيئة المبلِّغة: يجب أن تحمل في options.organizations الحقل {field}.",
    fr: "L'organisation du plan {id} est l'organisation déclarante : options.organizations doit lui donner {field}.",
    en: "The plan's organization {id} is the reporting organization: options.organizations must give its {field}.",
  },
  "iati.identifier_prefix": {
    ar: "يجب أن يبدأ معرف النشاط {identifier} بمعرف الهيئة المبلِّغة {ref}.",
    fr: "L'identifiant d'activité {identifier} doit commencer par l'identifiant de l'organisation déclarante {ref}.",
    en: "The activity identifier {identifier} must start with the reporting organization's identifier {ref}.",
  },
  "iati.organization_unknown": {
    ar: "الهيئة {id} بلا اسم: أعطها اسما في options.organizations.",
    fr: "L'organisation {id} n'a pas de nom : donnez-le dans options.organizations.",
    en: "The organization {id} has no name: give it in options.organizations.",
  },
  "iati.sector_invalid": {
    ar: "رمز القطاع {code} ليس رمز غرض من خمسة أرقام للجنة المساعدة الإنمائية (DAC).",
    fr: "Le code de secteur {code} n'est pas un code-objet CAD à cinq chiffres.",
    en: "The sector code {code} is not a 5-digit DAC purpose code.",
  },
  "iati.sector_withdrawn": {
    ar: "رمز القطاع {code} مسحوب من قائمة رموز IATI.",
    fr: "Le code de secteur {code} a été retiré de la liste de codes IATI.",
    en: "The sector code {code} has been withdrawn from the IATI codelist.",
  },
  "iati.sector_unlisted": {
    ar: "رمز القطاع {code} غير وارد في نسخة قائمة رموز IATI المرفقة؛ تحقق منه.",
    fr: "Le code de secteur {code} ne figure pas dans la copie de la liste de codes IATI ; vérifiez-le.",
    en: "The sector code {code} is not in the copy of the IATI codelist; check it.",
  },
  "iati.sector_duplicate": {
    ar: "رمز القطاع {code} مذكور أكثر من مرة.",
    fr: "Le code de secteur {code} figure plusieurs fois.",
    en: "The sector code {code} is listed more than once.",
  },
  "iati.sector_percentages": {
    ar: "مجموع نسب القطاعات {total} وليس 100.",
    fr: "Les pourcentages des secteurs totalisent {total}, et non 100.",
    en: "The sector percentages add up to {total}, not 100.",
  },
  "iati.location_unknown": {
    ar: "الرمز {code} لا يدل على أي جهة أو إقليم أو جماعة في تقسيم المندوبية السامية للتخطيط.",
    fr: "Le code {code} ne désigne aucune région, province ni commune du découpage du HCP.",
    en: "The code {code} names no region, province or commune of the HCP's division.",
  },
  "iati.location_unnamed": {
    ar: "الموقع بلا اسم وبلا رمز المندوبية السامية للتخطيط.",
    fr: "Le lieu n'a ni nom ni code HCP.",
    en: "The location has neither a name nor an HCP code.",
  },
  "iati.document_category_unknown": {
    ar: "فئة الوثيقة {code} غير معروفة في IATI 2.03 (من A01 إلى A12 ومن B01 إلى B18).",
    fr: "La catégorie de document {code} est inconnue d'IATI 2.03 (A01 à A12, B01 à B18).",
    en: "The document category {code} is unknown to IATI 2.03 (A01 to A12, B01 to B18).",
  },
  "iati.sdg_target_unlisted": {
    ar: "الغاية {target} ليست من غايات أهداف التنمية المستدامة في قائمة رموز IATI: لم تُكتب.",
    fr: "La cible {target} n'est pas une cible ODD de la liste de codes IATI : elle n'est pas écrite.",
    en: "The target {target} is not an SDG target of the IATI codelist: it is left out.",
  },
  "iati.budget_outside_period": {
    ar: "سنة الميزانية {year} خارج فترة المخطط: كُتبت الميزانية للسنة كاملة.",
    fr: "L'année budgétaire {year} est hors de la période du plan : le budget est écrit pour l'année entière.",
    en: "The budget year {year} is outside the plan's period: the budget is written for the whole year.",
  },
  "iati.transaction_after_as_of": {
    ar: "المعاملة {id} مؤرخة في {date}، بعد تاريخ الاحتساب {asOf}: لم تُكتب.",
    fr: "La transaction {id} est datée du {date}, après la date de référence {asOf} : elle n'est pas écrite.",
    en: "The transaction {id} is dated {date}, after the as-of date {asOf}: it is left out.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** An issue code of {@link toIatiActivity}; see {@link iatiActivityMessages}. */
export type IatiActivityIssueCode = keyof typeof iatiActivityMessages;
