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
 * `ingest.checkpoint_mismatch`, and for workbooks `ingest.xlsx_corrupt`,
 * `ingest.xlsx_not_workbook`, `ingest.xlsx_no_sheet`,
 * `ingest.xlsx_sheet_not_found`, `ingest.xlsx_encrypted`) make the whole
 * import fail before any row is read (`ingest.xlsx_corrupt` and
 * `ingest.xlsx_too_large` stop an import that has started when the damage
 * is further on); `ingest.encoding_guessed` is a warning of the whole import;
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
  "ingest.xlsx_corrupt": {
    ar: "تعذرت قراءة مصنف Excel ‏(.xlsx) هذا: الملف تالف أو ليس مصنفا صالحا ({reason}).",
    fr: "Ce classeur Excel (.xlsx) ne peut pas être lu : il est endommagé ou n'est pas un classeur valide ({reason}).",
    en: "This Excel workbook (.xlsx) cannot be read: it is damaged or not a valid workbook ({reason}).",
  },
  "ingest.xlsx_not_workbook": {
    ar: "هذا الملف {what}، وليس مصنف Excel ‏(.xlsx). احفظ الورقة بصيغة .xlsx أو CSV ثم استورد ذلك الملف.",
    fr: "Ce fichier est {what}, pas un classeur Excel (.xlsx). Enregistrez la feuille au format .xlsx ou CSV et importez ce fichier.",
    en: "This file is {what}, not an Excel workbook (.xlsx). Save the sheet as .xlsx or CSV and import that file.",
  },
  "ingest.xlsx_no_sheet": {
    ar: "لا يحتوي المصنف على أي ورقة بيانات تُقرأ.",
    fr: "Le classeur ne contient aucune feuille de calcul à lire.",
    en: "The workbook holds no worksheet to read.",
  },
  "ingest.xlsx_sheet_not_found": {
    ar: "لا توجد في المصنف ورقة باسم «{sheet}». أوراقه: {sheets}.",
    fr: "Le classeur n'a pas de feuille nommée « {sheet} ». Ses feuilles : {sheets}.",
    en: "The workbook has no sheet named “{sheet}”. Its sheets: {sheets}.",
  },
  "ingest.xlsx_encrypted": {
    ar: "هذا المصنف محمي بكلمة مرور (مشفر)، فلا يمكن قراءته. افتحه في Excel بكلمة المرور، واحفظه دون كلمة مرور، ثم استورده من جديد.",
    fr: "Ce classeur est protégé par un mot de passe (chiffré) et ne peut pas être lu. Ouvrez-le dans Excel avec son mot de passe, enregistrez-le sans mot de passe, puis importez-le de nouveau.",
    en: "This workbook is password-protected (encrypted) and cannot be read. Open it in Excel with its password, save it without one, then import it again.",
  },
  "ingest.xlsx_too_large": {
    ar: "يتجاوز حجم المصنف بعد فك ضغطه {maximum} بايت، فتوقفت قراءته (ملف تالف أو «قنبلة ضغط»). قسّمه إلى ملفات أصغر، أو ارفع الحد maxXlsxBytes.",
    fr: "Décompressé, le classeur dépasse {maximum} octets : sa lecture a été arrêtée (fichier endommagé ou « bombe de décompression »). Découpez-le en fichiers plus petits, ou relevez la limite maxXlsxBytes.",
    en: "Unzipped, the workbook exceeds {maximum} bytes: reading it was stopped (a damaged file or a zip bomb). Split it into smaller files, or raise the maxXlsxBytes limit.",
  },
  "ingest.number_lost_digits": {
    ar: "حفظ Excel العمود «{column}» كعدد ({value}) فضاعت منه أرقام. اجعل تنسيق العمود «نص»، وأعد كتابة القيمة، ثم أعد استيراد الملف.",
    fr: "Excel a enregistré la colonne « {column} » comme un nombre ({value}) et en a perdu des chiffres. Mettez la colonne au format Texte, saisissez de nouveau la valeur, puis importez de nouveau le fichier.",
    en: "Excel stored the column “{column}” as a number ({value}) and lost digits. Format the column as Text, type the value again, then import the file again.",
  },
  "ingest.xlsx_error_cell": {
    ar: "خانة العمود «{column}» تحتوي على خطأ Excel ‏{value}.",
    fr: "La cellule de la colonne « {column} » contient l'erreur Excel {value}.",
    en: "The cell of the column “{column}” holds the Excel error {value}.",
  },
  "ingest.quarantine_too_large": {
    ar: "يتسع مصنف الحجر لـ {maxRows} صف و{maxColumns} عمود على الأكثر، وفي هذا الحجر {rows} صف و{columns} عمود: اكتبه بصيغة CSV.",
    fr: "Un classeur de quarantaine contient au plus {maxRows} lignes et {maxColumns} colonnes ; cette quarantaine a {rows} lignes et {columns} colonnes : écrivez-la en CSV.",
    en: "A quarantine workbook holds at most {maxRows} rows and {maxColumns} columns; this quarantine has {rows} rows and {columns} columns: write it as CSV.",
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
    ar: "الخانة في العمود «{column}» أطول من {maximum} حرف.",
    fr: "La cellule de la colonne « {column} » dépasse {maximum} caractères.",
    en: "The cell of the column “{column}” is longer than {maximum} characters.",
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
    ar: "تاريخ غير صالح في العمود «{column}».",
    fr: "Date invalide dans la colonne « {column} ».",
    en: "Invalid date in the column “{column}”.",
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
    ar: "القيمة «{value}» في العمود «{column}» غير معروفة وتم تجاهلها.",
    fr: "La valeur « {value} » de la colonne « {column} » est inconnue et a été ignorée.",
    en: "The value “{value}” of the column “{column}” is unknown and was left out.",
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

/**
 * What a zip archive that is not a workbook looks like, in ar, fr and en: the `{what}` of
 * `ingest.xlsx_not_workbook`.
 */
export const archiveKindLabels = {
  ods: {
    ar: "جدول بيانات OpenDocument ‏(.ods)",
    fr: "un classeur OpenDocument (.ods)",
    en: "an OpenDocument spreadsheet (.ods)",
  },
  xlsb: {
    ar: "مصنف Excel ثنائي ‏(.xlsb)",
    fr: "un classeur Excel binaire (.xlsb)",
    en: "an Excel binary workbook (.xlsb)",
  },
  docx: { ar: "مستند Word ‏(.docx)", fr: "un document Word (.docx)", en: "a Word document (.docx)" },
  zip: { ar: "أرشيف zip", fr: "une archive zip", en: "a zip archive" },
} as const satisfies Readonly<Record<string, MessageTemplate>>;

/**
 * The words of issue lines and quarantine files, in ar, fr and en: where a row is (`row` for CSV and
 * JSON, `sheetRow` for a sheet, whose `{line}` is the row number Excel shows), the column and the value
 * at fault, and the headers a quarantine file adds.
 *
 * @example
 * ```ts
 * formatMessage(ingestLabels.sheetRow, "fr", { sheet: "Associations", line: 7 }); // "Feuille « Associations », ligne 7"
 * ```
 */
export const ingestLabels = {
  row: {
    ar: "الصف {row} (السطر {line} من الملف)",
    fr: "Ligne {row} (ligne {line} du fichier)",
    en: "Row {row} (line {line})",
  },
  sheetRow: {
    ar: "الورقة «{sheet}»، الصف {line}",
    fr: "Feuille « {sheet} », ligne {line}",
    en: "Sheet “{sheet}”, row {line}",
  },
  column: { ar: "العمود «{column}»", fr: "colonne « {column} »", en: "column “{column}”" },
  value: { ar: "القيمة «{value}»", fr: "valeur « {value} »", en: "value “{value}”" },
  reason: { ar: "سبب الحجر", fr: "Motif de la quarantaine", en: "Quarantine reason" },
  raw: { ar: "السطر كما قُرئ", fr: "Ligne telle que lue", en: "Row as read" },
  sheet: { ar: "الحجر", fr: "Quarantaine", en: "Quarantine" },
} as const satisfies Readonly<Record<string, MessageTemplate>>;
