/**
 * An association prepares its general assembly: from the year's data it builds
 * the moral report and the financial report, in Arabic and French, and writes
 * them as HTML (to print or share), Markdown, and CSV files for the treasurer's
 * spreadsheet. Output goes to `examples/out/` (or the folder given as argument).
 *
 *   pnpm --filter @madani/examples run general-assembly [out-dir]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Issue } from "@madani/model";
import { financialReport, moralReport, renderCsv, renderHtml, renderMarkdown } from "@madani/report";
import { achraf2024 } from "./data/achraf2024.js";

const out = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "out"));
mkdirSync(out, { recursive: true });

function fail(what: string, issues: readonly Issue<string>[]): never {
  for (const i of issues) console.error(`  ${i.code} at ${i.path.join(".")}: ${i.message}`);
  throw new Error(`${what} failed`);
}

for (const language of ["ar", "fr"] as const) {
  const input = { ...achraf2024, language };
  for (const [name, build] of [
    ["moral", moralReport],
    ["financial", financialReport],
  ] as const) {
    const doc = build(input, { locale: language });
    if (!doc.ok) fail(`${name} report (${language})`, doc.issues);
    for (const w of doc.warnings) console.log(`  warning ${w.code}: ${w.message}`);
    const html = renderHtml(doc.value, { trusted: true });
    const md = renderMarkdown(doc.value, { trusted: true });
    const csv = renderCsv(doc.value, {
      trusted: true,
      bom: true,
      separator: language === "fr" ? ";" : ",",
      decimalSeparator: language === "fr" ? "," : ".",
    });
    if (!html.ok) fail("HTML", html.issues);
    if (!md.ok) fail("Markdown", md.issues);
    if (!csv.ok) fail("CSV", csv.issues);
    const base = `${name}-${language}`;
    writeFileSync(join(out, `${base}.html`), html.value);
    writeFileSync(join(out, `${base}.md`), md.value);
    for (const file of csv.value) writeFileSync(join(out, `${base}-${file.name}`), file.content);
    console.log(`${base}: ${base}.html, ${base}.md and ${csv.value.length} CSV files`);
  }
}
console.log(`\nReports written to ${out}`);
