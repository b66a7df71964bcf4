import { FieldOfAction, LegalForm, type LegalFormValue, LegalStatus, labelOf } from "@madani/model";
import { communes } from "@madani/model/geo";
import {
  type Chart,
  type Column,
  createFormatter,
  createReport,
  type KeyFigure,
  percentShares,
  type ReportDocument,
  type ReportLanguage,
  type ReportText,
  type Row,
  type SectionBuilder,
  type Tone,
} from "@madani/report";
import { CENSUS_YEARS } from "./aggregates.js";
import { label } from "./labels.js";
import { densityMap } from "./maps.js";
import { chartHasData, seriesWithData, withoutRepeatedColumns } from "./noise.js";
import { rankBy } from "./rank.js";
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

/** Digits densities are shown with (the data files keep every digit). */
const DENSITY_DECIMALS = 1;

/** Founding periods of the région × period table: decades, the oldest merged when there are more. */
const MAX_PERIODS = 5;

/** Add a chart only when it shows something. */
function addChart(sec: SectionBuilder, chart: Chart): void {
  if (chartHasData(chart)) sec.chart(chart);
}

/**
 * Add a table; with `distinct`, without the columns that repeat another (and with `dropZero`, without the
 * columns of zeros).
 */
function addTable(
  sec: SectionBuilder,
  t: {
    id: string;
    title: ReportText;
    columns: readonly Column[];
    rows: readonly Row[];
    footer?: Row | undefined;
    distinct?: boolean;
    dropZero?: boolean;
  },
): void {
  // A table without rows says nothing: it is left out.
  if (t.rows.length === 0) return;
  const kept =
    t.distinct === true
      ? withoutRepeatedColumns(t.columns, t.rows, t.footer, { dropZero: t.dropZero === true })
      : { columns: [...t.columns], rows: [...t.rows], footer: t.footer };
  sec.table({
    id: t.id,
    title: t.title,
    columns: kept.columns,
    rows: kept.rows,
    ...(kept.footer === undefined ? {} : { footer: kept.footer }),
  });
}

/**
 * The statistics of a registry as a report document (`@madani/report`), in Arabic, French or English,
 * for a ministry: key figures; régions and provinces ranked by density (organizations per 10,000
 * inhabitants, ties sharing a rank) with a choropleth map of each level and a bar chart of the
 * provinces; the density at the 2014 and 2024 censuses; legal forms with the cross-table région × legal
 * form; fields of action; legal statuses; creations per year with the cross-table région × founding
 * period; compliance rates; the communes with the most organizations; and an annex with the long tables
 * (every province, every year, région × year, every commune).
 *
 * @param statistics - the output of {@link computeStatistics} or of a store's `statistics`.
 * @param options - {@link RegistryReportOptions}: language and `generatedAt`.
 * @returns the report document (format `madani.report/1`); render it with `renderHtml`,
 * `renderMarkdown`, `renderCsv`, `renderXlsx` or `renderJson`.
 * @remarks The report holds counts only, no personal data. It keeps noise out: no chart without
 * data (nor a series without data), no column that repeats another, no rate whose population is empty
 * ("0 / 0"), the year of `asOf` marked partial, densities shown with one decimal (tables keep every digit,
 * so CSV, XLSX and JSON files carry full precision). Shares in a table add up to exactly 100 % (largest
 * remainder, `percentShares`). Population figures: HCP, RGPH 2014 and 2024 (CC BY 4.0); map outlines:
 * © OpenStreetMap contributors (ODbL 1.0), printed under each map.
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
  const density = { type: "decimal", decimals: DENSITY_DECIMALS } as const;
  const asOfYear = Number(s.asOf.slice(0, 4));
  const partial = s.asOf.slice(5) !== "12-31";
  const yearLabel = (y: number) =>
    partial && y === asOfYear ? label("year.partial", lang, { year: String(y) }) : String(y);
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
  const regionName = (code: string | null) => {
    if (code === null) return label("col.noRegion", lang);
    const r = s.byRegion.find((x) => x.code === code);
    return r === undefined ? label("unknownPlace", lang, { code }) : placeName(r, lang);
  };

  report.section(
    label("section.keyFigures", lang),
    (sec) =>
      sec.figures([
        { label: label("figure.total", lang), value: s.total, format: integer },
        { label: label("figure.active", lang), value: s.active, format: integer },
        { label: label("figure.per10k", lang), value: s.national.per10k, format: density },
        ...rateFigure("figure.finalReceipt", c.finalReceipt, (p) =>
          p >= 80 ? "positive" : p >= 50 ? "warning" : "negative",
        ),
        ...rateFigure("figure.boardExpired", c.boardExpired, (p) =>
          p <= 10 ? "positive" : p <= 30 ? "warning" : "negative",
        ),
      ]),
    "key-figures",
  );

  const placeColumns = (key: string, labelKey: Parameters<typeof label>[0]): Column[] => [
    { key: "rank", label: label("col.rank", lang), type: "integer" },
    { key: "code", label: label("col.code", lang), type: "text" },
    { key, label: label(labelKey, lang), type: "text" },
    { key: "count", label: label("col.count", lang), type: "integer" },
    { key: "active", label: label("col.active", lang), type: "integer" },
    { key: "population", label: label("col.population", lang), type: "integer" },
    { key: "per10k", label: label("col.per10k", lang), type: "decimal", decimals: DENSITY_DECIMALS },
  ];
  const rankedRows = (places: readonly PlaceCount[], key: string): Row[] =>
    rankBy(places, (p) => p.per10k, DENSITY_DECIMALS).map(({ rank, item }) => ({
      rank,
      ...(placeRows([item], lang, key)[0] as Row),
    }));
  const mapSource = { text: label("source.map", lang) };
  const geoSource = { text: label("source.geo", lang) };

  report.section(
    label("section.regions", lang),
    (sec) => {
      addChart(
        sec,
        densityMap("region", s.byRegion, {
          language: lang,
          title: label("chart.regionMap", lang),
          description: label("chart.regionMapDescription", lang),
          name: (p) => placeName(p, lang),
        }),
      );
      addTable(sec, {
        id: "regions",
        distinct: true,
        title: label("table.regions", lang),
        columns: placeColumns("region", "col.region"),
        rows: rankedRows(s.byRegion, "region"),
        footer: {
          rank: null,
          code: null,
          region: label("total", lang),
          count: s.total - s.unlocated.region,
          active: s.byRegion.reduce((n, r) => n + r.active, 0),
          population: s.national.population,
          per10k: s.national.per10k,
        },
      });
      sec.note(label("note.ranking", lang), "info");
      if (s.unlocated.region > 0)
        sec.note(label("note.unlocated", lang, { count: fmt.integer(s.unlocated.region) }), "info");
      sec.sources([geoSource, mapSource]);
    },
    "regions",
  );

  const rankedProvinces = rankBy(s.byProvince, (p) => p.per10k, DENSITY_DECIMALS);
  report.section(
    label("section.provinces", lang),
    (sec) => {
      addChart(
        sec,
        densityMap("province", s.byProvince, {
          language: lang,
          title: label("chart.provinceMap", lang),
          description: label("chart.provinceMapDescription", lang),
          name: (p) => placeName(p, lang),
        }),
      );
      const ranked = rankedProvinces.filter((r) => r.rank !== null);
      addChart(sec, {
        kind: "horizontal-bar",
        title: label("chart.provinceRanking", lang),
        format: density,
        categories: ranked.map((r) => `${fmt.integer(r.rank ?? 0)}. ${placeName(r.item, lang)}`),
        series: [{ name: label("col.per10k", lang), values: ranked.map((r) => r.item.per10k) }],
      });
      sec.note(label("note.ranking", lang), "info");
      sec.note(label("note.provincesAnnex", lang), "info");
      sec.sources([geoSource, mapSource]);
    },
    "provinces",
  );

  censusSection(report, s, lang);

  report.section(
    label("section.legalForms", lang),
    (sec) => {
      const present = s.byLegalForm.filter((f) => f.count > 0);
      if (present.length > 1) {
        addChart(sec, {
          kind: "donut",
          title: label("chart.legalForms", lang),
          format: integer,
          slices: present.map((f) => ({ label: labelOf(LegalForm, f.value, lang), value: f.count })),
        });
      }
      const shares = percentShares(present.map((f) => f.count));
      addTable(sec, {
        id: "legal-forms",
        title: label("table.legalForms", lang),
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
      if (present.length > 1)
        regionFormTable(
          sec,
          s,
          lang,
          present.map((f) => f.value),
          regionName,
        );
    },
    "legal-forms",
  );

  report.section(
    label("section.fields", lang),
    (sec) => {
      const present = s.byField.filter((f) => f.count > 0).sort((a, b) => b.count - a.count);
      addChart(sec, {
        kind: "bar",
        title: label("chart.fields", lang, { top: String(Math.min(present.length, TOP_FIELDS)) }),
        format: integer,
        categories: present.slice(0, TOP_FIELDS).map((f) => labelOf(FieldOfAction, f.value, lang)),
        series: [{ name: label("col.count", lang), values: present.slice(0, TOP_FIELDS).map((f) => f.count) }],
      });
      addTable(sec, {
        id: "fields",
        title: label("table.fields", lang),
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
      addTable(sec, {
        id: "statuses",
        title: label("table.statuses", lang),
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
      const series = seriesWithData([
        { name: label("col.created", lang), values: years.map((y) => y.created) },
        { name: label("col.dissolved", lang), values: years.map((y) => y.dissolved) },
      ]);
      addChart(sec, {
        kind: "line",
        // Without dissolutions the chart shows creations alone, and says so.
        title: label(series.length > 1 ? "chart.creations" : "table.creations", lang),
        format: integer,
        categories: years.map((y) => yearLabel(y.year)),
        series,
      });
      if (partial && years.some((y) => y.year === asOfYear))
        sec.note(label("note.partialYear", lang, { year: String(asOfYear), date: fmt.date(s.asOf) }), "info");
      regionPeriodTable(sec, s, lang, regionName);
      sec.note(label("note.creations", lang, { none: fmt.integer(s.withoutFoundingYear) }), "info");
      if (years.length > 0) sec.note(label("note.creationsAnnex", lang), "info");
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
      // A rate of nobody ("0 / 0") says nothing: it is named in a note instead.
      const known = rows.filter(([, r]) => r.of > 0);
      const none = rows.filter(([, r]) => r.of === 0);
      addChart(sec, {
        kind: "bar",
        title: label("chart.compliance", lang),
        format: percent,
        categories: known.map(([k]) => label(k, lang)),
        series: [{ name: label("col.rate", lang), values: known.map(([, r]) => r.percent) }],
      });
      if (known.length > 0) {
        addTable(sec, {
          id: "compliance",
          title: label("table.compliance", lang),
          columns: [
            { key: "indicator", label: label("col.indicator", lang), type: "text" },
            { key: "count", label: label("col.count", lang), type: "integer" },
            { key: "of", label: label("col.of", lang), type: "integer" },
            { key: "rate", label: label("col.rate", lang), type: "percent", decimals: 1 },
          ],
          rows: known.map(([k, r]) => ({ indicator: label(k, lang), count: r.count, of: r.of, rate: r.percent })),
        });
      }
      if (none.length > 0) {
        const list = none.map(([k]) => label(k, lang)).join(lang === "ar" ? "، " : lang === "fr" ? " ; " : "; ");
        sec.note(label("note.complianceNotApplicable", lang, { list }), "info");
      }
      sec.note(label("note.compliance", lang), "info");
    },
    "compliance",
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
      addTable(sec, {
        id: "communes",
        distinct: true,
        title: label("table.communesTop", lang),
        columns: placeColumns("commune", "col.commune").slice(1),
        rows: placeRows(list, lang, "commune"),
      });
      sec.note(label("note.communesAnnex", lang), "info");
    },
    "communes",
  );

  report.section(
    label("section.annex", lang),
    (annex) => {
      annex.section(
        label("annex.provinces", lang),
        (sec) =>
          addTable(sec, {
            id: "provinces",
            distinct: true,
            title: label("table.provinces", lang),
            columns: placeColumns("province", "col.province"),
            rows: rankedProvinces.map(({ rank, item }) => ({
              rank,
              ...(placeRows([item], lang, "province")[0] as Row),
            })),
          }),
        "annex-provinces",
      );
      annex.section(
        label("annex.creations", lang),
        (sec) =>
          addTable(sec, {
            id: "creations",
            distinct: true,
            dropZero: true,
            title: label("table.creations", lang),
            columns: [
              { key: "year", label: label("col.year", lang), type: "text" },
              { key: "created", label: label("col.created", lang), type: "integer" },
              { key: "dissolved", label: label("col.dissolved", lang), type: "integer" },
              { key: "existing", label: label("col.existing", lang), type: "integer" },
            ],
            rows: s.creationsByYear.map((y) => ({
              year: yearLabel(y.year),
              created: y.created,
              dissolved: y.dissolved,
              existing: y.existing,
            })),
          }),
        "annex-creations",
      );
      annex.section(
        label("annex.regionYears", lang),
        (sec) => regionYearTable(sec, s, lang, regionName, yearLabel),
        "annex-region-years",
      );
      annex.section(
        label("annex.communes", lang),
        (sec) => {
          // Every commune of the HCP list, those without any organization included, then unknown codes.
          const counted = new Map(s.byCommune.map((p) => [p.code, p]));
          const all: PlaceCount[] = communes().map(
            (k) =>
              counted.get(k.code) ?? {
                code: k.code,
                nameAr: k.nameAr,
                nameFr: k.nameFr,
                count: 0,
                active: 0,
                population: k.population2024,
                per10k: k.population2024 > 0 ? 0 : null,
              },
          );
          const known = new Set(all.map((p) => p.code));
          for (const p of s.byCommune) if (!known.has(p.code)) all.push(p);
          addTable(sec, {
            id: "communes-all",
            distinct: true,
            title: label("table.communesAll", lang),
            columns: placeColumns("commune", "col.commune").slice(1),
            rows: placeRows(all, lang, "commune"),
          });
        },
        "annex-communes",
      );
    },
    "annex",
  );
  return report.build();
}

/** The density at the censuses of 2014 and 2024 by région: a chart and a table. */
function censusSection(report: ReturnType<typeof createReport>, s: RegistryStatistics, lang: ReportLanguage): void {
  const fmt = createFormatter({ language: lang });
  const census = s.census;
  const years = CENSUS_YEARS.filter((y) => census.national.existing[y] !== null);
  report.section(
    label("section.census", lang),
    (sec) => {
      const density = { type: "decimal", decimals: DENSITY_DECIMALS } as const;
      const order = [...census.byRegion].sort(
        (a, b) =>
          (b.per10k[years[years.length - 1] ?? 2014] ?? 0) - (a.per10k[years[years.length - 1] ?? 2014] ?? 0) ||
          (a.code < b.code ? -1 : 1),
      );
      if (years.length > 0) {
        addChart(sec, {
          kind: "horizontal-bar",
          title: label("chart.census", lang),
          format: density,
          categories: order.map((r) => (lang === "ar" ? r.nameAr : r.nameFr)),
          series: years.map((y) => ({ name: String(y), values: order.map((r) => r.per10k[y]) })),
        });
        const columns: Column[] = [{ key: "region", label: label("col.region", lang), type: "text" }];
        for (const y of years) {
          columns.push(
            {
              key: `population${y}`,
              label: label(y === 2014 ? "col.population2014" : "col.population", lang),
              type: "integer",
            },
            { key: `existing${y}`, label: label(`col.existing${y}`, lang), type: "integer" },
            { key: `per10k${y}`, label: label(`col.per10k${y}`, lang), type: "decimal", decimals: DENSITY_DECIMALS },
          );
        }
        const both = years.length === 2;
        if (both) columns.push({ key: "change", label: label("col.change", lang), type: "decimal", decimals: 1 });
        const row = (name: string, d: Omit<(typeof census.byRegion)[number], "code" | "nameAr" | "nameFr">): Row => {
          const out: Row = { region: name };
          for (const y of years) {
            out[`population${y}`] = d.population[y];
            out[`existing${y}`] = d.existing[y];
            out[`per10k${y}`] = d.per10k[y];
          }
          const a = d.per10k[2014];
          const b = d.per10k[2024];
          if (both) out.change = a === null || b === null ? null : b - a;
          return out;
        };
        addTable(sec, {
          id: "census",
          distinct: true,
          title: label("table.census", lang),
          columns,
          rows: census.byRegion.map((r) => row(lang === "ar" ? r.nameAr : r.nameFr, r)),
          footer: row(label("national", lang), census.national),
        });
      }
      for (const y of CENSUS_YEARS)
        if (!years.includes(y)) sec.note(label("note.censusLater", lang, { year: String(y) }), "info");
      sec.note(
        label("note.census", lang, {
          date2014: fmt.date(census.dates[2014]),
          date2024: fmt.date(census.dates[2024]),
          undated: fmt.integer(census.undated),
        }),
        "info",
      );
      sec.sources([{ text: label("source.geo", lang) }]);
    },
    "census",
  );
}

/** The rows of the cross-tables: the twelve régions, then unknown codes and no région when they count. */
function crossRows(s: RegistryStatistics): (string | null)[] {
  const rows: (string | null)[] = s.byRegion.filter((r, i) => i < 12 || r.count > 0).map((r) => r.code);
  if (s.unlocated.region > 0) rows.push(null);
  return rows;
}

/** Région × legal form: the legal forms present as columns, with the totals. */
function regionFormTable(
  sec: SectionBuilder,
  s: RegistryStatistics,
  lang: ReportLanguage,
  forms: readonly LegalFormValue[],
  regionName: (code: string | null) => string,
): void {
  const cells = new Map(s.byRegionAndLegalForm.map((x) => [`${x.regionCode}|${x.legalForm}`, x.count]));
  const rows = crossRows(s).map((code) => {
    const row: Row = { region: regionName(code) };
    let total = 0;
    for (const f of forms) {
      const n = cells.get(`${code}|${f}`) ?? 0;
      row[f] = n;
      total += n;
    }
    row.total = total;
    return row;
  });
  const footer: Row = { region: label("total", lang) };
  for (const f of forms) footer[f] = s.byLegalForm.find((x) => x.value === f)?.count ?? 0;
  footer.total = s.total;
  addTable(sec, {
    id: "region-legal-forms",
    distinct: true,
    title: label("table.regionForms", lang),
    columns: [
      { key: "region", label: label("col.region", lang), type: "text" },
      ...forms.map((f): Column => ({ key: f, label: labelOf(LegalForm, f, lang), type: "integer" })),
      { key: "total", label: label("total", lang), type: "integer" },
    ],
    rows,
    footer,
  });
}

/** The founding periods: decades, those before the last {@link MAX_PERIODS} merged into one. */
function periods(years: readonly number[], lang: ReportLanguage, lastYear: number) {
  const decades = [...new Set(years.map((y) => Math.floor(y / 10) * 10))].sort((a, b) => a - b);
  const kept = decades.slice(-MAX_PERIODS);
  const first = kept[0] ?? 0;
  const merged = decades.length > kept.length;
  return {
    of: (year: number) => Math.max(0, kept.indexOf(Math.floor(year / 10) * 10)),
    labels: kept.map((d, i) =>
      i === 0 && merged
        ? label("period.before", lang, { year: String(first + 10) })
        : label("period.range", lang, { from: String(d), to: String(Math.min(d + 9, lastYear)) }),
    ),
    first,
  };
}

/** Région × founding period (decades): the body's short cross-table of creations. */
function regionPeriodTable(
  sec: SectionBuilder,
  s: RegistryStatistics,
  lang: ReportLanguage,
  regionName: (code: string | null) => string,
): void {
  if (s.byRegionAndFoundingYear.length === 0) return;
  const p = periods(
    s.byRegionAndFoundingYear.map((x) => x.year),
    lang,
    Number(s.asOf.slice(0, 4)),
  );
  const cells = new Map<string, number>();
  for (const x of s.byRegionAndFoundingYear) {
    const key = `${x.regionCode}|${x.year < p.first ? 0 : p.of(x.year)}`;
    cells.set(key, (cells.get(key) ?? 0) + x.count);
  }
  const keys = p.labels.map((_, i) => `p${i}`);
  const rows = crossRows(s).map((code) => {
    const row: Row = { region: regionName(code) };
    let total = 0;
    keys.forEach((k, i) => {
      const n = cells.get(`${code}|${i}`) ?? 0;
      row[k] = n;
      total += n;
    });
    row.total = total;
    return row;
  });
  const footer: Row = { region: label("total", lang) };
  keys.forEach((k, i) => {
    footer[k] = [...cells].filter(([key]) => key.endsWith(`|${i}`)).reduce((n, [, v]) => n + v, 0);
  });
  footer.total = s.total - s.withoutFoundingYear;
  addTable(sec, {
    id: "region-periods",
    distinct: true,
    title: label("table.regionPeriods", lang),
    columns: [
      { key: "region", label: label("col.region", lang), type: "text" },
      ...p.labels.map((l, i): Column => ({ key: `p${i}`, label: l, type: "integer" })),
      { key: "total", label: label("total", lang), type: "integer" },
    ],
    rows,
    footer,
  });
}

/** Région × founding year, every year a row: the annex's long cross-table. */
function regionYearTable(
  sec: SectionBuilder,
  s: RegistryStatistics,
  lang: ReportLanguage,
  regionName: (code: string | null) => string,
  yearLabel: (year: number) => string,
): void {
  const regions = crossRows(s);
  const cells = new Map(s.byRegionAndFoundingYear.map((x) => [`${x.regionCode}|${x.year}`, x.count]));
  const years = s.byFoundingYear.map((y) => y.year);
  const rows = years.map((year) => {
    const row: Row = { year: yearLabel(year) };
    let total = 0;
    regions.forEach((code, i) => {
      const n = cells.get(`${code}|${year}`) ?? 0;
      row[`r${i}`] = n;
      total += n;
    });
    row.total = total;
    return row;
  });
  const footer: Row = { year: label("total", lang) };
  regions.forEach((code, i) => {
    footer[`r${i}`] = s.byRegionAndFoundingYear.filter((x) => x.regionCode === code).reduce((n, x) => n + x.count, 0);
  });
  footer.total = s.total - s.withoutFoundingYear;
  addTable(sec, {
    id: "region-years",
    distinct: true,
    title: label("table.regionYears", lang),
    columns: [
      { key: "year", label: label("col.year", lang), type: "text" },
      ...regions.map((code, i): Column => ({ key: `r${i}`, label: regionName(code), type: "integer" })),
      { key: "total", label: label("total", lang), type: "integer" },
    ],
    rows,
    footer,
  });
}
