import { IsoDateSchema, MoneySchema, MultilingualTextSchema } from "@madani/model";
import * as z from "zod";

/** Schema of a text shown in the report: multilingual, or a plain string shown as is (names, codes). */
export const ReportTextSchema = z.union([z.string().max(20_000), MultilingualTextSchema]);

/** A text shown in the report; see {@link ReportTextSchema}. */
export type ReportText = z.infer<typeof ReportTextSchema>;

/** The languages a report is written in: Arabic (right to left), French, English. */
export const ReportLanguageSchema = z.enum(["ar", "fr", "en"]);

/** A report language; see {@link ReportLanguageSchema}. */
export type ReportLanguage = z.infer<typeof ReportLanguageSchema>;

/** Tones that colour statuses, figures and notes. */
export const ToneSchema = z.enum(["positive", "neutral", "warning", "negative", "info"]);

/** A tone; see {@link ToneSchema}. */
export type Tone = z.infer<typeof ToneSchema>;

/** Schema of a status shown in a table cell or beside a figure: a label and a tone. */
export const StatusSchema = z.strictObject({ label: ReportTextSchema, tone: ToneSchema });

/** A status; see {@link StatusSchema}. */
export type Status = z.infer<typeof StatusSchema>;

/** The kinds of values a table column holds, which decide how cells are formatted and aligned. */
export const ColumnTypeSchema = z.enum(["text", "integer", "decimal", "money", "percent", "date", "status"]);

/** A column type; see {@link ColumnTypeSchema}. */
export type ColumnType = z.infer<typeof ColumnTypeSchema>;

const finite = z.number().refine(Number.isFinite);

/**
 * Schema of a table cell. By column type: `text` a {@link ReportText}; `integer` a safe
 * integer; `decimal` a finite number; `money` a `Money` (integer minor units and currency);
 * `percent` a number in percent units (45.5 means 45.5 %); `date` an ISO date; `status` a
 * {@link Status}. `null` is an empty cell.
 */
export const CellSchema = z.union([
  z.null(),
  finite,
  z.string().max(20_000),
  MultilingualTextSchema,
  MoneySchema,
  StatusSchema,
]);

/** A table cell; see {@link CellSchema}. */
export type Cell = z.infer<typeof CellSchema>;

/** Schema of a table column: its key in the rows, label, type, and for decimals and percentages the digits shown. */
export const ColumnSchema = z.strictObject({
  /** Key of the column's cells in the rows: letters, digits, `_` or `-` (e.g. `2024`), never `__proto__`. */
  key: z.string().regex(/^(?!__proto__$)[A-Za-z0-9_-]{1,100}$/),
  label: ReportTextSchema,
  type: ColumnTypeSchema,
  /** Fraction digits for `decimal` and `percent` (default 1 for percent, 2 for decimal). */
  decimals: z.int().min(0).max(6).optional(),
});

/** A table column; see {@link ColumnSchema}. */
export type Column = z.infer<typeof ColumnSchema>;

/** Schema of a table row: cells by column key. */
export const RowSchema = z.record(z.string(), CellSchema);

/** A table row; see {@link RowSchema}. */
export type Row = z.infer<typeof RowSchema>;

/** Schema of a series of a bar, stacked-bar or line chart: one value per category (`null` for none). */
export const SeriesSchema = z.strictObject({ name: ReportTextSchema, values: z.array(finite.nullable()).max(10_000) });

/** A chart series; see {@link SeriesSchema}. */
export type Series = z.infer<typeof SeriesSchema>;

/** How chart values are formatted: plain integers, decimals, percent units, or money minor units of a currency. */
export const ValueFormatSchema = z.union([
  z.strictObject({ type: z.enum(["integer", "decimal", "percent"]), decimals: z.int().min(0).max(6).optional() }),
  z.strictObject({ type: z.literal("money"), currency: z.string().regex(/^[A-Z]{3}$/) }),
]);

/** A value format; see {@link ValueFormatSchema}. */
export type ValueFormat = z.infer<typeof ValueFormatSchema>;

const chartBase = {
  /** The chart's title, also its accessible name. */
  title: ReportTextSchema,
  /** A sentence that says what the chart shows, for screen readers and the printed page. */
  description: ReportTextSchema.optional(),
  format: ValueFormatSchema.optional(),
};

/**
 * Schema of SVG path data (the `d` attribute): path commands, numbers, commas and spaces only.
 * Used by choropleth maps, whose areas carry their own outlines.
 */
export const SvgPathDataSchema = z
  .string()
  .max(1_000_000)
  .regex(/^[MmLlHhVvCcSsQqTtAaZz0-9.,eE+\s-]*$/);

/** Schema of one area of a choropleth map: its code, name, outline and value. */
export const MapAreaSchema = z.strictObject({
  /** Stable code of the area (e.g. an HCP or ISO 3166-2 code): letters, digits, `.`, `_` and `-`. */
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/),
  /** The area's name, shown in the legend's tooltips, the description and the table alternative. */
  label: ReportTextSchema,
  /** The outline, in the map's coordinate system (`width` × `height`, y downwards). */
  path: SvgPathDataSchema,
  /** The value that colours the area; `null` for no data (hatched). */
  value: finite.nullable(),
});

/** An area of a choropleth map; see {@link MapAreaSchema}. */
export type MapArea = z.infer<typeof MapAreaSchema>;

/**
 * Schema of a chart: bar (vertical or horizontal), stacked bar, line, donut, progress against targets,
 * Gantt rows, or a choropleth map.
 */
export const ChartSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("bar"),
    ...chartBase,
    categories: z.array(ReportTextSchema).max(1000),
    series: z.array(SeriesSchema).min(1).max(20),
  }),
  z.strictObject({
    /** Bars that grow from the start side, one row per category: for long lists and rankings. */
    kind: z.literal("horizontal-bar"),
    ...chartBase,
    categories: z.array(ReportTextSchema).max(1000),
    series: z.array(SeriesSchema).min(1).max(4),
  }),
  z.strictObject({
    /** Areas of a map coloured by value classes (quantiles), with a legend and an attribution. */
    kind: z.literal("choropleth"),
    ...chartBase,
    /** Width of the coordinate system of the areas' paths. */
    width: z.number().positive().max(1_000_000),
    /** Height of the coordinate system of the areas' paths (y downwards). */
    height: z.number().positive().max(1_000_000),
    areas: z.array(MapAreaSchema).min(1).max(5000),
    /** Borders drawn over the areas, in the same coordinate system (e.g. the régions over their provinces). */
    outlines: z.array(SvgPathDataSchema).max(1000).optional(),
    /** A part of the map drawn again, enlarged, under the legend: small areas (a capital's prefectures) made readable. */
    inset: z
      .strictObject({
        x: z.number().min(0),
        y: z.number().min(0),
        width: z.number().positive(),
        height: z.number().positive(),
        /** What the inset shows, written above it (e.g. "Casablanca – Rabat"). */
        label: ReportTextSchema.optional(),
      })
      .optional(),
    /** Colour classes of the legend, 2 to 7 (default 5); fewer when the values have fewer distinct classes. */
    classes: z.int().min(2).max(7).optional(),
    /** The source and licence of the outlines, printed under the map (e.g. "© OpenStreetMap contributors, ODbL"). */
    attribution: ReportTextSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal("stacked-bar"),
    ...chartBase,
    categories: z.array(ReportTextSchema).max(1000),
    series: z.array(SeriesSchema).min(1).max(20),
  }),
  z.strictObject({
    kind: z.literal("line"),
    ...chartBase,
    categories: z.array(ReportTextSchema).max(10_000),
    series: z.array(SeriesSchema).min(1).max(20),
  }),
  z.strictObject({
    kind: z.literal("donut"),
    ...chartBase,
    slices: z
      .array(z.strictObject({ label: ReportTextSchema, value: finite.min(0) }))
      .min(1)
      .max(50),
  }),
  z.strictObject({
    kind: z.literal("progress"),
    ...chartBase,
    items: z
      .array(z.strictObject({ label: ReportTextSchema, value: finite, target: finite, tone: ToneSchema.optional() }))
      .min(1)
      .max(200),
  }),
  z.strictObject({
    kind: z.literal("gantt"),
    ...chartBase,
    rows: z
      .array(
        z.strictObject({
          label: ReportTextSchema,
          group: ReportTextSchema.optional(),
          startOn: IsoDateSchema,
          endOn: IsoDateSchema,
          /** Share done, 0 to 1. */
          progress: z.number().min(0).max(1).optional(),
          tone: ToneSchema.optional(),
        }),
      )
      .min(1)
      .max(2000),
  }),
]);

/** A chart; see {@link ChartSchema}. */
export type Chart = z.infer<typeof ChartSchema>;

/** Schema of a key figure: a value with its unit, compared to a target or to the previous period. */
export const KeyFigureSchema = z.strictObject({
  label: ReportTextSchema,
  value: finite,
  format: ValueFormatSchema.optional(),
  unit: ReportTextSchema.optional(),
  target: finite.optional(),
  previous: finite.optional(),
  status: StatusSchema.optional(),
});

/** A key figure; see {@link KeyFigureSchema}. */
export type KeyFigure = z.infer<typeof KeyFigureSchema>;

/** Schema of a content block of a section. */
export const BlockSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("paragraph"), text: ReportTextSchema }),
  z.strictObject({ type: z.literal("figures"), items: z.array(KeyFigureSchema).min(1).max(50) }),
  z.strictObject({
    type: z.literal("table"),
    /** Stable identifier; names the table's CSV file. Letters, digits, `-` and `_`. */
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/),
    title: ReportTextSchema,
    columns: z.array(ColumnSchema).min(1).max(100),
    rows: z.array(RowSchema).max(1_000_000),
    /** A totals row, shown last and set apart. */
    footer: RowSchema.optional(),
    caption: ReportTextSchema.optional(),
  }),
  z.strictObject({ type: z.literal("chart"), chart: ChartSchema }),
  z.strictObject({ type: z.literal("list"), ordered: z.boolean(), items: z.array(ReportTextSchema).max(10_000) }),
  z.strictObject({ type: z.literal("note"), tone: ToneSchema, text: ReportTextSchema }),
  z.strictObject({
    type: z.literal("sources"),
    items: z
      .array(z.strictObject({ text: ReportTextSchema, url: z.url({ protocol: /^https?$/ }).optional() }))
      .min(1)
      .max(1000),
  }),
]);

/** A content block; see {@link BlockSchema}. */
export type Block = z.infer<typeof BlockSchema>;

const sectionFields = {
  /** Stable identifier, used as the HTML anchor. Letters, digits, `-` and `_`. */
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/)
    .optional(),
  heading: ReportTextSchema,
  blocks: z.array(BlockSchema).max(10_000),
};
const SubSubSectionSchema = z.strictObject(sectionFields);
const SubSectionSchema = z.strictObject({
  ...sectionFields,
  sections: z.array(SubSubSectionSchema).max(1000).optional(),
});

/** Schema of a section: a heading, blocks, and up to two levels of sub-sections. */
export const SectionSchema = z.strictObject({
  ...sectionFields,
  sections: z.array(SubSectionSchema).max(1000).optional(),
});

/** A top-level section; see {@link SectionSchema}. */
export type Section = z.infer<typeof SectionSchema>;

/** A section at any level, for code that walks sections recursively. */
export interface AnySection {
  readonly id?: string | undefined;
  readonly heading: ReportText;
  readonly blocks: readonly Block[];
  readonly sections?: readonly AnySection[] | undefined;
}

/** Schema of the report's metadata. */
export const ReportMetaSchema = z.strictObject({
  title: ReportTextSchema,
  subtitle: ReportTextSchema.optional(),
  organization: z.strictObject({ name: ReportTextSchema, id: z.string().max(128).optional() }).optional(),
  period: z.strictObject({ startOn: IsoDateSchema, endOn: IsoDateSchema }).optional(),
  language: ReportLanguageSchema,
  /** When the report was generated, as given by the caller (ISO 8601 with an offset). Never read from the clock. */
  generatedAt: z.iso.datetime({ offset: true }),
  /** Digits used for numbers and dates: `latin` (default) or `arabic-indic` (٠-٩). */
  numerals: z.enum(["latin", "arabic-indic"]).optional(),
  /** Show the Hijri (Umm al-Qura) date beside Gregorian dates, for legal documents. Default false. */
  hijri: z.boolean().optional(),
});

/** Report metadata; see {@link ReportMetaSchema}. */
export type ReportMeta = z.infer<typeof ReportMetaSchema>;

/**
 * Schema of a report document: a plain, serializable value that says what to
 * show (metadata, sections of blocks), not how. Renderers turn it into HTML,
 * Markdown, CSV or JSON.
 *
 * @remarks Rows of a table hold cells by column key; a key absent from a row is an empty cell,
 * and a key that is not a column is reported. `validateReportDocument` also checks that each
 * cell matches its column's type and that table ids are unique (they name CSV files).
 */
export const ReportDocumentSchema = z.strictObject({
  format: z.literal("madani.report/1"),
  meta: ReportMetaSchema,
  sections: z.array(SectionSchema).max(10_000),
});

/** A report document; see {@link ReportDocumentSchema}. */
export type ReportDocument = z.infer<typeof ReportDocumentSchema>;
