import type { MessageTemplate } from "@madani/model";

/**
 * Messages of the issue codes of {@link ingest}, keyed by code, in ar, fr and en.
 *
 * @remarks Codes are stable: branch on them, not on the messages. Row-level
 * codes put a row in quarantine (except `ingest.unknown_value` and
 * `ingest.board_undated`, which are warnings); input-level codes
 * (`ingest.invalid_option`, `ingest.empty_input`, `ingest.no_header`,
 * `ingest.no_name_column`, `ingest.checkpoint_mismatch`) make the whole import fail
 * before any row is read; `ingest.source_error` and `ingest.batch_failed` stop a
 * running import, which can be resumed from its checkpoint.
 * @example
 * ```ts
 * ingestMessages["ingest.duplicate_id"].fr;
 * ```
 */
export const ingestMessages = {
  "ingest.invalid_option": {
    ar: "الخيار {option} غير صالح.",
    fr: "L'option {option} n'est pas valide.",
    en: "The option {option} is not valid.",
  },
  "ingest.empty_input": {
    ar: "الملف فارغ: لا يحتوي على أي سطر.",
    fr: "Le fichier est vide : il ne contient aucune ligne.",
    en: "The input is empty: it holds no row.",
  },
  "ingest.no_header": {
    ar: "تعذرت قراءة سطر العناوين.",
    fr: "La ligne d'en-tête est illisible.",
    en: "The header row cannot be read.",
  },
  "ingest.no_name_column": {
    ar: "لا يوجد عمود لاسم المنظمة بين الأعمدة: {columns}.",
    fr: "Aucune colonne ne donne le nom de l'organisation parmi : {columns}.",
    en: "No column gives the organization's name among: {columns}.",
  },
  "ingest.checkpoint_mismatch": {
    ar: "نقطة الاستئناف لا تخص هذا الملف ({reason}).",
    fr: "Le point de reprise ne correspond pas à ce fichier ({reason}).",
    en: "The checkpoint does not belong to this input ({reason}).",
  },
  "ingest.source_error": {
    ar: "توقفت قراءة المصدر: {reason}.",
    fr: "La lecture de la source s'est interrompue : {reason}.",
    en: "Reading the input stopped: {reason}.",
  },
  "ingest.batch_failed": {
    ar: "فشل تسليم دفعة من السطور: {reason}.",
    fr: "La remise d'un lot de lignes a échoué : {reason}.",
    en: "Delivering a batch of rows failed: {reason}.",
  },
  "ingest.encoding": {
    ar: "السطر يحتوي على بايتات غير صالحة بترميز UTF-8.",
    fr: "La ligne contient des octets qui ne sont pas de l'UTF-8 valide.",
    en: "The row holds bytes that are not valid UTF-8.",
  },
  "ingest.csv_unbalanced_quote": {
    ar: "علامة تنصيص مفتوحة لا تُغلق في هذا السطر.",
    fr: "Un guillemet ouvert n'est jamais fermé sur cette ligne.",
    en: "A quote opened on this line is never closed.",
  },
  "ingest.csv_malformed": {
    ar: "تعذر تحليل السطر بصيغة CSV: {reason}.",
    fr: "La ligne n'est pas du CSV lisible : {reason}.",
    en: "The row is not readable CSV: {reason}.",
  },
  "ingest.column_count": {
    ar: "عدد الخانات {actual} بدل {expected}.",
    fr: "La ligne a {actual} champs au lieu de {expected}.",
    en: "The row has {actual} fields instead of {expected}.",
  },
  "ingest.record_too_large": {
    ar: "السطر أطول من {maximum} حرف.",
    fr: "La ligne dépasse {maximum} caractères.",
    en: "The row is longer than {maximum} characters.",
  },
  "ingest.field_too_large": {
    ar: "الخانة {column} أطول من {maximum} حرف.",
    fr: "Le champ {column} dépasse {maximum} caractères.",
    en: "The field {column} is longer than {maximum} characters.",
  },
  "ingest.json_malformed": {
    ar: "نص JSON غير صالح: {reason}.",
    fr: "JSON invalide : {reason}.",
    en: "Invalid JSON: {reason}.",
  },
  "ingest.not_an_object": {
    ar: "العنصر ليس كائن JSON.",
    fr: "L'élément n'est pas un objet JSON.",
    en: "The element is not a JSON object.",
  },
  "ingest.name_missing": {
    ar: "اسم المنظمة غير موجود.",
    fr: "Le nom de l'organisation manque.",
    en: "The organization's name is missing.",
  },
  "ingest.legal_form_missing": {
    ar: "الشكل القانوني غير موجود ولا يمكن استنتاجه من الاسم.",
    fr: "La forme juridique manque et ne se déduit pas du nom.",
    en: "The legal form is missing and cannot be inferred from the name.",
  },
  "ingest.legal_form_unknown": {
    ar: "الشكل القانوني «{value}» غير معروف.",
    fr: "La forme juridique « {value} » est inconnue.",
    en: "Unknown legal form “{value}”.",
  },
  "ingest.invalid_date": {
    ar: "تاريخ غير صالح في الخانة {column}.",
    fr: "Date invalide dans le champ {column}.",
    en: "Invalid date in the field {column}.",
  },
  "ingest.place_not_found": {
    ar: "المكان «{query}» ({level}) غير موجود.",
    fr: "Le lieu « {query} » ({level}) est introuvable.",
    en: "The place “{query}” ({level}) is not found.",
  },
  "ingest.place_ambiguous": {
    ar: "المكان «{query}» ({level}) ملتبس: {candidates}.",
    fr: "Le lieu « {query} » ({level}) est ambigu : {candidates}.",
    en: "The place “{query}” ({level}) is ambiguous: {candidates}.",
  },
  "ingest.duplicate_id": {
    ar: "المعرف {id} سبق استعماله في السطر {firstRow}.",
    fr: "L'identifiant {id} figure déjà à la ligne {firstRow}.",
    en: "The id {id} already appears on row {firstRow}.",
  },
  "ingest.unknown_value": {
    ar: "القيمة «{value}» في الخانة {column} غير معروفة وتم تجاهلها.",
    fr: "La valeur « {value} » du champ {column} est inconnue et a été ignorée.",
    en: "The value “{value}” of the field {column} is unknown and was left out.",
  },
  "ingest.board_incomplete": {
    ar: "المكتب بدون رئيس أو بدون أمين مال، فلم يتم تسجيل أعضائه.",
    fr: "Bureau sans président ou sans trésorier : ses membres n'ont pas été enregistrés.",
    en: "Board members were left out: the board has no president or no treasurer.",
  },
  "ingest.board_undated": {
    ar: "أعضاء المكتب بدون تاريخ تأسيس أو تصريح، فلم يتم تسجيلهم.",
    fr: "Membres du bureau sans date de création ni de déclaration : ils n'ont pas été enregistrés.",
    en: "Board members without a founding or declaration date were left out.",
  },
} as const satisfies Readonly<Record<string, MessageTemplate>>;

/** An issue code of {@link ingest}; see {@link ingestMessages}. */
export type IngestIssueCode = keyof typeof ingestMessages;
