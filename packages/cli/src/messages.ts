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
