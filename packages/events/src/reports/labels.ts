import { formatMessage, type MessageParams, type MultilingualText, textIn } from "@madani/model";
import type { ReportLanguage } from "@madani/report";

/**
 * Options shared by the events reports.
 *
 * @example
 * ```ts
 * const options: EventReportOptions = { language: "ar", generatedAt: "2025-01-15T10:00:00+01:00" };
 * ```
 */
export interface EventReportOptions {
  /** Language of the report: headings, labels and texts picked from multilingual values. */
  readonly language: ReportLanguage;
  /** When the report is generated, ISO 8601 with an offset, given by the caller (never read from the clock). */
  readonly generatedAt: string;
  /** Show people's names (owners, trainers); `false` by default: names are personal data. */
  readonly showPersonNames?: boolean;
}

/**
 * Headings, column labels and sentences of the events reports in ar, fr and en,
 * with `{name}` placeholders.
 *
 * @example
 * ```ts
 * formatMessage(eventReportLabels["general.title"], "fr", { event: "5e rencontre" }); // "Rapport général — 5e rencontre"
 * ```
 */
export const eventReportLabels = {
  "general.title": { ar: "التقرير العام — {event}", fr: "Rapport général — {event}", en: "General report — {event}" },
  "general.subtitle": { ar: "{kind}، {dates}", fr: "{kind}, {dates}", en: "{kind}, {dates}" },
  "section.overview": { ar: "تقديم عام", fr: "Présentation générale", en: "Overview" },
  "section.objectives": { ar: "أهداف اللقاء", fr: "Objectifs", en: "Objectives" },
  "section.partners": { ar: "الجهة المنظمة والشركاء", fr: "Organisateur et partenaires", en: "Organizer and partners" },
  "section.programme": { ar: "البرنامج", fr: "Programme", en: "Programme" },
  "section.workshops": { ar: "الورشات المنظمة", fr: "Ateliers tenus", en: "Workshops held" },
  "section.participants": { ar: "المشاركون والمشاركات", fr: "Participants", en: "Participants" },
  "section.agreements": {
    ar: "اتفاقيات الشراكة الموقعة",
    fr: "Conventions de partenariat signées",
    en: "Partnership agreements signed",
  },
  "section.honours": { ar: "التتويج والتكريم", fr: "Distinctions", en: "Honours" },
  "section.draws": { ar: "القرعة", fr: "Tirages au sort", en: "Draws" },
  "section.achievements": { ar: "الإنجازات", fr: "Réalisations", en: "Achievements" },
  "section.recommendations": {
    ar: "التوصيات وتتبعها",
    fr: "Recommandations et suivi",
    en: "Recommendations and follow-up",
  },
  "section.indicators": { ar: "مؤشرات النجاح", fr: "Indicateurs de réussite", en: "Success indicators" },
  "overview.text": {
    ar: "«{event}» ({kind})، من {start} إلى {end}{where}. الجهة المنظمة: {organizer}.",
    fr: "« {event} » ({kind}), du {start} au {end}{where}. Organisateur : {organizer}.",
    en: "“{event}” ({kind}), from {start} to {end}{where}. Organizer: {organizer}.",
  },
  "overview.oneDay": {
    ar: "«{event}» ({kind})، يوم {start}{where}. الجهة المنظمة: {organizer}.",
    fr: "« {event} » ({kind}), le {start}{where}. Organisateur : {organizer}.",
    en: "“{event}” ({kind}), on {start}{where}. Organizer: {organizer}.",
  },
  "overview.where": { ar: " ب{places}", fr: " à {places}", en: " in {places}" },
  "overview.theme": { ar: "الشعار: «{theme}».", fr: "Thème : « {theme} ».", en: "Theme: “{theme}”." },
  and: { ar: " و", fr: " et ", en: " and " },
  "figure.days": { ar: "أيام", fr: "Jours", en: "Days" },
  "figure.sessions": { ar: "الجلسات", fr: "Séances", en: "Sessions" },
  "figure.workshops": { ar: "الورشات", fr: "Ateliers", en: "Workshops" },
  "figure.persons": { ar: "المشاركون", fr: "Participants", en: "Participants" },
  "figure.organizations": {
    ar: "المؤسسات المشاركة",
    fr: "Organisations représentées",
    en: "Organizations represented",
  },
  "figure.women": { ar: "نسبة النساء", fr: "Part des femmes", en: "Share of women" },
  "figure.agreements": { ar: "اتفاقيات موقعة", fr: "Conventions signées", en: "Agreements signed" },
  "figure.honours": { ar: "مؤسسات مكرمة", fr: "Institutions distinguées", en: "Institutions honoured" },
  "col.organization": { ar: "المؤسسة", fr: "Organisation", en: "Organization" },
  "col.roles": { ar: "الصفة", fr: "Rôle", en: "Role" },
  "col.organizer": { ar: "الجهة المنظمة", fr: "Organisateur", en: "Organizer" },
  "col.day": { ar: "اليوم", fr: "Jour", en: "Day" },
  "col.time": { ar: "التوقيت", fr: "Horaire", en: "Time" },
  "col.session": { ar: "الجلسة", fr: "Séance", en: "Session" },
  "col.kind": { ar: "النوع", fr: "Type", en: "Kind" },
  "col.track": { ar: "المسار", fr: "Parcours", en: "Track" },
  "col.venue": { ar: "المكان", fr: "Lieu", en: "Venue" },
  "col.topics": { ar: "المحاور", fr: "Thèmes", en: "Topics" },
  "col.present": { ar: "الحاضرون", fr: "Présents", en: "Present" },
  "col.outcomes": { ar: "الخلاصات", fr: "Conclusions", en: "Outcomes" },
  "col.category": { ar: "الفئة", fr: "Catégorie", en: "Category" },
  "col.persons": { ar: "عدد الأشخاص", fr: "Personnes", en: "Persons" },
  "col.organizations": { ar: "عدد المؤسسات", fr: "Organisations", en: "Organizations" },
  "col.share": { ar: "النسبة", fr: "Part", en: "Share" },
  "col.agreement": { ar: "الاتفاقية", fr: "Convention", en: "Agreement" },
  "col.parties": { ar: "الأطراف", fr: "Parties", en: "Parties" },
  "col.signedOn": { ar: "تاريخ التوقيع", fr: "Signée le", en: "Signed on" },
  "col.status": { ar: "الوضعية", fr: "Statut", en: "Status" },
  "col.institution": { ar: "المؤسسة", fr: "Institution", en: "Institution" },
  "col.award": { ar: "التتويج", fr: "Distinction", en: "Award" },
  "col.year": { ar: "السنة", fr: "Année", en: "Year" },
  "col.reason": { ar: "حيثيات التتويج", fr: "Motif", en: "Reason" },
  "col.rank": { ar: "الترتيب", fr: "Rang", en: "Rank" },
  "col.winner": { ar: "الفائز", fr: "Gagnant", en: "Winner" },
  "col.recommendation": { ar: "التوصية", fr: "Recommandation", en: "Recommendation" },
  "col.owner": { ar: "المكلف بالتتبع", fr: "Responsable du suivi", en: "Follow-up owner" },
  "col.dueOn": { ar: "الأجل", fr: "Échéance", en: "Due" },
  "col.indicator": { ar: "المؤشر", fr: "Indicateur", en: "Indicator" },
  "col.value": { ar: "القيمة المحققة", fr: "Valeur", en: "Value" },
  "col.target": { ar: "القيمة المستهدفة", fr: "Cible", en: "Target" },
  "col.meeting": { ar: "الاجتماع", fr: "Réunion", en: "Meeting" },
  "col.date": { ar: "التاريخ", fr: "Date", en: "Date" },
  "col.need": { ar: "الحاجة", fr: "Besoin", en: "Need" },
  "col.problem": { ar: "المشكل", fr: "Problème", en: "Problem" },
  "col.action": { ar: "الإجراء", fr: "Action", en: "Action" },
  "col.from": { ar: "تقرر في", fr: "Décidée le", en: "Decided at" },
  "col.decisions": { ar: "القرارات", fr: "Décisions", en: "Decisions" },
  "col.needs": { ar: "الاحتياجات", fr: "Besoins", en: "Needs" },
  "col.newActions": { ar: "إجراءات جديدة", fr: "Nouvelles actions", en: "New actions" },
  "col.doneSince": { ar: "أنجز منذ الاجتماع السابق", fr: "Réalisées depuis", en: "Done since" },
  "col.carried": { ar: "إجراءات مرحلة", fr: "Actions reportées", en: "Carried forward" },
  "table.bySex": { ar: "المشاركون حسب الجنس", fr: "Participants par sexe", en: "Participants by sex" },
  "table.byAge": {
    ar: "المشاركون حسب الفئة العمرية",
    fr: "Participants par tranche d'âge",
    en: "Participants by age group",
  },
  "table.byType": {
    ar: "المؤسسات المشاركة حسب النوع",
    fr: "Organisations par type",
    en: "Organizations by type",
  },
  "table.byProvince": { ar: "المشاركون حسب الإقليم", fr: "Participants par province", en: "Participants by province" },
  "table.winners": { ar: "نتيجة القرعة: {title}", fr: "Résultat du tirage : {title}", en: "Draw result: {title}" },
  "draw.untitled": { ar: "قرعة", fr: "Tirage au sort", en: "Draw" },
  "draw.text": {
    ar: "أجريت القرعة لاختيار {k} من بين {eligible} من المدخلات المؤهلة.",
    fr: "Tirage de {k} parmi {eligible} entrées éligibles.",
    en: "{k} drawn among {eligible} eligible entries.",
  },
  "draw.textOrganizations": {
    ar: "أجريت القرعة لاختيار {k} من بين {eligible} من المؤسسات المؤهلة.",
    fr: "Tirage de {k} parmi {eligible} organisations éligibles.",
    en: "{k} drawn among {eligible} eligible organizations.",
  },
  "draw.audit": {
    ar: "معطيات التحقق من القرعة: {title}",
    fr: "Données de vérification du tirage : {title}",
    en: "Draw verification data: {title}",
  },
  "draw.algorithm": { ar: "الخوارزمية", fr: "Algorithme", en: "Algorithm" },
  "draw.commitment": {
    ar: "البصمة المنشورة قبل القرعة (SHA-256)",
    fr: "Engagement publié avant le tirage (SHA-256)",
    en: "Commitment published before the draw (SHA-256)",
  },
  "draw.seed": { ar: "البذرة", fr: "Graine", en: "Seed" },
  "draw.prize": { ar: "الجائزة: {prize}.", fr: "Lot : {prize}.", en: "Prize: {prize}." },
  "draw.verify": {
    ar: "يمكن لأي شخص إعادة حساب القرعة انطلاقا من البذرة ولائحة المدخلات وعدد الفائزين (الخوارزمية {algorithm}).",
    fr: "Chacun peut recalculer le tirage à partir de la graine, de la liste des entrées et du nombre de gagnants (algorithme {algorithm}).",
    en: "Anyone can recompute the draw from the seed, the entries and the number of winners (algorithm {algorithm}).",
  },
  "col.item": { ar: "البيان", fr: "Élément", en: "Item" },
  "col.exactValue": { ar: "القيمة (تقرأ من اليسار إلى اليمين)", fr: "Valeur exacte", en: "Exact value" },
  "col.achieved": { ar: "التحقق", fr: "Atteinte", en: "Achieved" },
  "indicator.achieved": { ar: "محقق", fr: "Atteint", en: "Achieved" },
  "indicator.notAchieved": { ar: "غير محقق", fr: "Non atteint", en: "Not achieved" },
  "none.agreements": {
    ar: "لم توقع أي اتفاقية خلال اللقاء.",
    fr: "Aucune convention n'a été signée pendant l'événement.",
    en: "No agreement was signed during the event.",
  },
  "none.recommendations": { ar: "لا توجد توصيات.", fr: "Aucune recommandation.", en: "No recommendations." },
  "none.attendance": {
    ar: "لم تسجل أي لائحة حضور.",
    fr: "Aucune feuille de présence n'a été enregistrée.",
    en: "No attendance was recorded.",
  },
  total: { ar: "المجموع", fr: "Total", en: "Total" },
  unknown: { ar: "غير محدد", fr: "Non renseigné", en: "Not recorded" },
  hidden: { ar: "(اسم محجوب)", fr: "(nom masqué)", en: "(name withheld)" },
  "series.title": {
    ar: "تقرير سلسلة الاجتماعات — {title}",
    fr: "Rapport de la série de réunions — {title}",
    en: "Meeting-series report — {title}",
  },
  "series.meetings": { ar: "الاجتماعات", fr: "Réunions", en: "Meetings" },
  "series.needs": {
    ar: "الاحتياجات والمشاكل المرصودة",
    fr: "Besoins et problèmes identifiés",
    en: "Needs and problems identified",
  },
  "series.since": {
    ar: "ما تم إنجازه منذ {meeting}",
    fr: "Ce qui a été fait depuis {meeting}",
    en: "What was done since {meeting}",
  },
  "series.open": {
    ar: "الإجراءات المفتوحة المرحلة إلى الاجتماع المقبل",
    fr: "Actions ouvertes reportées à la prochaine réunion",
    en: "Open actions carried forward",
  },
  "series.noneOpen": { ar: "لا يوجد أي إجراء مفتوح.", fr: "Aucune action ouverte.", en: "No open action." },
  "series.noneDone": {
    ar: "لم ينجز أي إجراء منذ الاجتماع السابق.",
    fr: "Aucune action réalisée depuis la réunion précédente.",
    en: "No action was completed since the previous meeting.",
  },
  "series.noneNeeds": { ar: "لم ترصد أي حاجة.", fr: "Aucun besoin identifié.", en: "No need identified." },
  "series.dropped": {
    ar: "إجراءات مفتوحة لم تذكر في هذا الاجتماع: {list}.",
    fr: "Actions ouvertes absentes de cette réunion : {list}.",
    en: "Open actions not listed at this meeting: {list}.",
  },
  "series.minutes": {
    ar: "{meeting}: جدول الأعمال والقرارات والتوصيات",
    fr: "{meeting} : ordre du jour, décisions et recommandations",
    en: "{meeting}: agenda, decisions and recommendations",
  },
  "series.summary": { ar: "ملخص اللقاء", fr: "Résumé", en: "Summary" },
  "series.agenda": { ar: "جدول الأعمال", fr: "Ordre du jour", en: "Agenda" },
  "series.decisions": { ar: "القرارات", fr: "Décisions", en: "Decisions" },
  "series.recommendations": { ar: "التوصيات", fr: "Recommandations", en: "Recommendations" },
  "col.decision": { ar: "القرار", fr: "Décision", en: "Decision" },
  "col.agendaItem": { ar: "نقطة جدول الأعمال", fr: "Point de l'ordre du jour", en: "Agenda item" },
  "kind.need": { ar: "حاجة", fr: "Besoin", en: "Need" },
  "kind.problem": { ar: "مشكل", fr: "Problème", en: "Problem" },
} as const;

/** A key of {@link eventReportLabels}. */
export type EventReportLabel = keyof typeof eventReportLabels;

/** A label of the events reports in one language, with placeholders filled. */
export function label(key: EventReportLabel, language: ReportLanguage, params?: MessageParams): string {
  return formatMessage(eventReportLabels[key], language, params);
}

/** A multilingual text as zod infers it (optional keys may hold `undefined`). */
export type LooseText = { readonly [K in keyof MultilingualText]?: string | undefined };

/** A multilingual text in one language, falling back through the locale chain; `""` when empty. */
export function textOf(value: LooseText | undefined, language: ReportLanguage): string {
  if (value === undefined) return "";
  const clean: { -readonly [K in keyof MultilingualText]?: string } = {};
  for (const key of ["ar", "fr", "en", "zgh"] as const) {
    const t = value[key];
    if (t !== undefined) clean[key] = t;
  }
  return textIn(clean, language)?.text ?? "";
}
