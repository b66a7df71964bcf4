import type { IssueCode, MessageTemplate } from "@madani/model";

/** Messages of the report package's own issue codes, keyed by code. */
export const reportMessages = {
  "report.cell_type": {
    ar: "قيمة الخانة لا توافق نوع العمود «{column}» ({expected}).",
    fr: "La valeur de la cellule ne correspond pas au type de la colonne « {column} » ({expected}).",
    en: "The cell does not match the type of column “{column}” ({expected}).",
  },
  "report.unknown_column": {
    ar: "الخانة «{key}» لا تنتمي إلى أي عمود من أعمدة الجدول.",
    fr: "La cellule « {key} » ne correspond à aucune colonne du tableau.",
    en: "The cell “{key}” belongs to no column of the table.",
  },
  "report.duplicate_column": {
    ar: "العمود «{key}» مكرر.",
    fr: "La colonne « {key} » apparaît deux fois.",
    en: "The column “{key}” appears twice.",
  },
  "report.duplicate_table_id": {
    ar: "معرف الجدول «{id}» مستعمل أكثر من مرة؛ يجب أن يكون فريدا لأنه يسمي ملف CSV.",
    fr: "L'identifiant de tableau « {id} » est utilisé plusieurs fois ; il doit être unique car il nomme le fichier CSV.",
    en: "The table id “{id}” is used more than once; it must be unique because it names the CSV file.",
  },
  "report.series_length": {
    ar: "عدد قيم السلسلة ({actual}) لا يساوي عدد الفئات ({expected}).",
    fr: "La série a {actual} valeurs pour {expected} catégories.",
    en: "The series has {actual} values for {expected} categories.",
  },
  "report.dates_order": {
    ar: "تاريخ النهاية سابق لتاريخ البداية.",
    fr: "La date de fin précède la date de début.",
    en: "The end date is before the start date.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** The issue codes the report package can report: the model's and its own. */
export type ReportIssueCode = IssueCode | keyof typeof reportMessages;
