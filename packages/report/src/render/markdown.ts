import type { Result } from "@madani/model";
import { guardInput } from "@madani/model";
import type { AnySection, Block, Chart, Column, ReportDocument, ReportText, Row } from "../document/document.js";
import type { Formatter } from "../format/formatter.js";
import { displayShares } from "../format/shares.js";
import { prepare } from "../internal/prepare.js";
import type { ReportIssueCode } from "../messages.js";
import {
  captionsFor,
  describeFigure,
  formatCell,
  formatDate,
  formatShare,
  formatValue,
  type RenderCaptions,
  textOf,
  withColon,
} from "./cells.js";
import type { RenderOptions } from "./options.js";

/**
 * Options of {@link renderMarkdown}.
 *
 * @example
 * ```ts
 * renderMarkdown(doc, { rtlWrapper: false }); // an Arabic report for a viewer that shows raw HTML as text
 * ```
 */
export interface MarkdownOptions extends RenderOptions {
  /**
   * Wrap an Arabic document in `<div dir="rtl" lang="ar">…</div>` so that GitHub
   * shows it right to left, tables included. Default true; it has no effect on
   * French and English documents. Turn it off for a viewer that shows raw HTML as text.
   */
  readonly rtlWrapper?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Escaping. Every text of the document goes through one of these, so that no text, whatever it
// holds, can start a Markdown construct or break a table row (CommonMark 0.31 §2.4: any ASCII
// punctuation may be backslash-escaped; GFM §4.10: `\|` is a pipe inside a table cell).

/** Characters that mean something inline (emphasis, code, links, HTML, strikethrough, math, headings, tables). */
const INLINE_SPECIAL = /[\\`*_[\]<#|~$]|&(?=#?[0-9A-Za-z]+;)/g;
/** What a line must not start with, after inline escaping: a list, quote, setext underline or ordered-list marker. */
const LINE_START = /^(?:[-+=>]|\d{1,9}(?=[.)]))/;

const escapeInline = (text: string): string => text.replace(INLINE_SPECIAL, "\\$&");

/**
 * Split on any line ending (CR LF, CR, LF), each line trimmed of white space (a leading
 * space could make an indented code block, a leading no-break space would stop `**` from
 * opening bold text).
 */
const linesOf = (text: string): string[] => text.split(/\r\n?|\n/).map((l) => l.trim());

/** One line of block text: escaped inline, then escaped at its start so it cannot open a block. */
const escapeLine = (line: string): string => guardStart(escapeInline(line));

/** An escaped line that will start a line of block text, escaped at its start so it cannot open a block. */
function guardStart(escaped: string): string {
  const start = LINE_START.exec(escaped);
  if (start === null) return escaped;
  // An ordered-list marker is `1.` or `1)`: escape the punctuation after the digits.
  return /^\d/.test(start[0]) ? `${start[0]}\\${escaped.slice(start[0].length)}` : `\\${escaped}`;
}

/** Text on one line (headings, titles, labels): line breaks become spaces. */
const oneLine = (text: string): string =>
  escapeInline(
    linesOf(text)
      .filter((l) => l !== "")
      .join(" "),
  );

/** A character to escape, a line break, or white space at either end. */
const NEEDS_WORK = /[\\`*_[\]<#|~$&\r\n]|^\s|\s$/;

/** Text in a table cell: line breaks become `<br>`, pipes are escaped; it is inline only, so no block escape. */
const cellText = (text: string): string =>
  // Most cells (numbers, dates, names) need nothing: skip the splitting and escaping.
  NEEDS_WORK.test(text) ? linesOf(text.trim()).map(escapeInline).join("<br>") : text;

/**
 * Text as paragraphs: blank lines separate paragraphs (or are dropped, without
 * `paragraphs`, for list items), other line breaks are hard breaks (a backslash at the
 * end of the line). Returns the Markdown lines, an empty string between paragraphs; no
 * lines for an empty text.
 */
function paragraphLines(text: string, opts: { paragraphs: boolean }): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length === 0) return;
    if (out.length > 0 && opts.paragraphs) out.push("");
    current.forEach((l, i) => {
      out.push(i < current.length - 1 ? `${l}\\` : l);
    });
    current = [];
  };
  for (const line of linesOf(text)) {
    if (line === "") {
      if (opts.paragraphs) flush();
    } else current.push(escapeLine(line));
  }
  flush();
  return out;
}

/**
 * A link destination: spaces and control characters percent-encoded, the characters that
 * would end or nest the destination escaped. Only http(s) URLs are linked.
 */
function linkDestination(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  let out = "";
  for (const c of url) {
    const code = c.charCodeAt(0);
    if (code <= 0x20 || code === 0x7f || c === "<" || c === ">")
      out += `%${code.toString(16).toUpperCase().padStart(2, "0")}`;
    else if (c === "\\" || c === "(" || c === ")") out += `\\${c}`;
    else out += c;
  }
  return out;
}

/** `**text**`, or nothing for an empty text. */
const strong = (escaped: string): string => (escaped === "" ? "" : `**${escaped}**`);

// ---------------------------------------------------------------------------------------------
// Tables.

type Align = "left" | "right";

interface MdTable {
  readonly header: readonly string[];
  readonly align: readonly Align[];
  readonly rows: readonly (readonly string[])[];
  /** A totals row, shown in bold. */
  readonly footer?: readonly string[];
}

const NUMERIC = new Set(["integer", "decimal", "money", "percent"]);

/** A GFM table from plain cell texts (escaped here). */
function tableLines(table: MdTable): string[] {
  const row = (cells: readonly string[], bold: boolean) => {
    let line = "|";
    for (const c of cells) {
      const text = cellText(c);
      line += ` ${bold ? strong(text) : text} |`;
    }
    return line;
  };
  const lines = [
    row(table.header, false),
    `|${table.align.map((a) => (a === "right" ? " ---: |" : " --- |")).join("")}`,
  ];
  for (const r of table.rows) lines.push(row(r, false));
  if (table.footer !== undefined) lines.push(row(table.footer, true));
  return lines;
}

function dataTable(fmt: Formatter, columns: readonly Column[], rows: readonly Row[], footer: Row | undefined): MdTable {
  const cellsOf = (r: Row) => columns.map((c) => formatCell(fmt, c, r[c.key]));
  return {
    header: columns.map((c) => textOf(fmt, c.label)),
    align: columns.map((c) => (NUMERIC.has(c.type) ? "right" : "left")),
    rows: rows.map(cellsOf),
    ...(footer === undefined ? {} : { footer: cellsOf(footer) }),
  };
}

/** A chart's data as a table: categories × series, slices with shares, items against targets, Gantt rows. */
function chartTable(fmt: Formatter, cap: RenderCaptions, chart: Chart): MdTable {
  const value = (v: number | null | undefined) =>
    v === null || v === undefined ? "" : formatValue(fmt, v, chart.format);
  switch (chart.kind) {
    case "bar":
    case "horizontal-bar":
    case "line":
    case "stacked-bar": {
      const stacked = chart.kind === "stacked-bar";
      const header = [cap.category, ...chart.series.map((s) => textOf(fmt, s.name)), ...(stacked ? [cap.total] : [])];
      const rows = chart.categories.map((category, i) => {
        const values = chart.series.map((s) => s.values[i]);
        const cells = [textOf(fmt, category), ...values.map(value)];
        if (stacked) {
          const present = values.filter((v): v is number => typeof v === "number");
          cells.push(present.length === 0 ? "" : value(present.reduce((a, b) => a + b, 0)));
        }
        return cells;
      });
      return { header, align: header.map((_, i) => (i === 0 ? "left" : "right")), rows };
    }
    case "donut": {
      const total = chart.slices.reduce((a, s) => a + s.value, 0);
      // The same largest-remainder shares as the chart's legend: they add up to 100.
      const shares = displayShares(chart.slices.map((s) => s.value));
      return {
        header: [cap.item, cap.value, cap.share],
        align: ["left", "right", "right"],
        rows: chart.slices.map((s, i) => [textOf(fmt, s.label), value(s.value), fmt.percent(shares[i] ?? 0)]),
        footer: [cap.total, value(total), formatShare(fmt, total, total)],
      };
    }
    case "progress":
      return {
        header: [cap.item, cap.value, cap.target, cap.progress],
        align: ["left", "right", "right", "right"],
        rows: chart.items.map((i) => [
          textOf(fmt, i.label),
          value(i.value),
          value(i.target),
          formatShare(fmt, i.value, i.target),
        ]),
      };
    case "choropleth":
      return {
        header: [cap.item, cap.value],
        align: ["left", "right"],
        rows: chart.areas.map((a) => [textOf(fmt, a.label), a.value === null ? "" : value(a.value)]),
      };
    case "gantt": {
      const grouped = chart.rows.some((r) => r.group !== undefined);
      const withProgress = chart.rows.some((r) => r.progress !== undefined);
      return {
        header: [
          ...(grouped ? [cap.group] : []),
          cap.activity,
          cap.start,
          cap.end,
          ...(withProgress ? [cap.progress] : []),
        ],
        align: [
          ...(grouped ? ["left" as const] : []),
          "left",
          "left",
          "left",
          ...(withProgress ? ["right" as const] : []),
        ],
        rows: chart.rows.map((r) => [
          ...(grouped ? [textOf(fmt, r.group)] : []),
          textOf(fmt, r.label),
          formatDate(fmt, r.startOn),
          formatDate(fmt, r.endOn),
          ...(withProgress
            ? [r.progress === undefined ? "" : formatValue(fmt, r.progress * 100, { type: "percent", decimals: 0 })]
            : []),
        ]),
      };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Blocks and sections.

/** Append a block (its lines) to the output, separated from the previous one by a blank line. */
function push(out: string[], lines: readonly string[]): void {
  if (lines.length === 0) return;
  if (out.length > 0) out.push("");
  for (const l of lines) out.push(l);
}

/** A bold title line, for tables and charts. */
const titleLine = (fmt: Formatter, text: ReportText | undefined): string[] => {
  const t = oneLine(textOf(fmt, text));
  return t === "" ? [] : [strong(t)];
};

/** `value (aside)`, or the value alone. */
const joinAside = (value: string, aside: string): string =>
  value === "" || aside === "" ? value : `${value} (${aside})`;

function renderBlock(out: string[], block: Block, fmt: Formatter, cap: RenderCaptions): void {
  switch (block.type) {
    case "paragraph":
      push(out, paragraphLines(textOf(fmt, block.text), { paragraphs: true }));
      return;
    case "figures": {
      const figures = block.items.map((f) => describeFigure(fmt, f));
      const has = (pick: (f: (typeof figures)[number]) => string) => figures.some((f) => pick(f) !== "");
      const parts: { header: string; align: Align; cell: (f: (typeof figures)[number]) => string }[] = [
        { header: cap.indicator, align: "left", cell: (f) => f.label },
        { header: cap.value, align: "right", cell: (f) => f.value },
      ];
      if (has((f) => f.unit)) parts.push({ header: cap.unit, align: "left", cell: (f) => f.unit });
      if (has((f) => f.target)) {
        parts.push({ header: cap.target, align: "right", cell: (f) => joinAside(f.target, f.ofTarget) });
      }
      if (has((f) => f.previous)) {
        parts.push({ header: cap.previous, align: "right", cell: (f) => joinAside(f.previous, f.change) });
      }
      if (has((f) => f.status)) parts.push({ header: cap.status, align: "left", cell: (f) => f.status });
      push(
        out,
        tableLines({
          header: parts.map((p) => p.header),
          align: parts.map((p) => p.align),
          rows: figures.map((f) => parts.map((p) => p.cell(f))),
        }),
      );
      return;
    }
    case "table": {
      push(out, titleLine(fmt, block.title));
      push(out, tableLines(dataTable(fmt, block.columns, block.rows, block.footer)));
      if (block.caption !== undefined) push(out, paragraphLines(textOf(fmt, block.caption), { paragraphs: true }));
      return;
    }
    case "chart": {
      const chart = block.chart;
      push(out, titleLine(fmt, chart.title));
      if (chart.description !== undefined)
        push(out, paragraphLines(textOf(fmt, chart.description), { paragraphs: true }));
      push(out, tableLines(chartTable(fmt, cap, chart)));
      return;
    }
    case "list": {
      const lines: string[] = [];
      block.items.forEach((item, i) => {
        const marker = block.ordered ? `${i + 1}. ` : "- ";
        const indent = " ".repeat(marker.length);
        const body = paragraphLines(textOf(fmt, item), { paragraphs: false });
        if (body.length === 0) lines.push(marker.trimEnd());
        body.forEach((l, j) => {
          lines.push(j === 0 ? `${marker}${l}` : `${indent}${l}`);
        });
      });
      push(out, lines);
      return;
    }
    case "note": {
      const label = strong(escapeInline(withColon(fmt.language, cap.tones[block.tone])));
      const body = paragraphLines(textOf(fmt, block.text), { paragraphs: true });
      const [first, ...rest] = body;
      push(
        out,
        [first === undefined ? label : `${label} ${first}`, ...rest].map((l) => (l === "" ? ">" : `> ${l}`)),
      );
      return;
    }
    case "sources": {
      push(out, [strong(escapeInline(cap.sources))]);
      push(
        out,
        block.items.map((s) => {
          const text = oneLine(textOf(fmt, s.text));
          const url = s.url === undefined ? undefined : linkDestination(s.url);
          if (url === undefined) return `- ${guardStart(text)}`;
          return `- [${text === "" ? escapeInline(s.url ?? "") : text}](${url})`;
        }),
      );
      return;
    }
  }
}

function renderSections(
  out: string[],
  sections: readonly AnySection[],
  depth: number,
  fmt: Formatter,
  cap: RenderCaptions,
) {
  const hashes = "#".repeat(Math.min(depth + 1, 6));
  for (const section of sections) {
    const heading = oneLine(textOf(fmt, section.heading));
    push(out, [heading === "" ? hashes : `${hashes} ${heading}`]);
    for (const block of section.blocks) renderBlock(out, block, fmt, cap);
    if (section.sections !== undefined) renderSections(out, section.sections, depth + 1, fmt, cap);
  }
}

function renderMeta(out: string[], doc: ReportDocument, fmt: Formatter, cap: RenderCaptions): void {
  const meta = doc.meta;
  const title = oneLine(textOf(fmt, meta.title));
  push(out, [title === "" ? "#" : `# ${title}`]);
  if (meta.subtitle !== undefined) push(out, paragraphLines(textOf(fmt, meta.subtitle), { paragraphs: true }));
  const facts: string[] = [];
  if (meta.organization !== undefined) {
    const name = guardStart(oneLine(textOf(fmt, meta.organization.name)));
    if (name !== "") facts.push(name);
  }
  const label = (l: string) => strong(escapeInline(withColon(fmt.language, l)));
  if (meta.period !== undefined) {
    const from = formatDate(fmt, meta.period.startOn);
    const to = formatDate(fmt, meta.period.endOn);
    facts.push(`${label(cap.period)} ${escapeInline(from === to ? from : `${from} – ${to}`)}`);
  }
  const generated = formatDate(fmt, String(meta.generatedAt).slice(0, 10));
  if (generated !== "") facts.push(`${label(cap.generatedOn)} ${escapeInline(generated)}`);
  push(
    out,
    facts.map((f, i) => (i < facts.length - 1 ? `${f}\\` : f)),
  );
}

/**
 * Render a report document as GitHub-flavoured Markdown.
 *
 * @param document - the report document (validated here unless `options.trusted`).
 * @param options - `rtlWrapper` (default true), `issuesLocale`, `trusted`.
 * @returns the Markdown text, ending with a newline; or the document's issues. Never throws on bad input.
 * @remarks
 * - Headings: the title is `#`, sections `##`, sub-sections `###` and `####`.
 * - Key figures are a table (indicator, value, unit, target with the share reached,
 *   previous period with the change, status), with only the columns some figure uses.
 * - Tables are GFM tables; number columns (integer, decimal, money, percent) are
 *   right-aligned (`---:`); the totals row is bold. Charts are tables of their data:
 *   categories × series (with a total column for stacked bars), donut slices with their
 *   share and a totals row, progress items with value, target and share reached,
 *   Gantt rows with start, end and progress.
 * - Notes are blockquotes opened by the tone's label in bold; sources are a list of links.
 * - Every text is escaped (CommonMark 0.31 §2.4 backslash escapes; GFM §4.10 `\|` in
 *   cells): `\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `#`, `|`, `~`, `$` (GitHub math) and
 *   `&` before an entity anywhere, a leading `-`, `+`, `=`, `>` or `1.` on a line, so no
 *   text can start a construct, show HTML or break a table row; a line break in a cell
 *   becomes `<br>`, in a paragraph a hard break.
 * - Direction: Markdown has none. GitHub keeps the `dir` and `lang` attributes and the
 *   `div` element through its sanitizer (github/markup, "HTML sanitization"), and a `div`
 *   followed by a blank line lets the Markdown inside be parsed (CommonMark §4.6, HTML
 *   block type 6), so an Arabic document is wrapped in `<div dir="rtl" lang="ar">`: its
 *   paragraphs, lists and tables run right to left there. Viewers that drop raw HTML lose
 *   nothing else; turn the wrapper off with `rtlWrapper: false` for those that show it.
 * - Deterministic: the same document gives the same text on any host.
 * Never throws: input that throws when read gives `input.unreadable`.
 * @example
 * ```ts
 * const r = renderMarkdown(doc);
 * if (r.ok) writeFileSync("rapport.md", r.value);
 * else console.error(r.issues.map((i) => i.message));
 * ```
 */
export function renderMarkdown(document: unknown, options?: MarkdownOptions): Result<string, ReportIssueCode> {
  return guardInput(() => {
    const prepared = prepare(document, options);
    if (!prepared.ok) return prepared;
    const { doc, fmt } = prepared.value;
    const cap = captionsFor(fmt.language);
    const out: string[] = [];
    renderMeta(out, doc, fmt, cap);
    renderSections(out, doc.sections, 1, fmt, cap);
    const body = `${out.join("\n")}\n`;
    const wrap = fmt.language === "ar" && options?.rtlWrapper !== false;
    return { ok: true, value: wrap ? `<div dir="rtl" lang="ar">\n\n${body}\n</div>\n` : body };
  });
}
