/**
 * Scenario 1: شبكة الجمعيات الدكالية (Réseau des associations de Doukkala) adopts the strategic
 * plan 2025-2029 it prepared participatively, then follows it for two years. The script creates and lints
 * the plan, replays the follow-up as editing commands (values entered as drafts, submitted and approved;
 * activities done; the 2025 periods locked; refused commands with their localized messages), reads progress
 * on 2026-12-31 and writes the reports: progress, logframe and indicator performance tracking table (IPTT) in
 * Arabic and French, the French indicator tracking table as CSV, the contributions of the workshops in Arabic,
 * the IATI results, the final plan as JSON and the edit history in French. Output goes to `examples/out/network-strategic-plan/` (or the folder
 * given as argument).
 *
 *   pnpm example network-strategic-plan [out-dir]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Issue, labelOf, mad } from "@madani/model";
import {
  ActivityStatus,
  type ActualValue,
  applyCommand,
  computeProgress,
  contributionsReport,
  createPlan,
  describeRevision,
  type IndicatorStatus,
  indicatorStatusCell,
  indicatorTrackingTable,
  lintPlan,
  type Plan,
  type PlanCommand,
  planIpttReport,
  planLedger,
  planProgressReport,
  type Revision,
  reportingCompliance,
  reportingComplianceReport,
  schedule,
  toIatiResults,
  toLogframe,
} from "@madani/plan";
import { type ReportDocument, renderCsv, renderHtml } from "@madani/report";
import { FUNDERS, NETWORK_NAME, networkPlan } from "./data/network-plan.js";

const AS_OF = "2026-12-31";
/** When the reports are generated: given, never read from the clock, so that the outputs are reproducible. */
const GENERATED_AT = "2027-01-25T10:00:00+01:00";
const ADOPTED_ON = "2025-01-15";

const out = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "out", "network-strategic-plan"));
mkdirSync(out, { recursive: true });

function fail(what: string, issues: readonly Issue<string>[]): never {
  for (const i of issues) console.error(`  ${i.code} at ${i.path.join(".")}: ${i.message}`);
  throw new Error(`${what} failed`);
}

const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
const percent = (share: number | undefined): string => (share === undefined ? "—" : `${(share * 100).toFixed(2)} %`);

// 1. The plan as adopted.
const created = createPlan(networkPlan, { locale: "fr" });
if (!created.ok) fail("createPlan", created.issues);
let plan: Plan = created.value;
console.log(`${NETWORK_NAME.ar} — ${NETWORK_NAME.fr}`);
console.log(
  `Plan « ${plan.title.fr} » : ${plan.elements.length} éléments, ${plan.indicators.length} indicateurs, ` +
    `${plan.activities.length} activités, ${plan.contributions?.length ?? 0} contributions des ateliers`,
);

function printLint(asOf: string): void {
  const { findings } = lintPlan(plan, { locale: "fr", asOf });
  console.log(`\nRevue qualité du plan (lintPlan, au ${asOf}) : ${findings.length} constat(s)`);
  for (const f of findings) console.log(`  [${f.severity}] ${f.rule} (${f.path.join(".")}) : ${f.message}`);
}
printLint(ADOPTED_ON);

// 2. Two years of follow-up, as editing commands. Every applied revision is kept with the plan it changed.
const history: { readonly before: Plan; readonly revision: Revision }[] = [];

interface Edit {
  readonly at: string;
  readonly author: string;
  readonly reason?: string;
}

function apply(edit: Edit, ...commands: readonly PlanCommand[]): void {
  for (const command of commands) {
    const r = applyCommand(plan, command, edit, { locale: "fr" });
    if (!r.ok) fail(`${command.type} (${edit.at})`, r.issues);
    history.push({ before: plan, revision: r.value.revision });
    plan = r.value.plan;
  }
}

/** A command the engine must refuse: prints its messages in French and Arabic; the plan stays as it is. */
function refused(edit: Edit, command: PlanCommand): void {
  for (const locale of ["fr", "ar"] as const) {
    const r = applyCommand(plan, command, edit, { locale });
    if (r.ok) throw new Error(`${command.type} should have been refused`);
    for (const i of r.issues) console.log(`  refusé [${locale}] ${i.code} : ${i.message}`);
  }
}

const FOLLOW_UP = "Chargée de suivi-évaluation";
const BUREAU = "Bureau central";

const done = (activityId: string): PlanCommand => ({ type: "set-activity-status", activityId, status: "done" });
const ongoing = (activityId: string, completion: number): PlanCommand => ({
  type: "set-activity-status",
  activityId,
  status: "ongoing",
  completion,
});

type Measured = Pick<ActualValue, "value" | "numerator" | "denominator" | "disaggregation" | "source">;

/**
 * The values of one year of an indicator: each is entered as a draft, submitted, then approved, except those
 * listed in `pending` (left submitted).
 */
function report(year: number, values: Readonly<Record<string, readonly Measured[]>>, pending: readonly string[] = []) {
  const ids: [indicatorId: string, valueId: string][] = [];
  const drafts: PlanCommand[] = [];
  for (const [indicatorId, list] of Object.entries(values)) {
    list.forEach((measured, i) => {
      const id = `v-${indicatorId}-${year}-${i + 1}`;
      ids.push([indicatorId, id]);
      drafts.push({
        type: "add-value",
        indicatorId,
        value: { id, periodId: `${indicatorId}-${year}`, state: "draft", ...measured },
      });
    });
  }
  const state = (s: "submitted" | "approved") =>
    ids
      .filter(([indicatorId]) => s === "submitted" || !pending.includes(indicatorId))
      .map(([indicatorId, valueId]): PlanCommand => ({ type: "set-value-state", indicatorId, valueId, state: s }));
  return { drafts, submitted: state("submitted"), approved: state("approved") };
}

const bySex = (female: number, male: number): Measured[] => [
  { value: female, disaggregation: { sex: "female" } },
  { value: male, disaggregation: { sex: "male" } },
];

console.log("\nSuivi 2025-2026 (applyCommand)");

// 2025: activities.
// The Hiwar budget of the capacity-building sessions is revised by an amendment: the line keeps its original amount.
apply(
  { at: "2025-06-12T10:00:00+01:00", author: BUREAU, reason: "Avenant n° 1 à la convention avec ASF" },
  { type: "set-budget-line", activityId: "act-1-1", year: 2025, funderId: "ue-hiwar", planned: mad(16_500_000) },
);

apply({ at: "2025-06-30T17:00:00+01:00", author: "Commission de communication" }, done("act-3-4"));
apply({ at: "2025-07-02T10:00:00+01:00", author: BUREAU }, done("act-1-5"));
apply(
  { at: "2025-07-10T11:00:00+01:00", author: BUREAU, reason: "Décision du conseil associatif du 5 juillet 2025" },
  {
    type: "set-contribution-handling",
    contributionId: "c-06",
    handling: "merged",
    elementId: "r2-2-1",
    reason: {
      ar: "أدمجت في مداومات التوجيه القانوني (النتيجة 2.2.1)",
      fr: "Intégrée aux permanences d'orientation juridique (R2.2.1)",
    },
  },
);
apply({ at: "2025-10-03T09:30:00+01:00", author: "Commission de plaidoyer" }, done("act-2-1"));
apply({ at: "2025-12-01T16:00:00+01:00", author: BUREAU }, done("act-1-1"));
apply({ at: "2025-12-29T18:00:00+01:00", author: BUREAU }, done("act-1-4"));
apply(
  { at: "2025-12-31T12:00:00+01:00", author: FOLLOW_UP, reason: "Point d'avancement de fin d'année" },
  ongoing("act-3-1", 0.7),
  ongoing("act-1-2", 0.1),
  ongoing("act-2-2", 0.15),
  ongoing("act-3-3", 0.2),
);

// 2025: indicator values, entered in January 2026, approved in February.
const y2025 = report(
  2025,
  {
    "ind-1-1-1": bySex(31, 37),
    "ind-1-1-2": [{ numerator: 6, denominator: 48, source: { fr: "Questionnaire annuel 2025" } }],
    "ind-1-2-1": [{ value: 1 }],
    "ind-2-1-1": [{ value: 1, source: { fr: "Rapport d'étude publié en octobre 2025" } }],
    "ind-2-1-2": [{ value: 1 }],
    "ind-2-2-1": bySex(14, 9),
    "ind-3-1-1": [{ value: 2150 }],
    "ind-3-1-2": [{ value: 22 }],
    "ind-3-2-1": [{ value: 7 }],
    "ind-3-2-2": [{ numerator: 62_000, denominator: 560_000, source: { fr: "Rapport financier 2025" } }],
  },
  [],
);
apply({ at: "2026-01-12T09:00:00+01:00", author: FOLLOW_UP }, ...y2025.drafts);
apply({ at: "2026-01-20T15:00:00+01:00", author: FOLLOW_UP }, ...y2025.submitted);
apply({ at: "2026-02-05T11:00:00+01:00", author: BUREAU, reason: "Revue annuelle 2025 du plan" }, ...y2025.approved);
apply(
  { at: "2026-02-15T10:00:00+01:00", author: BUREAU, reason: "Clôture de l'exercice 2025" },
  ...plan.indicators.flatMap((ind): PlanCommand[] =>
    ind.periods
      .filter((p) => p.endOn <= "2025-12-31")
      .map((p) => ({ type: "lock-period", indicatorId: ind.id, periodId: p.id })),
  ),
);

apply(
  { at: "2026-02-20T09:00:00+01:00", author: BUREAU, reason: "Report après le mois de Ramadan" },
  { type: "reschedule-activity", activityId: "act-2-3", startOn: "2026-04-01", endOn: "2026-11-30" },
);

// Refused: a late value for the locked year 2025, and a rejection without its reason.
refused(
  { at: "2026-03-02T09:00:00+01:00", author: FOLLOW_UP },
  {
    type: "add-value",
    indicatorId: "ind-3-1-1",
    value: { id: "v-ind-3-1-1-2025-late", periodId: "ind-3-1-1-2025", value: 2300, state: "draft" },
  },
);
apply(
  { at: "2026-03-10T10:00:00+01:00", author: BUREAU, reason: "Revue annuelle 2025 du plan" },
  {
    type: "add-contribution",
    contribution: {
      id: "c-07",
      workshop: "المراجعة السنوية 2025 للمخطط الاستراتيجي (الجديدة)",
      stakeholderGroup: "الجمعيات الأعضاء بسيدي بنور",
      proposal: {
        ar: "ترجمة دعامات التوعية القانونية إلى الأمازيغية",
        fr: "Traduire les supports d'information juridique en amazighe",
      },
      handling: "pending",
    },
  },
);
refused(
  { at: "2026-03-12T10:00:00+01:00", author: BUREAU },
  { type: "set-contribution-handling", contributionId: "c-07", handling: "rejected" },
);
apply(
  { at: "2026-03-12T10:05:00+01:00", author: BUREAU },
  { type: "set-contribution-handling", contributionId: "c-07", handling: "adopted", elementId: "r3-1-1" },
);

// 2026: activities.
apply({ at: "2026-06-05T17:00:00+01:00", author: "Instance du bénévolat" }, done("act-1-2"));
apply({ at: "2026-06-10T17:00:00+01:00", author: "Commission de communication" }, done("act-3-2"));
apply({ at: "2026-06-30T19:00:00+01:00", author: BUREAU }, done("act-1-6"));
apply({ at: "2026-12-02T16:00:00+01:00", author: "Instance du bénévolat" }, done("act-2-3"));
apply(
  { at: "2026-12-31T12:00:00+01:00", author: FOLLOW_UP, reason: "Point d'avancement de fin d'année" },
  ongoing("act-3-1", 0.9),
  ongoing("act-1-3", 0.4),
  ongoing("act-2-2", 0.55),
  ongoing("act-2-4", 0.5),
  ongoing("act-3-3", 0.4),
);

// 2026: indicator values; the share of own funds waits for the audited accounts and stays submitted.
const y2026 = report(
  2026,
  {
    "ind-1-1-1": bySex(58, 66),
    "ind-1-1-2": [{ numerator: 9, denominator: 48, source: { fr: "Questionnaire annuel 2026" } }],
    "ind-1-2-1": [{ value: 1 }],
    "ind-2-1-2": [{ value: 2 }],
    "ind-2-2-1": bySex(372, 268),
    "ind-3-1-1": [{ value: 3900 }],
    "ind-3-1-2": [{ value: 16 }],
    "ind-3-2-1": [{ value: 8 }],
    "ind-3-2-2": [{ numerator: 140_000, denominator: 690_000, source: { fr: "Rapport financier 2026 (non audité)" } }],
  },
  ["ind-3-2-2"],
);
apply({ at: "2027-01-11T09:00:00+01:00", author: FOLLOW_UP }, ...y2026.drafts);
apply({ at: "2027-01-18T15:00:00+01:00", author: FOLLOW_UP }, ...y2026.submitted);
apply({ at: "2027-01-22T11:00:00+01:00", author: BUREAU, reason: "Revue annuelle 2026 du plan" }, ...y2026.approved);
console.log(`  ${history.length} modifications appliquées`);

// 3. Progress on 2026-12-31.
const progress = computeProgress(plan, AS_OF);
const STATUSES: readonly IndicatorStatus[] = ["achieved", "on-track", "at-risk", "off-track", "no-data"];
const statusCounts = STATUSES.map(
  (status) =>
    `${indicatorStatusCell(status, "fr").label} ${progress.indicators.filter((i) => i.status === status).length}`,
).join(", ");
const overdue = plan.activities.filter((_, i) => progress.activities.items[i]?.overdue === true);

printLint(AS_OF);

const plannedByFunder = Object.entries(progress.budget.byFunder)
  .map(([funder, t]) => {
    const name = new Map(Object.entries(FUNDERS)).get(funder)?.fr ?? "à mobiliser";
    return `${name} ${thousands(t.planned / 100)} ${t.currency}`;
  })
  .join(" ; ");

const planned = schedule(plan.activities, { asOf: AS_OF, locale: "fr" });
if (!planned.ok) fail("schedule", planned.issues);
const codeOf = new Map(plan.activities.map((a) => [a.id, a.code]));

// 4. The outputs.
function write(name: string, content: string): void {
  writeFileSync(join(out, name), content);
}
function html(name: string, doc: ReportDocument): void {
  const r = renderHtml(doc, { trusted: true });
  if (!r.ok) fail(name, r.issues);
  write(name, r.value);
}

write("plan.json", `${JSON.stringify(plan, null, 2)}\n`);
for (const language of ["ar", "fr"] as const) {
  html(`progress-${language}.html`, planProgressReport(plan, { language, generatedAt: GENERATED_AT, asOf: AS_OF }));
  html(`logframe-${language}.html`, toLogframe(plan, { language, generatedAt: GENERATED_AT }));
  html(`iptt-${language}.html`, planIpttReport(plan, { language, generatedAt: GENERATED_AT, asOf: AS_OF }));
  // Annual reports are due 30 days after each year ends: on time, late or missing, as of the review date.
  const reporting = reportingComplianceReport(plan, { language, generatedAt: GENERATED_AT, asOf: "2027-01-25" });
  if (!reporting.ok) fail("reportingComplianceReport", reporting.issues);
  html(`reporting-${language}.html`, reporting.value);
}
html("contributions-ar.html", contributionsReport(plan, { language: "ar", generatedAt: GENERATED_AT }));
const csv = renderCsv(indicatorTrackingTable(plan, { language: "fr", generatedAt: GENERATED_AT, asOf: AS_OF }), {
  trusted: true,
  bom: true,
  separator: ";",
  decimalSeparator: ",",
});
if (!csv.ok) fail("CSV", csv.issues);
const csvFiles = csv.value.map((file) => {
  const name = csv.value.length === 1 ? "tracking-fr.csv" : `tracking-fr-${file.name}`;
  write(name, file.content);
  return name;
});
// toIatiResults gives the `result` elements of an IATI activity; the network's IATI publisher adds its
// identifier, reporting organization and the rest of the activity around them: here the elements IATI 2.03
// requires before the results, so that the file validates against the official schema.
const xmlText = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const results = toIatiResults(plan)
  .split("\n")
  .map((line) => `    ${line}`)
  .join("\n");
const narratives = (text: { readonly ar?: string | undefined; readonly fr?: string | undefined }): string[] =>
  (["ar", "fr"] as const).flatMap((lang) =>
    text[lang] === undefined ? [] : [`      <narrative xml:lang="${lang}">${xmlText(text[lang])}</narrative>`],
  );
write(
  "iati-results.xml",
  [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<iati-activities version="2.03" generated-datetime="${GENERATED_AT}">`,
    `  <iati-activity default-currency="MAD" xml:lang="fr" last-updated-datetime="${GENERATED_AT}">`,
    `    <iati-identifier>${xmlText(plan.organizationId)}-${xmlText(plan.id)}</iati-identifier>`,
    `    <reporting-org ref="${xmlText(plan.organizationId)}" type="22">`,
    ...narratives(NETWORK_NAME),
    `    </reporting-org>`,
    `    <title>`,
    ...narratives(plan.title),
    `    </title>`,
    `    <description>`,
    ...narratives(plan.title),
    `    </description>`,
    `    <participating-org ref="${xmlText(plan.organizationId)}" role="4" type="22"/>`,
    `    <activity-status code="2"/>`,
    `    <activity-date type="2" iso-date="${plan.period.startOn}"/>`,
    results,
    `  </iati-activity>`,
    `</iati-activities>`,
    "",
  ].join("\n"),
);

const lines = [`# Historique des modifications — ${plan.title.fr}`, ""];
let heading = "";
for (const { before, revision } of history) {
  // Revisions made together (same time, author and reason) share one heading.
  const why = revision.reason === undefined ? "" : ` — ${revision.reason}`;
  const next = `## ${revision.at} · ${revision.author}${why}`;
  if (next !== heading) {
    if (heading !== "") lines.push("");
    lines.push(next, "");
    heading = next;
  }
  const changes = describeRevision(revision, before, { language: "fr" });
  if (changes.length === 0) lines.push(`- (${revision.command.type})`);
  for (const c of changes) lines.push(`- ${c.text}`);
}
lines.push("");
write("history.md", lines.join("\n"));

// 5. The summary.
console.log(`\nAvancement au ${AS_OF}`);
console.log(`  Score du plan : ${percent(progress.plan.score)} (couverture ${percent(progress.plan.coverage)})`);
for (const e of plan.elements.filter((x) => x.parentId === undefined)) {
  const r = progress.elements.find((p) => p.id === e.id);
  console.log(`  ${e.code} ${e.title.fr} : ${percent(r?.score)} (couverture ${percent(r?.coverage)})`);
}
console.log(`  Indicateurs : ${statusCounts}`);
console.log(
  `  Activités : ${progress.activities.due} échues, ${progress.activities.done} réalisées, ${progress.activities.overdue} en retard`,
);
for (const a of overdue) {
  console.log(`    en retard : ${a.code} ${a.title.fr} (fin ${a.endOn}, ${labelOf(ActivityStatus, a.status, "fr")})`);
}
console.log(`  Budget prévu par bailleur : ${plannedByFunder}`);
const ledger = planLedger(plan, AS_OF);
const revised = ledger.budget.filter((line) => line.revisions > 0);
console.log(
  `  Grand livre : reçu ${thousands(ledger.total.received / 100)} MAD, dépensé ${thousands(ledger.total.spent / 100)} MAD` +
    revised
      .map(
        (l) =>
          ` ; ligne ${codeOf.get(l.activityId) ?? l.activityId} ${l.year} révisée de ${thousands(l.original / 100)} à ${thousands(l.planned / 100)} MAD`,
      )
      .join(""),
);
const compliance = reportingCompliance(plan, { asOf: "2027-01-25" });
if (!compliance.ok) fail("reportingCompliance", compliance.issues);
const totals = compliance.value.plan;
console.log(
  `  Rapports de suivi : ${totals.onTime} à temps, ${totals.late} en retard, ${totals.missing} manquants sur ${totals.expected} attendus (taux de rapportage ${percent(totals.reportingRate)}, ponctualité ${percent(totals.timeliness)})`,
);
console.log(
  `  Chemin critique : ${planned.value.criticalPath.map((id) => codeOf.get(id) ?? id).join(" → ")} (fin ${planned.value.endOn ?? "—"})`,
);
console.log(
  `\nFichiers : plan.json, progress-ar.html, progress-fr.html, logframe-ar.html, logframe-fr.html, iptt-ar.html, iptt-fr.html, reporting-ar.html, reporting-fr.html, ${csvFiles.join(", ")}, contributions-ar.html, iati-results.xml, history.md`,
);
console.log(`\nRapports écrits dans ${out}`);
