import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isStorableText } from "@madani/model";
import fc from "fast-check";
import { parse } from "parse5";
import { describe, expect, it } from "vitest";
import { everyBlockDocument } from "../../test/fixtures/everyBlock.js";
import { normalizeMarkupText } from "../charts/markup.js";
import { createReport } from "../document/builder.js";
import type { ReportDocument, ReportText } from "../document/document.js";
import { isCodeLike, renderHtml, WIDE_TABLE_COLUMNS } from "./html.js";

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}

function render(doc: unknown): string {
  const r = renderHtml(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  return r.value;
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
}
const elements = (html: string) => [...walk(parse(html) as unknown as Node)].filter((n) => !n.nodeName.startsWith("#"));
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
/**
 * The tree without the `<span class="code">` that keep code-like tokens on one line: each is replaced by its
 * text, joined to the text around it, so that the escaping properties below see the texts as given.
 */
function unwrapCodes(node: Node): Node {
  const children: Node[] = [];
  for (const child of node.childNodes ?? []) {
    const unwrapped =
      child.nodeName === "span" && attr(child, "class") === "code" ? (child.childNodes ?? []) : [unwrapCodes(child)];
    for (const u of unwrapped) {
      const last = children[children.length - 1];
      if (u.nodeName === "#text" && last?.nodeName === "#text") last.value = (last.value ?? "") + (u.value ?? "");
      else children.push(u.nodeName === "#text" ? { ...u } : u);
    }
  }
  return { ...node, childNodes: children };
}
const parsed = (html: string) => unwrapCodes(parse(html) as unknown as Node);
const textNodes = (html: string) =>
  [...walk(parsed(html))].filter((n) => n.nodeName === "#text").map((n) => n.value ?? "");

/** Element names in document order, without the inside of charts (whose text wrapping depends on the text). */
function outline(node: Node, out: string[] = []): string[] {
  if (!node.nodeName.startsWith("#")) out.push(node.nodeName);
  if (node.nodeName !== "svg") for (const child of node.childNodes ?? []) outline(child, out);
  return out;
}

const ar = everyBlockDocument("ar");
const fr = everyBlockDocument("fr");

describe("renderHtml: document", () => {
  it("sets lang and dir from the document's language, the charset and the title", () => {
    const a = render(ar);
    expect(a.startsWith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(a).toContain("<title>التقرير العام للقاء التكويني الخامس لشبكة الجمعيات الدكالية</title>");
    expect(render(fr)).toContain('<html lang="fr" dir="ltr">');
    const en = createReport({ title: "Report", language: "en", generatedAt: "2025-01-15T10:00:00Z" }).build();
    expect(render(en)).toContain('<html lang="en" dir="ltr">');
  });

  it("writes no NaN, undefined or [object Object] for a document with every block and chart", () => {
    for (const doc of [ar, fr, { ...fr, meta: { ...fr.meta, numerals: "arabic-indic", hijri: true } }]) {
      expect(render(doc)).not.toMatch(/NaN|undefined|\[object Object\]|Infinity|ليس رقم|Invalid Date/);
    }
  });

  it("is standalone: no script, no external resource, no web font", () => {
    const html = render(ar);
    const names = new Set(elements(html).map((e) => e.nodeName));
    for (const tag of ["script", "link", "img", "iframe", "object", "embed", "image", "use", "foreignObject"])
      expect(names.has(tag)).toBe(false);
    expect(elements(html).filter((e) => attr(e, "src") !== undefined || attr(e, "srcset") !== undefined)).toEqual([]);
    const style = html.slice(html.indexOf("<style>"), html.indexOf("</style>"));
    expect(style).not.toMatch(/url\(|@import|@font-face/);
  });

  it("has headings h1 to h4 by section level, with anchors from section ids or positions, all unique", () => {
    const html = render(fr);
    const all = elements(html);
    expect(all.filter((e) => e.nodeName === "h1")).toHaveLength(1);
    expect(all.filter((e) => e.nodeName === "h2").map((e) => attr(e, "id"))).toEqual([
      "presentation",
      "workshops",
      "achievements",
      "recommendations",
    ]);
    expect(all.filter((e) => e.nodeName === "h3").map((e) => attr(e, "id"))).toEqual([
      "section-1-1",
      "strategic-planning",
    ]);
    expect(all.filter((e) => e.nodeName === "h4").map((e) => attr(e, "id"))).toEqual(["section-2-1-1"]);
    const ids = all.map((e) => attr(e, "id")).filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps ids unique when sections repeat an id", () => {
    const doc = createReport({ title: "T", language: "fr", generatedAt: "2025-01-15T10:00:00Z" })
      .section("A", (s) => s.paragraph("a"), "intro")
      .section("B", (s) => s.paragraph("b"), "intro")
      .build();
    const ids = elements(render(doc)).flatMap((e) => (attr(e, "id") === undefined ? [] : [attr(e, "id")]));
    expect(ids).toEqual(["report-title", "intro", "intro-2"]);
  });

  it("names the organization above the title by its name, never by its internal id", () => {
    const doc = createReport({
      title: { fr: "Rapport moral" },
      language: "fr",
      generatedAt: "2025-03-15T10:00:00Z",
      organization: { id: "assoc-achraf-fej-azrar", name: { fr: "Association Achraf" } },
    }).build();
    const r = renderHtml(doc);
    expect(r.ok && r.value).toContain('<p class="report-org">Association Achraf</p>');
    expect(r.ok && r.value).not.toContain("assoc-achraf-fej-azrar");
  });

  it("prints on A4 with flowing sections, a localized page footer, repeated table headers and no split rows or charts", () => {
    const html = render(fr);
    expect(html).toMatch(/@page \{\s*size: A4;/);
    // Sections flow: no forced page break before a section (a report of short sections no longer takes a page each).
    expect(html).not.toMatch(/break-before: page/);
    expect(html).toContain('@bottom-center { content: "Page " counter(page) " sur " counter(pages) "";');
    const ar = renderHtml(createReport({ title: "ت", language: "ar", generatedAt: "2025-01-10T09:00:00Z" }).build());
    expect(ar.ok && ar.value).toContain('content: "صفحة " counter(page) " من " counter(pages) "";');
    // One main landmark holds the report.
    expect(html).toMatch(/<body>\n<main>\n<article class="report">/);
    expect(html).toContain("thead { display: table-header-group; }");
    expect(html).toMatch(/tr, \.figure, \.chart-block, \.note, svg \{ break-inside: avoid; \}/);
    expect(html).toMatch(/font-family: "Noto Sans Arabic", "Noto Naskh Arabic"/);
  });
});

describe("renderHtml: blocks", () => {
  it("shows a figure's status badge only when it says more than the figure's label", () => {
    const doc = createReport({ title: "T", language: "fr", generatedAt: "2026-01-10T10:00:00+01:00" })
      .section("Chiffres clés", (s) =>
        s.figures([
          { label: "En retard", value: 2, status: { label: "En retard", tone: "warning" } },
          { label: "Sessions tenues", value: 12, status: { label: "En bonne voie", tone: "positive" } },
        ]),
      )
      .build();
    const html = render(doc);
    expect(html.match(/class="figure-status"/g)?.length).toBe(1);
    expect(html).toContain('<span class="badge tone-positive"><bdi>En bonne voie</bdi></span>');
    expect(html).not.toContain('class="badge tone-warning"');
  });

  it("renders tables with caption, header, body and totals footer; numbers aligned to the end; statuses as badges", () => {
    const html = render(fr);
    const table = elements(html).find((e) => attr(e, "id") === "table-workshops");
    expect(table).toBeDefined();
    const names = (table?.childNodes ?? []).map((n) => n.nodeName).filter((n) => !n.startsWith("#"));
    expect(names).toEqual(["caption", "thead", "tbody", "tfoot"]);
    expect(html).toContain('<th scope="col" class="num">Participants</th>');
    expect(html).toContain('<td class="num">42</td>');
    expect(html).toMatch(/<td class="num">42\.000,00\sMAD<\/td>/);
    expect(html).toContain('<td class="date"><span class="nowrap">27 décembre 2024</span></td>');
    expect(html).toContain('<td><span class="badge tone-warning">En partie reporté</span></td>');
    expect(html).toMatch(/<tfoot><tr><td>Total<\/td>.*<td class="num">184\.500,50\sMAD<\/td>/);
  });

  it("renders key figures with value, unit, share of target, change with its sign, status", () => {
    const html = render(fr);
    expect(html).toContain(
      '<dd class="figure-value"><bdi class="num">148</bdi> <span class="figure-unit">personnes</span></dd>',
    );
    expect(html).toMatch(
      /Cible\u00a0: <bdi class="num">120<\/bdi> <span class="nowrap">\(<bdi class="num">123,3\s%<\/bdi>\)/,
    );
    expect(html).toContain('(<span aria-hidden="true">▲</span> <bdi class="num">+36</bdi>)');
    expect(html).toContain('<div class="figure tone-positive">');
  });

  it("isolates text in another language than the document's, and plain strings", () => {
    const a = render(ar);
    expect(a).toContain('<bdi lang="fr" dir="ltr">Nations unies — Journée internationale des coopératives</bdi>');
    expect(a).toContain("<li><bdi>ANAPEC El Jadida</bdi></li>");
    expect(a).toContain('<text x="'); // charts are inline
    expect(a).toMatch(/<text [^>]*direction="ltr" lang="fr"[^>]*>Institutions publiques<\/text>/);
    const f = render(fr);
    expect(f).toMatch(/<p class="paragraph" lang="ar" dir="rtl">«تعزيز الاقتصاد/);
  });

  it("links sources only to http and https URLs, with rel=noopener noreferrer", () => {
    expect(render(fr)).toContain(
      '<a href="https://ica.coop/en" rel="noopener noreferrer"><bdi>ICA — International Cooperative Alliance</bdi></a>',
    );
    const doc = createReport({ title: "T", language: "fr", generatedAt: "2025-01-15T10:00:00Z" })
      .section("S", (s) => s.sources([{ text: "x", url: "javascript:alert(1)" }]))
      .build();
    // The schema refuses the URL; a trusted caller who skips validation still gets no link.
    expect(renderHtml(doc).ok).toBe(false);
    const trusted = renderHtml(doc, { trusted: true });
    expect(trusted.ok && trusted.value.includes("<a ")).toBe(false);
  });

  it("renders every chart kind as an accessible inline SVG with a visible caption", () => {
    const html = render(ar);
    const svgs = elements(html).filter((e) => e.nodeName === "svg");
    expect(svgs.map((s) => attr(s, "class"))).toEqual([
      "chart chart-bar",
      "chart chart-stacked-bar",
      "chart chart-progress",
      "chart chart-donut",
      "chart chart-line",
      "chart chart-gantt",
      "chart chart-gantt",
    ]);
    for (const svg of svgs) {
      expect(attr(svg, "role")).toBe("img");
      expect(attr(svg, "aria-labelledby")).toMatch(/^chart-[\d-]+-title$/);
    }
    expect(html).toContain(
      '<figure class="chart-block"><figcaption>المشاركون حسب الورشة والجنس<span class="chart-description">',
    );
  });

  it("writes notes with their tone's label and lists", () => {
    const html = render(fr);
    expect(html).toContain(
      '<aside class="note tone-warning" role="note"><p><strong class="note-label">Attention\u00a0:</strong> ',
    );
    expect(html).toContain('<ol class="list"><li>Préparer des programmes');
  });
});

describe("renderHtml: layout of wide tables, codes, dates and badges", () => {
  const columns = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ key: `c${i}`, label: `C${i}`, type: "text" as const }));
  const withTables = (language: "ar" | "fr", rows: Record<string, ReportText | null>[], widths: number[]) =>
    createReport({
      title: "T",
      language,
      generatedAt: "2025-01-15T10:00:00+01:00",
      period: { startOn: "2024-05-16", endOn: "2024-05-16" },
    })
      .section("Narrow", (s) => s.table({ id: "narrow", title: "N", columns: columns(widths[0] ?? 3), rows }))
      .section("Wide", (s) =>
        s.section("Matrix", (sub) => sub.table({ id: "wide", title: "W", columns: columns(widths[1] ?? 9), rows })),
      )
      .build();

  it("marks tables of 8 columns or more as wide, and prints their top-level section in landscape", () => {
    const html = render(withTables("fr", [{ c0: "x" }], [WIDE_TABLE_COLUMNS - 1, WIDE_TABLE_COLUMNS]));
    const blocks = elements(html).filter((e) => (attr(e, "class") ?? "").startsWith("table-block"));
    expect(blocks.map((e) => attr(e, "class"))).toEqual(["table-block", "table-block wide"]);
    const sections = elements(html).filter((e) => (attr(e, "class") ?? "").startsWith("section level-1"));
    expect(sections.map((e) => attr(e, "class"))).toEqual(["section level-1", "section level-1 landscape"]);
    expect(html).toContain("@page landscape { size: A4 landscape; }");
    expect(html).toMatch(/\.section\.landscape \{ page: landscape; \}/);
    // A shadow shows at an edge of a table that scrolls.
    expect(html).toMatch(/\.table-wrap \{[^}]*radial-gradient[^}]*scroll/);
  });

  it("writes a one-day period once", () => {
    const html = render(withTables("fr", [], [1, 1]));
    expect(html).toContain("<dd>16 mai 2024</dd>");
    expect(html).not.toContain("16 mai 2024 –");
  });

  it("keeps code-like tokens on one line, in Arabic and French cells, and leaves other words alone", () => {
    const rows = [
      {
        c0: "IND-1.1.1",
        c1: { ar: "ACT-3.5 مائدة مستديرة سنوية", fr: "Voir ACT-3.5 (madani-draw/1)." },
        c2: "Sidi-Bennour",
      },
    ];
    for (const language of ["ar", "fr"] as const) {
      const html = render(withTables(language, rows, [3, 3]));
      expect(html).toContain('<td><bdi><span class="code">IND-1.1.1</span></bdi></td>');
      expect(html).toContain('<span class="code">ACT-3.5</span>');
      expect(html).toContain("<td><bdi>Sidi-Bennour</bdi></td>");
    }
    expect(render(withTables("fr", rows, [3, 3]))).toContain('(<span class="code">madani-draw/1</span>).');
    expect(render(fr)).toMatch(/\.code \{ white-space: nowrap; \}|, \.code \{ white-space: nowrap; \}/);
  });

  it("tells codes from hyphenated words, dates and numbers", () => {
    for (const code of ["IND-1.1.1", "ACT-3.5", "madani-draw/1", "OS1.1", "R1.1.2", "CNDH-2024_03"]) {
      expect(isCodeLike(code), code).toBe(true);
    }
    for (const word of [
      "Sidi-Bennour",
      "2024-12-27",
      "4.030.222",
      "A1",
      "درعة-تافيلالت",
      "",
      "IND-",
      `X-${"1".repeat(40)}`,
    ]) {
      expect(isCodeLike(word), word).toBe(false);
    }
  });

  it("keeps dates and status badges on one line, and a Hijri date as a whole", () => {
    const html = render(fr);
    expect(html).toContain('<td class="date"><span class="nowrap">28 décembre 2024</span></td>');
    expect(html).toMatch(/\.badge \{[^}]*white-space: nowrap;/);
    const hijri = render({ ...fr, meta: { ...fr.meta, hijri: true } });
    expect(hijri).toMatch(
      /<td class="date"><span class="nowrap">27 décembre 2024<\/span> <span class="nowrap">\([^<]+\)<\/span><\/td>/,
    );
  });
});

describe("renderHtml: bad input", () => {
  it("returns the issues of an invalid document, with their codes, in the requested language", () => {
    const bad = structuredClone(fr) as { sections: { blocks: Record<string, unknown>[] }[] };
    const workshops = bad.sections[1]?.blocks ?? [];
    const chart = workshops[2] as { chart: { series: { values: unknown[] }[] } };
    chart.chart.series[0]?.values.pop();
    (workshops[1] as { rows: Record<string, unknown>[] }).rows[0] = { participants: "quarante" };
    const r = renderHtml(bad, { issuesLocale: "fr" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code).sort()).toEqual(["report.cell_type", "report.series_length"]);
    expect(r.issues.find((i) => i.code === "report.series_length")?.message).toBe(
      "La série a 3 valeurs pour 4 catégories.",
    );
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(renderHtml(input).ok).toBe(false);
      }),
    );
    expect(renderHtml(null).ok).toBe(false);
    expect(renderHtml({ format: "madani.report/1" }).ok).toBe(false);
  });
});

describe("renderHtml: escaping", () => {
  const nasty = fc.oneof(
    // Text the model accepts: no U+0000 and no unpaired surrogate (text.invalid_character).
    fc.string({ unit: "binary", maxLength: 30 }).filter(isStorableText),
    fc
      .array(
        fc.oneof(
          fc.constantFrom(
            "<",
            ">",
            "&",
            '"',
            "'",
            "`",
            "</script>",
            "]]>",
            "<!--",
            "-->",
            "&amp;",
            "\0",
            "\r\n",
            "<x-injected a='1'>",
          ),
          fc.constantFrom(
            "\u202E",
            "\u202B",
            "\u2066",
            "\u2069",
            "\u200F",
            "\u061C",
            "\uD800",
            '"><svg onload=alert(1)>',
            "</svg></title>",
          ),
          fc.string({ maxLength: 8 }),
        ),
        { maxLength: 8 },
      )
      .map((parts) => parts.join("")),
  );

  /** A document with a generated string in every text field; multilingual ones fall back from French. */
  function documentWith(language: "ar" | "fr", s: readonly string[]): { doc: ReportDocument; expected: string[] } {
    let i = 0;
    const expected: string[] = [];
    const plain = (): string => {
      const v = s[i++ % s.length] ?? "";
      expected.push(v);
      return v;
    };
    const ml = (): ReportText => {
      const v = (s[i++ % s.length] ?? "").trim() || "x";
      expected.push(v);
      return { fr: v };
    };
    const doc = createReport({
      title: ml(),
      subtitle: plain(),
      organization: { name: ml(), id: plain() },
      language,
      generatedAt: "2025-01-15T10:00:00+01:00",
    })
      .section(ml(), (sec) =>
        sec
          .paragraph(plain())
          .paragraph(ml())
          .figures([{ label: ml(), value: 3, unit: plain(), status: { label: plain(), tone: "info" } }])
          .table({
            id: "t",
            title: plain(),
            caption: ml(),
            columns: [
              { key: "a", label: plain(), type: "text" },
              { key: "b", label: ml(), type: "status" },
              { key: "c", label: plain(), type: "integer" },
            ],
            rows: [{ a: plain(), b: { label: ml(), tone: "negative" }, c: 1 }],
            footer: { a: ml() },
          })
          .chart({
            kind: "bar",
            title: plain(),
            description: ml(),
            categories: [plain(), ml()],
            series: [
              { name: plain(), values: [1, 2] },
              { name: ml(), values: [null, 3] },
            ],
          })
          .chart({ kind: "stacked-bar", title: ml(), categories: [plain()], series: [{ name: ml(), values: [1] }] })
          .chart({
            kind: "line",
            title: plain(),
            categories: [ml(), plain()],
            series: [{ name: plain(), values: [1, 2] }],
          })
          .chart({
            kind: "donut",
            title: ml(),
            slices: [
              { label: plain(), value: 1 },
              { label: ml(), value: 0 },
            ],
          })
          .chart({ kind: "progress", title: plain(), items: [{ label: ml(), value: 1, target: 2 }] })
          .chart({
            kind: "horizontal-bar",
            title: ml(),
            categories: [plain()],
            series: [{ name: plain(), values: [2] }],
          })
          .chart({
            kind: "choropleth",
            title: plain(),
            description: ml(),
            width: 10,
            height: 10,
            areas: [
              { code: "A", label: ml(), path: "M0 0H10V10H0Z", value: 1 },
              { code: "B", label: plain(), path: "M0 0H5V5H0Z", value: 2 },
            ],
            inset: { x: 0, y: 0, width: 5, height: 5, label: plain() },
            attribution: ml(),
          })
          .chart({
            kind: "gantt",
            title: ml(),
            rows: [{ label: plain(), group: ml(), startOn: "2024-12-27", endOn: "2024-12-29" }],
          })
          .list([plain(), ml()])
          .note(plain(), "warning")
          .sources([{ text: ml(), url: "https://example.org/?q=%22%3E" }, { text: plain() }])
          .section(plain(), (sub) => sub.section(ml(), (x) => x.paragraph(plain()))),
      )
      .build();
    return { doc, expected };
  }

  const ALLOWED = new Set(
    "#document #documentType html head meta title style body main article header p h1 h2 h3 h4 dl div dt dd section bdi span strong table caption thead tbody tfoot tr th td figure figcaption svg desc g rect line path circle text tspan ul ol li aside a details summary clipPath use".split(
      " ",
    ),
  );
  const baseline = (language: "ar" | "fr") => outline(parsed(render(documentWith(language, ["x"]).doc)));

  it("lets no generated text break out of a text node or an attribute, and shows every text as given", () => {
    const outlines = { ar: baseline("ar"), fr: baseline("fr") };
    fc.assert(
      fc.property(
        fc.array(nasty.filter(isStorableText), { minLength: 1, maxLength: 40 }),
        fc.constantFrom("ar" as const, "fr" as const),
        (strings, language) => {
          const { doc, expected } = documentWith(language, strings);
          const html = render(doc);
          const tree = parsed(html);
          // No element was added, removed or renamed: the outline is that of the same document with plain texts.
          expect(outline(tree)).toEqual(outlines[language]);
          for (const node of walk(tree)) {
            if (node.nodeName.startsWith("#")) continue;
            expect(ALLOWED.has(node.nodeName)).toBe(true);
            for (const a of node.attrs ?? []) {
              expect(a.name).not.toMatch(/^on/i);
              // Links go to the web; a map's inset reuses the map by its id, never a generated text.
              if (a.name === "href")
                expect(a.value).toMatch(node.nodeName === "use" ? /^#chart-[\d-]+-map$/ : /^https:\/\//);
            }
          }
          const texts = textNodes(html);
          for (const e of expected) {
            const shown = normalizeMarkupText(e);
            expect(texts.some((t) => t.includes(shown))).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("renderHtml: determinism", () => {
  it("renders the same document to the same bytes", () => {
    expect(render(everyBlockDocument("ar"))).toBe(render(everyBlockDocument("ar")));
    expect(render(fr)).toBe(render(structuredClone(fr)));
  });

  it("renders the same bytes in another time zone and locale (child process)", () => {
    const here = (doc: ReportDocument) => createHash("sha256").update(render(doc)).digest("hex");
    const dir = mkdtempSync(join(tmpdir(), "madani-report-tz-"));
    try {
      const script = join(dir, "render.mts");
      const src = (p: string) => JSON.stringify(fileURLToPath(new URL(p, import.meta.url)));
      writeFileSync(
        script,
        [
          'import { createHash } from "node:crypto";',
          `import { renderHtml } from ${src("./html.ts")};`,
          `import { everyBlockDocument } from ${src("../../test/fixtures/everyBlock.ts")};`,
          'const hashes = ["ar", "fr"].map((l) => { const r = renderHtml(everyBlockDocument(l)); return r.ok ? createHash("sha256").update(r.value).digest("hex") : "invalid"; });',
          "console.log(JSON.stringify({ hashes, zone: Intl.DateTimeFormat().resolvedOptions().timeZone, offset: new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset() }));",
        ].join("\n"),
      );
      const tsx = fileURLToPath(new URL("../../../../node_modules/.bin/tsx", import.meta.url));
      const child = spawnSync(tsx, ["--conditions=@madani/source", script], {
        env: { ...process.env, TZ: "Pacific/Kiritimati", LANG: "ar_SA.UTF-8", LC_ALL: "ar_SA.UTF-8", LANGUAGE: "ar" },
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(child.stderr).toBe("");
      const result = JSON.parse(child.stdout) as { hashes: string[]; zone: string; offset: number };
      expect(result.zone).toBe("Pacific/Kiritimati");
      expect(result.offset).toBe(-840);
      expect(result.hashes).toEqual([here(ar), here(fr)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
