import type { MessageTemplate } from "@madani/model";

/**
 * Messages of the editing commands' issue codes, in ar, fr and en.
 *
 * @remarks `{kind}` is the kind of item a message is about (`element`, `indicator`, `activity`,
 * `milestone`, `contribution`, `value`…): for `command.duplicate_id`, the kind of the item that already
 * holds the id. `command.meta` is reported at the wrong field of the edit metadata (`["meta", "at"]`…),
 * or at `["meta"]` when the metadata is not an object.
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
  "command.meta": {
    ar: "بيانات التعديل غير صالحة: يجب تحديد صاحب التعديل (من 1 إلى 200 حرف) ووقته (تاريخ ووقت مع المنطقة الزمنية، مثل 2026-01-05T09:00:00+01:00)، ويمكن ذكر سببه (2000 حرف على الأكثر)، ولا شيء غير ذلك.",
    fr: "Métadonnées de la modification invalides : indiquez l'auteur (1 à 200 caractères) et l'heure de la modification (date et heure avec fuseau, par exemple 2026-01-05T09:00:00+01:00), éventuellement un motif (2000 caractères au plus), et rien d'autre.",
    en: "Invalid edit metadata: give the author (1 to 200 characters) and the time of the edit (date and time with an offset, e.g. 2026-01-05T09:00:00+01:00), optionally a reason (at most 2000 characters), and nothing else.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** Issue codes of the editing commands. */
export type EditIssueCode = keyof typeof editMessages;
