import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createReport } from "../document/builder.js";
import type { ReportDocument, ReportLanguage, ReportText, Row } from "../document/document.js";
import { renderCsv } from "./csv.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";

// The Doukkala network's fifth training meeting (27-29 December 2024, Sidi Bennour and El Jadida), from
// /work/shared/seeds/004: four workshops, agreements, three model cooperatives honoured, a draw for two
// documentaries, certificates. Every block type and every chart kind, sections two levels deep.
// Shared with the cross-renderer laws at the end of this file.
const mad = (centimes: number) => ({ amount: centimes, currency: "MAD" });
const t = (ar: string, fr: string): ReportText => ({ ar, fr });
const done = { label: t("منجز", "Réalisé"), tone: "positive" as const };

const budgetLines: readonly [ReportText, ReportText, number, number][] = [
  [
    t("الإيواء والإطعام", "Hébergement et restauration"),
    t("جهة الدار البيضاء سطات", "Région Casablanca-Settat"),
    4_800_000,
    4_625_000,
  ],
  [
    t("نقل المشاركين", "Transport des participants"),
    t("ولاية جهة الدار البيضاء سطات", "Wilaya de Casablanca-Settat"),
    1_500_000,
    1_438_000,
  ],
  [
    t("أتعاب المؤطرين", "Honoraires des formateurs"),
    t("المديرية الجهوية لوزارة الإدماج الاقتصادي", "Direction régionale de l'Inclusion économique"),
    1_800_000,
    1_800_000,
  ],
  [t("الوثائق والشهادات", "Supports et attestations"), t("الشبكة", "Réseau (fonds propres)"), 650_000, 587_550],
  [t("الأشرطة التوثيقية", "Documentaires promotionnels"), t("الشبكة", "Réseau (fonds propres)"), 1_200_000, 0],
];
const planned = budgetLines.reduce((a, l) => a + l[2], 0);
const spent = budgetLines.reduce((a, l) => a + l[3], 0);
const rate = (s: number, p: number) => Math.round((s / p) * 1000) / 10;

function doukkala(language: ReportLanguage): ReportDocument {
  return createReport({
    title: t("التقرير العام للقاء التكويني الخامس", "Rapport général de la cinquième rencontre de formation"),
    subtitle: t(
      "التخطيط الاستراتيجي للتعاونيات والجمعيات التنموية والمقاولات الصغرى، وتقنيات التواصل الرقمي وصياغة المشاريع",
      "Planification stratégique des coopératives, des associations de développement et des petites entreprises",
    ),
    organization: { name: t("شبكة الجمعيات الدكالية", "Réseau des associations de Doukkala") },
    period: { startOn: "2024-12-27", endOn: "2024-12-29" },
    language,
    generatedAt: "2025-01-15T10:00:00+01:00",
  })
    .section(
      t("تقديم", "Présentation"),
      (s) =>
        s
          .paragraph(
            t(
              "نظمت شبكة الجمعيات الدكالية اللقاء التكويني الخامس من 27 إلى 29 دجنبر 2024 بمدينتي سيدي بنور والجديدة.\nبشراكة مع جهة الدار البيضاء سطات.\n\nتوجت ثلاث تعاونيات نموذجية.",
              "Le Réseau des associations de Doukkala a tenu sa cinquième rencontre de formation du 27 au 29 décembre 2024 à Sidi Bennour et El Jadida.\nEn partenariat avec la Région Casablanca-Settat.\n\nTrois coopératives modèles ont été honorées.",
            ),
          )
          .figures([
            {
              label: t("المشاركون", "Participants"),
              value: 148,
              unit: t("مشارك", "participants"),
              target: 120,
              previous: 112,
            },
            { label: t("حصة النساء", "Part des femmes"), value: 54.1, format: { type: "percent" }, previous: 49.5 },
            {
              label: t("المصاريف", "Dépenses"),
              value: spent,
              format: { type: "money", currency: "MAD" },
              target: planned,
              status: { label: t("في الحدود", "Dans le budget"), tone: "positive" },
            },
            { label: t("اتفاقيات الشراكة الموقعة", "Conventions signées"), value: 5, target: 4, status: done },
          ]),
      "presentation",
    )
    .section(t("الورشات", "Ateliers"), (s) =>
      s
        .table({
          id: "participants",
          title: t("المشاركون حسب الورشة", "Participants par atelier"),
          columns: [
            { key: "workshop", label: t("الورشة", "Atelier"), type: "text" },
            { key: "city", label: t("المدينة", "Ville"), type: "text" },
            { key: "on", label: t("التاريخ", "Date"), type: "date" },
            { key: "women", label: t("النساء", "Femmes"), type: "integer" },
            { key: "men", label: t("الرجال", "Hommes"), type: "integer" },
            { key: "satisfaction", label: t("نسبة الرضا", "Satisfaction"), type: "percent" },
            { key: "status", label: t("الحالة", "État"), type: "status" },
          ],
          rows: [
            {
              workshop: t("ورشة إعداد برامج تقوية القدرات", "Programmes de renforcement des capacités"),
              city: t("سيدي بنور", "Sidi Bennour"),
              on: "2024-12-27",
              women: 21,
              men: 17,
              satisfaction: 88.5,
              status: done,
            },
            {
              workshop: t("ورشة التخطيط الاستراتيجي", "Planification stratégique"),
              city: t("سيدي بنور", "Sidi Bennour"),
              on: "2024-12-28",
              women: 19,
              men: 22,
              satisfaction: 91,
              status: done,
            },
            {
              workshop: t(
                "ورشة تقنيات التواصل الرقمي وإعداد المشاريع",
                "Communication numérique et montage de projets",
              ),
              city: t("سيدي بنور", "Sidi Bennour"),
              on: "2024-12-28",
              women: 24,
              men: 15,
              satisfaction: 79.25,
              status: done,
            },
            {
              workshop: t("ورشة صياغة المشاريع", "Rédaction de projets"),
              city: t("الجديدة", "El Jadida"),
              on: "2024-12-29",
              women: 16,
              men: 14,
              satisfaction: null,
              status: { label: t("في انتظار التقييم", "Évaluation en attente"), tone: "warning" },
            },
          ],
          footer: { workshop: t("المجموع", "Total"), women: 80, men: 68 },
          caption: t("المصدر: لوائح الحضور", "Source : feuilles de présence"),
        })
        .chart({
          kind: "bar",
          title: t("المشاركون حسب الورشة والجنس", "Participants par atelier et par sexe"),
          description: t(
            "النساء أكثر من الرجال في ثلاث ورشات من أربع.",
            "Les femmes sont plus nombreuses dans trois ateliers sur quatre.",
          ),
          categories: [
            t("تقوية القدرات", "Capacités"),
            t("التخطيط", "Planification"),
            t("التواصل الرقمي", "Numérique"),
            t("صياغة المشاريع", "Rédaction"),
          ],
          series: [
            { name: t("النساء", "Femmes"), values: [21, 19, 24, 16] },
            { name: t("الرجال", "Hommes"), values: [17, 22, 15, 14] },
          ],
        })
        .chart({
          kind: "stacked-bar",
          title: t("الحضور حسب اليوم ونوع المؤسسة", "Présents par jour et par type d'institution"),
          format: { type: "integer" },
          categories: [t("27 دجنبر", "27 déc."), t("28 دجنبر", "28 déc."), t("29 دجنبر", "29 déc.")],
          series: [
            { name: t("التعاونيات", "Coopératives"), values: [58, 61, 63] },
            { name: t("الجمعيات", "Associations"), values: [49, 52, 55] },
            { name: t("المؤسسات العمومية", "Institutions publiques"), values: [25, 28, null] },
          ],
        })
        .section(t("المشاركة حسب اليوم", "Participation par jour"), (sub) =>
          sub
            .chart({
              kind: "line",
              title: t("عدد الحاضرين", "Nombre de présents"),
              categories: ["2024-12-27", "2024-12-28", "2024-12-29"],
              series: [{ name: t("الحاضرون", "Présents"), values: [132, 141, 118] }],
            })
            .section(t("المؤسسات المشاركة", "Institutions participantes"), (subsub) =>
              subsub.chart({
                kind: "donut",
                title: t("المؤسسات المشاركة حسب النوع", "Institutions participantes par type"),
                slices: [
                  { label: t("التعاونيات", "Coopératives"), value: 21 },
                  { label: t("الجمعيات التنموية", "Associations de développement"), value: 17 },
                  { label: t("المقاولات الصغرى", "Petites entreprises"), value: 6 },
                  { label: t("المؤسسات العمومية", "Institutions publiques"), value: 4 },
                ],
              }),
            ),
        ),
    )
    .section(t("الميزانية", "Budget"), (s) =>
      s
        .table({
          id: "budget",
          title: t("الميزانية حسب البند", "Budget par poste"),
          columns: [
            { key: "line", label: t("البند", "Poste"), type: "text" },
            { key: "funder", label: t("الممول", "Financeur"), type: "text" },
            { key: "planned", label: t("المبلغ المتوقع", "Prévu"), type: "money" },
            { key: "spent", label: t("المبلغ المصروف", "Dépensé"), type: "money" },
            { key: "rate", label: t("نسبة التنفيذ", "Taux d'exécution"), type: "percent" },
          ],
          rows: budgetLines.map(
            ([line, funder, p, s]): Row => ({ line, funder, planned: mad(p), spent: mad(s), rate: rate(s, p) }),
          ),
          footer: { line: t("المجموع", "Total"), planned: mad(planned), spent: mad(spent), rate: rate(spent, planned) },
        })
        .note(
          t(
            "سيصرف مبلغ الأشرطة التوثيقية في 2025 بعد القرعة.",
            "Le montant des documentaires sera dépensé en 2025, après le tirage au sort.",
          ),
          "warning",
        ),
    )
    .section(t("الإنجازات", "Réalisations"), (s) =>
      s
        .chart({
          kind: "progress",
          title: t("الإنجازات مقارنة بالأهداف", "Réalisations par rapport aux cibles"),
          items: [
            { label: t("المشاركون", "Participants"), value: 148, target: 120, tone: "positive" },
            { label: t("اتفاقيات الشراكة", "Conventions de partenariat"), value: 5, target: 4 },
            { label: t("الشهادات الموزعة", "Attestations remises"), value: 148, target: 148 },
            { label: t("الأشرطة التوثيقية", "Documentaires produits"), value: 0, target: 2, tone: "warning" },
          ],
        })
        .section(t("التعاونيات المتوجة", "Coopératives honorées"), (sub) =>
          sub
            .list(
              [
                t("تعاونية نساء العونات", "Coopérative des femmes d'Laounate"),
                t("تعاونية صفوة بلادي (النواصر)", "Coopérative Safwat Bladi (Nouaceur)"),
                t("تعاونية أم الربيع (أزمور)", "Coopérative Oum Er-Rbia (Azemmour)"),
              ],
              true,
            )
            .section(t("القرعة", "Tirage au sort"), (subsub) =>
              subsub.note(
                t(
                  "أجريت قرعة بين المؤسسات المشاركة لاختيار مؤسستين تستفيدان من شريط توثيقي إشهاري.",
                  "Un tirage au sort entre les institutions participantes a désigné deux bénéficiaires d'un documentaire promotionnel.",
                ),
                "info",
              ),
            ),
        ),
    )
    .section(t("البرنامج", "Programme"), (s) =>
      s.chart({
        kind: "gantt",
        title: t("برنامج الأيام الثلاثة", "Programme des trois jours"),
        rows: [
          {
            label: t("الافتتاح وورشة تقوية القدرات", "Ouverture et atelier capacités"),
            group: t("سيدي بنور", "Sidi Bennour"),
            startOn: "2024-12-27",
            endOn: "2024-12-27",
            progress: 1,
          },
          {
            label: t("ورشتا التخطيط والتواصل الرقمي", "Ateliers planification et numérique"),
            group: t("سيدي بنور", "Sidi Bennour"),
            startOn: "2024-12-28",
            endOn: "2024-12-28",
            progress: 1,
          },
          {
            label: t("التتويج والقرعة والشهادات", "Trophées, tirage et attestations"),
            group: t("الجديدة", "El Jadida"),
            startOn: "2024-12-29",
            endOn: "2024-12-29",
            progress: 1,
          },
          {
            label: t("إنتاج الشريطين التوثيقيين", "Production des deux documentaires"),
            startOn: "2025-01-06",
            endOn: "2025-03-31",
            progress: 0.1,
            tone: "warning",
          },
        ],
      }),
    )
    .section(t("التوصيات", "Recommandations"), (s) =>
      s
        .list([
          t("إصدار التقرير العام ونشره على الشركاء", "Publier le rapport général et le diffuser aux partenaires"),
          t("برمجة دورات تقوية القدرات لسنة 2025", "Programmer les sessions de renforcement des capacités de 2025"),
          t("المشاركة في السنة الدولية للتعاونيات 2025", "Participer à l'Année internationale des coopératives 2025"),
        ])
        .sources([
          { text: t("جريدة البديل السياسي – نورالدين عمار", "Journal Al Badil Assiyassi – Noureddine Ammar") },
          { text: t("الأمم المتحدة", "Nations unies"), url: "https://www.un.org/" },
        ]),
    )
    .build();
}

const ok = <T>(r: { ok: true; value: T } | { ok: false; issues: readonly unknown[] }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  return r.value;
};

/** The document with one text table, for the escaping properties. */
const oneTable = (headers: readonly string[], cells: readonly string[], language: ReportLanguage = "fr") =>
  createReport({ title: "T", language, generatedAt: "2025-01-15T10:00:00+01:00" })
    .section("S", (s) =>
      s.table({
        id: "t",
        title: "Table",
        columns: headers.map((label, i) => ({ key: `c${i}`, label, type: "text" as const })),
        rows: [Object.fromEntries(cells.map((c, i) => [`c${i}`, c]))],
        footer: Object.fromEntries(cells.map((c, i) => [`c${i}`, c])),
      }),
    )
    .build();

/** Split a GFM table row on the pipes that are not escaped (GFM §4.10: `\|` is part of the cell). */
const splitRow = (line: string) => line.split(/(?<!\\)\|/);
/** Undo the escaping: backslash escapes of ASCII punctuation, `<br>` as line break, the bold of a totals row. */
const unescapeCell = (cell: string) =>
  cell
    .trim()
    .replace(/^\*\*([\s\S]*)\*\*$/, "$1")
    .replace(/\\([!-/:-@[-`{-~])|<br>/g, (_m, c: string | undefined) => c ?? "\n");

/** Strings made of what Markdown reacts to, and anything else. */
const markdownish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...["|", "\\", "\\|", "`", "*", "**", "_", "#", "<", ">", "&amp;", "&#42;", "[a](http://x)", "\n", "\r\n"],
        ...["\r", "- ", "1. ", "2) ", "=", "---", "    ", "\t", "~", "$", "!", "[", "]", " ", "\u00a0", "<script>"],
        ...["ب", "الجديدة", "😀", ":", "(", ")", "```", "+ ", "> ", "<div>", "[x]: http://y"],
      ),
      fc.string({ unit: "binary", maxLength: 4 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

describe("renderMarkdown", () => {
  const fr = ok(renderMarkdown(doukkala("fr")));
  const ar = ok(renderMarkdown(doukkala("ar")));

  it("writes the title, the metadata and sections as #, ##, ### and ####", () => {
    expect(fr.startsWith("# Rapport général de la cinquième rencontre de formation\n\nPlanification stratégique")).toBe(
      true,
    );
    expect(fr).toContain(
      "Réseau des associations de Doukkala\\\n**Période\u00a0:** 27 décembre 2024 – 29 décembre 2024\\\n**Établi le\u00a0:** 15 janvier 2025\n",
    );
    expect(fr).toContain("\n## Ateliers\n");
    expect(fr).toContain("\n### Participation par jour\n");
    expect(fr).toContain("\n#### Institutions participantes\n");
    expect(fr.endsWith("](https://www.un.org/)\n")).toBe(true);
  });

  it("splits paragraphs on blank lines and keeps line breaks as hard breaks", () => {
    expect(fr).toContain(
      "à Sidi Bennour et El Jadida.\\\nEn partenariat avec la Région Casablanca-Settat.\n\nTrois coopératives modèles ont été honorées.\n",
    );
  });

  it("writes key figures as a table with target, share reached, previous period and change", () => {
    const plain = fr.replace(/[\u00a0\u202f]/g, " ");
    expect(plain).toContain(
      "| Indicateur | Valeur | Unité | Cible | Période précédente | Statut |\n| --- | ---: | --- | ---: | ---: | --- |\n",
    );
    expect(plain).toContain("| Participants | 148 | participants | 120 (123,3 %) | 112 (+36) |  |");
    expect(plain).toContain("| Part des femmes | 54,1 % |  |  | 49,5 % (+4,6 %) |  |");
    expect(plain).toContain("| Dépenses | 84.505,50 MAD |  | 99.500,00 MAD (84,9 %) |  | Dans le budget |");
  });

  it("writes tables with numbers right-aligned and the totals row in bold", () => {
    expect(fr).toContain(
      "**Participants par atelier**\n\n| Atelier | Ville | Date | Femmes | Hommes | Satisfaction | État |\n| --- | --- | --- | ---: | ---: | ---: | --- |\n| Programmes de renforcement des capacités | Sidi Bennour | 27 décembre 2024 | 21 | 17 | 88,5\u00a0% | Réalisé |\n",
    );
    expect(fr).toContain("| **Total** |  |  | **80** | **68** |  |  |\n\nSource : feuilles de présence\n");
    expect(fr.replace(/[\u00a0\u202f]/g, " ")).toContain(
      "| **Total** |  | **99.500,00 MAD** | **84.505,50 MAD** | **84,9 %** |",
    );
  });

  it("writes charts as tables of their data", () => {
    const plain = fr.replace(/[\u00a0\u202f]/g, " ");
    // bar: categories × series, with the description first.
    expect(plain).toContain(
      "**Participants par atelier et par sexe**\n\nLes femmes sont plus nombreuses dans trois ateliers sur quatre.\n\n| Catégorie | Femmes | Hommes |\n| --- | ---: | ---: |\n| Capacités | 21 | 17 |",
    );
    // stacked bar: a total column; a missing value is an empty cell.
    expect(plain).toContain("| Catégorie | Coopératives | Associations | Institutions publiques | Total |");
    expect(plain).toContain("| 29 déc. | 63 | 55 |  | 118 |");
    // line
    expect(plain).toContain("| Catégorie | Présents |\n| --- | ---: |\n| 2024-12-27 | 132 |");
    // donut: shares and a totals row.
    expect(plain).toContain("| Élément | Valeur | Part |\n| --- | ---: | ---: |\n| Coopératives | 21 | 43,8 % |");
    expect(plain).toContain("| **Total** | **48** | **100 %** |");
    // progress: value, target, share reached.
    expect(plain).toContain("| Conventions de partenariat | 5 | 4 | 125 % |");
    expect(plain).toContain("| Documentaires produits | 0 | 2 | 0 % |");
    // gantt: group, activity, start, end, progress.
    expect(plain).toContain("| Groupe | Activité | Début | Fin | Avancement |\n| --- | --- | --- | --- | ---: |");
    expect(plain).toContain(
      "| El Jadida | Trophées, tirage et attestations | 29 décembre 2024 | 29 décembre 2024 | 100 % |",
    );
    expect(plain).toContain("|  | Production des deux documentaires | 6 janvier 2025 | 31 mars 2025 | 10 % |");
  });

  it("writes lists, notes as blockquotes with their tone, and sources as links", () => {
    expect(fr).toContain(
      "1. Coopérative des femmes d'Laounate\n2. Coopérative Safwat Bladi (Nouaceur)\n3. Coopérative Oum Er-Rbia (Azemmour)\n",
    );
    expect(fr).toContain("- Publier le rapport général et le diffuser aux partenaires\n- Programmer");
    expect(fr).toContain("> **Attention\u00a0:** Le montant des documentaires sera dépensé en 2025");
    expect(fr).toContain("> **Information\u00a0:** Un tirage au sort");
    expect(fr).toContain(
      "**Sources**\n\n- Journal Al Badil Assiyassi – Noureddine Ammar\n- [Nations unies](https://www.un.org/)\n",
    );
  });

  it("wraps an Arabic document in a right-to-left div that GitHub keeps, unless asked not to", () => {
    expect(ar.startsWith('<div dir="rtl" lang="ar">\n\n# التقرير العام للقاء التكويني الخامس\n')).toBe(true);
    expect(ar.endsWith("\n\n</div>\n")).toBe(true);
    expect(ar).toContain("**الفترة:** 27 دجنبر 2024 – 29 دجنبر 2024");
    expect(ar).toContain(
      "| الورشة | المدينة | التاريخ | النساء | الرجال | نسبة الرضا | الحالة |\n| --- | --- | --- | ---: | ---: | ---: | --- |",
    );
    expect(ar).toContain("> **تنبيه:** سيصرف مبلغ الأشرطة التوثيقية");
    const bare = ok(renderMarkdown(doukkala("ar"), { rtlWrapper: false }));
    expect(bare.startsWith("# التقرير العام")).toBe(true);
    expect(bare).not.toContain("<div");
    expect(fr).not.toContain("<div");
  });

  it("escapes what Markdown would read as markup", () => {
    const doc = createReport({ title: "# Rapport *final*", language: "fr", generatedAt: "2025-01-15T10:00:00+01:00" })
      .section("Section ##", (s) =>
        s
          .paragraph(
            "<script>alert(1)</script>\n# pas un titre\n- pas une liste\n1. pas une liste\n> pas une citation\n    pas du code\n---",
          )
          .paragraph("a | b &amp; _c_ `d` [e](http://x) ~f~ $g$ \\")
          .list(["- imbriquée ?", "ligne 1\n\nligne 2"])
          .sources([{ text: "Lien [spécial]", url: "https://exemple.ma/a b(c)" }]),
      )
      .build();
    const md = ok(renderMarkdown(doc));
    expect(md).toContain("# \\# Rapport \\*final\\*\n");
    expect(md).toContain("## Section \\#\\#\n");
    expect(md).toContain(
      "\\<script>alert(1)\\</script>\\\n\\# pas un titre\\\n\\- pas une liste\\\n1\\. pas une liste\\\n\\> pas une citation\\\npas du code\\\n\\---\n",
    );
    expect(md).toContain("a \\| b \\&amp; \\_c\\_ \\`d\\` \\[e\\](http://x) \\~f\\~ \\$g\\$ \\\\\n");
    expect(md).toContain("- \\- imbriquée ?\n- ligne 1\\\n  ligne 2\n");
    expect(md).toContain("- [Lien \\[spécial\\]](https://exemple.ma/a%20b\\(c\\))\n");
  });

  it("keeps every table row intact and every cell's text, whatever the cells hold", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(markdownish, markdownish), { minLength: 1, maxLength: 5 }), (columns) => {
        const headers = columns.map(([h]) => h);
        const cells = columns.map(([, c]) => c);
        const md = ok(renderMarkdown(oneTable(headers, cells)));
        const rows = md.split("\n").filter((l) => l.startsWith("|"));
        expect(rows).toHaveLength(4); // header, delimiter, row, totals
        for (const row of rows) expect(splitRow(row)).toHaveLength(columns.length + 2);
        const text = (s: string) =>
          s
            .trim()
            .split(/\r\n?|\n/)
            .map((l) => l.trim())
            .join("\n");
        const [header, , body, footer] = rows.map((r) => splitRow(r).slice(1, -1).map(unescapeCell));
        expect(header).toEqual(headers.map(text));
        expect(body).toEqual(cells.map(text));
        expect(footer).toEqual(cells.map(text));
      }),
      { numRuns: 500 },
    );
  });

  it("never lets a paragraph, list item or note open a block of its own", () => {
    // What starts a block in CommonMark: indented code, heading, quote, list, rule or setext line, fence, HTML, table.
    const blockStart = /^(?: {4}|\t|#|>|[-+*](?:\s|$)|\d{1,9}[.)]|[=_*-]{3}|```|~~~|<|\|)/;
    fc.assert(
      fc.property(markdownish, markdownish, (paragraph, item) => {
        const doc = createReport({
          title: "T",
          organization: { name: item },
          language: "fr",
          generatedAt: "2025-01-15T10:00:00+01:00",
        })
          .section("S", (s) =>
            s
              .paragraph(paragraph)
              .list([item, item])
              .note(paragraph, "negative")
              .sources([{ text: item }]),
          )
          .build();
        const md = ok(renderMarkdown(doc));
        const lines = md.split("\n");
        // The organization's name opens the line after the title.
        expect(lines[2] ?? "").not.toMatch(blockStart);
        const body = md.slice(md.indexOf("## S\n") + 5, md.indexOf("**Sources**")).split("\n");
        const source = md.slice(md.indexOf("**Sources**\n\n- ") + 15);
        expect(source).not.toMatch(blockStart);
        expect(source.split("\n")).toHaveLength(2);
        for (const line of body) {
          if (line.startsWith("- ")) expect(line.slice(2)).not.toMatch(blockStart);
          else if (line.startsWith("  ")) expect(line.slice(2)).not.toMatch(blockStart);
          else if (line.startsWith("> ")) expect(line.slice(2)).not.toMatch(blockStart);
          else if (line !== ">" && line !== "-") expect(line).not.toMatch(blockStart);
        }
        expect(body.filter((l) => l.startsWith("- ") || l === "-")).toHaveLength(2);
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Laws every renderer of this folder obeys (Markdown, CSV, JSON), on the Doukkala document.

const renderers = {
  markdown: (d: unknown) => renderMarkdown(d),
  csv: (d: unknown) => {
    const r = renderCsv(d, { bom: true });
    return r.ok ? { ok: true as const, value: r.value.map((f) => `${f.name}\n${f.content}`).join("\n") } : r;
  },
  json: (d: unknown) => renderJson(d),
};

/** The same value with the keys of every object in another order. */
function shuffleKeys(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, random));
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [entries[i], entries[j]] = [entries[j] as [string, unknown], entries[i] as [string, unknown]];
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, shuffleKeys(v, random)]));
}

/** Every path to a value inside a document. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => void paths(v, [...at, i], out));
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v));
  const record = value as Record<string, unknown>;
  return { ...record, [head]: replaceAt(record[head], rest, replacement) };
}

describe.each(Object.entries(renderers))("%s renderer", (_name, render) => {
  it.each(["ar", "fr", "en"] as const)(
    "renders a %s document with every block type without NaN, undefined or [object Object]",
    (language) => {
      const out = ok(render(doukkala(language)));
      expect(out.length).toBeGreaterThan(500);
      expect(out).not.toMatch(/NaN|undefined|\[object Object\]|Invalid Date/);
    },
  );

  it("gives the same bytes for the same document, whatever the order of its keys", () => {
    const doc = doukkala("ar");
    const first = ok(render(doc));
    expect(ok(render(doukkala("ar")))).toBe(first);
    expect(ok(render(JSON.parse(JSON.stringify(doc))))).toBe(first);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let s = seed >>> 0;
        const random = () => {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
          return s / 2 ** 32;
        };
        expect(ok(render(shuffleKeys(doc, random)))).toBe(first);
      }),
      { numRuns: 20 },
    );
  });

  it("returns issues instead of throwing, for any input", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
        }),
        (input) => {
          expect(render(input).ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on a document with one value replaced by anything", () => {
    const doc = doukkala("fr");
    const all = paths(doc);
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.anything({ withBigInt: true, withNullPrototype: true }),
        (path, value) => {
          const r = render(replaceAt(doc, path, value));
          if (r.ok) expect(r.value).not.toMatch(/NaN|\[object Object\]/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
