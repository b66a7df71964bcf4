import { FieldOfAction, LegalForm, LegalStatus, labelOf } from "@madani/model";
import {
  createFormatter,
  createReport,
  type KeyFigure,
  percentShares,
  type ReportDocument,
  type ReportLanguage,
  type ReportText,
  type Row,
  type Tone,
} from "@madani/report";
import { label } from "./labels.js";
import type { PlaceCount, Rate, RegistryStatistics } from "./statistics.js";

/**
 * Options of {@link registryStatisticsReport}.
 *
 * @example
 * ```ts
 * const options: RegistryReportOptions = { language: "ar", generatedAt: "2026-01-05T09:00:00+01:00" };
 * ```
 */
export interface RegistryReportOptions {
  /** Language of the report: headings, labels and place names (Arabic names for `ar`, French ones otherwise). */
  readonly language: ReportLanguage;
  /** When the report is generated, ISO 8601 with an offset, given by the caller (reports never read the clock). */
  readonly generatedAt: string;
  /** Title; default "Registry statistics: associations and cooperatives" in the report's language. */
  readonly title?: ReportText | undefined;
  /** Communes listed in the communes table, those with the most organizations first; default 20. */
  readonly topCommunes?: number | undefined;
}

const STATUS_TONES: Readonly<Record<(typeof LegalStatus.values)[number], Tone>> = {
  unknown: "neutral",
  founded: "info",
  declared: "info",
  "provisional-receipt": "info",
  "may-operate": "warning",
  "final-receipt": "positive",
  "public-utility": "positive",
  suspended: "warning",
  dissolved: "negative",
};

/** Fields shown in the fields chart (the table lists them all). */
const TOP_FIELDS = 12;

function placeName(p: PlaceCount, language: ReportLanguage): string {
  const name = language === "ar" ? p.nameAr : p.nameFr;
  return name ?? label("unknownPlace", language, { code: p.code });
}

function placeRows(places: readonly PlaceCount[], language: ReportLanguage, key: string): Row[] {
  return places.map((p) => ({
    code: p.code,
    [key]: placeName(p, language),
    count: p.count,
    active: p.active,
    population: p.population,
    per10k: p.per10k,
  }));
}

/**
 * The statistics of a registry as a report document (`@madani/report`), in Arabic,
 * French or English, with charts: key figures, organizations by région (with the
 * density per 10,000 inhabitants), legal form, field of action and legal status,
 * creations per year, by province, the communes with the most organizations, and
 * compliance rates, with the source of the population data.
 *
 * @param statistics - the output of {@link computeStatistics}.
 * @param options - {@link RegistryReportOptions}: language and `generatedAt`.
 * @returns the report document (format `madani.report/1`); render it with `renderHtml`,
 * `renderMarkdown`, `renderCsv` or `renderJson`.
 * @remarks The report holds counts only, no personal data. Shares in a table add up
 * to exactly 100 % (largest remainder, `percentShares`). Population figures: HCP,
 * RGPH 2024, cited in the report (CC BY 4.0).
 * @example
 * ```ts
 * const stats = computeStatistics(organizations, { asOf: "2025-12-31" });
 * if (stats.ok) {
 *   const doc = registryStatisticsReport(stats.value, { language: "ar", generatedAt: "2026-01-05T09:00:00+01:00" });
 *   const html = renderHtml(doc);
 * }
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass values returned by the package's entry points.
 */
export function registryStatisticsReport(
  statistics: RegistryStatistics,
  options: RegistryReportOptions,
): ReportDocument {
  const lang = options.language;
  const s = statistics;
  const fmt = createFormatter({ language: lang });
  const report = createReport({
    title: options.title ?? label("title", lang),
    subtitle: label("subtitle", lang, { date: fmt.date(s.asOf) }),
    language: lang,
    generatedAt: options.generatedAt,
  });
  const integer = { type: "integer" } as const;
  const percent = { type: "percent", decimals: 1 } as const;
  const rateFigure = (key: Parameters<typeof label>[0], r: Rate, tone: (p: number) => Tone): KeyFigure[] =>
    r.percent === null
      ? []
      : [
          {
            label: label(key, lang),
            value: r.percent,
            format: percent,
            status: { label: `${fmt.integer(r.count)} / ${fmt.integer(r.of)}`, tone: tone(r.percent) },
          },
        ];
  const c = s.compliance;

  report.section(
    label("section.keyFigures", lang),
    (sec) =>
      sec.figures([
        { label: label("figure.total", lang), value: s.total, format: integer },
        { label: label("figure.active", lang), value: s.active, format: integer },
        { label: label("figure.per10k", lang), value: s.national.per10k, format: { type: "decimal", decimals: 1 } },
        ...rateFigure("figure.finalReceipt", c.finalReceipt, (p) =>
          p >= 80 ? "positive" : p >= 50 ? "warning" : "negative",
        ),
        ...rateFigure("figure.boardExpired", c.boardExpired, (p) =>
          p <= 10 ? "positive" : p <= 30 ? "warning" : "negative",
        ),
      ]),
    "key-figures",
  );

  const placeColumns = (key: string, labelKey: Parameters<typeof label>[0]) =>
    [
      { key: "code", label: label("col.code", lang), type: "text" },
      { key, label: label(labelKey, lang), type: "text" },
      { key: "count", label: label("col.count", lang), type: "integer" },
      { key: "active", label: label("col.active", lang), type: "integer" },
      { key: "population", label: label("col.population", lang), type: "integer" },
      { key: "per10k", label: label("col.per10k", lang), type: "decimal", decimals: 1 },
    ] as const;

  report.section(
    label("section.regions", lang),
    (sec) => {
      const known = s.byRegion.filter((r) => r.per10k !== null);
      if (known.length > 0) {
        sec.chart({
          kind: "bar",
          title: label("chart.regionDensity", lang),
          description: label("chart.regionDensityDescription", lang),
          format: { type: "decimal", decimals: 1 },
          // Spaces around the hyphens of "Tanger-Tétouan-Al Hoceima" let the axis labels wrap between words.
          categories: known.map((r) => placeName(r, lang).replace(/\s*-\s*/g, " - ")),
          series: [{ name: label("col.per10k", lang), values: known.map((r) => r.per10k) }],
        });
      }
      sec.table({
        id: "regions",
        title: label("section.regions", lang),
        columns: placeColumns("region", "col.region"),
        rows: placeRows(s.byRegion, lang, "region"),
        footer: {
          code: null,
          region: label("total", lang),
          count: s.total - s.unlocated.region,
          active: s.byRegion.reduce((n, r) => n + r.active, 0),
          population: s.national.population,
          per10k: s.national.per10k,
        },
      });
      if (s.unlocated.region > 0)
        sec.note(label("note.unlocated", lang, { count: fmt.integer(s.unlocated.region) }), "info");
      sec.sources([{ text: label("source.geo", lang) }]);
    },
    "regions",
  );

  report.section(
    label("section.legalForms", lang),
    (sec) => {
      const present = s.byLegalForm.filter((f) => f.count > 0);
      if (present.length > 0) {
        sec.chart({
          kind: "donut",
          title: label("chart.legalForms", lang),
          format: integer,
          slices: present.map((f) => ({ label: labelOf(LegalForm, f.value, lang), value: f.count })),
        });
      }
      const shares = percentShares(present.map((f) => f.count));
      sec.table({
        id: "legal-forms",
        title: label("section.legalForms", lang),
        columns: [
          { key: "form", label: label("col.legalForm", lang), type: "text" },
          { key: "count", label: label("col.count", lang), type: "integer" },
          { key: "share", label: label("col.share", lang), type: "percent", decimals: 1 },
        ],
        rows: present.map((f, i) => ({
          form: labelOf(LegalForm, f.value, lang),
          count: f.count,
          share: shares[i] ?? 0,
        })),
        footer: { form: label("total", lang), count: s.total, share: s.total > 0 ? 100 : null },
      });
    },
    "legal-forms",
  );

  report.section(
    label("section.fields", lang),
    (sec) => {
      const present = s.byField.filter((f) => f.count > 0).sort((a, b) => b.count - a.count);
      if (present.length > 0) {
        sec.chart({
          kind: "bar",
          title: label("chart.fields", lang, { top: String(Math.min(present.length, TOP_FIELDS)) }),
          format: integer,
          categories: present.slice(0, TOP_FIELDS).map((f) => labelOf(FieldOfAction, f.value, lang)),
          series: [{ name: label("col.count", lang), values: present.slice(0, TOP_FIELDS).map((f) => f.count) }],
        });
      }
      sec.table({
        id: "fields",
        title: label("section.fields", lang),
        columns: [
          { key: "field", label: label("col.field", lang), type: "text" },
          { key: "count", label: label("col.count", lang), type: "integer" },
          { key: "share", label: label("col.share", lang), type: "percent", decimals: 1 },
        ],
        rows: present.map((f) => ({
          field: labelOf(FieldOfAction, f.value, lang),
          count: f.count,
          share: s.total > 0 ? (100 * f.count) / s.total : null,
        })),
      });
      sec.note(label("note.fields", lang, { none: fmt.integer(s.withoutField) }), "info");
    },
    "fields",
  );

  report.section(
    label("section.statuses", lang),
    (sec) => {
      const present = s.byStatus.filter((x) => x.count > 0);
      const shares = percentShares(present.map((x) => x.count));
      sec.table({
        id: "statuses",
        title: label("section.statuses", lang),
        columns: [
          { key: "status", label: label("col.status", lang), type: "status" },
          { key: "count", label: label("col.count", lang), type: "integer" },
          { key: "share", label: label("col.share", lang), type: "percent", decimals: 1 },
        ],
        rows: present.map((x, i) => ({
          status: { label: labelOf(LegalStatus, x.value, lang), tone: STATUS_TONES[x.value] },
          count: x.count,
          share: shares[i] ?? 0,
        })),
        footer: { status: null, count: s.total, share: s.total > 0 ? 100 : null },
      });
    },
    "statuses",
  );

  report.section(
    label("section.creations", lang),
    (sec) => {
      const years = s.creationsByYear;
      if (years.length > 0) {
        sec.chart({
          kind: "line",
          title: label("chart.creations", lang),
          format: integer,
          categories: years.map((y) => String(y.year)),
          series: [
            { name: label("col.created", lang), values: years.map((y) => y.created) },
            { name: label("col.dissolved", lang), values: years.map((y) => y.dissolved) },
          ],
        });
      }
      sec.table({
        id: "creations",
        title: label("section.creations", lang),
        columns: [
          { key: "year", label: label("col.year", lang), type: "text" },
          { key: "created", label: label("col.created", lang), type: "integer" },
          { key: "dissolved", label: label("col.dissolved", lang), type: "integer" },
          { key: "existing", label: label("col.existing", lang), type: "integer" },
        ],
        rows: years.map((y) => ({
          year: String(y.year),
          created: y.created,
          dissolved: y.dissolved,
          existing: y.existing,
        })),
      });
      sec.note(label("note.creations", lang, { none: fmt.integer(s.withoutFoundingYear) }), "info");
    },
    "creations",
  );

  report.section(
    label("section.compliance", lang),
    (sec) => {
      const rows: [Parameters<typeof label>[0], Rate][] = [
        ["figure.finalReceipt", c.finalReceipt],
        ["figure.finalReceiptOverdue", c.finalReceiptOverdue],
        ["figure.boardExpired", c.boardExpired],
        ["figure.declarationOverdue", c.declarationOverdue],
      ];
      const known = rows.filter(([, r]) => r.percent !== null);
      if (known.length > 0) {
        sec.chart({
          kind: "bar",
          title: label("chart.compliance", lang),
          format: percent,
          categories: known.map(([k]) => label(k, lang)),
          series: [{ name: label("col.rate", lang), values: known.map(([, r]) => r.percent) }],
        });
      }
      sec.table({
        id: "compliance",
        title: label("section.compliance", lang),
        columns: [
          { key: "indicator", label: label("col.indicator", lang), type: "text" },
          { key: "count", label: label("col.count", lang), type: "integer" },
          { key: "of", label: label("col.of", lang), type: "integer" },
          { key: "rate", label: label("col.rate", lang), type: "percent", decimals: 1 },
        ],
        rows: rows.map(([k, r]) => ({ indicator: label(k, lang), count: r.count, of: r.of, rate: r.percent })),
      });
      sec.note(label("note.compliance", lang), "info");
    },
    "compliance",
  );

  report.section(
    label("section.provinces", lang),
    (sec) =>
      sec.table({
        id: "provinces",
        title: label("section.provinces", lang),
        columns: placeColumns("province", "col.province"),
        rows: placeRows(s.byProvince, lang, "province"),
      }),
    "provinces",
  );

  report.section(
    label("section.communes", lang),
    (sec) => {
      const top = Math.max(0, Math.floor(options.topCommunes ?? 20));
      const list = [...s.byCommune].sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1)).slice(0, top);
      sec.note(
        label("note.communes", lang, {
          top: fmt.integer(list.length),
          none: fmt.integer(s.communesWithoutOrganization),
        }),
        "info",
      );
      sec.table({
        id: "communes",
        title: label("section.communes", lang),
        columns: placeColumns("commune", "col.commune"),
        rows: placeRows(list, lang, "commune"),
      });
    },
    "communes",
  );
  return report.build();
}
