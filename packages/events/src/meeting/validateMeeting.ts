import {
  type CoreIssueCode,
  createValidator,
  type Rule,
  type ValidateOptions,
  type ValidationResult,
} from "@madani/model";
import { type Meeting, MeetingSchema } from "./meeting.js";
import { type MeetingIssueCode, meetingMessages } from "./messages.js";

type MeetingRule = Rule<Meeting, ValidateOptions, MeetingIssueCode>;

const ids: MeetingRule = (m, ctx) => {
  const lists = ["agenda", "decisions", "needs", "problems", "recommendations", "actions"] as const;
  for (const key of lists) {
    const seen = new Set<string>();
    m[key].forEach((item, i) => {
      if (seen.has(item.id))
        ctx.report("meeting.duplicate_id", [key, i, "id"], { params: { id: item.id }, value: item.id });
      seen.add(item.id);
    });
  }
  const agenda = new Set(m.agenda.map((a) => a.id));
  m.decisions.forEach((d, i) => {
    if (d.agendaItemId !== undefined && !agenda.has(d.agendaItemId)) {
      ctx.report("meeting.unknown_agenda_item", ["decisions", i, "agendaItemId"], {
        params: { id: d.agendaItemId },
        value: d.agendaItemId,
      });
    }
  });
};

const actions: MeetingRule = (m, ctx) => {
  m.actions.forEach((a, i) => {
    if (a.status === "done" && a.doneOn === undefined) {
      ctx.report("meeting.done_without_date", ["actions", i, "doneOn"], { params: { id: a.id }, severity: "warning" });
    }
    if (a.fromMeetingId === undefined && a.dueOn !== undefined && a.dueOn < m.heldOn) {
      ctx.report("meeting.due_before_meeting", ["actions", i, "dueOn"], {
        params: { id: a.id, dueOn: a.dueOn },
        value: a.dueOn,
        severity: "warning",
      });
    }
  });
};

const validate = createValidator(MeetingSchema, [ids, actions], meetingMessages);

/**
 * Validate a meeting and its minutes.
 *
 * @param input - anything; checked, never trusted.
 * @param options - `locale` (`en` by default) and `maxIssues`.
 * @returns the meeting, or issues: schema codes of `@madani/model`,
 * `meeting.duplicate_id`, `meeting.unknown_agenda_item`; warnings
 * `meeting.done_without_date` and `meeting.due_before_meeting` (a new action
 * already overdue when decided).
 * @example
 * ```ts
 * validateMeeting({ id: "m-1", title: { ar: "لقاء تواصلي" }, heldOn: "2023-11-12", agenda: [], decisions: [], needs: [], problems: [], recommendations: [], actions: [] }).ok; // true
 * ```
 */
export function validateMeeting(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<Meeting, CoreIssueCode | MeetingIssueCode> {
  return validate(input, options);
}
