import type { MessageTemplate } from "../i18n/locale.js";

/** Messages of the place look-ups of `@madani/model/geo`, keyed by issue code. */
export const geoMessages = {
  "geo.not_found": {
    ar: "لم يتم العثور على أي مكان يطابق «{query}».",
    fr: "Aucun lieu ne correspond à « {query} ».",
    en: "No place matches “{query}”.",
  },
  "geo.ambiguous": {
    ar: "يطابق «{query}» عدة أماكن ({count}): {candidates}. استعمل الرمز الجغرافي، أو حدد نطاق البحث بالخيار within (رمز جهة أو إقليم).",
    fr: "« {query} » correspond à plusieurs lieux ({count}) : {candidates}. Utilisez le code géographique, ou restreignez la recherche avec l'option within (code d'une région ou d'une province).",
    en: "“{query}” matches several places ({count}): {candidates}. Use the geographic code, or scope the query with the within option (a region or province code).",
  },
  "geo.invalid_query": {
    ar: "يجب أن يكون البحث اسم مكان أو رمزا جغرافيا للمندوبية السامية للتخطيط: نص غير فارغ لا يتجاوز {maxLength} حرفا.",
    fr: "La recherche doit être un nom de lieu ou un code géographique du HCP : un texte non vide d'au plus {maxLength} caractères.",
    en: "The query must be a place name or an HCP geographic code: a non-empty text of at most {maxLength} characters.",
  },
  "geo.unknown_parent": {
    ar: "لا توجد جهة أو إقليم يمكن أن يحتوي المكان المطلوب برمز «{within}». استعمل رمز جهة (مثل 01)، أو رمز إقليم أو عمالة (مثل 01.511) عند البحث عن جماعة.",
    fr: "Aucune région ou province pouvant contenir le lieu cherché n'a le code « {within} ». Utilisez le code d'une région (ex. 01) ou, pour une commune, celui d'une province ou préfecture (ex. 01.511).",
    en: "No region or province that can contain the place sought has the code “{within}”. Use a region code (e.g. 01) or, for a commune, a province or prefecture code (e.g. 01.511).",
  },
} as const satisfies Record<string, MessageTemplate>;
