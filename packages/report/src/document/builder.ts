import type { Block, Chart, Column, KeyFigure, ReportDocument, ReportMeta, ReportText, Row, Tone } from "./document.js";

/** A section being built; see {@link createReport}. */
export interface SectionBuilder {
  /** Add a paragraph. */
  paragraph(text: ReportText): SectionBuilder;
  /** Add a row of key figures. */
  figures(items: readonly KeyFigure[]): SectionBuilder;
  /** Add a table; `id` names its CSV file. */
  table(table: {
    id: string;
    title: ReportText;
    columns: readonly Column[];
    rows: readonly Row[];
    footer?: Row;
    caption?: ReportText;
  }): SectionBuilder;
  /** Add a chart. */
  chart(chart: Chart): SectionBuilder;
  /** Add a bulleted (or numbered, with `ordered`) list. */
  list(items: readonly ReportText[], ordered?: boolean): SectionBuilder;
  /** Add a note with a tone. */
  note(text: ReportText, tone?: Tone): SectionBuilder;
  /** Add the sources of the section's figures. */
  sources(items: readonly { text: ReportText; url?: string }[]): SectionBuilder;
  /** Add a sub-section (at most two levels below a top-level section). */
  section(heading: ReportText, build: (section: SectionBuilder) => unknown, id?: string): SectionBuilder;
}

/** A report being built; see {@link createReport}. */
export interface ReportBuilder {
  /** Add a top-level section and fill it. */
  section(heading: ReportText, build: (section: SectionBuilder) => unknown, id?: string): ReportBuilder;
  /** The document, a plain value to validate, render or store. */
  build(): ReportDocument;
}

interface Draft {
  id?: string;
  heading: ReportText;
  blocks: Block[];
  sections: Draft[];
}

function sectionBuilder(draft: Draft): SectionBuilder {
  const add = (block: Block): SectionBuilder => {
    draft.blocks.push(block);
    return builder;
  };
  const builder: SectionBuilder = {
    paragraph: (text) => add({ type: "paragraph", text }),
    figures: (items) => add({ type: "figures", items: [...items] }),
    table: (t) =>
      add({
        type: "table",
        id: t.id,
        title: t.title,
        columns: [...t.columns],
        rows: [...t.rows],
        ...(t.footer === undefined ? {} : { footer: t.footer }),
        ...(t.caption === undefined ? {} : { caption: t.caption }),
      }),
    chart: (chart) => add({ type: "chart", chart }),
    list: (items, ordered = false) => add({ type: "list", ordered, items: [...items] }),
    note: (text, tone = "info") => add({ type: "note", tone, text }),
    sources: (items) => add({ type: "sources", items: items.map((i) => ({ ...i })) }),
    section(heading, build, id) {
      const child: Draft = { heading, blocks: [], sections: [], ...(id === undefined ? {} : { id }) };
      draft.sections.push(child);
      build(sectionBuilder(child));
      return builder;
    },
  };
  return builder;
}

type Built = { id?: string; heading: ReportText; blocks: Block[]; sections?: Built[] };

function finish(draft: Draft): Built {
  return {
    ...(draft.id === undefined ? {} : { id: draft.id }),
    heading: draft.heading,
    blocks: draft.blocks,
    ...(draft.sections.length === 0 ? {} : { sections: draft.sections.map(finish) }),
  };
}

/**
 * Start a report document.
 *
 * @param meta - title, language, `generatedAt` (given by the caller, never read
 * from the clock), and optionally organization, period, numerals, Hijri dates.
 * @returns a builder; call `.section(…)` for each section, then `.build()`.
 * @remarks The builder only assembles a plain value; check it with
 * `validateReportDocument` or let the renderers do it.
 * @example
 * ```ts
 * const doc = createReport({ title: { ar: "التقرير الأدبي" }, language: "ar", generatedAt: "2025-01-15T10:00:00+01:00" })
 *   .section({ ar: "الأنشطة" }, (s) => s.paragraph({ ar: "نظمت الجمعية ..." }).list([{ ar: "ورشة" }]))
 *   .build();
 * ```
 */
export function createReport(meta: ReportMeta): ReportBuilder {
  const sections: Draft[] = [];
  const builder: ReportBuilder = {
    section(heading, build, id) {
      const draft: Draft = { heading, blocks: [], sections: [], ...(id === undefined ? {} : { id }) };
      sections.push(draft);
      build(sectionBuilder(draft));
      return builder;
    },
    build: () => ({ format: "madani.report/1", meta, sections: sections.map(finish) }) as ReportDocument,
  };
  return builder;
}
