/**
 * The strategic plan 2025-2029 of شبكة الجمعيات الدكالية (Réseau des associations de Doukkala, seat in
 * El Jadida), as the network adopted it after its participatory preparation (scenario 1).
 *
 * Drawn from the press release on the training meeting in Tangier ("عاصمة منطقة البوغاز") where the central
 * bureau, the associative council and the volunteer body prepared the plan with an international expert,
 * within the partnership with Avocats Sans Frontières (المحامون بلا حدود) in the EU-supported project "Hiwar"
 * (حوار), implemented by a consortium that includes Handicap International (منظمة الإعاقة الدولية) and
 * جمعية أمان لحقوق الطفل; the network announced a national advocacy programme on the right of access to
 * justice, in particular for vulnerable groups. The workshops of the network's fifth training meeting (Sidi
 * Bennour and El Jadida, 27-29 December 2024) supply needs and contributions. Indicator values, amounts and
 * dates after 2024 are illustrative.
 */
import { mad } from "@madani/model";
import type { Activity, Plan, PlanBudgetLine, PlanIndicator } from "@madani/plan";

/** Identifier of the network, as in the validate-organizations example. */
export const NETWORK_ID = "reseau-doukkala";

/** The network's name, in Arabic and French. */
export const NETWORK_NAME = { ar: "شبكة الجمعيات الدكالية", fr: "Réseau des associations de Doukkala" } as const;

/** Funders of the budget lines (`funderId`); a line without a funder is still to be mobilized. */
export const FUNDERS = {
  "ue-hiwar": { ar: "الاتحاد الأوروبي — مشروع «حوار»", fr: "Union européenne — projet « Hiwar »" },
  "region-cs": { ar: "مجلس جهة الدار البيضاء سطات", fr: "Conseil de la région Casablanca-Settat" },
  "fonds-propres": { ar: "الموارد الذاتية للشبكة", fr: "Fonds propres du réseau" },
} as const;

type FunderId = keyof typeof FUNDERS;

/** Years of the plan; every indicator has one annual period per year. */
const YEARS = [2025, 2026, 2027, 2028, 2029] as const;
const BASELINE_DATE = "2024-12-31";

/** Amount in dirhams (the plan's money is in centimes). */
const dh = (dirhams: number) => mad(dirhams * 100);

const TANGIER = "لقاء طنجة التكويني حول الإعداد التشاركي للمخطط الاستراتيجي";
const FIFTH_PLANNING = "ورشة التخطيط الاستراتيجي — اللقاء التكويني الخامس (سيدي بنور والجديدة، 27-29 دجنبر 2024)";
const FIFTH_DIGITAL = "ورشة تقنيات التواصل الرقمي وإعداد المشاريع — اللقاء التكويني الخامس (27-29 دجنبر 2024)";

type IndicatorSheet = Omit<PlanIndicator, "periods" | "values" | "baseline" | "frequency"> & {
  readonly baseline: number;
  /** Targets for 2025 … 2029, in order; `undefined` leaves a year without a target. */
  readonly targets: readonly (number | undefined)[];
};

/** A full indicator reference sheet with one annual period per year of the plan, and no value yet. */
function indicator(sheet: IndicatorSheet): PlanIndicator {
  const { baseline, targets, ...rest } = sheet;
  return {
    ...rest,
    baseline: { value: baseline, date: BASELINE_DATE },
    frequency: "annual",
    periods: YEARS.flatMap((year, i) => {
      const target = targets[i];
      const period = { id: `${sheet.id}-${year}`, startOn: `${year}-01-01`, endOn: `${year}-12-31` };
      return [target === undefined ? period : { ...period, target }];
    }),
    values: [],
  };
}

/** Budget lines of one activity: `[year, funder or undefined, planned dirhams]`. */
function budget(...lines: readonly (readonly [number, FunderId | undefined, number])[]): PlanBudgetLine[] {
  return lines.map(([year, funderId, dirhams]) =>
    funderId === undefined ? { year, planned: dh(dirhams) } : { year, funderId, planned: dh(dirhams) },
  );
}

const activities: Activity[] = [
  {
    id: "act-1-1",
    elementId: "r1-1-1",
    code: "ACT-1.1",
    title: {
      ar: "دورات تقوية القدرات في التنمية الديمقراطية والتخطيط الاستراتيجي بشراكة مع المحامون بلا حدود (مشروع حوار)",
      fr: "Sessions de renforcement des capacités en développement démocratique et planification stratégique avec Avocats Sans Frontières (projet Hiwar)",
    },
    responsible: "المكتب المركزي — لجنة التكوين",
    partnerIds: ["asf"],
    startOn: "2025-01-18",
    endOn: "2025-11-30",
    status: "planned",
    budget: budget([2025, "ue-hiwar", 180_000], [2025, "fonds-propres", 15_000]),
  },
  {
    id: "act-1-2",
    elementId: "r1-1-1",
    code: "ACT-1.2",
    title: {
      ar: "تكوين مكونين من هيئة التطوع التابعة للشبكة",
      fr: "Formation de formateurs de l'instance du bénévolat du réseau",
    },
    responsible: "هيئة التطوع",
    partnerIds: ["asf"],
    startOn: "2025-12-15",
    endOn: "2026-05-31",
    status: "planned",
    dependsOn: [{ activityId: "act-1-1", lagDays: 14 }],
    budget: budget([2025, "ue-hiwar", 20_000], [2026, "ue-hiwar", 60_000]),
  },
  {
    id: "act-1-3",
    elementId: "r1-1-2",
    code: "ACT-1.3",
    title: {
      ar: "مواكبة الجمعيات الأعضاء في إعداد مخططاتها الاستراتيجية",
      fr: "Accompagnement des associations membres dans l'élaboration de leur plan stratégique",
    },
    responsible: "المجلس الجمعوي",
    partnerIds: ["region-cs"],
    startOn: "2026-01-15",
    endOn: "2027-12-31",
    status: "planned",
    dependsOn: [{ activityId: "act-1-1", lagDays: 30 }],
    milestones: [
      {
        id: "m-1-3-a",
        title: { ar: "دليل التخطيط الاستراتيجي للجمعيات", fr: "Guide de planification stratégique des associations" },
        dueOn: "2026-06-30",
      },
    ],
    budget: budget([2026, "region-cs", 120_000], [2027, "region-cs", 120_000]),
  },
  {
    id: "act-1-4",
    elementId: "r1-1-1",
    code: "ACT-1.4",
    title: { ar: "اللقاء التكويني السادس للشبكة بالجديدة", fr: "Sixième rencontre de formation du réseau à El Jadida" },
    responsible: "المكتب المركزي",
    partnerIds: ["region-cs", "wilaya-cs", "dr-emploi"],
    startOn: "2025-12-26",
    endOn: "2025-12-28",
    status: "planned",
    budget: budget([2025, "region-cs", 90_000], [2025, "fonds-propres", 10_000]),
  },
  {
    id: "act-1-5",
    elementId: "r1-2-1",
    code: "ACT-1.5",
    title: {
      ar: "الجمع العام السنوي 2025 ونشر التقريرين الأدبي والمالي",
      fr: "Assemblée générale annuelle 2025 et publication des rapports moral et financier",
    },
    responsible: "المكتب المركزي",
    startOn: "2025-06-01",
    endOn: "2025-06-30",
    status: "planned",
    budget: budget([2025, "fonds-propres", 25_000]),
  },
  {
    id: "act-1-6",
    elementId: "r1-2-1",
    code: "ACT-1.6",
    title: {
      ar: "الجمع العام السنوي 2026 ونشر التقريرين الأدبي والمالي",
      fr: "Assemblée générale annuelle 2026 et publication des rapports moral et financier",
    },
    responsible: "المكتب المركزي",
    startOn: "2026-06-01",
    endOn: "2026-06-30",
    status: "planned",
    dependsOn: [{ activityId: "act-1-5" }],
    budget: budget([2026, "fonds-propres", 25_000]),
  },
  {
    id: "act-2-1",
    elementId: "r2-1-1",
    code: "ACT-2.1",
    title: {
      ar: "دراسة تشخيصية حول ولوج النساء والأطفال والأشخاص في وضعية إعاقة إلى العدالة",
      fr: "Étude diagnostique sur l'accès à la justice des femmes, des enfants et des personnes en situation de handicap",
    },
    responsible: "لجنة الترافع",
    partnerIds: ["asf", "hi", "amane"],
    startOn: "2025-03-01",
    endOn: "2025-09-30",
    status: "planned",
    budget: budget([2025, "ue-hiwar", 150_000]),
  },
  {
    id: "act-2-2",
    elementId: "r2-1-2",
    code: "ACT-2.2",
    title: {
      ar: "إطلاق البرنامج الوطني للترافع حول الحق في الولوج إلى العدالة للفئات الهشة",
      fr: "Programme national de plaidoyer pour le droit d'accès à la justice des groupes vulnérables",
    },
    responsible: "لجنة الترافع",
    partnerIds: ["asf", "hi", "amane"],
    startOn: "2025-10-15",
    endOn: "2027-12-31",
    status: "planned",
    dependsOn: [{ activityId: "act-2-1", lagDays: 14 }],
    milestones: [
      {
        id: "m-2-2-a",
        title: { ar: "إيداع المذكرة الترافعية الأولى", fr: "Dépôt du premier mémorandum de plaidoyer" },
        dueOn: "2025-12-31",
      },
      {
        id: "m-2-2-b",
        title: { ar: "اليوم الوطني للترافع بالرباط", fr: "Journée nationale de plaidoyer à Rabat" },
        dueOn: "2026-11-30",
      },
    ],
    budget: budget([2025, "ue-hiwar", 60_000], [2026, "ue-hiwar", 200_000], [2027, undefined, 200_000]),
  },
  {
    id: "act-2-3",
    elementId: "r2-2-1",
    code: "ACT-2.3",
    title: {
      ar: "قوافل التوعية القانونية بجماعات إقليمي الجديدة وسيدي بنور",
      fr: "Caravanes d'information juridique dans les communes des provinces d'El Jadida et de Sidi Bennour",
    },
    responsible: "هيئة التطوع",
    partnerIds: ["asf", "amane"],
    startOn: "2026-03-01",
    endOn: "2026-10-31",
    status: "planned",
    dependsOn: [{ activityId: "act-2-1", lagDays: 30 }],
    budget: budget([2026, "ue-hiwar", 140_000], [2026, "region-cs", 40_000]),
  },
  {
    id: "act-2-4",
    elementId: "r2-2-1",
    code: "ACT-2.4",
    title: {
      ar: "مداومات للتوجيه القانوني بمقرات الجمعيات الأعضاء",
      fr: "Permanences d'orientation juridique dans les locaux des associations membres",
    },
    responsible: "لجنة الترافع",
    partnerIds: ["asf"],
    startOn: "2026-01-05",
    endOn: "2027-12-31",
    status: "planned",
    budget: budget([2026, "ue-hiwar", 80_000], [2027, undefined, 90_000]),
  },
  {
    id: "act-3-1",
    elementId: "r3-1-1",
    code: "ACT-3.1",
    title: {
      ar: "الهوية البصرية والموقع الإلكتروني والخطة التحريرية للشبكة",
      fr: "Charte graphique, site web et plan éditorial du réseau",
    },
    responsible: "لجنة التواصل",
    startOn: "2025-04-01",
    endOn: "2025-07-31",
    status: "planned",
    budget: budget([2025, "fonds-propres", 35_000]),
  },
  {
    id: "act-3-2",
    elementId: "r3-1-1",
    code: "ACT-3.2",
    title: {
      ar: "حملة رقمية «العدالة حق للجميع»",
      fr: "Campagne numérique « La justice, un droit pour tous »",
    },
    responsible: "لجنة التواصل",
    partnerIds: ["asf"],
    startOn: "2026-02-01",
    endOn: "2026-05-31",
    status: "planned",
    dependsOn: [{ activityId: "act-3-1" }],
    budget: budget([2026, "ue-hiwar", 45_000]),
  },
  {
    id: "act-3-3",
    elementId: "r3-1-1",
    code: "ACT-3.3",
    title: {
      ar: "نشرة إخبارية فصلية للجمعيات الأعضاء والشركاء",
      fr: "Lettre d'information trimestrielle aux associations membres et aux partenaires",
    },
    responsible: "لجنة التواصل",
    startOn: "2025-03-01",
    endOn: "2029-12-31",
    status: "planned",
    budget: budget(...YEARS.map((year) => [year, "fonds-propres", 12_000] as const)),
  },
  {
    id: "act-3-4",
    elementId: "r3-2-1",
    code: "ACT-3.4",
    title: {
      ar: "شريطان توثيقيان إشهاريان للمؤسستين الفائزتين في قرعة اللقاء التكويني الخامس",
      fr: "Deux documentaires promotionnels pour les deux institutions tirées au sort lors de la cinquième rencontre",
    },
    responsible: "لجنة التواصل",
    partnerIds: ["region-cs"],
    startOn: "2025-02-01",
    endOn: "2025-06-30",
    status: "planned",
    budget: budget([2025, "region-cs", 60_000]),
  },
  {
    id: "act-3-5",
    elementId: "r3-2-1",
    code: "ACT-3.5",
    title: {
      ar: "مائدة مستديرة سنوية للشركاء وتوقيع اتفاقيات الشراكة",
      fr: "Table ronde annuelle des partenaires et signature de conventions de partenariat",
    },
    responsible: "المكتب المركزي",
    partnerIds: ["region-cs", "wilaya-cs", "dr-emploi"],
    startOn: "2026-12-01",
    endOn: "2026-12-20",
    status: "planned",
    budget: budget([2026, "fonds-propres", 20_000]),
  },
];

const MEMBERS_ATTENDANCE = {
  ar: "لوائح الحضور وشهادات المشاركة",
  fr: "Listes de présence et attestations de participation",
};

const indicators: PlanIndicator[] = [
  indicator({
    id: "ind-1-1-1",
    elementId: "r1-1-1",
    code: "IND-1.1.1",
    name: {
      ar: "العدد التراكمي لأعضاء هيئات الشبكة المستفيدين من التكوين في التخطيط الاستراتيجي",
      fr: "Nombre cumulé de membres des instances du réseau formés à la planification stratégique",
    },
    definition: {
      fr: "Membres du bureau central, du conseil associatif et de l'instance du bénévolat ayant suivi au moins deux sessions.",
    },
    unit: { ar: "شخص", fr: "personnes" },
    measure: "number",
    direction: "increase",
    baseline: 0,
    targets: [60, 110, 160, 200, 240],
    dataSource: MEMBERS_ATTENDANCE,
    collectionMethod: { fr: "Décompte des attestations, par sexe, à la fin de chaque année" },
    responsible: "المكتب المركزي — لجنة التكوين",
    disaggregations: ["sex"],
  }),
  indicator({
    id: "ind-1-1-2",
    elementId: "r1-1-2",
    code: "IND-1.1.2",
    name: {
      ar: "نسبة الجمعيات الأعضاء التي تتوفر على مخطط استراتيجي مصادق عليه",
      fr: "Part des associations membres dotées d'un plan stratégique adopté",
    },
    unit: { ar: "%", fr: "%" },
    measure: "percentage",
    direction: "increase",
    baseline: 8,
    targets: [15, 30, 45, 60, 70],
    dataSource: {
      ar: "محاضر الجموع العامة للجمعيات الأعضاء",
      fr: "Procès-verbaux des assemblées générales des membres",
    },
    collectionMethod: { fr: "Questionnaire annuel aux associations membres" },
    responsible: "المجلس الجمعوي",
  }),
  indicator({
    id: "ind-1-2-1",
    elementId: "r1-2-1",
    code: "IND-1.2.1",
    name: {
      ar: "المصادقة على التقريرين الأدبي والمالي في الجمع العام داخل الآجال",
      fr: "Rapports moral et financier adoptés par l'assemblée générale dans les délais",
    },
    measure: "yes-no",
    direction: "increase",
    baseline: 0,
    targets: [1, 1, 1, 1, 1],
    dataSource: { ar: "محضر الجمع العام", fr: "Procès-verbal de l'assemblée générale" },
    responsible: "الكاتب العام للشبكة",
  }),
  indicator({
    id: "ind-2-1-1",
    elementId: "r2-1-1",
    code: "IND-2.1.1",
    name: {
      ar: "نشر الدراسة التشخيصية حول الولوج إلى العدالة",
      fr: "Étude diagnostique sur l'accès à la justice publiée",
    },
    measure: "yes-no",
    direction: "increase",
    baseline: 0,
    targets: [1],
    dataSource: { ar: "تقرير الدراسة", fr: "Rapport d'étude" },
    responsible: "لجنة الترافع",
  }),
  indicator({
    id: "ind-2-1-2",
    elementId: "r2-1-2",
    code: "IND-2.1.2",
    name: {
      ar: "العدد التراكمي للمذكرات الترافعية المودعة لدى السلطات",
      fr: "Nombre cumulé de mémorandums de plaidoyer déposés auprès des autorités",
    },
    unit: { ar: "مذكرة", fr: "mémorandums" },
    measure: "number",
    direction: "increase",
    baseline: 0,
    targets: [1, 2, 4, 5, 6],
    dataSource: { ar: "وصولات الإيداع", fr: "Accusés de dépôt" },
    responsible: "لجنة الترافع",
  }),
  indicator({
    id: "ind-2-2-1",
    elementId: "r2-2-1",
    code: "IND-2.2.1",
    name: {
      ar: "العدد التراكمي للأشخاص في وضعية هشاشة الموجهين نحو المساعدة القانونية",
      fr: "Nombre cumulé de personnes en situation de vulnérabilité orientées vers l'aide juridique",
    },
    unit: { ar: "شخص", fr: "personnes" },
    measure: "number",
    direction: "increase",
    baseline: 0,
    targets: [50, 400, 800, 1200, 1500],
    dataSource: { ar: "سجلات المداومات والقوافل", fr: "Registres des permanences et des caravanes" },
    collectionMethod: { fr: "Fiches d'orientation anonymisées, par sexe" },
    responsible: "لجنة الترافع",
    disaggregations: ["sex"],
  }),
  indicator({
    id: "ind-3-1-1",
    elementId: "r3-1-1",
    code: "IND-3.1.1",
    name: {
      ar: "عدد متابعي صفحات الشبكة على شبكات التواصل الاجتماعي",
      fr: "Nombre d'abonnés aux pages du réseau sur les réseaux sociaux",
    },
    unit: { ar: "متابع", fr: "abonnés" },
    measure: "number",
    direction: "increase",
    baseline: 1200,
    targets: [2000, 3500, 5000, 6500, 8000],
    dataSource: { ar: "إحصائيات الصفحات", fr: "Statistiques des pages" },
    responsible: "لجنة التواصل",
  }),
  indicator({
    id: "ind-3-1-2",
    elementId: "r3-1-1",
    code: "IND-3.1.2",
    name: {
      ar: "متوسط أجل نشر تقارير الأنشطة",
      fr: "Délai moyen de publication des comptes rendus d'activité",
    },
    unit: { ar: "يوم", fr: "jours" },
    measure: "number",
    direction: "decrease",
    baseline: 30,
    targets: [20, 14, 10, 7, 7],
    dataSource: { ar: "سجل المنشورات", fr: "Registre des publications" },
    responsible: "لجنة التواصل",
  }),
  indicator({
    id: "ind-3-2-1",
    elementId: "r3-2-1",
    code: "IND-3.2.1",
    name: { ar: "عدد اتفاقيات الشراكة السارية", fr: "Nombre de conventions de partenariat en vigueur" },
    unit: { ar: "اتفاقية", fr: "conventions" },
    measure: "number",
    direction: "increase",
    baseline: 5,
    targets: [7, 9, 11, 12, 14],
    dataSource: { ar: "سجل الاتفاقيات", fr: "Registre des conventions" },
    responsible: "أمين المال",
  }),
  indicator({
    id: "ind-3-2-2",
    elementId: "r3-2-1",
    code: "IND-3.2.2",
    name: {
      ar: "حصة الموارد الذاتية من موارد الشبكة السنوية",
      fr: "Part des fonds propres dans les ressources annuelles",
    },
    definition: {
      fr: "Cotisations et prestations rapportées au total des ressources de l'année ; à maintenir entre 15 et 30 %.",
    },
    unit: { ar: "%", fr: "%" },
    measure: "percentage",
    direction: "maintain",
    band: { low: 15, high: 30 },
    baseline: 12,
    targets: [20, 20, 20, 20, 20],
    dataSource: { ar: "التقرير المالي", fr: "Rapport financier" },
    responsible: "أمين المال",
  }),
];

/**
 * The plan as the general assembly adopted it: a plain input value, checked against the plan's type;
 * `createPlan` validates it and returns the frozen plan.
 */
export const networkPlan = {
  format: "madani.plan/1",
  id: "plan-reseau-doukkala-2025-2029",
  organizationId: NETWORK_ID,
  title: {
    ar: `المخطط الاستراتيجي ل${NETWORK_NAME.ar} 2025-2029`,
    fr: `Plan stratégique du ${NETWORK_NAME.fr} 2025-2029`,
  },
  period: { startOn: "2025-01-01", endOn: "2029-12-31" },
  funders: Object.entries(FUNDERS).map(([id, name]) => ({ id, name })),
  /** The ledger of 2025: the Hiwar grant committed and received through Avocats Sans Frontières, and what it paid. */
  transactions: [
    {
      id: "tx-2025-001",
      kind: "incoming-commitment",
      date: "2025-01-10",
      amount: dh(200_000),
      providerId: "ue-hiwar",
      reference: "Convention ASF – Réseau Doukkala 2025",
    },
    { id: "tx-2025-002", kind: "incoming-funds", date: "2025-01-28", amount: dh(120_000), providerId: "ue-hiwar" },
    {
      id: "tx-2025-003",
      kind: "expenditure",
      date: "2025-03-16",
      amount: dh(42_500),
      activityId: "act-1-1",
      reference: "FAC-2025-031",
      description: { fr: "Rencontre de formation de Tanger : hébergement, restauration, transport" },
    },
    { id: "tx-2025-004", kind: "incoming-funds", date: "2025-07-15", amount: dh(80_000), providerId: "ue-hiwar" },
    {
      id: "tx-2025-005",
      kind: "expenditure",
      date: "2025-11-28",
      amount: dh(96_300),
      activityId: "act-1-1",
      reference: "FAC-2025-118",
      description: { fr: "Quatre sessions de renforcement des capacités à El Jadida et Sidi Bennour" },
    },
  ],
  vision: {
    ar: "شبكة رائدة في تقديم خدمات اجتماعية عالية الجودة، ترتقي بالعمل التطوعي والخدمات الاجتماعية لتحقيق تنمية مستدامة وشاملة.",
    fr: "Un réseau de référence pour des services sociaux de qualité, qui élève le bénévolat et l'action sociale au service d'un développement durable et inclusif.",
  },
  mission: {
    ar: "تقوية قدرات الجمعيات الأعضاء، وتقديم خدمات اجتماعية متميزة، والترافع من أجل قضايا المجتمع المدني الديمقراطي على المستويين الوطني والدولي.",
    fr: "Renforcer les capacités des associations membres, offrir des services sociaux de qualité et porter le plaidoyer de la société civile démocratique aux niveaux national et international.",
  },
  values: [
    { ar: "المهنية", fr: "Professionnalisme" },
    { ar: "النجاعة", fr: "Efficacité" },
    { ar: "التأثير الإيجابي", fr: "Impact positif" },
    { ar: "القيم التطوعية", fr: "Valeurs du bénévolat" },
    { ar: "الحكامة الجيدة", fr: "Bonne gouvernance" },
    { ar: "الانفتاح على التجارب الدولية", fr: "Ouverture aux expériences internationales" },
  ],
  foundations: {
    principles: [
      {
        ar: "رؤية استراتيجية تستشرف المستقبل وتستجيب لحاجات الفئات المستهدفة",
        fr: "Une vision stratégique tournée vers l'avenir et vers les besoins des publics cibles",
      },
      {
        ar: "الحفاظ على القيم التطوعية ورسالة الشبكة",
        fr: "La fidélité aux valeurs du bénévolat et à la mission du réseau",
      },
    ],
    references: [
      {
        ar: "أفضل الممارسات الدولية في العمل المدني",
        fr: "Les meilleures pratiques internationales de l'action civile",
      },
      {
        ar: "مشروع «حوار» المدعوم من الاتحاد الأوروبي، بشراكة مع منظمة «المحامون بلا حدود»",
        fr: "Le projet « Hiwar » soutenu par l'Union européenne, en partenariat avec Avocats Sans Frontières",
      },
    ],
    method: [
      {
        ar: "لقاء تكويني في طنجة مع المكتب المركزي والمجلس الجمعوي وهيئة التطوع وخبراء",
        fr: "Une rencontre de formation à Tanger avec le bureau central, le conseil associatif, l'instance du bénévolat et des experts",
      },
      {
        ar: "تحديد الأسس والمنهجية، ثم صياغة أهداف استراتيجية منسجمة وواضحة",
        fr: "Fixer les fondements et la méthode, puis formuler des objectifs stratégiques cohérents et clairs",
      },
      {
        ar: "وضع خطة عمل مفصلة وسياسة تواصلية وتسويقية",
        fr: "Établir un plan d'action détaillé et une politique de communication et de marketing",
      },
    ],
  },
  diagnosis: {
    strengths: [
      {
        ar: "هيئات فاعلة: المكتب المركزي والمجلس الجمعوي وهيئة التطوع",
        fr: "Des instances actives : bureau central, conseil associatif et instance du bénévolat",
      },
      {
        ar: "تجربة خمسة لقاءات تكوينية سنوية مع شركاء عموميين جهويين",
        fr: "L'expérience de cinq rencontres de formation annuelles avec des partenaires publics régionaux",
      },
      {
        ar: "حضور ترابي في إقليمي الجديدة وسيدي بنور",
        fr: "Un ancrage territorial dans les provinces d'El Jadida et de Sidi Bennour",
      },
    ],
    weaknesses: [
      {
        ar: "ضعف ثقافة التخطيط الاستراتيجي لدى الجمعيات الأعضاء",
        fr: "Une culture de la planification stratégique encore faible chez les associations membres",
      },
      {
        ar: "محدودية القدرات في التدبير الإداري والمالي",
        fr: "Des capacités limitées en gestion administrative et financière",
      },
      { ar: "تواصل غير منتظم وضعيف الرقمنة", fr: "Une communication irrégulière et peu numérique" },
    ],
    opportunities: [
      {
        ar: "مشروع «حوار» المدعوم من الاتحاد الأوروبي الذي تنفذه عدة منظمات مدنية دولية ووطنية",
        fr: "Le projet « Hiwar », soutenu par l'Union européenne et mis en œuvre par plusieurs organisations civiles internationales et nationales",
      },
      {
        ar: "الشراكة مع منظمة المحامون بلا حدود",
        fr: "Le partenariat avec Avocats Sans Frontières",
      },
      {
        ar: "إعلان الأمم المتحدة سنة 2025 سنة دولية للتعاونيات",
        fr: "2025, proclamée Année internationale des coopératives par les Nations unies",
      },
    ],
    threats: [
      {
        ar: "الارتهان لتمويلات مشاريع محدودة في الزمن",
        fr: "La dépendance à des financements de projets limités dans le temps",
      },
      {
        ar: "صعوبة استدامة الانخراط التطوعي",
        fr: "La difficulté à maintenir l'engagement bénévole dans la durée",
      },
    ],
    stakeholders: [
      { name: { ar: "الاتحاد الأوروبي", fr: "Union européenne" }, kind: "donor", influence: 5, interest: 3 },
      {
        name: { ar: "المحامون بلا حدود", fr: "Avocats Sans Frontières" },
        kind: "international-partner",
        role: { fr: "Partenaire du programme de renforcement des capacités (projet Hiwar)" },
        influence: 4,
        interest: 5,
      },
      {
        name: { ar: "منظمة الإعاقة الدولية", fr: "Handicap International" },
        kind: "international-partner",
        role: { fr: "Membre du consortium du projet Hiwar" },
        influence: 3,
        interest: 4,
      },
      {
        name: { ar: "جمعية أمان لحقوق الطفل", fr: "Association Amane pour les droits de l'enfant" },
        kind: "association",
        role: { fr: "Membre du consortium du projet Hiwar" },
        influence: 3,
        interest: 4,
      },
      {
        name: { ar: "جهة الدار البيضاء سطات", fr: "Région Casablanca-Settat" },
        kind: "local-government",
        influence: 4,
        interest: 3,
      },
      {
        name: { ar: "ولاية جهة الدار البيضاء سطات", fr: "Wilaya de la région Casablanca-Settat" },
        kind: "public-authority",
        influence: 4,
        interest: 2,
      },
      {
        name: {
          ar: "المديرية الجهوية لوزارة الإدماج الاقتصادي والمقاولة الصغرى والتشغيل والكفاءات",
          fr: "Direction régionale du ministère de l'Inclusion économique, de la Petite entreprise, de l'Emploi et des Compétences",
        },
        kind: "public-authority",
        influence: 3,
        interest: 3,
      },
      {
        name: { ar: "الجمعيات الأعضاء", fr: "Associations membres" },
        kind: "association",
        influence: 3,
        interest: 5,
      },
      {
        name: {
          ar: "الفئات الهشة: النساء والأطفال والأشخاص في وضعية إعاقة",
          fr: "Groupes vulnérables : femmes, enfants, personnes en situation de handicap",
        },
        kind: "beneficiaries",
        influence: 1,
        interest: 5,
      },
      { name: { ar: "الصحافة الجهوية", fr: "Presse régionale" }, kind: "media", influence: 2, interest: 3 },
    ],
    needs: [
      {
        text: {
          ar: "تقوية قدرات أعضاء الشبكة في مجال التنمية الديمقراطية والتخطيط الاستراتيجي",
          fr: "Renforcer les capacités des membres du réseau en développement démocratique et en planification stratégique",
        },
        source: { ar: TANGIER, fr: "Rencontre de formation de Tanger sur la préparation participative du plan" },
      },
      {
        text: {
          ar: "برامج دعم مستدام للتعاونيات والجمعيات التنموية خلال سنة 2025",
          fr: "Des programmes d'appui durable aux coopératives et associations de développement en 2025",
        },
        source: {
          ar: "ورشة إعداد برامج تقوية القدرات — اللقاء التكويني الخامس",
          fr: "Atelier de préparation des programmes de renforcement des capacités, cinquième rencontre de formation",
        },
        identifiedOn: "2024-12-29",
      },
      {
        text: {
          ar: "الاستفادة من تقنيات التواصل الرقمي في تسويق المشاريع الاجتماعية",
          fr: "Utiliser les techniques de communication numérique pour faire connaître les projets sociaux",
        },
        source: { ar: FIFTH_DIGITAL, fr: "Atelier techniques de communication numérique et montage de projets" },
        identifiedOn: "2024-12-29",
      },
      {
        text: {
          ar: "ضمان الحق في الولوج إلى العدالة، خاصة للفئات الهشة",
          fr: "Garantir le droit d'accès à la justice, en particulier pour les groupes vulnérables",
        },
        source: {
          ar: "الشراكة مع المحامون بلا حدود ضمن مشروع «حوار»",
          fr: "Partenariat avec Avocats Sans Frontières dans le projet Hiwar",
        },
      },
    ],
  },
  template: { kind: "default" },
  elements: [
    {
      id: "a1",
      tier: "axis",
      code: "A1",
      title: {
        ar: "تقوية قدرات الجمعيات الأعضاء والحكامة الجيدة",
        fr: "Renforcement des capacités des membres et bonne gouvernance",
      },
      weight: 35,
    },
    {
      id: "a2",
      tier: "axis",
      code: "A2",
      title: {
        ar: "الترافع من أجل الحق في الولوج إلى العدالة للفئات الهشة",
        fr: "Plaidoyer pour le droit d'accès à la justice des groupes vulnérables",
      },
      weight: 40,
    },
    {
      id: "a3",
      tier: "axis",
      code: "A3",
      title: {
        ar: "التواصل والتسويق وتعزيز موقع الشبكة",
        fr: "Communication, marketing et positionnement du réseau",
      },
      weight: 25,
    },
    {
      id: "o1-1",
      parentId: "a1",
      tier: "objective",
      code: "OS1.1",
      title: {
        ar: "ترسيخ ثقافة التخطيط الاستراتيجي داخل الشبكة وجمعياتها",
        fr: "Ancrer la culture de la planification stratégique dans le réseau et ses associations",
      },
      sdg: [{ goal: 17, target: "17.9" }],
    },
    {
      id: "o1-2",
      parentId: "a1",
      tier: "objective",
      code: "OS1.2",
      title: { ar: "تعزيز الحكامة الجيدة للشبكة", fr: "Renforcer la bonne gouvernance du réseau" },
      sdg: [{ goal: 16, target: "16.7" }],
    },
    {
      id: "o2-1",
      parentId: "a2",
      tier: "objective",
      code: "OS2.1",
      title: {
        ar: "قيادة برنامج وطني للترافع حول الحق في الولوج إلى العدالة",
        fr: "Conduire un programme national de plaidoyer sur le droit d'accès à la justice",
      },
      sdg: [{ goal: 16, target: "16.3" }],
    },
    {
      id: "o2-2",
      parentId: "a2",
      tier: "objective",
      code: "OS2.2",
      title: {
        ar: "تقريب خدمات التوجيه القانوني من الفئات الهشة بدكالة",
        fr: "Rapprocher l'orientation juridique des groupes vulnérables des Doukkala",
      },
      sdg: [
        { goal: 16, target: "16.3" },
        { goal: 10, target: "10.2" },
        { goal: 5, target: "5.2" },
      ],
    },
    {
      id: "o3-1",
      parentId: "a3",
      tier: "objective",
      code: "OS3.1",
      title: {
        ar: "تعزيز حضور الشبكة وموقعها ضمن خريطة العمل الجمعوي",
        fr: "Renforcer la présence et la place du réseau dans le paysage associatif",
      },
      sdg: [{ goal: 16, target: "16.10" }],
    },
    {
      id: "o3-2",
      parentId: "a3",
      tier: "objective",
      code: "OS3.2",
      title: { ar: "تنويع الشراكات والموارد", fr: "Diversifier les partenariats et les ressources" },
      sdg: [{ goal: 17, target: "17.17" }],
    },
    {
      id: "r1-1-1",
      parentId: "o1-1",
      tier: "result",
      code: "R1.1.1",
      title: {
        ar: "أعضاء هيئات الشبكة مكونون في التخطيط الاستراتيجي والتنمية الديمقراطية",
        fr: "Les membres des instances du réseau sont formés à la planification stratégique et au développement démocratique",
      },
      assumptions: [
        {
          ar: "تفرغ الجمعيات لأطرها من أجل المشاركة في الدورات",
          fr: "Les associations libèrent leurs cadres pour les sessions",
        },
      ],
      meansOfVerification: [MEMBERS_ATTENDANCE],
    },
    {
      id: "r1-1-2",
      parentId: "o1-1",
      tier: "result",
      code: "R1.1.2",
      title: {
        ar: "الجمعيات الأعضاء تتوفر على مخططات استراتيجية",
        fr: "Les associations membres disposent d'un plan stratégique",
      },
      meansOfVerification: [{ ar: "المخططات المصادق عليها", fr: "Plans stratégiques adoptés" }],
    },
    {
      id: "r1-2-1",
      parentId: "o1-2",
      tier: "result",
      code: "R1.2.1",
      title: {
        ar: "هيئات الشبكة تنعقد بانتظام وتقدم الحساب",
        fr: "Les instances du réseau se réunissent régulièrement et rendent compte",
      },
    },
    {
      id: "r2-1-1",
      parentId: "o2-1",
      tier: "result",
      code: "R2.1.1",
      title: {
        ar: "عوائق الولوج إلى العدالة مشخصة",
        fr: "Les obstacles à l'accès à la justice sont diagnostiqués",
      },
    },
    {
      id: "r2-1-2",
      parentId: "o2-1",
      tier: "result",
      code: "R2.1.2",
      title: {
        ar: "مطالب الترافع مقدمة للسلطات المعنية",
        fr: "Les demandes du plaidoyer sont portées auprès des autorités",
      },
      assumptions: [
        {
          ar: "انفتاح السلطات القضائية والحكومية على الحوار مع المجتمع المدني",
          fr: "Les autorités judiciaires et gouvernementales sont ouvertes au dialogue avec la société civile",
        },
      ],
    },
    {
      id: "r2-2-1",
      parentId: "o2-2",
      tier: "result",
      code: "R2.2.1",
      title: {
        ar: "الأشخاص في وضعية هشاشة موجهون نحو المساعدة القانونية",
        fr: "Les personnes en situation de vulnérabilité sont orientées vers l'aide juridique",
      },
    },
    {
      id: "r3-1-1",
      parentId: "o3-1",
      tier: "result",
      code: "R3.1.1",
      title: {
        ar: "السياسة التواصلية والتسويقية للشبكة منفذة",
        fr: "La politique de communication et de marketing du réseau est mise en œuvre",
      },
    },
    {
      id: "r3-2-1",
      parentId: "o3-2",
      tier: "result",
      code: "R3.2.1",
      title: {
        ar: "شراكات جديدة موقعة وموارد ذاتية مستقرة",
        fr: "De nouveaux partenariats sont signés et les fonds propres restent stables",
      },
    },
  ],
  indicators,
  activities,
  communication: {
    audiences: [
      { id: "aud-membres", name: { ar: "الجمعيات الأعضاء", fr: "Associations membres" } },
      { id: "aud-autorites", name: { ar: "السلطات القضائية والمنتخبون", fr: "Autorités judiciaires et élus" } },
      { id: "aud-partenaires", name: { ar: "الشركاء والمانحون", fr: "Partenaires et bailleurs" } },
      {
        id: "aud-beneficiaires",
        name: { ar: "الفئات الهشة وأسرها", fr: "Groupes vulnérables et leurs familles" },
      },
      { id: "aud-medias", name: { ar: "وسائل الإعلام", fr: "Médias" } },
    ],
    messages: [
      {
        id: "msg-justice",
        text: { ar: "العدالة حق للجميع", fr: "La justice, un droit pour tous" },
        audienceIds: ["aud-autorites", "aud-beneficiaires", "aud-medias"],
      },
      {
        id: "msg-qualite",
        text: {
          ar: "الريادة في تقديم خدمات عالية الجودة: المهنية، النجاعة، والتأثير الإيجابي",
          fr: "Des services de qualité : professionnalisme, efficacité et impact positif",
        },
        audienceIds: ["aud-partenaires", "aud-membres"],
      },
      {
        id: "msg-planification",
        text: {
          ar: "التخطيط الاستراتيجي ثقافة مشتركة بين الجمعيات الأعضاء",
          fr: "La planification stratégique, une culture partagée par les associations membres",
        },
        audienceIds: ["aud-membres"],
      },
    ],
    channels: [
      {
        id: "ch-facebook",
        name: { ar: "صفحة الشبكة على فيسبوك", fr: "Page Facebook du réseau" },
        kind: "social-media",
      },
      { id: "ch-site", name: { ar: "الموقع الإلكتروني للشبكة", fr: "Site web du réseau" }, kind: "website" },
      { id: "ch-presse", name: { ar: "بلاغات للصحافة", fr: "Communiqués de presse" }, kind: "press" },
      { id: "ch-radio", name: { ar: "الإذاعة الجهوية", fr: "Radio régionale" }, kind: "radio" },
      {
        id: "ch-lettre",
        name: { ar: "النشرة الإخبارية الفصلية", fr: "Lettre d'information trimestrielle" },
        kind: "newsletter",
      },
      {
        id: "ch-rencontres",
        name: { ar: "اللقاءات التكوينية والتواصلية", fr: "Rencontres de formation et de communication" },
        kind: "event",
      },
    ],
    actionActivityIds: ["act-3-1", "act-3-2", "act-3-3", "act-3-4", "act-3-5"],
  },
  contributions: [
    {
      id: "c-01",
      workshop: TANGIER,
      stakeholderGroup: "المجلس الجمعوي",
      proposal: {
        ar: "إطلاق برنامج وطني للترافع حول الحق في الولوج إلى العدالة، خاصة للفئات الهشة",
        fr: "Lancer un programme national de plaidoyer sur le droit d'accès à la justice, en particulier des groupes vulnérables",
      },
      elementId: "o2-1",
      handling: "adopted",
    },
    {
      id: "c-02",
      workshop: TANGIER,
      stakeholderGroup: "هيئة التطوع",
      proposal: {
        ar: "تكوين مكونين متطوعين لنقل التكوين إلى الجمعيات الأعضاء",
        fr: "Former des formateurs bénévoles pour démultiplier les sessions auprès des associations membres",
      },
      elementId: "r1-1-1",
      handling: "adopted",
    },
    {
      id: "c-03",
      workshop: TANGIER,
      stakeholderGroup: "المكتب المركزي",
      proposal: {
        ar: "إحداث خلية لليقظة القانونية",
        fr: "Créer une cellule de veille juridique",
      },
      elementId: "o2-1",
      handling: "merged",
      reason: {
        ar: "أدمجت في البرنامج الوطني للترافع (الهدف 2.1)",
        fr: "Intégrée au programme national de plaidoyer (OS2.1)",
      },
    },
    {
      id: "c-04",
      workshop: FIFTH_PLANNING,
      stakeholderGroup: "التعاونيات",
      proposal: {
        ar: "مواكبة التعاونيات الفلاحية في التخطيط الاستراتيجي",
        fr: "Accompagner les coopératives agricoles dans leur planification stratégique",
      },
      elementId: "r1-1-2",
      handling: "merged",
      reason: {
        ar: "أدمجت في مواكبة الجمعيات الأعضاء (النتيجة 1.1.2) بما فيها التعاونيات الأعضاء",
        fr: "Intégrée à l'accompagnement des membres (R1.1.2), coopératives membres comprises",
      },
    },
    {
      id: "c-05",
      workshop: FIFTH_DIGITAL,
      stakeholderGroup: "شباب الجمعيات",
      proposal: { ar: "إحداث إذاعة رقمية للشبكة", fr: "Créer une web-radio du réseau" },
      handling: "rejected",
      reason: {
        ar: "تكلفة التسيير تفوق إمكانيات المخطط؛ ستمر الرسائل عبر الإذاعة الجهوية وشبكات التواصل الاجتماعي",
        fr: "Coût de fonctionnement hors de portée du plan ; les messages passeront par la radio régionale et les réseaux sociaux",
      },
    },
    {
      id: "c-06",
      workshop: TANGIER,
      stakeholderGroup: "الجمعيات النسائية",
      proposal: {
        ar: "فتح مداومة للاستماع والتوجيه القانوني للنساء ضحايا العنف في كل إقليم",
        fr: "Ouvrir dans chaque province une permanence d'écoute et d'orientation juridique pour les femmes victimes de violence",
      },
      handling: "pending",
    },
  ],
} satisfies Plan;
