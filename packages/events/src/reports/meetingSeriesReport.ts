import type { DeepReadonly } from "@madani/model";
import {
  atBoundary,
  type BoundaryIssueCode,
  type Issue,
  labelOf,
  makeIssue,
  OrganizationSchema,
  PersonSchema,
  type Result,
} from "@madani/model";
import { createFormatter, createReport, type ReportDocument, type Row } from "@madani/report";
import * as z from "zod";
import { ActionStatus, type FollowUpAction, MeetingSchema, NeedCategory } from "../meeting/meeting.js";
import type { MeetingIssueCode } from "../meeting/messages.js";
import { buildMeetingSeries } from "../meeting/series.js";
import { type EventReportOptions, label, textOf } from "./labels.js";
import { type ReportIssueCode, reportMessages } from "./messages.js";
import { ownerText } from "./owner.js";

/** Schema of the input of {@link meetingSeriesReport}. */
export const MeetingSeriesReportInputSchema = z.strictObject({
  title: z.union([
    z.string().min(1).max(500),
    z.strictObject({ ar: z.string().optional(), fr: z.string().optional(), en: z.string().optional() }),
  ]),
  meetings: z.array(MeetingSchema).min(1),
  organizations: z.array(OrganizationSchema).optional(),
  persons: z.array(PersonSchema).optional(),
});

/**
 * The input of {@link meetingSeriesReport}; see {@link MeetingSeriesReportInputSchema}.
 *
 * @remarks Read-only at every depth ({@link DeepReadonly}): frozen values and `readonly`
 * arrays are accepted; the report never mutates its input.
 */
export type MeetingSeriesReportInput = DeepReadonly<z.input<typeof MeetingSeriesReportInputSchema>>;

/**
 * The report of a series of meetings: the meetings with their counts, the
 * needs and problems identified, the minutes of each meeting (summary, agenda,
 * decisions, recommendations with their owners), what was done since each
 * previous meeting, and the open actions carried forward with their owners and due dates.
 *
 * @param input - a title, the meetings (any order, linked by `previousMeetingId`),
 * and the organizations and persons that own actions (checked, never trusted).
 * @param options - `language`, `generatedAt`, `showPersonNames` (`false` by default).
 * @returns the document, or issues `report.invalid_input` and the series codes
 * of {@link buildMeetingSeries}.
 * @example
 * ```ts
 * const r = meetingSeriesReport({ title: { ar: "لقاءات تواصلية" }, meetings: [first, second], organizations }, { language: "ar", generatedAt: "2024-01-05T10:00:00+01:00" });
 * ```
 * @remarks Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 */
export function meetingSeriesReport(
  input: MeetingSeriesReportInput,
  options: EventReportOptions,
): Result<ReportDocument, ReportIssueCode | MeetingIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const lang = options.language;
    const parsed = MeetingSeriesReportInputSchema.safeParse(input);
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? "");
      const issue: Issue<ReportIssueCode> = makeIssue(reportMessages, "report.invalid_input", lang, [field], {
        params: { field },
      });
      return { ok: false, issues: [issue] };
    }
    const built = buildMeetingSeries(parsed.data.meetings, { locale: lang });
    if (!built.ok) return built;
    const series = built.value;
    const f = createFormatter({ language: lang });
    const orgById = new Map((parsed.data.organizations ?? []).map((o) => [o.id, o]));
    const personById = new Map((parsed.data.persons ?? []).map((p) => [p.id, p]));
    const owner = (a: FollowUpAction): string =>
      ownerText(a.owner, { lang, orgById, personById, showPersonNames: options.showPersonNames === true });
    const meetingName = new Map(series.meetings.map((m) => [m.id, `${textOf(m.title, lang)} (${f.date(m.heldOn)})`]));
    const title = typeof parsed.data.title === "string" ? parsed.data.title : textOf(parsed.data.title, lang);
    const first = series.meetings[0];
    const last = series.meetings[series.meetings.length - 1];
    const report = createReport({
      title: label("series.title", lang, { title }),
      language: lang,
      generatedAt: options.generatedAt,
      // A series held on one day has no period: its date is in the table of meetings.
      ...(first !== undefined && last !== undefined && first.heldOn !== last.heldOn
        ? { period: { startOn: first.heldOn, endOn: last.heldOn } }
        : {}),
    });
    const statusCell = (a: FollowUpAction) => ({
      label: labelOf(ActionStatus, a.status, lang),
      tone:
        a.status === "done"
          ? ("positive" as const)
          : a.status === "cancelled"
            ? ("neutral" as const)
            : ("warning" as const),
    });

    report.section(
      label("series.meetings", lang),
      (s) => {
        s.table({
          id: "meetings",
          title: label("series.meetings", lang),
          columns: [
            { key: "date", label: label("col.date", lang), type: "date" },
            { key: "meeting", label: label("col.meeting", lang), type: "text" },
            { key: "decisions", label: label("col.decisions", lang), type: "integer" },
            { key: "needs", label: label("col.needs", lang), type: "integer" },
            { key: "newActions", label: label("col.newActions", lang), type: "integer" },
            { key: "carried", label: label("col.carried", lang), type: "integer" },
            { key: "doneSince", label: label("col.doneSince", lang), type: "integer" },
          ],
          rows: series.meetings.map((m, i) => {
            const step = series.steps[i];
            return {
              date: m.heldOn,
              meeting: textOf(m.title, lang),
              decisions: m.decisions.length,
              needs: m.needs.length + m.problems.length,
              newActions: step?.newActions.length ?? 0,
              carried: step?.carriedForward.length ?? 0,
              doneSince: step?.completedSince.length ?? 0,
            };
          }),
        });
      },
      "meetings",
    );

    report.section(
      label("series.needs", lang),
      (s) => {
        const rows: Row[] = [];
        for (const m of series.meetings) {
          for (const [list, kind] of [
            [m.needs, "kind.need"],
            [m.problems, "kind.problem"],
          ] as const) {
            for (const n of list) {
              rows.push({
                meeting: meetingName.get(m.id) ?? m.id,
                kind: label(kind, lang),
                category: n.category === undefined ? "" : labelOf(NeedCategory, n.category, lang),
                need: textOf(n.text, lang),
              });
            }
          }
        }
        if (rows.length === 0) {
          s.note(label("series.noneNeeds", lang), "neutral");
          return;
        }
        s.table({
          id: "needs",
          title: label("series.needs", lang),
          columns: [
            { key: "meeting", label: label("col.meeting", lang), type: "text" },
            { key: "kind", label: label("col.kind", lang), type: "text" },
            { key: "category", label: label("col.category", lang), type: "text" },
            { key: "need", label: label("col.need", lang), type: "text" },
          ],
          rows,
        });
      },
      "needs",
    );

    series.meetings.forEach((m, i) => {
      if (
        m.summary === undefined &&
        m.agenda.length === 0 &&
        m.decisions.length === 0 &&
        m.recommendations.length === 0
      ) {
        return;
      }
      const agendaTitle = new Map(m.agenda.map((a) => [a.id, textOf(a.title, lang)]));
      report.section(
        label("series.minutes", lang, { meeting: meetingName.get(m.id) ?? m.id }),
        (s) => {
          if (m.summary !== undefined) {
            s.section(label("series.summary", lang), (sub) => sub.paragraph(textOf(m.summary, lang)));
          }
          if (m.agenda.length > 0) {
            s.section(label("series.agenda", lang), (sub) =>
              sub.list(
                m.agenda.map((a) => textOf(a.title, lang)),
                true,
              ),
            );
          }
          if (m.decisions.length > 0) {
            const underItems = m.decisions.some((d) => d.agendaItemId !== undefined);
            s.section(label("series.decisions", lang), (sub) =>
              sub.table({
                id: `decisions-${i + 1}`,
                title: label("series.decisions", lang),
                columns: [
                  { key: "decision", label: label("col.decision", lang), type: "text" },
                  ...(underItems ? [{ key: "item", label: label("col.agendaItem", lang), type: "text" as const }] : []),
                ],
                rows: m.decisions.map((d) => ({
                  decision: textOf(d.text, lang),
                  ...(underItems
                    ? {
                        item: d.agendaItemId === undefined ? null : (agendaTitle.get(d.agendaItemId) ?? d.agendaItemId),
                      }
                    : {}),
                })),
              }),
            );
          }
          if (m.recommendations.length > 0) {
            s.section(label("series.recommendations", lang), (sub) =>
              sub.table({
                id: `recommendations-${i + 1}`,
                title: label("series.recommendations", lang),
                columns: [
                  { key: "recommendation", label: label("col.recommendation", lang), type: "text" },
                  { key: "owner", label: label("col.owner", lang), type: "text" },
                  { key: "dueOn", label: label("col.dueOn", lang), type: "date" },
                ],
                rows: m.recommendations.map((r) => ({
                  recommendation: textOf(r.text, lang),
                  owner: ownerText(r.owner, {
                    lang,
                    orgById,
                    personById,
                    showPersonNames: options.showPersonNames === true,
                  }),
                  dueOn: r.dueOn ?? null,
                })),
              }),
            );
          }
        },
        `minutes-${i + 1}`,
      );
    });

    series.steps.forEach((step, i) => {
      if (step.previousMeetingId === undefined) return;
      report.section(
        label("series.since", lang, { meeting: meetingName.get(step.previousMeetingId) ?? step.previousMeetingId }),
        (s) => {
          if (step.carriedForward.length === 0) s.note(label("series.noneDone", lang), "neutral");
          else
            s.table({
              id: `since-${i + 1}`,
              title: meetingName.get(step.meetingId) ?? step.meetingId,
              columns: [
                { key: "action", label: label("col.action", lang), type: "text" },
                { key: "owner", label: label("col.owner", lang), type: "text" },
                { key: "dueOn", label: label("col.dueOn", lang), type: "date" },
                { key: "status", label: label("col.status", lang), type: "status" },
              ],
              rows: step.carriedForward.map((a) => ({
                action: textOf(a.text, lang),
                owner: owner(a),
                dueOn: a.dueOn ?? null,
                status: statusCell(a),
              })),
            });
          if (step.dropped.length > 0) {
            s.note(
              label("series.dropped", lang, { list: step.dropped.map((a) => textOf(a.text, lang)).join(" · ") }),
              "warning",
            );
          }
        },
        `since-${i + 1}`,
      );
    });

    report.section(
      label("series.open", lang),
      (s) => {
        if (series.openActions.length === 0) {
          s.note(label("series.noneOpen", lang), "positive");
          return;
        }
        s.table({
          id: "open-actions",
          title: label("series.open", lang),
          columns: [
            { key: "action", label: label("col.action", lang), type: "text" },
            { key: "owner", label: label("col.owner", lang), type: "text" },
            { key: "dueOn", label: label("col.dueOn", lang), type: "date" },
            { key: "status", label: label("col.status", lang), type: "status" },
            { key: "from", label: label("col.from", lang), type: "text" },
          ],
          rows: series.openActions.map((a) => ({
            action: textOf(a.text, lang),
            owner: owner(a),
            dueOn: a.dueOn ?? null,
            status: statusCell(a),
            from: meetingName.get(a.fromMeetingId ?? last?.id ?? "") ?? "",
          })),
        });
      },
      "open-actions",
    );

    return { ok: true, value: report.build() };
  });
}
