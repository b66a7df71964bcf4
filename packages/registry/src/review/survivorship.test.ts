import { type Organization, OrganizationSchema } from "@madani/model";
import { organizationArbitrary } from "@madani/model/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memoryStore } from "../storage/memoryStore.js";
import { mergeDuplicates } from "./apply.js";
import { DEFAULT_SURVIVORSHIP, MERGE_FIELDS, mergeOrganizations } from "./survivorship.js";

const seat = { regionCode: "01", provinceCode: "01.511", communeCode: "01.511.01.01" };
const board = (id: string, president: string, startOn: string) => [
  {
    id: `${id}-board`,
    kind: "board" as const,
    mandates: [{ personId: `${id}-p`, personName: { ar: president }, role: "president" as const, startOn }],
  },
];

const older: Organization = {
  id: "org-a",
  legalForm: "association",
  name: { ar: "جمعية الأمل", fr: "Association Al Amal pour le développement" },
  seat,
  foundedOn: "2004-05-01",
  identifiers: [{ scheme: "MA-ICE", id: "001234567000062" }],
  contacts: [
    { kind: "phone", value: "+212661234567" },
    { kind: "email", value: "amal@example.ma" },
  ],
  governingBodies: board("a", "أحمد", "2015-01-10"),
  declarations: [{ kind: "governing-body-change", changedOn: "2015-01-10", declaredOn: "2015-01-20" }],
};

const newer: Organization = {
  id: "org-b",
  legalForm: "cooperative",
  name: { ar: "جمعية الأمل للتنمية", fr: "Asso Al Amal" },
  purpose: { fr: "Soutien scolaire" },
  foundedOn: "2004-01-05",
  contacts: [
    { kind: "phone", value: "+212661234567" },
    { kind: "phone", value: "+212522112233" },
  ],
  identifiers: [{ scheme: "MA-ICE", id: "001234567000062" }],
  governingBodies: board("b", "فاطمة", "2023-03-01"),
  declarations: [{ kind: "governing-body-change", changedOn: "2023-03-01", declaredOn: "2023-03-15" }],
};

describe("mergeOrganizations", () => {
  it("covers every field of an organization but its id", () => {
    const fields = Object.keys(OrganizationSchema.shape).filter((f) => f !== "id");
    expect([...MERGE_FIELDS].sort()).toEqual(fields.sort());
    expect(Object.keys(DEFAULT_SURVIVORSHIP).sort()).toEqual(fields.sort());
  });

  it("chooses each field by its rule and explains where each value came from", () => {
    const r = mergeOrganizations([newer, older]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const m = r.value.organization;
    expect(r.value.survivorId).toBe("org-a");
    expect(r.value.mergedIds).toEqual(["org-b"]);
    expect(m.id).toBe("org-a");
    // The survivor's legal form; the longest name per language; the earliest founding date.
    expect(m.legalForm).toBe("association");
    expect(m.name).toEqual({ ar: "جمعية الأمل للتنمية", fr: "Association Al Amal pour le développement" });
    expect(m.foundedOn).toBe("2004-01-05");
    // Union of contacts and identifiers without duplicates; the purpose only one record has.
    expect(m.contacts).toEqual([
      { kind: "phone", value: "+212661234567" },
      { kind: "email", value: "amal@example.ma" },
      { kind: "phone", value: "+212522112233" },
    ]);
    expect(m.identifiers).toEqual([{ scheme: "MA-ICE", id: "001234567000062" }]);
    expect(m.purpose).toEqual({ fr: "Soutien scolaire" });
    // The board of the record with the most recent declaration; the seat only the survivor has.
    expect(m.governingBodies).toEqual(newer.governingBodies);
    expect(m.seat).toEqual(seat);
    const why = Object.fromEntries(r.value.explanation.map((c) => [c.field, [c.rule, c.source, c.sources]]));
    expect(why).toMatchObject({
      legalForm: ["survivor", "org-a", ["org-a"]],
      "name.ar": ["longest", "org-b", ["org-b"]],
      "name.fr": ["longest", "org-a", ["org-a"]],
      foundedOn: ["earliest", "org-b", ["org-b"]],
      contacts: ["union", "org-a", ["org-a", "org-b"]],
      identifiers: ["union", "org-a", ["org-a"]],
      governingBodies: ["mostRecentDeclaration", "org-b", ["org-b"]],
      seat: ["mostRecentDeclaration", "org-a", ["org-a"]],
      "purpose.fr": ["longest", "org-b", ["org-b"]],
    });
    expect(why.acronym).toBeUndefined();
    expect(OrganizationSchema.safeParse(m).success).toBe(true);
  });

  it("takes a rule per field and a surviving id", () => {
    const r = mergeOrganizations([older, newer], {
      survivorId: "org-b",
      rules: { foundedOn: "latest", governingBodies: "survivor", contacts: "nonEmpty", name: "survivor" },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.organization.id).toBe("org-b");
    expect(r.value.organization.legalForm).toBe("cooperative");
    expect(r.value.organization.foundedOn).toBe("2004-05-01");
    expect(r.value.organization.governingBodies).toEqual(newer.governingBodies);
    expect(r.value.organization.contacts).toEqual(newer.contacts);
    expect(r.value.organization.name).toEqual(newer.name);
    expect(r.value.mergedIds).toEqual(["org-a"]);
  });

  it("answers bad input with issues in the caller's language", () => {
    const code = (r: ReturnType<typeof mergeOrganizations>) => (r.ok ? "ok" : r.issues[0]?.code);
    expect(code(mergeOrganizations([older]))).toBe("review.invalid_records");
    expect(code(mergeOrganizations([older, older]))).toBe("review.invalid_records");
    expect(code(mergeOrganizations([older, { id: "x" } as never]))).toBe("review.invalid_records");
    expect(code(mergeOrganizations("x" as never))).toBe("review.invalid_records");
    expect(code(mergeOrganizations([older, newer], { survivorId: "org-z" }))).toBe("review.unknown_survivor");
    const fr = mergeOrganizations([older, newer], { rules: { foundedOn: "longest" }, locale: "fr" });
    expect(fr.ok ? "" : fr.issues[0]?.message).toBe("La règle « longest » ne s'applique pas au champ « foundedOn ».");
    expect(code(mergeOrganizations([older, newer], { rules: { name: "union" } }))).toBe("review.rule_not_applicable");
    expect(code(mergeOrganizations([older, newer], { rules: { nope: "union" } } as never))).toBe(
      "review.invalid_option",
    );
    expect(code(mergeOrganizations([older, newer], { colour: 1 } as never))).toBe("review.invalid_option");
    // A union over the limit of a field is refused, naming the field, instead of giving an invalid record.
    const many = (id: string, from: number): Organization => ({
      id,
      legalForm: "association",
      name: { fr: id },
      contacts: Array.from({ length: 30 }, (_, i) => ({
        kind: "phone" as const,
        value: `+2126612${String(from + i).padStart(5, "0")}`,
      })),
    });
    const over = mergeOrganizations([many("x1", 0), many("x2", 100)], { locale: "ar" });
    expect(over.ok ? [] : [over.issues[0]?.code, over.issues[0]?.path]).toEqual([
      "review.merged_invalid",
      ["contacts"],
    ]);
    const get = () => {
      throw new Error("boom");
    };
    const hostile = Object.defineProperty([older, newer], 0, { get });
    expect(code(mergeOrganizations(hostile))).toBe("input.unreadable");
  });

  const distinct = fc.uniqueArray(organizationArbitrary(), { minLength: 2, maxLength: 4, selector: (o) => o.id });

  it("is deterministic whatever the order of the records, and gives a valid organization (property)", () => {
    fc.assert(
      fc.property(distinct, fc.nat(), (orgs, seed) => {
        const one = mergeOrganizations(orgs);
        const shuffled = [...orgs].sort((x, y) => ((x.id.length * 31 + seed) % 7) - ((y.id.length * 31 + seed) % 7));
        const two = mergeOrganizations(shuffled.reverse());
        expect(two).toEqual(one);
        if (one.ok) {
          expect(OrganizationSchema.safeParse(one.value.organization).success).toBe(true);
          expect(one.value.mergedIds.length).toBe(orgs.length - 1);
          for (const c of one.value.explanation) expect(orgs.some((o) => o.id === c.source)).toBe(true);
        } else {
          expect(one.issues[0]?.code).toBe("review.merged_invalid");
        }
      }),
      { numRuns: 100 },
    );
  });

  it("is undone in the store exactly: every record as it was, and no alias left (property)", async () => {
    await fc.assert(
      fc.asyncProperty(distinct, async (orgs) => {
        const opened = memoryStore();
        if (!opened.ok) throw new Error("no store");
        const store = opened.value;
        await store.put(orgs);
        const m = await mergeDuplicates(
          store,
          orgs.map((o) => o.id),
          { by: "clerk", at: "2025-01-15T09:00:00Z" },
        );
        if (!m.ok) {
          expect(m.issues[0]?.code).toBe("review.merged_invalid");
          return;
        }
        for (const id of m.value.mergedIds) expect(await store.resolve(id)).toEqual(m.value.merged);
        const undone = await store.undoMerge(m.value.seq, { by: "lead", at: "2025-01-16T09:00:00Z" });
        expect(undone.ok).toBe(true);
        for (const o of orgs) {
          expect(await store.get(o.id)).toEqual(o);
          expect(await store.resolve(o.id)).toEqual(o);
        }
        expect(await store.count()).toEqual({ ok: true, value: orgs.length });
      }),
      { numRuns: 60 },
    );
  });
});

describe("mergeDuplicates", () => {
  it("merges organizations of a store and refuses ids it does not hold", async () => {
    const opened = memoryStore();
    if (!opened.ok) throw new Error("no store");
    const store = opened.value;
    await store.put([older, newer]);
    const missing = await mergeDuplicates(store, ["org-a", "org-x"], { by: "clerk", locale: "fr" });
    expect(missing.ok ? "" : missing.issues[0]?.message).toBe(
      "Aucune organisation d'identifiant « org-x » dans le stockage.",
    );
    expect((await mergeDuplicates(store, ["org-a"], { by: "clerk" })).ok).toBe(false);
    expect((await mergeDuplicates(store, ["org-a", "org-b"], { by: "" })).ok).toBe(false);
    const m = await mergeDuplicates(store, ["org-b", "org-a"], { by: "clerk", note: "même ICE" });
    if (!m.ok) throw new Error(JSON.stringify(m.issues));
    expect(m.value.survivorId).toBe("org-a");
    expect(m.value.note).toBe("même ICE");
    expect((await store.resolve("org-b"))?.name.ar).toBe("جمعية الأمل للتنمية");
    expect(m.value.explanation.find((c) => c.field === "foundedOn")?.source).toBe("org-b");
  });
});
