/**
 * The HTML reports in a real browser: Debian's Chromium, driven by playwright-core, opens the Arabic and
 * the French report with every block type and chart kind, and the page itself is asked whether it reads
 * right to left, fits an A4-wide window, shows its charts and fetched nothing. Screenshots and printed
 * PDFs are left in a temporary folder for people to look at.
 *
 * Without Chromium the test is skipped on a developer's machine (`apt-get install chromium
 * fonts-noto-core`) and fails on CI, where `.ci/run` installs it.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReport } from "../src/document/builder.js";
import { codeText } from "../src/format/code.js";
import { renderHtml } from "../src/render/html.js";
import { everyBlockDocument } from "./fixtures/everyBlock.js";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
const executablePath = CANDIDATES.find((p): p is string => p !== undefined && p !== "" && existsSync(p));
const INSTALL = "install it with `apt-get install chromium fonts-noto-core` (or set CHROMIUM_PATH)";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
/** About an A4 page at 96 dpi. */
const VIEWPORT = { width: 794, height: 1123 };

// The functions given to `page.evaluate` run in the page. These few DOM types let them compile without adding
// the DOM library to the package, whose sources must not depend on it.
interface Rect {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
}
interface DomElement {
  readonly tagName: string;
  readonly id: string;
  readonly dir: string;
  readonly lang: string;
  readonly textContent: string | null;
  readonly classList: { contains(name: string): boolean };
  readonly scrollWidth: number;
  readonly clientWidth: number;
  getBoundingClientRect(): Rect;
  getAttribute(name: string): string | null;
  closest(selector: string): DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  checkVisibility(): boolean;
}
interface DomText {
  readonly textContent: string | null;
}
declare const document: {
  readonly documentElement: DomElement;
  readonly body: DomElement;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  createTreeWalker(root: DomElement, whatToShow: number): { nextNode(): DomText | null };
  createRange(): {
    setStart(node: DomText, offset: number): void;
    setEnd(node: DomText, offset: number): void;
    getBoundingClientRect(): Rect;
  };
};
declare const NodeFilter: { readonly SHOW_TEXT: number };
declare function getComputedStyle(element: DomElement): {
  readonly overflowX: string;
  readonly whiteSpace: string;
  readonly getPropertyValue: (name: string) => string;
};
declare const window: { readonly innerWidth: number };

if (executablePath === undefined && !process.env.CI) {
  console.warn(`[browser.test] Chromium not found, real-browser checks skipped: ${INSTALL}.`);
}

describe("Chromium is available on CI", () => {
  it.runIf(executablePath === undefined && Boolean(process.env.CI))("finds Chromium", () => {
    throw new Error(
      `Chromium not found at ${CANDIDATES.filter(Boolean).join(" or ")}; CI must ${INSTALL} (see .ci/run).`,
    );
  });
});

interface Opened {
  readonly page: Page;
  readonly file: string;
  /** Requests for anything but the report file itself. */
  readonly requests: string[];
}

describe.skipIf(executablePath === undefined)("HTML reports in headless Chromium", () => {
  let browser: Browser;
  const dir = mkdtempSync(`${os.tmpdir()}/madani-report-`);
  const opened = new Map<"ar" | "fr", Opened>();
  const outputs: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ ...(executablePath === undefined ? {} : { executablePath }), args: ARGS });
    for (const language of ["ar", "fr"] as const) {
      const rendered = renderHtml(everyBlockDocument(language));
      if (!rendered.ok) throw new Error(JSON.stringify(rendered.issues));
      const file = path.join(dir, `report-${language}.html`);
      writeFileSync(file, rendered.value);
      const url = pathToFileURL(file).href;
      const page = await browser.newPage({ viewport: VIEWPORT });
      const requests: string[] = [];
      await page.route("**/*", (route) => {
        if (route.request().url() === url) return route.continue();
        requests.push(route.request().url());
        return route.abort();
      });
      page.on("request", (request) => {
        if (request.url() !== url && !requests.includes(request.url())) requests.push(request.url());
      });
      await page.goto(url, { waitUntil: "load" });
      opened.set(language, { page, file, requests });
    }
  }, 20_000);

  afterAll(async () => {
    await browser?.close();
    if (outputs.length > 0) console.log(`[browser.test] screenshots and PDFs:\n  ${outputs.join("\n  ")}`);
  });

  const get = (language: "ar" | "fr"): Opened => {
    const o = opened.get(language);
    if (o === undefined) throw new Error(`${language} report not opened`);
    return o;
  };

  it.each(["ar", "fr"] as const)("%s: the page's direction follows the language", async (language) => {
    const { page } = get(language);
    const { dir, lang } = await page.evaluate(() => ({
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
    }));
    expect(lang).toBe(language);
    expect(dir).toBe(language === "ar" ? "rtl" : "ltr");
  });

  it("ar: table columns run right to left", async () => {
    const { page } = get("ar");
    const tables = await page.evaluate(() =>
      Array.from(document.querySelectorAll("table")).map((t) => {
        const [first, second] = Array.from(t.querySelectorAll("thead th")).map((th) => th.getBoundingClientRect());
        return {
          id: t.id,
          first: first && { left: first.left, right: first.right },
          second: second && { left: second.left, right: second.right },
        };
      }),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      expect(t.first && t.second, t.id).toBeTruthy();
      expect(t.first?.left, t.id).toBeGreaterThanOrEqual(t.second?.right ?? Number.POSITIVE_INFINITY);
    }
  });

  it("fr: table columns run left to right", async () => {
    const { page } = get("fr");
    const [first, second] = await page.evaluate(() =>
      Array.from(document.querySelectorAll("table thead th"))
        .slice(0, 2)
        .map((th) => th.getBoundingClientRect().left),
    );
    expect(first).toBeLessThan(second ?? 0);
  });

  it.each(["ar", "fr"] as const)(
    "%s: nothing overflows the page width; only table wrappers may scroll",
    async (language) => {
      const { page } = get(language);
      const result = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const describe = (el: DomElement) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${el.getAttribute("class") ?? ""} "${(el.textContent ?? "").slice(0, 40)}"`;
        const overflowing: string[] = [];
        for (const el of Array.from(document.body.querySelectorAll("*"))) {
          if (el.closest(".table-wrap") !== null && !el.classList.contains("table-wrap")) continue;
          if (el.closest("svg") !== null && el.tagName.toLowerCase() !== "svg") continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.left < -0.5 || r.right > width + 0.5)
            overflowing.push(`${describe(el)} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
        }
        // Chart labels must stay inside their chart, where they would otherwise be clipped.
        const clipped: string[] = [];
        for (const svg of Array.from(document.querySelectorAll("svg.chart"))) {
          const box = svg.getBoundingClientRect();
          for (const text of Array.from(svg.querySelectorAll("text"))) {
            const r = text.getBoundingClientRect();
            if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
              clipped.push(
                `${svg.getAttribute("class")}: "${text.textContent}" [${Math.round(r.left - box.left)}, ${Math.round(r.right - box.left)}] of ${Math.round(box.width)}`,
              );
            }
          }
        }
        const wrappers = Array.from(document.querySelectorAll(".table-wrap")).map((w) => ({
          scrolls: w.scrollWidth > w.clientWidth,
          overflowX: getComputedStyle(w).overflowX,
        }));
        return { width, scrollWidth: document.documentElement.scrollWidth, overflowing, clipped, wrappers };
      });
      expect(result.width).toBe(VIEWPORT.width);
      expect(result.overflowing).toEqual([]);
      expect(result.clipped).toEqual([]);
      expect(result.scrollWidth).toBeLessThanOrEqual(result.width);
      for (const w of result.wrappers) if (w.scrolls) expect(w.overflowX).toBe("auto");
    },
  );

  it.each(["ar", "fr"] as const)("%s: every chart is visible, with a size", async (language) => {
    const { page } = get(language);
    const charts = await page.evaluate(() =>
      Array.from(document.querySelectorAll("svg[role=img]")).map((svg) => {
        const r = svg.getBoundingClientRect();
        return {
          kind: svg.getAttribute("class"),
          width: r.width,
          height: r.height,
          visible: svg.checkVisibility(),
          name: svg.querySelector("title")?.textContent,
        };
      }),
    );
    expect(charts).toHaveLength(7);
    for (const c of charts) {
      expect(c.visible, c.kind ?? "").toBe(true);
      expect(c.width, c.kind ?? "").toBeGreaterThan(300);
      expect(c.height, c.kind ?? "").toBeGreaterThan(50);
      expect(c.name, c.kind ?? "").toBeTruthy();
    }
  });

  it.each(["ar", "fr"] as const)(
    "%s: a wide table uses a wide window, shows its last column whole, and prints in landscape",
    async (language) => {
      const { file } = get(language);
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
        const measure = () =>
          page.evaluate(() => {
            const width = window.innerWidth;
            const column = document.querySelectorAll(".report")[0]?.getBoundingClientRect();
            const tables = Array.from(document.querySelectorAll(".table-block.wide")).map((block) => {
              const heads = Array.from(block.querySelectorAll("thead th"));
              const last = heads[heads.length - 1]?.getBoundingClientRect();
              const wrap = block.querySelector(".table-wrap");
              const section = block.closest(".section.level-1");
              return {
                block: block.getBoundingClientRect().width,
                last: last && { left: last.left, right: last.right },
                scrolls: wrap === null ? true : wrap.scrollWidth > wrap.clientWidth,
                page: section === null ? "" : getComputedStyle(section).getPropertyValue("page"),
              };
            });
            const dates = Array.from(document.querySelectorAll("td.date span, .badge")).map(
              (el) => getComputedStyle(el).whiteSpace,
            );
            return { width, column: column?.width ?? 0, tables, dates };
          });
        const screen = await measure();
        expect(screen.tables.length).toBeGreaterThan(0);
        for (const t of screen.tables) {
          // Out of the 52rem reading column, and entirely in the window: nothing to scroll to.
          expect(t.block).toBeGreaterThan(screen.column);
          expect(t.last?.left).toBeGreaterThanOrEqual(0);
          expect(t.last?.right).toBeLessThanOrEqual(screen.width);
          expect(t.scrolls).toBe(false);
        }
        expect(new Set(screen.dates)).toEqual(new Set(["nowrap"]));
        await page.emulateMedia({ media: "print" });
        const print = await measure();
        for (const t of print.tables) expect(t.page).toBe("landscape");
        const pdf = path.join(dir, `report-${language}-wide.pdf`);
        await page.pdf({ path: pdf, preferCSSPageSize: true });
        outputs.push(pdf);
      } finally {
        await page.close();
      }
    },
    15_000,
  );

  it.each(["ar", "fr"] as const)(
    "%s: prints short sections one after the other, not one a page, with the page footer in the language",
    async (language) => {
      const report = createReport({
        title: language === "ar" ? "تقرير قصير" : "Rapport court",
        language,
        generatedAt: "2025-03-15T10:00:00Z",
      });
      for (let i = 1; i <= 6; i++)
        report.section(language === "ar" ? `القسم ${i}` : `Section ${i}`, (s) =>
          s.paragraph(language === "ar" ? "فقرة قصيرة." : "Un court paragraphe."),
        );
      const rendered = renderHtml(report.build());
      if (!rendered.ok) throw new Error(JSON.stringify(rendered.issues));
      const page = await browser.newPage({ viewport: VIEWPORT });
      try {
        await page.setContent(rendered.value, { waitUntil: "load" });
        const pdf = path.join(dir, `short-${language}.pdf`);
        const bytes = await page.pdf({ path: pdf, format: "A4", preferCSSPageSize: true });
        outputs.push(pdf);
        // Each page of the PDF is one `/Type /Page` object (the page tree is `/Type /Pages`).
        const pages = bytes.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
        expect(pages.length).toBe(1);
      } finally {
        await page.close();
      }
    },
    15_000,
  );

  it.each(["ar", "fr"] as const)(
    "%s: a code shown with codeText reads left to right, with its Arabic words right to left, as Chromium lays it out",
    async (language) => {
      const seed = "RJD-LT5/2024-12-29/شريط-توثيقي/7f3a9c21";
      const report = createReport({
        title: language === "ar" ? "القرعة" : "Tirage",
        language,
        generatedAt: "2025-03-15T10:00:00Z",
      });
      report.section(language === "ar" ? "البذرة" : "Graine", (s) =>
        s.table({
          id: "seed",
          title: "t",
          columns: [{ key: "value", label: "v", type: "text" }],
          rows: [{ value: codeText(seed) }],
        }),
      );
      const rendered = renderHtml(report.build());
      if (!rendered.ok) throw new Error(JSON.stringify(rendered.issues));
      const page = await browser.newPage({ viewport: VIEWPORT });
      try {
        await page.setContent(rendered.value, { waitUntil: "load" });
        // The horizontal centre of each stored character, as laid out.
        const xs = await page.evaluate((stored) => {
          const cell = Array.from(document.querySelectorAll("td")).find((td) =>
            (td.textContent ?? "").replace(/[\u2066-\u2069]/g, "").includes(stored),
          );
          const out: { ch: string; x: number }[] = [];
          if (cell === undefined) return out;
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
            const text = n.textContent ?? "";
            for (let i = 0; i < text.length; i++) {
              if (/[\u2066-\u2069]/.test(text[i] ?? "")) continue;
              const range = document.createRange();
              range.setStart(n, i);
              range.setEnd(n, i + 1);
              const r = range.getBoundingClientRect();
              out.push({ ch: text[i] ?? "", x: r.left + r.width / 2 });
            }
          }
          return out;
        }, seed);
        expect(xs.map((c) => c.ch).join("")).toBe(seed);
        const at = (i: number) => (xs[i] as { x: number }).x;
        const arabicStart = seed.indexOf("شريط");
        const arabicEnd = seed.indexOf("/7f3a");
        // Latin before the Arabic words: left to right, in stored order.
        for (let i = 1; i < arabicStart; i++) expect(at(i)).toBeGreaterThan(at(i - 1));
        // The Arabic words: right to left, all between the slash before them and the slash after them.
        for (let i = arabicStart + 1; i < arabicEnd; i++) expect(at(i)).toBeLessThan(at(i - 1));
        for (let i = arabicStart; i < arabicEnd; i++) {
          expect(at(i)).toBeGreaterThan(at(arabicStart - 1));
          expect(at(i)).toBeLessThan(at(arabicEnd));
        }
        // The hash after them, digits first: left to right, after the Arabic words.
        for (let i = arabicEnd + 1; i < seed.length; i++) expect(at(i)).toBeGreaterThan(at(i - 1));
      } finally {
        await page.close();
      }
    },
    15_000,
  );

  it.each(["ar", "fr"] as const)(
    "%s: draws a choropleth map with a size, every area filled with its class colour, its inset and its table",
    async (language) => {
      // Four squares, one without data, and an inset on the north-west one.
      const square = (x: number, y: number) => `M${x} ${y}h100v100h-100z`;
      const report = createReport({
        title: language === "ar" ? "خريطة" : "Carte",
        language,
        generatedAt: "2025-03-15T10:00:00Z",
      });
      report.section(language === "ar" ? "الكثافة" : "Densité", (s) =>
        s.chart({
          kind: "choropleth",
          title: language === "ar" ? "الكثافة حسب الجهة" : "Densité par région",
          format: { type: "decimal", decimals: 1 },
          width: 200,
          height: 200,
          areas: [
            { code: "NW", label: "Nord-Ouest", path: square(0, 0), value: 1.5 },
            { code: "NE", label: "Nord-Est", path: square(100, 0), value: 4.5 },
            { code: "SW", label: "Sud-Ouest", path: square(0, 100), value: 9 },
            { code: "SE", label: "Sud-Est", path: square(100, 100), value: null },
          ],
          outlines: ["M0 0h200v200h-200z"],
          inset: { x: 0, y: 0, width: 100, height: 100, label: "NW" },
          attribution: "© OpenStreetMap contributors, ODbL 1.0",
        }),
      );
      const rendered = renderHtml(report.build());
      if (!rendered.ok) throw new Error(JSON.stringify(rendered.issues));
      const page = await browser.newPage({ viewport: VIEWPORT });
      try {
        await page.setContent(rendered.value, { waitUntil: "load" });
        const map = await page.evaluate(() => {
          const svg = document.querySelectorAll("svg.chart-choropleth")[0];
          if (svg === undefined) return undefined;
          const box = svg.getBoundingClientRect();
          const areas = Array.from(svg.querySelectorAll("path.area")).map((p) => {
            const r = p.getBoundingClientRect();
            return {
              code: p.getAttribute("data-code"),
              fill: getComputedStyle(p).getPropertyValue("fill"),
              width: r.width,
              height: r.height,
            };
          });
          const inset = svg.querySelector("g.inset")?.getBoundingClientRect();
          const rows = document.querySelectorAll("details.chart-data tbody tr").length;
          const attribution = svg.querySelector("text.attribution")?.textContent;
          return {
            width: box.width,
            height: box.height,
            areas,
            inset: inset && { width: inset.width, height: inset.height },
            rows,
            attribution,
          };
        });
        expect(map).toBeDefined();
        expect(map?.width).toBeGreaterThan(300);
        expect(map?.height).toBeGreaterThan(100);
        expect(map?.areas).toHaveLength(4);
        for (const a of map?.areas ?? []) {
          expect(a.width, a.code ?? "").toBeGreaterThan(20);
          expect(a.height, a.code ?? "").toBeGreaterThan(20);
          expect(a.fill, a.code ?? "").not.toMatch(/^(none|rgba\(0, 0, 0, 0\))$/);
        }
        // Three classes, light to dark, and the pattern of "no data".
        const fills = Object.fromEntries((map?.areas ?? []).map((a) => [a.code, a.fill]));
        expect(new Set([fills.NW, fills.NE, fills.SW]).size).toBe(3);
        expect(fills.SE).toMatch(/^url\(/);
        expect(map?.inset?.width).toBeGreaterThan(50);
        expect(map?.inset?.height).toBeGreaterThan(50);
        expect(map?.rows).toBe(4);
        expect(map?.attribution).toContain("OpenStreetMap");
        const png = path.join(dir, `map-${language}.png`);
        await page.locator("svg.chart-choropleth").screenshot({ path: png });
        outputs.push(png);
      } finally {
        await page.close();
      }
    },
    15_000,
  );

  it.each(["ar", "fr"] as const)(
    "%s: saves a screenshot and a printed A4 PDF, and made no network request",
    async (language) => {
      const { page, requests } = get(language);
      const png = path.join(dir, `report-${language}.png`);
      const pdf = path.join(dir, `report-${language}.pdf`);
      await page.screenshot({ path: png, fullPage: true });
      await page.pdf({ path: pdf, format: "A4", preferCSSPageSize: true });
      outputs.push(png, pdf);
      expect(existsSync(png) && existsSync(pdf)).toBe(true);
      expect(requests).toEqual([]);
    },
    15_000,
  );
});
