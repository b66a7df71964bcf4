import { addDaysToDate, type IsoDate } from "../date.js";
import { BOARD_KINDS, type GoverningBody } from "../governance/governingBody.js";
import type { MandateRoleValue } from "../governance/mandate.js";
import type { RuleContext } from "../internal/validator.js";
import type { IssuePath } from "../result.js";
import type { ValidateOptions } from "../validation.js";
import { checkOrder, checkPast } from "./dates.js";

/** The end of time for open mandates. */
const OPEN: IsoDate = "9999-12-31";

/**
 * Roles that one person at a time holds on a board; mandates for them may not
 * overlap. Vice-presidents, advisors and members can be several.
 */
export const SINGLE_HOLDER_ROLES: readonly MandateRoleValue[] = Object.freeze([
  "president",
  "secretary-general",
  "deputy-secretary-general",
  "treasurer",
  "deputy-treasurer",
]);

type Span = readonly [IsoDate, IsoDate];

/** Merge inclusive day spans into disjoint, sorted spans (adjacent days join). */
function merge(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: [IsoDate, IsoDate][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && (last[1] === OPEN || s <= addDaysToDate(last[1], 1))) {
      if (e > last[1]) last[1] = e;
    } else out.push([s, e]);
  }
  return out;
}

/** The parts of `cover` that `holes` do not cover. */
function gaps(cover: readonly Span[], held: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const [cs, ce] of cover) {
    let cursor: IsoDate | undefined = cs;
    for (const [hs, he] of held) {
      if (cursor === undefined) break;
      if (he < cursor || hs > ce) continue;
      if (hs > cursor) out.push([cursor, addDaysToDate(hs, -1)]);
      cursor = he === OPEN || he >= ce ? undefined : addDaysToDate(he, 1);
    }
    if (cursor !== undefined) out.push([cursor, ce]);
  }
  return out;
}

/**
 * The board rules: every mandate ends on or after it starts; on a board or
 * central bureau, mandates for a single-holder role do not overlap, and at
 * every date some mandate covers there is a president and a treasurer.
 */
export function checkGoverningBody(body: GoverningBody, ctx: RuleContext<ValidateOptions>, base: IssuePath): void {
  const valid: { role: MandateRoleValue; span: Span; index: number }[] = [];
  body.mandates.forEach((m, index) => {
    const path = [...base, "mandates", index];
    checkPast(ctx, [[m.electedOn, [...path, "electedOn"]]]);
    if (checkOrder(ctx, "mandate.end_before_start", m.startOn, m.endOn, [...path, "endOn"])) {
      valid.push({ role: m.role, span: [m.startOn, m.endOn ?? OPEN], index });
    }
  });
  if (!BOARD_KINDS.includes(body.kind) || valid.length === 0) return;

  for (const role of SINGLE_HOLDER_ROLES) {
    const ofRole = valid.filter((v) => v.role === role).sort((a, b) => (a.span[0] < b.span[0] ? -1 : 1));
    for (let i = 1; i < ofRole.length; i++) {
      const prev = ofRole[i - 1];
      const cur = ofRole[i];
      if (prev === undefined || cur === undefined) continue;
      // Sorted by start: an overlap with any earlier one shows as an overlap with the latest-ending earlier one.
      const latestEnd = ofRole.slice(0, i).reduce((m, v) => (v.span[1] > m ? v.span[1] : m), prev.span[1]);
      if (cur.span[0] <= latestEnd) {
        ctx.report("board.role_overlap", [...base, "mandates", cur.index, "startOn"], {
          params: { role, date: cur.span[0] },
          value: cur.span[0],
        });
      }
    }
  }

  const covered = merge(valid.map((v) => v.span));
  for (const [role, code] of [
    ["president", "board.president_missing"],
    ["treasurer", "board.treasurer_missing"],
  ] as const) {
    const held = merge(valid.filter((v) => v.role === role).map((v) => v.span));
    for (const [from, to] of gaps(covered, held)) {
      ctx.report(code, [...base, "mandates"], { params: { from, to: to === OPEN ? "…" : to } });
    }
  }
}
