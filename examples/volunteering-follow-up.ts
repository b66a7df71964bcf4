/**
 * Scenario 3: المنظمة الدولية للعمل التطوعي والتنمية بالمغرب holds two communication meetings with
 * جمعية الأشراف للثقافة والتنمية (douar Fej Azrar, Ighzrane, Sefrou): the second (24 December 2023) follows up the
 * first (12 November 2023). The script carries the open actions of the first meeting into the second, builds the
 * series (what was done, what stays open), checks the free trainings offered against the capacity-building
 * catalogue, and writes the meeting-series report in Arabic and French as HTML and Markdown, with the meetings
 * as `meetings.json`. Output goes to `examples/out/volunteering-follow-up/` (or the folder given as argument).
 *
 *   pnpm example volunteering-follow-up [out-dir]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  ActionStatus,
  buildMeetingSeries,
  carryForward,
  DEFAULT_CATALOGUE,
  meetingSeriesReport,
  topicLabel,
  validateEvent,
  validateMeeting,
} from "@madani/events";
import { type Issue, labelOf } from "@madani/model";
import { createFormatter, renderHtml, renderMarkdown } from "@madani/report";
import {
  firstMeeting,
  GENERATED_AT,
  organizations,
  persons,
  secondMeetingDraft,
  trainingOffer,
} from "./data/volunteering-follow-up.js";

const out = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "out", "volunteering-follow-up"));
mkdirSync(out, { recursive: true });

function fail(what: string, issues: readonly Issue<string>[]): never {
  for (const i of issues) console.error(`  ${i.code} at ${i.path.join(".")}: ${i.message}`);
  throw new Error(`${what} failed`);
}

const fr = createFormatter({ language: "fr" });
const name = (id: string): string => organizations.find((o) => o.id === id)?.name.fr ?? id;
console.log(`${organizations[0]?.name.ar ?? ""} ↔ ${organizations[1]?.name.ar ?? ""}`);

// 1. The second meeting takes over the open actions of the first that its minutes left out.
const second = carryForward(firstMeeting, secondMeetingDraft);
for (const m of [firstMeeting, second]) {
  const r = validateMeeting(m, { locale: "fr" });
  if (!r.ok) fail(`validateMeeting ${m.id}`, r.issues);
}
const carried = second.actions.filter((a) => !secondMeetingDraft.actions.some((d) => d.id === a.id));
console.log(`Actions reprises par carryForward : ${carried.map((a) => a.id).join(", ") || "aucune"}`);

// 2. The series.
const series = buildMeetingSeries([second, firstMeeting], { locale: "fr" });
if (!series.ok) fail("buildMeetingSeries", series.issues);
for (const [i, m] of series.value.meetings.entries()) {
  const step = series.value.steps[i];
  if (step === undefined) continue;
  const since =
    step.daysSincePrevious === undefined
      ? ""
      : ` ; ${step.daysSincePrevious} jours après la précédente : ${step.completedSince.length} réalisée(s), ` +
        `${step.stillOpen.length} encore ouverte(s), ${step.cancelledSince.length} annulée(s)`;
  console.log(
    `  ${fr.date(m.heldOn)} — ${m.title.fr} : ${m.needs.length} besoin(s), ${m.problems.length} problème(s), ` +
      `${m.decisions.length} décision(s), ${step.newActions.length} nouvelle(s) action(s)${since}`,
  );
}
const open = series.value.openActions;
console.log(`Actions ouvertes reportées à la prochaine rencontre : ${open.length}`);
for (const a of open) {
  console.log(
    `  ${a.text.fr} — ${name(a.owner.organizationId ?? "")} (${labelOf(ActionStatus, a.status, "fr")}${a.dueOn === undefined ? "" : `, échéance ${a.dueOn}`})`,
  );
}

// 3. The partnership offer: direct support, or free trainings from the capacity-building catalogue.
const offer = validateEvent(trainingOffer, { locale: "fr", catalogue: DEFAULT_CATALOGUE });
if (!offer.ok) fail("validateEvent", offer.issues);
const minutes = (start: string, end: string): number =>
  Number(end.slice(0, 2)) * 60 + Number(end.slice(3)) - Number(start.slice(0, 2)) * 60 - Number(start.slice(3));
const totalMinutes = trainingOffer.sessions.reduce((s, x) => s + minutes(x.start, x.end), 0);
console.log(
  `Offre de partenariat : soutien direct ou ${trainingOffer.sessions.length} formations gratuites ` +
    `(${fr.decimal(totalMinutes / 60, 1)} h, ${fr.date(trainingOffer.startOn)} – ${fr.date(trainingOffer.endOn)})`,
);
console.log(
  `  ${trainingOffer.sessions
    .flatMap((s) => s.topicIds ?? [])
    .map((t) => topicLabel(DEFAULT_CATALOGUE, t, "fr"))
    .join(", ")}`,
);

// 4. The reports.
function write(file: string, content: string): void {
  writeFileSync(join(out, file), content);
}
const files: string[] = [];
for (const language of ["ar", "fr"] as const) {
  const r = meetingSeriesReport(
    {
      title: {
        ar: "لقاءات المنظمة الدولية للعمل التطوعي والتنمية بالمغرب مع جمعية الأشراف للثقافة والتنمية",
        fr: "Rencontres de l'OIVD Maroc avec l'association Al Achraf",
      },
      meetings: [firstMeeting, second],
      organizations: [...organizations],
      persons: [...persons],
    },
    { language, generatedAt: GENERATED_AT },
  );
  if (!r.ok) fail(`meetingSeriesReport ${language}`, r.issues);
  const h = renderHtml(r.value);
  if (!h.ok) fail(`HTML ${language}`, h.issues);
  const md = renderMarkdown(r.value);
  if (!md.ok) fail(`Markdown ${language}`, md.issues);
  write(`meeting-series-${language}.html`, h.value);
  write(`meeting-series-${language}.md`, md.value);
  files.push(`meeting-series-${language}.html`, `meeting-series-${language}.md`);
}
write("meetings.json", `${JSON.stringify([firstMeeting, second], null, 2)}\n`);

console.log(`\nFichiers : ${files.join(", ")}, meetings.json`);
console.log(`Rapports écrits dans ${out}`);
