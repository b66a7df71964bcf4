import { describe, expect, it } from "vitest";
import { DeclarationKind, type Organization, validateOrganization } from "../src/index.js";

/** The regional network of scenario 1 and 5: شبكة الجمعيات الدكالية, seated in El Jadida. */
const network = (): Record<string, unknown> => ({
  id: "reseau-doukkala",
  legalForm: "network",
  name: { ar: "شبكة الجمعيات الدكالية", fr: "Réseau des associations de Doukkala" },
  purpose: { ar: "تقوية قدرات الجمعيات الأعضاء في التخطيط الاستراتيجي والاقتصاد الاجتماعي والتضامني" },
  fieldsOfAction: ["social-solidarity-economy", "local-development", "access-to-justice"],
  targetGroups: ["associations", "cooperatives", "vulnerable-groups"],
  seat: { regionCode: "06", provinceCode: "06.181", communeCode: "06.181.01.03", city: { fr: "El Jadida" } },
  foundedOn: "2010-10-16",
  lifecycle: { declaredOn: "2010-10-20", provisionalReceiptOn: "2010-10-20", finalReceiptOn: "2010-12-02" },
  founders: [{ organizationId: "assoc-1" }, { organizationId: "assoc-2" }, { organizationId: "assoc-3" }],
  memberOrganizationIds: ["assoc-1", "assoc-2", "assoc-3"],
  governingBodies: [
    {
      id: "bureau-central-2023",
      kind: "central-bureau",
      mandates: [
        { personId: "p-president", role: "president", startOn: "2023-01-14", endOn: "2027-01-13" },
        { personId: "p-treasurer", role: "treasurer", startOn: "2023-01-14", endOn: "2027-01-13" },
        { personId: "p-sg", role: "secretary-general", startOn: "2023-01-14", endOn: "2027-01-13" },
      ],
    },
    { id: "conseil", kind: "council", mandates: [] },
    { id: "benevolat", kind: "volunteer-body", mandates: [] },
  ],
});

const codes = (r: ReturnType<typeof validateOrganization>) => (r.ok ? [] : r.issues.map((i) => i.code));

describe("validateOrganization", () => {
  it("accepts the Doukkala network with its central bureau, council and volunteer body", () => {
    const r = validateOrganization(network(), { asOf: "2024-12-27" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const value: Organization = r.value;
    expect(value.name.ar).toBe("شبكة الجمعيات الدكالية");
    expect(r.warnings).toEqual([]);
  });

  it("returns a copy: the input is not changed and not shared", () => {
    const input = network();
    const before = JSON.stringify(input);
    const r = validateOrganization(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(r.ok && r.value).not.toBe(input);
  });

  it("requires two founders for an association (Dahir 1-58-376, art. 1)", () => {
    const r = validateOrganization({
      ...network(),
      legalForm: "association",
      memberOrganizationIds: undefined,
      founders: [{ personId: "p-1" }],
    });
    expect(codes(r)).toEqual(["association.founders_min"]);
    const ar = validateOrganization(
      { ...network(), legalForm: "association", memberOrganizationIds: undefined, founders: [{ personId: "p-1" }] },
      { locale: "ar" },
    );
    expect(ar.ok ? "" : ar.issues[0]?.message).toContain("شخصين أو أكثر");
  });

  it("reports legal-life dates out of order", () => {
    const r = validateOrganization({
      ...network(),
      lifecycle: { declaredOn: "2010-10-20", provisionalReceiptOn: "2010-10-20", finalReceiptOn: "2010-09-01" },
    });
    expect(codes(r)).toContain("lifecycle.order");
  });

  it("reports a late declaration of a new board as a warning, and an undeclared one once the month has passed", () => {
    const late = validateOrganization(
      {
        ...network(),
        declarations: [{ kind: "governing-body-change", changedOn: "2023-01-14", declaredOn: "2023-03-01" }],
      },
      { asOf: "2024-01-01" },
    );
    expect(late.ok).toBe(true);
    expect(late.ok && late.warnings.map((w) => [w.code, w.severity, w.params])).toEqual([
      ["association.declaration_late", "warning", { dueOn: "2023-02-14" }],
    ]);
    const overdue = validateOrganization(
      { ...network(), declarations: [{ kind: "statutes-change", changedOn: "2023-01-14" }] },
      { asOf: "2023-02-15" },
    );
    expect(overdue.ok && overdue.warnings.map((w) => w.code)).toEqual(["association.declaration_overdue"]);
    const inTime = validateOrganization(
      { ...network(), declarations: [{ kind: "statutes-change", changedOn: "2023-01-14" }] },
      { asOf: "2023-02-14" },
    );
    expect(inTime.ok && inTime.warnings).toEqual([]);
  });

  it("knows the creation of branches or establishments as a change to declare within the month", () => {
    expect(DeclarationKind.labels["branch-creation"]).toEqual({
      ar: "إحداث فروع أو مؤسسات تابعة",
      fr: "Création de filiales ou d'établissements",
      en: "Creation of branches or establishments",
    });
    const undeclared = validateOrganization(
      { ...network(), declarations: [{ kind: "branch-creation", changedOn: "2024-11-20" }] },
      { asOf: "2025-01-15" },
    );
    expect(undeclared.ok && undeclared.warnings.map((w) => w.code)).toEqual(["association.declaration_overdue"]);
  });

  it("checks the board embedded in the organization with the path to the body", () => {
    const org = network();
    const bodies = org.governingBodies as { mandates: unknown[] }[];
    bodies[0]?.mandates.splice(1, 1);
    const r = validateOrganization(org);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ["board.treasurer_missing", ["governingBodies", 0, "mandates"]],
    ]);
  });

  it("applies the cooperative minimums of Law 112-12 and the member-count option", () => {
    const coop = {
      id: "coop-argane",
      legalForm: "cooperative",
      name: { ar: "تعاونية أركان النساء", fr: "Coopérative Argane des femmes" },
      cooperative: {
        capital: { amount: 99_900, currency: "MAD" },
        shareValue: { amount: 5_000, currency: "MAD" },
        memberCount: 4,
      },
    };
    expect(codes(validateOrganization(coop))).toEqual([
      "cooperative.capital_min",
      "cooperative.share_min",
      "cooperative.members_min",
    ]);
    const ok = {
      ...coop,
      cooperative: {
        capital: { amount: 100_000, currency: "MAD" },
        shareValue: { amount: 10_000, currency: "MAD" },
        memberCount: 4,
      },
    };
    expect(codes(validateOrganization(ok))).toEqual(["cooperative.members_min"]);
    expect(validateOrganization(ok, { cooperativeMinMembers: 3 }).ok).toBe(true);
    expect(codes(validateOrganization({ ...ok, legalForm: "association" }))).toEqual([
      "organization.cooperative_details_forbidden",
    ]);
  });

  it("allows member organizations only for groupings and never itself", () => {
    expect(codes(validateOrganization({ ...network(), legalForm: "association" }))).toEqual([
      "organization.members_not_grouping",
    ]);
    expect(
      codes(validateOrganization({ ...network(), memberOrganizationIds: ["assoc-1", "reseau-doukkala"] })),
    ).toEqual(["organization.self_reference"]);
  });

  it("checks recorded dates against asOf and never against the machine clock", () => {
    const future = { ...network(), foundedOn: "2999-01-01", lifecycle: undefined };
    expect(validateOrganization(future).ok).toBe(true);
    expect(codes(validateOrganization(future, { asOf: "2026-11-25" }))).toEqual(["date.in_future"]);
  });

  it("rejects unknown fields instead of dropping them", () => {
    const r = validateOrganization({ ...network(), nmae: "typo" });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([["schema.unrecognized_key", ["nmae"]]]);
  });

  it("writes messages in Arabic, French and English", () => {
    const bad = { ...network(), legalForm: "club" };
    const m = (locale: "ar" | "fr" | "en") => {
      const r = validateOrganization(bad, { locale });
      return r.ok ? "" : (r.issues[0]?.message ?? "");
    };
    expect(m("ar")).toMatch(/قيمة غير مقبولة/);
    expect(m("fr")).toMatch(/Valeur non admise/);
    expect(m("en")).toMatch(/Value not allowed/);
  });

  it("reports bad options as issues", () => {
    const r = validateOrganization(network(), { asOf: "yesterday" } as never);
    expect(codes(r)).toEqual(["schema.invalid_option"]);
  });

  it("caps the number of issues and says so", () => {
    const r = validateOrganization(
      { ...network(), fieldsOfAction: Array.from({ length: 40 }, () => "x") },
      { maxIssues: 5 },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(6);
    expect(r.issues[5]).toMatchObject({ code: "input.too_many_issues", params: { limit: 5, total: 40 } });
  });
});
