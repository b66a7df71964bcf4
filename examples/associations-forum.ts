/**
 * Scenario 4: the city council of Marrakech runs its third four-day associations forum (18-21
 * April 2013): about 120 associations of the social, cultural, environmental and sports fields hold stands,
 * take part in workshops and round tables, and a jury ranks the call for projects; nine winning projects, three
 * in each of the social, cultural and sports fields, are announced at the closing ceremony. The associations,
 * attendance and scores are generated from a seed (see `data/associations-forum.ts`). The script validates
 * the programme, counts the reach, ranks the call with rankCompetition, and writes the ranking with each
 * score's breakdown (CSV and HTML, ar and fr), the ranking as JSON and the forum's general report (ar, fr).
 * Output goes to `examples/out/associations-forum/` (or the folder given as argument).
 *
 *   pnpm example associations-forum [out-dir]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  computeReach,
  DEFAULT_CATALOGUE,
  eventGeneralReport,
  type RankedSubmission,
  RankingOutcome,
  rankCompetition,
  validateEvent,
} from "@madani/events";
import { FieldOfAction, type Issue, labelOf } from "@madani/model";
import {
  type Column,
  createFormatter,
  createReport,
  type ReportDocument,
  type Row,
  renderCsv,
  renderHtml,
} from "@madani/report";
import {
  associations,
  attendance,
  competitionInput,
  council,
  event,
  FIELDS,
  fieldOf,
  GENERATED_AT,
  organizations,
  participants,
  persons,
  SEED,
} from "./data/associations-forum.js";

const out = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "out", "associations-forum"));
mkdirSync(out, { recursive: true });

function fail(what: string, issues: readonly Issue<string>[]): never {
  for (const i of issues) console.error(`  ${i.code} at ${i.path.join(".")}: ${i.message}`);
  throw new Error(`${what} failed`);
}
const fr = createFormatter({ language: "fr" });
const two = (x: number): string => fr.decimal(x, 2);

console.log(`${council.name.ar} — ${event.title.ar}`);
console.log(
  `« ${event.theme?.fr ?? ""} », ${fr.date(event.startOn)} – ${fr.date(event.endOn)} (données générées, graine « ${SEED} »)`,
);

// 1. Programme and reach.
const checked = validateEvent(event, { locale: "fr", catalogue: DEFAULT_CATALOGUE });
if (!checked.ok) fail("validateEvent", checked.issues);
const workshops = event.sessions.filter((s) => s.kind === "workshop").length;
const roundTables = event.sessions.filter((s) => s.kind === "round-table").length;
console.log(
  `Programme : ${event.sessions.length} séances, ${workshops} ateliers, ${roundTables} tables rondes, ${checked.warnings.length} avertissement(s)`,
);

const reached = computeReach({ events: [event], participants, attendance, persons, organizations });
if (!reached.ok) fail("computeReach", reached.issues);
const reach = reached.value;
const present = new Set(attendance.filter((a) => a.present).map((a) => a.personId));
const orgsPresent = new Set(participants.filter((p) => present.has(p.personId)).map((p) => p.organizationId));
const byField = FIELDS.map(
  (f) => [f, associations.filter((a) => orgsPresent.has(a.id) && fieldOf(a) === f).length] as const,
);
console.log(
  `Portée : ${reach.persons} personnes, ${reach.organizations} organisations, ${reach.attendances} présences ; ` +
    `${fr.percent(Math.round((reach.personsBySex.female * 1000) / reach.persons) / 10, 1)} de femmes`,
);
console.log(
  `  Associations par domaine : ${byField.map(([f, n]) => `${labelOf(FieldOfAction, f, "fr")} ${n}`).join(", ")}`,
);

// 2. The call for projects.
const ranked = rankCompetition(competitionInput, { locale: "fr" });
if (!ranked.ok) fail("rankCompetition", ranked.issues);
const ranking = ranked.value;
const reasons = new Map<string, number>();
for (const x of ranking.ineligible) for (const r of x.reasons) reasons.set(r.code, (reasons.get(r.code) ?? 0) + 1);
console.log(
  `Appel à projets : ${competitionInput.submissions.length} dossiers, ${ranking.ranking.length} classés, ` +
    `${ranking.ineligible.length} non recevables (${[...reasons].map(([c, n]) => `${c} ${n}`).join(", ")}), ${ranking.unscored.length} non notés`,
);
for (const w of ranked.warnings) console.log(`  avertissement ${w.code} : ${w.message}`);

const submissionById = new Map(competitionInput.submissions.map((s) => [s.id, s]));
const criteria = competitionInput.competition.criteria;
const jurorIds = competitionInput.jurors.map((j) => j.id).sort();
const categoryLabel = (id: string, language: "ar" | "fr"): string => {
  const c = competitionInput.competition.categories.find((x) => x.id === id);
  return (language === "ar" ? c?.label.ar : c?.label.fr) ?? id;
};

console.log(`Lauréats : ${ranking.winners.length}`);
for (const c of ranking.categories) {
  console.log(`  ${categoryLabel(c.categoryId, "fr")} : ${c.winners.length}/${c.quota} (${c.ranked} classés)`);
  for (const id of c.winners) {
    const w = ranking.winners.find((x) => x.submissionId === id);
    if (w === undefined) continue;
    const parts = w.breakdown.criteria.map((b) => `${b.criterionId} ${two(b.points)}`).join(" + ");
    console.log(
      `    ${w.categoryRank}. ${id} — ${two(w.score)} / 100 = ${parts}${w.decidedBy === undefined ? "" : ` (départagé : ${w.decidedBy.rule})`}`,
    );
  }
}

// 3. The ranking documents.
function rankingRows(list: readonly RankedSubmission[], language: "ar" | "fr"): Row[] {
  return list.map((r) => {
    const s = submissionById.get(r.submissionId);
    const org = organizations.find((o) => o.id === r.organizationId);
    const row: Row = {
      rank: r.rank,
      categoryRank: r.categoryRank,
      category: categoryLabel(r.categoryId, language),
      // The title carries the association's name after " — ": shown in its own column.
      project: ((language === "ar" ? s?.title.ar : s?.title.fr) ?? r.submissionId).split(" — ")[0] ?? r.submissionId,
      association: (language === "ar" ? org?.name.ar : org?.name.fr) ?? "",
      score: r.score,
      outcome: {
        label: labelOf(RankingOutcome, r.outcome, language),
        tone: r.outcome === "winner" ? "positive" : "neutral",
      },
    };
    for (const b of r.breakdown.criteria) row[`c_${b.criterionId}`] = b.points;
    for (const j of jurorIds) row[`j_${j}`] = r.breakdown.jurors.find((x) => x.jurorId === j)?.normalized ?? null;
    return row;
  });
}
function rankingColumns(language: "ar" | "fr"): Column[] {
  const L = (ar: string, frText: string) => (language === "ar" ? ar : frText);
  return [
    { key: "rank", label: L("الترتيب", "Rang"), type: "integer" },
    { key: "categoryRank", label: L("الترتيب في المجال", "Rang dans le domaine"), type: "integer" },
    { key: "category", label: L("المجال", "Domaine"), type: "text" },
    { key: "project", label: L("المشروع", "Projet"), type: "text" },
    { key: "association", label: L("الجمعية", "Association"), type: "text" },
    ...criteria.map(
      (c): Column => ({
        key: `c_${c.id}`,
        label: `${(language === "ar" ? c.label.ar : c.label.fr) ?? c.id} (×${c.weight})`,
        type: "decimal",
        decimals: 2,
      }),
    ),
    { key: "score", label: L("النقطة /100", "Note /100"), type: "decimal", decimals: 2 },
    ...jurorIds.map(
      (j): Column => ({ key: `j_${j}`, label: L(`العضو ${j}`, `Juré ${j}`), type: "decimal", decimals: 2 }),
    ),
    { key: "outcome", label: L("النتيجة", "Résultat"), type: "status" },
  ];
}
// The reasons of ineligibility are messages in the locale of the ranking: the Arabic ones come from a second run.
const inArabic = rankCompetition(competitionInput, { locale: "ar" });
const reasonsIn = { ar: inArabic.ok ? inArabic.value.ineligible : [], fr: ranking.ineligible };

function rankingDocument(language: "ar" | "fr", withWinners: boolean): ReportDocument {
  const L = (ar: string, frText: string) => (language === "ar" ? ar : frText);
  const builder = createReport({
    title: L(
      "ترتيب طلب المشاريع — الملتقى الثالث للجمعيات بمراكش",
      "Classement de l'appel à projets — 3e forum des associations de Marrakech",
    ),
    subtitle: L(
      "النقطة مجموع نقط المعايير (المعدل المرجح لنقط أعضاء لجنة التحكيم، من 100)",
      "La note est la somme des points des critères (moyenne pondérée des notes des jurés, sur 100)",
    ),
    language,
    generatedAt: GENERATED_AT,
  });
  if (withWinners) {
    builder.section(L("المشاريع الفائزة", "Projets lauréats"), (s) => {
      s.paragraph(
        L(
          `أعلن عن ${ranking.winners.length} مشاريع فائزة، ثلاثة في كل مجال. تنحى عضو لجنة التحكيم عن تقييم مشاريع جمعيته أو عند تصريحه بتضارب المصالح.`,
          `${ranking.winners.length} projets lauréats, trois par domaine. Un juré ne note pas les projets de sa propre association ni ceux pour lesquels il a déclaré un conflit d'intérêts.`,
        ),
      );
      for (const c of ranking.categories) {
        s.section(categoryLabel(c.categoryId, language), (sub) => {
          sub.table({
            id: `winners-${c.categoryId}`,
            title: categoryLabel(c.categoryId, language),
            // Criterion points and the score; the jurors' totals are in the full ranking.
            columns: rankingColumns(language).filter(
              (col) => col.key !== "rank" && col.key !== "category" && !col.key.startsWith("j_"),
            ),
            rows: rankingRows(
              ranking.winners.filter((w) => w.categoryId === c.categoryId),
              language,
            ).map(({ rank: _rank, category: _category, ...row }) =>
              Object.fromEntries(Object.entries(row).filter(([key]) => !key.startsWith("j_"))),
            ),
          });
        });
      }
    });
  }
  builder.section(L("الترتيب الكامل", "Classement complet"), (s) =>
    s.table({
      id: "ranking",
      title: L("الترتيب الكامل", "Classement complet"),
      columns: rankingColumns(language),
      rows: rankingRows(ranking.ranking, language),
    }),
  );
  if (withWinners && ranking.ineligible.length > 0) {
    builder.section(L("الملفات غير المقبولة", "Dossiers non recevables"), (s) =>
      s.table({
        id: "ineligible",
        title: L("الملفات غير المقبولة", "Dossiers non recevables"),
        columns: [
          { key: "project", label: L("المشروع", "Projet"), type: "text" },
          { key: "reasons", label: L("الأسباب", "Motifs"), type: "text" },
        ],
        rows: ranking.ineligible.map((x) => {
          const sub = submissionById.get(x.submissionId);
          const localized = reasonsIn[language].find((y) => y.submissionId === x.submissionId);
          return {
            project: (language === "ar" ? sub?.title.ar : sub?.title.fr) ?? x.submissionId,
            reasons: (localized ?? x).reasons.map((r) => r.message).join(" · "),
          };
        }),
      }),
    );
  }
  return builder.build();
}

function write(name: string, content: string): void {
  writeFileSync(join(out, name), content);
}
function html(name: string, doc: ReportDocument): void {
  const r = renderHtml(doc);
  if (!r.ok) fail(name, r.issues);
  write(name, r.value);
}
for (const language of ["ar", "fr"] as const) html(`ranking-${language}.html`, rankingDocument(language, true));
const csv = renderCsv(rankingDocument("fr", false), { bom: true, separator: ";", decimalSeparator: "," });
if (!csv.ok) fail("CSV", csv.issues);
write("ranking-fr.csv", csv.value[0]?.content ?? "");
write("ranking.json", `${JSON.stringify(ranking, null, 2)}\n`);

// 4. The forum's general report.
const winnersText = (language: "ar" | "fr") =>
  ranking.categories.map((c) => {
    const names = c.winners.map((id) => {
      const org = organizations.find((o) => o.id === submissionById.get(id)?.organizationId);
      return (language === "ar" ? org?.name.ar : org?.name.fr) ?? id;
    });
    return `${categoryLabel(c.categoryId, language)}: ${names.join(language === "ar" ? "، " : ", ")}`;
  });
for (const language of ["ar", "fr"] as const) {
  const winners = winnersText(language);
  const r = eventGeneralReport(
    {
      event,
      organizations: [...organizations],
      persons: [...persons],
      participants: [...participants],
      attendance: [...attendance],
      achievements: [
        {
          ar: `عرض المشاريع التنموية لـ${orgsPresent.size} جمعية في أروقة الملتقى`,
          fr: `${orgsPresent.size} associations ont présenté leurs projets de développement sur leurs stands`,
        },
        ...winners.map((w) => ({ [language]: w })),
      ],
      recommendations: [
        {
          id: "rec-guichet",
          text: { ar: "إحداث الشباك الوحيد لخدمة الجمعيات", fr: "Créer le guichet unique des associations" },
          owner: { organizationId: council.id },
        },
        {
          id: "rec-site",
          text: {
            ar: "إطلاق موقع للتواصل بين الجمعيات وكل الشركاء والمانحين",
            fr: "Lancer un site reliant les associations, les partenaires et les bailleurs",
          },
          owner: { organizationId: council.id },
        },
      ],
      indicators: [
        { label: { ar: "الجمعيات المشاركة", fr: "Associations participantes" }, value: orgsPresent.size, target: 120 },
        { label: { ar: "المشاريع المودعة", fr: "Projets déposés" }, value: competitionInput.submissions.length },
        {
          label: { ar: "المشاريع المقبولة والمرتبة", fr: "Projets recevables et classés" },
          value: ranking.ranking.length,
        },
        { label: { ar: "المشاريع الفائزة", fr: "Projets lauréats" }, value: ranking.winners.length, target: 9 },
      ],
    },
    { language, generatedAt: GENERATED_AT },
  );
  if (!r.ok) fail(`eventGeneralReport ${language}`, r.issues);
  html(`general-report-${language}.html`, r.value);
}

console.log(
  "\nFichiers : ranking-ar.html, ranking-fr.html, ranking-fr.csv, ranking.json, general-report-ar.html, general-report-fr.html",
);
console.log(`Rapports écrits dans ${out}`);
