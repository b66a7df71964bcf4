import type { MessageTemplate } from "@madani/model";

/**
 * Messages of the issue codes of {@link ingest}, keyed by code, in ar, fr and en.
 *
 * @remarks Codes are stable: branch on them, not on the messages. Row-level
 * codes put a row in quarantine (except `ingest.unknown_value`,
 * `ingest.board_undated`, `ingest.board_incomplete` and
 * `ingest.control_characters`, which are warnings); input-level codes
 * (`ingest.invalid_option`, `ingest.empty_input`, `ingest.binary_input`,
 * `ingest.no_header`, `ingest.duplicate_header`, `ingest.no_name_column`,
 * `ingest.checkpoint_mismatch`) make the whole import fail before any row is
 * read; `ingest.encoding_guessed` is a warning of the whole import;
 * `ingest.source_error`, `ingest.invalid_chunk` and `ingest.batch_failed` stop a
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
  "ingest.binary_input": {
    ar: "يبدو أن هذا الملف {what}، وليس ملف CSV أو JSON. احفظ الورقة بصيغة CSV ثم استورد ذلك الملف.",
    fr: "Ce fichier ressemble à {what}, pas à du CSV ou du JSON. Enregistrez la feuille au format CSV et importez ce fichier.",
    en: "This looks like {what}, not CSV or JSON. Save the sheet as CSV and import that file.",
  },
  "ingest.invalid_chunk": {
    ar: "جزء من المصدر ليس نصا ولا بايتات (النوع: {type}).",
    fr: "Un morceau de la source n'est ni du texte ni des octets (type : {type}).",
    en: "A chunk of the input is neither text nor bytes (type: {type}).",
  },
  "ingest.encoding_guessed": {
    ar: "لا يحدد الملف ترميزه وليس بترميز UTF-8: قُرئ بالترميز {encoding}. إن ظهرت الحروف مشوهة فحدد الترميز الصحيح.",
    fr: "Le fichier n'indique pas son encodage et n'est pas en UTF-8 : il a été lu en {encoding}. Si les lettres sont altérées, indiquez le bon encodage.",
    en: "The file does not state its encoding and is not UTF-8: it was read as {encoding}. If letters look garbled, give the right encoding.",
  },
  "ingest.duplicate_header": {
    ar: "العمود «{column}» مكرر في سطر العناوين.",
    fr: "La colonne « {column} » figure deux fois dans l'en-tête.",
    en: "The column “{column}” appears twice in the header.",
  },
  "ingest.encoding": {
    ar: "السطر يحتوي على بايتات غير صالحة في ترميز الملف ({encoding}).",
    fr: "La ligne contient des octets qui ne sont pas valides dans l'encodage du fichier ({encoding}).",
    en: "The row holds bytes that are not valid in the file's encoding ({encoding}).",
  },
  "ingest.control_characters": {
    ar: "حُذفت من السطر محارف تحكم (مثل NUL)، أو عُوِّضت محارف غير صالحة بالرمز �.",
    fr: "Des caractères de contrôle (comme NUL) ont été retirés de la ligne, ou des caractères invalides remplacés par �.",
    en: "Control characters (such as NUL) were removed from the row, or invalid characters replaced by �.",
  },
  "ingest.row_failed": {
    ar: "تعذرت معالجة السطر: {reason}.",
    fr: "La ligne n'a pas pu être traitée : {reason}.",
    en: "The row could not be processed: {reason}.",
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
    ar: "لا يتضمن السطر تاريخ تأسيس ولا تاريخ تصريح: سُجّل أعضاء المكتب دون تاريخ بداية لولاياتهم.",
    fr: "La ligne n'a ni date de création ni date de déclaration : les membres du bureau ont été enregistrés sans date de début de mandat.",
    en: "The row has neither a founding nor a declaration date: the board members were recorded without a start date for their mandates.",
  },
} as const satisfies Readonly<Record<string, MessageTemplate>>;

/** An issue code of {@link ingest}; see {@link ingestMessages}. */
export type IngestIssueCode = keyof typeof ingestMessages;

/**
 * What a binary input looks like, in ar, fr and en: the `{what}` of
 * `ingest.binary_input`, by the kind found in its first bytes.
 *
 * @example
 * ```ts
 * binaryKindLabels.xlsx.fr; // "un classeur Excel (.xlsx) ou une autre archive zip"
 * ```
 */
export const binaryKindLabels = {
  xlsx: {
    ar: "مصنف Excel ‏(.xlsx) أو ملف zip مضغوط",
    fr: "un classeur Excel (.xlsx) ou une autre archive zip",
    en: "an Excel workbook (.xlsx) or another zip archive",
  },
  xls: {
    ar: "مصنف Excel قديم ‏(.xls)",
    fr: "un classeur Excel 97-2003 (.xls)",
    en: "an Excel 97-2003 workbook (.xls)",
  },
  pdf: { ar: "وثيقة PDF", fr: "un document PDF", en: "a PDF document" },
  gzip: { ar: "ملف مضغوط (gzip)", fr: "un fichier compressé (gzip)", en: "a compressed file (gzip)" },
  binary: {
    ar: "ملف ثنائي (يحتوي على بايتات NUL)",
    fr: "un fichier binaire (il contient des octets NUL)",
    en: "a binary file (it holds NUL bytes)",
  },
} as const satisfies Readonly<Record<string, MessageTemplate>>;
