import {
  FieldOfAction,
  type GoverningBody,
  GoverningBodyKind,
  guardInput,
  LegalForm,
  labelOf,
  type Mandate,
  MandateRole,
  type Organization,
  PartyRole,
  sumMoney,
  type ValidationResult,
} from "@madani/model";
import { createReport, type SectionBuilder } from "../document/builder.js";
import type { KeyFigure, ReportDocument, ReportText, Row } from "../document/document.js";
import { percentShares } from "../format/shares.js";
import { ActivityKind } from "./activityKind.js";
import { type ActivitySummary, summarizeActivities } from "./activitySummary.js";
import { type GeneralAssemblyActivity, inputCurrency } from "./input.js";
import type { GeneralAssemblyIssueCode } from "./messages.js";
import type { GeneralAssemblyReportOptions } from "./options.js";
import { type Prepared, prepare, reportMeta } from "./prepare.js";
import {
  agreementStatusCell,
  communeName,
  communeOfCode,
  inLanguage,
  partyNames,
  placeText,
  plain,
  provinceName,
  type Writer,
  writer,
} from "./text.js";

/** Most rows a Gantt chart of the document model holds. */
const GANTT_MAX_ROWS = 2000;

function seatText(org: Organization, w: Writer): string | undefined {
  const seat = org.seat;
  if (seat === undefined) return undefined;
  const parts: string[] = [];
  if (seat.line !== undefined) parts.push(plain(seat.line, w.lang));
  if (seat.douar !== undefined) parts.push(plain(seat.douar, w.lang));
  if (seat.city !== undefined) parts.push(plain(seat.city, w.lang));
  const commune = seat.communeCode === undefined ? undefined : communeName(seat.communeCode);
  // French elides "de" before a vowel: "commune d'Irhzrane", "province d'Errachidia".
  const elided = (name: string) => w.lang === "fr" && /^[AEIOUYÉÈÊ]/i.test(name);
  if (commune !== undefined) {
    const name = plain(commune, w.lang);
    parts.push(w.s(elided(name) ? "seat.communeElided" : "seat.commune", { name }));
  }
  const provinceCode =
    seat.provinceCode ?? (seat.communeCode === undefined ? undefined : communeOfCode(seat.communeCode)?.provinceCode);
  const province = provinceCode === undefined ? undefined : provinceName(provinceCode);
  if (province !== undefined) {
    const name = plain(province, w.lang);
    parts.push(w.s(elided(name) ? "seat.provinceElided" : "seat.province", { name }));
  }
  return parts.length === 0 ? undefined : parts.join(w.comma);
}

function activeOn(m: Mandate, date: string): boolean {
  // A mandate whose start is not known counts as held.
  return (m.startOn === undefined || m.startOn <= date) && (m.endOn === undefined || m.endOn >= date);
}

function governance(s: SectionBuilder, p: Prepared, w: Writer): void {
  const v = p.input;
  const roleOrder = new Map(MandateRole.values.map((r, i) => [r, i]));
  const bodies: { body: GoverningBody; mandates: Mandate[] }[] = [];
  for (const body of v.organization.governingBodies ?? []) {
    const mandates = body.mandates
      .filter((m) => activeOn(m, v.assemblyOn))
      .sort(
        (a, b) =>
          (roleOrder.get(a.role) ?? 0) - (roleOrder.get(b.role) ?? 0) ||
          ((a.startOn ?? "") < (b.startOn ?? "") ? -1 : (a.startOn ?? "") > (b.startOn ?? "") ? 1 : 0) ||
          (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
      );
    if (mandates.length > 0) bodies.push({ body, mandates });
  }
  if (bodies.length === 0) {
    s.paragraph(w.t("governance.none"));
    return;
  }
  bodies.forEach(({ body, mandates }, i) => {
    const name: ReportText = body.name ?? GoverningBodyKind.labels[body.kind];
    const bodyName = typeof name === "string" ? name : plain(name, w.lang);
    s.table({
      id: `governing-body-${i + 1}`,
      title: w.t("governance.table", { body: bodyName, date: w.fmt.date(v.assemblyOn) }),
      columns: [
        { key: "role", label: w.t("col.role"), type: "text" },
        ...(p.showPersonNames ? [{ key: "member", label: w.t("col.member"), type: "text" as const }] : []),
        { key: "since", label: w.t("col.since"), type: "date" },
      ],
      rows: mandates.map((m) => ({
        role: { ...MandateRole.labels[m.role] },
        ...(p.showPersonNames ? { member: m.personName ?? m.personId } : {}),
        since: m.startOn ?? null,
      })),
    });
  });
  if (!p.showPersonNames) s.note(w.t("governance.redacted"), "info");
}

function introduction(s: SectionBuilder, p: Prepared, w: Writer): void {
  const v = p.input;
  const org = v.organization;
  s.paragraph(
    w.t("intro.moral", {
      organization: plain(org.name, w.lang),
      start: w.fmt.date(v.period.startOn),
      end: w.fmt.date(v.period.endOn),
      date: w.fmt.date(v.assemblyOn),
    }),
  );
  if (org.purpose !== undefined) s.paragraph(org.purpose);
  const facts: ReportText[] = [w.t("intro.legalForm", { value: labelOf(LegalForm, org.legalForm, w.lang) })];
  if (org.foundedOn !== undefined) facts.push(w.t("intro.foundedOn", { value: w.fmt.date(org.foundedOn) }));
  const seat = seatText(org, w);
  if (seat !== undefined) facts.push(w.t("intro.seat", { value: seat }));
  if (org.fieldsOfAction !== undefined && org.fieldsOfAction.length > 0) {
    const fields = org.fieldsOfAction.map((f) => labelOf(FieldOfAction, f, w.lang)).join(w.comma);
    facts.push(w.t("intro.fields", { value: fields }));
  }
  s.list(facts);
  s.section(w.t("section.governance"), (g) => governance(g, p, w), "governing-bodies");
}

function keyFigures(s: SectionBuilder, p: Prepared, w: Writer, summary: ActivitySummary): void {
  const items: KeyFigure[] = [
    { label: w.t("figure.activities"), value: summary.activityCount, format: { type: "integer" } },
    { label: w.t("figure.beneficiaries"), value: summary.beneficiaries.total, format: { type: "integer" } },
  ];
  if (summary.femaleShare !== undefined) {
    items.push({
      label: w.t("figure.femaleShare"),
      value: summary.femaleShare,
      format: { type: "percent", decimals: 1 },
    });
  }
  items.push(
    { label: w.t("figure.partners"), value: summary.partnerIds.length, format: { type: "integer" } },
    { label: w.t("figure.agreements"), value: (p.input.agreements ?? []).length, format: { type: "integer" } },
  );
  s.figures(items);
}

function byField(s: SectionBuilder, w: Writer, summary: ActivitySummary): void {
  if (summary.byField.length === 0) {
    s.paragraph(w.t("activities.none"));
    return;
  }
  const shares = percentShares(summary.byField.map((f) => f.activities));
  const fieldLabel = (f: (typeof FieldOfAction.values)[number]): ReportText => ({ ...FieldOfAction.labels[f] });
  s.table({
    id: "activities-by-field",
    title: w.t("byField.table"),
    columns: [
      { key: "field", label: w.t("col.field"), type: "text" },
      { key: "activities", label: w.t("col.activities"), type: "integer" },
      { key: "share", label: w.t("col.share"), type: "percent", decimals: 1 },
      { key: "beneficiaries", label: w.t("col.beneficiaries"), type: "integer" },
    ],
    rows: summary.byField.map((f, i) => ({
      field: fieldLabel(f.field),
      activities: f.activities,
      share: shares[i] ?? 0,
      beneficiaries: f.beneficiaries,
    })),
    footer: {
      field: w.t("total"),
      activities: summary.activityCount,
      share: 100,
      beneficiaries: summary.beneficiaries.total,
    },
  });
  s.chart({
    kind: "bar",
    title: w.t("byField.chart"),
    format: { type: "integer" },
    categories: summary.byField.map((f) => fieldLabel(f.field)),
    series: [{ name: w.t("col.activities"), values: summary.byField.map((f) => f.activities) }],
  });
}

function byDate(activities: readonly GeneralAssemblyActivity[]): GeneralAssemblyActivity[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...activities].sort(
    (a, b) => cmp(a.startOn, b.startOn) || cmp(a.endOn ?? a.startOn, b.endOn ?? b.startOn) || cmp(a.id, b.id),
  );
}

function activityList(s: SectionBuilder, p: Prepared, w: Writer, summary: ActivitySummary): void {
  const activities = byDate(p.input.activities ?? []);
  if (activities.length === 0) {
    s.paragraph(w.t("activities.none"));
    return;
  }
  s.table({
    id: "activities",
    title: w.t("activities.table"),
    columns: [
      { key: "from", label: w.t("col.from"), type: "date" },
      { key: "to", label: w.t("col.to"), type: "date" },
      { key: "title", label: w.t("col.activity"), type: "text" },
      { key: "kind", label: w.t("col.kind"), type: "text" },
      { key: "place", label: w.t("col.place"), type: "text" },
      { key: "field", label: w.t("col.field"), type: "text" },
      { key: "beneficiaries", label: w.t("col.beneficiaries"), type: "integer" },
    ],
    rows: activities.map(
      (a): Row => ({
        from: a.startOn,
        to: a.endOn === undefined || a.endOn === a.startOn ? null : a.endOn,
        title: a.title,
        kind: a.kind === undefined ? null : { ...ActivityKind.labels[a.kind] },
        place: a.place === undefined ? null : placeText(a.place),
        field: { ...FieldOfAction.labels[a.field] },
        beneficiaries: a.beneficiaries?.total ?? null,
      }),
    ),
    footer: { title: w.t("total"), beneficiaries: summary.beneficiaries.total },
  });
}

function beneficiaries(s: SectionBuilder, w: Writer, summary: ActivitySummary): void {
  const b = summary.beneficiaries;
  if (b.total === 0) {
    s.paragraph(w.t("beneficiaries.none"));
    return;
  }
  const categories = [
    { key: "sex.female" as const, count: b.female },
    { key: "sex.male" as const, count: b.male },
    ...(b.unspecified > 0 ? [{ key: "sex.unspecified" as const, count: b.unspecified }] : []),
  ];
  const shares = percentShares(categories.map((c) => c.count));
  s.table({
    id: "beneficiaries-by-sex",
    title: w.t("beneficiaries.table"),
    columns: [
      { key: "category", label: w.t("col.category"), type: "text" },
      { key: "count", label: w.t("col.count"), type: "integer" },
      { key: "share", label: w.t("col.share"), type: "percent", decimals: 1 },
    ],
    rows: categories.map((c, i) => ({ category: w.t(c.key), count: c.count, share: shares[i] ?? 0 })),
    footer: { category: w.t("total"), count: b.total, share: 100 },
  });
  s.chart({
    kind: "donut",
    title: w.t("beneficiaries.chart"),
    format: { type: "integer" },
    slices: categories.filter((c) => c.count > 0).map((c) => ({ label: w.t(c.key), value: c.count })),
  });
  if (b.children > 0) s.paragraph(w.t("beneficiaries.children", { count: w.fmt.integer(b.children) }));
}

function partnerships(s: SectionBuilder, p: Prepared, w: Writer, summary: ActivitySummary): void {
  const v = p.input;
  const nameOf = partyNames(v);
  const currency = inputCurrency(v);
  const agreements = [...(v.agreements ?? [])].sort((a, b) =>
    a.period.startOn < b.period.startOn
      ? -1
      : a.period.startOn > b.period.startOn
        ? 1
        : a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0,
  );
  if (agreements.length === 0) s.paragraph(w.t("partnerships.none"));
  else {
    const textOf = (t: ReportText) => (typeof t === "string" ? t : plain(t, w.lang));
    s.table({
      id: "partnership-agreements",
      title: w.t("partnerships.table"),
      columns: [
        { key: "agreement", label: w.t("col.agreement"), type: "text" },
        { key: "parties", label: w.t("col.parties"), type: "text" },
        { key: "object", label: w.t("col.object"), type: "text" },
        { key: "from", label: w.t("col.from"), type: "date" },
        { key: "to", label: w.t("col.to"), type: "date" },
        { key: "status", label: w.t("col.status"), type: "status" },
        { key: "contributions", label: w.t("col.contributions"), type: "money" },
      ],
      rows: agreements.map((a): Row => {
        const amounts = a.parties.flatMap((party) =>
          (party.contributions ?? []).flatMap((c) =>
            c.kind === "financial" && c.amount !== undefined ? [c.amount] : [],
          ),
        );
        const parties = a.parties
          .map((party) => `${textOf(nameOf(party.organizationId))} (${labelOf(PartyRole, party.role, w.lang)})`)
          .join(w.lang === "ar" ? "؛ " : "; ");
        return {
          agreement: a.title,
          parties: inLanguage(w.lang, parties),
          object: a.object ?? null,
          from: a.period.startOn,
          to: a.period.endOn ?? null,
          status: agreementStatusCell(a.status),
          contributions: amounts.length === 0 ? null : sumMoney(amounts, currency),
        };
      }),
    });
  }
  if (summary.partnerIds.length > 0) {
    const kinds = new Map((v.partners ?? []).map((x) => [x.id, x.kind]));
    const joint = new Map<string, number>();
    for (const a of v.activities ?? [])
      for (const id of new Set(a.partnerIds ?? [])) joint.set(id, (joint.get(id) ?? 0) + 1);
    s.table({
      id: "partners",
      title: w.t("partners.table"),
      columns: [
        { key: "partner", label: w.t("col.partner"), type: "text" },
        { key: "kind", label: w.t("col.legalForm"), type: "text" },
        { key: "activities", label: w.t("col.jointActivities"), type: "integer" },
      ],
      rows: summary.partnerIds.map((id): Row => {
        const kind = kinds.get(id);
        return {
          partner: nameOf(id),
          kind: kind === undefined ? null : { ...LegalForm.labels[kind] },
          activities: joint.get(id) ?? 0,
        };
      }),
    });
  }
}

function schedule(s: SectionBuilder, p: Prepared, w: Writer): void {
  const activities = byDate(p.input.activities ?? []);
  const shown = activities.slice(0, GANTT_MAX_ROWS);
  s.chart({
    kind: "gantt",
    title: w.t("schedule.chart"),
    rows: shown.map((a) => ({
      label: a.title,
      group: { ...FieldOfAction.labels[a.field] },
      startOn: a.startOn,
      endOn: a.endOn ?? a.startOn,
    })),
  });
  if (shown.length < activities.length) {
    s.note(
      w.t("schedule.truncated", { shown: w.fmt.integer(shown.length), total: w.fmt.integer(activities.length) }),
      "info",
    );
  }
}

/**
 * Build the moral (activity) report an association presents to its general
 * assembly (التقرير الأدبي, rapport moral), as a report document.
 *
 * @param input - the association's data for the period (see {@link GeneralAssemblyInputSchema});
 * any value is accepted and checked with {@link validateGeneralAssemblyInput}.
 * @param options - `locale` of the issue messages (default: the input's language),
 * `showPersonNames` (default `false`), `numerals`, `hijri`, `maxIssues`.
 * @returns `{ ok: true, value, warnings }` with the document in the input's
 * `language`, or `{ ok: false, issues }`. Never throws on bad input.
 * @remarks Sections: introduction (the organization, its seat, the governing
 * bodies as of the assembly date with roles labelled by `MandateRole`; names
 * of people only with `showPersonNames`, since they are personal data), key
 * figures (activities, beneficiaries, share of women and girls, partners,
 * agreements), activities by field (table and bar chart), the list of
 * activities by date, beneficiaries by sex (table and donut), partnerships
 * (agreements with parties, object, period, status and financial
 * contributions; partners and joint activities) and a Gantt chart of the
 * activities. Counts follow {@link summarizeActivities}; percentages come from
 * integer arithmetic and add up to 100.0. Same input, same document.
 * Never throws: input that throws when read gives `input.unreadable`.
 * @example
 * ```ts
 * const r = moralReport(input, { showPersonNames: false });
 * if (r.ok) writeFileSync("rapport-moral.html", renderHtml(r.value));
 * else console.error(r.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
 * ```
 */
export function moralReport(
  input: unknown,
  options?: GeneralAssemblyReportOptions,
): ValidationResult<ReportDocument, GeneralAssemblyIssueCode> {
  return guardInput(() => {
    const prepared = prepare(input, options);
    if (!prepared.ok) return prepared;
    const p = prepared.value;
    const w = writer(p.input.language, p.fmt);
    const summary = summarizeActivities(p.input);
    const report = createReport(reportMeta(p, "moral.title"))
      .section(w.t("section.introduction"), (s) => introduction(s, p, w), "introduction")
      .section(w.t("section.keyFigures"), (s) => keyFigures(s, p, w, summary), "key-figures")
      .section(w.t("section.byField"), (s) => byField(s, w, summary), "activities-by-field")
      .section(w.t("section.activities"), (s) => activityList(s, p, w, summary), "activities")
      .section(w.t("section.beneficiaries"), (s) => beneficiaries(s, w, summary), "beneficiaries")
      .section(w.t("section.partnerships"), (s) => partnerships(s, p, w, summary), "partnerships");
    if ((p.input.activities ?? []).length > 0) {
      report.section(w.t("section.schedule"), (s) => schedule(s, p, w), "schedule");
    }
    return { ok: true, value: report.build(), warnings: p.warnings };
  });
}
