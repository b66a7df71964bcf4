import { type Issue, type Locale, type MessageTemplate, makeIssue } from "@madani/model";

/**
 * Messages of the issue codes of the review of duplicates (decisions, merges, review files), in ar, fr and en.
 *
 * @remarks Codes are stable: branch on them, not on the messages.
 * @example
 * ```ts
 * reviewMessages["review.unknown_decision"].fr;
 * ```
 */
export const reviewMessages = {
  "review.invalid_option": {
    ar: "الخيار {option} غير صالح.",
    fr: "L'option {option} n'est pas valide.",
    en: "The option {option} is not valid.",
  },
  "review.invalid_pair": {
    ar: "يجب أن يتكون الزوج من معرفين مختلفين لهيئتين.",
    fr: "Une paire est faite de deux identifiants d'organisations différents.",
    en: "A pair is made of two different organization ids.",
  },
  "review.invalid_cluster": {
    ar: "المجموعة ليست مجموعة مكررات صالحة (معرفان على الأقل، وأزواج من داخلها).",
    fr: "Le groupe n'est pas un groupe de doublons valide (au moins deux identifiants, et des paires prises parmi eux).",
    en: "The cluster is not a valid cluster of duplicates (at least two ids, and pairs among them).",
  },
  "review.cluster_too_large": {
    ar: "تضم المجموعة {count} هيئة، والحد الأقصى لرفضها دفعة واحدة هو {max}؛ راجع أزواجها واحدا واحدا.",
    fr: "Le groupe compte {count} organisations ; on peut en rejeter au plus {max} d'un coup. Examinez ses paires une à une.",
    en: "The cluster has {count} organizations; at most {max} can be rejected at once. Review its pairs one by one.",
  },
  "review.invalid_decisions": {
    ar: "القرار رقم {index} ليس قرار مراجعة صالحا.",
    fr: "La décision n° {index} n'est pas une décision d'examen valide.",
    en: "Decision {index} is not a valid review decision.",
  },
  "review.invalid_records": {
    ar: "يتطلب الدمج هيئتين صالحتين على الأقل بمعرفات مختلفة؛ السجل رقم {index} غير صالح.",
    fr: "Une fusion demande au moins deux organisations valides d'identifiants distincts ; l'enregistrement n° {index} ne convient pas.",
    en: "A merge needs at least two valid organizations with distinct ids; record {index} does not fit.",
  },
  "review.unknown_survivor": {
    ar: "المعرف الباقي «{id}» ليس من بين السجلات المدمجة.",
    fr: "L'identifiant conservé « {id} » n'est pas parmi les enregistrements fusionnés.",
    en: "The surviving id “{id}” is not among the merged records.",
  },
  "review.rule_not_applicable": {
    ar: "لا تنطبق القاعدة «{rule}» على الحقل «{field}».",
    fr: "La règle « {rule} » ne s'applique pas au champ « {field} ».",
    en: "The rule “{rule}” does not apply to the field “{field}”.",
  },
  "review.merged_invalid": {
    ar: "السجل المدمج غير صالح في الحقل «{field}» (مثلا عناصر أكثر من المسموح به بعد الجمع)؛ غيّر قاعدة هذا الحقل.",
    fr: "L'enregistrement fusionné n'est pas valide au champ « {field} » (par exemple plus d'éléments que permis après l'union) ; changez la règle de ce champ.",
    en: "The merged record is not valid at field “{field}” (for example more items than allowed after the union); change that field's rule.",
  },
  "review.not_found": {
    ar: "لا توجد في المخزن هيئة بالمعرف «{id}».",
    fr: "Aucune organisation d'identifiant « {id} » dans le stockage.",
    en: "No organization with id “{id}” in the store.",
  },
  "review.file_empty": {
    ar: "ملف المراجعة فارغ.",
    fr: "Le fichier d'examen est vide.",
    en: "The review file is empty.",
  },
  "review.file_unreadable": {
    ar: "تعذرت قراءة ملف المراجعة كملف CSV: {reason}",
    fr: "Le fichier d'examen ne se lit pas comme un CSV : {reason}",
    en: "The review file cannot be read as CSV: {reason}",
  },
  "review.missing_column": {
    ar: "ينقص ملف المراجعة العمود «{column}».",
    fr: "Il manque au fichier d'examen la colonne « {column} ».",
    en: "The review file lacks the column “{column}”.",
  },
  "review.unknown_decision": {
    ar: "السطر {row}: القرار «{value}» غير معروف؛ اكتب accept (أو نعم) أو reject (أو لا)، أو اترك الخانة فارغة.",
    fr: "Ligne {row} : décision « {value} » inconnue ; écrivez accept (ou oui) ou reject (ou non), ou laissez la case vide.",
    en: "Row {row}: unknown decision “{value}”; write accept (or yes) or reject (or no), or leave the cell empty.",
  },
  "review.missing_id": {
    ar: "السطر {row}: ينقص معرف في الزوج.",
    fr: "Ligne {row} : un identifiant de la paire manque.",
    en: "Row {row}: an id of the pair is missing.",
  },
  "review.same_id": {
    ar: "السطر {row}: المعرفان متطابقان ({id}).",
    fr: "Ligne {row} : les deux identifiants sont le même ({id}).",
    en: "Row {row}: both ids are the same ({id}).",
  },
  "review.unknown_id": {
    ar: "السطر {row}: لا توجد هيئة بالمعرف «{id}».",
    fr: "Ligne {row} : aucune organisation d'identifiant « {id} ».",
    en: "Row {row}: no organization with id “{id}”.",
  },
  "review.conflicting_decision": {
    ar: "السطر {row}: يناقض قرار السطر {first} بشأن الزوج نفسه.",
    fr: "Ligne {row} : contredit la décision de la ligne {first} sur la même paire.",
    en: "Row {row}: contradicts the decision of row {first} on the same pair.",
  },
} as const satisfies Readonly<Record<string, MessageTemplate>>;

/** An issue code of the review of duplicates; see {@link reviewMessages}. */
export type ReviewIssueCode = keyof typeof reviewMessages;

/**
 * Internal: an issue of the review of duplicates, its message in `locale`.
 *
 * @param code - the issue code.
 * @param locale - the language of the message.
 * @param path - where the issue is.
 * @param params - the values of the message's placeholders.
 * @returns the issue.
 */
export function reviewIssue(
  code: ReviewIssueCode,
  locale: Locale,
  path: (string | number)[],
  params: Record<string, string | number> = {},
): Issue<ReviewIssueCode> {
  return makeIssue(reviewMessages, code, locale, path, { params }) as Issue<ReviewIssueCode>;
}
