import { formatMessage, type MessageParams, type MessageTemplate } from "@madani/model";
import type { ReportLanguage } from "../document/document.js";

/**
 * The texts of the general-assembly reports (titles, headings, column labels,
 * sentences) in ar, fr and en, with `{name}` placeholders.
 *
 * @remarks Vocabulary of the project's glossary: التقرير الأدبي / rapport moral,
 * التقرير المالي / rapport financier, الجمع العام / assemblée générale,
 * المكتب المسير / bureau, اتفاقية شراكة / convention de partenariat.
 * @example
 * ```ts
 * formatMessage(generalAssemblyLabels["moral.title"], "fr", { organization: "Association Al Achraf", year: "2024" });
 * // "Association Al Achraf — Rapport moral de l'exercice 2024"
 * ```
 */
export const generalAssemblyLabels = {
  "moral.title": {
    ar: "{organization} — التقرير الأدبي برسم سنة {year}",
    fr: "{organization} — Rapport moral de l'exercice {year}",
    en: "{organization} — Moral report for {year}",
  },
  "financial.title": {
    ar: "{organization} — التقرير المالي برسم سنة {year}",
    fr: "{organization} — Rapport financier de l'exercice {year}",
    en: "{organization} — Financial report for {year}",
  },
  subtitle: {
    ar: "مقدم إلى الجمع العام المنعقد بتاريخ {date}",
    fr: "Présenté à l'assemblée générale du {date}",
    en: "Presented to the general assembly of {date}",
  },
  "section.introduction": { ar: "تقديم", fr: "Présentation", en: "Introduction" },
  "intro.moral": {
    ar: "يعرض هذا التقرير حصيلة أنشطة {organization} خلال الفترة الممتدة من {start} إلى {end}، ويقدم إلى الجمع العام المنعقد بتاريخ {date} للمناقشة والمصادقة.",
    fr: "Le présent rapport retrace les activités de l'exercice, du {start} au {end} ; il est soumis à la discussion et à l'approbation de l'assemblée générale du {date}.",
    en: "This report presents the activities of the period from {start} to {end}; it is submitted to the general assembly of {date} for discussion and approval.",
  },
  "intro.financial": {
    ar: "يعرض هذا التقرير مداخيل ومصاريف {organization} خلال الفترة الممتدة من {start} إلى {end}، ويقدم إلى الجمع العام المنعقد بتاريخ {date} للمناقشة والمصادقة.",
    fr: "Le présent rapport retrace les recettes et les dépenses de l'exercice, du {start} au {end} ; il est soumis à la discussion et à l'approbation de l'assemblée générale du {date}.",
    en: "This report presents the income and expenses of the period from {start} to {end}; it is submitted to the general assembly of {date} for discussion and approval.",
  },
  "intro.legalForm": { ar: "الشكل القانوني: {value}", fr: "Forme juridique : {value}", en: "Legal form: {value}" },
  "intro.foundedOn": { ar: "تاريخ التأسيس: {value}", fr: "Date de création : {value}", en: "Founded on: {value}" },
  "intro.seat": { ar: "المقر: {value}", fr: "Siège : {value}", en: "Seat: {value}" },
  "intro.fields": { ar: "مجالات العمل: {value}", fr: "Domaines d'action : {value}", en: "Fields of action: {value}" },
  "seat.commune": { ar: "جماعة {name}", fr: "commune de {name}", en: "commune of {name}" },
  "seat.communeElided": { ar: "جماعة {name}", fr: "commune d'{name}", en: "commune of {name}" },
  "seat.province": { ar: "إقليم {name}", fr: "province de {name}", en: "province of {name}" },
  "seat.provinceElided": { ar: "إقليم {name}", fr: "province d'{name}", en: "province of {name}" },
  "section.governance": { ar: "الأجهزة المسيرة", fr: "Organes dirigeants", en: "Governing bodies" },
  "governance.table": {
    ar: "{body} في {date}",
    fr: "{body} au {date}",
    en: "{body} on {date}",
  },
  "governance.none": {
    ar: "لا توجد معطيات عن تشكيلة الأجهزة المسيرة في تاريخ الجمع العام.",
    fr: "Aucune composition des organes dirigeants n'est renseignée à la date de l'assemblée.",
    en: "No composition of the governing bodies is recorded for the date of the assembly.",
  },
  "governance.redacted": {
    ar: "لا تظهر أسماء الأعضاء حماية للمعطيات الشخصية.",
    fr: "Les noms des membres ne sont pas affichés, par protection des données personnelles.",
    en: "Members' names are not shown, to protect personal data.",
  },
  "col.role": { ar: "المهمة", fr: "Fonction", en: "Role" },
  "col.member": { ar: "العضو", fr: "Membre", en: "Member" },
  "col.since": { ar: "منذ", fr: "Depuis", en: "Since" },
  "section.keyFigures": { ar: "أرقام أساسية", fr: "Chiffres clés", en: "Key figures" },
  "figure.activities": { ar: "عدد الأنشطة", fr: "Activités", en: "Activities" },
  "figure.beneficiaries": { ar: "مجموع المستفيدين", fr: "Bénéficiaires", en: "Beneficiaries" },
  "figure.femaleShare": {
    ar: "نسبة النساء والفتيات",
    fr: "Part des femmes et des filles",
    en: "Share of women and girls",
  },
  "figure.partners": { ar: "عدد الشركاء", fr: "Partenaires", en: "Partners" },
  "figure.agreements": { ar: "اتفاقيات الشراكة", fr: "Conventions de partenariat", en: "Partnership agreements" },
  "section.byField": { ar: "الأنشطة حسب المجال", fr: "Activités par domaine", en: "Activities by field" },
  "byField.table": {
    ar: "عدد الأنشطة والمستفيدين حسب المجال",
    fr: "Activités et bénéficiaires par domaine",
    en: "Activities and beneficiaries by field",
  },
  "byField.chart": {
    ar: "عدد الأنشطة حسب المجال",
    fr: "Nombre d'activités par domaine",
    en: "Number of activities by field",
  },
  "col.field": { ar: "المجال", fr: "Domaine", en: "Field" },
  "col.activities": { ar: "عدد الأنشطة", fr: "Activités", en: "Activities" },
  "col.beneficiaries": { ar: "المستفيدون", fr: "Bénéficiaires", en: "Beneficiaries" },
  "col.share": { ar: "النسبة", fr: "Part", en: "Share" },
  "section.activities": { ar: "لائحة الأنشطة", fr: "Liste des activités", en: "List of activities" },
  "activities.table": {
    ar: "الأنشطة المنجزة حسب التاريخ",
    fr: "Activités réalisées, par date",
    en: "Activities carried out, by date",
  },
  "activities.none": {
    ar: "لم تسجل أي أنشطة خلال هذه الفترة.",
    fr: "Aucune activité n'est enregistrée pour cette période.",
    en: "No activity is recorded for this period.",
  },
  "col.from": { ar: "من", fr: "Du", en: "From" },
  "col.to": { ar: "إلى", fr: "Au", en: "To" },
  "col.activity": { ar: "النشاط", fr: "Activité", en: "Activity" },
  "col.kind": { ar: "النوع", fr: "Type", en: "Kind" },
  "col.place": { ar: "المكان", fr: "Lieu", en: "Place" },
  "section.beneficiaries": { ar: "المستفيدون", fr: "Bénéficiaires", en: "Beneficiaries" },
  "beneficiaries.table": {
    ar: "المستفيدون حسب الجنس",
    fr: "Bénéficiaires par sexe",
    en: "Beneficiaries by sex",
  },
  "beneficiaries.chart": {
    ar: "توزيع المستفيدين حسب الجنس",
    fr: "Répartition des bénéficiaires par sexe",
    en: "Beneficiaries by sex",
  },
  "beneficiaries.children": {
    ar: "من بين المستفيدين {count} من الأطفال.",
    fr: "Parmi les bénéficiaires, {count} enfants.",
    en: "Among the beneficiaries, {count} children.",
  },
  "beneficiaries.none": {
    ar: "لم يسجل عدد المستفيدين.",
    fr: "Le nombre de bénéficiaires n'est pas renseigné.",
    en: "The number of beneficiaries is not recorded.",
  },
  "col.category": { ar: "الفئة", fr: "Catégorie", en: "Category" },
  "col.count": { ar: "العدد", fr: "Nombre", en: "Number" },
  "sex.female": { ar: "إناث", fr: "Femmes et filles", en: "Female" },
  "sex.male": { ar: "ذكور", fr: "Hommes et garçons", en: "Male" },
  "sex.unspecified": { ar: "غير محدد", fr: "Non précisé", en: "Not specified" },
  total: { ar: "المجموع", fr: "Total", en: "Total" },
  "section.partnerships": { ar: "الشراكات", fr: "Partenariats", en: "Partnerships" },
  "partnerships.table": {
    ar: "اتفاقيات الشراكة",
    fr: "Conventions de partenariat",
    en: "Partnership agreements",
  },
  "partnerships.none": {
    ar: "لا توجد اتفاقيات شراكة مسجلة.",
    fr: "Aucune convention de partenariat n'est enregistrée.",
    en: "No partnership agreement is recorded.",
  },
  "partners.table": { ar: "الشركاء", fr: "Partenaires", en: "Partners" },
  "col.agreement": { ar: "الاتفاقية", fr: "Convention", en: "Agreement" },
  "col.parties": { ar: "الأطراف", fr: "Parties", en: "Parties" },
  "col.object": { ar: "الموضوع", fr: "Objet", en: "Object" },
  "col.status": { ar: "الحالة", fr: "Statut", en: "Status" },
  "col.contributions": { ar: "المساهمات المالية", fr: "Contributions financières", en: "Financial contributions" },
  "col.partner": { ar: "الشريك", fr: "Partenaire", en: "Partner" },
  "col.legalForm": { ar: "الصفة", fr: "Nature", en: "Kind" },
  "col.jointActivities": { ar: "الأنشطة المشتركة", fr: "Activités communes", en: "Joint activities" },
  "section.schedule": { ar: "الجدول الزمني للأنشطة", fr: "Calendrier des activités", en: "Timeline of activities" },
  "schedule.chart": {
    ar: "أنشطة الفترة على الخط الزمني",
    fr: "Les activités de la période dans le temps",
    en: "The period's activities over time",
  },
  "schedule.truncated": {
    ar: "يعرض الجدول الزمني أول {shown} نشاطا من أصل {total}.",
    fr: "Le calendrier montre les {shown} premières activités sur {total}.",
    en: "The timeline shows the first {shown} of {total} activities.",
  },
  "figure.income": { ar: "مجموع المداخيل", fr: "Total des recettes", en: "Total income" },
  "figure.expenses": { ar: "مجموع المصاريف", fr: "Total des dépenses", en: "Total expenses" },
  "figure.balance": { ar: "رصيد السنة", fr: "Solde de l'exercice", en: "Balance for the period" },
  "figure.openingCash": { ar: "الرصيد في بداية السنة", fr: "Trésorerie d'ouverture", en: "Opening cash" },
  "figure.closingCash": { ar: "الرصيد في نهاية السنة", fr: "Trésorerie de clôture", en: "Closing cash" },
  "balance.surplus": { ar: "فائض", fr: "Excédent", en: "Surplus" },
  "balance.deficit": { ar: "عجز", fr: "Déficit", en: "Deficit" },
  "balance.even": { ar: "توازن", fr: "Équilibre", en: "Balanced" },
  "section.incomeBySource": { ar: "المداخيل حسب المصدر", fr: "Recettes par origine", en: "Income by source" },
  "incomeBySource.chart": {
    ar: "توزيع المداخيل حسب المصدر",
    fr: "Répartition des recettes par origine",
    en: "Income by source",
  },
  "section.expensesByNature": { ar: "المصاريف حسب الطبيعة", fr: "Dépenses par nature", en: "Expenses by nature" },
  "expensesByNature.chart": { ar: "المصاريف حسب الطبيعة", fr: "Dépenses par nature", en: "Expenses by nature" },
  "col.source": { ar: "المصدر", fr: "Origine", en: "Source" },
  "col.nature": { ar: "الطبيعة", fr: "Nature", en: "Nature" },
  "col.amount": { ar: "المبلغ", fr: "Montant", en: "Amount" },
  "col.label": { ar: "البيان", fr: "Libellé", en: "Description" },
  "col.funder": { ar: "الجهة الممولة", fr: "Bailleur", en: "Funder" },
  "col.receivedOn": { ar: "تاريخ التوصل", fr: "Reçu le", en: "Received on" },
  "col.committed": { ar: "المبلغ الملتزم به", fr: "Montant engagé", en: "Amount committed" },
  "col.received": { ar: "المتوصل به خلال السنة", fr: "Reçu sur l'exercice", en: "Received in the period" },
  "section.incomeDetail": { ar: "تفصيل المداخيل", fr: "Détail des recettes", en: "Income detail" },
  "section.expenseDetail": { ar: "تفصيل المصاريف", fr: "Détail des dépenses", en: "Expense detail" },
  "income.none": {
    ar: "لم تسجل أي مداخيل خلال هذه الفترة.",
    fr: "Aucune recette n'est enregistrée pour cette période.",
    en: "No income is recorded for this period.",
  },
  "expenses.none": {
    ar: "لم تسجل أي مصاريف خلال هذه الفترة.",
    fr: "Aucune dépense n'est enregistrée pour cette période.",
    en: "No expense is recorded for this period.",
  },
  "section.publicFunding": {
    ar: "التمويل العمومي الواجب تبرير صرفه",
    fr: "Financements publics à justifier",
    en: "Public funding to account for",
  },
  "publicFunding.table": {
    ar: "الاتفاقيات والمنح العمومية",
    fr: "Conventions et subventions publiques",
    en: "Public agreements and subsidies",
  },
  "publicFunding.none": {
    ar: "لم تتوصل الجمعية بأي تمويل عمومي خلال هذه الفترة.",
    fr: "L'association n'a reçu aucun financement public sur la période.",
    en: "The organization received no public funding in the period.",
  },
  "publicFunding.note": {
    ar: "تخضع الأموال العمومية التي تتلقاها الجمعية من الدولة أو الجماعات الترابية أو المؤسسات العمومية لمراقبة المحاكم المالية (القانون رقم 62.99 المتعلق بمدونة المحاكم المالية)، وعلى الجمعية أن تقدم للجهة المانحة حسابا عن أوجه صرفها وفق شروط الاتفاقية.",
    fr: "Les fonds publics reçus de l'État, des collectivités territoriales ou des établissements publics sont soumis au contrôle des juridictions financières (loi n° 62-99 formant code des juridictions financières) ; l'association rend compte de leur emploi au bailleur, dans les conditions de la convention.",
    en: "Public funds received from the State, local authorities or public institutions are subject to the control of the financial courts (Law 62-99, the Code of financial jurisdictions); the organization accounts for their use to the funder, under the terms of the agreement.",
  },
  "publicFunding.noAgreement": {
    ar: "منحة دون اتفاقية",
    fr: "Subvention sans convention",
    en: "Subsidy without an agreement",
  },
} as const satisfies Record<string, MessageTemplate>;

/** A key of {@link generalAssemblyLabels}. */
export type GeneralAssemblyLabel = keyof typeof generalAssemblyLabels;

/**
 * The text of a label in a report language, placeholders filled.
 *
 * @param language - the report language.
 * @param key - the label.
 * @param params - values of the label's `{name}` placeholders.
 * @returns the text.
 * @example
 * ```ts
 * labelText("ar", "section.partnerships"); // "الشراكات"
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (check an input with
 * `validateGeneralAssemblyInput` first).
 */
export function labelText(language: ReportLanguage, key: GeneralAssemblyLabel, params?: MessageParams): string {
  return formatMessage(generalAssemblyLabels[key], language, params);
}
