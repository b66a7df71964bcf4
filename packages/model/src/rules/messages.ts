import type { MessageTemplate } from "../i18n/locale.js";

/** Messages of the business rules (Moroccan law and consistency rules), keyed by issue code. */
export const ruleMessages = {
  "money.negative": {
    ar: "لا يمكن أن يكون المبلغ سالبا.",
    fr: "Le montant ne peut pas être négatif.",
    en: "The amount cannot be negative.",
  },
  "address.codes_mismatch": {
    ar: "رموز الجهة والإقليم والجماعة غير متطابقة: يجب أن يبدأ رمز الجماعة برمز إقليمها، ورمز الإقليم برمز جهته.",
    fr: "Les codes de région, province et commune ne concordent pas : le code de la commune commence par celui de sa province, qui commence par celui de sa région.",
    en: "The region, province and commune codes do not nest: a commune code starts with its province code, which starts with its region code.",
  },
  "bankAccount.mismatch": {
    ar: "رقم الحساب الدولي (IBAN) لا يتضمن نفس رقم الحساب البنكي (RIB).",
    fr: "L'IBAN ne contient pas le même RIB.",
    en: "The IBAN does not carry the same RIB.",
  },
  "bankAccount.missing": {
    ar: "يجب إدخال رقم الحساب البنكي (RIB) أو رقم الحساب الدولي (IBAN).",
    fr: "Indiquez le RIB ou l'IBAN du compte.",
    en: "Give the account's RIB or IBAN.",
  },
  "association.founders_min": {
    ar: "تتأسس الجمعية من شخصين أو أكثر (الفصل 1 من ظهير 15 نونبر 1958)؛ عدد المؤسسين: {count}.",
    fr: "Une association est constituée par deux personnes ou plus (dahir du 15 novembre 1958, art. 1) ; fondateurs : {count}.",
    en: "An association is formed by two or more persons (Dahir of 15 November 1958, art. 1); founders given: {count}.",
  },
  "association.declaration_before_change": {
    ar: "تاريخ التصريح سابق لتاريخ التغيير المصرح به.",
    fr: "La déclaration est datée d'avant la modification déclarée.",
    en: "The declaration is dated before the change it declares.",
  },
  "association.declaration_late": {
    ar: "تم التصريح بالتغيير بعد أجل الشهر (الفصل 5 من ظهير 15 نونبر 1958)؛ كان آخر أجل {dueOn}.",
    fr: "La modification a été déclarée après le délai d'un mois (dahir du 15 novembre 1958, art. 5) ; échéance : {dueOn}.",
    en: "The change was declared after the one-month deadline (Dahir of 15 November 1958, art. 5); it was due by {dueOn}.",
  },
  "association.declaration_overdue": {
    ar: "لم يتم التصريح بالتغيير وقد انقضى أجل الشهر في {dueOn} (الفصل 5 من ظهير 15 نونبر 1958).",
    fr: "La modification n'a pas été déclarée et le délai d'un mois a expiré le {dueOn} (dahir du 15 novembre 1958, art. 5).",
    en: "The change has not been declared and the one-month deadline passed on {dueOn} (Dahir of 15 November 1958, art. 5).",
  },
  "lifecycle.order": {
    ar: "التواريخ غير مرتبة: يجب ألا يسبق «{second}» تاريخ «{first}».",
    fr: "Dates dans le désordre : « {second} » ne peut pas précéder « {first} ».",
    en: "Dates out of order: “{second}” cannot come before “{first}”.",
  },
  "organization.cooperative_details_forbidden": {
    ar: "معطيات التعاونية (الرأسمال، قيمة الحصة…) خاصة بالتعاونيات واتحاداتها.",
    fr: "Les données de coopérative (capital, valeur de la part…) ne valent que pour les coopératives et leurs unions.",
    en: "Cooperative details (capital, share value…) apply only to cooperatives and cooperative unions.",
  },
  "organization.members_not_grouping": {
    ar: "الهيئات الأعضاء خاصة بالشبكات والجامعات والاتحادات.",
    fr: "Seuls les réseaux, fédérations et unions ont des organisations membres.",
    en: "Only networks, federations and unions have member organizations.",
  },
  "organization.self_reference": {
    ar: "لا يمكن للهيئة أن تكون عضوا في نفسها أو هيئة أما لنفسها.",
    fr: "Une organisation ne peut être ni son propre membre ni sa propre organisation mère.",
    en: "An organization cannot be its own member or its own parent.",
  },
  "cooperative.currency": {
    ar: "يجب أن يكون رأسمال التعاونية وقيمة الحصة بالدرهم (MAD).",
    fr: "Le capital et la valeur de la part d'une coopérative s'expriment en dirhams (MAD).",
    en: "A cooperative's capital and share value are stated in dirhams (MAD).",
  },
  "cooperative.capital_min": {
    ar: "يجب ألا يقل رأسمال التعاونية عن {minimum} (القانون 112.12).",
    fr: "Le capital d'une coopérative ne peut être inférieur à {minimum} (loi 112-12).",
    en: "A cooperative's capital cannot be less than {minimum} (Law 112-12).",
  },
  "cooperative.share_min": {
    ar: "يجب ألا تقل قيمة الحصة عن {minimum} (القانون 112.12).",
    fr: "La valeur d'une part ne peut être inférieure à {minimum} (loi 112-12).",
    en: "A share cannot be worth less than {minimum} (Law 112-12).",
  },
  "cooperative.members_min": {
    ar: "يجب ألا يقل عدد أعضاء التعاونية عن {minimum}.",
    fr: "Une coopérative compte au moins {minimum} membres.",
    en: "A cooperative has at least {minimum} members.",
  },
  "board.role_overlap": {
    ar: "تتداخل ولايتان لمهمة «{role}» ابتداء من {date}.",
    fr: "Deux mandats de « {role} » se chevauchent à partir du {date}.",
    en: "Two “{role}” mandates overlap from {date}.",
  },
  "board.president_missing": {
    ar: "لا يوجد رئيس للمكتب من {from} إلى {to}.",
    fr: "Le bureau n'a pas de président du {from} au {to}.",
    en: "The board has no president from {from} to {to}.",
  },
  "board.treasurer_missing": {
    ar: "لا يوجد أمين مال للمكتب من {from} إلى {to}.",
    fr: "Le bureau n'a pas de trésorier du {from} au {to}.",
    en: "The board has no treasurer from {from} to {to}.",
  },
  "mandate.end_before_start": {
    ar: "تنتهي الولاية ({end}) قبل بدايتها ({start}).",
    fr: "Le mandat se termine ({end}) avant de commencer ({start}).",
    en: "The mandate ends ({end}) before it starts ({start}).",
  },
  "date.in_future": {
    ar: "هذا التاريخ يسجل واقعة ماضية ولا يمكن أن يكون بعد {asOf}.",
    fr: "Cette date enregistre un fait passé et ne peut pas être postérieure au {asOf}.",
    en: "This date records a past event and cannot be after {asOf}.",
  },
  "membership.left_before_joined": {
    ar: "تاريخ المغادرة ({end}) سابق لتاريخ الانخراط ({start}).",
    fr: "La date de départ ({end}) précède la date d'adhésion ({start}).",
    en: "The leaving date ({end}) is before the joining date ({start}).",
  },
  "membership.left_on_missing": {
    ar: "يجب إدخال تاريخ المغادرة لهذه الحالة.",
    fr: "Indiquez la date de départ pour ce statut.",
    en: "Give the leaving date for this status.",
  },
  "membership.status_conflict": {
    ar: "العضوية نشيطة ولها تاريخ مغادرة.",
    fr: "L'adhésion est active mais a une date de départ.",
    en: "The membership is active but has a leaving date.",
  },
  "membership.self": {
    ar: "لا يمكن للهيئة أن تكون عضوا في نفسها.",
    fr: "Une organisation ne peut pas être membre d'elle-même.",
    en: "An organization cannot be a member of itself.",
  },
  "agreement.end_before_start": {
    ar: "تنتهي مدة الاتفاقية ({end}) قبل بدايتها ({start}).",
    fr: "La convention se termine ({end}) avant de commencer ({start}).",
    en: "The agreement ends ({end}) before it starts ({start}).",
  },
  "agreement.parties_min": {
    ar: "يجب أن تضم الاتفاقية هيئتين مختلفتين على الأقل؛ العدد الحالي: {count}.",
    fr: "Une convention lie au moins deux organisations distinctes ; il y en a {count}.",
    en: "An agreement binds at least two distinct organizations; there are {count}.",
  },
  "agreement.party_duplicate": {
    ar: "هذه الهيئة مذكورة أكثر من مرة بين أطراف الاتفاقية.",
    fr: "Cette organisation figure plusieurs fois parmi les parties.",
    en: "This organization appears more than once among the parties.",
  },
  "agreement.contribution_amount_missing": {
    ar: "يجب تحديد مبلغ المساهمة المالية.",
    fr: "Une contribution financière doit avoir un montant.",
    en: "A financial contribution needs an amount.",
  },
  "agreement.signed_on_missing": {
    ar: "يجب إدخال تاريخ توقيع الاتفاقية لهذه الحالة.",
    fr: "Indiquez la date de signature pour ce statut.",
    en: "Give the signing date for this status.",
  },
  "agreement.terminated_on_missing": {
    ar: "يجب إدخال تاريخ فسخ الاتفاقية.",
    fr: "Indiquez la date de résiliation.",
    en: "Give the termination date.",
  },
  "agreement.status_stale": {
    ar: "انتهت مدة الاتفاقية في {endOn} وما تزال حالتها غير محينة.",
    fr: "La convention a pris fin le {endOn} mais son statut n'a pas été mis à jour.",
    en: "The agreement ended on {endOn} but its status was not updated.",
  },
  "milestone.done_on_missing": {
    ar: "يجب إدخال تاريخ إنجاز المرحلة.",
    fr: "Indiquez la date de réalisation du jalon.",
    en: "Give the date the milestone was reached.",
  },
  "milestone.duplicate_id": {
    ar: "المعرف «{id}» مستعمل لمرحلة أخرى.",
    fr: "L'identifiant « {id} » est déjà celui d'un autre jalon.",
    en: "The id “{id}” is already used by another milestone.",
  },
  "milestone.overdue": {
    ar: "كان من المفروض بلوغ هذه المرحلة في {dueOn} ولم تنجز بعد بتاريخ {asOf}.",
    fr: "Ce jalon était prévu pour le {dueOn} et n'est pas atteint au {asOf}.",
    en: "This milestone was due on {dueOn} and is not reached as of {asOf}.",
  },
  "milestone.overpaid": {
    ar: "المبالغ المؤداة برسم المرحلة «{id}» ({paid}) تفوق مبلغها ({amount}) بالعملة {currency}، بالوحدات الصغرى.",
    fr: "Les montants payés au titre du jalon « {id} » ({paid}) dépassent son montant ({amount}), en centimes de {currency}.",
    en: "The payments against milestone “{id}” ({paid}) exceed its amount ({amount}), in minor units of {currency}.",
  },
  "agreement.unknown_milestone": {
    ar: "المعاملة تشير إلى مرحلة غير موجودة في الاتفاقية: «{id}».",
    fr: "La transaction renvoie à un jalon absent de la convention : « {id} ».",
    en: "The transaction names a milestone the agreement does not have: “{id}”.",
  },
  "agreement.transaction_duplicate_id": {
    ar: "المعرف «{id}» مستعمل لمعاملة أخرى.",
    fr: "L'identifiant « {id} » est déjà celui d'une autre transaction.",
    en: "The id “{id}” is already used by another transaction.",
  },
  "project.end_before_start": {
    ar: "ينتهي المشروع ({end}) قبل بدايته ({start}).",
    fr: "Le projet se termine ({end}) avant de commencer ({start}).",
    en: "The project ends ({end}) before it starts ({start}).",
  },
  "project.lead_count": {
    ar: "يجب أن يكون للائتلاف حامل مشروع واحد؛ العدد الحالي: {count}.",
    fr: "Le consortium a un seul chef de file ; il y en a {count}.",
    en: "A consortium has exactly one lead; there are {count}.",
  },
  "project.currency_mismatch": {
    ar: "يجب أن تكون كل بنود الميزانية بنفس العملة ({expected}).",
    fr: "Toutes les lignes budgétaires sont dans la même devise ({expected}).",
    en: "All budget lines share one currency ({expected}).",
  },
  "project.budget_year_outside": {
    ar: "سنة بند الميزانية خارج مدة المشروع.",
    fr: "L'année de la ligne budgétaire est hors de la période du projet.",
    en: "The budget line's year is outside the project period.",
  },
  "project.unknown_funder": {
    ar: "الممول المذكور في بند الميزانية ليس من ممولي المشروع.",
    fr: "Le bailleur de la ligne budgétaire ne figure pas parmi ceux du projet.",
    en: "The budget line's funder is not one of the project's funders.",
  },
  "facility.beneficiaries_sum": {
    ar: "مجموع المستفيدين حسب الجنس يتجاوز العدد الإجمالي ({total}).",
    fr: "Les bénéficiaires par sexe dépassent le total ({total}).",
    en: "Beneficiaries by sex add up to more than the total ({total}).",
  },
} as const satisfies Record<string, MessageTemplate>;
