/**
 * The approval workflow of actual values (internal, not re-exported): which state may follow which, who may
 * review, and what a transition records on the value.
 *
 * @packageDocumentation
 */
import { labelOf, makeIssue, type Result, textIn, type ValidateOptions } from "@madani/model";
import {
  type ActualValue,
  type EvidenceDocument,
  type ReviewNote,
  ValueState,
  type ValueStateValue,
} from "../indicator/indicator.js";
import { type EditIssueCode, editMessages } from "./messages.js";

/**
 * The approval workflow: the states each state may move to with `set-value-state`.
 *
 * | from | to | condition |
 * | --- | --- | --- |
 * | draft | submitted | — |
 * | submitted | approved | the reviewer is not the submitter |
 * | submitted | returned | the reviewer is not the submitter; a comment |
 * | returned | submitted | — |
 * | approved | submitted, draft | reopening: a comment (the reason) |
 *
 * Every other pair, a state to itself included, is `command.invalid_transition`. A returned value goes back to
 * its reporter: it is resubmitted, never put back to draft.
 */
export const VALUE_TRANSITIONS: Readonly<Record<ValueStateValue, readonly ValueStateValue[]>> = Object.freeze({
  draft: Object.freeze(["submitted"] as const),
  submitted: Object.freeze(["approved", "returned"] as const),
  returned: Object.freeze(["submitted"] as const),
  approved: Object.freeze(["submitted", "draft"] as const),
});

/** The states `add-value` accepts: a value is added as a draft or submitted, never reviewed. */
export const INITIAL_VALUE_STATES: readonly ValueStateValue[] = Object.freeze(["draft", "submitted"] as const);

/** Most review notes a value keeps (the oldest go first); the revisions keep every one. */
export const MAX_REVIEW_NOTES = 100;

type Locale = ValidateOptions["locale"];

function refuse(
  code: EditIssueCode,
  path: (string | number)[],
  locale: Locale,
  params: Record<string, string | number>,
): Result<never, EditIssueCode> {
  return { ok: false, issues: [makeIssue(editMessages, code, locale ?? "en", path, { params })] };
}

/**
 * Whether two names are the same person for the four-eyes rule: compared after Unicode normalization (NFC),
 * trimming, collapsing white space, and without regard to case.
 */
export function samePerson(a: string, b: string): boolean {
  const key = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
  return key(a) === key(b);
}

/** A comment as the workflow reads it: trimmed; a blank one is none. */
export function commentOf(comment: string | undefined): string | undefined {
  const t = comment?.trim();
  return t === undefined || t === "" ? undefined : t;
}

/**
 * The preconditions of `add-value` on the workflow: a draft or submitted state, and evidence documents that each
 * have a link or a hash.
 */
export function checkNewValue(value: ActualValue, locale: Locale): Result<never, EditIssueCode> | undefined {
  if (!INITIAL_VALUE_STATES.includes(value.state))
    return refuse("command.invalid_initial_state", ["command", "value", "state"], locale, {
      id: value.id,
      state: value.state,
      stateLabel: labelOf(ValueState, value.state, locale ?? "en"),
    });
  for (const [k, doc] of (value.evidence ?? []).entries()) {
    if (doc.url === undefined && doc.sha256 === undefined)
      return refuse("command.evidence_unverifiable", ["command", "value", "evidence", k], locale, {
        index: k + 1,
        title: titleText(doc, locale),
      });
  }
  return undefined;
}

/** An evidence document's title for a message: in the message's language when it has one, at most 100 characters. */
function titleText(doc: EvidenceDocument, locale: Locale): string {
  const t = typeof doc.title === "string" ? doc.title : (textIn(doc.title, locale ?? "en")?.text ?? "");
  return t.length > 100 ? `${t.slice(0, 99)}…` : t;
}

/**
 * The preconditions of `set-value-state` on the workflow: an allowed transition ({@link VALUE_TRANSITIONS}),
 * a reviewer who is not the submitter (`command.same_reviewer`; a value whose submitter is unknown, written
 * before the workflow recorded it, is reviewed by anyone), a comment for a return (`command.comment_required`)
 * and for a reopening (`command.reopen_reason_required`).
 */
export function checkTransition(
  value: ActualValue,
  to: ValueStateValue,
  comment: string | undefined,
  author: string,
  locale: Locale,
): Result<never, EditIssueCode> | undefined {
  const from = value.state;
  const lang = locale ?? "en";
  if (!VALUE_TRANSITIONS[from].includes(to))
    return refuse("command.invalid_transition", ["command", "state"], locale, {
      id: value.id,
      from,
      to,
      fromLabel: labelOf(ValueState, from, lang),
      toLabel: labelOf(ValueState, to, lang),
    });
  if (
    (to === "approved" || to === "returned") &&
    value.submittedBy !== undefined &&
    samePerson(value.submittedBy, author)
  )
    return refuse("command.same_reviewer", ["meta", "author"], locale, { id: value.id });
  if (to === "returned" && commentOf(comment) === undefined)
    return refuse("command.comment_required", ["command", "comment"], locale, { id: value.id });
  if (from === "approved" && commentOf(comment) === undefined)
    return refuse("command.reopen_reason_required", ["command", "comment"], locale, { id: value.id });
  return undefined;
}

/** A value as an edit changes it (an immer draft). */
export type MutableValue = { -readonly [K in keyof ActualValue]: ActualValue[K] } & {
  reviewNotes?: ReviewNote[] | undefined;
};

/** Add a review note, keeping the last {@link MAX_REVIEW_NOTES}. */
function addNote(v: MutableValue, note: ReviewNote): void {
  v.reviewNotes ??= [];
  v.reviewNotes.push(note);
  if (v.reviewNotes.length > MAX_REVIEW_NOTES) v.reviewNotes.splice(0, v.reviewNotes.length - MAX_REVIEW_NOTES);
}

/**
 * Record a transition that {@link checkTransition} accepted on a value (an immer draft):
 *
 * - submitted (from draft or returned): `submittedBy` and `submittedAt` are the edit's author and time; the
 *   previous review (`reviewedBy`, `reviewedAt`) is cleared;
 * - approved or returned: `reviewedBy` and `reviewedAt`;
 * - reopened (from approved): to submitted, the submission stands and the review is cleared; to draft, both are
 *   cleared;
 * - a comment becomes a review note of the act (`submitted`, `approved`, `returned`, `reopened`).
 */
export function recordTransition(
  v: MutableValue,
  to: ValueStateValue,
  comment: string | undefined,
  author: string,
  at: string,
): void {
  const from = v.state;
  const text = commentOf(comment);
  const reopened = from === "approved";
  if (to === "approved" || to === "returned") {
    v.reviewedBy = author;
    v.reviewedAt = at;
  } else {
    delete v.reviewedBy;
    delete v.reviewedAt;
    if (to === "submitted" && !reopened) {
      v.submittedBy = author;
      v.submittedAt = at;
    } else if (to === "draft") {
      delete v.submittedBy;
      delete v.submittedAt;
    }
  }
  v.state = to;
  // Only a reopening leads to draft.
  if (text !== undefined) addNote(v, { kind: reopened || to === "draft" ? "reopened" : to, by: author, at, text });
}
