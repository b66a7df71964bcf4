/**
 * The 2024 year of جمعية الأشراف للثقافة والتنمية (douar Fej Azrar, commune of Ighzrane, province
 * of Sefrou), as the association keeps it: organization and board, partners, agreements, activities,
 * income and expense lines. Drawn from the press account of its communication meetings with the
 * international volunteering organization (scenario 3); amounts are illustrative.
 */
const ORG = "assoc-achraf-fej-azrar";
const OIVD = "oivd-maroc";
const COMMUNE = "commune-ighzrane";
const ENTRAIDE = "entraide-nationale-sefrou";
const PROVINCE = "conseil-provincial-sefrou";
const IGHZRANE = "03.451.03.09";
const MEKNES = "03.061.01.01";

const mad = (centimes: number) => ({ amount: centimes, currency: "MAD" });

export const achraf2024 = {
  organization: {
    id: ORG,
    legalForm: "association",
    name: { ar: "جمعية الأشراف للثقافة والتنمية", fr: "Association Al Achraf pour la culture et le développement" },
    purpose: {
      ar: "تنمية المجال الترابي لدوار فج أزرار وتأهيله اقتصاديا واجتماعيا وثقافيا.",
      fr: "Développer le douar Fej Azrar sur les plans économique, social et culturel.",
    },
    fieldsOfAction: ["cultural", "rural-development", "local-development"],
    seat: {
      douar: { ar: "دوار فج أزرار", fr: "Douar Fej Azrar" },
      communeCode: IGHZRANE,
      provinceCode: "03.451",
      regionCode: "03",
    },
    foundedOn: "2019-04-14",
    founders: [{ personId: "p-01" }, { personId: "p-02" }, { personId: "p-03" }],
    governingBodies: [
      {
        id: "bureau-achraf",
        kind: "board",
        mandates: [
          { personId: "p-01", personName: { ar: "الحسين الإدريسي" }, role: "president", startOn: "2022-06-12" },
          { personId: "p-02", role: "vice-president", startOn: "2022-06-12" },
          { personId: "p-03", role: "secretary-general", startOn: "2022-06-12" },
          { personId: "p-04", role: "treasurer", startOn: "2022-06-12" },
          { personId: "p-05", role: "deputy-treasurer", startOn: "2022-06-12" },
          { personId: "p-06", role: "advisor", startOn: "2022-06-12" },
          // Left the board before the assembly: not shown.
          { personId: "p-07", role: "advisor", startOn: "2022-06-12", endOn: "2024-09-30" },
        ],
      },
    ],
  },
  period: { startOn: "2024-01-01", endOn: "2024-12-31" },
  assemblyOn: "2025-03-15",
  language: "ar",
  generatedAt: "2025-03-01T10:00:00+01:00",
  partners: [
    { id: OIVD, name: { ar: "المنظمة الدولية للعمل التطوعي والتنمية بالمغرب" }, kind: "association" },
    { id: COMMUNE, name: { ar: "جماعة إغزران", fr: "Commune d'Ighzrane" }, kind: "local-authority" },
    { id: ENTRAIDE, name: { ar: "المندوبية الإقليمية للتعاون الوطني بصفرو" }, kind: "public-institution" },
    {
      id: PROVINCE,
      name: { ar: "المجلس الإقليمي لصفرو", fr: "Conseil provincial de Sefrou" },
      kind: "local-authority",
    },
  ],
  agreements: [
    {
      id: "conv-2024-ighzrane",
      title: {
        ar: "اتفاقية شراكة لدعم الأنشطة الثقافية والاجتماعية",
        fr: "Convention de soutien aux activités culturelles et sociales",
      },
      object: { ar: "دعم الدخول المدرسي والملتقى الثقافي لدوار فج أزرار" },
      parties: [
        {
          organizationId: COMMUNE,
          role: "funder",
          contributions: [{ kind: "financial", amount: mad(2_000_000), year: 2024 }],
        },
        { organizationId: ORG, role: "implementer" },
      ],
      period: { startOn: "2024-03-01", endOn: "2024-12-31" },
      status: "expired",
      signedOn: "2024-02-20",
    },
    {
      id: "conv-2024-oivd",
      title: { ar: "اتفاقية تعاون وشراكة مع المنظمة الدولية للعمل التطوعي والتنمية" },
      object: { ar: "دورات تكوينية مجانية لفائدة أعضاء الجمعية" },
      parties: [
        { organizationId: OIVD, role: "technical-partner", contributions: [{ kind: "in-kind" }] },
        { organizationId: ORG, role: "beneficiary" },
      ],
      period: { startOn: "2024-01-14", endOn: "2025-12-31" },
      status: "active",
      signedOn: "2024-01-14",
    },
  ],
  activities: [
    // Beneficiaries (total / female / male / children):
    {
      id: "a-01",
      title: { ar: "اللقاء التواصلي الثالث مع المنظمة الدولية للعمل التطوعي والتنمية" },
      field: "volunteering",
      kind: "communication-meeting",
      startOn: "2024-01-14",
      place: MEKNES,
      beneficiaries: { total: 9, female: 3, male: 6 },
      partnerIds: [OIVD],
      agreementId: "conv-2024-oivd",
    },
    {
      id: "a-02",
      title: { ar: "دورة تكوينية في الرقمنة", fr: "Formation au numérique" },
      field: "digital",
      kind: "training",
      startOn: "2024-02-17",
      endOn: "2024-02-18",
      place: IGHZRANE,
      beneficiaries: { total: 24, female: 14, male: 10 },
      partnerIds: [OIVD],
      agreementId: "conv-2024-oivd",
    },
    {
      id: "a-03",
      title: { ar: "دورة تكوينية في الديمقراطية التشاركية" },
      field: "participatory-democracy",
      kind: "training",
      startOn: "2024-03-23",
      place: IGHZRANE,
      beneficiaries: { total: 31, female: 17, male: 14 },
      partnerIds: [OIVD],
    },
    {
      id: "a-04",
      title: { ar: "دورة تكوينية في التواصل الفعال والتنمية الذاتية لفائدة شباب الدوار" },
      field: "youth",
      kind: "training",
      startOn: "2024-04-20",
      place: IGHZRANE,
      beneficiaries: { total: 22, female: 12, male: 10 },
      partnerIds: [OIVD],
    },
    {
      id: "a-05",
      title: { ar: "دورة تكوينية حول آليات الترافع عن مصالح الساكنة" },
      field: "participatory-democracy",
      kind: "training",
      startOn: "2024-05-18",
      place: IGHZRANE,
      beneficiaries: { total: 26, female: 11, male: 15 },
      partnerIds: [OIVD],
    },
    {
      id: "a-06",
      title: { ar: "دورة تكوينية في التدبير الإداري والمالي للجمعيات" },
      field: "volunteering",
      kind: "training",
      startOn: "2024-06-15",
      endOn: "2024-06-16",
      place: IGHZRANE,
      beneficiaries: { total: 18, female: 7, male: 11 },
      partnerIds: [OIVD],
    },
    {
      id: "a-07",
      title: { ar: "حملة نظافة وتشجير بالدوار" },
      field: "environmental",
      kind: "campaign",
      startOn: "2024-07-27",
      place: { ar: "دوار فج أزرار", fr: "Douar Fej Azrar" },
      beneficiaries: { total: 85, female: 40, male: 45, children: 30 },
      partnerIds: [COMMUNE],
    },
    {
      id: "a-08",
      title: { ar: "حفل الدخول المدرسي وتوزيع المحافظ والأدوات المدرسية" },
      field: "education",
      kind: "distribution",
      startOn: "2024-09-14",
      place: IGHZRANE,
      beneficiaries: { total: 120, female: 64, male: 56, children: 120 },
      partnerIds: [COMMUNE, ENTRAIDE],
      agreementId: "conv-2024-ighzrane",
    },
    {
      id: "a-09",
      title: { ar: "لقاء تواصلي لتقييم الشراكة مع المنظمة الدولية للعمل التطوعي والتنمية" },
      field: "volunteering",
      kind: "communication-meeting",
      startOn: "2024-11-09",
      place: MEKNES,
      beneficiaries: { total: 8, female: 2, male: 5 },
      partnerIds: [OIVD],
    },
    {
      id: "a-10",
      title: { ar: "الملتقى الثقافي الأول لدوار فج أزرار" },
      field: "cultural",
      kind: "forum",
      startOn: "2024-12-21",
      endOn: "2024-12-22",
      place: IGHZRANE,
      beneficiaries: { total: 150, female: 70, male: 60, children: 45 },
      partnerIds: [COMMUNE],
      agreementId: "conv-2024-ighzrane",
    },
  ],
  income: [
    {
      source: "membership-fees",
      label: { ar: "واجبات انخراط الأعضاء (الدفعة الأولى)" },
      amount: mad(300_000),
      receivedOn: "2024-01-31",
    },
    {
      source: "public-subsidy",
      label: { ar: "منحة جماعة إغزران برسم اتفاقية الشراكة" },
      amount: mad(2_000_000),
      funderId: COMMUNE,
      agreementId: "conv-2024-ighzrane",
      receivedOn: "2024-05-20",
    },
    {
      source: "membership-fees",
      label: { ar: "واجبات انخراط الأعضاء (الدفعة الثانية)" },
      amount: mad(150_000),
      receivedOn: "2024-06-30",
    },
    {
      source: "public-subsidy",
      label: { ar: "منحة المجلس الإقليمي لصفرو" },
      amount: mad(500_000),
      funderId: PROVINCE,
      receivedOn: "2024-08-05",
    },
    { source: "donations", label: { ar: "تبرعات المحسنين" }, amount: mad(625_050), receivedOn: "2024-09-01" },
    {
      source: "own-activities",
      label: { ar: "مداخيل أروقة الملتقى الثقافي" },
      amount: mad(243_000),
      receivedOn: "2024-12-22",
    },
  ],
  expenses: [
    {
      nature: "activities",
      label: { ar: "تغذية المشاركين في دورة الرقمنة" },
      amount: mad(115_000),
      activityId: "a-02",
    },
    {
      nature: "activities",
      label: { ar: "تغذية المشاركين في دورة الديمقراطية التشاركية" },
      amount: mad(124_000),
      activityId: "a-03",
    },
    { nature: "activities", label: { ar: "شتلات وأدوات حملة التشجير" }, amount: mad(287_540), activityId: "a-07" },
    { nature: "activities", label: { ar: "محافظ وأدوات مدرسية" }, amount: mad(960_000), activityId: "a-08" },
    { nature: "activities", label: { ar: "تنظيم الملتقى الثقافي" }, amount: mad(835_000), activityId: "a-10" },
    { nature: "travel", label: { ar: "تنقل أعضاء المكتب إلى مكناس" }, amount: mad(64_000), activityId: "a-01" },
    { nature: "travel", label: { ar: "تنقل أعضاء المكتب إلى مكناس" }, amount: mad(52_000), activityId: "a-09" },
    { nature: "equipment", label: { ar: "حاسوب محمول وطابعة" }, amount: mad(649_000) },
    { nature: "rent-and-utilities", label: { ar: "كراء المقر والماء والكهرباء" }, amount: mad(360_000) },
    { nature: "communication", label: { ar: "طبع الملصقات واللافتات" }, amount: mad(78_000) },
    { nature: "administrative", label: { ar: "لوازم مكتبية وتصحيح الإمضاءات" }, amount: mad(36_575) },
    { nature: "taxes-and-fees", label: { ar: "رسوم وطوابع" }, amount: mad(20_000) },
  ],
  openingCash: mad(412_035),
};
