import type { DeepReadonly } from "@madani/model";
import {
  AgreementStatus,
  atBoundary,
  type BoundaryIssueCode,
  type Issue,
  LegalForm,
  labelOf,
  MultilingualTextSchema,
  makeIssue,
  OrganizationSchema,
  PartnershipAgreementSchema,
  PersonSchema,
  type Result,
  Sex,
} from "@madani/model";
import { findProvince } from "@madani/model/geo";
import {
  type Cell,
  type Column,
  codeText,
  createFormatter,
  createReport,
  type KeyFigure,
  type ReportDocument,
  type Row,
} from "@madani/report";
import * as z from "zod";
import { type Catalogue, DEFAULT_CATALOGUE, topicLabel } from "../catalogue/topic.js";
import { HonourAward, HonourSchema } from "../competition/honour.js";
import { DRAW_ALGORITHM, DrawRecordSchema } from "../draw/draw.js";
import { EventKind, EventPartnerRole, SessionKind, WORKSHOP_KINDS } from "../event/kinds.js";
import { validateEvent } from "../event/validateEvent.js";
import { RecommendationSchema } from "../meeting/meeting.js";
import { attendanceBySession } from "../participants/attendance.js";
import { AttendanceSchema, ParticipantSchema } from "../participants/participant.js";
import { AgeGroup, computeReach, UNKNOWN } from "../participants/reach.js";
import { type EventReportOptions, type LooseText, label, textOf } from "./labels.js";
import { type ReportIssueCode, reportMessages } from "./messages.js";
import { ownerText } from "./owner.js";

/**
 * Kinds of values of a success indicator in a general report: a count (`integer`), a
 * measure with decimals (`decimal`), or a percentage in percent units (`percent`, 0 to 100).
 */
export const ReportIndicatorKindSchema = z.enum(["integer", "decimal", "percent"]);

/** A kind of indicator value; see {@link ReportIndicatorKindSchema}. */
export type ReportIndicatorKind = z.infer<typeof ReportIndicatorKindSchema>;

/**
 * Schema of a success indicator shown in a general report.
 *
 * @remarks
 * - `kind` says how the value and the target are written; without it, `integer` when both are
 *   integers, else `decimal`. `decimals` (0 to 6) applies to `decimal` (default 2) and `percent`
 *   (default 1).
 * - `unit` is written after the value and the target (e.g. "ساعة", "heures").
 * - With a `target`, the report shows whether it was achieved: `value >= target` for
 *   `direction: "increase"` (the default), `value <= target` for `"decrease"` (IATI
 *   indicator/@ascending).
 * @example
 * ```ts
 * ReportIndicatorSchema.parse({ label: { fr: "Heures de formation" }, value: 56.5, target: 50, kind: "decimal", decimals: 1, unit: { fr: "heures" } });
 * ```
 */
export const ReportIndicatorSchema = z.strictObject({
  label: MultilingualTextSchema,
  value: z.number().refine(Number.isFinite),
  target: z.number().refine(Number.isFinite).optional(),
  kind: ReportIndicatorKindSchema.optional(),
  decimals: z.int().min(0).max(6).optional(),
  unit: MultilingualTextSchema.optional(),
  direction: z.enum(["increase", "decrease"]).optional(),
});

/** A success indicator of a general report; see {@link ReportIndicatorSchema}. */
export type ReportIndicator = z.infer<typeof ReportIndicatorSchema>;

/**
 * Schema of the input of {@link eventGeneralReport}.
 */
export const EventGeneralReportInputSchema = z.strictObject({
  event: z.unknown(),
  organizations: z.array(OrganizationSchema),
  persons: z.array(PersonSchema),
  participants: z.array(ParticipantSchema),
  attendance: z.array(AttendanceSchema),
  agreements: z.array(PartnershipAgreementSchema).optional(),
  honours: z.array(HonourSchema).optional(),
  draws: z.array(DrawRecordSchema).optional(),
  achievements: z.array(MultilingualTextSchema).optional(),
  recommendations: z.array(RecommendationSchema).optional(),
  indicators: z.array(ReportIndicatorSchema).optional(),
});

/**
 * The input of {@link eventGeneralReport}; see {@link EventGeneralReportInputSchema}.
 *
 * @remarks Read-only at every depth ({@link DeepReadonly}): frozen values and `readonly`
 * arrays are accepted; the report never mutates its input.
 */
export type EventGeneralReportInput = DeepReadonly<z.input<typeof EventGeneralReportInputSchema>>;

/** Options of {@link eventGeneralReport}. */
export interface EventGeneralReportOptions extends EventReportOptions {
  /** Catalogue that session topics are labelled from; the built-in one by default. */
  readonly catalogue?: Catalogue;
}

/**
 * A name shown on one line: hyphens become U+2011 NON-BREAKING HYPHEN (display only; records keep
 * the real name).
 */
const unbroken = (text: string): string => text.replaceAll("-", "\u2011");

/** Whether an indicator with a target reached it, in its direction (`increase` by default). */
const indicatorAchieved = (x: ReportIndicator): boolean =>
  x.target !== undefined && (x.direction === "decrease" ? x.value <= x.target : x.value >= x.target);

/** How an indicator's value is written: integer, decimal or percent, with its digits. */
function indicatorFormat(x: ReportIndicator): { readonly kind: ReportIndicatorKind; readonly decimals: number } {
  const kind =
    x.kind ??
    (Number.isInteger(x.value) && (x.target === undefined || Number.isInteger(x.target)) ? "integer" : "decimal");
  return { kind, decimals: kind === "integer" ? 0 : (x.decimals ?? (kind === "percent" ? 1 : 2)) };
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : (part * 100) / whole);

function fail(
  code: ReportIssueCode,
  language: EventReportOptions["language"],
  path: readonly (string | number)[],
  params: Record<string, string>,
) {
  const issue: Issue<ReportIssueCode> = makeIssue(reportMessages, code, language, path, { params });
  return { ok: false as const, issues: [issue] };
}

/**
 * The general report of an event (التقرير العام / rapport général) as a
 * `@madani/report` document in ar, fr or en: overview and key figures,
 * objectives, organizer and partners, programme, workshops held, participants
 * by sex, age group, organization type and province, agreements signed,
 * honours, draws with their commitments, achievements, recommendations with
 * their follow-up owners, and success indicators.
 *
 * @param input - the event, organizations, persons, participants, attendance and
 * optionally agreements, honours, draw records, achievements, recommendations and
 * indicators (checked, never trusted).
 * @param options - `language`, `generatedAt` (ISO with an offset, from the caller),
 * `showPersonNames` (`false` by default), `catalogue` for topic labels.
 * @returns the document, or issues `report.invalid_input` (with the field) and
 * `report.invalid_event` (the event fails {@link validateEvent}).
 * @remarks Participant counts are those of {@link computeReach} on this event:
 * a person counts once, whatever the number of sessions attended.
 * Agreements shown are those whose `signingEventId` is the event or that were
 * signed during it. Draw sections publish the commitment, the seed and the
 * winners in order, so that anyone can recompute the draw: the algorithm, commitment
 * and seed each sit alone in a table cell, shown with `codeText` of `@madani/report` (a
 * left-to-right isolate, each run of Arabic words in it right to left, no override), so that a
 * seed mixing Arabic words and Latin codes reads whole and in order on an Arabic page;
 * the algorithm name shows a non-breaking hyphen (U+2011). A one-day event gets no
 * `period` (its date is in the subtitle, once). The overview names the organizer after a
 * label, never through a gendered verb. Indicators are written by their kind (see
 * {@link ReportIndicatorSchema}), with an achieved column when one has a target.
 * Same input, same document.
 * Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 * @example
 * ```ts
 * const r = eventGeneralReport({ event, organizations, persons, participants, attendance, draws: [record] }, { language: "ar", generatedAt: "2025-01-15T10:00:00+01:00" });
 * if (r.ok) renderHtml(r.value);
 * ```
 */
export function eventGeneralReport(
  input: EventGeneralReportInput,
  options: EventGeneralReportOptions,
): Result<ReportDocument, ReportIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const lang = options.language;
    const parsed = EventGeneralReportInputSchema.safeParse(input);
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? "");
      return fail("report.invalid_input", lang, [field], { field });
    }
    const checked = validateEvent(parsed.data.event, { locale: lang });
    if (!checked.ok) {
      const first = checked.issues[0];
      return fail("report.invalid_event", lang, ["event", ...(first?.path ?? [])], { detail: first?.message ?? "" });
    }
    const event = checked.value;
    const data = parsed.data;
    const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
    const f = createFormatter({ language: lang });
    const orgById = new Map(data.organizations.map((o) => [o.id, o]));
    const personById = new Map(data.persons.map((p) => [p.id, p]));
    const orgName = (id: string, fallback?: LooseText): string => textOf(orgById.get(id)?.name ?? fallback, lang) || id;

    const participants = data.participants.filter((p) => p.eventId === event.id);
    const attendance = data.attendance.filter((a) => a.eventId === undefined || a.eventId === event.id);
    const reached = computeReach(
      { events: [event], participants, attendance, persons: data.persons, organizations: data.organizations },
      { locale: lang },
    );
    if (!reached.ok) {
      const first = reached.issues[0];
      return fail("report.invalid_input", lang, first?.path ?? [], { field: String(first?.path[0] ?? "attendance") });
    }
    const reach = reached.value;
    const bySession = attendanceBySession(attendance);
    const workshops = event.sessions.filter((s) => WORKSHOP_KINDS.includes(s.kind));
    const agreements = (data.agreements ?? []).filter(
      (a) =>
        a.signingEventId === event.id ||
        (a.signingEventId === undefined &&
          a.signedOn !== undefined &&
          a.signedOn >= event.startOn &&
          a.signedOn <= event.endOn),
    );
    const honours = data.honours ?? [];
    const draws = data.draws ?? [];
    const venueById = new Map(event.venues.map((v) => [v.id, v]));
    const trackById = new Map((event.tracks ?? []).map((t) => [t.id, t]));
    const cities: string[] = [];
    for (const v of event.venues) {
      const city = textOf(v.address?.city, lang) || textOf(v.name, lang);
      if (city !== "" && !cities.includes(city)) cities.push(city);
    }
    const places =
      cities.length <= 1
        ? (cities[0] ?? "")
        : `${cities.slice(0, -1).join("، ".replace("، ", lang === "ar" ? "، " : ", "))}${label("and", lang)}${cities[cities.length - 1] ?? ""}`;
    const days = Math.round((Date.parse(event.endOn) - Date.parse(event.startOn)) / 86_400_000) + 1;

    const report = createReport({
      title: label("general.title", lang, { event: textOf(event.title, lang) }),
      subtitle: label("general.subtitle", lang, {
        kind: labelOf(EventKind, event.kind, lang),
        dates:
          event.startOn === event.endOn ? f.date(event.startOn) : `${f.date(event.startOn)} – ${f.date(event.endOn)}`,
      }),
      // A one-day event has no period: the subtitle shows its date once.
      ...(event.startOn === event.endOn ? {} : { period: { startOn: event.startOn, endOn: event.endOn } }),
      language: lang,
      generatedAt: options.generatedAt,
    });

    report.section(
      label("section.overview", lang),
      (s) => {
        const params = {
          organizer: orgName(event.organizerId),
          kind: labelOf(EventKind, event.kind, lang),
          event: textOf(event.title, lang),
          start: f.date(event.startOn),
          end: f.date(event.endOn),
          where: places === "" ? "" : label("overview.where", lang, { places }),
        };
        s.paragraph(label(event.startOn === event.endOn ? "overview.oneDay" : "overview.text", lang, params));
        if (event.theme !== undefined) s.paragraph(label("overview.theme", lang, { theme: textOf(event.theme, lang) }));
        if (event.description !== undefined) s.paragraph(textOf(event.description, lang));
        const figures: KeyFigure[] = [
          { label: label("figure.days", lang), value: days, format: { type: "integer" } },
          { label: label("figure.sessions", lang), value: event.sessions.length, format: { type: "integer" } },
          { label: label("figure.workshops", lang), value: workshops.length, format: { type: "integer" } },
          { label: label("figure.persons", lang), value: reach.persons, format: { type: "integer" } },
          { label: label("figure.organizations", lang), value: reach.organizations, format: { type: "integer" } },
        ];
        const women = share(reach.personsBySex.female, reach.persons);
        if (women !== null) {
          figures.push({ label: label("figure.women", lang), value: women, format: { type: "percent", decimals: 1 } });
        }
        figures.push({
          label: label("figure.agreements", lang),
          value: agreements.length,
          format: { type: "integer" },
        });
        if (honours.length > 0) {
          figures.push({ label: label("figure.honours", lang), value: honours.length, format: { type: "integer" } });
        }
        s.figures(figures);
      },
      "overview",
    );

    if ((event.objectives ?? []).length > 0) {
      report.section(
        label("section.objectives", lang),
        (s) => s.list((event.objectives ?? []).map((o) => textOf(o, lang))),
        "objectives",
      );
    }

    report.section(
      label("section.partners", lang),
      (s) => {
        const rows: Row[] = [
          { organization: orgName(event.organizerId), roles: label("col.organizer", lang) },
          ...(event.partners ?? []).map((p) => ({
            organization: orgName(p.organizationId, p.name),
            roles: p.roles
              .map((r) => labelOf(EventPartnerRole, r, lang))
              .join("، ".replace("، ", lang === "ar" ? "، " : ", ")),
          })),
        ];
        s.table({
          id: "partners",
          title: label("section.partners", lang),
          columns: [
            { key: "organization", label: label("col.organization", lang), type: "text" },
            { key: "roles", label: label("col.roles", lang), type: "text" },
          ],
          rows,
        });
      },
      "partners",
    );

    const sep = lang === "ar" ? "، " : ", ";
    const sorted = [...event.sessions].sort((a, b) =>
      a.on !== b.on
        ? a.on < b.on
          ? -1
          : 1
        : a.start !== b.start
          ? a.start < b.start
            ? -1
            : 1
          : a.id < b.id
            ? -1
            : 1,
    );
    report.section(
      label("section.programme", lang),
      (s) => {
        s.table({
          id: "programme",
          title: label("section.programme", lang),
          columns: [
            { key: "day", label: label("col.day", lang), type: "date" },
            { key: "time", label: label("col.time", lang), type: "text" },
            { key: "session", label: label("col.session", lang), type: "text" },
            { key: "kind", label: label("col.kind", lang), type: "text" },
            ...(event.tracks !== undefined && event.tracks.length > 0
              ? [{ key: "track", label: label("col.track", lang), type: "text" as const }]
              : []),
            { key: "venue", label: label("col.venue", lang), type: "text" },
            { key: "present", label: label("col.present", lang), type: "integer" },
          ],
          rows: sorted.map((x) => {
            const venue = x.venueId === undefined ? undefined : venueById.get(x.venueId);
            const track = x.trackId === undefined ? undefined : trackById.get(x.trackId);
            return {
              day: x.on,
              time: `${x.start}\u2060–\u2060${x.end}`,
              session: textOf(x.title, lang),
              kind: labelOf(SessionKind, x.kind, lang),
              ...(event.tracks !== undefined && event.tracks.length > 0 ? { track: textOf(track?.title, lang) } : {}),
              venue: textOf(venue?.name, lang),
              present: x.kind === "break" ? null : (bySession.get(x.id)?.present ?? null),
            };
          }),
        });
      },
      "programme",
    );

    if (workshops.length > 0) {
      report.section(
        label("section.workshops", lang),
        (s) => {
          s.table({
            id: "workshops",
            title: label("section.workshops", lang),
            columns: [
              { key: "session", label: label("col.session", lang), type: "text" },
              { key: "topics", label: label("col.topics", lang), type: "text" },
              { key: "present", label: label("col.present", lang), type: "integer" },
              ...(workshops.some((w) => (w.outcomes ?? []).length > 0)
                ? [{ key: "outcomes", label: label("col.outcomes", lang), type: "text" as const }]
                : []),
            ],
            rows: workshops.map((w) => ({
              session: textOf(w.title, lang),
              topics: (w.topicIds ?? []).map((t) => topicLabel(catalogue, t, lang)).join(sep),
              present: bySession.get(w.id)?.present ?? 0,
              ...(workshops.some((x) => (x.outcomes ?? []).length > 0)
                ? { outcomes: (w.outcomes ?? []).map((o) => textOf(o, lang)).join(" · ") }
                : {}),
            })),
          });
        },
        "workshops",
      );
    }

    report.section(
      label("section.participants", lang),
      (s) => {
        if (reach.persons === 0) {
          s.note(label("none.attendance", lang), "warning");
          return;
        }
        const countColumns = (key: "persons" | "organizations") => [
          { key: "category", label: label("col.category", lang), type: "text" as const },
          {
            key,
            label: label(key === "persons" ? "col.persons" : "col.organizations", lang),
            type: "integer" as const,
          },
          { key: "share", label: label("col.share", lang), type: "percent" as const, decimals: 1 },
        ];
        s.table({
          id: "participants-by-sex",
          title: label("table.bySex", lang),
          columns: countColumns("persons"),
          rows: [...Sex.values, UNKNOWN]
            .map((k) => ({
              category: k === UNKNOWN ? label("unknown", lang) : labelOf(Sex, k, lang),
              persons: reach.personsBySex[k],
              share: share(reach.personsBySex[k], reach.persons),
            }))
            .filter((r) => r.persons > 0),
          footer: { category: label("total", lang), persons: reach.persons, share: 100 },
        });
        s.table({
          id: "participants-by-age",
          title: label("table.byAge", lang),
          columns: countColumns("persons"),
          rows: [...AgeGroup.values, UNKNOWN]
            .map((k) => ({
              category: k === UNKNOWN ? label("unknown", lang) : labelOf(AgeGroup, k, lang),
              persons: reach.personsByAgeGroup[k],
              share: share(reach.personsByAgeGroup[k], reach.persons),
            }))
            .filter((r) => r.persons > 0),
        });
        s.table({
          id: "organizations-by-type",
          title: label("table.byType", lang),
          columns: countColumns("organizations"),
          rows: [...LegalForm.values, UNKNOWN]
            .map((k) => ({
              category: k === UNKNOWN ? label("unknown", lang) : labelOf(LegalForm, k, lang),
              organizations: reach.organizationsByType[k] ?? 0,
              share: share(reach.organizationsByType[k] ?? 0, reach.organizations),
            }))
            .filter((r) => r.organizations > 0),
          footer: {
            category: label("total", lang),
            organizations: reach.organizations,
            share: reach.organizations > 0 ? 100 : null,
          },
        });
        const provinces = Object.entries(reach.personsByProvince).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        s.table({
          id: "participants-by-province",
          title: label("table.byProvince", lang),
          columns: countColumns("persons"),
          rows: provinces.map(([code, n]) => {
            const found = code === UNKNOWN ? undefined : findProvince(code);
            const name =
              found === undefined
                ? label("unknown", lang)
                : found.ok
                  ? lang === "ar"
                    ? found.value.nameAr
                    : found.value.nameFr
                  : code;
            return { category: name, persons: n, share: share(n, reach.persons) };
          }),
        });
      },
      "participants",
    );

    report.section(
      label("section.agreements", lang),
      (s) => {
        if (agreements.length === 0) {
          s.note(label("none.agreements", lang), "neutral");
          return;
        }
        s.table({
          id: "agreements",
          title: label("section.agreements", lang),
          columns: [
            { key: "agreement", label: label("col.agreement", lang), type: "text" },
            { key: "parties", label: label("col.parties", lang), type: "text" },
            { key: "signedOn", label: label("col.signedOn", lang), type: "date" },
            { key: "status", label: label("col.status", lang), type: "status" },
          ],
          rows: agreements.map((a) => ({
            agreement: textOf(a.title, lang),
            parties: a.parties.map((p) => orgName(p.organizationId)).join(sep),
            signedOn: a.signedOn ?? null,
            status: {
              label: labelOf(AgreementStatus, a.status, lang),
              tone:
                a.status === "active" || a.status === "signed"
                  ? "positive"
                  : a.status === "draft"
                    ? "neutral"
                    : "warning",
            },
          })),
        });
      },
      "agreements",
    );

    if (honours.length > 0) {
      report.section(
        label("section.honours", lang),
        (s) => {
          s.table({
            id: "honours",
            title: label("section.honours", lang),
            columns: [
              { key: "institution", label: label("col.institution", lang), type: "text" },
              { key: "award", label: label("col.award", lang), type: "text" },
              { key: "year", label: label("col.year", lang), type: "text" },
              { key: "reason", label: label("col.reason", lang), type: "text" },
            ],
            rows: honours.map((h) => ({
              institution: textOf(h.institution, lang) + (h.place === undefined ? "" : ` (${textOf(h.place, lang)})`),
              award: labelOf(HonourAward, h.award, lang),
              year: String(h.year),
              reason: textOf(h.reason, lang),
            })),
          });
        },
        "honours",
      );
    }

    if (draws.length > 0) {
      report.section(
        label("section.draws", lang),
        (s) => {
          draws.forEach((d, i) => {
            const entryName = new Map(d.entries.map((e) => [e.id, e]));
            const title = d.title === undefined ? label("draw.untitled", lang) : textOf(d.title, lang);
            const eligible = new Set(d.eligible);
            const institutions =
              d.eligible.length > 0 &&
              d.entries.filter((e) => eligible.has(e.id)).every((e) => e.organizationId !== undefined);
            s.paragraph(
              label(institutions ? "draw.textOrganizations" : "draw.text", lang, {
                eligible: d.eligible.length,
                k: d.k,
              }),
            );
            // Each code alone in its own cell, forced left to right, so that it reads and copies as stored.
            s.table({
              id: `draw-${i + 1}-audit`,
              title: label("draw.audit", lang, { title }),
              columns: [
                { key: "item", label: label("col.item", lang), type: "text" },
                { key: "value", label: label("col.exactValue", lang), type: "text" },
              ],
              rows: [
                { item: label("draw.algorithm", lang), value: codeText(unbroken(d.algorithm)) },
                { item: label("draw.commitment", lang), value: codeText(d.commitment) },
                { item: label("draw.seed", lang), value: codeText(d.seed) },
              ],
            });
            if (d.prize !== undefined) s.paragraph(label("draw.prize", lang, { prize: textOf(d.prize, lang) }));
            s.table({
              id: `draw-${i + 1}`,
              title: label("table.winners", lang, { title }),
              columns: [
                { key: "rank", label: label("col.rank", lang), type: "integer" },
                { key: "winner", label: label("col.winner", lang), type: "text" },
              ],
              rows: d.winners.map((w, r) => {
                const entry = entryName.get(w);
                const name =
                  entry?.organizationId !== undefined
                    ? orgName(entry.organizationId, entry.name)
                    : entry?.name !== undefined
                      ? textOf(entry.name, lang)
                      : orgById.has(w)
                        ? orgName(w)
                        : w;
                return { rank: r + 1, winner: name };
              }),
            });
            s.note(label("draw.verify", lang, { algorithm: codeText(unbroken(DRAW_ALGORITHM)) }), "info");
          });
        },
        "draws",
      );
    }

    if ((data.achievements ?? []).length > 0) {
      report.section(
        label("section.achievements", lang),
        (s) => s.list((data.achievements ?? []).map((a) => textOf(a, lang))),
        "achievements",
      );
    }

    report.section(
      label("section.recommendations", lang),
      (s) => {
        const recs = data.recommendations ?? [];
        if (recs.length === 0) {
          s.note(label("none.recommendations", lang), "neutral");
          return;
        }
        s.table({
          id: "recommendations",
          title: label("section.recommendations", lang),
          columns: [
            { key: "recommendation", label: label("col.recommendation", lang), type: "text" },
            { key: "owner", label: label("col.owner", lang), type: "text" },
            { key: "dueOn", label: label("col.dueOn", lang), type: "date" },
          ],
          rows: recs.map((r) => ({
            recommendation: textOf(r.text, lang),
            owner: ownerText(r.owner, { lang, orgById, personById, showPersonNames: options.showPersonNames === true }),
            dueOn: r.dueOn ?? null,
          })),
        });
      },
      "recommendations",
    );

    const indicators = data.indicators ?? [];
    if (indicators.length > 0) {
      report.section(
        label("section.indicators", lang),
        (s) => {
          const formats = indicators.map(indicatorFormat);
          const first = formats[0];
          // One numeric column type when every indicator is written alike without a unit (numbers stay
          // numbers in CSV); otherwise each value is written by its own kind, with its unit.
          const uniform =
            first !== undefined &&
            indicators.every((x) => x.unit === undefined) &&
            formats.every((k) => k.kind === first.kind && k.decimals === first.decimals);
          const write = (x: ReportIndicator, n: number | undefined): Cell => {
            if (n === undefined) return null;
            const { kind, decimals } = indicatorFormat(x);
            if (uniform) return n;
            const number =
              kind === "integer" ? f.integer(n) : kind === "percent" ? f.percent(n, decimals) : f.decimal(n, decimals);
            return x.unit === undefined ? number : `${number} ${textOf(x.unit, lang)}`;
          };
          const valueColumn = (key: "value" | "target", text: string): Column =>
            uniform && first !== undefined
              ? first.kind === "integer"
                ? { key, label: text, type: "integer" }
                : { key, label: text, type: first.kind, decimals: first.decimals }
              : { key, label: text, type: "text" };
          const withTargets = indicators.some((x) => x.target !== undefined);
          s.table({
            id: "indicators",
            title: label("section.indicators", lang),
            columns: [
              { key: "indicator", label: label("col.indicator", lang), type: "text" },
              valueColumn("value", label("col.value", lang)),
              valueColumn("target", label("col.target", lang)),
              ...(withTargets
                ? [{ key: "achieved", label: label("col.achieved", lang), type: "status" as const }]
                : []),
            ],
            rows: indicators.map((x) => ({
              indicator: textOf(x.label, lang),
              value: write(x, x.value),
              target: write(x, x.target),
              ...(withTargets
                ? {
                    achieved:
                      x.target === undefined
                        ? null
                        : indicatorAchieved(x)
                          ? { label: label("indicator.achieved", lang), tone: "positive" as const }
                          : { label: label("indicator.notAchieved", lang), tone: "warning" as const },
                  }
                : {}),
            })),
          });
        },
        "indicators",
      );
    }

    return { ok: true, value: report.build() };
  });
}
