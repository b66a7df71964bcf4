/**
 * The communication meeting of the provincial delegation of Entraide nationale (التعاون الوطني) in Larache
 * with the associations of its province (scenario 2), drawn from the article «اللقاء التواصلي
 * للمندوبية الإقليمية للتعاون الوطني بإقليم العرائش مع جمعيات المجتمع المدني: الرهان والاستراتيجيات»: in its
 * plan of openness and partnership with civil society, the delegation presents its programme and action plan,
 * the new missions of Entraide nationale (the social assistance center), partnership as a strategic choice
 * with indicators of success, and the centers it funds (listening and legal guidance for women victims of
 * violence, craft training, student houses, social assistance, children in difficult situations); the
 * associations then present their projects and how they work, and the agreements are to be activated on the
 * ground. The article gives no date, no names of associations and no figures: the date, the associations,
 * the centers' capacities, beneficiaries, amounts and targets below are illustrative.
 */
import type { Event, Recommendation } from "@madani/events";
import { type Facility, mad, type Organization, type PartnershipAgreement, type Person } from "@madani/model";

/** The delegation (organizer and funder of the centers). */
export const DELEGATION_ID = "en-larache";

export const DELEGATION: Organization = {
  id: DELEGATION_ID,
  legalForm: "public-institution",
  name: {
    ar: "المندوبية الإقليمية للتعاون الوطني بالعرائش",
    fr: "Délégation provinciale de l'Entraide nationale à Larache",
    en: "Provincial delegation of Entraide nationale, Larache",
  },
  seat: {
    city: { ar: "العرائش", fr: "Larache" },
    communeCode: "01.331.01.03",
    provinceCode: "01.331",
    regionCode: "01",
  },
};

/** Day of the meeting (illustrative: the article gives no date). */
export const MEETING_DAY = "2024-05-16";
/** When the general report is written; agreements are checked as of this day. */
export const AS_OF = "2024-06-14";
export const GENERATED_AT = "2024-06-14T10:00:00+01:00";

const LARACHE = { provinceCode: "01.331", regionCode: "01" } as const;

/** Communes of the province where associations have their seat: code, Arabic and French names. */
const COMMUNES = [
  ["01.331.01.03", "العرائش", "Larache"],
  ["01.331.01.01", "القصر الكبير", "Ksar El Kebir"],
  ["01.331.07.05", "العوامرة", "Laouamra"],
  ["01.331.07.03", "قصر بجير", "Ksar Bjir"],
  ["01.331.11.13", "سوق الطلبة", "Souk Tolba"],
  ["01.331.09.05", "بني كرفط", "Bni Garfett"],
] as const;

const commune = (i: number) => COMMUNES[i % COMMUNES.length] ?? COMMUNES[0];

/** The associations that manage a center under an agreement with the delegation. */
const MANAGERS: readonly (readonly [id: string, ar: string, fr: string, communeIndex: number])[] = [
  ["assoc-karama", "جمعية كرامة لمناهضة العنف ضد النساء", "Association Karama contre la violence faite aux femmes", 1],
  [
    "assoc-hirafi",
    "جمعية التضامن النسوي للإعداد الحرفي",
    "Association Solidarité féminine pour la formation artisanale",
    0,
  ],
  ["assoc-dt-laouamra", "جمعية دار الطالب بالعوامرة", "Association Dar Taleb de Laouamra", 2],
  ["assoc-dt-ksar-bjir", "جمعية دار الطالبة بقصر بجير", "Association Dar Taliba de Ksar Bjir", 3],
  ["assoc-amal", "جمعية الأمل لرعاية الطفولة", "Association Al Amal pour la protection de l'enfance", 0],
  ["assoc-ihsane", "جمعية الإحسان للمساعدة الاجتماعية", "Association Al Ihsane d'aide sociale", 1],
];

/** Other associations of the province that came to present their projects. */
const OTHERS: readonly (readonly [ar: string, fr: string])[] = [
  ["جمعية اللوكوس للتنمية", "Association Loukkos pour le développement"],
  ["جمعية الساحل للتنمية القروية", "Association du Sahel pour le développement rural"],
  ["جمعية النهضة النسائية", "Association Nahda féminine"],
  ["جمعية شباب العرائش للمواطنة", "Association Jeunes de Larache pour la citoyenneté"],
  ["جمعية أمل للأشخاص في وضعية إعاقة", "Association Amal des personnes en situation de handicap"],
  ["جمعية الأفق للتربية والتكوين", "Association Al Ofok pour l'éducation et la formation"],
  ["جمعية التعاون للتنمية المستدامة", "Association Taâwoun pour le développement durable"],
  ["جمعية الوفاء لرعاية المسنين", "Association Al Wafae pour les personnes âgées"],
  ["جمعية الريف الأخضر", "Association Rif vert"],
  ["جمعية النور لمحو الأمية", "Association Annour pour l'alphabétisation"],
  ["جمعية فضاء المرأة القروية", "Association Espace de la femme rurale"],
  ["جمعية الطفولة السعيدة", "Association Enfance heureuse"],
  ["جمعية المبادرة للتشغيل الذاتي", "Association Initiative pour l'auto-emploi"],
  ["جمعية واد المخازن للتنمية", "Association Oued Makhazine pour le développement"],
];

export const associations: readonly Organization[] = [
  ...MANAGERS.map(([id, ar, fr, c]): Organization => {
    const [communeCode, cityAr, cityFr] = commune(c);
    return {
      id,
      legalForm: "association",
      name: { ar, fr },
      fieldsOfAction: ["social"],
      seat: { ...LARACHE, communeCode, city: { ar: cityAr, fr: cityFr } },
    };
  }),
  ...OTHERS.map(([ar, fr], i): Organization => {
    const [communeCode, cityAr, cityFr] = commune(i);
    return {
      id: `assoc-${String(i + 1).padStart(2, "0")}`,
      legalForm: "association",
      name: { ar, fr },
      seat: { ...LARACHE, communeCode, city: { ar: cityAr, fr: cityFr } },
    };
  }),
];

export const organizations: readonly Organization[] = [DELEGATION, ...associations];

/** The centers the delegation funds or runs, with their 2023 beneficiaries. */
export const centers: readonly Facility[] = [
  {
    id: "c-social-larache",
    kind: "social-assistance",
    name: { ar: "مركز المساعدة الاجتماعية بالعرائش", fr: "Centre d'assistance sociale de Larache" },
    // The new mission of Entraide nationale: run by the delegation itself.
    managingOrganizationId: DELEGATION_ID,
    address: { ...LARACHE, communeCode: "01.331.01.03" },
    capacity: 600,
    beneficiaries: { year: 2023, total: 512, female: 301, male: 211 },
    openedOn: "2022-10-03",
  },
  {
    id: "c-ecoute-ksar",
    kind: "women-listening",
    name: {
      ar: "مركز الاستماع والتوجيه القانوني للنساء ضحايا العنف بالقصر الكبير",
      fr: "Centre d'écoute et d'orientation juridique des femmes victimes de violence de Ksar El Kebir",
    },
    managingOrganizationId: "assoc-karama",
    fundedBy: [DELEGATION_ID],
    address: { ...LARACHE, communeCode: "01.331.01.01" },
    capacity: 350,
    beneficiaries: { year: 2023, total: 286, female: 286, male: 0 },
  },
  {
    id: "c-hirafi-larache",
    kind: "vocational-training",
    name: { ar: "مركز الإعداد الحرفي بالعرائش", fr: "Centre de formation artisanale de Larache" },
    managingOrganizationId: "assoc-hirafi",
    fundedBy: [DELEGATION_ID],
    address: { ...LARACHE, communeCode: "01.331.01.03" },
    capacity: 120,
    beneficiaries: { year: 2023, total: 104, female: 92, male: 12 },
  },
  {
    id: "c-dt-laouamra",
    kind: "dar-taleb",
    name: { ar: "دار الطالب بالعوامرة", fr: "Dar Taleb de Laouamra" },
    managingOrganizationId: "assoc-dt-laouamra",
    fundedBy: [DELEGATION_ID],
    address: { ...LARACHE, communeCode: "01.331.07.05" },
    capacity: 140,
    beneficiaries: { year: 2023, total: 118, male: 118, female: 0 },
  },
  {
    id: "c-dt-ksar-bjir",
    kind: "dar-taliba",
    name: { ar: "دار الطالبة بقصر بجير", fr: "Dar Taliba de Ksar Bjir" },
    managingOrganizationId: "assoc-dt-ksar-bjir",
    fundedBy: [DELEGATION_ID],
    address: { ...LARACHE, communeCode: "01.331.07.03" },
    capacity: 100,
    beneficiaries: { year: 2023, total: 96, female: 96, male: 0 },
  },
  {
    id: "c-enfance-larache",
    kind: "children-in-difficult-situations",
    name: {
      ar: "مركز الأطفال في وضعية صعبة بالعرائش",
      fr: "Centre pour enfants en situation difficile de Larache",
    },
    managingOrganizationId: "assoc-amal",
    fundedBy: [DELEGATION_ID],
    address: { ...LARACHE, communeCode: "01.331.01.03" },
    capacity: 60,
    beneficiaries: { year: 2023, total: 41, female: 17, male: 24 },
  },
  {
    id: "c-social-ksar",
    kind: "social-assistance",
    name: { ar: "مركز المساعدة الاجتماعية بالقصر الكبير", fr: "Centre d'assistance sociale de Ksar El Kebir" },
    managingOrganizationId: "assoc-ihsane",
    fundedBy: [DELEGATION_ID],
    address: { ...LARACHE, communeCode: "01.331.01.01" },
    capacity: 450,
    beneficiaries: { year: 2023, total: 347, female: 205, male: 142 },
  },
];

/** Success indicators of the centers: occupancy target (percent of capacity) for the year. */
export const OCCUPANCY_TARGET = 90;

/** Annual contribution of the delegation to each center run under an agreement, in dirhams. */
const ANNUAL_DIRHAMS: Readonly<Record<string, number>> = {
  "c-ecoute-ksar": 180_000,
  "c-hirafi-larache": 150_000,
  "c-dt-laouamra": 240_000,
  "c-dt-ksar-bjir": 210_000,
  "c-enfance-larache": 275_000,
  "c-social-ksar": 160_000,
};

/** Agreements that are active (activated on the ground) as of {@link AS_OF}; the others are signed only. */
const ACTIVATED = new Set(["c-ecoute-ksar", "c-dt-laouamra", "c-dt-ksar-bjir", "c-enfance-larache"]);

/** The partnership agreements signed at the meeting: one per center run by an association. */
export const signedAgreements: readonly PartnershipAgreement[] = centers
  .filter((c) => c.managingOrganizationId !== DELEGATION_ID)
  .map((c, i): PartnershipAgreement => {
    const dirhams = ANNUAL_DIRHAMS[c.id] ?? 0;
    return {
      id: `conv-${c.id}`,
      reference: `EN-LAR/2024/${String(i + 1).padStart(2, "0")}`,
      title: {
        ar: `اتفاقية شراكة لتسيير ${c.name.ar ?? ""}`,
        fr: `Convention de partenariat pour la gestion du ${c.name.fr ?? ""}`,
      },
      parties: [
        {
          organizationId: DELEGATION_ID,
          role: "funder",
          contributions: [2024, 2025, 2026].map((year) => ({
            kind: "financial" as const,
            amount: mad(dirhams * 100),
            year,
          })),
          obligations: [{ ar: "التأطير التربوي والتتبع", fr: "Encadrement pédagogique et suivi" }],
        },
        {
          organizationId: c.managingOrganizationId,
          role: "implementer",
          contributions: [
            {
              kind: "in-kind",
              description: { ar: "الموارد البشرية والتسيير اليومي", fr: "Personnel et gestion quotidienne" },
            },
          ],
          obligations: [
            { ar: "تقديم تقارير فصلية حول مؤشرات النجاح", fr: "Rapports trimestriels sur les indicateurs de réussite" },
          ],
        },
      ],
      period: { startOn: "2024-06-01", endOn: "2027-05-31" },
      status: ACTIVATED.has(c.id) ? "active" : "signed",
      signedOn: MEETING_DAY,
      signingEventId: "en-larache-2024-05",
      milestones: [
        {
          name: { ar: "تنصيب لجنة التتبع المشتركة", fr: "Installation du comité de suivi conjoint" },
          dueOn: "2024-06-30",
          status: ACTIVATED.has(c.id) ? "done" : "planned",
          ...(ACTIVATED.has(c.id) ? { doneOn: "2024-06-10" } : {}),
        },
      ],
      renewal: { mode: "by-amendment", noticeDays: 90 },
    };
  });

/** An earlier agreement of the delegation, ended before the meeting (kept in the agreements table). */
export const earlierAgreement: PartnershipAgreement = {
  id: "conv-dt-laouamra-2021",
  reference: "EN-LAR/2021/07",
  title: {
    ar: "اتفاقية شراكة لتسيير دار الطالب بالعوامرة (2021-2024)",
    fr: "Convention Dar Taleb de Laouamra (2021-2024)",
  },
  parties: [
    {
      organizationId: DELEGATION_ID,
      role: "funder",
      contributions: [{ kind: "financial", amount: mad(19_500_000), year: 2021 }],
    },
    { organizationId: "assoc-dt-laouamra", role: "implementer" },
  ],
  period: { startOn: "2021-06-01", endOn: "2024-05-31" },
  status: "expired",
  signedOn: "2021-05-20",
};

/** A draft brought to the meeting that names only the delegation: validatePartnershipAgreement refuses it. */
export const draftWithoutPartner: unknown = {
  id: "conv-kindergarten-draft",
  title: {
    ar: "مشروع اتفاقية لتسيير روض للأطفال بسوق الطلبة",
    fr: "Projet de convention pour un jardin d'enfants à Souk Tolba",
  },
  parties: [{ organizationId: DELEGATION_ID, role: "funder" }],
  period: { startOn: "2024-09-01", endOn: "2025-08-31" },
  status: "draft",
};

export const event: Event = {
  id: "en-larache-2024-05",
  kind: "communication-meeting",
  title: {
    ar: "اللقاء التواصلي للمندوبية الإقليمية للتعاون الوطني بإقليم العرائش مع جمعيات المجتمع المدني",
    fr: "Rencontre de communication de la délégation provinciale de l'Entraide nationale de Larache avec les associations",
  },
  theme: { ar: "الرهان والاستراتيجيات", fr: "Enjeux et stratégies" },
  description: {
    ar: "في إطار خطة الانفتاح والتشارك مع جمعيات المجتمع المدني، وترسيخا لمبدأ التعاون الإيجابي، ترأس المندوب الإقليمي اللقاء وقدم برنامج وخطة عمل المندوبية فيما يتعلق بالبرامج والشراكة، والمهام الجديدة للتعاون الوطني (مركز المساعدة الاجتماعية)، والشراكة كخيار استراتيجي يعطي مؤشرات دالة وإيجابية.",
    fr: "Dans le cadre de son plan d'ouverture et de partenariat avec la société civile, le délégué provincial a présidé la rencontre et présenté le programme et le plan d'action de la délégation, les nouvelles missions de l'Entraide nationale (le centre d'assistance sociale) et le partenariat comme choix stratégique mesuré par des indicateurs.",
  },
  startOn: MEETING_DAY,
  endOn: MEETING_DAY,
  organizerId: DELEGATION_ID,
  venues: [
    {
      id: "v-delegation",
      name: { ar: "مقر المندوبية الإقليمية بالعرائش", fr: "Siège de la délégation provinciale, Larache" },
      address: { city: { ar: "العرائش", fr: "Larache" }, communeCode: "01.331.01.03", provinceCode: "01.331" },
    },
  ],
  objectives: [
    { ar: "تقديم برنامج وخطة عمل المندوبية", fr: "Présenter le programme et le plan d'action de la délégation" },
    {
      ar: "ترسيخ الشراكة كخيار استراتيجي مع جمعيات المجتمع المدني",
      fr: "Ancrer le partenariat avec les associations comme choix stratégique",
    },
    {
      ar: "تجويد اشتغال المراكز التابعة للتعاون الوطني من حيث البرامج والمناهج",
      fr: "Améliorer la qualité des programmes et des méthodes des centres de l'Entraide nationale",
    },
    { ar: "تفعيل اتفاقيات الشراكة على أرض الواقع", fr: "Activer les conventions de partenariat sur le terrain" },
  ],
  capacity: 30,
  sessions: [
    {
      id: "s-open",
      kind: "opening",
      title: { ar: "افتتاح اللقاء وكلمة المندوب الإقليمي", fr: "Ouverture et mot du délégué provincial" },
      on: MEETING_DAY,
      start: "09:30",
      end: "10:00",
      venueId: "v-delegation",
    },
    {
      id: "s-programme",
      kind: "presentation",
      title: {
        ar: "برنامج وخطة عمل المندوبية في مجال البرامج والشراكة",
        fr: "Programme et plan d'action de la délégation : programmes et partenariat",
      },
      on: MEETING_DAY,
      start: "10:00",
      end: "11:00",
      venueId: "v-delegation",
    },
    {
      id: "s-missions",
      kind: "presentation",
      title: {
        ar: "المهام الجديدة للتعاون الوطني: مركز المساعدة الاجتماعية",
        fr: "Nouvelles missions de l'Entraide nationale : le centre d'assistance sociale",
      },
      on: MEETING_DAY,
      start: "11:00",
      end: "11:45",
      venueId: "v-delegation",
    },
    {
      id: "s-centers",
      kind: "presentation",
      title: {
        ar: "المراكز التابعة للتعاون الوطني: البرامج والمناهج ومؤشرات النجاح",
        fr: "Les centres de l'Entraide nationale : programmes, méthodes et indicateurs de réussite",
      },
      on: MEETING_DAY,
      start: "11:45",
      end: "12:30",
      venueId: "v-delegation",
    },
    {
      id: "s-break",
      kind: "break",
      title: { ar: "استراحة شاي", fr: "Pause-café" },
      on: MEETING_DAY,
      start: "12:30",
      end: "12:45",
      venueId: "v-delegation",
    },
    {
      id: "s-associations",
      kind: "round-table",
      title: {
        ar: "الجمعيات تعرف بمشاريعها وآليات اشتغالها وآليات تحقيق الجودة",
        fr: "Les associations présentent leurs projets, leur fonctionnement et leurs démarches qualité",
      },
      on: MEETING_DAY,
      start: "12:45",
      end: "14:00",
      venueId: "v-delegation",
      topicIds: ["networking", "monitoring-evaluation"],
    },
    {
      id: "s-signing",
      kind: "signing",
      title: { ar: "توقيع اتفاقيات الشراكة", fr: "Signature des conventions de partenariat" },
      on: MEETING_DAY,
      start: "14:00",
      end: "14:30",
      venueId: "v-delegation",
    },
  ],
};

const FEMALE = ["فاطمة", "خديجة", "نادية", "سعاد", "مريم", "حنان", "لطيفة", "زينب", "إكرام", "سلمى"] as const;
const MALE = ["محمد", "عبد السلام", "يوسف", "رشيد", "مصطفى", "عبد الله", "أنس", "حسن", "إدريس", "كريم"] as const;
const FAMILY = [
  "العلمي",
  "الريسوني",
  "بنعيسى",
  "الطاهري",
  "الخمليشي",
  "البقالي",
  "الشاوي",
  "الوزاني",
  "المرابط",
] as const;

function person(id: string, n: number, sex: "female" | "male", provinceCode: string): Person {
  const first = (sex === "female" ? FEMALE : MALE)[n % 10] ?? "";
  return {
    id,
    name: { ar: `${first} ${FAMILY[(n * 7) % FAMILY.length] ?? ""}` },
    sex,
    birthDate: `${1962 + ((n * 5) % 38)}-${String((n % 12) + 1).padStart(2, "0")}-15`,
    address: { provinceCode },
  };
}

/** Who asked to attend, in order of registration: the delegation's staff, then one or two per association. */
export interface RegistrationRequestData {
  readonly personId: string;
  readonly organizationId: string;
  readonly role: "participant" | "organizer" | "speaker";
}

export const persons: Person[] = [];
export const requests: RegistrationRequestData[] = [];
(() => {
  const staff: [string, "female" | "male", "organizer" | "speaker"][] = [
    ["en-delegue", "male", "speaker"],
    ["en-chef-service", "female", "speaker"],
    ["en-assistante-sociale", "female", "organizer"],
  ];
  staff.forEach(([id, sex, role], n) => {
    persons.push(person(id, n, sex, "01.331"));
    requests.push({ personId: id, organizationId: DELEGATION_ID, role });
  });
  associations.forEach((a, i) => {
    const reps = i < MANAGERS.length || i % 3 === 0 ? 2 : 1;
    for (let r = 0; r < reps; r++) {
      const id = `rep-${a.id}-${r + 1}`;
      const n = i * 2 + r + 3;
      persons.push(person(id, n, (i + r) % 5 < 3 ? "female" : "male", "01.331"));
      requests.push({ personId: id, organizationId: a.id, role: "participant" });
    }
  });
})();

/** The person who withdrew the day before, and whose seat went to the first on the waitlist. */
export const WITHDRAWN = "rep-assoc-03-1";

/** The delegation's action plan after the meeting, as recommendations with an owner and a due date. */
export const actionPlan: readonly Recommendation[] = [
  {
    id: "ap-1",
    text: {
      ar: "تفعيل الاتفاقيتين الموقعتين غير المفعلتين بعد (الإعداد الحرفي والمساعدة الاجتماعية بالقصر الكبير)",
      fr: "Activer les deux conventions signées qui ne le sont pas encore (formation artisanale, assistance sociale de Ksar El Kebir)",
    },
    owner: { organizationId: DELEGATION_ID },
    dueOn: "2024-07-31",
  },
  {
    id: "ap-2",
    text: {
      ar: "تقديم تقارير فصلية حول مؤشرات النجاح لكل مركز",
      fr: "Remettre chaque trimestre le rapport des indicateurs de réussite de chaque centre",
    },
    owner: { organizationId: "assoc-ihsane" },
    dueOn: "2024-09-30",
  },
  {
    id: "ap-3",
    text: {
      ar: "توحيد دليل مساطر الاستماع والتوجيه القانوني للنساء ضحايا العنف",
      fr: "Harmoniser le guide des procédures d'écoute et d'orientation juridique des femmes victimes de violence",
    },
    owner: { organizationId: "assoc-karama" },
    dueOn: "2024-10-31",
  },
  {
    id: "ap-4",
    text: {
      ar: "عقد لقاء تواصلي لتقييم حصيلة الشراكة بعد ستة أشهر",
      fr: "Tenir une rencontre de bilan du partenariat six mois plus tard",
    },
    owner: { organizationId: DELEGATION_ID },
    dueOn: "2024-11-29",
  },
];
