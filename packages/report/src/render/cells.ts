import type { Cell, Column, KeyFigure, ReportLanguage, ReportText, Tone, ValueFormat } from "../document/document.js";
import { type Formatter, minorToDecimal } from "../format/formatter.js";

/**
 * The words renderers add around the document's own content: headers of the
 * tables that show key figures and chart data, labels of metadata and of note tones.
 *
 * @remarks Written in the report's language, like the rest of the output, so a
 * French report never shows an English header.
 * @example
 * ```ts
 * const { target, tones } = captionsFor("ar"); // "القيمة المستهدفة", tones.warning === "تنبيه"
 * ```
 */
export interface RenderCaptions {
  /** Header of the label column of a key-figures table. */
  readonly indicator: string;
  /** The printed page footer around the page number and the page count: "Page 3 of 7" is `["Page ", " of ", ""]`. */
  readonly pageOf: readonly [before: string, between: string, after: string];
  /** Header of a value column. */
  readonly value: string;
  /** Header of the unit column of a key-figures table. */
  readonly unit: string;
  /** Header of a target column. */
  readonly target: string;
  /** Header of the previous-period column of a key-figures table. */
  readonly previous: string;
  /** Header of a status column. */
  readonly status: string;
  /** Header of the category column of a bar, stacked-bar or line chart's data. */
  readonly category: string;
  /** Header of the label column of a donut's or progress chart's data. */
  readonly item: string;
  /** Header and first cell of a totals column or row. */
  readonly total: string;
  /** Header of the share column of a donut's data. */
  readonly share: string;
  /** Header of a progress column (share of target reached, share of a task done). */
  readonly progress: string;
  /** Header of the activity column of a Gantt chart's data. */
  readonly activity: string;
  /** Header of the group column of a Gantt chart's data. */
  readonly group: string;
  /** Header of a start-date column. */
  readonly start: string;
  /** Header of an end-date column. */
  readonly end: string;
  /** Label of the report's period. */
  readonly period: string;
  /** Label of the date the report was generated. */
  readonly generatedOn: string;
  /** Heading of a list of sources. */
  readonly sources: string;
  /** Header of the currency column CSV adds after a money column that mixes currencies. */
  readonly currency: string;
  /** Label that opens a note, by the note's tone. */
  readonly tones: Readonly<Record<Tone, string>>;
}

const CAPTIONS: Readonly<Record<ReportLanguage, RenderCaptions>> = {
  ar: {
    indicator: "المؤشر",
    pageOf: ["صفحة ", " من ", ""],
    value: "القيمة",
    unit: "الوحدة",
    target: "القيمة المستهدفة",
    previous: "الفترة السابقة",
    status: "الحالة",
    category: "الفئة",
    item: "البند",
    total: "المجموع",
    share: "الحصة",
    progress: "نسبة الإنجاز",
    activity: "النشاط",
    group: "المجموعة",
    start: "البداية",
    end: "النهاية",
    period: "الفترة",
    generatedOn: "تاريخ الإعداد",
    sources: "المصادر",
    currency: "العملة",
    tones: { positive: "إنجاز", neutral: "ملاحظة", info: "معلومة", warning: "تنبيه", negative: "مشكل" },
  },
  fr: {
    indicator: "Indicateur",
    pageOf: ["Page ", " sur ", ""],
    value: "Valeur",
    unit: "Unité",
    target: "Cible",
    previous: "Période précédente",
    status: "Statut",
    category: "Catégorie",
    item: "Élément",
    total: "Total",
    share: "Part",
    progress: "Avancement",
    activity: "Activité",
    group: "Groupe",
    start: "Début",
    end: "Fin",
    period: "Période",
    generatedOn: "Établi le",
    sources: "Sources",
    currency: "devise",
    tones: { positive: "Réussite", neutral: "Note", info: "Information", warning: "Attention", negative: "Problème" },
  },
  en: {
    indicator: "Indicator",
    pageOf: ["Page ", " of ", ""],
    value: "Value",
    unit: "Unit",
    target: "Target",
    previous: "Previous period",
    status: "Status",
    category: "Category",
    item: "Item",
    total: "Total",
    share: "Share",
    progress: "Progress",
    activity: "Activity",
    group: "Group",
    start: "Start",
    end: "End",
    period: "Period",
    generatedOn: "Generated on",
    sources: "Sources",
    currency: "currency",
    tones: { positive: "Success", neutral: "Note", info: "Information", warning: "Warning", negative: "Problem" },
  },
};

/**
 * The captions renderers add to a report in a language.
 *
 * @param language - the report's language.
 * @returns the captions (headers of derived tables, metadata labels, note labels).
 * @example
 * ```ts
 * captionsFor("fr").target; // "Cible"
 * ```
 */
export function captionsFor(language: ReportLanguage): RenderCaptions {
  return CAPTIONS[language] ?? CAPTIONS.en;
}

/**
 * A label followed by the colon that introduces its value, with the French
 * no-break space before the colon.
 *
 * @param language - the report's language.
 * @param label - the label.
 * @returns e.g. `Période :` (with U+00A0) in French, `Period:` in English, `الفترة:` in Arabic.
 * @example
 * ```ts
 * withColon("fr", "Cible"); // "Cible\u00a0:"
 * ```
 */
export function withColon(language: ReportLanguage, label: string): string {
  return language === "fr" ? `${label}\u00a0:` : `${label}:`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The text of a {@link ReportText} in the report's language (falling back
 * through the language chain), or `""` for anything that is not a text.
 *
 * @param fmt - the document's formatter.
 * @param value - a plain string or a multilingual text.
 * @returns the text to show.
 * @example
 * ```ts
 * textOf(createFormatter({ language: "fr" }), { ar: "الجديدة", fr: "El Jadida" }); // "El Jadida"
 * ```
 */
export function textOf(fmt: Formatter, value: ReportText | undefined): string {
  if (typeof value === "string") return value;
  if (!isRecord(value)) return "";
  return fmt.text(value).text;
}

/**
 * Number of fraction digits of a currency's minor unit (ISO 4217): 2 for MAD and
 * EUR, 3 for TND, 0 for JPY.
 *
 * @param currency - an ISO 4217 code.
 * @returns the digits, from `Intl`'s currency data (2 for an unknown code).
 * @example
 * ```ts
 * currencyDigits("TND"); // 3
 * ```
 */
export function currencyDigits(currency: string): number {
  let digits = DIGITS.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    DIGITS.set(currency, digits);
  }
  return digits;
}
const DIGITS = new Map<string, number>();

/**
 * An amount of money in major units, as an exact decimal string with `.` as the
 * decimal point and no grouping: `1234567` centimes of MAD → `"12345.67"`.
 *
 * @param amount - integer minor units.
 * @param currency - the ISO 4217 code, which says how many minor digits there are.
 * @returns the decimal string; `""` when `amount` is not a finite integer.
 * @remarks Amounts never go through floating point. The
 * digits of the integer are split as a string, so the result is exact for every
 * safe integer (and every integer-valued number, through `BigInt`).
 * @example
 * ```ts
 * minorToMajor(-5, "MAD"); // "-0.05"
 * minorToMajor(12345, "TND"); // "12.345"
 * ```
 */
export function minorToMajor(amount: number, currency: string): string {
  return Number.isInteger(amount) ? minorToDecimal(amount, currencyDigits(currency)) : "";
}

/**
 * A calendar date in the report's long form (`27 دجنبر 2024`, `27 décembre 2024`), with
 * the Hijri date when the document asks for it.
 *
 * @param fmt - the document's formatter.
 * @param date - an ISO date `YYYY-MM-DD`.
 * @returns the date written for people; the input itself when it is not an ISO date
 * (possible only with `trusted: true`), never `Invalid Date`.
 * @example
 * ```ts
 * formatDate(createFormatter({ language: "ar" }), "2024-12-27"); // "27 دجنبر 2024"
 * ```
 */
export function formatDate(fmt: Formatter, date: string): string {
  if (typeof date !== "string") return "";
  if (!ISO_DATE.test(date)) return date;
  try {
    return fmt.date(date);
  } catch {
    return date;
  }
}

/** `-0` shows as `0`. */
const unsigned0 = (value: number) => (value === 0 ? 0 : value);

/**
 * A percentage, guarding `Formatter.percent` against values written with an
 * exponent (below 1e-6 or from 1e21), which it cannot read.
 */
function percent(fmt: Formatter, value: number, decimals: number | undefined): string {
  const v = unsigned0(value);
  if (!String(v).includes("e")) return fmt.percent(v, decimals);
  if (Math.abs(v) < 1) return fmt.percent(0, decimals);
  return fmt.percent(0, 0).replace(/[0٠]/, fmt.integer(v));
}

/**
 * A chart or key-figure value written with the document's formatter.
 *
 * @param fmt - the document's formatter.
 * @param value - the value: plain, in percent units, or in integer minor units for money.
 * @param format - how to write it; without one, integers are written as integers and
 * other numbers with 2 fraction digits.
 * @returns the text, e.g. `1 234`, `45,5 %`, `12.345,67 MAD` in French. Never `NaN`.
 * @example
 * ```ts
 * formatValue(createFormatter({ language: "en" }), 4550, { type: "money", currency: "MAD" }); // "MAD 45.50"
 * ```
 */
export function formatValue(fmt: Formatter, value: number, format?: ValueFormat): string {
  if (!Number.isFinite(value)) return "";
  const v = unsigned0(value);
  if (format === undefined) return Number.isInteger(v) ? fmt.integer(v) : fmt.decimal(v, 2);
  switch (format.type) {
    case "integer":
      return fmt.integer(v);
    case "decimal":
      return fmt.decimal(v, format.decimals ?? 2);
    case "percent":
      return percent(fmt, v, format.decimals ?? 1);
    case "money": {
      const amount = Math.round(v);
      return Number.isSafeInteger(amount)
        ? fmt.money({ amount, currency: format.currency })
        : `${fmt.decimal(v / 10 ** currencyDigits(format.currency), 0)} ${format.currency}`;
    }
  }
}

/**
 * A signed difference written with the value's format: `+12`, `-3,5 %`, `0`.
 *
 * @param fmt - the document's formatter.
 * @param delta - the difference.
 * @param format - the format of the values compared.
 * @returns the text, with `+` before a positive difference.
 * @example
 * ```ts
 * formatChange(createFormatter({ language: "en" }), 12); // "+12"
 * ```
 */
export function formatChange(fmt: Formatter, delta: number, format?: ValueFormat): string {
  const text = formatValue(fmt, delta, format);
  return delta > 0 && text !== "" ? `+${text}` : text;
}

/**
 * A share as a percentage: `part / whole` in percent units, written with one
 * fraction digit at most.
 *
 * @param fmt - the document's formatter.
 * @param part - the part (a value, an achieved value).
 * @param whole - the whole (a total, a target).
 * @returns the percentage, or `""` when `whole` is 0 or either number is not finite.
 * @example
 * ```ts
 * formatShare(createFormatter({ language: "en" }), 45, 60); // "75%"
 * ```
 */
export function formatShare(fmt: Formatter, part: number, whole: number): string {
  if (whole === 0 || !Number.isFinite(part) || !Number.isFinite(whole)) return "";
  const share = (part / whole) * 100;
  return Number.isFinite(share) ? percent(fmt, share, 1) : "";
}

/** A value that is none of the types its column expects (only possible with `trusted: true`). */
function formatAny(fmt: Formatter, cell: unknown): string {
  if (typeof cell === "number") return formatValue(fmt, cell);
  if (typeof cell === "string") return cell;
  if (!isRecord(cell)) return "";
  if (typeof cell.amount === "number" && typeof cell.currency === "string") {
    return formatValue(fmt, cell.amount, { type: "money", currency: cell.currency });
  }
  if ("label" in cell) return textOf(fmt, cell.label as ReportText);
  return textOf(fmt, cell as ReportText);
}

/**
 * A table cell written for people with the document's formatter, by its column's type.
 *
 * @param fmt - the document's formatter.
 * @param column - the cell's column (its type, and fraction digits for decimals and percentages).
 * @param cell - the cell; `null` or absent is an empty cell.
 * @returns the text: texts in the report's language, numbers grouped, money with its
 * currency, percentages with their sign, dates in long form, statuses by their label;
 * `""` for an empty cell. Never `NaN`, `undefined` or `[object Object]`, even for a cell
 * that does not match its column (a document rendered with `trusted: true`).
 * @example
 * ```ts
 * const fr = createFormatter({ language: "fr" });
 * formatCell(fr, { key: "budget", label: "Budget", type: "money" }, { amount: 1234567, currency: "MAD" }); // "12.345,67 MAD"
 * formatCell(fr, { key: "on", label: "Date", type: "date" }, "2024-12-27"); // "27 décembre 2024"
 * ```
 */
export function formatCell(fmt: Formatter, column: Column, cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  switch (column.type) {
    case "text":
      if (typeof cell === "string" || isRecord(cell)) return formatAny(fmt, cell);
      break;
    case "integer":
      if (typeof cell === "number") return formatValue(fmt, cell, { type: "integer" });
      break;
    case "decimal":
      if (typeof cell === "number") return formatValue(fmt, cell, { type: "decimal", decimals: column.decimals ?? 2 });
      break;
    case "percent":
      if (typeof cell === "number") return formatValue(fmt, cell, { type: "percent", decimals: column.decimals ?? 1 });
      break;
    case "date":
      if (typeof cell === "string") return formatDate(fmt, cell);
      break;
    case "money":
    case "status":
      break;
  }
  return formatAny(fmt, cell);
}

/**
 * A key figure's parts written for people; `""` for a part the figure does not have.
 *
 * @example
 * ```ts
 * const { value, target, ofTarget } = describeFigure(fmt, figure); // "148", "120", "123.3%"
 * ```
 */
export interface FigureText {
  /** The figure's label. */
  readonly label: string;
  /** The value, in the figure's format. */
  readonly value: string;
  /** The unit (`participants`, `جمعية`). */
  readonly unit: string;
  /** The target, in the figure's format. */
  readonly target: string;
  /** How much of the target is reached, `value / target` as a percentage. */
  readonly ofTarget: string;
  /** The previous period's value, in the figure's format. */
  readonly previous: string;
  /** The change since the previous period, signed: `+20`. */
  readonly change: string;
  /** The status label. */
  readonly status: string;
}

/**
 * The parts of a key figure written for people: value, unit, target and share of
 * the target reached, previous value and change, status.
 *
 * @param fmt - the document's formatter.
 * @param figure - the key figure.
 * @returns its parts as text, `""` for each part it does not have.
 * @remarks The change since the previous period is the difference of the values in
 * their own format (percentage points for a percentage), not a relative change.
 * @example
 * ```ts
 * const f = describeFigure(createFormatter({ language: "en" }), { label: "Participants", value: 148, target: 120, previous: 112 });
 * // { label: "Participants", value: "148", target: "120", ofTarget: "123.3%", previous: "112", change: "+36", unit: "", status: "" }
 * ```
 */
export function describeFigure(fmt: Formatter, figure: KeyFigure): FigureText {
  const { value, target, previous, format } = figure;
  return {
    label: textOf(fmt, figure.label),
    value: formatValue(fmt, value, format),
    unit: textOf(fmt, figure.unit),
    target: target === undefined ? "" : formatValue(fmt, target, format),
    ofTarget: target === undefined ? "" : formatShare(fmt, value, target),
    previous: previous === undefined ? "" : formatValue(fmt, previous, format),
    change: previous === undefined ? "" : formatChange(fmt, value - previous, format),
    status: figure.status === undefined ? "" : textOf(fmt, figure.status.label),
  };
}
