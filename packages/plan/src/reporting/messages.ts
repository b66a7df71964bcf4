import type { MessageTemplate } from "@madani/model";

/**
 * Messages of the reporting-requirement issue codes (`reportingPeriods`, `reportingCompliance`,
 * `reportingComplianceReport`), in ar, fr and en.
 */
export const reportingMessages = {
  "reporting.unknown_option": {
    ar: "الخيار «{option}» غير معروف.",
    fr: "L'option « {option} » est inconnue.",
    en: "Unknown option “{option}”.",
  },
  "reporting.invalid_option": {
    ar: "قيمة الخيار «{option}» غير صالحة.",
    fr: "La valeur de l'option « {option} » est invalide.",
    en: "The value of option “{option}” is not valid.",
  },
  "reporting.invalid_frequency": {
    ar: "وتيرة التقارير غير صالحة: المقبول monthly (شهرية) أو quarterly (فصلية) أو semiannual (نصف سنوية) أو annual (سنوية).",
    fr: "Fréquence de rapportage invalide : monthly (mensuelle), quarterly (trimestrielle), semiannual (semestrielle) ou annual (annuelle) attendue.",
    en: "Invalid reporting frequency: expected monthly, quarterly, semiannual or annual.",
  },
  "reporting.invalid_date": {
    ar: "«{option}» ليس تاريخا صالحا بصيغة YYYY-MM-DD.",
    fr: "« {option} » n'est pas une date valide au format AAAA-MM-JJ.",
    en: "“{option}” is not a valid date in the YYYY-MM-DD format.",
  },
  "reporting.date_out_of_range": {
    ar: "التاريخ «{option}» خارج المجال المقبول (من {min} إلى {max}).",
    fr: "La date « {option} » sort de l'intervalle admis ({min} – {max}).",
    en: "Date “{option}” is outside the supported range ({min} – {max}).",
  },
  "reporting.end_before_start": {
    ar: "تاريخ النهاية {end} سابق لتاريخ البداية {start}.",
    fr: "La date de fin {end} précède la date de début {start}.",
    en: "The end date {end} is before the start date {start}.",
  },
  "reporting.invalid_fiscal_month": {
    ar: "شهر بداية السنة المالية يجب أن يكون عددا صحيحا من 1 (يناير) إلى 12 (دجنبر).",
    fr: "Le mois de début de l'exercice doit être un entier de 1 (janvier) à 12 (décembre).",
    en: "The first month of the fiscal year must be a whole number from 1 (January) to 12 (December).",
  },
  "reporting.invalid_due_days": {
    ar: "أجل التقديم يجب أن يكون عددا صحيحا من الأيام بين 0 و{max}.",
    fr: "Le délai de remise doit être un nombre entier de jours entre 0 et {max}.",
    en: "The reporting delay must be a whole number of days from 0 to {max}.",
  },
  "reporting.invalid_id_prefix": {
    ar: "بادئة المعرفات يجب أن تكون نصا من {max} حرفا على الأكثر يصلح لتكوين معرف (بدون أحرف تحكم أو مسافة في البداية).",
    fr: "Le préfixe des identifiants doit être un texte d'au plus {max} caractères qui forme un identifiant valide (sans caractère de contrôle ni espace initiale).",
    en: "The id prefix must be a text of at most {max} characters that makes a valid id (no control character, no leading space).",
  },
  "reporting.too_many_periods": {
    ar: "ينتج عن هذه المدة {count} فترة، والحد الأقصى {max}.",
    fr: "Cet intervalle donnerait {count} périodes ; le maximum est {max}.",
    en: "This span would give {count} periods; the maximum is {max}.",
  },
  "reporting.invalid_plan": {
    ar: "المخطط غير صالح: الحقل «{field}» مفقود أو غير صحيح.",
    fr: "Le plan est invalide : le champ « {field} » manque ou est incorrect.",
    en: "The plan is not valid: field “{field}” is missing or wrong.",
  },
  "reporting.invalid_requirement": {
    ar: "متطلب التقارير رقم {index} غير صالح (الحقل «{field}»).",
    fr: "L'exigence de rapportage n° {index} est invalide (champ « {field} »).",
    en: "Reporting requirement #{index} is not valid (field “{field}”).",
  },
  "reporting.requirement_conflict": {
    ar: "متطلب التقارير رقم {index} يحدد الأجل مرتين: dueOn وdueAfterDays معا.",
    fr: "L'exigence de rapportage n° {index} fixe l'échéance deux fois : dueOn et dueAfterDays ensemble.",
    en: "Reporting requirement #{index} sets the due date twice: both dueOn and dueAfterDays.",
  },
  "reporting.due_on_without_period": {
    ar: "متطلب التقارير رقم {index} يحدد تاريخ أجل (dueOn) دون تحديد الفترة (periodId).",
    fr: "L'exigence de rapportage n° {index} fixe une date d'échéance (dueOn) sans nommer de période (periodId).",
    en: "Reporting requirement #{index} gives a due date (dueOn) without naming a period (periodId).",
  },
  "reporting.unknown_indicator": {
    ar: "متطلب التقارير رقم {index} يخص مؤشرا غير موجود «{id}».",
    fr: "L'exigence de rapportage n° {index} vise un indicateur inexistant « {id} ».",
    en: "Reporting requirement #{index} names a missing indicator “{id}”.",
  },
  "reporting.unknown_period": {
    ar: "متطلب التقارير رقم {index} يخص فترة غير موجودة «{id}».",
    fr: "L'exigence de rapportage n° {index} vise une période inexistante « {id} ».",
    en: "Reporting requirement #{index} names a missing period “{id}”.",
  },
  "reporting.due_before_end": {
    ar: "أجل التقديم {dueOn} في المتطلب رقم {index} سابق لنهاية الفترة «{period}» ({endOn}).",
    fr: "L'échéance {dueOn} de l'exigence n° {index} précède la fin de la période « {period} » ({endOn}).",
    en: "Due date {dueOn} of requirement #{index} is before the end of period “{period}” ({endOn}).",
  },
  "reporting.invalid_submission_date": {
    ar: "تاريخ تقديم القيمة «{value}» للمؤشر «{indicator}» ليس تاريخا صالحا (YYYY-MM-DD أو تاريخ وساعة ISO 8601).",
    fr: "La date de remise de la valeur « {value} » de l'indicateur « {indicator} » n'est pas une date valide (AAAA-MM-JJ ou date et heure ISO 8601).",
    en: "The submission date of value “{value}” of indicator “{indicator}” is not a valid date (YYYY-MM-DD or an ISO 8601 date and time).",
  },
} as const satisfies Record<string, MessageTemplate>;

/** Issue codes of {@link reportingMessages}. */
export type ReportingIssueCode = keyof typeof reportingMessages;
