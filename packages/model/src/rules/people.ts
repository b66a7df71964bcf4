import type { Facility } from "../facility/facility.js";
import type { GoverningBody } from "../governance/governingBody.js";
import { LEFT_STATUSES, type Membership } from "../membership/membership.js";
import type { Person } from "../person/person.js";
import type { Rule } from "../validator.js";
import { checkGoverningBody } from "./board.js";
import { checkOrder, checkPast } from "./dates.js";

/** The rules `validatePerson` runs after the shape check. */
export const personRules: readonly Rule<Person>[] = [(p, ctx) => checkPast(ctx, [[p.birthDate, ["birthDate"]]])];

/** The rules `validateMembership` runs after the shape check. */
export const membershipRules: readonly Rule<Membership>[] = [
  (m, ctx) => {
    checkPast(ctx, [
      [m.joinedOn, ["joinedOn"]],
      [m.leftOn, ["leftOn"]],
    ]);
    checkOrder(ctx, "membership.left_before_joined", m.joinedOn, m.leftOn, ["leftOn"]);
    if (LEFT_STATUSES.includes(m.status) && m.leftOn === undefined) {
      ctx.report("membership.left_on_missing", ["leftOn"], { value: m.status });
    }
    if (m.status === "active" && m.leftOn !== undefined) {
      ctx.report("membership.status_conflict", ["status"], { value: m.status });
    }
    if (m.member.kind === "organization" && m.member.organizationId === m.organizationId) {
      ctx.report("membership.self", ["member", "organizationId"], { value: m.organizationId });
    }
  },
];

/** The rules `validateGoverningBody` runs after the shape check. */
export const governingBodyRules: readonly Rule<GoverningBody>[] = [(b, ctx) => checkGoverningBody(b, ctx, [])];

/** The rules `validateFacility` runs after the shape check. */
export const facilityRules: readonly Rule<Facility>[] = [
  (f, ctx) => {
    checkPast(ctx, [[f.openedOn, ["openedOn"]]]);
    const b = f.beneficiaries;
    if (b !== undefined && (b.female ?? 0) + (b.male ?? 0) > b.total) {
      ctx.report("facility.beneficiaries_sum", ["beneficiaries"], { params: { total: b.total } });
    }
  },
];
