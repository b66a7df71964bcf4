/**
 * Scenario 5: شبكة الجمعيات الدكالية runs its fifth three-day training meeting (27-29 December 2024)
 * in Sidi Bennour and El Jadida with regional public partners: four workshops, partnership agreements signed,
 * three model cooperatives honoured, a draw among the participating institutions for two promotional
 * documentaries, a certificate for every participant, and the general report with achievements and
 * recommendations. The draw's commitment (SHA-256 of the seed) is published at the opening; the seed is revealed
 * at the closing ceremony, the draw run and its record verified with verifyDraw. Certificates are signed with an
 * Ed25519 key generated here, rendered in Arabic or French as each holder asked, and all verified. Outputs:
 * `commitment.txt`, `draw.json`, `certificates.json` (with the public key), `certificates/<serial>.html`, and
 * the general report in Arabic, French and English (HTML). Output goes to `examples/out/training-meeting/` (or
 * the folder given as argument).
 *
 *   pnpm example training-meeting [out-dir]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  commitSeed,
  computeReach,
  DEFAULT_CATALOGUE,
  eventGeneralReport,
  generateIssuerKeyPair,
  issueCertificates,
  renderCertificateHtml,
  runDraw,
  validateEvent,
  validateHonour,
  verifyCertificate,
  verifyDraw,
} from "@madani/events";
import { type Issue, validatePartnershipAgreement } from "@madani/model";
import { createFormatter, renderHtml } from "@madani/report";
import {
  achievements,
  agreements,
  attendance,
  attendees,
  COMMITTED_AT,
  DRAW_SEED,
  DRAWN_AT,
  event,
  GENERATED_AT,
  honours,
  institutions,
  NETWORK_ID,
  network,
  organizations,
  participants,
  persons,
  recommendations,
} from "./data/training-meeting.js";

const out = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "out", "training-meeting"));
mkdirSync(join(out, "certificates"), { recursive: true });

function fail(what: string, issues: readonly Issue<string>[]): never {
  for (const i of issues) console.error(`  ${i.code} at ${i.path.join(".")}: ${i.message}`);
  throw new Error(`${what} failed`);
}
function write(name: string, content: string): void {
  writeFileSync(join(out, name), content);
}
const fr = createFormatter({ language: "fr" });

console.log(`${network.name.ar} — ${event.title.fr}`);

// 1. Programme, reach, agreements and honours.
const checked = validateEvent(event, { locale: "fr", catalogue: DEFAULT_CATALOGUE });
if (!checked.ok) fail("validateEvent", checked.issues);
const cities = [...new Set(event.venues.map((v) => v.address?.city?.fr ?? ""))].join(" et ");
console.log(
  `${fr.date(event.startOn)} – ${fr.date(event.endOn)}, ${cities} : ${event.sessions.length} séances dont ` +
    `${event.sessions.filter((s) => s.kind === "workshop").length} ateliers, ${checked.warnings.length} avertissement(s)`,
);
const reached = computeReach({ events: [event], participants, attendance, persons, organizations });
if (!reached.ok) fail("computeReach", reached.issues);
console.log(
  `Participation : ${reached.value.persons} personnes (${reached.value.personsBySex.female} femmes, ${reached.value.personsBySex.male} hommes), ` +
    `${reached.value.organizations} organisations, ${reached.value.attendances} présences`,
);
for (const a of agreements) {
  const r = validatePartnershipAgreement(a, { locale: "fr", asOf: GENERATED_AT.slice(0, 10) });
  if (!r.ok) fail(`validatePartnershipAgreement ${a.id}`, r.issues);
}
for (const h of honours) {
  const r = validateHonour(h, { locale: "fr" });
  if (!r.ok) fail(`validateHonour ${h.id ?? ""}`, r.issues);
}
console.log(
  `Conventions signées : ${agreements.length} ; institutions distinguées : ${honours.map((h) => h.institution.ar).join("، ")}`,
);

// 2. The draw. At the opening, only the commitment is published; the seed stays secret until the ceremony.
const commitment = commitSeed(DRAW_SEED, { locale: "fr" });
if (!commitment.ok) fail("commitSeed", commitment.issues);
write("commitment.txt", `${commitment.value}  publié le ${COMMITTED_AT} (SHA-256 de la graine, UTF-8)\n`);
console.log(`\nTirage au sort — engagement publié le ${COMMITTED_AT} : ${commitment.value}`);

const present = new Set(attendance.filter((a) => a.present).map((a) => a.personId));
const participating = institutions.filter((o) =>
  participants.some((p) => p.organizationId === o.id && present.has(p.personId)),
);
const drawn = runDraw(
  {
    seed: DRAW_SEED,
    commitment: commitment.value,
    entries: participating.map((o) => ({ id: o.id, name: o.name, organizationId: o.id })),
    k: 2,
    title: {
      ar: "قرعة الشريط التوثيقي الإشهاري",
      fr: "Tirage des documentaires promotionnels",
      en: "Promotional documentaries draw",
    },
    prize: { ar: "شريط توثيقي إشهاري", fr: "Un documentaire promotionnel", en: "A promotional documentary" },
    drawnAt: DRAWN_AT,
  },
  { locale: "fr" },
);
if (!drawn.ok) fail("runDraw", drawn.issues);
const record = drawn.value;
const verified = verifyDraw(JSON.parse(JSON.stringify(record)), { commitment: commitment.value, locale: "fr" });
if (!verified.ok) fail("verifyDraw", verified.issues);
const tampered = verifyDraw({ ...record, winners: [...record.winners].reverse() }, { locale: "fr" });
write("draw.json", `${JSON.stringify(record, null, 2)}\n`);
const nameOf = (id: string): string => organizations.find((o) => o.id === id)?.name.ar ?? id;
console.log(`  graine révélée le ${DRAWN_AT} : ${DRAW_SEED}`);
console.log(
  `  ${record.eligible.length} institutions éligibles, ${record.k} gagnantes : ${record.winners.map((w, i) => `${i + 1}. ${nameOf(w)} (${w})`).join(" ; ")}`,
);
console.log(
  `  vérification : ${verified.ok ? "conforme" : "NON conforme"} ; gagnants permutés : ${tampered.ok ? "accepté (!)" : tampered.issues.map((i) => i.code).join(", ")}`,
);

// 3. Certificates, signed with a key generated for this run; the public key is published with them.
const keys = await generateIssuerKeyPair();
const issued = await issueCertificates(
  {
    event: {
      id: event.id,
      title: event.title,
      startOn: event.startOn,
      endOn: event.endOn,
      place: { ar: "سيدي بنور والجديدة", fr: "Sidi Bennour et El Jadida", en: "Sidi Bennour and El Jadida" },
      organizer: network.name,
    },
    issuer: { id: NETWORK_ID, name: network.name, keyId: keys.keyId },
    issuedOn: "2024-12-29",
    participants: [...participants],
    attendance: [...attendance],
    sessions: event.sessions.map((s) => ({
      id: s.id,
      minutes:
        Number(s.end.slice(0, 2)) * 60 +
        Number(s.end.slice(3)) -
        Number(s.start.slice(0, 2)) * 60 -
        Number(s.start.slice(3)),
    })),
    organizations: organizations.map((o) => ({ id: o.id, name: o.name })),
    rule: { minSessions: 1, roles: ["participant", "trainer"] },
    serial: { prefix: "RJD-LT5-2024", digits: 3 },
  },
  keys.privateKey,
  { locale: "fr" },
);
if (!issued.ok) fail("issueCertificates", issued.issues);
const { certificates, notEligible } = issued.value;
let valid = 0;
const languages = { ar: 0, fr: 0 };
for (const c of certificates) {
  const published = { algorithm: "Ed25519", publicKey: keys.publicKeyText } as const;
  if ((await verifyCertificate(c, published, { locale: "fr" })).ok) valid += 1;
  const language = attendees.find((a) => a.person.id === c.holder.personId)?.certificateLanguage ?? "ar";
  const h = renderCertificateHtml(c, { locale: language, publicKeyText: keys.publicKeyText });
  if (!h.ok) fail(`renderCertificateHtml ${c.serial}`, h.issues);
  write(join("certificates", `${c.serial}.html`), h.value);
  languages[language] += 1;
}
write(
  "certificates.json",
  `${JSON.stringify({ issuer: network.name, keyId: keys.keyId, publicKey: keys.publicKeyText, certificates, notEligible }, null, 2)}\n`,
);
const totalHours = certificates.reduce((s, c) => s + c.hours, 0);
console.log(
  `\nAttestations : ${certificates.length} émises (${languages.ar} en arabe, ${languages.fr} en français), ${valid} vérifiées ` +
    `avec la clé publique ${keys.keyId} ; ${fr.decimal(totalHours, 1)} heures de formation attestées`,
);
for (const n of notEligible)
  console.log(`  sans attestation : ${n.personId} — ${n.reasons.map((r) => r.message).join(" ; ")}`);

// 4. The general report in Arabic, French and English.
for (const language of ["ar", "fr", "en"] as const) {
  const r = eventGeneralReport(
    {
      event,
      organizations: [...organizations],
      persons: [...persons],
      participants: [...participants],
      attendance: [...attendance],
      agreements: [...agreements],
      honours: [...honours],
      draws: [record],
      achievements: [...achievements],
      recommendations: [...recommendations],
      indicators: [
        {
          label: { ar: "الشهادات المسلمة", fr: "Attestations remises", en: "Certificates issued" },
          value: certificates.length,
          target: participants.length,
        },
        {
          label: {
            ar: "ساعات التكوين المشهود بها",
            fr: "Heures de formation attestées",
            en: "Training hours certified",
          },
          value: totalHours,
        },
      ],
    },
    { language, generatedAt: GENERATED_AT },
  );
  if (!r.ok) fail(`eventGeneralReport ${language}`, r.issues);
  const h = renderHtml(r.value);
  if (!h.ok) fail(`HTML ${language}`, h.issues);
  write(`general-report-${language}.html`, h.value);
}

console.log(
  `\nFichiers : commitment.txt, draw.json, certificates.json, certificates/ (${certificates.length} HTML), general-report-ar.html, general-report-fr.html, general-report-en.html`,
);
console.log(`Rapports écrits dans ${out}`);
