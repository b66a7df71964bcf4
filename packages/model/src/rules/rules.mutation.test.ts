import { describe, expect, it } from "vitest";
import {
  validateFacility,
  validateGoverningBody,
  validateMembership,
  validateOrganization,
  validatePartnershipAgreement,
  validatePerson,
  validateProject,
} from "../validate.js";
import { COOPERATIVE_DEFAULT_MIN_MEMBERS, COOPERATIVE_MIN_CAPITAL, COOPERATIVE_MIN_SHARE } from "./organization.js";

// Each branch and boundary of the validation rules, with the exact code, path, params, value and severity
// of what they report. Dates on a boundary (equal to asOf, to the due date, to the other end) are checked
// on both sides.

interface Reported {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly params?: unknown;
  readonly value?: unknown;
  readonly severity: string;
}

type AnyResult =
  | { readonly ok: true; readonly warnings?: readonly Reported[] }
  | { readonly ok: false; readonly issues: readonly Reported[] };

/** Errors and warnings alike, without their messages. */
function reported(r: AnyResult) {
  const list = r.ok ? (r.warnings ?? []) : r.issues;
  return list.map(({ code, path, params, value, severity }) => ({ code, path, params, value, severity }));
}

const codes = (r: AnyResult) => reported(r).map((i) => i.code);

describe("person and facility rules", () => {
  const person = { id: "p-1", name: { ar: "فاطمة الزهراء" } };

  it("reports a birth date after asOf, and only then", () => {
    expect(reported(validatePerson({ ...person, birthDate: "2000-01-02" }, { asOf: "2000-01-01" }))).toEqual([
      {
        code: "date.in_future",
        path: ["birthDate"],
        params: { asOf: "2000-01-01" },
        value: "2000-01-02",
        severity: "error",
      },
    ]);
    expect(validatePerson({ ...person, birthDate: "2000-01-01" }, { asOf: "2000-01-01" }).ok).toBe(true);
    // Without asOf the clock is never read: a date far in the future passes.
    expect(validatePerson({ ...person, birthDate: "2999-01-01" }).ok).toBe(true);
  });

  const facility = { id: "f-1", kind: "dar-taliba", name: { ar: "دار الطالبة" }, managingOrganizationId: "a-1" };

  it("reports female and male beneficiaries above the total, not equal to it", () => {
    const over = { year: 2024, total: 10, female: 6, male: 5 };
    expect(reported(validateFacility({ ...facility, beneficiaries: over }))).toEqual([
      {
        code: "facility.beneficiaries_sum",
        path: ["beneficiaries"],
        params: { total: 10 },
        value: undefined,
        severity: "error",
      },
    ]);
    expect(validateFacility({ ...facility, beneficiaries: { year: 2024, total: 10, female: 6, male: 4 } }).ok).toBe(
      true,
    );
    expect(codes(validateFacility({ ...facility, beneficiaries: { year: 2024, total: 10, female: 11 } }))).toEqual([
      "facility.beneficiaries_sum",
    ]);
    expect(codes(validateFacility({ ...facility, beneficiaries: { year: 2024, total: 10, male: 11 } }))).toEqual([
      "facility.beneficiaries_sum",
    ]);
    expect(validateFacility({ ...facility, beneficiaries: { year: 2024, total: 10 } }).ok).toBe(true);
  });

  it("reports an opening date after asOf", () => {
    expect(reported(validateFacility({ ...facility, openedOn: "2024-05-02" }, { asOf: "2024-05-01" }))).toEqual([
      {
        code: "date.in_future",
        path: ["openedOn"],
        params: { asOf: "2024-05-01" },
        value: "2024-05-02",
        severity: "error",
      },
    ]);
  });
});

describe("membership rules", () => {
  const membership = {
    id: "m-1",
    organizationId: "assoc-1",
    member: { kind: "person", personId: "p-1" },
    status: "active",
    joinedOn: "2020-03-01",
  };

  it("reports leaving before joining on leftOn, and accepts leaving the day one joined", () => {
    expect(reported(validateMembership({ ...membership, status: "resigned", leftOn: "2020-02-29" }))).toEqual([
      {
        code: "membership.left_before_joined",
        path: ["leftOn"],
        params: { start: "2020-03-01", end: "2020-02-29" },
        value: "2020-02-29",
        severity: "error",
      },
    ]);
    expect(validateMembership({ ...membership, status: "resigned", leftOn: "2020-03-01" }).ok).toBe(true);
  });

  it("requires a leaving date for each status that means the member left", () => {
    for (const status of ["resigned", "excluded", "deceased"]) {
      expect(reported(validateMembership({ ...membership, status }))).toEqual([
        { code: "membership.left_on_missing", path: ["leftOn"], params: undefined, value: status, severity: "error" },
      ]);
    }
    expect(validateMembership({ ...membership, status: "lapsed" }).ok).toBe(true);
  });

  it("reports an active member with a leaving date on the status", () => {
    expect(reported(validateMembership({ ...membership, leftOn: "2021-01-01" }))).toEqual([
      { code: "membership.status_conflict", path: ["status"], params: undefined, value: "active", severity: "error" },
    ]);
  });

  it("reports an organization that is a member of itself", () => {
    const self = { ...membership, member: { kind: "organization", organizationId: "assoc-1" } };
    expect(reported(validateMembership(self))).toEqual([
      {
        code: "membership.self",
        path: ["member", "organizationId"],
        params: undefined,
        value: "assoc-1",
        severity: "error",
      },
    ]);
    expect(validateMembership({ ...self, member: { kind: "organization", organizationId: "assoc-2" } }).ok).toBe(true);
  });

  it("reports joining and leaving dates after asOf at their paths", () => {
    const r = validateMembership({ ...membership, status: "resigned", leftOn: "2024-06-02" }, { asOf: "2024-06-01" });
    expect(reported(r).map((i) => [i.code, i.path])).toEqual([["date.in_future", ["leftOn"]]]);
    const joined = validateMembership({ ...membership, joinedOn: "2024-06-02" }, { asOf: "2024-06-01" });
    expect(reported(joined).map((i) => [i.code, i.path])).toEqual([["date.in_future", ["joinedOn"]]]);
  });
});

describe("partnership agreement rules", () => {
  const agreement = {
    id: "conv-1",
    title: { fr: "Convention de partenariat" },
    parties: [
      {
        organizationId: "org-a",
        role: "funder",
        contributions: [{ kind: "financial", amount: { amount: 500, currency: "MAD" } }],
      },
      { organizationId: "org-b", role: "co-organizer" },
    ],
    period: { startOn: "2024-01-01", endOn: "2024-12-31" },
    status: "signed",
    signedOn: "2023-12-20",
  };
  const milestone = { name: { fr: "Rapport" }, dueOn: "2024-06-30", status: "planned" };

  it("accepts the agreement as given", () => {
    expect(validatePartnershipAgreement(agreement, { asOf: "2024-06-01" })).toMatchObject({ ok: true, warnings: [] });
  });

  it("reports an end before the start on period.endOn, and accepts a one-day period", () => {
    const r = validatePartnershipAgreement({ ...agreement, period: { startOn: "2024-01-01", endOn: "2023-12-31" } });
    expect(reported(r)).toEqual([
      {
        code: "agreement.end_before_start",
        path: ["period", "endOn"],
        params: { start: "2024-01-01", end: "2023-12-31" },
        value: "2023-12-31",
        severity: "error",
      },
    ]);
    expect(
      validatePartnershipAgreement({ ...agreement, period: { startOn: "2024-01-01", endOn: "2024-01-01" } }).ok,
    ).toBe(true);
  });

  it("reports signing, termination and milestone dates after asOf at their paths", () => {
    const late = {
      ...agreement,
      status: "terminated",
      signedOn: "2024-03-02",
      terminatedOn: "2024-03-03",
      milestones: [milestone, { ...milestone, status: "done", doneOn: "2024-03-04" }],
    };
    expect(reported(validatePartnershipAgreement(late, { asOf: "2024-03-01" })).map((i) => [i.code, i.path])).toEqual([
      ["date.in_future", ["signedOn"]],
      ["date.in_future", ["terminatedOn"]],
      ["date.in_future", ["milestones", 1, "doneOn"]],
    ]);
  });

  it("reports a party listed twice at its organizationId", () => {
    const parties = [...agreement.parties, { organizationId: "org-a", role: "implementer" }];
    expect(reported(validatePartnershipAgreement({ ...agreement, parties }))).toEqual([
      {
        code: "agreement.party_duplicate",
        path: ["parties", 2, "organizationId"],
        params: undefined,
        value: "org-a",
        severity: "error",
      },
    ]);
  });

  it("reports a financial contribution without an amount, not an in-kind one", () => {
    const parties = [
      agreement.parties[0],
      { organizationId: "org-b", role: "co-organizer", contributions: [{ kind: "in-kind" }, { kind: "financial" }] },
    ];
    expect(reported(validatePartnershipAgreement({ ...agreement, parties }))).toEqual([
      {
        code: "agreement.contribution_amount_missing",
        path: ["parties", 1, "contributions", 1, "amount"],
        params: undefined,
        value: undefined,
        severity: "error",
      },
    ]);
  });

  it("requires two distinct parties, counting each organization once", () => {
    const one = validatePartnershipAgreement({ ...agreement, parties: [agreement.parties[0]] });
    expect(reported(one)).toEqual([
      { code: "agreement.parties_min", path: ["parties"], params: { count: 1 }, value: undefined, severity: "error" },
    ]);
    const twice = validatePartnershipAgreement({
      ...agreement,
      parties: [agreement.parties[0], { organizationId: "org-a", role: "implementer" }],
    });
    expect(codes(twice)).toEqual(["agreement.party_duplicate", "agreement.parties_min"]);
  });

  it("requires a signing date for signed, active and expired agreements only", () => {
    const { signedOn: _, ...unsigned } = agreement;
    for (const status of ["signed", "active", "expired"]) {
      expect(reported(validatePartnershipAgreement({ ...unsigned, status }))).toEqual([
        {
          code: "agreement.signed_on_missing",
          path: ["signedOn"],
          params: undefined,
          value: status,
          severity: "error",
        },
      ]);
    }
    expect(validatePartnershipAgreement({ ...unsigned, status: "draft" }).ok).toBe(true);
  });

  it("requires a termination date for a terminated agreement", () => {
    expect(reported(validatePartnershipAgreement({ ...agreement, status: "terminated" }))).toEqual([
      {
        code: "agreement.terminated_on_missing",
        path: ["terminatedOn"],
        params: undefined,
        value: undefined,
        severity: "error",
      },
    ]);
    expect(validatePartnershipAgreement({ ...agreement, status: "terminated", terminatedOn: "2024-05-01" }).ok).toBe(
      true,
    );
  });

  it("warns when a draft, signed or active agreement is past its end, from the day after the end", () => {
    for (const status of ["draft", "signed", "active"]) {
      const r = validatePartnershipAgreement({ ...agreement, status }, { asOf: "2025-01-01" });
      expect(r.ok).toBe(true);
      expect(reported(r)).toEqual([
        {
          code: "agreement.status_stale",
          path: ["status"],
          params: { endOn: "2024-12-31" },
          value: status,
          severity: "warning",
        },
      ]);
      expect(reported(validatePartnershipAgreement({ ...agreement, status }, { asOf: "2024-12-31" }))).toEqual([]);
    }
    for (const status of ["expired", "terminated"]) {
      const r = validatePartnershipAgreement(
        { ...agreement, status, terminatedOn: "2024-06-01" },
        { asOf: "2025-01-01" },
      );
      expect(reported(r)).toEqual([]);
    }
    const open = { ...agreement, period: { startOn: "2024-01-01" } };
    expect(reported(validatePartnershipAgreement(open, { asOf: "2030-01-01" }))).toEqual([]);
    expect(reported(validatePartnershipAgreement(agreement))).toEqual([]);
  });

  it("requires a done date for done milestones only", () => {
    const milestones = [milestone, { ...milestone, status: "cancelled" }, { ...milestone, status: "done" }];
    expect(reported(validatePartnershipAgreement({ ...agreement, milestones }))).toEqual([
      {
        code: "milestone.done_on_missing",
        path: ["milestones", 2, "doneOn"],
        params: undefined,
        value: undefined,
        severity: "error",
      },
    ]);
  });
});

describe("project rules", () => {
  const project = {
    id: "proj-1",
    title: { fr: "Projet d'appui aux coopératives" },
    funders: [{ organizationId: "funder-1" }, { organizationId: "funder-2" }],
    consortium: [
      { organizationId: "org-1", role: "lead" },
      { organizationId: "org-2", role: "member" },
    ],
    period: { startOn: "2024-03-01", endOn: "2026-02-28" },
    budgetLines: [
      {
        code: "B1",
        label: { fr: "Formation" },
        amount: { amount: 1000, currency: "MAD" },
        year: 2024,
        funderId: "funder-1",
      },
    ],
  };
  const line = (extra: object) => ({
    code: "B2",
    label: { fr: "Équipement" },
    amount: { amount: 50, currency: "MAD" },
    ...extra,
  });

  it("accepts the project as given", () => {
    expect(validateProject(project).ok).toBe(true);
  });

  it("reports an end before the start, and milestone rules, at their paths", () => {
    const r = validateProject(
      {
        ...project,
        period: { startOn: "2024-03-01", endOn: "2024-02-29" },
        budgetLines: [],
        milestones: [
          { name: { fr: "Atelier" }, dueOn: "2024-04-01", status: "done" },
          { name: { fr: "Atelier" }, dueOn: "2024-04-01", status: "done", doneOn: "2024-05-02" },
        ],
      },
      { asOf: "2024-05-01" },
    );
    expect(reported(r).map((i) => [i.code, i.path])).toEqual([
      ["project.end_before_start", ["period", "endOn"]],
      ["date.in_future", ["milestones", 1, "doneOn"]],
      ["milestone.done_on_missing", ["milestones", 0, "doneOn"]],
    ]);
  });

  it("requires a done date for done milestones only", () => {
    const milestone = { name: { fr: "Atelier" }, dueOn: "2024-04-01" };
    const milestones = [
      { ...milestone, status: "planned" },
      { ...milestone, status: "cancelled" },
    ];
    expect(validateProject({ ...project, milestones }).ok).toBe(true);
  });

  it("requires exactly one lead in a consortium, and accepts no consortium", () => {
    const none = validateProject({ ...project, consortium: [{ organizationId: "org-1", role: "member" }] });
    expect(reported(none)).toEqual([
      { code: "project.lead_count", path: ["consortium"], params: { count: 0 }, value: undefined, severity: "error" },
    ]);
    const two = validateProject({
      ...project,
      consortium: [...project.consortium, { organizationId: "org-3", role: "lead" }],
    });
    expect(reported(two).map((i) => i.params)).toEqual([{ count: 2 }]);
    expect(validateProject({ ...project, consortium: [] }).ok).toBe(true);
  });

  it("reports a budget line in another currency than the first", () => {
    const r = validateProject({
      ...project,
      budgetLines: [...project.budgetLines, line({ amount: { amount: 5, currency: "EUR" } })],
    });
    expect(reported(r)).toEqual([
      {
        code: "project.currency_mismatch",
        path: ["budgetLines", 1, "amount", "currency"],
        params: { expected: "MAD" },
        value: "EUR",
        severity: "error",
      },
    ]);
  });

  it("accepts budget years from the first to the last year of the period, inclusive", () => {
    for (const year of [2024, 2025, 2026])
      expect(validateProject({ ...project, budgetLines: [line({ year })] }).ok).toBe(true);
    for (const year of [2023, 2027]) {
      expect(reported(validateProject({ ...project, budgetLines: [line({ year })] }))).toEqual([
        {
          code: "project.budget_year_outside",
          path: ["budgetLines", 0, "year"],
          params: undefined,
          value: year,
          severity: "error",
        },
      ]);
    }
    // An open-ended project has no last year.
    const open = { ...project, period: { startOn: "2024-03-01" } };
    expect(validateProject({ ...open, budgetLines: [line({ year: 2090 })] }).ok).toBe(true);
    expect(codes(validateProject({ ...open, budgetLines: [line({ year: 2023 })] }))).toEqual([
      "project.budget_year_outside",
    ]);
  });

  it("reports a budget line funded by an organization that is not a funder", () => {
    expect(reported(validateProject({ ...project, budgetLines: [line({ funderId: "funder-9" })] }))).toEqual([
      {
        code: "project.unknown_funder",
        path: ["budgetLines", 0, "funderId"],
        params: undefined,
        value: "funder-9",
        severity: "error",
      },
    ]);
    expect(validateProject({ ...project, budgetLines: [line({ funderId: "funder-2" })] }).ok).toBe(true);
  });
});

describe("governing body rules", () => {
  const body = (kind: string, mandates: readonly object[]) => ({ id: "b-1", kind, mandates });
  const president = { personId: "p1", role: "president", startOn: "2024-01-01", endOn: "2024-12-31" };
  const treasurer = { personId: "p2", role: "treasurer", startOn: "2024-01-01", endOn: "2024-12-31" };

  it("reports an election date after asOf and a mandate ending before it starts", () => {
    const r = validateGoverningBody(
      body("board", [
        { ...president, electedOn: "2024-01-02" },
        treasurer,
        { personId: "p3", role: "member", startOn: "2024-03-01", endOn: "2024-02-29" },
      ]),
      { asOf: "2024-01-01" },
    );
    expect(reported(r)).toEqual([
      {
        code: "date.in_future",
        path: ["mandates", 0, "electedOn"],
        params: { asOf: "2024-01-01" },
        value: "2024-01-02",
        severity: "error",
      },
      {
        code: "mandate.end_before_start",
        path: ["mandates", 2, "endOn"],
        params: { start: "2024-03-01", end: "2024-02-29" },
        value: "2024-02-29",
        severity: "error",
      },
    ]);
  });

  it("accepts a one-day mandate", () => {
    const oneDay = { personId: "p1", role: "president", startOn: "2024-01-01", endOn: "2024-01-01" };
    const r = validateGoverningBody(body("board", [oneDay, { ...treasurer, endOn: "2024-01-01" }]));
    expect(r.ok).toBe(true);
  });

  it("reports overlapping mandates of each single-holder role, on the later start, with role and date", () => {
    for (const role of [
      "president",
      "secretary-general",
      "deputy-secretary-general",
      "treasurer",
      "deputy-treasurer",
    ]) {
      const first = { personId: "a", role, startOn: "2024-01-01", endOn: "2024-06-30" };
      const second = { personId: "b", role, startOn: "2024-06-30", endOn: "2024-12-31" };
      const others = [president, treasurer].filter((m) => m.role !== role);
      const r = validateGoverningBody(body("board", [second, first, ...others]));
      expect(reported(r).filter((i) => i.code === "board.role_overlap")).toEqual([
        {
          code: "board.role_overlap",
          path: ["mandates", 0, "startOn"],
          params: { role, date: "2024-06-30" },
          value: "2024-06-30",
          severity: "error",
        },
      ]);
      // Starting the day after the other ends is a handover, not an overlap.
      const handover = validateGoverningBody(body("board", [{ ...second, startOn: "2024-07-01" }, first, ...others]));
      expect(codes(handover)).not.toContain("board.role_overlap");
    }
    // Several vice-presidents at once are allowed.
    const vps = [0, 1].map((i) => ({
      personId: `vp${i}`,
      role: "vice-president",
      startOn: "2024-01-01",
      endOn: "2024-12-31",
    }));
    expect(validateGoverningBody(body("board", [president, treasurer, ...vps])).ok).toBe(true);
  });

  it("reports an overlap with an earlier mandate that ends later than the one before", () => {
    const long = { personId: "a", role: "president", startOn: "2024-01-01", endOn: "2024-12-31" };
    const short = { personId: "b", role: "president", startOn: "2024-02-01", endOn: "2024-02-28" };
    const third = { personId: "c", role: "president", startOn: "2024-06-01", endOn: "2024-12-31" };
    const r = validateGoverningBody(body("board", [long, short, third, treasurer]));
    expect(reported(r).map((i) => [i.code, i.path])).toEqual([
      ["board.role_overlap", ["mandates", 1, "startOn"]],
      ["board.role_overlap", ["mandates", 2, "startOn"]],
    ]);
  });

  it("checks overlaps and missing roles on boards and central bureaus only", () => {
    const overlapping = [president, { ...president, personId: "p9" }];
    expect(codes(validateGoverningBody(body("central-bureau", overlapping)))).toEqual([
      "board.role_overlap",
      "board.treasurer_missing",
    ]);
    expect(validateGoverningBody(body("council", overlapping)).ok).toBe(true);
    expect(validateGoverningBody(body("board", [])).ok).toBe(true);
  });

  it("reports each uncovered stretch of president and treasurer with its dates, and joins adjacent mandates", () => {
    const r = validateGoverningBody(
      body("board", [
        { personId: "m", role: "member", startOn: "2024-01-01", endOn: "2024-12-31" },
        { personId: "p1", role: "president", startOn: "2024-02-01", endOn: "2024-03-31" },
        { personId: "p2", role: "president", startOn: "2024-04-01", endOn: "2024-05-31" },
        { personId: "p3", role: "president", startOn: "2024-07-01", endOn: "2024-11-30" },
        { personId: "t1", role: "treasurer", startOn: "2024-01-01", endOn: "2024-12-31" },
      ]),
    );
    expect(reported(r)).toEqual(
      [
        { from: "2024-01-01", to: "2024-01-31" },
        { from: "2024-06-01", to: "2024-06-30" },
        { from: "2024-12-01", to: "2024-12-31" },
      ].map((params) => ({
        code: "board.president_missing",
        path: ["mandates"],
        params,
        value: undefined,
        severity: "error",
      })),
    );
  });

  it("reports a stretch left uncovered between two separate terms of the board", () => {
    const r = validateGoverningBody(
      body("board", [
        { personId: "p1", role: "president", startOn: "2020-01-01", endOn: "2020-12-31" },
        { personId: "t1", role: "treasurer", startOn: "2020-01-01", endOn: "2020-12-31" },
        { personId: "p1", role: "president", startOn: "2022-01-01", endOn: "2022-12-31" },
        { personId: "m", role: "member", startOn: "2022-01-01", endOn: "2022-12-31" },
      ]),
    );
    expect(reported(r).map((i) => [i.code, i.params])).toEqual([
      ["board.treasurer_missing", { from: "2022-01-01", to: "2022-12-31" }],
    ]);
  });

  it("reports one stretch across adjacent mandates of other members, and ends a stretch with the term", () => {
    const r = validateGoverningBody(
      body("board", [
        { personId: "m1", role: "member", startOn: "2024-01-01", endOn: "2024-06-30" },
        { personId: "m2", role: "member", startOn: "2024-07-01", endOn: "2024-12-31" },
        { personId: "t1", role: "treasurer", startOn: "2024-01-01", endOn: "2024-12-31" },
      ]),
    );
    expect(reported(r).map((i) => i.params)).toEqual([{ from: "2024-01-01", to: "2024-12-31" }]);
    const later = validateGoverningBody(
      body("board", [
        { personId: "t1", role: "treasurer", startOn: "2020-01-01", endOn: "2020-12-31" },
        { personId: "t1", role: "treasurer", startOn: "2022-01-01", endOn: "2022-12-31" },
        { personId: "p1", role: "president", startOn: "2022-01-01", endOn: "2022-12-31" },
      ]),
    );
    expect(reported(later).map((i) => [i.code, i.params])).toEqual([
      ["board.president_missing", { from: "2020-01-01", to: "2020-12-31" }],
    ]);
  });

  it("counts a one-day mandate as covering its day", () => {
    const day = { startOn: "2024-01-01", endOn: "2024-01-01" };
    const r = validateGoverningBody(
      body("board", [
        { personId: "p1", role: "president", ...day },
        { personId: "t1", role: "treasurer", ...day },
        { personId: "m1", role: "member", ...day },
      ]),
    );
    expect(r.ok).toBe(true);
  });

  it("accepts a president whose mandate is open and a treasurer who starts and ends with the others", () => {
    const r = validateGoverningBody(
      body("board", [
        { personId: "p1", role: "president", startOn: "2024-01-01" },
        { personId: "t1", role: "treasurer", startOn: "2024-01-01", endOn: "2024-06-30" },
        { personId: "t2", role: "treasurer", startOn: "2024-07-01" },
      ]),
    );
    expect(r.ok).toBe(true);
  });
});

describe("organization rules", () => {
  const association = {
    id: "assoc-1",
    legalForm: "association",
    name: { ar: "جمعية الأمل" },
    seat: { regionCode: "06", provinceCode: "06.181", communeCode: "06.181.01.03" },
    foundedOn: "2010-01-10",
  };
  const mad = (amount: number) => ({ amount, currency: "MAD" });
  const cooperative = {
    ...association,
    id: "coop-1",
    legalForm: "cooperative",
    cooperative: { capital: mad(COOPERATIVE_MIN_CAPITAL), shareValue: mad(COOPERATIVE_MIN_SHARE), memberCount: 5 },
  };

  it("accepts both fixtures", () => {
    expect(validateOrganization(association).ok).toBe(true);
    expect(validateOrganization(cooperative).ok).toBe(true);
  });

  it("requires two founders for each associative form, when founders are listed", () => {
    for (const legalForm of ["association", "network", "federation", "union"]) {
      const r = validateOrganization({ ...association, legalForm, founders: [{ personId: "p-1" }] });
      expect(reported(r)).toEqual([
        {
          code: "association.founders_min",
          path: ["founders"],
          params: { count: 1 },
          value: undefined,
          severity: "error",
        },
      ]);
      expect(
        validateOrganization({ ...association, legalForm, founders: [{ personId: "p-1" }, { personId: "p-2" }] }).ok,
      ).toBe(true);
    }
    expect(validateOrganization({ ...cooperative, founders: [{ personId: "p-1" }] }).ok).toBe(true);
  });

  it("reports the founding date, former names' end dates and legal-life dates after asOf", () => {
    const r = validateOrganization(
      {
        ...association,
        foundedOn: "2024-01-02",
        formerNames: [{ name: { fr: "Ancien nom" }, until: "2024-01-03" }],
        lifecycle: { declaredOn: "2024-01-04" },
      },
      { asOf: "2024-01-01" },
    );
    expect(reported(r).map((i) => [i.code, i.path, i.value])).toEqual([
      ["date.in_future", ["foundedOn"], "2024-01-02"],
      ["date.in_future", ["formerNames", 0, "until"], "2024-01-03"],
      ["date.in_future", ["lifecycle", "declaredOn"], "2024-01-04"],
    ]);
  });

  it("reports each pair of legal-life dates out of order on the later field, and accepts equal dates", () => {
    const pairs = [
      ["declaredOn", "provisionalReceiptOn"],
      ["provisionalReceiptOn", "finalReceiptOn"],
      ["finalReceiptOn", "publicUtilityOn"],
      ["suspendedOn", "resumedOn"],
      ["declaredOn", "dissolvedOn"],
    ] as const;
    for (const [first, second] of pairs) {
      const r = validateOrganization({ ...association, lifecycle: { [first]: "2015-05-02", [second]: "2015-05-01" } });
      expect(reported(r)).toEqual([
        {
          code: "lifecycle.order",
          path: ["lifecycle", second],
          params: { first, second },
          value: "2015-05-01",
          severity: "error",
        },
      ]);
      expect(
        validateOrganization({ ...association, lifecycle: { [first]: "2015-05-01", [second]: "2015-05-01" } }).ok,
      ).toBe(true);
    }
    const skip = validateOrganization({
      ...association,
      lifecycle: { declaredOn: "2015-05-02", finalReceiptOn: "2015-05-01" },
    });
    expect(reported(skip).map((i) => i.params)).toEqual([{ first: "declaredOn", second: "finalReceiptOn" }]);
  });

  it("reports a legal-life date before the founding date, and accepts the founding day itself", () => {
    const r = validateOrganization({ ...association, lifecycle: { declaredOn: "2010-01-09" } });
    expect(reported(r)).toEqual([
      {
        code: "lifecycle.order",
        path: ["lifecycle", "declaredOn"],
        params: { first: "foundedOn", second: "declaredOn" },
        value: "2010-01-09",
        severity: "error",
      },
    ]);
    expect(validateOrganization({ ...association, lifecycle: { declaredOn: "2010-01-10" } }).ok).toBe(true);
    const { foundedOn: _, ...undated } = association;
    expect(validateOrganization({ ...undated, lifecycle: { declaredOn: "1990-01-01" } }).ok).toBe(true);
  });

  const declaration = (extra: object) => ({ kind: "governing-body-change", changedOn: "2024-01-31", ...extra });

  it("reports a declaration made before the change, and nothing more for it", () => {
    const r = validateOrganization(
      { ...association, declarations: [declaration({ declaredOn: "2024-01-30" })] },
      { asOf: "2025-01-01" },
    );
    expect(reported(r)).toEqual([
      {
        code: "association.declaration_before_change",
        path: ["declarations", 0, "declaredOn"],
        params: undefined,
        value: "2024-01-30",
        severity: "error",
      },
    ]);
  });

  it("warns of a declaration made after the month's delay, from the day after the due date", () => {
    // One month after 31 January is the end of February (2024 is a leap year).
    const late = validateOrganization({ ...association, declarations: [declaration({ declaredOn: "2024-03-01" })] });
    expect(late.ok).toBe(true);
    expect(reported(late)).toEqual([
      {
        code: "association.declaration_late",
        path: ["declarations", 0, "declaredOn"],
        params: { dueOn: "2024-02-29" },
        value: "2024-03-01",
        severity: "warning",
      },
    ]);
    const onTime = validateOrganization({ ...association, declarations: [declaration({ declaredOn: "2024-02-29" })] });
    expect(reported(onTime)).toEqual([]);
  });

  it("warns of an undeclared change once the due date has passed, on the declaration", () => {
    const overdue = validateOrganization({ ...association, declarations: [declaration({})] }, { asOf: "2024-03-01" });
    expect(reported(overdue)).toEqual([
      {
        code: "association.declaration_overdue",
        path: ["declarations", 0],
        params: { dueOn: "2024-02-29" },
        value: undefined,
        severity: "warning",
      },
    ]);
    expect(
      reported(validateOrganization({ ...association, declarations: [declaration({})] }, { asOf: "2024-02-29" })),
    ).toEqual([]);
    expect(reported(validateOrganization({ ...association, declarations: [declaration({})] }))).toEqual([]);
  });

  it("accepts a declaration made on the day of the change or within the month, whatever the date asOf", () => {
    for (const declaredOn of ["2024-01-31", "2024-02-29"]) {
      const r = validateOrganization(
        { ...association, declarations: [declaration({ declaredOn })] },
        { asOf: "2025-01-01" },
      );
      expect(reported(r)).toEqual([]);
    }
  });

  it("applies the declaration delay to associative forms only, and checks declaration dates against asOf", () => {
    const coop = validateOrganization(
      { ...cooperative, declarations: [declaration({ declaredOn: "2024-06-01" })] },
      { asOf: "2024-06-01" },
    );
    expect(reported(coop)).toEqual([]);
    const future = validateOrganization(
      {
        ...association,
        declarations: [declaration({ changedOn: "2024-06-02", declaredOn: "2024-06-03", receiptOn: "2024-06-04" })],
      },
      { asOf: "2024-06-01" },
    );
    expect(reported(future).map((i) => i.path)).toEqual([
      ["declarations", 0, "changedOn"],
      ["declarations", 0, "declaredOn"],
      ["declarations", 0, "receiptOn"],
    ]);
  });

  it("forbids cooperative details on other forms, and allows them on a cooperative union", () => {
    const r = validateOrganization({ ...association, cooperative: cooperative.cooperative });
    expect(reported(r)).toEqual([
      {
        code: "organization.cooperative_details_forbidden",
        path: ["cooperative"],
        params: undefined,
        value: "association",
        severity: "error",
      },
    ]);
    expect(validateOrganization({ ...cooperative, legalForm: "cooperative-union" }).ok).toBe(true);
  });

  it("requires amounts in dirhams, and checks the minimums only for them", () => {
    const eur = { amount: 1, currency: "EUR" };
    const r = validateOrganization({ ...cooperative, cooperative: { capital: eur, shareValue: eur } });
    expect(reported(r)).toEqual([
      {
        code: "cooperative.currency",
        path: ["cooperative", "capital", "currency"],
        params: undefined,
        value: "EUR",
        severity: "error",
      },
      {
        code: "cooperative.currency",
        path: ["cooperative", "shareValue", "currency"],
        params: undefined,
        value: "EUR",
        severity: "error",
      },
    ]);
  });

  it("applies the capital and share minimums of Law 112-12 at their exact values", () => {
    const below = { capital: mad(COOPERATIVE_MIN_CAPITAL - 1), shareValue: mad(COOPERATIVE_MIN_SHARE - 1) };
    expect(reported(validateOrganization({ ...cooperative, cooperative: below }))).toEqual([
      {
        code: "cooperative.capital_min",
        path: ["cooperative", "capital", "amount"],
        params: { minimum: "1000 MAD" },
        value: COOPERATIVE_MIN_CAPITAL - 1,
        severity: "error",
      },
      {
        code: "cooperative.share_min",
        path: ["cooperative", "shareValue", "amount"],
        params: { minimum: "100 MAD" },
        value: COOPERATIVE_MIN_SHARE - 1,
        severity: "error",
      },
    ]);
    expect(COOPERATIVE_MIN_CAPITAL).toBe(100_000);
    expect(COOPERATIVE_MIN_SHARE).toBe(10_000);
  });

  it("applies the member minimum, 5 by default or the option's value", () => {
    expect(COOPERATIVE_DEFAULT_MIN_MEMBERS).toBe(5);
    const four = { ...cooperative, cooperative: { ...cooperative.cooperative, memberCount: 4 } };
    expect(reported(validateOrganization(four))).toEqual([
      {
        code: "cooperative.members_min",
        path: ["cooperative", "memberCount"],
        params: { minimum: 5 },
        value: 4,
        severity: "error",
      },
    ]);
    expect(validateOrganization(four, { cooperativeMinMembers: 4 }).ok).toBe(true);
    expect(reported(validateOrganization(cooperative, { cooperativeMinMembers: 6 })).map((i) => i.params)).toEqual([
      { minimum: 6 },
    ]);
    const uncounted = {
      ...cooperative,
      cooperative: { capital: mad(COOPERATIVE_MIN_CAPITAL), shareValue: mad(COOPERATIVE_MIN_SHARE) },
    };
    expect(validateOrganization(uncounted).ok).toBe(true);
  });

  it("reports a bad member-minimum option", () => {
    for (const bad of [-1, 2.5, "5"]) {
      const r = validateOrganization(cooperative, { cooperativeMinMembers: bad as number });
      expect(reported(r).map((i) => [i.code, i.path, i.params, i.value])).toEqual([
        ["schema.invalid_option", [], { option: "cooperativeMinMembers" }, bad],
      ]);
    }
    expect(validateOrganization(cooperative, { cooperativeMinMembers: 0 }).ok).toBe(true);
  });

  it("allows member organizations for groupings only, and an empty list for any form", () => {
    const r = validateOrganization({ ...association, memberOrganizationIds: ["assoc-2"] });
    expect(reported(r)).toEqual([
      {
        code: "organization.members_not_grouping",
        path: ["memberOrganizationIds"],
        params: undefined,
        value: "association",
        severity: "error",
      },
    ]);
    expect(validateOrganization({ ...association, memberOrganizationIds: [] }).ok).toBe(true);
    for (const legalForm of ["network", "federation", "union", "cooperative-union"]) {
      const grouping =
        legalForm === "cooperative-union" ? { ...cooperative, legalForm } : { ...association, legalForm };
      expect(validateOrganization({ ...grouping, memberOrganizationIds: ["assoc-2"] }).ok, legalForm).toBe(true);
    }
  });

  it("reports an organization that is its own parent or its own member, at the path of the reference", () => {
    expect(reported(validateOrganization({ ...association, parentId: "assoc-1" }))).toEqual([
      {
        code: "organization.self_reference",
        path: ["parentId"],
        params: undefined,
        value: "assoc-1",
        severity: "error",
      },
    ]);
    const network = { ...association, legalForm: "network", memberOrganizationIds: ["assoc-2", "assoc-1"] };
    expect(reported(validateOrganization(network))).toEqual([
      {
        code: "organization.self_reference",
        path: ["memberOrganizationIds", 1],
        params: undefined,
        value: "assoc-1",
        severity: "error",
      },
    ]);
    const first = { ...network, memberOrganizationIds: ["assoc-1", "assoc-2"] };
    expect(reported(validateOrganization(first)).map((i) => i.path)).toEqual([["memberOrganizationIds", 0]]);
    expect(validateOrganization({ ...association, parentId: "assoc-9" }).ok).toBe(true);
  });

  it("checks every embedded governing body with its index in the path", () => {
    const ok = { id: "b-0", kind: "council", mandates: [] };
    const bad = { id: "b-1", kind: "board", mandates: [{ personId: "p1", role: "president", startOn: "2024-01-01" }] };
    const r = validateOrganization({ ...association, governingBodies: [ok, bad] });
    expect(reported(r).map((i) => [i.code, i.path])).toEqual([
      ["board.treasurer_missing", ["governingBodies", 1, "mandates"]],
    ]);
  });
});
