/**
 * The fifth training meeting of شبكة الجمعيات الدكالية (Réseau des associations de Doukkala), scenario
 * 5, from the article «التتويج والتكريم في اللقاء التكويني الخامس لشبكة الجمعيات الدكالية» (البديل السياسي,
 * Noureddine Ammar): with the Casablanca-Settat region, the wilaya of the region and the regional directorate
 * of the Ministry of Economic Inclusion, Small Business, Employment and Skills, under the theme «التخطيط
 * الاستراتيجي للتعاونيات والجمعيات التنموية والمقاولات الصغرى، وتقنيات التواصل الرقمي وصياغة المشاريع», from 27
 * to 29 December 2024 in Sidi Bennour and El Jadida: workshops (capacity-building programmes for 2025,
 * strategic planning with a practical model for farming cooperatives, digital communication and project
 * preparation) and a plenary of public and professional institutions, several partnership agreements signed,
 * the network's shield for three model institutions of the social and solidarity economy in 2024 (تعاونية نساء
 * العونات, تعاونية صفوة بلادي at Nouaceur, تعاونية أم الربيع at Azemmour), a draw among participating
 * institutions for two promotional documentaries, certificates for all participants, the coming International
 * Year of Cooperatives 2025, and a general report with achievements and recommendations.
 *
 * The article names three workshops and the plenary; the fourth workshop (social and solidarity economy and the
 * International Year of Cooperatives), the venues, the other institutions, the participants, the agreements'
 * details and the draw's seed are illustrative.
 */
import type { Attendance, Event, Honour, Participant, Recommendation } from "@madani/events";
import type { MultilingualText, Organization, PartnershipAgreement, Person } from "@madani/model";

export const NETWORK_ID = "reseau-doukkala";
export const GENERATED_AT = "2025-01-15T10:00:00+01:00";
/** When the commitment to the draw's seed was published: at the opening, two days before the draw. */
export const COMMITTED_AT = "2024-12-27T10:15:00+01:00";
export const DRAWN_AT = "2024-12-29T12:40:00+01:00";
/** The seed, kept secret until the closing ceremony; its SHA-256 is published at the opening. */
export const DRAW_SEED = "RJD-LT5/2024-12-29/شريط-توثيقي/7f3a9c21";

export const network: Organization = {
  id: NETWORK_ID,
  legalForm: "network",
  name: {
    ar: "شبكة الجمعيات الدكالية",
    fr: "Réseau des associations de Doukkala",
    en: "Doukkala Network of Associations",
  },
  seat: { city: { ar: "الجديدة", fr: "El Jadida" }, provinceCode: "06.181", regionCode: "06" },
};

const partners: readonly Organization[] = [
  {
    id: "region-cs",
    legalForm: "local-authority",
    name: { ar: "جهة الدار البيضاء سطات", fr: "Région Casablanca-Settat", en: "Casablanca-Settat Region" },
  },
  {
    id: "wilaya-cs",
    legalForm: "public-institution",
    name: {
      ar: "ولاية جهة الدار البيضاء سطات",
      fr: "Wilaya de la région Casablanca-Settat",
      en: "Wilaya of Casablanca-Settat",
    },
  },
  {
    id: "dr-insertion",
    legalForm: "public-institution",
    name: {
      ar: "المديرية الجهوية لوزارة الإدماج الاقتصادي والمقاولة الصغرى والتشغيل والكفاءات",
      fr: "Direction régionale du ministère de l'Inclusion économique, de la Petite entreprise, de l'Emploi et des Compétences",
      en: "Regional directorate of the Ministry of Economic Inclusion, Small Business, Employment and Skills",
    },
  },
];

type Seat = readonly [communeCode: string, ar: string, fr: string];
const SIDI_BENNOUR: Seat = ["06.467.01.07", "سيدي بنور", "Sidi Bennour"];
const LAAOUNATE: Seat = ["06.467.03.19", "لعونات", "Laaounate"];
const OUALIDIA: Seat = ["06.467.01.05", "الوليدية", "Oualidia"];
const EL_JADIDA: Seat = ["06.181.01.03", "الجديدة", "El Jadida"];
const AZEMMOUR: Seat = ["06.181.01.01", "أزمور", "Azemmour"];
const NOUACEUR: Seat = ["06.385.01.03", "النواصر", "Nouaceur"];

/** The participating institutions: cooperatives, development associations and small enterprises' groupings. */
const INSTITUTIONS: readonly (readonly [
  id: string,
  form: "cooperative" | "association",
  ar: string,
  fr: string,
  seat: Seat,
])[] = [
  ["coop-aounat", "cooperative", "تعاونية نساء العونات", "Coopérative des femmes de Laaounate", LAAOUNATE],
  ["coop-safwa-biladi", "cooperative", "تعاونية صفوة بلادي", "Coopérative Safwa Biladi", NOUACEUR],
  ["coop-oum-rabii", "cooperative", "تعاونية أم الربيع", "Coopérative Oum Errabia", AZEMMOUR],
  ["coop-doukkala-lait", "cooperative", "تعاونية دكالة للحليب", "Coopérative laitière de Doukkala", SIDI_BENNOUR],
  ["coop-oualidia-huitres", "cooperative", "تعاونية محار الوليدية", "Coopérative des huîtres d'Oualidia", OUALIDIA],
  ["coop-nahl-jadida", "cooperative", "تعاونية النحل بالجديدة", "Coopérative apicole d'El Jadida", EL_JADIDA],
  [
    "coop-couscous-bennour",
    "cooperative",
    "تعاونية الكسكس البلدي بسيدي بنور",
    "Coopérative du couscous beldi de Sidi Bennour",
    SIDI_BENNOUR,
  ],
  ["coop-tapis-azemmour", "cooperative", "تعاونية زرابي أزمور", "Coopérative des tapis d'Azemmour", AZEMMOUR],
  [
    "coop-plantes-nouaceur",
    "cooperative",
    "تعاونية الأعشاب الطبية بالنواصر",
    "Coopérative des plantes médicinales de Nouaceur",
    NOUACEUR,
  ],
  [
    "assoc-tanmia-bennour",
    "association",
    "جمعية التنمية القروية بسيدي بنور",
    "Association pour le développement rural de Sidi Bennour",
    SIDI_BENNOUR,
  ],
  [
    "assoc-mar2a-jadida",
    "association",
    "جمعية المرأة المقاولة بالجديدة",
    "Association des femmes entrepreneures d'El Jadida",
    EL_JADIDA,
  ],
  [
    "assoc-chabab-azemmour",
    "association",
    "جمعية شباب أزمور للتنمية",
    "Association Jeunes d'Azemmour pour le développement",
    AZEMMOUR,
  ],
  [
    "assoc-ess-doukkala",
    "association",
    "جمعية الاقتصاد التضامني بدكالة",
    "Association d'économie solidaire de Doukkala",
    EL_JADIDA,
  ],
  [
    "assoc-oualidia-sahel",
    "association",
    "جمعية الساحل للتنمية بالوليدية",
    "Association du littoral pour le développement d'Oualidia",
    OUALIDIA,
  ],
];

export const institutions: readonly Organization[] = INSTITUTIONS.map(
  ([id, legalForm, ar, fr, [communeCode, cityAr, cityFr]]) => ({
    id,
    legalForm,
    name: { ar, fr },
    fieldsOfAction: ["social-solidarity-economy"],
    seat: { city: { ar: cityAr, fr: cityFr }, communeCode, provinceCode: communeCode.slice(0, 6), regionCode: "06" },
  }),
);

export const organizations: readonly Organization[] = [network, ...partners, ...institutions];

const SB = "v-sidi-bennour";
const EJ = "v-el-jadida";

export const event: Event = {
  id: "rjd-lt5-2024",
  kind: "training-meeting",
  edition: 5,
  title: {
    ar: "اللقاء التكويني الخامس لشبكة الجمعيات الدكالية",
    fr: "Cinquième rencontre de formation du Réseau des associations de Doukkala",
    en: "Fifth training meeting of the Doukkala Network of Associations",
  },
  theme: {
    ar: "التخطيط الاستراتيجي للتعاونيات والجمعيات التنموية والمقاولات الصغرى، وتقنيات التواصل الرقمي وصياغة المشاريع",
    fr: "Planification stratégique des coopératives, des associations de développement et des petites entreprises, techniques de communication numérique et rédaction de projets",
    en: "Strategic planning for cooperatives, development associations and small enterprises, digital communication and project writing",
  },
  startOn: "2024-12-27",
  endOn: "2024-12-29",
  organizerId: NETWORK_ID,
  partners: [
    { organizationId: "region-cs", roles: ["co-organizer", "funder"] },
    { organizationId: "wilaya-cs", roles: ["co-organizer"] },
    { organizationId: "dr-insertion", roles: ["co-organizer", "technical-partner"] },
  ],
  objectives: [
    {
      ar: "تعزيز دور الاقتصاد الاجتماعي التضامني",
      fr: "Renforcer le rôle de l'économie sociale et solidaire",
      en: "Strengthen the social and solidarity economy",
    },
    {
      ar: "تطوير قدرات الفاعلين في التخطيط الاستراتيجي والتواصل الرقمي وصياغة المشاريع",
      fr: "Renforcer les capacités des acteurs en planification stratégique, communication numérique et rédaction de projets",
      en: "Build the actors' skills in strategic planning, digital communication and project writing",
    },
    {
      ar: "بناء شراكات استراتيجية بين المؤسسات المشاركة",
      fr: "Nouer des partenariats stratégiques entre les institutions participantes",
      en: "Build strategic partnerships among the participating institutions",
    },
  ],
  venues: [
    {
      id: SB,
      name: {
        ar: "دار الثقافة بسيدي بنور",
        fr: "Maison de la culture de Sidi Bennour",
        en: "Sidi Bennour House of Culture",
      },
      address: { city: { ar: "سيدي بنور", fr: "Sidi Bennour" }, communeCode: "06.467.01.07", provinceCode: "06.467" },
    },
    {
      id: EJ,
      name: { ar: "المركب الثقافي بالجديدة", fr: "Complexe culturel d'El Jadida", en: "El Jadida Cultural Complex" },
      address: { city: { ar: "الجديدة", fr: "El Jadida" }, communeCode: "06.181.01.03", provinceCode: "06.181" },
    },
  ],
  tracks: [
    { id: "t-a", title: { ar: "القاعة أ", fr: "Salle A", en: "Room A" } },
    { id: "t-b", title: { ar: "القاعة ب", fr: "Salle B", en: "Room B" } },
  ],
  sessions: [
    {
      id: "s-open",
      kind: "opening",
      title: {
        ar: "الجلسة الافتتاحية ونشر بصمة القرعة",
        fr: "Ouverture et publication de l'engagement du tirage",
        en: "Opening",
      },
      on: "2024-12-27",
      start: "10:00",
      end: "11:00",
      venueId: SB,
    },
    {
      id: "w-capacity",
      kind: "workshop",
      title: {
        ar: "ورشة إعداد برامج تقوية القدرات",
        fr: "Atelier de préparation des programmes de renforcement des capacités",
        en: "Workshop: preparing capacity-building programmes",
      },
      on: "2024-12-27",
      start: "11:30",
      end: "14:00",
      venueId: SB,
      trackId: "t-a",
      topicIds: ["capacity-building-programmes"],
      outcomes: [
        {
          ar: "خطط 2025 لتطوير التعاونيات والجمعيات",
          fr: "Plans 2025 de développement des coopératives et associations",
          en: "2025 plans for cooperatives and associations",
        },
      ],
    },
    {
      id: "s-plenary",
      kind: "plenary",
      title: {
        ar: "الجلسة العامة للمؤسسات العمومية والمهنية",
        fr: "Séance plénière des institutions publiques et professionnelles",
        en: "Plenary of public and professional institutions",
      },
      on: "2024-12-28",
      start: "09:30",
      end: "11:00",
      venueId: EJ,
    },
    {
      id: "w-strategy",
      kind: "workshop",
      title: {
        ar: "ورشة التخطيط الاستراتيجي",
        fr: "Atelier de planification stratégique",
        en: "Workshop: strategic planning",
      },
      on: "2024-12-28",
      start: "11:30",
      end: "14:00",
      venueId: EJ,
      trackId: "t-a",
      topicIds: ["strategic-planning"],
      outcomes: [
        {
          ar: "نموذج عملي لتنفيذ الاستراتيجيات في التعاونيات الفلاحية",
          fr: "Modèle pratique de mise en œuvre pour les coopératives agricoles",
          en: "A practical model for farming cooperatives",
        },
      ],
    },
    {
      id: "w-digital",
      kind: "workshop",
      title: {
        ar: "ورشة تقنيات التواصل الرقمي وإعداد المشاريع",
        fr: "Atelier techniques de communication numérique et montage de projets",
        en: "Workshop: digital communication and project preparation",
      },
      on: "2024-12-28",
      start: "11:30",
      end: "14:00",
      venueId: EJ,
      trackId: "t-b",
      topicIds: ["digital-communication", "project-writing"],
    },
    {
      id: "w-ess",
      kind: "workshop",
      title: {
        ar: "ورشة الاقتصاد الاجتماعي التضامني والسنة الدولية للتعاونيات 2025",
        fr: "Atelier économie sociale et solidaire et Année internationale des coopératives 2025",
        en: "Workshop: social and solidarity economy and the 2025 International Year of Cooperatives",
      },
      on: "2024-12-29",
      start: "09:30",
      end: "11:30",
      venueId: EJ,
      trackId: "t-a",
      topicIds: ["social-solidarity-economy"],
    },
    {
      id: "s-signing",
      kind: "signing",
      title: {
        ar: "توقيع اتفاقيات الشراكة",
        fr: "Signature des conventions de partenariat",
        en: "Signing of agreements",
      },
      on: "2024-12-29",
      start: "11:45",
      end: "12:15",
      venueId: EJ,
    },
    {
      id: "s-closing",
      kind: "ceremony",
      title: {
        ar: "تتويج المؤسسات النموذجية والقرعة وتوزيع الشهادات",
        fr: "Distinctions, tirage au sort et remise des attestations",
        en: "Honours, draw and certificates",
      },
      on: "2024-12-29",
      start: "12:15",
      end: "13:30",
      venueId: EJ,
    },
  ],
};

const FEMALE: readonly (readonly [string, string])[] = [
  ["فاطمة الزهراء", "Fatima Zahra"],
  ["خديجة", "Khadija"],
  ["نعيمة", "Naima"],
  ["حسناء", "Hasnae"],
  ["رشيدة", "Rachida"],
  ["سكينة", "Soukaina"],
  ["أمينة", "Amina"],
];
const MALE: readonly (readonly [string, string])[] = [
  ["عبد الرحيم", "Abderrahim"],
  ["المصطفى", "El Mostafa"],
  ["هشام", "Hicham"],
  ["عبد الإله", "Abdelilah"],
  ["يونس", "Younes"],
  ["بوشعيب", "Bouchaib"],
  ["المهدي", "El Mehdi"],
];
const FAMILY: readonly (readonly [string, string])[] = [
  ["الدكالي", "Doukkali"],
  ["البنوري", "Bennouri"],
  ["الزمراني", "Zemrani"],
  ["الغربي", "Gharbi"],
  ["الشرقاوي", "Cherkaoui"],
  ["العبدي", "Abdi"],
  ["الأزموري", "Azemmouri"],
  ["المسعودي", "Messaoudi"],
];

/** A participant, the language of the certificate they asked for, and the sessions they attended. */
export interface Attendee {
  readonly person: Person;
  readonly organizationId: string;
  readonly role: "participant" | "trainer";
  readonly certificateLanguage: "ar" | "fr";
  readonly sessions: readonly string[];
}

const ALL = event.sessions.map((s) => s.id);
/** Two representatives per institution (the first a woman), and three trainers of the network. */
export const attendees: readonly Attendee[] = [
  ...INSTITUTIONS.flatMap(([id], i): Attendee[] =>
    [0, 1].map((r) => {
      const female = r === 0 || i % 3 === 0;
      const [firstAr, firstFr] = (female ? FEMALE : MALE)[(i + r) % 7] ?? ["", ""];
      const [familyAr, familyFr] = FAMILY[(i * 3 + r) % FAMILY.length] ?? ["", ""];
      const workshops = r === 0 ? ["w-capacity", "w-strategy", "w-ess"] : ["w-capacity", "w-digital", "w-ess"];
      return {
        person: {
          id: `p-${id}-${r + 1}`,
          name: { ar: `${firstAr} ${familyAr}`, fr: `${firstFr} ${familyFr}` },
          sex: female ? "female" : "male",
          birthDate: `${1968 + ((i * 7 + r * 11) % 32)}-0${(i % 9) + 1}-1${r}`,
        },
        organizationId: id,
        role: "participant",
        certificateLanguage: i % 4 === 1 ? "fr" : "ar",
        // The second representative of the last institution registered but could not come.
        sessions:
          i === INSTITUTIONS.length - 1 && r === 1
            ? []
            : ["s-open", "s-plenary", ...workshops, "s-signing", "s-closing"],
      };
    }),
  ),
  ...(
    [
      ["trainer-1", "female", ["سعاد", "Souad"], ["الإدريسي", "Idrissi"], ["w-capacity", "w-ess"]],
      ["trainer-2", "male", ["عبد الكريم", "Abdelkrim"], ["الفاسي", "Fassi"], ["w-strategy"]],
      ["trainer-3", "male", ["أنس", "Anas"], ["الرامي", "Rami"], ["w-digital"]],
    ] as const
  ).map(
    ([id, sex, [fa, ff], [la, lf], sessions]): Attendee => ({
      person: { id, name: { ar: `${fa} ${la}`, fr: `${ff} ${lf}` }, sex },
      organizationId: NETWORK_ID,
      role: "trainer",
      certificateLanguage: id === "trainer-3" ? "fr" : "ar",
      sessions: ["s-open", ...sessions, "s-closing"],
    }),
  ),
];

export const persons: readonly Person[] = attendees.map((a) => a.person);
export const participants: readonly Participant[] = attendees.map((a) => ({
  personId: a.person.id,
  eventId: event.id,
  organizationId: a.organizationId,
  name: a.person.name,
  role: a.role,
  status: "confirmed",
}));
export const attendance: readonly Attendance[] = attendees.flatMap((a) =>
  ALL.map((sessionId) => ({ personId: a.person.id, sessionId, present: a.sessions.includes(sessionId) })),
);

const agreement = (
  id: string,
  title: MultilingualText,
  parties: PartnershipAgreement["parties"],
  startOn: string,
  endOn: string,
): PartnershipAgreement => ({
  id,
  title,
  parties,
  period: { startOn, endOn },
  status: "signed",
  signedOn: "2024-12-29",
  signingEventId: event.id,
});

export const agreements: readonly PartnershipAgreement[] = [
  agreement(
    "conv-rjd-region-2025",
    {
      ar: "اتفاقية شراكة لتقوية قدرات التعاونيات والجمعيات التنموية 2025",
      fr: "Convention de renforcement des capacités des coopératives et associations 2025",
      en: "Capacity building of cooperatives and development associations 2025",
    },
    [
      { organizationId: NETWORK_ID, role: "implementer" },
      {
        organizationId: "region-cs",
        role: "funder",
        contributions: [{ kind: "financial", amount: { amount: 30_000_000, currency: "MAD" }, year: 2025 }],
      },
    ],
    "2025-01-01",
    "2025-12-31",
  ),
  agreement(
    "conv-rjd-dr-insertion",
    {
      ar: "اتفاقية مواكبة التعاونيات والمقاولات الصغرى",
      fr: "Convention d'accompagnement des coopératives et petites entreprises",
      en: "Support to cooperatives and small enterprises",
    },
    [
      { organizationId: NETWORK_ID, role: "implementer" },
      { organizationId: "dr-insertion", role: "technical-partner" },
    ],
    "2025-01-01",
    "2026-12-31",
  ),
  agreement(
    "conv-aounat-safwa",
    {
      ar: "اتفاقية تبادل الخبرات وتسويق المنتجات المحلية",
      fr: "Convention d'échange d'expériences et de commercialisation des produits locaux",
      en: "Exchange of experience and marketing of local products",
    },
    [
      { organizationId: "coop-aounat", role: "implementer" },
      { organizationId: "coop-safwa-biladi", role: "implementer" },
      { organizationId: NETWORK_ID, role: "supervisor" },
    ],
    "2025-01-01",
    "2025-12-31",
  ),
];

export const honours: readonly Honour[] = [
  {
    id: "h-aounat",
    organizationId: "coop-aounat",
    institution: { ar: "تعاونية نساء العونات", fr: "Coopérative des femmes de Laaounate" },
    award: "shield",
    title: { ar: "درع الشبكة", fr: "Trophée du réseau" },
    year: 2024,
    reason: {
      ar: "نموذج رائد في تمكين المرأة وتحقيق الاستقلال الاقتصادي للنساء في المناطق الريفية",
      fr: "Modèle d'autonomisation économique des femmes rurales",
      en: "A model of economic empowerment of rural women",
    },
    awardedBy: network.name,
    awardedOn: "2024-12-29",
    eventId: event.id,
  },
  {
    id: "h-safwa",
    organizationId: "coop-safwa-biladi",
    institution: { ar: "تعاونية صفوة بلادي", fr: "Coopérative Safwa Biladi" },
    place: { ar: "النواصر", fr: "Nouaceur" },
    award: "shield",
    title: { ar: "درع الشبكة", fr: "Trophée du réseau" },
    year: 2024,
    reason: {
      ar: "التميز في إنتاج وتوزيع المنتجات المحلية مع استدامة الموارد وتحسين دخل الفلاحين",
      fr: "Production et distribution de produits locaux, ressources durables et meilleur revenu des agriculteurs",
      en: "Local products, sustainable resources and better farmers' income",
    },
    awardedBy: network.name,
    awardedOn: "2024-12-29",
    eventId: event.id,
  },
  {
    id: "h-oum-rabii",
    organizationId: "coop-oum-rabii",
    institution: { ar: "تعاونية أم الربيع", fr: "Coopérative Oum Errabia" },
    place: { ar: "أزمور", fr: "Azemmour" },
    award: "shield",
    title: { ar: "درع الشبكة", fr: "Trophée du réseau" },
    year: 2024,
    reason: {
      ar: "تعزيز التعاونيات الفلاحية وتحقيق التوازن بين الإنتاج الزراعي واحتياجات السوق المحلي",
      fr: "Coopératives agricoles : équilibre entre production et besoins du marché local",
      en: "Farming cooperatives balancing production and local market needs",
    },
    awardedBy: network.name,
    awardedOn: "2024-12-29",
    eventId: event.id,
  },
];

export const achievements: readonly MultilingualText[] = [
  {
    ar: "أربع ورشات تكوينية وجلسة عامة للمؤسسات العمومية والمهنية على مدى ثلاثة أيام بمدينتي سيدي بنور والجديدة",
    fr: "Quatre ateliers et une plénière des institutions publiques et professionnelles sur trois jours à Sidi Bennour et El Jadida",
    en: "Four workshops and a plenary of public and professional institutions over three days in Sidi Bennour and El Jadida",
  },
  {
    ar: "توقيع اتفاقيات شراكة لتبادل الخبرات والموارد وتنفيذ مشاريع مشتركة",
    fr: "Conventions de partenariat pour l'échange d'expériences et de ressources et des projets communs",
    en: "Partnership agreements to share experience and resources and run joint projects",
  },
  {
    ar: "تتويج ثلاث مؤسسات نموذجية في مجال الاقتصاد الاجتماعي التضامني لعام 2024 بدرع الشبكة",
    fr: "Trois institutions modèles de l'économie sociale et solidaire 2024 distinguées par le trophée du réseau",
    en: "Three model institutions of the social and solidarity economy honoured with the network's shield",
  },
];

export const recommendations: readonly Recommendation[] = [
  {
    id: "rec-2025-programme",
    text: {
      ar: "إعداد برنامج تقوية القدرات لسنة 2025 لتطوير التعاونيات والجمعيات",
      fr: "Préparer le programme 2025 de renforcement des capacités des coopératives et associations",
      en: "Prepare the 2025 capacity-building programme for cooperatives and associations",
    },
    owner: { organizationId: NETWORK_ID },
    dueOn: "2025-03-31",
  },
  {
    id: "rec-iyc-2025",
    text: {
      ar: "المشاركة في أنشطة السنة الدولية للتعاونيات 2025 التي أعلنتها الأمم المتحدة",
      fr: "Participer à l'Année internationale des coopératives 2025 proclamée par les Nations unies",
      en: "Take part in the UN International Year of Cooperatives 2025",
    },
    owner: { organizationId: "dr-insertion" },
    dueOn: "2025-12-31",
  },
  {
    id: "rec-documentaries",
    text: {
      ar: "إنجاز الشريطين التوثيقيين الإشهاريين للمؤسستين الفائزتين في القرعة ونشرهما على منصات التواصل الاجتماعي",
      fr: "Réaliser et diffuser sur les réseaux sociaux les deux documentaires promotionnels des institutions tirées au sort",
      en: "Produce and publish the two promotional documentaries of the institutions drawn",
    },
    owner: { organizationId: NETWORK_ID },
    dueOn: "2025-06-30",
  },
];
