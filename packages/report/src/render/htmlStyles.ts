/**
 * The stylesheet of HTML reports, inlined in every file: screen and print (A4), right-to-left through
 * logical properties only, system fonts only.
 *
 * @module
 */

/** Latin first, then fonts that cover Arabic: each glyph comes from the first font that has it. */
const LATIN_FIRST =
  '"Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", Tahoma, sans-serif';
/** Arabic first, for documents in Arabic. */
const ARABIC_FIRST =
  '"Noto Sans Arabic", "Noto Naskh Arabic", "Segoe UI", Tahoma, "Geeza Pro", "Noto Sans", "DejaVu Sans", Arial, sans-serif';

/**
 * The CSS of HTML reports.
 *
 * @remarks No web fonts and no external resource: the fonts are system fonts, among which several cover
 * Arabic (Noto Sans Arabic and Noto Naskh Arabic on Linux with `fonts-noto-core`, Segoe UI and Tahoma on
 * Windows, Geeza Pro on macOS). Only logical properties (`inline-start`, `text-align: start`) are used, so
 * the same rules lay out right-to-left and left-to-right documents. Tone colours reach a contrast of at
 * least 4.5:1 (WCAG 2.2, 1.4.3) on their backgrounds and print in colour (`print-color-adjust: exact`).
 * In print: A4 pages numbered at the foot (see {@link pageFooterStyle}), sections flowing from page to page, table
 * headers repeated on every page (the totals row only at the end), figures, charts, notes and rows never
 * split across pages. Wide tables (class `wide`) use up to the whole window on screen, centred on the
 * reading column, in a smaller font; a table that still overflows scrolls inside its box with a shadow
 * at each edge that hides columns (backgrounds attached to the scrolled content cover the shadows at the
 * ends, so no script is needed). Top-level sections that hold one (class `landscape`) print on the named
 * page `landscape`, A4 turned sideways. Dates, badges and code-like tokens (class `code`) never wrap.
 * @example
 * ```ts
 * const head = `<style>\n${HTML_STYLES}\n</style>`;
 * ```
 */
export const HTML_STYLES = `
:root {
  --ink: #1f2328; --muted: #4b535c; --line: #d0d7de; --soft: #f6f8fa; --accent: #0b5cad;
  --positive: #116329; --positive-bg: #dafbe1; --positive-line: #2da44e;
  --warning: #6c4400; --warning-bg: #fff5cc; --warning-line: #d4a72c;
  --negative: #a40e26; --negative-bg: #ffebe9; --negative-line: #cf222e;
  --info: #0a4f9e; --info-bg: #ddf4ff; --info-line: #218bff;
  --neutral: #424a53; --neutral-bg: #eaeef2; --neutral-line: #8c959f;
  color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
html { font-family: ${LATIN_FIRST}; font-size: 16px; line-height: 1.6; color: var(--ink); background: #fff; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
html:lang(ar) { font-family: ${ARABIC_FIRST}; line-height: 1.75; }
body { margin: 0; }
.report { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1, h2, h3, h4 { line-height: 1.35; overflow-wrap: anywhere; }
h1 { font-size: 1.85rem; margin: 0 0 .4rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 1rem; padding-bottom: .3rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.18rem; margin: 2rem 0 .75rem; }
h4 { font-size: 1.03rem; margin: 1.5rem 0 .5rem; }
p, li, dd, dt, caption, figcaption { overflow-wrap: break-word; }
.paragraph { white-space: pre-line; margin: 0 0 1rem; }
a { color: var(--accent); }
.num { font-variant-numeric: tabular-nums; }

.report-header { border-bottom: 1px solid var(--line); padding-bottom: 1rem; margin-bottom: 1.5rem; }
.report-org { margin: 0 0 .3rem; color: var(--muted); font-weight: 600; }
.report-subtitle { margin: 0 0 .75rem; font-size: 1.12rem; color: var(--muted); }
.report-meta { display: flex; flex-wrap: wrap; gap: .2rem 2rem; margin: 0; font-size: .92rem; color: var(--muted); }
.report-meta > div { display: flex; flex-wrap: wrap; gap: .35rem; }
.report-meta dt { font-weight: 600; }
.report-meta dd { margin: 0; }

.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .75rem; margin: 1rem 0 1.5rem; }
.figure { display: flex; flex-direction: column; gap: .1rem; margin: 0; padding: .7rem .85rem; border: 1px solid var(--line); border-inline-start: 4px solid var(--neutral-line); border-radius: 6px; background: #fff; }
.figure dt { font-size: .88rem; font-weight: 600; color: var(--muted); }
.figure dd { margin: 0; }
.figure-value { font-size: 1.45rem; font-weight: 700; line-height: 1.3; font-variant-numeric: tabular-nums; }
.figure-unit { font-size: .95rem; font-weight: 500; color: var(--muted); }
.figure-detail { font-size: .84rem; color: var(--muted); font-variant-numeric: tabular-nums; }
.figure-value .num, .nowrap, .code { white-space: nowrap; }
.figure-status { margin-top: .25rem !important; }
.figure.tone-positive { border-inline-start-color: var(--positive-line); }
.figure.tone-warning { border-inline-start-color: var(--warning-line); }
.figure.tone-negative { border-inline-start-color: var(--negative-line); }
.figure.tone-info { border-inline-start-color: var(--info-line); }

.badge { display: inline-block; padding: 0 .55em; border: 1px solid; border-radius: .8em; font-size: .84em; font-weight: 600; line-height: 1.7; white-space: nowrap; }
.badge.tone-positive { color: var(--positive); background: var(--positive-bg); border-color: var(--positive-line); }
.badge.tone-warning { color: var(--warning); background: var(--warning-bg); border-color: var(--warning-line); }
.badge.tone-negative { color: var(--negative); background: var(--negative-bg); border-color: var(--negative-line); }
.badge.tone-info { color: var(--info); background: var(--info-bg); border-color: var(--info-line); }
.badge.tone-neutral { color: var(--neutral); background: var(--neutral-bg); border-color: var(--neutral-line); }

.table-block { margin: 1.25rem 0 1.75rem; }
.table-wrap { max-width: 100%; overflow-x: auto;
  background: linear-gradient(to right, #fff 30%, rgb(255 255 255 / 0)) 0 0 / 2.5rem 100% no-repeat local,
    linear-gradient(to left, #fff 30%, rgb(255 255 255 / 0)) 100% 0 / 2.5rem 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgb(31 35 40 / .4), rgb(31 35 40 / 0)) 0 0 / 1rem 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgb(31 35 40 / .4), rgb(31 35 40 / 0)) 100% 0 / 1rem 100% no-repeat scroll; }
.table-block.wide { --wide: max(100%, min(100vw - 4rem, 90rem)); width: var(--wide); margin-inline: calc((100% - var(--wide)) / 2); }
.table-block.wide table { width: auto; min-width: min(100%, 49.5rem); margin-inline: auto; font-size: .8rem; }
.table-block.wide caption { font-size: 1.1em; }
.table-wrap:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
table { width: 100%; border-collapse: collapse; font-size: .88rem; }
caption { caption-side: top; padding: 0 0 .5rem; text-align: start; font-weight: 700; }
.table-caption { display: block; font-size: .9em; font-weight: 400; color: var(--muted); }
th, td { padding: .4rem .5rem; border-bottom: 1px solid var(--line); text-align: start; vertical-align: top; overflow-wrap: break-word; }
thead th { background: rgb(52 84 116 / .045); border-bottom: 2px solid var(--muted); font-weight: 700; }
tbody tr:nth-child(even) { background: rgb(52 84 116 / .025); }
tfoot td { border-top: 2px solid var(--muted); border-bottom: 0; background: rgb(52 84 116 / .045); font-weight: 700; }
th.num, td.num { text-align: end; }
td.num { white-space: nowrap; }

.chart-block { margin: 1.5rem 0 1.75rem; }
.chart-block figcaption { margin-bottom: .5rem; font-weight: 700; }
.chart-description { display: block; font-size: .9rem; font-weight: 400; color: var(--muted); }
svg.chart { display: block; width: 100%; height: auto; }

.list { margin: 0 0 1rem; padding-inline-start: 1.6rem; }
.list li { margin: .2rem 0; }
.note { margin: 1rem 0 1.25rem; padding: .7rem 1rem; border-inline-start: 4px solid var(--info-line); border-radius: 4px; background: var(--info-bg); }
.note p { margin: 0; white-space: pre-line; }
.note-label { font-weight: 700; color: var(--info); }
.note.tone-positive { border-inline-start-color: var(--positive-line); background: var(--positive-bg); }
.note.tone-positive .note-label { color: var(--positive); }
.note.tone-warning { border-inline-start-color: var(--warning-line); background: var(--warning-bg); }
.note.tone-warning .note-label { color: var(--warning); }
.note.tone-negative { border-inline-start-color: var(--negative-line); background: var(--negative-bg); }
.note.tone-negative .note-label { color: var(--negative); }
.note.tone-neutral { border-inline-start-color: var(--neutral-line); background: var(--neutral-bg); }
.note.tone-neutral .note-label { color: var(--neutral); }
.sources { margin: 1rem 0 1.5rem; font-size: .88rem; color: var(--muted); }
.sources-title { margin: 0 0 .25rem; font-weight: 700; }
.sources ol { margin: 0; padding-inline-start: 1.6rem; }
.url { overflow-wrap: anywhere; font-size: .92em; }

@page {
  size: A4;
  margin: 18mm 16mm 20mm;
}
@page landscape { size: A4 landscape; }
@media print {
  html { font-size: 10.5pt; }
  .report { max-width: none; padding: 0; }
  .report-header.landscape { page: landscape; }
  h2, h3, h4, caption, figcaption { break-after: avoid; }
  h1, h2, h3, h4 { padding-block-start: .3em; }
  thead { display: table-header-group; }
  tfoot { display: table-row-group; }
  tr, .figure, .chart-block, .note, svg { break-inside: avoid; }
  .table-wrap { overflow: visible; background: none; }
  .section.landscape { page: landscape; }
  .table-block.wide { width: auto; margin-inline: 0; }
  .table-block.wide table { width: 100%; min-width: 0; font-size: 8.5pt; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
  .trim()
  .replace(/\n+/g, "\n");

/**
 * The printed page footer in a report's language ("صفحة 3 من 7", "Page 3 sur 7", "Page 3 of 7"), as a style
 * rule. Sections flow from page to page; a page breaks only before a block that would split badly, and around
 * the sections printed on landscape pages.
 *
 * @param pageOf - the words around the page number and the page count (see `RenderCaptions.pageOf`).
 * @returns the `@page` rule.
 */
export function pageFooterStyle(pageOf: readonly [string, string, string]): string {
  const [before, between, after] = pageOf.map((t) => JSON.stringify(t));
  return `@page {\n  @bottom-center { content: ${before} counter(page) ${between} counter(pages) ${after}; font-size: 9pt; color: #4b535c; }\n}`;
}
