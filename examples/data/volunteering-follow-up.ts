/**
 * The communication meetings of المنظمة الدولية للعمل التطوعي والتنمية بالمغرب (International Organization for
 * Volunteering and Development in Morocco, seat in Meknes) with جمعية الأشراف للثقافة والتنمية (founded in 2019,
 * seat in douar Fej Azrar, commune of Ighzrane, province of Sefrou) — scenario 3, from the article
 * of Adil Khaless (جريدة النهضة الدولية, Sefrou): the first meeting on 12 November 2023 identified the
 * association's needs, its problems and how a partnership could solve them; the second, on Sunday 24 December
 * 2023 at the organization's seat in Meknes, opened with verses of the Quran, heard the secretary general, coach
 * Mohamed El Haji (president of the initiative for training and project support), give a short training on
 * the administrative and financial management of associations, outlined a partnership (direct support, or free
 * trainings in digitalization, participatory democracy, effective communication, self-development and advocacy
 * before the authorities) and agreed to hold further meetings. Needs, actions, due dates and the training
 * calendar are illustrative.
 */
import type { Event, Meeting } from "@madani/events";
import type { Organization, Person } from "@madani/model";

export const OIVD = "oivd-maroc";
export const ACHRAF = "assoc-achraf-fej-azrar";
export const GENERATED_AT = "2024-01-05T10:00:00+01:00";

export const organizations: readonly Organization[] = [
  {
    id: OIVD,
    legalForm: "association",
    name: {
      ar: "المنظمة الدولية للعمل التطوعي والتنمية بالمغرب",
      fr: "Organisation internationale du volontariat et du développement au Maroc",
    },
    fieldsOfAction: ["volunteering", "local-development", "rural-development"],
    seat: {
      city: { ar: "مكناس", fr: "Meknès" },
      communeCode: "03.061.01.01",
      provinceCode: "03.061",
      regionCode: "03",
    },
  },
  {
    id: ACHRAF,
    legalForm: "association",
    name: { ar: "جمعية الأشراف للثقافة والتنمية", fr: "Association Al Achraf pour la culture et le développement" },
    fieldsOfAction: ["cultural", "rural-development"],
    foundedOn: "2019-04-14",
    seat: {
      douar: { ar: "دوار فج أزرار", fr: "Douar Fej Azrar" },
      communeCode: "03.451.03.09",
      provinceCode: "03.451",
      regionCode: "03",
    },
  },
];

/** The secretary general of the organization, named in the article (his name is personal data in reports). */
export const persons: readonly Person[] = [
  { id: "p-elhaji", name: { ar: "محمد الحاجي", fr: "Mohamed El Haji" }, sex: "male" },
];

export const firstMeeting: Meeting = {
  id: "m-2023-11-12",
  title: { ar: "الاجتماع الأول مع جمعية الأشراف", fr: "Première réunion avec l'association Al Achraf" },
  heldOn: "2023-11-12",
  place: { ar: "مقر المنظمة بمكناس", fr: "Siège de l'organisation, Meknès" },
  organizationIds: [OIVD, ACHRAF],
  agenda: [
    { id: "a1", title: { ar: "التعارف وتقديم الجمعية", fr: "Présentations et présentation de l'association" } },
    { id: "a2", title: { ar: "الوقوف على احتياجات الجمعية ومشاكلها", fr: "Besoins et problèmes de l'association" } },
    {
      id: "a3",
      title: { ar: "سبل تجاوزها بعقد شراكة مع المنظمة", fr: "Les surmonter par un partenariat avec l'organisation" },
    },
  ],
  summary: {
    ar: "تم خلال الاجتماع الوقوف على احتياجات الجمعية والمشاكل التي تعانيها والسبل التي يمكن نهجها لتجاوزها من خلال عقد شراكة مع المنظمة.",
    fr: "La réunion a recensé les besoins de l'association, ses difficultés et les moyens de les surmonter par un partenariat avec l'organisation.",
  },
  decisions: [
    {
      id: "d1",
      text: {
        ar: "عقد لقاء تواصلي ثان لتحديد الخطوط العريضة للشراكة",
        fr: "Tenir une deuxième rencontre pour définir le partenariat",
      },
      agendaItemId: "a3",
    },
  ],
  needs: [
    {
      id: "n1",
      text: {
        ar: "تكوين أعضاء المكتب في التدبير الإداري والمالي",
        fr: "Former le bureau à la gestion administrative et financière",
      },
      category: "training",
      organizationId: ACHRAF,
    },
    {
      id: "n2",
      text: { ar: "رقمنة أرشيف الجمعية ووثائقها", fr: "Numériser les archives et documents de l'association" },
      category: "equipment",
      organizationId: ACHRAF,
    },
    {
      id: "n3",
      text: {
        ar: "التعريف بأنشطة الجمعية لدى الشركاء",
        fr: "Faire connaître les activités de l'association aux partenaires",
      },
      category: "communication",
      organizationId: ACHRAF,
    },
  ],
  problems: [
    {
      id: "p1",
      text: { ar: "ضعف الموارد المالية للجمعية", fr: "Ressources financières insuffisantes" },
      category: "funding",
      organizationId: ACHRAF,
    },
    {
      id: "p2",
      text: {
        ar: "بعد الدوار عن مراكز التكوين بمكناس وصفرو",
        fr: "Éloignement du douar des centres de formation de Meknès et de Sefrou",
      },
      category: "infrastructure",
      organizationId: ACHRAF,
    },
  ],
  recommendations: [],
  actions: [
    {
      id: "act-diag",
      text: { ar: "إعداد تشخيص مكتوب لحاجيات الجمعية", fr: "Rédiger le diagnostic des besoins de l'association" },
      owner: { organizationId: ACHRAF },
      dueOn: "2023-12-15",
      status: "open",
    },
    {
      id: "act-offer",
      text: { ar: "إعداد عرض شراكة", fr: "Préparer une offre de partenariat" },
      owner: { organizationId: OIVD, personId: "p-elhaji" },
      dueOn: "2023-12-20",
      status: "open",
    },
    {
      id: "act-docs",
      text: { ar: "تجميع الوثائق القانونية والمالية للجمعية", fr: "Rassembler les pièces juridiques et financières" },
      owner: { organizationId: ACHRAF },
      dueOn: "2023-12-20",
      status: "open",
    },
    {
      id: "act-visit",
      text: { ar: "زيارة مقر الجمعية بدوار فج أزرار", fr: "Visiter le siège de l'association au douar Fej Azrar" },
      owner: { organizationId: OIVD },
      status: "open",
    },
  ],
};

/**
 * The second meeting as the organization's secretary wrote it: it lists the actions of the first meeting it
 * discussed; carryForward adds those it left out that are still open.
 */
export const secondMeetingDraft: Meeting = {
  id: "m-2023-12-24",
  title: { ar: "اللقاء التواصلي الثاني مع جمعية الأشراف", fr: "Deuxième rencontre de communication avec Al Achraf" },
  heldOn: "2023-12-24",
  place: { ar: "مقر المنظمة بمكناس", fr: "Siège de l'organisation, Meknès" },
  organizationIds: [OIVD, ACHRAF],
  attendeeIds: ["p-elhaji"],
  agenda: [
    {
      id: "a1",
      title: {
        ar: "افتتاح اللقاء بآيات بينات من الذكر الحكيم والتعارف",
        fr: "Ouverture par des versets du Coran et présentations",
      },
    },
    {
      id: "a2",
      title: {
        ar: "دورة تكوينية مقتضبة حول التدبير الإداري والمالي للجمعيات",
        fr: "Formation courte à la gestion administrative et financière des associations",
      },
    },
    { id: "a3", title: { ar: "الخطوط العريضة لشراكة فاعلة", fr: "Les grandes lignes d'un partenariat" } },
  ],
  summary: {
    ar: "ثاني محطة تواصلية بعد اجتماع 12 نونبر 2023؛ قدم الكاتب العام للمنظمة دورة تكوينية مقتضبة مثلت أرضية لتحديد الخطوط العريضة لشراكة فاعلة.",
    fr: "Deuxième rencontre après la réunion du 12 novembre 2023 ; le secrétaire général a donné une courte formation qui a servi de base à la définition du partenariat.",
  },
  decisions: [
    {
      id: "d1",
      text: {
        ar: "عرض شراكة على الجمعية: دعم مباشر أو دورات تكوينية مجانية",
        fr: "Offrir à l'association un partenariat : un soutien direct ou des formations gratuites",
      },
      agendaItemId: "a3",
    },
    {
      id: "d2",
      text: { ar: "عقد لقاءات قادمة في هذا الصدد", fr: "Tenir d'autres rencontres à ce sujet" },
      agendaItemId: "a3",
    },
  ],
  needs: [
    {
      id: "n4",
      text: {
        ar: "دورات تكوينية مجانية في الرقمنة والديمقراطية التشاركية والتواصل الفعال والترافع",
        fr: "Formations gratuites : numérisation, démocratie participative, communication efficace, plaidoyer",
      },
      category: "training",
      organizationId: ACHRAF,
    },
  ],
  problems: [],
  recommendations: [
    {
      id: "r1",
      text: {
        ar: "تمكين الجمعية من آليات الترافع عن مصالح الساكنة لدى السلطات المعنية",
        fr: "Donner à l'association les outils du plaidoyer pour les intérêts des habitants auprès des autorités",
      },
      owner: { organizationId: OIVD },
    },
  ],
  actions: [
    {
      id: "act-diag",
      text: { ar: "إعداد تشخيص مكتوب لحاجيات الجمعية", fr: "Rédiger le diagnostic des besoins de l'association" },
      owner: { organizationId: ACHRAF },
      dueOn: "2023-12-15",
      status: "done",
      doneOn: "2023-12-10",
      fromMeetingId: "m-2023-11-12",
    },
    {
      id: "act-offer",
      text: { ar: "إعداد عرض شراكة", fr: "Préparer une offre de partenariat" },
      owner: { organizationId: OIVD, personId: "p-elhaji" },
      dueOn: "2023-12-20",
      status: "done",
      doneOn: "2023-12-24",
      fromMeetingId: "m-2023-11-12",
    },
    {
      id: "act-docs",
      text: { ar: "تجميع الوثائق القانونية والمالية للجمعية", fr: "Rassembler les pièces juridiques et financières" },
      owner: { organizationId: ACHRAF },
      dueOn: "2024-01-15",
      status: "in-progress",
      fromMeetingId: "m-2023-11-12",
      note: { ar: "تمديد الأجل", fr: "Délai prolongé" },
    },
    {
      id: "act-choice",
      text: {
        ar: "اختيار صيغة الشراكة (دعم مباشر أو دورات تكوينية مجانية)",
        fr: "Choisir la formule du partenariat (soutien direct ou formations gratuites)",
      },
      owner: { organizationId: ACHRAF },
      dueOn: "2024-01-20",
      status: "open",
    },
    {
      id: "act-trainings",
      text: { ar: "برمجة الدورات التكوينية المجانية", fr: "Programmer les formations gratuites" },
      owner: { organizationId: OIVD },
      dueOn: "2024-02-10",
      status: "open",
    },
  ],
};

/** The free trainings offered (capacity-building catalogue topics), as the organization would run them at the douar. */
export const TRAINING_TOPICS = [
  ["digitalization", "الرقمنة", "Numérisation"],
  ["participatory-democracy", "الديمقراطية التشاركية", "Démocratie participative"],
  ["communication", "التواصل الفعال", "Communication efficace"],
  ["self-development", "التنمية الذاتية", "Développement personnel"],
  ["advocacy", "آليات الترافع عن مصالح الساكنة", "Plaidoyer pour les intérêts des habitants"],
  ["administrative-financial-management", "التدبير الإداري والمالي", "Gestion administrative et financière"],
] as const;

export const trainingOffer: Event = {
  id: "oivd-achraf-trainings-2024",
  kind: "training-meeting",
  title: {
    ar: "دورات تكوينية مجانية لفائدة جمعية الأشراف للثقافة والتنمية",
    fr: "Formations gratuites pour l'association Al Achraf",
  },
  startOn: "2024-02-10",
  endOn: "2024-02-11",
  organizerId: OIVD,
  partners: [{ organizationId: ACHRAF, roles: ["host"] }],
  venues: [
    {
      id: "v-douar",
      name: { ar: "مقر الجمعية بدوار فج أزرار", fr: "Siège de l'association, douar Fej Azrar" },
      address: { provinceCode: "03.451", communeCode: "03.451.03.09", douar: { ar: "دوار فج أزرار" } },
    },
  ],
  sessions: TRAINING_TOPICS.map(([topic, ar, fr], i) => ({
    id: `t-${i + 1}`,
    kind: "training" as const,
    title: { ar, fr },
    on: i < 3 ? "2024-02-10" : "2024-02-11",
    start: ["09:00", "11:00", "14:30"][i % 3] ?? "09:00",
    end: ["10:45", "12:45", "17:00"][i % 3] ?? "10:45",
    venueId: "v-douar",
    topicIds: [topic],
  })),
};
