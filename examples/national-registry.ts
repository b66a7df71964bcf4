/**
 * The main job: a national registry of associations and cooperatives built end to end on embedded defaults.
 *
 * 1. Generates a realistic synthetic registry as provinces send it: a CSV file with French headers, Arabic and
 *    French names, typing mistakes, duplicates and broken rows (300,000 rows by default).
 * 2. Imports it into an embedded PostgreSQL database (PGlite, in the output folder), streaming the file:
 *    every row is accepted or quarantined with its issues, and the counts reconcile.
 * 3. Finds likely duplicates and explains each one; measures precision and recall against the generator's labels.
 * 4. Writes the statistics report (HTML in Arabic and French, CSV, JSON) and the public export with personal
 *    data redacted.
 *
 *   pnpm example                      (300,000 rows; MADANI_REGISTRY_SIZE=20000 pnpm example for a quick run)
 *   pnpm example national-registry [out-dir]
 */
import { createReadStream, createWriteStream, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { finished } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import type { Organization } from "@madani/model";
import { GEO_ATTRIBUTION } from "@madani/model/geo";
import {
  computeStatistics,
  evaluateDuplicates,
  exportOrganizationChunks,
  findDuplicates,
  generateRegistry,
  ingest,
  registryStatisticsReport,
} from "@madani/registry";
import { pgliteStore, type RegistryWriter } from "@madani/registry/storage";
import { renderCsv, renderHtml, renderJson } from "@madani/report";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(here, "out", "national-registry"));
const size = Number(process.env.MADANI_REGISTRY_SIZE ?? 300_000);
const asOf = "2025-12-31";
const generatedAt = "2026-01-05T10:00:00+01:00";
const started = performance.now();
let stageStarted = started;
const stages: [string, number][] = [];
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
/** Close a stage: its own time and the time since the start, e.g. "import 21.3 s; total 25.1 s". */
const stage = (name: string) => {
  const now = performance.now();
  stages.push([name, (now - stageStarted) / 1000]);
  stageStarted = now;
  return `${name} ${(stages.at(-1)?.[1] ?? 0).toFixed(1)} s; total ${elapsed()}`;
};
const fmt = (n: number) => n.toLocaleString("en-US");

mkdirSync(out, { recursive: true });
console.log(`Madani — national registry on embedded defaults (${fmt(size)} organizations)\n`);

// 1. The provinces' spreadsheets, as one CSV file.
const registry = generateRegistry({ seed: 2026, size, duplicateRate: 0.1, errorRate: 0.02, headerLanguage: "fr" });
const csvPath = join(out, "registry.csv");
const file = createWriteStream(csvPath, "utf8");
for (const chunk of registry.csvChunks(5000))
  if (!file.write(chunk)) await new Promise<void>((r) => file.once("drain", () => r()));
file.end();
await finished(file);
console.log(`1. generated ${csvPath} (${stage("generate")})`);

// 2. Import into PGlite, batch by batch, straight from the file.
const dbDir = join(out, "db");
rmSync(dbDir, { recursive: true, force: true });
// The database runs on a worker thread: it writes one batch while this thread reads and checks the next.
const opened = await pgliteStore({ dataDir: dbDir, worker: true });
if (!opened.ok) throw new Error(`cannot open the database: ${opened.issues[0]?.message}`);
const store = opened.value;
const quarantine = createWriteStream(join(out, "quarantine.ndjson"), "utf8");
let lastShown = 0;
let refusedByStore = 0;
/** Store one batch; rows the database refuses are left out, the rest is stored: keep them with the quarantine. */
const storeBatch = async (tx: RegistryWriter, organizations: Organization[]): Promise<void> => {
  const put = await tx.put(organizations, { validate: false });
  if (!put.ok) throw new Error(put.issues[0]?.message);
  for (const issue of put.value.quarantined) {
    refusedByStore++;
    quarantine.write(`${JSON.stringify({ store: true, issues: [issue] })}\n`);
  }
};
// One transaction for the whole load: the indexes are built once, after the rows are in. One batch is written
// while the next is read: at most one put in flight.
const imported = await store.transaction(async (tx) => {
  let writing: Promise<void> = Promise.resolve();
  const result = await ingest(createReadStream(csvPath), {
    asOf,
    batchSize: 5000,
    onBatch: async (batch) => {
      for (const q of batch.quarantined)
        quarantine.write(`${JSON.stringify({ row: q.row, raw: q.raw, issues: q.issues })}\n`);
      await writing;
      if (batch.accepted.length > 0) {
        writing = storeBatch(
          tx,
          batch.accepted.map((a) => a.organization),
        );
        // Its failure is thrown where it is awaited: by the next batch, or after the last one.
        writing.catch(() => undefined);
      }
    },
    onProgress: (p) => {
      if (p.rowsRead - lastShown >= 50_000) {
        lastShown = p.rowsRead;
        console.log(`   … ${fmt(p.rowsRead)} rows read (${elapsed()})`);
      }
    },
  });
  await writing;
  return result;
});
quarantine.end();
await finished(quarantine);
if (!imported.ok) throw new Error(imported.issues.map((i) => i.message).join("\n"));
const rec = imported.value.reconciliation;
console.log(
  `2. imported into ${dbDir}: read ${fmt(rec.rowsRead)} = accepted ${fmt(rec.accepted)} + quarantined ${fmt(rec.quarantined)} (balanced: ${rec.balanced}), refused by the database ${fmt(refusedByStore)} (${stage("import")})`,
);

// Read the registry back from the database, page by page.
const organizations: Organization[] = [];
for (let after: string | undefined; ; ) {
  const page = await store.query({}, { limit: 10_000, ...(after === undefined ? {} : { after }) });
  if (!page.ok) throw new Error(page.issues[0]?.message);
  for (const organization of page.value.items) organizations.push(organization);
  after = page.value.next;
  if (after === undefined) break;
}
const counted = await store.count();
await store.close();
console.log(`   read ${fmt(organizations.length)} organizations back from the database (${stage("read back")})`);

// 3. Duplicates, with the reasons, and their quality against the generator's labels.
const found = findDuplicates(organizations);
if (!found.ok) throw new Error(found.issues[0]?.message);
const truth = new Map<string, number>();
for (const r of registry.labels()) if (r.error === undefined) truth.set(r.id, r.entity);
const quality = evaluateDuplicates(found.value.clusters, truth);
writeFileSync(join(out, "duplicates.json"), `${JSON.stringify(found.value.clusters, null, 2)}\n`);
const example = found.value.clusters.find((c) => c.ids.length === 2);
console.log(
  `3. ${fmt(found.value.clusters.length)} clusters of likely duplicates; precision ${quality.precision.toFixed(3)}, recall ${quality.recall.toFixed(3)} (${stage("deduplicate")})`,
);
if (example !== undefined) {
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const [a, b] = example.ids.map((id) => byId.get(id));
  console.log(
    `   e.g. ${a?.name.ar ?? a?.name.fr} ≈ ${b?.name.fr ?? b?.name.ar}: ${example.pairs[0]?.reasons.map((r) => r.detail).join("; ")}`,
  );
}

// 4. Statistics report and public export.
const stats = computeStatistics(organizations, { asOf });
if (!stats.ok) throw new Error(stats.issues[0]?.message);
const outputs: string[] = [];
for (const language of ["ar", "fr"] as const) {
  const doc = registryStatisticsReport(stats.value, { language, generatedAt });
  const html = renderHtml(doc, { trusted: true });
  if (!html.ok) throw new Error(html.issues[0]?.message);
  const target = join(out, `statistics-${language}.html`);
  writeFileSync(target, html.value);
  outputs.push(target);
  if (language === "fr") {
    const json = renderJson(doc, { trusted: true });
    const csv = renderCsv(doc, { trusted: true, bom: true, separator: ";", decimalSeparator: "," });
    if (!json.ok || !csv.ok) throw new Error("render failed");
    writeFileSync(join(out, "statistics.json"), json.value);
    mkdirSync(join(out, "statistics-csv"), { recursive: true });
    for (const f of csv.value) writeFileSync(join(out, "statistics-csv", f.name), f.content);
  }
}
const exported = exportOrganizationChunks(organizations, { format: "ndjson", asOf });
if (!exported.ok) throw new Error(exported.issues[0]?.message);
const publicFile = createWriteStream(join(out, "public-registry.ndjson"), "utf8");
for (const line of exported.value)
  if (!publicFile.write(line)) await new Promise<void>((r) => publicFile.once("drain", () => r()));
publicFile.end();
await finished(publicFile);
// Records that could not go out are listed, never dropped in silence.
for (const issue of exported.value.skipped) console.warn(`   not exported: ${issue.message}`);
console.log(
  `4. statistics of ${fmt(counted.ok ? counted.value : organizations.length)} organizations in the database: ${fmt(stats.value.active)} active, ${stats.value.national.per10k.toFixed(2)} per 10,000 inhabitants; public export with personal data redacted (${stage("statistics and export")})`,
);
console.log(
  `\nTime by stage: ${stages.map(([name, sec]) => `${name} ${sec.toFixed(1)} s`).join(", ")}; total ${elapsed()}`,
);
console.log(`\n${GEO_ATTRIBUTION}`);
console.log(`\nReport: ${outputs[0]}\n        ${outputs[1]}\nAll outputs in ${out}`);
