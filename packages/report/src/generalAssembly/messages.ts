import type { CoreIssueCode, MessageTemplate } from "@madani/model";

/**
 * Messages of the issue codes of the general-assembly reports, keyed by code,
 * in ar, fr and en.
 *
 * @remarks Codes are stable: branch on them, not on the messages. Warnings
 * (`activity_outside_period`, `income_outside_period`, `assembly_before_period_end`,
 * `unknown_party`, `unknown_commune`, `funder_not_party`, `agreement_without_organization`)
 * keep the input valid; the others make it invalid.
 * @example
 * ```ts
 * generalAssemblyMessages["generalAssembly.currency_mismatch"].fr;
 * ```
 */
export const generalAssemblyMessages = {
  "generalAssembly.period_end_before_start": {
    ar: "تاريخ نهاية السنة المالية ({end}) سابق لتاريخ بدايتها ({start}).",
    fr: "La fin de l'exercice ({end}) précède son début ({start}).",
    en: "The fiscal period ends ({end}) before it starts ({start}).",
  },
  "generalAssembly.assembly_before_period_end": {
    ar: "ينعقد الجمع العام ({assemblyOn}) قبل نهاية السنة التي يصادق على تقاريرها ({endOn}).",
    fr: "L'assemblée générale ({assemblyOn}) se tient avant la fin de l'exercice dont elle approuve les rapports ({endOn}).",
    en: "The general assembly ({assemblyOn}) meets before the end of the period whose reports it approves ({endOn}).",
  },
  "generalAssembly.currency_mismatch": {
    ar: "يجب أن تكون كل المبالغ بنفس العملة ({expected})؛ هذا المبلغ بعملة {currency}.",
    fr: "Tous les montants doivent être dans la même devise ({expected}) ; celui-ci est en {currency}.",
    en: "All amounts must be in one currency ({expected}); this one is in {currency}.",
  },
  "generalAssembly.duplicate_id": {
    ar: "المعرف «{id}» مستعمل أكثر من مرة.",
    fr: "L'identifiant « {id} » est utilisé plusieurs fois.",
    en: "The id “{id}” is used more than once.",
  },
  "generalAssembly.activity_end_before_start": {
    ar: "تاريخ نهاية النشاط ({end}) سابق لتاريخ بدايته ({start}).",
    fr: "L'activité se termine ({end}) avant de commencer ({start}).",
    en: "The activity ends ({end}) before it starts ({start}).",
  },
  "generalAssembly.activity_outside_period": {
    ar: "يقع النشاط كليا أو جزئيا خارج الفترة المعنية بالتقرير ({startOn} – {endOn}).",
    fr: "L'activité se déroule en tout ou partie hors de la période du rapport ({startOn} – {endOn}).",
    en: "The activity lies wholly or partly outside the reported period ({startOn} – {endOn}).",
  },
  "generalAssembly.income_outside_period": {
    ar: "تاريخ التوصل بهذا المدخول خارج الفترة المعنية بالتقرير ({startOn} – {endOn}).",
    fr: "Cette recette a été reçue hors de la période du rapport ({startOn} – {endOn}).",
    en: "This income was received outside the reported period ({startOn} – {endOn}).",
  },
  "generalAssembly.unknown_partner": {
    ar: "الشريك «{id}» غير موجود في لائحة الشركاء.",
    fr: "Le partenaire « {id} » ne figure pas dans la liste des partenaires.",
    en: "The partner “{id}” is not in the list of partners.",
  },
  "generalAssembly.unknown_agreement": {
    ar: "الاتفاقية «{id}» غير موجودة في لائحة الاتفاقيات.",
    fr: "La convention « {id} » ne figure pas dans la liste des conventions.",
    en: "The agreement “{id}” is not in the list of agreements.",
  },
  "generalAssembly.unknown_activity": {
    ar: "النشاط «{id}» غير موجود في لائحة الأنشطة.",
    fr: "L'activité « {id} » ne figure pas dans la liste des activités.",
    en: "The activity “{id}” is not in the list of activities.",
  },
  "generalAssembly.unknown_party": {
    ar: "طرف الاتفاقية «{id}» ليس هو الجمعية ولا أحد شركائها؛ سيظهر بمعرفه.",
    fr: "La partie « {id} » n'est ni l'association ni l'un de ses partenaires ; elle sera affichée par son identifiant.",
    en: "The party “{id}” is neither the organization nor one of its partners; it will be shown by its id.",
  },
  "generalAssembly.unknown_commune": {
    ar: "رمز الجماعة «{code}» غير معروف؛ سيظهر الرمز كما هو.",
    fr: "Le code de commune « {code} » est inconnu ; il sera affiché tel quel.",
    en: "The commune code “{code}” is unknown; it will be shown as written.",
  },
  "generalAssembly.beneficiaries_sex_above_total": {
    ar: "مجموع الإناث والذكور ({sum}) يتجاوز العدد الإجمالي للمستفيدين ({total}).",
    fr: "Femmes et hommes ({sum}) dépassent le total des bénéficiaires ({total}).",
    en: "Female and male beneficiaries ({sum}) exceed the total ({total}).",
  },
  "generalAssembly.beneficiaries_children_above_total": {
    ar: "عدد الأطفال ({children}) يتجاوز العدد الإجمالي للمستفيدين ({total}).",
    fr: "Le nombre d'enfants ({children}) dépasse le total des bénéficiaires ({total}).",
    en: "The number of children ({children}) exceeds the total of beneficiaries ({total}).",
  },
  "generalAssembly.funder_not_party": {
    ar: "الجهة الممولة «{id}» ليست طرفا في الاتفاقية «{agreementId}».",
    fr: "Le bailleur « {id} » n'est pas partie à la convention « {agreementId} ».",
    en: "The funder “{id}” is not a party to the agreement “{agreementId}”.",
  },
  "generalAssembly.agreement_without_organization": {
    ar: "الجمعية ليست طرفا في هذه الاتفاقية.",
    fr: "L'association n'est pas partie à cette convention.",
    en: "The organization is not a party to this agreement.",
  },
  "generalAssembly.total_too_large": {
    ar: "المجموع ({what}) يتجاوز الحد الذي يمكن حسابه بدقة.",
    fr: "Le total ({what}) dépasse la limite d'un calcul exact.",
    en: "The total ({what}) exceeds the range that can be computed exactly.",
  },
} as const satisfies Record<string, MessageTemplate>;

/**
 * The issue codes the general-assembly entry points can report: the model's
 * core codes (shape, identifiers, the rules of the organization and of the
 * agreements) and the `generalAssembly.*` codes.
 */
export type GeneralAssemblyIssueCode = CoreIssueCode | keyof typeof generalAssemblyMessages;
