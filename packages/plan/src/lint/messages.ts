import type { MessageTemplate } from "@madani/model";

/**
 * Messages of the issue codes of {@link lintPlan}, keyed by code, in ar, fr and en.
 *
 * @remarks Codes are stable: branch on them (or on the rule name), not on the
 * messages. Placeholders such as `{code}` are filled from the finding's `params`.
 * @example
 * ```ts
 * lintMessages["lint.objective_without_indicator"].fr;
 * ```
 */
export const lintMessages = {
  "lint.objective_without_indicator": {
    ar: "العنصر {code} لا يتوفر على أي مؤشر، لا في مستواه ولا في العناصر المتفرعة عنه.",
    fr: "L'élément {code} n'a aucun indicateur, ni à son niveau ni dans ses sous-éléments.",
    en: "The element {code} has no indicator, neither on itself nor anywhere below it.",
  },
  "lint.indicator_missing_baseline": {
    ar: "المؤشر {code} بدون قيمة مرجعية.",
    fr: "L'indicateur {code} n'a pas de valeur de référence.",
    en: "The indicator {code} has no baseline.",
  },
  "lint.indicator_missing_target": {
    ar: "المؤشر {code} بدون أي قيمة مستهدفة.",
    fr: "L'indicateur {code} n'a aucune cible.",
    en: "The indicator {code} has no target.",
  },
  "lint.indicator_missing_unit": {
    ar: "المؤشر العددي {code} بدون وحدة قياس.",
    fr: "L'indicateur numérique {code} n'a pas d'unité.",
    en: "The number indicator {code} has no unit.",
  },
  "lint.indicator_missing_data_source": {
    ar: "المؤشر {code} بدون مصدر للمعطيات.",
    fr: "L'indicateur {code} n'a pas de source de données.",
    en: "The indicator {code} has no data source.",
  },
  "lint.indicator_missing_frequency": {
    ar: "المؤشر {code} بدون وتيرة للتجميع.",
    fr: "L'indicateur {code} n'a pas de fréquence de collecte.",
    en: "The indicator {code} has no collection frequency.",
  },
  "lint.indicator_missing_responsible": {
    ar: "المؤشر {code} بدون مسؤول عن التتبع.",
    fr: "L'indicateur {code} n'a pas de responsable.",
    en: "The indicator {code} has no responsible person.",
  },
  "lint.target_outside_period": {
    ar: "فترة الاستهداف {start} - {end} للمؤشر {code} خارج مدة المخطط ({planStart} - {planEnd}).",
    fr: "La période de cible {start} – {end} de l'indicateur {code} sort de la période du plan ({planStart} – {planEnd}).",
    en: "The target period {start} – {end} of indicator {code} is outside the plan period ({planStart} – {planEnd}).",
  },
  "lint.activity_outside_period": {
    ar: "النشاط {code} ({start} - {end}) خارج مدة المخطط ({planStart} - {planEnd}).",
    fr: "L'activité {code} ({start} – {end}) sort de la période du plan ({planStart} – {planEnd}).",
    en: "The activity {code} ({start} – {end}) is outside the plan period ({planStart} – {planEnd}).",
  },
  "lint.activity_without_responsible": {
    ar: "النشاط {code} بدون مسؤول.",
    fr: "L'activité {code} n'a pas de responsable.",
    en: "The activity {code} has no responsible person.",
  },
  "lint.duplicate_code": {
    ar: "الرمز {code} مستعمل أكثر من مرة في العناصر والمؤشرات والأنشطة.",
    fr: "Le code {code} est utilisé plus d'une fois parmi les éléments, indicateurs et activités.",
    en: "The code {code} is used more than once across elements, indicators and activities.",
  },
  "lint.element_weights_sum": {
    ar: "مجموع أوزان العناصر المتفرعة عن {parent} يساوي {sum} بدل 100.",
    fr: "Les poids des éléments relevant de {parent} totalisent {sum} au lieu de 100.",
    en: "The weights of the elements under {parent} sum to {sum} instead of 100.",
  },
  "lint.element_weights_incomplete": {
    ar: "بعض العناصر المتفرعة عن {parent} لها وزن وأخرى بدون وزن ({missing} بدون وزن).",
    fr: "Parmi les éléments relevant de {parent}, certains ont un poids et d'autres non ({missing} sans poids).",
    en: "Some elements under {parent} have a weight and others do not ({missing} without a weight).",
  },
  "lint.indicator_weights_sum": {
    ar: "مجموع أوزان مؤشرات العنصر {parent} يساوي {sum} بدل 100.",
    fr: "Les poids des indicateurs de l'élément {parent} totalisent {sum} au lieu de 100.",
    en: "The weights of the indicators of element {parent} sum to {sum} instead of 100.",
  },
  "lint.indicator_weights_incomplete": {
    ar: "بعض مؤشرات العنصر {parent} لها وزن وأخرى بدون وزن ({missing} بدون وزن).",
    fr: "Parmi les indicateurs de l'élément {parent}, certains ont un poids et d'autres non ({missing} sans poids).",
    en: "Some indicators of element {parent} have a weight and others do not ({missing} without a weight).",
  },
  "lint.committed_over_planned": {
    ar: "المبلغ الملتزم به ({committed}) في ميزانية النشاط {code} لسنة {year} يفوق المبلغ المبرمج ({planned}).",
    fr: "Le montant engagé ({committed}) du budget de l'activité {code} pour {year} dépasse le montant prévu ({planned}).",
    en: "The committed amount ({committed}) of activity {code}'s {year} budget exceeds the planned amount ({planned}).",
  },
  "lint.spent_over_committed": {
    ar: "المبلغ المصروف ({spent}) في ميزانية النشاط {code} لسنة {year} يفوق المبلغ الملتزم به ({committed}).",
    fr: "Le montant dépensé ({spent}) du budget de l'activité {code} pour {year} dépasse le montant engagé ({committed}).",
    en: "The spent amount ({spent}) of activity {code}'s {year} budget exceeds the committed amount ({committed}).",
  },
  "lint.dependency_cycle": {
    ar: "تبعيات الأنشطة تشكل حلقة مغلقة: {cycle}.",
    fr: "Les dépendances des activités forment un cycle : {cycle}.",
    en: "The activities' dependencies form a cycle: {cycle}.",
  },
  "lint.maintain_without_band": {
    ar: "المؤشر {code} يهدف إلى المحافظة على مستوى معين لكنه بدون مجال (حد أدنى وحد أقصى).",
    fr: "L'indicateur {code} vise un maintien mais n'a pas de fourchette (bas et haut).",
    en: "The indicator {code} aims to maintain a level but has no band (low and high).",
  },
  "lint.percentage_without_ratio": {
    ar: "قيمة المؤشر {code} (نسبة مئوية أو نسبة) يجب أن تتضمن البسط والمقام.",
    fr: "Une valeur de l'indicateur {code} (pourcentage ou ratio) doit donner son numérateur et son dénominateur.",
    en: "A value of the indicator {code} (a percentage or a ratio) must give its numerator and denominator.",
  },
  "lint.activity_overdue": {
    ar: "النشاط {code} كان من المفروض أن ينتهي في {end} ولم يُنجز بعد بتاريخ {asOf}.",
    fr: "L'activité {code} devait finir le {end} et n'est pas réalisée au {asOf}.",
    en: "The activity {code} was due to end on {end} and is not done as of {asOf}.",
  },
  "lint.place_not_hcp": {
    ar: "المكان {place} في المؤشر {code} ليس رمز جهة أو إقليم أو جماعة حسب المندوبية السامية للتخطيط.",
    fr: "Le lieu {place} de l'indicateur {code} n'est le code HCP d'aucune région, province ou commune.",
    en: "The place {place} of indicator {code} is not the HCP code of a région, province or commune.",
  },
  "lint.breakdown_disagrees": {
    ar: "في الفترة {period} للمؤشر {code}، يعطي التفصيل ({breakdown}) المجموع {value} بينما يعطي التفصيل الذي يُحتسب منه المجموع ({totalBreakdown}) {total}.",
    fr: "Pour la période {period} de l'indicateur {code}, la ventilation ({breakdown}) totalise {value}, et celle qui donne le total ({totalBreakdown}) {total}.",
    en: "In period {period} of indicator {code}, the breakdown ({breakdown}) adds up to {value}, and the one the total comes from ({totalBreakdown}) to {total}.",
  },
  "lint.category_targets_sum": {
    ar: "مجموع القيم المستهدفة حسب ({breakdown}) للفترة {period} في المؤشر {code} يساوي {sum} بدل القيمة المستهدفة {target}.",
    fr: "Les cibles par ({breakdown}) de la période {period} de l'indicateur {code} totalisent {sum} au lieu de la cible {target}.",
    en: "The targets by ({breakdown}) of period {period} of indicator {code} add up to {sum} instead of the target {target}.",
  },
  "lint.category_lop_targets_sum": {
    ar: "مجموع القيم المستهدفة في نهاية المشروع حسب ({breakdown}) للمؤشر {code} يساوي {sum} بدل {target}.",
    fr: "Les cibles de fin de projet par ({breakdown}) de l'indicateur {code} totalisent {sum} au lieu de {target}.",
    en: "The life-of-project targets by ({breakdown}) of indicator {code} add up to {sum} instead of {target}.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** The issue codes of {@link lintMessages}, one of which every lint finding carries. */
export type LintCode = keyof typeof lintMessages;
