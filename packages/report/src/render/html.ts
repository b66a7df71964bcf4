import type { Result } from "@madani/model";
import { guardInput } from "@madani/model";
import { renderChartSvg } from "../charts/chart.js";
import { choroplethTableHtml } from "../charts/choropleth.js";
import { attrs, escapeText } from "../charts/markup.js";
import type {
  AnySection,
  Block,
  Cell,
  Column,
  KeyFigure,
  ReportDocument,
  ReportText,
  Status,
} from "../document/document.js";
import type { Formatter, ShownText } from "../format/formatter.js";
import { prepare } from "../internal/prepare.js";
import type { ReportIssueCode } from "../messages.js";
import { captionsFor, describeFigure, formatCell, formatDate, type RenderCaptions, withColon } from "./cells.js";
import { HTML_STYLES, pageFooterStyle } from "./htmlStyles.js";
import type { RenderOptions } from "./options.js";

/**
 * Options of {@link renderHtml}: those of every renderer (issue messages' language, `trusted`).
 *
 * @example
 * ```ts
 * renderHtml(doc, { issuesLocale: "fr" });
 * ```
 */
export interface HtmlOptions extends RenderOptions {}

const TONES = new Set(["positive", "neutral", "warning", "negative", "info"]);
const HTTP = /^https?:\/\//i;

/**
 * Tables with at least this many columns are wide: on screen they may use the whole window instead of the
 * reading column, with a smaller font, and in print their top-level section is set on landscape pages.
 */
export const WIDE_TABLE_COLUMNS = 8;

/**
 * A code-like token: letters and digits joined by `-`, `.`, `/`, `_` or `:` (`IND-1.1.1`, `ACT-3.5`,
 * `madani-draw/1`, `OS1.1`), not inside a longer word. Kept on one line: browsers would otherwise break it
 * after its hyphen in a narrow column.
 */
const CODE = /(?<![\p{L}\p{N}\p{M}])[\p{L}\p{N}]+(?:[-./_:][\p{L}\p{N}]+)+(?![\p{L}\p{N}\p{M}])/gu;
const DIGIT = /\p{Nd}/u;
/** What every code-like token holds: a letter or digit, a joiner, a letter or digit (a cheap test before {@link CODE}). */
const JOINED = /[\p{L}\p{N}][-./_:][\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
/** Longer tokens (paths, hashes) may wrap rather than widen their column. */
const CODE_MAX = 40;

/**
 * Whether a token is code-like: letters and digits joined by `-`, `.`, `/`, `_` or `:`, with at least one
 * letter and one digit, at most 40 characters (`IND-1.1.1`, `madani-draw/1`; not `Sidi-Bennour`, not
 * `2024-12-27`).
 *
 * @param token - a token without spaces.
 * @returns `true` when the HTML renderer keeps it on one line.
 * @example
 * ```ts
 * isCodeLike("IND-1.1.1"); // true
 * isCodeLike("Casablanca-Settat"); // false
 * ```
 */
export function isCodeLike(token: string): boolean {
  CODE.lastIndex = 0;
  const m = CODE.exec(token);
  return m !== null && m[0] === token && keptWhole(token);
}

/** A match of {@link CODE} that stays on one line: short, with a letter and a digit. */
function keptWhole(token: string): boolean {
  return token.length <= CODE_MAX && DIGIT.test(token) && LETTER.test(token);
}

/** Escape a text for HTML, with its code-like tokens in `<span class="code">` so that they never wrap. */
function escapeCodes(s: string): string {
  if (!DIGIT.test(s) || !JOINED.test(s)) return escapeText(s);
  let out = "";
  let last = 0;
  for (const m of s.matchAll(CODE)) {
    const token = m[0];
    if (!keptWhole(token)) continue;
    out += `${escapeText(s.slice(last, m.index))}<span class="code">${escapeText(token)}</span>`;
    last = m.index + token.length;
  }
  return last === 0 ? escapeText(s) : out + escapeText(s.slice(last));
}

/** Everything a block needs while rendering: formatter, captions, and the page's ids so far. */
interface Ctx {
  readonly fmt: Formatter;
  readonly captions: RenderCaptions;
  readonly ids: Set<string>;
}

/** An id not used yet in the page: `wanted`, else `wanted-2`, `wanted-3`… (deterministic). */
function claim(ctx: Ctx, wanted: string): string {
  let id = wanted;
  for (let n = 2; ctx.ids.has(id); n++) id = `${wanted}-${n}`;
  ctx.ids.add(id);
  return id;
}

function shown(ctx: Ctx, text: ReportText | undefined): ShownText {
  if (text === undefined) return { text: "", lang: undefined, dir: "auto" };
  return ctx.fmt.text(text);
}

/** `lang`/`dir` of an element that holds only this text: none in the document's language. */
function blockAttrs(ctx: Ctx, s: ShownText): Record<string, string | undefined> {
  if (s.dir === "auto") return { dir: "auto" };
  return s.lang !== ctx.fmt.language ? { lang: s.lang, dir: s.dir } : {};
}

/**
 * A text inside other content: as is in the document's language, isolated in `<bdi>` otherwise (with its
 * language and direction), and a plain string (a name, a code) isolated with the direction of its first
 * strong character, so that mixed-direction text never reorders its neighbours.
 */
function inline(ctx: Ctx, s: ShownText): string {
  if (s.dir === "auto") return `<bdi>${escapeCodes(s.text)}</bdi>`;
  if (s.lang !== ctx.fmt.language) return `<bdi${attrs({ lang: s.lang, dir: s.dir })}>${escapeCodes(s.text)}</bdi>`;
  return escapeCodes(s.text);
}

function text(ctx: Ctx, value: ReportText | undefined): string {
  return inline(ctx, shown(ctx, value));
}

/** A formatted number or date, isolated so that it keeps its own order beside other text. */
function value(formatted: string): string {
  return `<bdi class="num">${escapeText(formatted)}</bdi>`;
}

function toneOf(tone: unknown): string {
  return typeof tone === "string" && TONES.has(tone) ? tone : "neutral";
}

function badge(ctx: Ctx, status: Status): string {
  return `<span class="badge tone-${toneOf(status.tone)}">${text(ctx, status.label)}</span>`;
}

function figure(ctx: Ctx, item: KeyFigure): string {
  const f = describeFigure(ctx.fmt, item);
  const c = ctx.captions;
  const tone = item.status === undefined ? "" : ` tone-${toneOf(item.status.tone)}`;
  let out = `<div class="figure${tone}"><dt>${text(ctx, item.label)}</dt>`;
  out += `<dd class="figure-value">${value(f.value)}${item.unit === undefined ? "" : ` <span class="figure-unit">${text(ctx, item.unit)}</span>`}</dd>`;
  if (f.target !== "") {
    const share = f.ofTarget === "" ? "" : ` <span class="nowrap">(${value(f.ofTarget)})</span>`;
    out += `<dd class="figure-detail">${escapeText(withColon(ctx.fmt.language, c.target))} ${value(f.target)}${share}</dd>`;
  }
  if (f.previous !== "") {
    const delta = item.previous === undefined ? 0 : item.value - item.previous;
    const arrow = delta > 0 ? "▲" : delta < 0 ? "▼" : "";
    out += `<dd class="figure-detail">${escapeText(withColon(ctx.fmt.language, c.previous))} ${value(f.previous)} <span class="nowrap">(${
      arrow === "" ? "" : `<span aria-hidden="true">${arrow}</span> `
    }${value(f.change)})</span></dd>`;
  }
  // A badge that only repeats the card's label says nothing more: the card keeps the status's colour alone.
  if (item.status !== undefined && text(ctx, item.status.label) !== text(ctx, item.label))
    out += `<dd class="figure-status">${badge(ctx, item.status)}</dd>`;
  return `${out}</div>`;
}

const NUMERIC = new Set(["integer", "decimal", "money", "percent"]);

function cell(ctx: Ctx, column: Column, content: Cell | undefined): string {
  const open = NUMERIC.has(column.type) ? '<td class="num">' : column.type === "date" ? '<td class="date">' : "<td>";
  if (content === null || content === undefined) return `${open}</td>`;
  if (column.type === "status" && typeof content === "object" && "tone" in content && "label" in content) {
    return `${open}${badge(ctx, content as Status)}</td>`;
  }
  if (
    column.type === "text" &&
    (typeof content === "string" ||
      (typeof content === "object" && ("ar" in content || "fr" in content || "en" in content || "zgh" in content)))
  ) {
    return `${open}${text(ctx, content as ReportText)}</td>`;
  }
  const formatted = formatCell(ctx.fmt, column, content);
  if (column.type === "date" && typeof content === "string") {
    // A date never wraps; a Hijri date after it may go to the next line as a whole.
    const parts = formatted.split(" (");
    return `${open}${parts.map((p, i) => `<span class="nowrap">${escapeText(i === 0 ? p : `(${p}`)}</span>`).join(" ")}</td>`;
  }
  // Numbers and dates alone in a cell need no isolation; the cell is their paragraph.
  return `${open}${column.type === "text" || column.type === "status" ? `<bdi>${escapeCodes(formatted)}</bdi>` : escapeText(formatted)}</td>`;
}

/** Whether a table is wide (see {@link WIDE_TABLE_COLUMNS}). */
function isWide(block: Block): boolean {
  return block.type === "table" && block.columns.length >= WIDE_TABLE_COLUMNS;
}

/** Whether a section or one of its sub-sections holds a wide table. */
function holdsWideTable(s: AnySection): boolean {
  return s.blocks.some(isWide) || (s.sections ?? []).some(holdsWideTable);
}

function table(ctx: Ctx, block: Extract<Block, { type: "table" }>, out: string[]): void {
  const id = claim(ctx, `table-${block.id}`);
  const captionId = claim(ctx, `${id}-caption`);
  out.push(
    `<div class="table-block${isWide(block) ? " wide" : ""}"><div class="table-wrap"${attrs({ role: "region", tabindex: "0", "aria-labelledby": captionId })}><table${attrs({ id })}>`,
  );
  out.push(
    `<caption${attrs({ id: captionId })}>${text(ctx, block.title)}${
      block.caption === undefined ? "" : `<span class="table-caption">${text(ctx, block.caption)}</span>`
    }</caption>`,
  );
  out.push(
    `<thead><tr>${block.columns
      .map((col) => `<th scope="col"${NUMERIC.has(col.type) ? ' class="num"' : ""}>${text(ctx, col.label)}</th>`)
      .join("")}</tr></thead>`,
  );
  out.push("<tbody>");
  for (const row of block.rows)
    out.push(`<tr>${block.columns.map((col) => cell(ctx, col, row[col.key])).join("")}</tr>`);
  out.push("</tbody>");
  if (block.footer !== undefined) {
    const footer = block.footer;
    out.push(`<tfoot><tr>${block.columns.map((col) => cell(ctx, col, footer[col.key])).join("")}</tr></tfoot>`);
  }
  out.push("</table></div></div>");
}

function sources(ctx: Ctx, block: Extract<Block, { type: "sources" }>): string {
  const items = block.items.map((item) => {
    const label = text(ctx, item.text);
    if (item.url === undefined || !HTTP.test(item.url)) return `<li>${label}</li>`;
    return `<li><a${attrs({ href: item.url, rel: "noopener noreferrer" })}>${label}</a> <bdi dir="ltr" class="url">${escapeText(item.url)}</bdi></li>`;
  });
  return `<div class="sources"><p class="sources-title">${escapeText(ctx.captions.sources)}</p><ol>${items.join("")}</ol></div>`;
}

function block(ctx: Ctx, b: Block, path: string, out: string[]): void {
  switch (b.type) {
    case "paragraph": {
      const s = shown(ctx, b.text);
      out.push(`<p${attrs({ class: "paragraph", ...blockAttrs(ctx, s) })}>${escapeCodes(s.text)}</p>`);
      return;
    }
    case "figures":
      out.push(`<dl class="figures">${b.items.map((item) => figure(ctx, item)).join("")}</dl>`);
      return;
    case "table":
      table(ctx, b, out);
      return;
    case "chart": {
      const id = claim(ctx, `chart-${path}`);
      const description =
        b.chart.description === undefined
          ? ""
          : `<span class="chart-description">${text(ctx, b.chart.description)}</span>`;
      out.push(
        `<figure class="chart-block"><figcaption>${text(ctx, b.chart.title)}${description}</figcaption>${renderChartSvg(b.chart, ctx.fmt, { id })}${
          // A map's areas are also given as a table, for readers who cannot tell its colours apart.
          b.chart.kind === "choropleth" ? choroplethTableHtml(b.chart, ctx.fmt, id) : ""
        }</figure>`,
      );
      return;
    }
    case "list": {
      const tag = b.ordered ? "ol" : "ul";
      out.push(`<${tag} class="list">${b.items.map((item) => `<li>${text(ctx, item)}</li>`).join("")}</${tag}>`);
      return;
    }
    case "note": {
      const tone = toneOf(b.tone);
      const label = withColon(ctx.fmt.language, ctx.captions.tones[tone as keyof RenderCaptions["tones"]]);
      out.push(
        `<aside class="note tone-${tone}" role="note"><p><strong class="note-label">${escapeText(label)}</strong> ${text(ctx, b.text)}</p></aside>`,
      );
      return;
    }
    case "sources":
      out.push(sources(ctx, b));
      return;
  }
}

function section(ctx: Ctx, s: AnySection, level: number, path: number[], out: string[]): void {
  const key = path.join("-");
  const headingId = claim(ctx, s.id ?? `section-${key}`);
  // A top-level section with a wide table prints on landscape pages.
  const landscape = level === 1 && holdsWideTable(s) ? " landscape" : "";
  out.push(`<section${attrs({ class: `section level-${level}${landscape}`, "aria-labelledby": headingId })}>`);
  out.push(`<h${level + 1}${attrs({ id: headingId })}>${text(ctx, s.heading)}</h${level + 1}>`);
  s.blocks.forEach((b, i) => {
    block(ctx, b, `${key}-${i + 1}`, out);
  });
  (s.sections ?? []).forEach((child, i) => {
    section(ctx, child, Math.min(level + 1, 3), [...path, i + 1], out);
  });
  out.push("</section>");
}

function header(ctx: Ctx, doc: ReportDocument, landscape: boolean): string {
  const { meta } = doc;
  const c = ctx.captions;
  const lang = ctx.fmt.language;
  let out = `<header class="report-header${landscape ? " landscape" : ""}">`;
  // The organization by its name only: its id is for machines (it stays in the JSON rendering), not for readers.
  if (meta.organization !== undefined) out += `<p class="report-org">${text(ctx, meta.organization.name)}</p>`;
  out += `<h1${attrs({ id: claim(ctx, "report-title") })}>${text(ctx, meta.title)}</h1>`;
  if (meta.subtitle !== undefined) out += `<p class="report-subtitle">${text(ctx, meta.subtitle)}</p>`;
  out += '<dl class="report-meta">';
  if (meta.period !== undefined) {
    const from = formatDate(ctx.fmt, meta.period.startOn);
    const to = formatDate(ctx.fmt, meta.period.endOn);
    // A one-day period (a meeting) is written once, not "16 mai 2024 – 16 mai 2024".
    const range = from === to ? from : `${from} – ${to}`;
    out += `<div><dt>${escapeText(withColon(lang, c.period))}</dt><dd>${escapeText(range)}</dd></div>`;
  }
  const generated = typeof meta.generatedAt === "string" ? formatDate(ctx.fmt, meta.generatedAt.slice(0, 10)) : "";
  out += `<div><dt>${escapeText(withColon(lang, c.generatedOn))}</dt><dd>${escapeText(generated)}</dd></div>`;
  return `${out}</dl></header>`;
}

/**
 * Render a report document as one standalone HTML5 file.
 *
 * @param document - a report document (validated here unless `options.trusted`).
 * @param options - language of the issue messages, `trusted`.
 * @returns the HTML text, or the document's issues. Never throws on bad input.
 * @remarks The file fetches nothing (inline CSS, inline SVG charts, system fonts, no script) and prints on
 * A4 with sections flowing from page to page, a page footer in the document's language ("Page 3 of 7") and
 * table headers repeated on each page; the report is in a `<main>` landmark. `<html lang dir>` follow
 * the document's language (`dir="rtl"` for Arabic). A text shown in another language than the
 * document's (after fallback) is isolated in `<bdi lang dir>`, and plain strings (names, codes) in
 * `<bdi>`, so mixed-direction text never reorders; formatted numbers keep the direction marks of the
 * formatter. Wide tables (8 columns or more) may use the whole window on screen, with a smaller font and a
 * shadow at an edge that hides columns, and their top-level section prints on landscape A4 pages. Code-like
 * tokens (`IND-1.1.1`, `madani-draw/1`), dates and status badges never wrap inside; a one-day period is
 * written once. Every text goes through one escape function for text and one for attributes; links are
 * written only for `http`/`https` URLs, with `rel="noopener noreferrer"`. Output is deterministic: the
 * same document gives the same bytes on any host (ids derive from positions in the document).
 * Never throws: input that throws when read gives `input.unreadable`.
 * @example
 * ```ts
 * const r = renderHtml(createReport({ title: { fr: "Rapport général" }, language: "fr", generatedAt: "2025-01-10T09:00:00+01:00" })
 *   .section({ fr: "Ateliers" }, (s) => s.paragraph({ fr: "Quatre ateliers ont été animés." }))
 *   .build());
 * if (r.ok) writeFileSync("rapport.html", r.value);
 * ```
 */
export function renderHtml(document: unknown, options?: HtmlOptions): Result<string, ReportIssueCode> {
  return guardInput(() => {
    const prepared = prepare(document, options);
    if (!prepared.ok) return prepared;
    const { doc, fmt } = prepared.value;
    const ctx: Ctx = { fmt, captions: captionsFor(fmt.language), ids: new Set() };
    const out: string[] = [
      "<!DOCTYPE html>",
      `<html${attrs({ lang: fmt.language, dir: fmt.dir })}>`,
      "<head>",
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<meta name="generator" content="@madani/report">',
      `<title>${escapeText(shown(ctx, doc.meta.title).text)}</title>`,
      `<style>\n${HTML_STYLES}\n${pageFooterStyle(ctx.captions.pageOf)}\n</style>`,
      "</head>",
      "<body>",
      "<main>",
      '<article class="report">',
      // When the first section prints on landscape pages, so does the title above it: no page holds the title alone.
      header(ctx, doc, doc.sections[0] !== undefined && holdsWideTable(doc.sections[0])),
    ];
    doc.sections.forEach((s, i) => {
      section(ctx, s, 1, [i + 1], out);
    });
    out.push("</article>", "</main>", "</body>", "</html>", "");
    return { ok: true, value: out.join("\n") };
  });
}
