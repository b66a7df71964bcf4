import { IsoDateSchema, OrganizationSchema, validateOrganization } from "@madani/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildOptions } from "../../test/registryFixtures.js";
import { cleanText } from "../normalize/text.js";
import type { IngestFieldValue } from "./columns.js";
import { buildOrganization, isCertainlyValid, isIsoDate } from "./toOrganization.js";

const options = buildOptions;

/** Values typed in each column: usual ones, and the odd ones the checks have to catch. */
const POOLS: Readonly<Partial<Record<IngestFieldValue, readonly string[]>>> = {
  id: ["A-1", "SYN-7", " lead", "x".repeat(127), "x".repeat(130), "tab\there", "ok id"],
  legalForm: ["جمعية", "Association", "Coopérative", "Réseau", "inconnue"],
  name: ["جمعية الأمل", "Association Al Amal", "Coopérative Argane", "a\u0000b", "x".repeat(2001), "\uD800x"],
  nameFr: ["Association Ennour", "  Espaces  "],
  acronym: ["AMAL", "ج.أ"],
  foundedOn: ["12/03/2011", "2024-02-29", "2023-02-29", "2030-01-01", "1999-12-31"],
  declaredOn: ["2010-01-01", "15/04/2012", "2031-05-05"],
  province: ["06.141", "Tétouan", "nulle part"],
  commune: ["Tétouan", "Casablanca", "طاطا", "Bzou", "inconnue"],
  address: ["Hay Ahmed N° 258", "حي داود رقم 46"],
  douar: ["Douar Tizi"],
  city: ["Safi"],
  postalCode: ["93000", "٩٣٠٠٠", "930", "93 000"],
  phone: ["0612345678", "06 52 66 48 82", "+212 5 22 27 12 34", "00212650054007", "06 12 34", "0612345678; 0522271234"],
  email: ["contact@example.ma", "Contact@Example.MA", "bad@", "a@b"],
  website: ["example.ma", "https://example.ma/x"],
  rib: ["011 519 0000012050005349 21", "011519000001205000534922"],
  iban: ["MA64011519000001205000534921", "MA00011519000001205000534921"],
  bank: ["Banque Populaire", "x".repeat(201)],
  ice: ["001234567000062", "001234567000063"],
  rc: ["RC 1234", "12/34"],
  receiptNumber: ["123/2011"],
  president: ["أحمد العلوي", "Aissa Zayani"],
  treasurer: ["فاطمة بناني", "Khadija Fassi"],
  secretary: ["خالد الفاسي"],
  board: ["Mohamed Seddiki; Naima Seddiki", "عضو واحد"],
  fieldsOfAction: ["Sport", "اجتماعي", "Social; Sport", "inconnu"],
};

const fields = Object.keys(POOLS) as IngestFieldValue[];

/** A row: some columns, each with one to two values from its pool (two presidents, two dates…). */
const row = fc
  .array(
    fc
      .constantFrom(...fields)
      .chain((f) =>
        fc.tuple(fc.constant(f), fc.array(fc.constantFrom(...(POOLS[f] ?? [])), { minLength: 1, maxLength: 2 })),
      ),
    { maxLength: 14 },
  )
  .map((columns) => {
    const values = new Map<IngestFieldValue, string[]>([["name", ["جمعية الأمل"]]]);
    for (const [f, list] of columns) values.set(f, list);
    return values;
  });

describe("isCertainlyValid", () => {
  it("law: a candidate it lets through is one validateOrganization accepts unchanged, with no warning", () => {
    let through = 0;
    fc.assert(
      fc.property(row, fc.constantFrom(undefined, "2025-12-31", "2011-06-01"), (values, asOf) => {
        const built = buildOrganization(values, 1, options());
        if (built.candidate === undefined || !isCertainlyValid(built.candidate, asOf)) return;
        through++;
        const v = validateOrganization(built.candidate, asOf === undefined ? {} : { asOf });
        expect(v.ok ? v.warnings : v.issues).toEqual([]);
        if (v.ok) expect(v.value).toEqual(built.candidate);
        expect(OrganizationSchema.safeParse(built.candidate).success).toBe(true);
      }),
      { numRuns: 1500 },
    );
    // Most usual rows go through: the check is not vacuous.
    expect(through).toBeGreaterThan(100);
  });

  it("sends to full validation what it cannot vouch for", () => {
    const base = buildOrganization(
      new Map<IngestFieldValue, string[]>([
        ["name", ["جمعية الأمل"]],
        ["president", ["أحمد العلوي"]],
        ["treasurer", ["فاطمة بناني"]],
        ["foundedOn", ["2011-03-12"]],
      ]),
      1,
      options(),
    ).candidate as Record<string, unknown>;
    expect(isCertainlyValid(base, undefined)).toBe(true);
    expect(isCertainlyValid(base, "2010-01-01")).toBe(false);
    expect(isCertainlyValid({ ...base, id: " x" }, undefined)).toBe(false);
    expect(isCertainlyValid({ ...base, founders: [] }, undefined)).toBe(false);
    expect(isCertainlyValid({ ...base, name: { ar: " جمعية" } }, undefined)).toBe(false);
    expect(isCertainlyValid({ ...base, seat: { communeCode: "01.011.01.1", provinceCode: "02.011" } }, undefined)).toBe(
      false,
    );
    const body = (base.governingBodies as { mandates: Record<string, unknown>[] }[])[0];
    const twoPresidents = [...(body?.mandates ?? []), { ...body?.mandates[0], personId: "row-1-m9" }];
    expect(isCertainlyValid({ ...base, governingBodies: [{ ...body, mandates: twoPresidents }] }, undefined)).toBe(
      false,
    );
  });

  it("law: isIsoDate agrees with the model's date schema", () => {
    const date = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(
          ([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
        ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(date, (text) => {
        expect(isIsoDate(text)).toBe(IsoDateSchema.safeParse(text).success);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("buildOrganization: the board", () => {
  it("keeps the board of a row without founding or declaration date, with no start date and a warning", () => {
    const values = new Map<IngestFieldValue, string[]>([
      ["name", ["جمعية الأمل"]],
      ["president", ["أحمد العلوي"]],
      ["treasurer", ["Khadija Fassi"]],
      ["secretary", ["خالد الفاسي"]],
    ]);
    const built = buildOrganization(values, 3, options());
    const body = (
      (built.candidate?.governingBodies ?? []) as { mandates: { personName: unknown; startOn: string }[] }[]
    )[0];
    expect(body?.mandates.map((m) => [m.personName, m.startOn])).toEqual([
      [{ ar: "أحمد العلوي" }, undefined],
      [{ fr: "Khadija Fassi" }, undefined],
      [{ ar: "خالد الفاسي" }, undefined],
    ]);
    expect(body?.mandates.every((m) => !("startOn" in m))).toBe(true);
    expect(built.warnings.map((w) => [w.code, w.severity])).toEqual([["ingest.board_undated", "warning"]]);
  });

  it("dates the board with the founding date when there is one, without warning", () => {
    const values = new Map<IngestFieldValue, string[]>([
      ["name", ["جمعية الأمل"]],
      ["president", ["أحمد العلوي"]],
      ["treasurer", ["Khadija Fassi"]],
      ["foundedOn", ["12/03/2011"]],
    ]);
    const built = buildOrganization(values, 3, options());
    const body = ((built.candidate?.governingBodies ?? []) as { mandates: { startOn: string }[] }[])[0];
    expect(body?.mandates.map((m) => m.startOn)).toEqual(["2011-03-12", "2011-03-12"]);
    expect(built.warnings).toEqual([]);
  });
});

describe("buildOrganization: plain ASCII values", () => {
  it("law: a value of printable ASCII words is kept as cleanText would give it", () => {
    const word = fc.stringMatching(/^[!-~]{1,6}$/);
    const spacing = fc.constantFrom(" ", "  ", "\t", " \u00A0", "");
    fc.assert(
      fc.property(fc.array(fc.tuple(word, spacing), { minLength: 1, maxLength: 5 }), spacing, (parts, edge) => {
        const text = `${edge}${parts.map(([w, s]) => `${w}${s}`).join("")}`;
        const values = new Map<IngestFieldValue, string[]>([
          ["legalForm", ["Association"]],
          ["nameFr", [text]],
        ]);
        const expected = cleanText(text);
        expect(buildOrganization(values, 1, options()).candidate?.name).toEqual(
          expected === "" ? undefined : { fr: expected },
        );
      }),
    );
  });
});
