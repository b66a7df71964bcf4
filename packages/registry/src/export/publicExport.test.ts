import { type Organization, OrganizationSchema, personalDataPaths, redactPersonalData } from "@madani/model";
import { organizationArbitrary } from "@madani/model/testing";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticOrganizations } from "../../test/registryFixtures.js";
import {
  EXPORT_CSV_COLUMNS,
  EXPORT_CSV_PERSONAL_COLUMNS,
  type ExportOptions,
  exportOrganizationChunks,
  exportOrganizations,
  exportRedactedPaths,
} from "./publicExport.js";

/** Organizations with people's names that carry a unique marker, in founders and board mandates. */
const withPeople = fc
  .tuple(organizationArbitrary(), fc.integer({ min: 0, max: 1_000_000 }), fc.boolean())
  .map(([org, n, arabic]): Organization => {
    const marker = arabic ? `شخص${n}ظظ` : `PERSON${n}QQ`;
    return {
      ...org,
      founders: [{ name: { ar: `${marker}A` } }, { personId: "p-x" }, { name: { fr: `${marker}B`, en: `${marker}C` } }],
      governingBodies: [
        {
          id: "b",
          kind: "board",
          mandates: [{ personId: "p-1", personName: { fr: `${marker}D` }, role: "president", startOn: "2020-01-01" }],
        },
      ],
    };
  });

const markers = (org: Organization): string[] =>
  [
    ...(org.founders ?? []).flatMap((f) => ("name" in f ? Object.values(f.name) : [])),
    ...(org.governingBodies ?? []).flatMap((b) => b.mandates.flatMap((m) => Object.values(m.personName ?? {}))),
  ].filter((x): x is string => typeof x === "string");

/** Values found at a dotted path with `*` for array indexes. */
function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  if (path.length === 0) return [value];
  const [head, ...rest] = path;
  if (head === "*") return Array.isArray(value) ? value.flatMap((v) => valuesAt(v, rest)) : [];
  if (value === null || typeof value !== "object" || head === undefined || !Object.hasOwn(value, head)) return [];
  return valuesAt((value as Record<string, unknown>)[head], rest);
}

function exported(orgs: readonly Organization[], options: ExportOptions): string {
  const r = exportOrganizations(orgs, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe("exportOrganizations", () => {
  it("redacts every schema-marked personal field by default, in NDJSON and CSV (property)", () => {
    const paths = personalDataPaths(OrganizationSchema).map((p) => p.split("."));
    expect(paths.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.array(withPeople, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(",", ";"),
        (orgs, separator) => {
          const ndjson = exported(orgs, { format: "ndjson" });
          const csv = exported(orgs, { format: "csv", separator, asOf: "2025-06-30" });
          for (const line of ndjson.trimEnd().split("\n")) {
            const record: unknown = JSON.parse(line);
            for (const p of paths) expect(valuesAt(record, p)).toEqual([]);
          }
          const header = csv.split("\r\n")[0]?.split(separator) ?? [];
          for (const c of EXPORT_CSV_PERSONAL_COLUMNS) expect(header).not.toContain(c);
          for (const m of orgs.flatMap(markers)) {
            expect(ndjson).not.toContain(m);
            expect(csv).not.toContain(m);
          }
          // The explicit full export does hold them: the check above can fail.
          const full = exported(orgs, { format: "ndjson", personalData: "include" });
          const fullCsv = exported(orgs, { format: "csv", personalData: "include", separator });
          for (const m of orgs.flatMap(markers)) {
            expect(full).toContain(m);
            expect(fullCsv).toContain(m);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("writes NDJSON that parses back to the redacted organizations, in input order", () => {
    const orgs = syntheticOrganizations(50, 2);
    const lines = exported(orgs, { format: "ndjson" }).split("\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1).map((l) => JSON.parse(l))).toEqual(
      orgs.map((o) => redactPersonalData(OrganizationSchema, o)),
    );
    const full = exported(orgs, { format: "ndjson", personalData: "include", asOf: "2025-06-30" })
      .trimEnd()
      .split("\n");
    const first = JSON.parse(full[0] ?? "{}") as Organization & { legalStatus: string };
    expect(first.founders).toEqual(orgs[0]?.founders);
    expect(typeof first.legalStatus).toBe("string");
  });

  it("writes CSV that a CSV parser reads back, cell by cell, with formula cells neutralized", () => {
    const orgs: Organization[] = [
      ...syntheticOrganizations(20, 3),
      {
        id: "tricky",
        legalForm: "association",
        name: { fr: '=HYPERLINK("x"), "quoted"; semi', ar: "جمعية\nسطران" },
        contacts: [{ kind: "phone", value: "+212522271234" }],
      },
    ];
    for (const separator of [",", ";"] as const) {
      const csv = exported(orgs, { format: "csv", separator, bom: true, asOf: "2025-06-30" });
      expect(csv.startsWith("\uFEFF")).toBe(true);
      const rows = parse(csv.slice(1), { delimiter: separator, columns: true }) as Record<string, string>[];
      expect(Object.keys(rows[0] ?? {})).toEqual([...EXPORT_CSV_COLUMNS, "status"]);
      expect(rows.map((r) => r.id)).toEqual(orgs.map((o) => o.id));
      const first = orgs[0] as Organization;
      expect(rows[0]).toMatchObject({
        name_ar: first.name.ar,
        name_fr: first.name.fr,
        fields_of_action: (first.fieldsOfAction ?? []).join("|"),
        founded_on: first.foundedOn,
        final_receipt_on: first.lifecycle?.finalReceiptOn ?? "",
      });
      const tricky = rows.at(-1);
      expect(tricky?.name_fr).toBe(`'=HYPERLINK("x"), "quoted"; semi`);
      expect(tricky?.name_ar).toBe("جمعية\nسطران");
      expect(tricky?.phone).toBe("'+212522271234");
    }
    const full = exported(orgs.slice(0, 1), { format: "csv", personalData: "include" });
    const rows = parse(full, { columns: true }) as Record<string, string>[];
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
    const notList = exportOrganizations(3 as unknown as Organization[], { format: "csv" });
    expect(!notList.ok && notList.issues[0]?.code).toBe("export.invalid_input");
    const record = exportOrganizations([{ id: 1 }] as unknown as Organization[], { format: "csv", locale: "ar" });
    expect(!record.ok && record.issues[0]).toMatchObject({ code: "export.invalid_organization", path: [0] });
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (orgs, options) => {
        exportOrganizations(orgs as Organization[], options as ExportOptions);
        const chunks = exportOrganizationChunks([orgs] as Organization[], { format: "ndjson" });
        if (chunks.ok) [...chunks.value];
      }),
    );
  });

  it("names the redacted paths from the schema", () => {
    expect(exportRedactedPaths()).toEqual(personalDataPaths(OrganizationSchema));
    expect(exportRedactedPaths()).toContain("founders.*.name");
  });
});
