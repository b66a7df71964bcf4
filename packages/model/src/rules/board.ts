import { BOARD_KINDS, type GoverningBody } from "../governance/governingBody.js";
import type { MandateRoleValue } from "../governance/mandate.js";
import { fromDayNumber, toDayNumber } from "../internal/days.js";
import type { IssuePath } from "../result.js";
import type { ValidateOptions } from "../validation.js";
import type { RuleContext } from "../validator.js";
import { checkOrder, checkPast } from "./dates.js";

/** Day number standing for "no end" (open mandates). */
const OPEN = Number.POSITIVE_INFINITY;

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

/** Inclusive span of day numbers. */
type Span = [number, number];

/** Merge inclusive day spans into disjoint, sorted spans (adjacent days join). */
function merge(spans: Span[]): Span[] {
  spans.sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const [s, e] of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && s <= last[1] + 1) {
      if (e > last[1]) last[1] = e;
    } else out.push([s, e]);
  }
  return out;
}

/** The parts of the merged spans `cover` that the merged spans `held` leave uncovered. */
function gaps(cover: readonly Span[], held: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const [cs, ce] of cover) {
    let cursor: number | undefined = cs;
    for (const [hs, he] of held) {
      if (cursor === undefined) break;
      if (he < cursor || hs > ce) continue;
      if (hs > cursor) out.push([cursor, hs - 1]);
      cursor = he >= ce ? undefined : he + 1;
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
    if (m.electedOn !== undefined) checkPast(ctx, [[m.electedOn, [...base, "mandates", index, "electedOn"]]]);
    // A mandate whose start is not known has no span: the date rules cannot apply to it.
    if (m.startOn === undefined) return;
    if (m.endOn === undefined || m.endOn >= m.startOn) {
      valid.push({
        role: m.role,
        span: [toDayNumber(m.startOn), m.endOn === undefined ? OPEN : toDayNumber(m.endOn)],
        index,
      });
    } else checkOrder(ctx, "mandate.end_before_start", m.startOn, m.endOn, [...base, "mandates", index, "endOn"]);
  });
  if (!BOARD_KINDS.includes(body.kind) || valid.length === 0) return;

  for (const role of SINGLE_HOLDER_ROLES) {
    const ofRole = valid.filter((v) => v.role === role);
    if (ofRole.length < 2) continue;
    ofRole.sort((a, b) => a.span[0] - b.span[0]);
    // Sorted by start: a mandate overlaps an earlier one when it starts before the latest end so far.
    let latestEnd = Number.NEGATIVE_INFINITY;
    for (const cur of ofRole) {
      if (cur.span[0] <= latestEnd) {
        const date = fromDayNumber(cur.span[0]);
        ctx.report("board.role_overlap", [...base, "mandates", cur.index, "startOn"], {
          params: { role, date },
          value: date,
        });
      }
      if (cur.span[1] > latestEnd) latestEnd = cur.span[1];
    }
  }

  const covered = merge(valid.map((v) => v.span));
  for (const [role, code] of [
    ["president", "board.president_missing"],
    ["treasurer", "board.treasurer_missing"],
  ] as const) {
    const held = merge(valid.filter((v) => v.role === role).map((v) => v.span));
    for (const [from, to] of gaps(covered, held)) {
      ctx.report(code, [...base, "mandates"], {
        params: { from: fromDayNumber(from), to: to === OPEN ? "…" : fromDayNumber(to) },
      });
    }
  }
}
