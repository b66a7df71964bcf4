import { type Organization, OrganizationSchema, personalDataPaths } from "@madani/model";
import { organizationArbitrary } from "@madani/model/testing";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticOrganizations, syntheticOrganizationsWithDetails } from "../../test/registryFixtures.js";
import { ORGANIZATION_DISCLOSURE } from "./disclosure.js";
import {
  EXPORT_CSV_BANK_COLUMNS,
  EXPORT_CSV_COLUMNS,
  EXPORT_CSV_CONTACT_COLUMNS,
  EXPORT_CSV_PERSONAL_COLUMNS,
  type ExportOptions,
  exportOrganizationChunks,
  exportOrganizations,
  exportRedactedPaths,
} from "./publicExport.js";

function exported(orgs: readonly unknown[], options: ExportOptions): string {
  const r = exportOrganizations(orgs as Organization[], options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** Every policy an export can have. */
const POLICIES: readonly Pick<ExportOptions, "personalData" | "include">[] = [
  {},
  { personalData: "redact" },
  { include: [] },
  { include: ["contact"] },
  { include: ["bank"] },
  { include: ["contact", "bank"] },
  { personalData: "redact", include: ["bank", "contact"] },
  { personalData: "include" },
  { personalData: "include", include: ["contact"] },
];

/** Every format an export can have. */
const FORMATS: readonly Pick<ExportOptions, "format" | "separator" | "bom" | "asOf">[] = [
  { format: "ndjson" },
  { format: "ndjson", asOf: "2025-06-30" },
  { format: "csv" },
  { format: "csv", separator: ";", bom: true, asOf: "2025-06-30" },
];

type Category = "contact" | "bank" | "personal" | "unknown";

/** Values planted in a record, by the category that must keep them out of a public export. */
type Planted = Record<Category, string[]>;

/**
 * Plant unique values of every category in an organization: contact details, bank
 * details, people's names and ids, and unknown keys on every object at every depth
 * (a string, or an object that looks like a person's name).
 */
function plant(org: Organization, n: number, arabic: boolean): { record: unknown; planted: Planted } {
  const planted: Planted = { contact: [], bank: [], personal: [], unknown: [] };
  let k = 0;
  const mark = (category: Category, prefix: string): string => {
    const value = arabic && category !== "bank" ? `${prefix}شخص${n}x${k++}ظظ` : `${prefix}${n}x${k++}QQ`;
    planted[category].push(value);
    return value;
  };
  const record = {
    ...org,
    contacts: [
      ...(org.contacts ?? []),
      { kind: "phone", value: mark("contact", "PHONE"), label: { fr: mark("contact", "PLABEL") } },
      { kind: "email", value: mark("contact", "mail") },
      { kind: "social", network: "facebook", value: mark("contact", "SOCIAL") },
      { kind: "fax", value: mark("unknown", "FAX") },
    ],
    bankAccount: {
      ...org.bankAccount,
      bank: mark("bank", "BANK"),
      holder: mark("bank", "HOLDER"),
      rib: mark("bank", "RIB"),
      iban: mark("bank", "IBAN"),
    },
    founders: [
      ...(org.founders ?? []),
      { name: { ar: mark("personal", "FOUNDER"), fr: mark("personal", "FOUNDER") } },
      { personId: mark("personal", "PID") },
    ],
    governingBodies: (org.governingBodies ?? []).map((b) => ({
      ...b,
      mandates: b.mandates.map((m) => ({
        ...m,
        personId: mark("personal", "MPID"),
        personName: { fr: mark("personal", "MANDATE") },
      })),
    })),
    cin: mark("unknown", "CIN"),
    president: mark("unknown", "PRESIDENT"),
  };
  // Unknown keys on every object, at every depth.
  const inject = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(inject);
    if (value === null || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = inject(v);
    out[`extra${k}`] = k % 2 === 0 ? mark("unknown", "EXTRA") : { personName: { fr: mark("unknown", "NESTED") } };
    return out;
  };
  return { record: inject(record), planted };
}

describe("exportOrganizations: the public export is an allowlist", () => {
  it("never outputs the values of the reported case, in any format and policy", () => {
    const input = [
      {
        id: "o1",
        legalForm: "association",
        name: { fr: "A" },
        cin: "AB123456",
        president: "Hidden President",
        extra: { personName: { fr: "Nested" } },
      },
    ];
    for (const policy of POLICIES) {
      for (const format of FORMATS) {
        const out = exported(input, { ...format, ...policy });
        for (const hidden of ["AB123456", "Hidden President", "Nested", "cin", "president", "extra"]) {
          expect(out, `${JSON.stringify({ ...format, ...policy })}: ${hidden}`).not.toContain(hidden);
        }
        expect(out).toContain("o1");
      }
    }
    expect(exported(input, { format: "ndjson" })).toBe('{"id":"o1","legalForm":"association","name":{"fr":"A"}}\n');
  });

  it("lets out a planted value only when the policy names its category, at every depth (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(organizationArbitrary(), fc.boolean()), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (entries, seed) => {
          const planted = entries.map(([org, arabic], i) => plant(org, seed * 10 + i, arabic));
          const records = planted.map((p) => p.record);
          const values = (c: Category) => planted.flatMap((p) => p.planted[c]);
          for (const policy of POLICIES) {
            const full = policy.personalData === "include";
            const allowed: Record<Category, boolean> = {
              contact: full || (policy.include ?? []).includes("contact"),
              bank: full || (policy.include ?? []).includes("bank"),
              personal: full,
              unknown: false,
            };
            for (const format of FORMATS) {
              const out = exported(records, { ...format, ...policy });
              const where = `${JSON.stringify({ ...format, ...policy })}`;
              for (const category of ["contact", "bank", "personal", "unknown"] as const) {
                if (allowed[category]) continue;
                expect(
                  values(category).filter((v) => out.includes(v)),
                  `${category} in ${where}`,
                ).toEqual([]);
              }
              // The check above can fail: what the policy names does go out in NDJSON.
              if (format.format === "ndjson") {
                for (const category of ["contact", "bank", "personal"] as const) {
                  if (!allowed[category]) continue;
                  expect(
                    values(category).filter((v) => !out.includes(v)),
                    `${category} missing in ${where}`,
                  ).toEqual([]);
                }
              }
            }
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 60_000);

  it("leaves the contact and bank details of a 400-organization registry out of the default export", () => {
    const orgs = syntheticOrganizationsWithDetails(400, 9);
    const phones = orgs.flatMap((o) => (o.contacts ?? []).filter((c) => c.kind === "phone").map((c) => c.value));
    const emails = orgs.flatMap((o) => (o.contacts ?? []).filter((c) => c.kind === "email").map((c) => c.value));
    const ribs = orgs.flatMap((o) => (o.bankAccount?.rib === undefined ? [] : [o.bankAccount.rib]));
    const websites = orgs.flatMap((o) => (o.contacts ?? []).filter((c) => c.kind === "website").map((c) => c.value));
    expect([phones.length, emails.length, ribs.length]).toEqual([400, 400, 400]);
    const count = (text: string, values: readonly string[]) => values.filter((v) => text.includes(v)).length;
    for (const format of ["csv", "ndjson"] as const) {
      const out = exported(orgs, { format });
      expect([count(out, phones), count(out, emails), count(out, ribs)]).toEqual([0, 0, 0]);
      expect(count(out, websites)).toBe(websites.length);
      const contacts = exported(orgs, { format, include: ["contact"] });
      expect([count(contacts, phones), count(contacts, emails), count(contacts, ribs)]).toEqual([400, 400, 0]);
      const bank = exported(orgs, { format, include: ["bank"] });
      expect([count(bank, phones), count(bank, emails), count(bank, ribs)]).toEqual([0, 0, 400]);
    }
  });

  it("writes NDJSON with the public fields, in input order; a full export gives every field back", () => {
    const orgs = syntheticOrganizationsWithDetails(50, 2);
    const lines = exported(orgs, { format: "ndjson" }).split("\n");
    expect(lines.at(-1)).toBe("");
    // Written out by hand: no founders (all named people), mandates without people, no phone, e-mail or bank.
    const expected = orgs.map((o) => {
      const { founders: _founders, bankAccount: _bank, contacts, governingBodies, ...rest } = o;
      const websites = (contacts ?? []).filter((c) => c.kind === "website");
      return {
        ...rest,
        ...(websites.length > 0 ? { contacts: websites } : {}),
        governingBodies: (governingBodies ?? []).map((b) => ({
          ...b,
          mandates: b.mandates.map(({ personId: _id, personName: _name, ...m }) => m),
        })),
      };
    });
    expect(lines.slice(0, -1).map((l) => JSON.parse(l))).toEqual(expected);
    const full = exported(orgs, { format: "ndjson", personalData: "include", asOf: "2025-06-30" })
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Organization & { legalStatus: string });
    expect(full.map(({ legalStatus: _, ...o }) => o)).toEqual(orgs);
    expect(typeof full[0]?.legalStatus).toBe("string");
  });

  it("loses no field of a valid organization in a full export (property)", () => {
    fc.assert(
      fc.property(fc.array(organizationArbitrary(), { minLength: 1, maxLength: 5 }), (orgs) => {
        const full = exported(orgs, { format: "ndjson", personalData: "include" }).trimEnd().split("\n");
        expect(full.map((l) => JSON.parse(l))).toEqual(orgs);
      }),
      { numRuns: 50 },
    );
  });

  it("classifies every field of the schema, and the fields marked personal() as personal", () => {
    expect(Object.keys(ORGANIZATION_DISCLOSURE.fields).sort()).toEqual(Object.keys(OrganizationSchema.shape).sort());
    const personal = personalDataPaths(OrganizationSchema);
    expect(personal.length).toBeGreaterThan(0);
    const withheld = exportRedactedPaths({ include: ["contact", "bank"] });
    for (const p of personal) expect(withheld).toContain(p);
    expect(exportRedactedPaths()).toEqual(
      expect.arrayContaining([
        "contacts.*(kind=phone)",
        "contacts.*(kind=email)",
        "contacts.*(kind=social)",
        "bankAccount",
        "founders.*.personId",
        "founders.*.name",
        "governingBodies.*.mandates.*.personId",
        "governingBodies.*.mandates.*.personName",
      ]),
    );
    expect(exportRedactedPaths()).not.toContain("contacts.*(kind=website)");
    expect(exportRedactedPaths({ include: ["bank"] })).not.toContain("bankAccount");
    expect(exportRedactedPaths({ personalData: "include" })).toEqual([]);
    expect(exportRedactedPaths(null as unknown as ExportOptions)).toEqual(exportRedactedPaths());
  });

  it("writes CSV that a CSV parser reads back, cell by cell, with formula cells neutralized", () => {
    const orgs: Organization[] = [
      ...syntheticOrganizationsWithDetails(20, 3),
      {
        id: "tricky",
        legalForm: "association",
        name: { fr: '=HYPERLINK("x"), "quoted"; semi', ar: "جمعية\nسطران" },
        contacts: [{ kind: "phone", value: "+212522271234" }],
      },
    ];
    for (const separator of [",", ";"] as const) {
      const csv = exported(orgs, {
        format: "csv",
        separator,
        bom: true,
        asOf: "2025-06-30",
        include: ["contact", "bank"],
      });
      expect(csv.startsWith("\uFEFF")).toBe(true);
      const rows = parse(csv.slice(1), { delimiter: separator, columns: true }) as Record<string, string>[];
      expect(Object.keys(rows[0] ?? {})).toEqual([
        ...EXPORT_CSV_COLUMNS,
        "status",
        ...EXPORT_CSV_CONTACT_COLUMNS,
        ...EXPORT_CSV_BANK_COLUMNS,
      ]);
      expect(rows.map((r) => r.id)).toEqual(orgs.map((o) => o.id));
      const first = orgs[0] as Organization;
      expect(rows[0]).toMatchObject({
        name_ar: first.name.ar,
        name_fr: first.name.fr,
        fields_of_action: (first.fieldsOfAction ?? []).join("|"),
        founded_on: first.foundedOn,
        final_receipt_on: first.lifecycle?.finalReceiptOn ?? "",
        website: first.contacts?.find((c) => c.kind === "website")?.value ?? "",
        email: first.contacts?.find((c) => c.kind === "email")?.value,
        rib: first.bankAccount?.rib,
      });
      const tricky = rows.at(-1);
      expect(tricky?.name_fr).toBe(`'=HYPERLINK("x"), "quoted"; semi`);
      expect(tricky?.name_ar).toBe("جمعية\nسطران");
      expect(tricky?.phone).toBe("'+212522271234");
    }
    const publicCsv = parse(exported(orgs, { format: "csv" }), { columns: true }) as Record<string, string>[];
    expect(Object.keys(publicCsv[0] ?? {})).toEqual([...EXPORT_CSV_COLUMNS]);
    const full = exported(orgs.slice(0, 1), { format: "csv", personalData: "include" });
    const rows = parse(full, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([
      ...EXPORT_CSV_COLUMNS,
      ...EXPORT_CSV_CONTACT_COLUMNS,
      ...EXPORT_CSV_BANK_COLUMNS,
      ...EXPORT_CSV_PERSONAL_COLUMNS,
    ]);
    const founder = orgs[0]?.founders?.[0];
    expect(founder !== undefined && "name" in founder).toBe(true);
    if (founder !== undefined && "name" in founder) expect(rows[0]?.founder_names).toContain(founder.name.fr);
    expect(rows[0]?.board_members).toContain("president: ");
  });

  it("streams the same text in chunks, lazily", () => {
    const orgs = syntheticOrganizations(30, 4);
    let pulled = 0;
    const source = {
      *[Symbol.iterator]() {
        for (const o of orgs) {
          pulled++;
          yield o;
        }
      },
    };
    const chunks = exportOrganizationChunks(source, { format: "csv" });
    expect(chunks.ok).toBe(true);
    if (!chunks.ok) return;
    expect(pulled).toBe(0);
    const iterator = chunks.value[Symbol.iterator]();
    iterator.next(); // header
    iterator.next(); // first row
    expect(pulled).toBe(1);
    expect([...chunks.value].join("")).toBe(exported(orgs, { format: "csv" }));
  });

  it("answers bad input with issues and never throws (property)", () => {
    const bad = exportOrganizations([], { format: "xml" } as unknown as ExportOptions);
    expect(!bad.ok && bad.issues[0]?.code).toBe("export.invalid_options");
    const category = exportOrganizations([], { format: "csv", include: ["personal"] } as unknown as ExportOptions);
    expect(!category.ok && category.issues[0]?.code).toBe("export.invalid_options");
    const notList = exportOrganizations(3 as unknown as Organization[], { format: "csv" });
    expect(!notList.ok && notList.issues[0]?.code).toBe("export.invalid_input");
    const record = exportOrganizations([{ id: 1 }] as unknown as Organization[], { format: "csv", locale: "ar" });
    expect(!record.ok && record.issues[0]).toMatchObject({ code: "export.invalid_organization", path: [0] });
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (orgs, options) => {
        exportOrganizations(orgs as Organization[], options as ExportOptions);
        exportRedactedPaths(options as ExportOptions);
        const chunks = exportOrganizationChunks([orgs] as Organization[], { format: "ndjson" });
        if (chunks.ok) [...chunks.value];
      }),
    );
  });
});
