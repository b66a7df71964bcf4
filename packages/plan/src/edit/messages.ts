import type { MessageTemplate } from "@madani/model";

/**
 * Messages of the editing commands' issue codes, in ar, fr and en.
 *
 * @remarks `{kind}` is the kind of item a message is about (`element`, `indicator`, `activity`,
 * `milestone`, `contribution`, `value`…): for `command.duplicate_id`, the kind of the item that already
 * holds the id. `command.meta` is reported at the wrong field of the edit metadata (`["meta", "at"]`…),
 * or at `["meta"]` when the metadata is not an object. The approval workflow's codes give the raw states in
 * `from`, `to` or `state` and their labels in the message's language in `fromLabel`, `toLabel`, `stateLabel`.
 */
export const editMessages = {
  "command.not_found": {
    ar: "العنصر «{id}» ({kind}) غير موجود في المخطط.",
    fr: "L'élément « {id} » ({kind}) n'existe pas dans le plan.",
    en: "No {kind} “{id}” in the plan.",
  },
  "command.duplicate_id": {
    ar: "المعرف «{id}» مستعمل من قبل ({kind}).",
    fr: "L'identifiant « {id} » est déjà utilisé ({kind}).",
    en: "The id “{id}” is already used ({kind}).",
  },
  "command.period_locked": {
    ar: "الفترة «{id}» مقفلة ولا يمكن تعديلها.",
    fr: "La période « {id} » est verrouillée et ne peut plus être modifiée.",
    en: "The period “{id}” is locked and cannot be changed.",
  },
  "command.wrong_measure": {
    ar: "القيمة لا تناسب طريقة قياس المؤشر ({measure}).",
    fr: "La valeur ne convient pas à la mesure de l'indicateur ({measure}).",
    en: "The value does not fit the indicator's measure ({measure}).",
  },
  "command.date_outside": {
    ar: "التاريخ {date} خارج مدة المخطط ({start} – {end}).",
    fr: "La date {date} est hors de la période du plan ({start} – {end}).",
    en: "The date {date} is outside the plan period ({start} – {end}).",
  },
  "command.in_use": {
    ar: "لا يمكن حذف «{id}» ({kind}) لأن «{by}» يحيل عليه.",
    fr: "Impossible de supprimer « {id} » ({kind}) : « {by} » y fait référence.",
    en: "Cannot remove {kind} “{id}”: “{by}” refers to it.",
  },
  "command.wrong_tier": {
    ar: "المستوى «{tier}» لا يناسب إطار النتائج لهذا المخطط أو موقع العنصر فيه.",
    fr: "Le niveau « {tier} » ne convient pas au cadre de résultats du plan ou à la place de l'élément.",
    en: "The tier “{tier}” does not fit the plan's results framework or the element's place in it.",
  },
  "command.reason_required": {
    ar: "يجب تعليل رفض المقترح «{id}».",
    fr: "Le rejet de la contribution « {id} » doit être motivé.",
    en: "Rejecting the contribution “{id}” needs a reason.",
  },
  "command.inconsistent_status": {
    ar: "النشاط المنجز نسبة إنجازه 100%؛ هذا الأمر يعطي نسبة {completion}%.",
    fr: "Une activité réalisée est avancée à 100 % ; cette commande indique {completion} %.",
    en: "A done activity is 100% complete; this command gives {completion}%.",
  },
  "command.currency_mismatch": {
    ar: "يجب أن تكون مبالغ الميزانية بعملة {expected}؛ هذا المبلغ بعملة {currency}.",
    fr: "Les montants du budget doivent être en {expected} ; celui-ci est en {currency}.",
    en: "Budget amounts must be in {expected}; this one is in {currency}.",
  },
  "command.committed_over_planned": {
    ar: "المبلغ الملتزم به ({committed}) يفوق المبلغ المبرمج ({planned}) لسنة {year}.",
    fr: "Le montant engagé ({committed}) dépasse le montant prévu ({planned}) pour {year}.",
    en: "The committed amount ({committed}) exceeds the planned amount ({planned}) for {year}.",
  },
  "command.spent_over_committed": {
    ar: "المبلغ المصروف ({spent}) يفوق المبلغ الملتزم به ({committed}) لسنة {year}.",
    fr: "Le montant dépensé ({spent}) dépasse le montant engagé ({committed}) pour {year}.",
    en: "The spent amount ({spent}) exceeds the committed amount ({committed}) for {year}.",
  },
  "command.invalid_transition": {
    ar: "لا يمكن نقل القيمة «{id}» من حالة «{fromLabel}» إلى حالة «{toLabel}».",
    fr: "La valeur « {id} » ne peut pas passer de l'état « {fromLabel} » à l'état « {toLabel} ».",
    en: "The value “{id}” cannot go from “{fromLabel}” to “{toLabel}”.",
  },
  "command.invalid_initial_state": {
    ar: "تضاف القيمة «{id}» كمسودة أو مقدمة؛ أما حالة «{stateLabel}» فلا تبلغ إلا بعد المراجعة.",
    fr: "La valeur « {id} » s'ajoute en brouillon ou soumise ; l'état « {stateLabel} » ne s'atteint que par la revue.",
    en: "The value “{id}” is added as a draft or submitted; “{stateLabel}” is reached only through review.",
  },
  "command.same_reviewer": {
    ar: "لا يمكن لمن قدم القيمة «{id}» أن يصادق عليها أو يرجعها: يراجعها شخص آخر.",
    fr: "La personne qui a soumis la valeur « {id} » ne peut ni l'approuver ni la renvoyer : une autre personne la revoit.",
    en: "The person who submitted the value “{id}” cannot approve or return it: another person reviews it.",
  },
  "command.comment_required": {
    ar: "إرجاع القيمة «{id}» يحتاج إلى تعليق يوضح ما يجب تصحيحه.",
    fr: "Le renvoi de la valeur « {id} » doit être accompagné d'un commentaire qui dit quoi corriger.",
    en: "Returning the value “{id}” needs a comment that says what to correct.",
  },
  "command.reopen_reason_required": {
    ar: "إعادة فتح القيمة المصادق عليها «{id}» تحتاج إلى تعليل.",
    fr: "La réouverture de la valeur approuvée « {id} » doit être motivée.",
    en: "Reopening the approved value “{id}” needs a reason.",
  },
  "command.evidence_unverifiable": {
    ar: "الوثيقة «{title}» من وثائق الإثبات تحتاج إلى رابط أو بصمة SHA-256 لمحتواها.",
    fr: "La pièce justificative « {title} » doit avoir un lien ou l'empreinte SHA-256 de son contenu.",
    en: "The evidence document “{title}” needs a link or the SHA-256 hash of its content.",
  },
  "command.meta": {
    ar: "بيانات التعديل غير صالحة: يجب تحديد صاحب التعديل (من 1 إلى 200 حرف) ووقته (تاريخ ووقت مع المنطقة الزمنية، مثل 2026-01-05T09:00:00+01:00)، ويمكن ذكر سببه (2000 حرف على الأكثر)، ولا شيء غير ذلك.",
    fr: "Métadonnées de la modification invalides : indiquez l'auteur (1 à 200 caractères) et l'heure de la modification (date et heure avec fuseau, par exemple 2026-01-05T09:00:00+01:00), éventuellement un motif (2000 caractères au plus), et rien d'autre.",
    en: "Invalid edit metadata: give the author (1 to 200 characters) and the time of the edit (date and time with an offset, e.g. 2026-01-05T09:00:00+01:00), optionally a reason (at most 2000 characters), and nothing else.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** Issue codes of the editing commands. */
export type EditIssueCode = keyof typeof editMessages;
