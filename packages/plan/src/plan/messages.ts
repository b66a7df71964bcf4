import type { CoreIssueCode, MessageTemplate } from "@madani/model";

/**
 * Messages of the issue codes of {@link validatePlan}, keyed by code, in ar, fr and en.
 *
 * @remarks Codes are stable: branch on them, not on the messages. Every code is an error.
 * @example
 * ```ts
 * planMessages["plan.unknown_element"].fr;
 * ```
 */
export const planMessages = {
  "plan.duplicate_id": {
    ar: "المعرف {id} مستعمل أكثر من مرة.",
    fr: "L'identifiant {id} est utilisé plus d'une fois.",
    en: "The id {id} is used more than once.",
  },
  "plan.unknown_element": {
    ar: "لا يوجد في المخطط عنصر بالمعرف {id}.",
    fr: "Le plan n'a aucun élément d'identifiant {id}.",
    en: "The plan has no element with id {id}.",
  },
  "plan.unknown_activity": {
    ar: "لا يوجد في المخطط نشاط بالمعرف {id}.",
    fr: "Le plan n'a aucune activité d'identifiant {id}.",
    en: "The plan has no activity with id {id}.",
  },
  "plan.unknown_audience": {
    ar: "لا توجد في سياسة التواصل فئة مستهدفة بالمعرف {id}.",
    fr: "La politique de communication n'a aucun public d'identifiant {id}.",
    en: "The communication policy has no audience with id {id}.",
  },
  "plan.unknown_funder": {
    ar: "لا توجد في لائحة ممولي المخطط جهة بالمعرف {id}.",
    fr: "La liste des bailleurs du plan n'a aucun bailleur d'identifiant {id}.",
    en: "The plan's list of funders has no funder with id {id}.",
  },
  "plan.unknown_tier": {
    ar: "المستوى {tier} غير موجود في إطار النتائج؛ المستويات الممكنة: {tiers}.",
    fr: "Le niveau {tier} n'existe pas dans le cadre de résultats ; niveaux possibles : {tiers}.",
    en: "The tier {tier} is not in the results framework; possible tiers: {tiers}.",
  },
  "plan.tier_mismatch": {
    ar: "عنصر من مستوى {tier} لا يمكن أن يتفرع عن عنصر من مستوى {parentTier}؛ المستوى المنتظر: {expected}.",
    fr: "Un élément de niveau {tier} ne peut pas relever d'un élément de niveau {parentTier} ; niveau attendu : {expected}.",
    en: "An element of tier {tier} cannot sit under an element of tier {parentTier}; expected tier: {expected}.",
  },
  "plan.parent_required": {
    ar: "عنصر من مستوى {tier} يجب أن يتفرع عن عنصر من مستوى {expected}.",
    fr: "Un élément de niveau {tier} doit relever d'un élément de niveau {expected}.",
    en: "An element of tier {tier} needs a parent of tier {expected}.",
  },
  "plan.top_tier_with_parent": {
    ar: "عناصر المستوى الأعلى ({tier}) لا تتفرع عن أي عنصر.",
    fr: "Les éléments du niveau supérieur ({tier}) n'ont pas de parent.",
    en: "Elements of the top tier ({tier}) have no parent.",
  },
  "plan.activity_tier_mismatch": {
    ar: "يجب أن يرتبط النشاط بعنصر من مستوى {expected}، غير أن هذا العنصر من مستوى {tier}.",
    fr: "Une activité se rattache à un élément de niveau {expected} ; celui-ci est de niveau {tier}.",
    en: "An activity attaches to an element of tier {expected}; this one is of tier {tier}.",
  },
  "plan.end_before_start": {
    ar: "تاريخ النهاية ({end}) سابق لتاريخ البداية ({start}).",
    fr: "La date de fin ({end}) précède la date de début ({start}).",
    en: "The end date ({end}) is before the start date ({start}).",
  },
  "plan.custom_template_tiers": {
    ar: "يجب أن يحدد الإطار المخصص مستوياته: مستوى واحد على الأقل للعناصر ثم مستوى الأنشطة.",
    fr: "Un cadre personnalisé doit donner ses niveaux : au moins un niveau d'éléments, puis celui des activités.",
    en: "A custom template must list its tiers: at least one element tier, then the activity tier.",
  },
  "plan.duplicate_tier_key": {
    ar: "مفتاح المستوى {key} مستعمل أكثر من مرة.",
    fr: "La clé de niveau {key} est utilisée plus d'une fois.",
    en: "The tier key {key} is used more than once.",
  },
  "plan.currency_mismatch": {
    ar: "يجب أن تكون كل مبالغ الميزانية بنفس العملة ({expected})؛ هذا المبلغ بعملة {currency}.",
    fr: "Tous les montants du budget doivent être dans la même devise ({expected}) ; celui-ci est en {currency}.",
    en: "All budget amounts must be in one currency ({expected}); this one is in {currency}.",
  },
  "plan.budget_revision_mismatch": {
    ar: "يجب أن يحتفظ سطر الميزانية المعدل بمبلغه الأصلي، وأن تكون تعديلاته مرتبة حسب التاريخ، وأن يساوي مبلغ آخر تعديل المبلغ المبرمج ({reason}).",
    fr: "Une ligne budgétaire révisée garde son montant initial, ses révisions sont dans l'ordre des dates et la dernière donne le montant prévu ({reason}).",
    en: "A revised budget line keeps its original amount, its revisions are in date order and the last one gives the planned amount ({reason}).",
  },
  "plan.unknown_milestone": {
    ar: "المعاملة تشير إلى مرحلة غير موجودة في النشاط المعني: «{id}».",
    fr: "La transaction renvoie à un jalon absent de son activité : « {id} ».",
    en: "The transaction names a milestone its activity does not have: “{id}”.",
  },
  "plan.sdg_target_mismatch": {
    ar: "الغاية {target} لا تنتمي إلى هدف التنمية المستدامة رقم {goal}.",
    fr: "La cible {target} n'appartient pas à l'objectif de développement durable {goal}.",
    en: "The target {target} does not belong to Sustainable Development Goal {goal}.",
  },
  "plan.rejection_without_reason": {
    ar: "يجب تعليل رفض المساهمة.",
    fr: "Le rejet d'une contribution doit être motivé.",
    en: "A rejected contribution needs a reason.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** The codes of {@link planMessages}. */
export type PlanRuleCode = keyof typeof planMessages;

/** The issue codes {@link validatePlan} can report: the model's core codes and the `plan.*` codes. */
export type PlanIssueCode = CoreIssueCode | PlanRuleCode;
