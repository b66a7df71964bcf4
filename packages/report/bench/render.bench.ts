/**
 * `pnpm bench` for @madani/report: renders one large report (50 tables of 1,000 rows
 * with text, integer, money, percent, date and status columns, and 20 charts of every
 * kind) to HTML, Markdown, CSV and JSON, and prints for each format the median time of 5
 * runs after a warm-up, the output size, and the ratio to a baseline measured in the same
 * rounds:
 * - JSON: `JSON.stringify(document, null, 2)` of the same document (no key sorting);
 * - HTML, Markdown, CSV: a naive renderer of the same tables written by string
 *   concatenation, with raw values (`String(number)`, the text in the report's language,
 *   money as `amount / 100`), no `Intl` formatting, no escaping beyond HTML's `<&"` and
 *   CSV quoting, no charts: the floor any renderer of these tables pays.
 * It also prints the time validation takes alone, and each format rendered with
 * `trusted: true` (no validation) and without (validated first), so readers see what
 * validation costs.
 *
 * Environment: BENCH_ROUNDS (default 5), BENCH_LANGUAGE (`ar`, `fr` or `en`; default `ar`).
 */

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Result } from "@madani/model";
import { createReport } from "../src/document/builder.js";
import type { Chart, Column, ReportDocument, ReportLanguage, Row } from "../src/document/document.js";
import { validateReportDocument } from "../src/document/validate.js";
import type { ReportIssueCode } from "../src/messages.js";
import { renderCsv } from "../src/render/csv.js";
import { renderHtml } from "../src/render/html.js";
import { renderJson } from "../src/render/json.js";
import { renderMarkdown } from "../src/render/markdown.js";
import type { RenderOptions } from "../src/render/options.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const LANGUAGE = (process.env.BENCH_LANGUAGE ?? "ar") as ReportLanguage;
const TABLES = 50;
const ROWS = 1000;

// ---------------------------------------------------------------------------------------------
// The document: deterministic, from a seeded generator.

let seed = 20241227;
const random = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const t = (ar: string, fr: string, en: string) => ({ ar, fr, en });
const kinds = [
  t("جمعية", "Association", "Association"),
  t("تعاونية", "Coopérative", "Cooperative"),
  t("شبكة", "Réseau", "Network"),
  t("فدرالية", "Fédération", "Federation"),
];
const names = [
  "الأمل",
  "النور",
  "أم الربيع",
  "صفوة بلادي",
  "نساء العونات",
  "دكالة",
  "الخير",
  "التنمية",
  "الوفاء",
  "الشروق",
];
const places = ["سيدي بنور", "الجديدة", "أزمور", "النواصر", "الزمامرة", "أولاد فرج", "البئر الجديد", "خميس الزمامرة"];
const statuses = [
  { label: t("منجز", "Réalisé", "Done"), tone: "positive" as const },
  { label: t("في طور الإنجاز", "En cours", "In progress"), tone: "info" as const },
  { label: t("متأخر", "En retard", "Late"), tone: "warning" as const },
  { label: t("متوقف", "Suspendu", "Stopped"), tone: "negative" as const },
];
const columns: Column[] = [
  { key: "name", label: t("المؤسسة", "Institution", "Institution"), type: "text" },
  { key: "place", label: t("الجماعة", "Commune", "Commune"), type: "text" },
  { key: "members", label: t("المنخرطون", "Adhérents", "Members"), type: "integer" },
  { key: "budget", label: t("الميزانية", "Budget", "Budget"), type: "money" },
  { key: "execution", label: t("نسبة التنفيذ", "Taux d'exécution", "Execution rate"), type: "percent" },
  { key: "since", label: t("تاريخ التأسيس", "Date de création", "Founded on"), type: "date" },
  { key: "status", label: t("الحالة", "État", "Status"), type: "status" },
];
const isoDate = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

function table(index: number) {
  const rows: Row[] = [];
  let members = 0;
  let budget = 0;
  for (let r = 0; r < ROWS; r++) {
    const kind = pick(kinds);
    const name = pick(names);
    const row: Row = {
      name: { ar: `${kind.ar} ${name} ${r + 1}`, fr: `${kind.fr} ${name} ${r + 1}` },
      place: pick(places),
      members: int(7, 450),
      budget: { amount: int(0, 250_000_000), currency: "MAD" },
      execution: Math.round(random() * 1200) / 10,
      since: isoDate(int(1990, 2024), int(1, 12), int(1, 28)),
      status: pick(statuses),
    };
    members += row.members as number;
    budget += (row.budget as { amount: number }).amount;
    rows.push(row);
  }
  return {
    id: `t${index + 1}`,
    title: t(`الجدول ${index + 1}`, `Tableau ${index + 1}`, `Table ${index + 1}`),
    columns,
    rows,
    footer: { name: t("المجموع", "Total", "Total"), members, budget: { amount: budget, currency: "MAD" } },
  };
}

const months = [
  "يناير",
  "فبراير",
  "مارس",
  "أبريل",
  "ماي",
  "يونيو",
  "يوليوز",
  "غشت",
  "شتنبر",
  "أكتوبر",
  "نونبر",
  "دجنبر",
];
const series = (n: number, length: number, max: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: t(`السلسلة ${i + 1}`, `Série ${i + 1}`, `Series ${i + 1}`),
    values: Array.from({ length }, () => (random() < 0.03 ? null : int(0, max))),
  }));

function chart(index: number): Chart {
  const title = t(`الرسم ${index + 1}`, `Graphique ${index + 1}`, `Chart ${index + 1}`);
  switch (index % 6) {
    case 0:
      return { kind: "bar", title, categories: months, series: series(3, 12, 400) };
    case 1:
      return {
        kind: "stacked-bar",
        title,
        format: { type: "money", currency: "MAD" },
        categories: places,
        series: series(4, places.length, 50_000_000),
      };
    case 2:
      return {
        kind: "line",
        title,
        categories: Array.from({ length: 52 }, (_, w) => `S${w + 1}`),
        series: series(3, 52, 1000),
      };
    case 3:
      return { kind: "donut", title, slices: places.map((label) => ({ label, value: int(1, 120) })) };
    case 4:
      return {
        kind: "progress",
        title,
        items: Array.from({ length: 20 }, (_, i) => ({
          label: `${pick(names)} ${i + 1}`,
          value: int(0, 150),
          target: 100,
        })),
      };
    default:
      return {
        kind: "gantt",
        title,
        rows: Array.from({ length: 60 }, (_, i) => {
          const start = int(1, 300);
          const end = start + int(0, 60);
          const day = (n: number) => isoDate(2025, Math.min(12, Math.floor(n / 28) + 1), (n % 28) + 1);
          return {
            label: `${pick(kinds).ar} ${i + 1}`,
            group: pick(places),
            startOn: day(start),
            endOn: day(Math.max(start, Math.min(end, 335))),
            progress: Math.round(random() * 100) / 100,
          };
        }),
      };
  }
}

const builder = createReport({
  title: t("تقرير الأداء السنوي للشبكة", "Rapport annuel de performance du réseau", "Annual performance report"),
  organization: { name: t("شبكة الجمعيات الدكالية", "Réseau des associations de Doukkala", "Doukkala network") },
  period: { startOn: "2024-01-01", endOn: "2024-12-31" },
  language: LANGUAGE,
  generatedAt: "2025-01-15T10:00:00+01:00",
});
for (let s = 0; s < 10; s++) {
  builder.section(t(`المحور ${s + 1}`, `Axe ${s + 1}`, `Axis ${s + 1}`), (section) => {
    section.paragraph(t("فقرة تقديمية.", "Paragraphe d'introduction.", "Introduction."));
    for (let i = 0; i < TABLES / 10; i++) section.table(table(s * (TABLES / 10) + i));
    for (let i = 0; i < 2; i++) section.chart(chart(s * 2 + i));
  });
}
const doc: ReportDocument = builder.build();

// ---------------------------------------------------------------------------------------------
// Naive baselines: the same tables, raw values, string concatenation.

const raw = (v: unknown): string => {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return v;
  const o = v as Record<string, unknown>;
  if (typeof o.amount === "number") return String(o.amount / 100);
  if (o.label !== undefined) return raw(o.label);
  return String(o[LANGUAGE] ?? o.fr ?? o.ar ?? o.en ?? "");
};
function* tablesOf(d: ReportDocument) {
  for (const s of d.sections) for (const b of s.blocks) if (b.type === "table") yield b;
}
const naive = {
  markdown(d: ReportDocument): string {
    let out = `# ${raw(d.meta.title)}\n`;
    for (const tb of tablesOf(d)) {
      out += `\n| ${tb.columns.map((c) => raw(c.label)).join(" | ")} |\n|${tb.columns.map(() => " --- |").join("")}\n`;
      for (const r of tb.rows) out += `| ${tb.columns.map((c) => raw(r[c.key])).join(" | ")} |\n`;
    }
    return out;
  },
  csv(d: ReportDocument): string[] {
    const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
    const files: string[] = [];
    for (const tb of tablesOf(d)) {
      let out = `${tb.columns.map((c) => field(raw(c.label))).join(",")}\r\n`;
      for (const r of tb.rows) out += `${tb.columns.map((c) => field(raw(r[c.key]))).join(",")}\r\n`;
      files.push(out);
    }
    return files;
  },
  html(d: ReportDocument): string {
    const esc = (s: string) => s.replace(/[<&"]/g, (c) => (c === "<" ? "&lt;" : c === "&" ? "&amp;" : "&quot;"));
    let out = `<!doctype html><html lang="${d.meta.language}"><body><h1>${esc(raw(d.meta.title))}</h1>`;
    for (const tb of tablesOf(d)) {
      out += `<table><thead><tr>${tb.columns.map((c) => `<th>${esc(raw(c.label))}</th>`).join("")}</tr></thead><tbody>`;
      for (const r of tb.rows) out += `<tr>${tb.columns.map((c) => `<td>${esc(raw(r[c.key]))}</td>`).join("")}</tr>`;
      out += "</tbody></table>";
    }
    return `${out}</body></html>`;
  },
};

// ---------------------------------------------------------------------------------------------
// Timing.

type Render = (
  document: unknown,
  options?: RenderOptions,
) => Result<string | readonly { content: string }[], ReportIssueCode>;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
// Collect garbage before each timed run, so a run does not pay for the previous run's output.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const time = (fn: () => unknown): number => {
  gc();
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
const bytes = (out: string | readonly string[] | readonly { content: string }[]): number =>
  typeof out === "string"
    ? Buffer.byteLength(out, "utf8")
    : out.reduce((a, o) => a + Buffer.byteLength(typeof o === "string" ? o : o.content, "utf8"), 0);
const mib = (n: number) => `${(n / 2 ** 20).toFixed(2)} MiB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

function unwrap<T>(r: Result<T, ReportIssueCode>): T {
  if (!r.ok) throw new Error(`invalid bench document: ${JSON.stringify(r.issues.slice(0, 3))}`);
  return r.value;
}

interface Line {
  format: string;
  trusted: number;
  validated: number;
  size: number;
  baseline: number;
  baselineSize: number;
  ratio: number;
  baselineName: string;
}

function measure(format: string, render: Render, baselineName: string, baseline: () => unknown): Line {
  // Warm-up: one run of each.
  const output = unwrap(render(doc, { trusted: true }));
  unwrap(render(doc));
  const baselineOutput = baseline();
  const trusted: number[] = [];
  const validated: number[] = [];
  const base: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate the order so neither side always runs on a warmer (or more fragmented) heap.
    let b: number;
    let r: number;
    if (round % 2 === 0) {
      b = time(baseline);
      r = time(() => render(doc, { trusted: true }));
    } else {
      r = time(() => render(doc, { trusted: true }));
      b = time(baseline);
    }
    base.push(b);
    trusted.push(r);
    ratios.push(r / b);
    validated.push(time(() => render(doc)));
  }
  return {
    format,
    trusted: median(trusted),
    validated: median(validated),
    size: bytes(output),
    baseline: median(base),
    baselineSize: bytes(baselineOutput as string | string[]),
    ratio: median(ratios),
    baselineName,
  };
}

// ---------------------------------------------------------------------------------------------

const rows = TABLES * ROWS;
console.log(`@madani/report bench — Node ${process.version}, ${process.arch}`);
console.log(
  `document: ${TABLES} tables × ${ROWS.toLocaleString("en-US")} rows × ${columns.length} columns (text, integer, money, percent, date, status), 20 charts (bar, stacked bar, line, donut, progress, Gantt), language ${LANGUAGE}; JSON ${mib(Buffer.byteLength(JSON.stringify(doc)))}`,
);
console.log(`median of ${ROUNDS} runs after a warm-up\n`);

validateReportDocument(doc);
const validation = median(Array.from({ length: ROUNDS }, () => time(() => validateReportDocument(doc))));
console.log(
  `validateReportDocument alone: ${ms(validation)} (${Math.round(rows / (validation / 1000)).toLocaleString("en-US")} rows/s)\n`,
);

const lines: Line[] = [];
lines.push(measure("HTML", renderHtml, "naive HTML tables", () => naive.html(doc)));
lines.push(measure("Markdown", renderMarkdown, "naive Markdown tables", () => naive.markdown(doc)));
lines.push(measure("CSV", renderCsv, "naive CSV", () => naive.csv(doc)));
lines.push(measure("JSON", renderJson, "JSON.stringify(doc, null, 2)", () => JSON.stringify(doc, null, 2)));

const pad = (s: string, n: number) => s.padStart(n);
console.log(
  `${"format".padEnd(9)}${pad("trusted", 10)}${pad("validated", 11)}${pad("validation", 12)}${pad("size", 12)}   baseline (same rounds)`,
);
for (const l of lines) {
  console.log(
    `${l.format.padEnd(9)}${pad(ms(l.trusted), 10)}${pad(ms(l.validated), 11)}${pad(`+${ms(l.validated - l.trusted)}`, 12)}${pad(mib(l.size), 12)}   ${l.baselineName}: ${ms(l.baseline)}, ${mib(l.baselineSize)}; ratio ${l.ratio.toFixed(1)}x`,
  );
}
console.log(
  "\ntrusted: render with { trusted: true }; validated: render of the same document, validated first; ratio: median of per-round (trusted / baseline).",
);
