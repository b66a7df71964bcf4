import type { MessageTemplate } from "@madani/model";

/**
 * The messages the `madani` command prints, in ar, fr and en, by stable code. `{name}` placeholders are
 * filled from the message's parameters.
 */
export const cliMessages = {
  "cli.usage": {
    ar: "استعمال غير صحيح: {detail}. للمساعدة: madani {command} --help",
    fr: "Utilisation incorrecte : {detail}. Aide : madani {command} --help",
    en: "Usage error: {detail}. See: madani {command} --help",
  },
  "cli.unknown_command": {
    ar: "الأمر «{name}» غير معروف. للمساعدة: madani --help",
    fr: "Commande inconnue « {name} ». Aide : madani --help",
    en: "Unknown command “{name}”. See: madani --help",
  },
  "cli.file_not_found": {
    ar: "الملف «{path}» غير موجود.",
    fr: "Le fichier « {path} » n'existe pas.",
    en: "The file “{path}” does not exist.",
  },
  "cli.file_unreadable": {
    ar: "تعذرت قراءة الملف «{path}»: {reason}",
    fr: "Impossible de lire le fichier « {path} » : {reason}",
    en: "Cannot read the file “{path}”: {reason}",
  },
  "cli.invalid_json": {
    ar: "الملف «{path}» ليس JSON صالحا: {reason}",
    fr: "Le fichier « {path} » n'est pas du JSON valide : {reason}",
    en: "The file “{path}” is not valid JSON: {reason}",
  },
  "cli.unknown_document": {
    ar: "لم يتم التعرف على نوع الوثيقة «{path}» (المنتظر: مخطط استراتيجي أو تظاهرة).",
    fr: "Type de document inconnu pour « {path} » (attendu : un plan stratégique ou un événement).",
    en: "Unknown document type in “{path}” (expected a strategic plan or an event).",
  },
  "cli.invalid_document": {
    ar: "الوثيقة «{path}» غير صالحة ({count} ملاحظة):",
    fr: "Le document « {path} » n'est pas valide ({count} problème(s)) :",
    en: "The document “{path}” is not valid ({count} issue(s)):",
  },
  "cli.written": {
    ar: "كُتب الملف: {path}",
    fr: "Fichier écrit : {path}",
    en: "Written: {path}",
  },
  "cli.needs_out": {
    ar: "هذا التقرير يعطي {count} ملفات CSV؛ حدد مجلدا بالخيار --out.",
    fr: "Ce rapport donne {count} fichiers CSV ; indiquez un dossier avec --out.",
    en: "This report gives {count} CSV files; give a folder with --out.",
  },
  "cli.stats_xlsx_needs_out": {
    ar: "يكتب الخيار --format xlsx مصنف Excel: حدد الملف بالخيار --out (مثلا --out stats.xlsx).",
    fr: "--format xlsx écrit un classeur Excel : indiquez le fichier avec --out (par exemple --out stats.xlsx).",
    en: "--format xlsx writes an Excel workbook: give the file with --out (for example --out stats.xlsx).",
  },
  "cli.lint_summary": {
    ar: "{errors} خطأ و{warnings} تنبيه.",
    fr: "{errors} erreur(s) et {warnings} avertissement(s).",
    en: "{errors} error(s) and {warnings} warning(s).",
  },
  "cli.validate_summary": {
    ar: "{read} سجل مقروء: {accepted} صالح و{quarantined} في الحجر.",
    fr: "{read} enregistrement(s) lu(s) : {accepted} valide(s), {quarantined} en quarantaine.",
    en: "{read} record(s) read: {accepted} valid, {quarantined} quarantined.",
  },
  "cli.import_refused": {
    ar: "تعذرت قراءة الملف «{path}»، ولم يُستورد أي سجل:",
    fr: "Le fichier « {path} » ne peut pas être lu ; aucun enregistrement n'a été importé :",
    en: "The file “{path}” cannot be read; no record was imported:",
  },
  "cli.import_failed": {
    ar: "توقفت العملية قبل نهاية الملف بعد {rows} سجل، ولم تُقرأ السجلات الباقية:",
    fr: "L'opération s'est arrêtée avant la fin du fichier, après {rows} enregistrement(s) ; les suivants n'ont pas été lus :",
    en: "The run stopped before the end of the file, after {rows} record(s); the rest were not read:",
  },
  "cli.no_database": {
    ar: "لا توجد قاعدة بيانات للسجل في «{path}». استورد الجمعيات أولًا (madani import file.csv)، أو حدِّد المجلد الصحيح بـ --data-dir أو خادمًا بـ --db.",
    fr: "Aucune base du registre dans « {path} ». Importez d'abord des organisations (madani import fichier.csv), ou indiquez le bon dossier avec --data-dir, ou un serveur avec --db.",
    en: "No registry database in “{path}”. Import organizations first (madani import file.csv), or give the right folder with --data-dir, or a server with --db.",
  },
  "cli.store_refused": {
    ar: "رفضت قاعدة البيانات {count} سجل (انظر المشاكل أعلاه)، وخُزنت السجلات الأخرى.",
    fr: "La base de données a refusé {count} enregistrement(s) (voir les problèmes ci-dessus) ; les autres ont été enregistrés.",
    en: "The database refused {count} record(s) (see the issues above); the others were stored.",
  },
  "cli.import_cancelled": {
    ar: "أُلغيت العملية بعد {rows} سجل.",
    fr: "L'opération a été annulée après {rows} enregistrement(s).",
    en: "The run was cancelled after {rows} record(s).",
  },
  "cli.draw_seed_needed": {
    ar: "حدِّد البذرة بإحدى الطريقتين فقط: --seed-file ملف (أو - للمدخل القياسي)، أو --seed. يُفضَّل الملف لأن سجل الأوامر و ps يُظهران ما يُكتب بعد --seed.",
    fr: "Donnez la graine d'une seule façon : --seed-file fichier (ou - pour l'entrée standard), ou --seed. Préférez le fichier : l'historique du shell et ps montrent ce qui suit --seed.",
    en: "Give the seed one way only: --seed-file file (or - for standard input), or --seed. Prefer the file: shell history and ps show what follows --seed.",
  },
  "cli.draw_seed_empty": {
    ar: "لا يحتوي «{path}» على بذرة في سطره الأول.",
    fr: "« {path} » ne contient pas de graine sur sa première ligne.",
    en: "“{path}” holds no seed on its first line.",
  },
  "cli.draw_invalid": {
    ar: "القرعة غير صالحة:",
    fr: "Le tirage n'est pas valide :",
    en: "The draw is not valid:",
  },
  "cli.draw_verified": {
    ar: "تم التحقق من القرعة: نفس البذرة ونفس المشاركين يعطيان نفس الفائزين.",
    fr: "Tirage vérifié : la même graine et les mêmes participants donnent les mêmes gagnants.",
    en: "Draw verified: the same seed and entries give the same winners.",
  },
  "cli.draw_mismatch": {
    ar: "القرعة لا تطابق: {detail}",
    fr: "Le tirage ne correspond pas : {detail}",
    en: "The draw does not match: {detail}",
  },
  "cli.draw_winners": {
    ar: "الفائزون بالترتيب: {winners}",
    fr: "Gagnants, dans l'ordre : {winners}",
    en: "Winners, in order: {winners}",
  },
  "cli.database": {
    ar: "قاعدة المعطيات: {where}",
    fr: "Base de données : {where}",
    en: "Database: {where}",
  },
  "cli.stored": {
    ar: "عدد الهيئات المسجلة في قاعدة المعطيات: {count}",
    fr: "Organisations enregistrées dans la base : {count}",
    en: "Organizations in the database: {count}",
  },
  "cli.dedup_summary": {
    ar: "{organizations} هيئة، {clusters} مجموعة من المكررات المحتملة.",
    fr: "{organizations} organisations, {clusters} groupe(s) de doublons probables.",
    en: "{organizations} organizations, {clusters} cluster(s) of likely duplicates.",
  },
  "cli.review_refused": {
    ar: "لم يُطبَّق ملف المراجعة «{path}»، ولم يُسجَّل أي قرار منه:",
    fr: "Le fichier d'examen « {path} » n'a pas été appliqué ; aucune de ses décisions n'a été enregistrée :",
    en: "The review file “{path}” was not applied; none of its decisions was recorded:",
  },
  "cli.review_applied": {
    ar: "سُجّلت القرارات: {accepted} مقبول و{rejected} مرفوض، و{undecided} بلا قرار؛ {merges} عملية دمج.",
    fr: "Décisions enregistrées : {accepted} acceptée(s), {rejected} rejetée(s), {undecided} sans décision ; {merges} fusion(s).",
    en: "Decisions recorded: {accepted} accepted, {rejected} rejected, {undecided} undecided; {merges} merge(s).",
  },
  "cli.reviewer_needed": {
    ar: "من راجع الملف؟ حدد اسمه بالخيار --reviewer (أو بمتغير البيئة MADANI_REVIEWER).",
    fr: "Qui a examiné le fichier ? Indiquez-le avec --reviewer (ou la variable d'environnement MADANI_REVIEWER).",
    en: "Who reviewed the file? Give the name with --reviewer (or the MADANI_REVIEWER environment variable).",
  },
  "cli.dedup_pending": {
    ar: "{groups} مجموعة مقبولة كهيئة واحدة لم تُدمج بعد.",
    fr: "{groups} groupe(s) accepté(s) comme une seule organisation ne sont pas encore fusionnés.",
    en: "{groups} group(s) accepted as one organization are not merged yet.",
  },
  "cli.help_validate": {
    ar: "التحقق من الهيئات (CSV أو NDJSON أو JSON أو مصنف Excel ‏.xlsx) دون تخزينها؛ رمز الخروج 1 إذا وُضع سطر في الحجر",
    fr: "vérifier des organisations (CSV, NDJSON, JSON ou classeur Excel .xlsx) sans les enregistrer ; code de sortie 1 si une ligne est mise en quarantaine",
    en: "check organizations (CSV, NDJSON, JSON or an Excel .xlsx workbook) without storing them; exit 1 when a row is quarantined",
  },
  "cli.help_import": {
    ar: "استيراد الهيئات (CSV أو NDJSON أو JSON أو مصنف Excel ‏.xlsx) إلى قاعدة معطيات السجل (مجلد PGlite افتراضيا، أو --db)",
    fr: "importer des organisations (CSV, NDJSON, JSON ou classeur Excel .xlsx) dans la base du registre (dossier PGlite par défaut, ou --db)",
    en: "import organizations (CSV, NDJSON, JSON or an Excel .xlsx workbook) into the registry database (PGlite folder by default, or --db)",
  },
  "cli.help_ingest_file": {
    ar: "الهيئات: CSV بعناوين عربية أو فرنسية أو إنجليزية، أو NDJSON، أو مصفوفة JSON، أو مصنف Excel ‏(.xlsx)",
    fr: "les organisations : CSV aux en-têtes arabes, français ou anglais, NDJSON, tableau JSON ou classeur Excel (.xlsx)",
    en: "organizations: CSV with Arabic, French or English headers, NDJSON, a JSON array or an Excel workbook (.xlsx)",
  },
  "cli.help_quarantine": {
    ar: "كتابة السطور الموضوعة في الحجر في هذا الملف بدل عرضها: ‎.xlsx أو ‎.csv (أعمدة الملف نفسها وعمود السبب، لتصحيحها ثم استيرادها من جديد)، وإلا NDJSON",
    fr: "écrire les lignes en quarantaine dans ce fichier au lieu de les afficher : .xlsx ou .csv (les colonnes du fichier et une colonne de motifs, à corriger puis réimporter), sinon NDJSON",
    en: "write quarantined rows there instead of printing them: .xlsx or .csv (the file's own columns and a reason column, to fix and import again), else NDJSON",
  },
  "cli.help_as_of": {
    ar: "التاريخ الذي تُقرأ فيه القواعد (مثل ولايات أعضاء المكتب)، بصيغة YYYY-MM-DD",
    fr: "la date à laquelle les règles sont lues (par exemple les mandats du bureau), au format AAAA-MM-JJ",
    en: "the date rules are read on (e.g. board mandates), as YYYY-MM-DD",
  },
  "cli.help_sheet": {
    ar: "ورقة المصنف المراد قراءتها، باسمها (افتراضيا أول ورقة ظاهرة)",
    fr: "la feuille du classeur à lire, par son nom (par défaut la première feuille visible)",
    en: "the sheet of the workbook to read, by name (default the first visible sheet)",
  },
  "cli.help_encoding": {
    ar: "ترميز الملف (افتراضيا auto: علامة ترتيب البايتات، وإلا UTF-8، وإلا windows-1256 أو windows-1252)",
    fr: "encodage du fichier (auto par défaut : marque d'ordre des octets, sinon UTF-8, sinon windows-1256 ou windows-1252)",
    en: "encoding of the file (default auto: byte-order mark, else UTF-8, else windows-1256 or windows-1252)",
  },
  "cli.help_dedup": {
    ar: "البحث عن المكررات المحتملة في قاعدة معطيات السجل مع أسبابها، دون الأزواج التي رُوجعت من قبل؛ رمز الخروج 1 إذا وُجدت",
    fr: "trouver les doublons probables dans la base du registre, avec leurs raisons, sans les paires déjà examinées ; code de sortie 1 s'il y en a",
    en: "find likely duplicates in the registry database, with the reasons, leaving out pairs reviewed before; exit 1 when some are found",
  },
  "cli.help_dedup_out": {
    ar: "كتابة كل مجموعة بأزواجها وأسبابها في هذا الملف (JSON)",
    fr: "écrire chaque groupe avec ses paires et leurs raisons dans ce fichier (JSON)",
    en: "write every cluster with its pairs and reasons to this file (JSON)",
  },
  "cli.help_threshold": {
    ar: "النقطة التي يحتاجها زوج ليُعد مكررا (افتراضيا 1.25)",
    fr: "le score qu'il faut à une paire pour être un doublon (1.25 par défaut)",
    en: "score a pair needs to be a duplicate (default 1.25)",
  },
  "cli.help_review_out": {
    ar: "كتابة ملف المراجعة: سطر لكل زوج مقترح وعمود قرار يُملأ؛ مصنف Excel إذا انتهى الاسم بـ ‎.xlsx، وإلا CSV",
    fr: "écrire le fichier d'examen : une ligne par paire proposée et une colonne de décision à remplir ; classeur Excel si le nom finit par .xlsx, sinon CSV",
    en: "write the review file: one row per proposed pair, a decision column to fill; an Excel workbook when the name ends with .xlsx, else CSV",
  },
  "cli.help_review": {
    ar: "تطبيق ملف مراجعة مملوء أولا (CSV أو ‎.xlsx): تسجيل قراراته ودمج الأزواج المقبولة",
    fr: "appliquer d'abord un fichier d'examen rempli (CSV ou .xlsx) : enregistrer ses décisions, fusionner les paires acceptées",
    en: "apply a filled review file first (CSV or .xlsx): record its decisions, merge accepted pairs",
  },
  "cli.help_reviewer": {
    ar: "من راجع الملف (افتراضيا MADANI_REVIEWER، وإلا اسم المستخدم)",
    fr: "qui a examiné le fichier (par défaut MADANI_REVIEWER, sinon le nom de connexion)",
    en: "who reviewed the file (default MADANI_REVIEWER, else the login name)",
  },
  "cli.help_separator": {
    ar: "فاصل ملف المراجعة بصيغة CSV (‏';' لجدول بيانات بالفرنسية أو العربية)",
    fr: "séparateur du fichier d'examen CSV (';' pour un tableur en français ou en arabe)",
    en: "separator of the CSV review file written (';' for a French or Arabic spreadsheet)",
  },
  "cli.invalid_call": {
    ar: "استدعاء غير صالح لـ run: {what} غير صالح (يجب أن تكون الوسائط لائحة نصوص، وio كائنا بـ stdout وstderr وenv وcwd وnow).",
    fr: "Appel de run non valide : {what} n'est pas valide (les arguments sont une liste de textes, io un objet avec stdout, stderr, env, cwd et now).",
    en: "Invalid call of run: {what} is not valid (the arguments are a list of text, io an object with stdout, stderr, env, cwd and now).",
  },
  "cli.failed": {
    ar: "فشل التنفيذ: {reason}",
    fr: "Échec : {reason}",
    en: "Failed: {reason}",
  },
} as const satisfies Record<string, MessageTemplate>;

/** A code of {@link cliMessages}. */
export type CliMessageCode = keyof typeof cliMessages;
