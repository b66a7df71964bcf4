/**
 * Scenario 2: the provincial delegation of Entraide nationale (التعاون الوطني) in Larache meets
 * the associations of its province. The script validates the meeting's programme, registers the participants
 * against the room's capacity (waitlist, a withdrawal, a promotion), records attendance, checks the partnership
 * agreements signed and activated at the meeting with validatePartnershipAgreement (a draft naming one party is
 * refused), computes the success indicators of the centers the delegation funds, and writes the general report
 * of the meeting in Arabic and French (HTML), the agreements table (CSV, ar and fr) and the report's input
 * (`meeting.json`). Output goes to `examples/out/provincial-partnerships/` (or the folder given as argument).
 *
 *   pnpm example provincial-partnerships [out-dir]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Attendance,
  cancelRegistration,
  computeReach,
  DEFAULT_CATALOGUE,
  eventGeneralReport,
  type Roster,
  register,
  validateEvent,
} from "@madani/events";
import {
  AgreementStatus,
  FacilityKind,
  type Issue,
  labelOf,
  type Money,
  type PartnershipAgreement,
  sumMoney,
  validateFacility,
  validatePartnershipAgreement,
} from "@madani/model";
import { createFormatter, createReport, type ReportDocument, renderCsv, renderHtml } from "@madani/report";
import {
  AS_OF,
  actionPlan,
  centers,
  DELEGATION,
  DELEGATION_ID,
  draftWithoutPartner,
  earlierAgreement,
  event,
  GENERATED_AT,
  OCCUPANCY_TARGET,
  organizations,
  persons,
  requests,
  signedAgreements,
  WITHDRAWN,
} from "./data/provincial-partnerships.js";

const out = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "out", "provincial-partnerships"));
mkdirSync(out, { recursive: true });

function fail(what: string, issues: readonly Issue<string>[]): never {
  for (const i of issues) console.error(`  ${i.code} at ${i.path.join(".")}: ${i.message}`);
  throw new Error(`${what} failed`);
}

const fr = createFormatter({ language: "fr" });
const pct = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10);

console.log(`${DELEGATION.name.ar} — ${DELEGATION.name.fr}`);

// 1. The programme.
const checked = validateEvent(event, { locale: "fr", catalogue: DEFAULT_CATALOGUE });
if (!checked.ok) fail("validateEvent", checked.issues);
for (const w of checked.warnings) console.log(`  avertissement ${w.code} : ${w.message}`);
console.log(
  `« ${event.title.fr} », ${fr.date(event.startOn)} : ${event.sessions.length} séances, salle de ${event.capacity ?? "—"} places`,
);

// 2. Registration against the room's capacity, then a withdrawal that frees a seat for the waitlist.
let roster: Roster = {
  eventId: event.id,
  participants: [],
  ...(event.capacity === undefined ? {} : { capacity: event.capacity }),
};
for (const r of requests) {
  const registered = register(roster, { ...r, eventId: event.id }, { locale: "fr" });
  if (!registered.ok) fail(`register ${r.personId}`, registered.issues);
  roster = registered.value.roster;
}
const waitlisted = roster.participants.filter((p) => p.status === "waitlisted").length;
const cancelled = cancelRegistration(roster, WITHDRAWN, { locale: "fr" });
if (!cancelled.ok) fail("cancelRegistration", cancelled.issues);
roster = cancelled.value.roster;
const confirmed = roster.participants.filter((p) => p.status === "confirmed");
console.log(
  `Inscriptions : ${requests.length} demandes, ${waitlisted} en liste d'attente ; désistement de ${WITHDRAWN}, ` +
    `${cancelled.value.promoted?.personId ?? "personne"} promu(e) ; ${confirmed.length} confirmé(e)s`,
);

// 3. Attendance: the confirmed attend every session but the break; some association members leave before the signing.
const attendance: Attendance[] = confirmed.flatMap((p, n) =>
  event.sessions
    .filter((s) => s.kind !== "break")
    .map((s) => ({
      personId: p.personId,
      sessionId: s.id,
      present: !(s.id === "s-signing" && p.role === "participant" && n % 4 === 1),
    })),
);
const reached = computeReach({
  events: [event],
  participants: roster.participants,
  attendance,
  persons,
  organizations,
});
if (!reached.ok) fail("computeReach", reached.issues);
const reach = reached.value;
console.log(
  `Présence : ${reach.persons} personnes, ${reach.organizations} organisations ` +
    `(${reach.organizationsByType.association ?? 0} associations), ${fr.percent(pct(reach.personsBySex.female, reach.persons), 1)} de femmes`,
);

// 4. Agreements: every one is checked; a refused one is reported with its messages and left out.
const agreements: PartnershipAgreement[] = [];
for (const input of [...signedAgreements, earlierAgreement, draftWithoutPartner]) {
  const r = validatePartnershipAgreement(input, { locale: "fr", asOf: AS_OF });
  if (r.ok) {
    agreements.push(r.value);
    for (const w of r.warnings) console.log(`  avertissement ${w.code} : ${w.message}`);
    continue;
  }
  for (const locale of ["fr", "ar"] as const) {
    const again = validatePartnershipAgreement(input, { locale, asOf: AS_OF });
    if (!again.ok)
      for (const i of again.issues) console.log(`  convention refusée [${locale}] ${i.code} : ${i.message}`);
  }
}
const atMeeting = agreements.filter((a) => a.signingEventId === event.id);
const active = atMeeting.filter((a) => a.status === "active");
const funding = (a: PartnershipAgreement): Money =>
  sumMoney(
    a.parties
      .filter((p) => p.organizationId === DELEGATION_ID)
      .flatMap((p) => p.contributions ?? [])
      .flatMap((c) => (c.kind === "financial" && c.amount !== undefined ? [c.amount] : [])),
  );
const committed = sumMoney(atMeeting.map(funding));
console.log(
  `Conventions signées pendant la rencontre : ${atMeeting.length} (${active.length} en vigueur, ${atMeeting.length - active.length} à activer) ; ` +
    `engagement de l'Entraide nationale ${fr.money(committed)}`,
);

// 5. The centers and their success indicators.
for (const c of centers) {
  const r = validateFacility(c, { locale: "fr" });
  if (!r.ok) fail(`validateFacility ${c.id}`, r.issues);
}
const byId = new Map(organizations.map((o) => [o.id, o]));
const underAgreement = centers.filter((c) =>
  atMeeting.some((a) =>
    a.parties.some((p) => p.role === "implementer" && p.organizationId === c.managingOrganizationId),
  ),
);
const beneficiaries = centers.reduce((s, c) => s + (c.beneficiaries?.total ?? 0), 0);
const women = centers.reduce((s, c) => s + (c.beneficiaries?.female ?? 0), 0);
const occupancy = (c: (typeof centers)[number]): number => pct(c.beneficiaries?.total ?? 0, c.capacity ?? 0);
console.log(
  `Centres : ${centers.length} (${underAgreement.length} sous convention), ${beneficiaries} bénéficiaires en 2023, ` +
    `dont ${fr.percent(pct(women, beneficiaries), 1)} de femmes et de filles`,
);
for (const c of centers) {
  const manager =
    c.managingOrganizationId === DELEGATION_ID
      ? "gestion directe"
      : (byId.get(c.managingOrganizationId)?.name.fr ?? "?");
  console.log(
    `  ${c.name.fr} (${manager}) : taux d'occupation ${fr.percent(occupancy(c), 1)}` +
      `${occupancy(c) >= OCCUPANCY_TARGET ? "" : ` < cible ${OCCUPANCY_TARGET} %`}`,
  );
}

const indicators = [
  {
    label: { ar: "عدد المراكز المسيرة في إطار اتفاقية شراكة", fr: "Centres gérés sous convention de partenariat" },
    value: underAgreement.length,
    target: centers.filter((c) => c.managingOrganizationId !== DELEGATION_ID).length,
  },
  {
    label: { ar: "نسبة الاتفاقيات المفعلة (%)", fr: "Part des conventions activées (%)" },
    value: pct(active.length, atMeeting.length),
    target: 100,
  },
  {
    label: { ar: "عدد المستفيدين من المراكز سنة 2023", fr: "Bénéficiaires des centres en 2023" },
    value: beneficiaries,
    target: centers.reduce((s, c) => s + Math.round(((c.capacity ?? 0) * OCCUPANCY_TARGET) / 100), 0),
  },
  ...centers.map((c) => ({
    label: {
      ar: `نسبة ملء ${c.name.ar ?? ""} (%)`,
      fr: `Taux d'occupation — ${c.name.fr ?? ""} (%)`,
    },
    value: occupancy(c),
    target: OCCUPANCY_TARGET,
  })),
];

// 6. The outputs.
function write(name: string, content: string): void {
  writeFileSync(join(out, name), content);
}
function html(name: string, doc: ReportDocument): void {
  const r = renderHtml(doc);
  if (!r.ok) fail(name, r.issues);
  write(name, r.value);
}

// The report's input type wants mutable arrays (z.input of its schema): readonly data is copied.
const input = {
  event,
  organizations: [...organizations],
  persons,
  participants: roster.participants,
  attendance,
  agreements,
  recommendations: [...actionPlan],
  achievements: [
    {
      ar: `توقيع ${atMeeting.length} اتفاقيات شراكة لتسيير المراكز وتفعيل ${active.length} منها`,
      fr: `${atMeeting.length} conventions de gestion des centres signées, dont ${active.length} activées`,
    },
    {
      ar: "تقديم الجمعيات الحاضرة لمشاريعها وآليات اشتغالها وآليات تحقيق الجودة",
      fr: "Les associations présentes ont exposé leurs projets, leur fonctionnement et leurs démarches qualité",
    },
  ],
  indicators,
};
for (const language of ["ar", "fr"] as const) {
  const r = eventGeneralReport(input, { language, generatedAt: GENERATED_AT });
  if (!r.ok) fail(`eventGeneralReport ${language}`, r.issues);
  html(`general-report-${language}.html`, r.value);
}

function agreementsTable(language: "ar" | "fr"): ReportDocument {
  const t = (x: { ar?: string | undefined; fr?: string | undefined }) => (language === "ar" ? x.ar : x.fr) ?? "";
  const centerOf = (a: PartnershipAgreement) => {
    const implementer = a.parties.find((p) => p.role === "implementer")?.organizationId;
    return centers.find(
      (c) => c.managingOrganizationId === implementer && a.period.endOn !== undefined && a.period.endOn > AS_OF,
    );
  };
  return createReport({
    title: {
      ar: "اتفاقيات الشراكة للمندوبية الإقليمية للتعاون الوطني بالعرائش",
      fr: "Conventions de partenariat de la délégation provinciale de l'Entraide nationale à Larache",
    },
    language,
    generatedAt: GENERATED_AT,
  })
    .section({ ar: "الاتفاقيات", fr: "Conventions" }, (s) =>
      s.table({
        id: "agreements",
        title: { ar: "الاتفاقيات", fr: "Conventions" },
        columns: [
          { key: "reference", label: { ar: "المرجع", fr: "Référence" }, type: "text" },
          { key: "agreement", label: { ar: "الاتفاقية", fr: "Convention" }, type: "text" },
          { key: "center", label: { ar: "المركز", fr: "Centre" }, type: "text" },
          { key: "kind", label: { ar: "نوع المركز", fr: "Type de centre" }, type: "text" },
          { key: "partner", label: { ar: "الجمعية الشريكة", fr: "Association partenaire" }, type: "text" },
          { key: "startOn", label: { ar: "البداية", fr: "Début" }, type: "date" },
          { key: "endOn", label: { ar: "النهاية", fr: "Fin" }, type: "date" },
          { key: "signedOn", label: { ar: "تاريخ التوقيع", fr: "Signée le" }, type: "date" },
          { key: "status", label: { ar: "الوضعية", fr: "Statut" }, type: "status" },
          {
            key: "funding",
            label: { ar: "مساهمة التعاون الوطني", fr: "Contribution de l'Entraide nationale" },
            type: "money",
          },
        ],
        rows: agreements.map((a) => {
          const center = centerOf(a);
          const partner = a.parties.find((p) => p.role === "implementer")?.organizationId;
          return {
            reference: a.reference ?? a.id,
            agreement: t(a.title),
            center: center === undefined ? "" : t(center.name),
            kind: center === undefined ? "" : labelOf(FacilityKind, center.kind, language),
            partner: partner === undefined ? "" : t(byId.get(partner)?.name ?? {}),
            startOn: a.period.startOn,
            endOn: a.period.endOn ?? null,
            signedOn: a.signedOn ?? null,
            status: {
              label: labelOf(AgreementStatus, a.status, language),
              tone: a.status === "active" ? "positive" : a.status === "signed" ? "info" : "neutral",
            },
            funding: funding(a),
          };
        }),
        footer: {
          reference: language === "ar" ? "المجموع" : "Total",
          funding: sumMoney(agreements.map(funding)),
        },
      }),
    )
    .build();
}
const csvNames: string[] = [];
for (const language of ["ar", "fr"] as const) {
  const csv = renderCsv(agreementsTable(language), { bom: true, separator: ";", decimalSeparator: "," });
  if (!csv.ok) fail(`CSV ${language}`, csv.issues);
  for (const file of csv.value) {
    const name = `${file.tableId}-${language}.csv`;
    write(name, file.content);
    csvNames.push(name);
  }
}
write(
  "meeting.json",
  `${JSON.stringify({ event, participants: roster.participants, attendance, agreements, indicators }, null, 2)}\n`,
);

console.log(`\nFichiers : general-report-ar.html, general-report-fr.html, ${csvNames.join(", ")}, meeting.json`);
console.log(`Rapports écrits dans ${out}`);
