import type { MessageTemplate } from "./locale.js";

/**
 * Messages for shape problems found by the zod schemas, and for input that
 * cannot be read at all, keyed by issue code.
 */
export const schemaMessages = {
  "schema.required": {
    ar: "هذا الحقل إلزامي.",
    fr: "Ce champ est obligatoire.",
    en: "This field is required.",
  },
  "schema.invalid_type": {
    ar: "نوع القيمة غير صحيح: المنتظر {expected}، والمُدخل {received}.",
    fr: "Type de valeur incorrect : {expected} attendu, {received} reçu.",
    en: "Wrong type of value: expected {expected}, received {received}.",
  },
  "schema.too_small": {
    ar: "القيمة أصغر من الحد الأدنى ({minimum}).",
    fr: "La valeur est inférieure au minimum ({minimum}).",
    en: "The value is below the minimum ({minimum}).",
  },
  "schema.too_big": {
    ar: "القيمة أكبر من الحد الأقصى ({maximum}).",
    fr: "La valeur dépasse le maximum ({maximum}).",
    en: "The value is above the maximum ({maximum}).",
  },
  "schema.invalid_format": {
    ar: "صيغة القيمة غير صحيحة (المنتظر: {format}).",
    fr: "Format incorrect ({format} attendu).",
    en: "Wrong format (expected {format}).",
  },
  "schema.invalid_value": {
    ar: "قيمة غير مقبولة؛ القيم الممكنة: {values}.",
    fr: "Valeur non admise ; valeurs possibles : {values}.",
    en: "Value not allowed; possible values: {values}.",
  },
  "schema.unrecognized_key": {
    ar: "الحقل «{key}» غير معروف.",
    fr: "Le champ « {key} » est inconnu.",
    en: "Unknown field “{key}”.",
  },
  "schema.invalid_union": {
    ar: "القيمة لا تطابق أيا من الأشكال المقبولة.",
    fr: "La valeur ne correspond à aucune des formes admises.",
    en: "The value matches none of the accepted shapes.",
  },
  "schema.not_multiple_of": {
    ar: "يجب أن تكون القيمة من مضاعفات {divisor}.",
    fr: "La valeur doit être un multiple de {divisor}.",
    en: "The value must be a multiple of {divisor}.",
  },
  "schema.invalid_key": {
    ar: "مفتاح غير صالح.",
    fr: "Clé invalide.",
    en: "Invalid key.",
  },
  "schema.invalid_element": {
    ar: "عنصر غير صالح.",
    fr: "Élément invalide.",
    en: "Invalid element.",
  },
  "schema.duplicate": {
    ar: "القائمة تتضمن قيما مكررة.",
    fr: "La liste contient des valeurs en double.",
    en: "The list contains duplicate values.",
  },
  "schema.text_empty": {
    ar: "يجب إدخال النص بلغة واحدة على الأقل (ar أو fr أو en أو zgh).",
    fr: "Le texte doit être donné dans au moins une langue (ar, fr, en ou zgh).",
    en: "The text must be given in at least one language (ar, fr, en or zgh).",
  },
  "text.invalid_character": {
    ar: "يتضمن النص حرفا لا يمكن حفظه: الحرف الفارغ U+0000 أو نصف زوج بديل (surrogate) غير مقترن.",
    fr: "Le texte contient un caractère qui ne peut pas être enregistré : le caractère nul U+0000 ou un code de substitution (surrogate) isolé.",
    en: "The text holds a character that cannot be stored: the null character U+0000 or an unpaired surrogate.",
  },
  "schema.invalid_option": {
    ar: "الخيار «{option}» غير صالح.",
    fr: "L'option « {option} » est invalide.",
    en: "The option “{option}” is invalid.",
  },
  "input.unreadable": {
    ar: "تعذرت قراءة المُدخل ({reason}).",
    fr: "L'entrée n'a pas pu être lue ({reason}).",
    en: "The input could not be read ({reason}).",
  },
  "input.too_many_issues": {
    ar: "توقف التحقق بعد {limit} مشكلة؛ توجد مشاكل أخرى.",
    fr: "La validation s'est arrêtée après {limit} problèmes ; il en reste d'autres.",
    en: "Validation stopped after {limit} issues; there are more.",
  },
} as const satisfies Record<string, MessageTemplate>;
