/**
 * The third associations forum of Marrakech (scenario 4), from the article «"دور التشبيك في الرفع من
 * قدرات ومهارات الفاعلين الجمعويين" شعار الملتقى الثالث للجمعيات بمراكش» (Kech24, 21 April 2013): on the
 * initiative of the city council, four days opened on Thursday evening (18 April 2013) by a carnival through the
 * streets of the red city to Place 16 Novembre, where the forum is held; about 120 associations from the social,
 * cultural, environmental and sports fields; Hayat El Mechfouaa, vice-president of the council in charge of
 * cultural and social affairs; exhibitions of the associations' development projects, technical workshops and
 * round tables, an artistic evening on Place 16 Novembre, a one-stop shop for associations and a website linking
 * partners and donors, and a ceremony announcing nine winning projects in the cultural, sports and social
 * fields.
 *
 * The article names no association and gives no scores: the 120 associations, their representatives,
 * attendance, the call for projects and the jury's scores are generated here deterministically from
 * {@link SEED}, so that every run (and the test) sees the same data.
 */
import type { Attendance, CompetitionInput, Event, Participant, Submission } from "@madani/events";
import type { FieldOfActionValue, Organization, Person } from "@madani/model";

export const SEED = "marrakech-forum-3-2013";
export const COUNCIL_ID = "cc-marrakech";
export const GENERATED_AT = "2013-04-25T12:00:00+01:00";

/** A small deterministic generator (FNV-1a of the seed, then mulberry32). */
function generator(seed: string): () => number {
  let h = 0x811c9dc5;
  for (const ch of seed) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let a = h;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = generator(SEED);
const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

/** The four fields of the forum, with the suffix of an association's name in that field. */
export const FIELDS = [
  "social",
  "cultural",
  "environmental",
  "sports",
] as const satisfies readonly FieldOfActionValue[];
export type ForumField = (typeof FIELDS)[number];
const SUFFIX: Readonly<Record<ForumField, readonly [string, string]>> = {
  social: ["للتنمية الاجتماعية", "pour le développement social"],
  cultural: ["للثقافة والفنون", "pour la culture et les arts"],
  environmental: ["لحماية البيئة", "pour la protection de l'environnement"],
  sports: ["للرياضة والتربية البدنية", "pour le sport et l'éducation physique"],
};
const WORDS: readonly (readonly [string, string])[] = [
  ["الأمل", "Al Amal"],
  ["النور", "Annour"],
  ["المنارة", "Al Manara"],
  ["تانسيفت", "Tensift"],
  ["الحمراء", "Al Hamra"],
  ["أطلس", "Atlas"],
  ["النخيل", "Annakhil"],
  ["الكتبية", "Koutoubia"],
  ["الوفاء", "Al Wafae"],
  ["الإشعاع", "Al Ichaa"],
  ["الفجر", "Al Fajr"],
  ["الياسمين", "Yasmine"],
  ["الأفق", "Al Ofok"],
  ["أكدال", "Agdal"],
  ["المسيرة", "Al Massira"],
];
const QUARTERS: readonly (readonly [string, string])[] = [
  ["المدينة", "la Médina"],
  ["جليز", "Guéliz"],
  ["سيدي يوسف بن علي", "Sidi Youssef Ben Ali"],
  ["المنارة", "Ménara"],
  ["النخيل", "Annakhil"],
  ["المحاميد", "Mhamid"],
  ["الداوديات", "Daoudiate"],
];

export const council: Organization = {
  id: COUNCIL_ID,
  legalForm: "local-authority",
  name: { ar: "المجلس الجماعي لمدينة مراكش", fr: "Conseil communal de Marrakech" },
  seat: { city: { ar: "مراكش", fr: "Marrakech" }, provinceCode: "07.351", regionCode: "07" },
};

/** The 120 associations, about a quarter per field; most from Marrakech, a few from Al Haouz. */
export const associations: readonly Organization[] = (() => {
  const seen = new Set<string>();
  return Array.from({ length: 120 }, (_, i): Organization => {
    const field = pick(FIELDS);
    const [wordAr, wordFr] = pick(WORDS);
    const haouz = random() < 0.08;
    const [quarterAr, quarterFr] = haouz ? (["تحناوت", "Tahannaout"] as const) : pick(QUARTERS);
    let ar = `جمعية ${wordAr} ${SUFFIX[field][0]} ب${quarterAr}`;
    let fr = `Association ${wordFr} ${SUFFIX[field][1]} (${quarterFr})`;
    for (let n = 2; seen.has(ar); n++) {
      ar = `جمعية ${wordAr} ${n} ${SUFFIX[field][0]} ب${quarterAr}`;
      fr = `Association ${wordFr} ${n} ${SUFFIX[field][1]} (${quarterFr})`;
    }
    seen.add(ar);
    const year = int(1996, 2012);
    return {
      id: `assoc-${String(i + 1).padStart(3, "0")}`,
      legalForm: random() < 0.04 ? "network" : "association",
      name: { ar, fr },
      fieldsOfAction: [field],
      foundedOn: `${year}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`,
      seat: haouz
        ? { city: { ar: "تحناوت", fr: "Tahannaout" }, provinceCode: "07.041", regionCode: "07" }
        : { city: { ar: "مراكش", fr: "Marrakech" }, provinceCode: "07.351", regionCode: "07" },
    };
  });
})();

export const fieldOf = (o: Organization): ForumField => (o.fieldsOfAction?.[0] ?? "social") as ForumField;

export const organizations: readonly Organization[] = [council, ...associations];

const DAYS = ["2013-04-18", "2013-04-19", "2013-04-20", "2013-04-21"] as const;
const PLACE = "place-16-nov";

export const event: Event = {
  id: "forum-marrakech-3",
  kind: "forum",
  edition: 3,
  title: { ar: "الملتقى الثالث للجمعيات بمراكش", fr: "Troisième forum des associations de Marrakech" },
  theme: {
    ar: "دور التشبيك في الرفع من قدرات ومهارات الفاعلين الجمعويين",
    fr: "Le rôle du réseautage dans le renforcement des capacités et des compétences des acteurs associatifs",
  },
  startOn: DAYS[0],
  endOn: DAYS[3],
  organizerId: COUNCIL_ID,
  objectives: [
    {
      ar: "تأهيل جمعيات المجتمع المدني وتعزيز البعد التشاركي",
      fr: "Qualifier les associations et renforcer la dimension participative",
    },
    {
      ar: "الارتقاء بالوعي لدى الفاعل الجمعوي بأهمية التشبيك",
      fr: "Sensibiliser les acteurs associatifs à l'importance du réseautage",
    },
    {
      ar: "مأسسة وتوطيد العلاقة بين المجلس الجماعي والجمعيات والمانحين",
      fr: "Institutionnaliser la relation entre le conseil communal, les associations et les bailleurs",
    },
    {
      ar: "خلق الشباك الوحيد لخدمة الجمعيات وموقع للتواصل بين كل الشركاء والمانحين",
      fr: "Créer un guichet unique des associations et un site reliant partenaires et bailleurs",
    },
  ],
  venues: [
    {
      id: PLACE,
      name: { ar: "ساحة 16 نونبر", fr: "Place du 16 Novembre" },
      address: { city: { ar: "مراكش", fr: "Marrakech" }, provinceCode: "07.351" },
    },
  ],
  tracks: [
    { id: "t-1", title: { ar: "الخيمة 1", fr: "Chapiteau 1" } },
    { id: "t-2", title: { ar: "الخيمة 2", fr: "Chapiteau 2" } },
  ],
  sessions: [
    {
      id: "open",
      kind: "opening",
      title: { ar: "حفل الافتتاح والكرنفال", fr: "Ouverture et carnaval" },
      on: DAYS[0],
      start: "17:00",
      end: "19:00",
      venueId: PLACE,
    },
    {
      id: "expo-1",
      kind: "exhibition",
      title: { ar: "أروقة الجمعيات وعرض المشاريع التنموية", fr: "Stands des associations et projets de développement" },
      on: DAYS[1],
      start: "10:00",
      end: "18:00",
      venueId: PLACE,
    },
    {
      id: "ws-net",
      kind: "workshop",
      title: { ar: "ورشة التشبيك والعمل المشترك", fr: "Atelier réseautage et action commune" },
      on: DAYS[1],
      start: "10:00",
      end: "12:30",
      trackId: "t-1",
      topicIds: ["networking"],
    },
    {
      id: "ws-proj",
      kind: "workshop",
      title: { ar: "ورشة صياغة المشاريع", fr: "Atelier rédaction de projets" },
      on: DAYS[1],
      start: "10:00",
      end: "12:30",
      trackId: "t-2",
      topicIds: ["project-writing"],
    },
    {
      id: "ws-gov",
      kind: "workshop",
      title: {
        ar: "ورشة الحكامة والتدبير الإداري والمالي",
        fr: "Atelier gouvernance et gestion administrative et financière",
      },
      on: DAYS[1],
      start: "15:00",
      end: "17:30",
      trackId: "t-1",
      topicIds: ["governance", "administrative-financial-management"],
    },
    {
      id: "ws-digital",
      kind: "workshop",
      title: { ar: "ورشة التواصل الرقمي", fr: "Atelier communication numérique" },
      on: DAYS[1],
      start: "15:00",
      end: "17:30",
      trackId: "t-2",
      topicIds: ["digital-communication"],
    },
    {
      id: "expo-2",
      kind: "exhibition",
      title: { ar: "أروقة الجمعيات وعرض المشاريع التنموية", fr: "Stands des associations et projets de développement" },
      on: DAYS[2],
      start: "10:00",
      end: "18:00",
      venueId: PLACE,
    },
    {
      id: "rt-gov",
      kind: "round-table",
      title: {
        ar: "مائدة مستديرة حول الحكامة والديمقراطية التشاركية",
        fr: "Table ronde gouvernance et démocratie participative",
      },
      on: DAYS[2],
      start: "10:00",
      end: "12:30",
      trackId: "t-1",
      topicIds: ["governance", "participatory-democracy"],
    },
    {
      id: "rt-donors",
      kind: "round-table",
      title: { ar: "مائدة مستديرة: الجمعيات والمانحون", fr: "Table ronde : les associations et les bailleurs" },
      on: DAYS[2],
      start: "10:00",
      end: "12:30",
      trackId: "t-2",
      topicIds: ["fundraising"],
    },
    {
      id: "rt-guichet",
      kind: "round-table",
      title: {
        ar: "مائدة مستديرة: الشباك الوحيد لخدمة الجمعيات وموقع التواصل مع الشركاء",
        fr: "Table ronde : guichet unique des associations et site des partenaires",
      },
      on: DAYS[2],
      start: "15:00",
      end: "17:30",
      trackId: "t-1",
      topicIds: ["networking"],
    },
    {
      id: "evening",
      kind: "ceremony",
      title: { ar: "أمسية فنية بساحة 16 نونبر", fr: "Soirée artistique, place du 16 Novembre" },
      on: DAYS[2],
      start: "20:00",
      end: "22:30",
      venueId: PLACE,
    },
    {
      id: "awards",
      kind: "ceremony",
      title: { ar: "حفل الإعلان عن المشاريع الفائزة", fr: "Annonce des projets lauréats" },
      on: DAYS[3],
      start: "17:00",
      end: "19:00",
      venueId: PLACE,
    },
  ],
};

/** One representative per association, two for about one in four. */
export const persons: readonly Person[] = associations.flatMap((a, i) =>
  Array.from(
    { length: random() < 0.25 ? 2 : 1 },
    (_, r): Person => ({
      id: `rep-${String(i + 1).padStart(3, "0")}-${r + 1}`,
      name: { ar: `ممثل(ة) ${a.name.ar ?? ""}` },
      sex: random() < 0.46 ? "female" : "male",
      birthDate: `${int(1950, 1994)}-${String(int(1, 12)).padStart(2, "0")}-10`,
    }),
  ),
);

export const participants: readonly Participant[] = persons.map((p) => ({
  personId: p.id,
  eventId: event.id,
  organizationId: `assoc-${p.id.slice(4, 7)}`,
  role: "participant",
  status: "confirmed",
}));

/** Who was present where: each holds the stand, follows a workshop or two and a round table. */
export const attendance: readonly Attendance[] = persons.flatMap((p) => {
  const sessions = [
    ...(random() < 0.7 ? ["open"] : []),
    "expo-1",
    pick(["ws-net", "ws-proj"]),
    ...(random() < 0.6 ? [pick(["ws-gov", "ws-digital"])] : []),
    ...(random() < 0.8 ? ["expo-2"] : []),
    pick(["rt-gov", "rt-donors"]),
    ...(random() < 0.4 ? ["rt-guichet"] : []),
    ...(random() < 0.5 ? ["evening"] : []),
    ...(random() < 0.65 ? ["awards"] : []),
  ];
  return sessions.map((sessionId) => ({ personId: p.id, sessionId, present: true }));
});

/** The call for projects: three categories of three winners each, as the article announces. */
export const CATEGORIES = ["social", "cultural", "sports"] as const;
const CATEGORY_LABEL: Readonly<Record<(typeof CATEGORIES)[number], { ar: string; fr: string }>> = {
  social: { ar: "المجال الاجتماعي", fr: "Domaine social" },
  cultural: { ar: "المجال الثقافي", fr: "Domaine culturel" },
  sports: { ar: "المجال الرياضي", fr: "Domaine sportif" },
};
const PROJECTS: Readonly<Record<(typeof CATEGORIES)[number], readonly (readonly [string, string])[]>> = {
  social: [
    ["دعم تمدرس الفتيات", "Soutien à la scolarisation des filles"],
    ["محو الأمية الوظيفية للنساء", "Alphabétisation fonctionnelle des femmes"],
    ["مواكبة الأشخاص في وضعية إعاقة", "Accompagnement des personnes en situation de handicap"],
    ["التشغيل الذاتي للشباب", "Auto-emploi des jeunes"],
  ],
  cultural: [
    ["إحياء فن الحلقة بساحة جامع الفنا", "Faire revivre la halqa de Jemaa el-Fna"],
    ["مكتبة متنقلة في الأحياء", "Bibliothèque mobile dans les quartiers"],
    ["ورشات المسرح المدرسي", "Ateliers de théâtre scolaire"],
    ["توثيق التراث اللامادي لمراكش", "Documenter le patrimoine immatériel de Marrakech"],
  ],
  sports: [
    ["مدرسة كرة القدم للفتيات", "École de football pour filles"],
    ["الرياضة للجميع في الأحياء", "Sport pour tous dans les quartiers"],
    ["دوري الأحياء لكرة السلة", "Tournoi de basket des quartiers"],
    ["ألعاب القوى للأطفال", "Athlétisme pour les enfants"],
  ],
};
const DOCUMENTS = ["statutes", "final-receipt", "budget"] as const;

const submissions: Submission[] = [];
for (const a of associations) {
  const field = fieldOf(a);
  if (field === "environmental" || random() < 0.35) continue;
  const category = field as (typeof CATEGORIES)[number];
  const copies = random() < 0.05 ? 2 : 1;
  for (let c = 0; c < copies; c++) {
    const [ar, fr] = pick(PROJECTS[category]);
    const late = random() < 0.04;
    const missing = random() < 0.06;
    submissions.push({
      id: `proj-${a.id.slice(6)}${c === 0 ? "" : "-b"}`,
      categoryId: category,
      title: { ar: `${ar} — ${a.name.ar ?? ""}`, fr: `${fr} — ${a.name.fr ?? ""}` },
      organizationId: a.id,
      submittedAt: `2013-0${late ? 4 : 3}-${String(late ? int(6, 9) : int(10, 31)).padStart(2, "0")}T${String(int(9, 17)).padStart(2, "0")}:00:00+00:00`,
      legalForm: a.legalForm,
      regionCode: "07",
      ...(a.foundedOn === undefined ? {} : { foundedOn: a.foundedOn }),
      documents: missing ? ["statutes"] : [...DOCUMENTS],
    });
  }
}

const CRITERIA = [
  ["relevance", "ملاءمة المشروع لحاجيات الساكنة", "Pertinence au regard des besoins", 3],
  ["impact", "الأثر المرتقب", "Impact attendu", 3],
  ["feasibility", "قابلية التنفيذ والميزانية", "Faisabilité et budget", 2],
  ["networking", "الشراكة والتشبيك", "Partenariat et réseautage", 2],
  ["sustainability", "الاستدامة", "Durabilité", 1],
] as const;

/** Five jurors; the third is a member of one applicant association, the fifth declares a conflict. */
const jurors = [
  { id: "j-1" },
  { id: "j-2" },
  { id: "j-3", organizationIds: [submissions[5]?.organizationId ?? "assoc-001"] },
  { id: "j-4" },
  { id: "j-5" },
];
const quality = new Map(submissions.map((s) => [s.id, 3 + random() * 6]));
const bias = new Map(jurors.map((j) => [j.id, random() * 2 - 1]));

export const competitionInput: CompetitionInput = {
  competition: {
    id: "forum-2013-projects",
    title: { ar: "جائزة أحسن مشروع جمعوي — الملتقى الثالث", fr: "Prix du meilleur projet associatif — 3e forum" },
    year: 2013,
    organizer: council.name,
    categories: CATEGORIES.map((c) => ({ id: c, label: CATEGORY_LABEL[c], field: c, quota: 3 })),
    criteria: CRITERIA.map(([id, ar, fr, weight]) => ({ id, label: { ar, fr }, weight, maxScore: 10 })),
    eligibility: [
      { kind: "region", regionCodes: ["07"] },
      { kind: "founded-before", date: "2012-04-18" },
      { kind: "required-documents", documents: [...DOCUMENTS] },
      { kind: "deadline", at: "2013-04-05T18:00:00+00:00" },
      { kind: "one-per-organization" },
    ],
    minimumJurors: 3,
    minimumScore: 50,
    normalization: "none",
    tieBreaks: ["criteria", "earlier-submission"],
  },
  submissions,
  jurors,
  scores: jurors.flatMap((j) =>
    submissions.map((s) => ({
      jurorId: j.id,
      submissionId: s.id,
      scores: Object.fromEntries(
        CRITERIA.map(([id]) => [
          id,
          Math.max(0, Math.min(10, Math.round((quality.get(s.id) ?? 5) + (bias.get(j.id) ?? 0) + random() * 3 - 1.5))),
        ]),
      ),
    })),
  ),
  conflicts: [
    {
      jurorId: "j-5",
      submissionId: submissions[11]?.id ?? "proj-001",
      reason: { ar: "قرابة مع رئيس الجمعية", fr: "Lien de parenté avec le président de l'association" },
    },
  ],
};
