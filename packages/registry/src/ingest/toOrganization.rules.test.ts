import { validateOrganization } from "@madani/model";
import { describe, expect, it } from "vitest";
import { buildOptions } from "../../test/registryFixtures.js";
import type { IngestFieldValue } from "./columns.js";
import {
  type BuildOptions,
  buildOrganization,
  cleanDeep,
  isCertainlyValid,
  isIsoDate,
  PlaceCache,
} from "./toOrganization.js";

// One rule of the row mapping per test: each value a clerk may type in a column, and what it becomes.

const options = buildOptions;

type Row = Partial<Record<IngestFieldValue, readonly string[]>>;

function build(row: Row, overrides: Partial<BuildOptions> = {}, index = 7) {
  const values = new Map<IngestFieldValue, readonly string[]>();
  for (const [k, v] of Object.entries(row)) values.set(k as IngestFieldValue, v as readonly string[]);
  return buildOrganization(values, index, options(overrides));
}

/** The candidate of a row that must map without error. */
function candidate(row: Row, overrides: Partial<BuildOptions> = {}): Record<string, unknown> {
  const built = build(row, overrides);
  expect(built.errors).toEqual([]);
  if (built.candidate === undefined) throw new Error("no candidate");
  return built.candidate;
}

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe("buildOrganization: identifier and names", () => {
  it("takes the id column, or numbers the row after the prefix", () => {
    expect(candidate({ id: ["A-1"], name: ["جمعية الأمل"] }).id).toBe("A-1");
    expect(candidate({ name: ["جمعية الأمل"] }, { idPrefix: "imp-" }).id).toBe("imp-7");
  });

  it("sorts names by script, the first of each script wins, and name columns by language override", () => {
    expect(candidate({ name: ["Association Al Amal", "جمعية الأمل", "جمعية أخرى", "Autre"] }).name).toEqual({
      ar: "جمعية الأمل",
      fr: "Association Al Amal",
    });
    expect(
      candidate({
        name: ["جمعية الأمل", "Association Al Amal"],
        nameAr: ["جمعية النور"],
        nameFr: ["Association Ennour"],
        nameEn: ["Ennour Association"],
      }).name,
    ).toEqual({ ar: "جمعية النور", fr: "Association Ennour", en: "Ennour Association" });
    expect(candidate({ nameEn: ["Association Hope"] }).name).toEqual({ en: "Association Hope" });
    expect(candidate({ nameFr: ["Association Hope"] }).name).toEqual({ fr: "Association Hope" });
    expect(candidate({ nameAr: ["جمعية الأمل"] }).name).toEqual({ ar: "جمعية الأمل" });
  });

  it("refuses a row without any name, with the issue at `name`", () => {
    const built = build({ legalForm: ["Association"], name: ["  "] });
    expect(built.candidate).toBeUndefined();
    expect(built.errors.map((e) => [e.code, e.path])).toEqual([["ingest.name_missing", ["name"]]]);
    expect(built.errors[0]?.message).not.toBe("");
  });

  it("writes the acronym in its script", () => {
    expect(candidate({ name: ["جمعية الأمل"], acronym: ["AMAL"] }).acronym).toEqual({ fr: "AMAL" });
    expect(candidate({ name: ["جمعية الأمل"], acronym: ["ج.أ"] }).acronym).toEqual({ ar: "ج.أ" });
    expect(candidate({ name: ["جمعية الأمل"] })).not.toHaveProperty("acronym");
  });
});

describe("buildOrganization: legal form", () => {
  it("reads every short spelling of a legal form column", () => {
    const spellings: Record<string, string> = {
      assoc: "association",
      asso: "association",
      جمعية: "association",
      coop: "cooperative",
      Coopérative: "cooperative",
      تعاونية: "cooperative",
      Réseau: "network",
      شبكة: "network",
      Fédération: "federation",
      fondation: "foundation",
      association: "association",
    };
    for (const [text, form] of Object.entries(spellings)) {
      expect(candidate({ name: ["Les amis"], legalForm: [text] }).legalForm, text).toBe(form);
    }
    // The labels of the model's enumeration, in every language, and its values.
    expect(candidate({ name: ["Les amis"], legalForm: ["union"] }).legalForm).toBe("union");
  });

  it("reports a legal form it does not know, with the text typed", () => {
    const built = build({ name: ["Association Al Amal"], legalForm: ["SARL"] });
    expect(built.candidate).toBeUndefined();
    expect(built.errors.map((e) => [e.code, e.path, e.params, e.value])).toEqual([
      ["ingest.legal_form_unknown", ["legalForm"], { value: "SARL" }, "SARL"],
    ]);
  });

  it("gives the same answer for a text looked up again", () => {
    for (let i = 0; i < 3; i++)
      expect(candidate({ name: ["Les amis"], legalForm: ["Coop"] }).legalForm).toBe("cooperative");
    expect(codes(build({ name: ["Les amis"], legalForm: ["SA"] }).errors)).toEqual(["ingest.legal_form_unknown"]);
    expect(codes(build({ name: ["Les amis"], legalForm: ["SA"] }).errors)).toEqual(["ingest.legal_form_unknown"]);
  });

  it("takes the legal form from the first word of a name when there is no column", () => {
    const byName: Record<string, string> = {
      "جمعية الأمل": "association",
      "Association Al Amal": "association",
      "Assoc Al Amal": "association",
      "تعاونية أركان": "cooperative",
      "Coopérative Argane": "cooperative",
      "Coop Argane": "cooperative",
      "شبكة الجمعيات": "network",
      "Réseau des associations": "network",
      "اتحاد الجمعيات": "union",
      "Union des associations": "union",
      "فيدرالية الجمعيات": "federation",
      "Fédération des associations": "federation",
      "جامعة الجمعيات": "federation",
      "مؤسسة الأمل": "foundation",
      "Fondation Al Amal": "foundation",
      "Foundation Hope": "foundation",
    };
    const found = Object.keys(byName).map((name) => [name, build({ name: [name] }).candidate?.legalForm]);
    expect(Object.fromEntries(found)).toEqual(byName);
    // The first word only, in the Arabic name, then the French one, then the English one.
    expect(candidate({ nameFr: ["Les amis"], nameEn: ["Foundation Hope"] }).legalForm).toBe("foundation");
    expect(candidate({ nameAr: ["تعاونية أركان"], nameFr: ["Association Argane"] }).legalForm).toBe("cooperative");
    expect(candidate({ nameAr: ["النور"], nameFr: ["Association Ennour"] }).legalForm).toBe("association");
  });

  it("falls back on the default legal form, then reports it missing", () => {
    expect(candidate({ name: ["Les amis du livre"] }, { defaultLegalForm: "cooperative" }).legalForm).toBe(
      "cooperative",
    );
    expect(candidate({ name: ["Association Al Amal"] }, { defaultLegalForm: "cooperative" }).legalForm).toBe(
      "association",
    );
    const built = build({ name: ["Les amis du livre"] });
    expect(built.candidate).toBeUndefined();
    expect(built.errors.map((e) => [e.code, e.path])).toEqual([["ingest.legal_form_missing", ["legalForm"]]]);
  });
});

describe("buildOrganization: dates", () => {
  it("writes the founding date and the declaration date in ISO form", () => {
    const org = candidate({ name: ["جمعية الأمل"], foundedOn: ["12/03/2011"], declaredOn: ["2011-04-15"] });
    expect(org.foundedOn).toBe("2011-03-12");
    expect(org.lifecycle).toEqual({ declaredOn: "2011-04-15" });
    const none = candidate({ name: ["جمعية الأمل"] });
    expect(none).not.toHaveProperty("foundedOn");
    expect(none).not.toHaveProperty("lifecycle");
  });

  it("reports a date it cannot read, naming the column and the text", () => {
    for (const field of ["foundedOn", "declaredOn"] as const) {
      const built = build({ name: ["جمعية الأمل"], [field]: ["bientôt"] });
      expect(built.candidate).toBeUndefined();
      expect(built.errors.map((e) => [e.code, e.path, e.params, e.value])).toEqual([
        ["ingest.invalid_date", [field], { column: field }, "bientôt"],
      ]);
    }
  });
});

describe("buildOrganization: seat", () => {
  it("resolves a commune, with its province and region", () => {
    expect(candidate({ name: ["جمعية الأمل"], commune: ["Tétouan"] }).seat).toEqual({
      communeCode: "01.571.01.11",
      provinceCode: "01.571",
      regionCode: "01",
    });
  });

  it("keeps a province alone with its region, and a region alone", () => {
    expect(candidate({ name: ["جمعية الأمل"], province: ["06.141"] }).seat).toEqual({
      provinceCode: "06.141",
      regionCode: "06",
    });
    expect(candidate({ name: ["جمعية الأمل"], region: ["01"] }).seat).toEqual({ regionCode: "01" });
  });

  it("looks a commune up inside the province given, or the region given", () => {
    // Ajdir names two communes, in two provinces of two regions.
    expect(candidate({ name: ["جمعية الأمل"], province: ["01.051"], commune: ["Ajdir"] }).seat).toEqual({
      communeCode: "01.051.01.09",
      provinceCode: "01.051",
      regionCode: "01",
    });
    expect(candidate({ name: ["جمعية الأمل"], region: ["03"], commune: ["Ajdir"] }).seat).toEqual({
      communeCode: "03.561.03.01",
      provinceCode: "03.561",
      regionCode: "03",
    });
  });

  it("reports an ambiguous commune with its candidates, and an unknown one", () => {
    const ambiguous = build({ name: ["جمعية الأمل"], commune: ["Ajdir"] });
    expect(ambiguous.candidate).toBeUndefined();
    expect(ambiguous.errors.map((e) => [e.code, e.path, e.params, e.value])).toEqual([
      [
        "ingest.place_ambiguous",
        ["seat", "commune"],
        { level: "commune", query: "Ajdir", candidates: "01.051.01.09, 03.561.03.01" },
        "Ajdir",
      ],
    ]);
    const unknown = build({ name: ["جمعية الأمل"], province: ["nulle part"] });
    expect(unknown.errors.map((e) => [e.code, e.path, e.params])).toEqual([
      ["ingest.place_not_found", ["seat", "province"], { level: "province", query: "nulle part", candidates: "" }],
    ]);
    // The same query answered from the cache gives the same issue.
    const places = new PlaceCache();
    for (let i = 0; i < 2; i++) {
      expect(codes(build({ name: ["جمعية الأمل"], commune: ["Ajdir"] }, { places }).errors)).toEqual([
        "ingest.place_ambiguous",
      ]);
    }
  });

  it("keeps the province and region found when the commune is not found", () => {
    const built = build({ name: ["جمعية الأمل"], province: ["06.141"], commune: ["nulle part"] });
    expect(codes(built.errors)).toEqual(["ingest.place_not_found"]);
    const region = build({ name: ["جمعية الأمل"], region: ["01"], commune: ["nulle part"] });
    expect(codes(region.errors)).toEqual(["ingest.place_not_found"]);
  });

  it("writes the address, douar and city in their script, and the postal code with ASCII digits", () => {
    const org = candidate({
      name: ["جمعية الأمل"],
      address: ["حي داود رقم 46"],
      douar: ["Douar Tizi"],
      city: ["آسفي"],
      postalCode: ["٩٣ ٠٠٠"],
    });
    expect(org.seat).toEqual({
      line: { ar: "حي داود رقم 46" },
      douar: { fr: "Douar Tizi" },
      city: { ar: "آسفي" },
      postalCode: "93000",
    });
    expect(candidate({ name: ["جمعية الأمل"], postalCode: ["46 000"] }).seat).toEqual({ postalCode: "46000" });
    expect(candidate({ name: ["جمعية الأمل"] })).not.toHaveProperty("seat");
  });
});

describe("buildOrganization: contacts", () => {
  it("splits a cell of several phones, drops empty parts, and keeps each number once", () => {
    const org = candidate({
      name: ["جمعية الأمل"],
      phone: ["0612345678 ;; 06 12 34 56 78 | 0522271234", "+212612345678", "0539 99 88 77"],
    });
    expect(org.contacts).toEqual([
      { kind: "phone", value: "+212612345678" },
      { kind: "phone", value: "+212522271234" },
      { kind: "phone", value: "+212539998877" },
    ]);
  });

  it("reports a phone it cannot read at contacts.phone", () => {
    const built = build({ name: ["جمعية الأمل"], phone: ["06 12 34"] });
    expect(built.candidate).toBeUndefined();
    expect(built.errors.map((e) => [e.code, e.path])).toEqual([["phone.invalid", ["contacts", "phone"]]]);
  });

  it("splits e-mails on every separator and reports one it cannot read", () => {
    const org = candidate({ name: ["جمعية الأمل"], email: ["a@example.ma، b@example.ma؛c@example.ma / d@example.ma"] });
    expect(org.contacts).toEqual(["a", "b", "c", "d"].map((n) => ({ kind: "email", value: `${n}@example.ma` })));
    const built = build({ name: ["جمعية الأمل"], email: ["bad@"] });
    expect(built.candidate).toBeUndefined();
    expect(built.errors.map((e) => e.path)).toEqual([["contacts", "email"]]);
  });

  it("adds https:// to a website without a scheme, and keeps one that has it", () => {
    const site = (text: string) => (candidate({ name: ["جمعية الأمل"], website: [text] }).contacts as unknown[])[0];
    expect(site("example.ma")).toEqual({ kind: "website", value: "https://example.ma" });
    expect(site("http://example.ma")).toEqual({ kind: "website", value: "http://example.ma" });
    expect(site("HTTPS://example.ma/x")).toEqual({ kind: "website", value: "HTTPS://example.ma/x" });
    expect(candidate({ name: ["جمعية الأمل"] })).not.toHaveProperty("contacts");
  });
});

describe("buildOrganization: bank account and identifiers", () => {
  const RIB = "011519000001205000534921";
  const IBAN = `MA64${RIB}`;

  it("keeps a RIB, an IBAN and the bank's name", () => {
    expect(candidate({ name: ["جمعية الأمل"], rib: ["011 519 0000012050005349 21"] }).bankAccount).toEqual({
      rib: RIB,
    });
    expect(candidate({ name: ["جمعية الأمل"], iban: [IBAN], bank: ["Banque Populaire"] }).bankAccount).toEqual({
      iban: IBAN,
      bank: "Banque Populaire",
    });
    // A bank's name alone is no account.
    expect(candidate({ name: ["جمعية الأمل"], bank: ["Banque Populaire"] })).not.toHaveProperty("bankAccount");
  });

  it("reports a RIB and an IBAN it cannot read, at their paths", () => {
    const built = build({
      name: ["جمعية الأمل"],
      rib: ["011519000001205000534922"],
      iban: ["MA00011519000001205000534921"],
    });
    expect(built.candidate).toBeUndefined();
    expect(built.errors.map((e) => e.path)).toEqual([
      ["bankAccount", "rib"],
      ["bankAccount", "iban"],
    ]);
  });

  it("keeps an ICE, an RC number and a receipt number, without their spaces", () => {
    expect(
      candidate({ name: ["جمعية الأمل"], ice: ["001234567000062"], rc: ["RC 1234"], receiptNumber: ["123 / 2011"] })
        .identifiers,
    ).toEqual([
      { scheme: "MA-ICE", id: "001234567000062" },
      { scheme: "MA-RC", id: "RC1234" },
      { scheme: "MA-ASSOC", id: "123/2011" },
    ]);
    const built = build({ name: ["جمعية الأمل"], ice: ["001234567000063"] });
    expect(built.errors.map((e) => e.path)).toEqual([["identifiers", "ice"]]);
    expect(candidate({ name: ["جمعية الأمل"] })).not.toHaveProperty("identifiers");
  });
});

describe("buildOrganization: fields of action", () => {
  it("keeps each known field once and warns about each unknown one", () => {
    const built = build({ name: ["جمعية الأمل"], fieldsOfAction: ["Sport; رياضي | inconnu", "Social"] });
    expect(built.candidate?.fieldsOfAction).toEqual(["sports", "social"]);
    expect(built.warnings.map((w) => [w.code, w.path, w.params, w.value, w.severity])).toEqual([
      [
        "ingest.unknown_value",
        ["fieldsOfAction"],
        { column: "fieldsOfAction", value: "inconnu" },
        "inconnu",
        "warning",
      ],
    ]);
    const unknown = build({ name: ["جمعية الأمل"], fieldsOfAction: ["inconnu"] });
    expect(unknown.candidate).not.toHaveProperty("fieldsOfAction");
    expect(codes(unknown.warnings)).toEqual(["ingest.unknown_value"]);
  });
});

describe("buildOrganization: board", () => {
  it("numbers the mandates in order: presidents, treasurers, secretaries, members", () => {
    const org = candidate({
      id: ["A-1"],
      name: ["جمعية الأمل"],
      president: ["أحمد العلوي"],
      treasurer: ["Khadija Fassi"],
      secretary: ["خالد الفاسي"],
      board: ["Mohamed Seddiki; نعيمة الصديقي"],
      declaredOn: ["2012-04-15"],
    });
    expect(org.governingBodies).toEqual([
      {
        id: "A-1-board",
        kind: "board",
        mandates: [
          { personId: "A-1-m1", personName: { ar: "أحمد العلوي" }, role: "president", startOn: "2012-04-15" },
          { personId: "A-1-m2", personName: { fr: "Khadija Fassi" }, role: "treasurer", startOn: "2012-04-15" },
          { personId: "A-1-m3", personName: { ar: "خالد الفاسي" }, role: "secretary-general", startOn: "2012-04-15" },
          { personId: "A-1-m4", personName: { fr: "Mohamed Seddiki" }, role: "member", startOn: "2012-04-15" },
          { personId: "A-1-m5", personName: { ar: "نعيمة الصديقي" }, role: "member", startOn: "2012-04-15" },
        ],
      },
    ]);
    // The founding date comes before the declaration date.
    const founded = candidate({
      name: ["جمعية الأمل"],
      president: ["أحمد العلوي"],
      treasurer: ["Khadija Fassi"],
      foundedOn: ["2011-03-12"],
      declaredOn: ["2012-04-15"],
    });
    const mandates = (founded.governingBodies as { mandates: { startOn?: string }[] }[])[0]?.mandates ?? [];
    expect(mandates.map((m) => m.startOn)).toEqual(["2011-03-12", "2011-03-12"]);
  });

  it("warns about a board without a president or without a treasurer, and keeps no board", () => {
    for (const row of [
      { president: ["أحمد العلوي"] },
      { treasurer: ["Khadija Fassi"] },
      { secretary: ["خالد الفاسي"] },
      { board: ["Mohamed Seddiki"] },
    ]) {
      const built = build({ name: ["جمعية الأمل"], foundedOn: ["2011-03-12"], ...row });
      expect(built.candidate).not.toHaveProperty("governingBodies");
      expect(built.warnings.map((w) => [w.code, w.path, w.severity])).toEqual([
        ["ingest.board_incomplete", ["governingBodies"], "warning"],
      ]);
    }
    const none = build({ name: ["جمعية الأمل"], board: [""] });
    expect(none.warnings).toEqual([]);
    expect(none.candidate).not.toHaveProperty("governingBodies");
  });
});

describe("buildOrganization: cells", () => {
  it("refuses a value longer than the maximum, naming the column, and accepts one of that length", () => {
    const built = build({ name: ["Assoc"], city: ["x".repeat(11)] }, { maxFieldLength: 10 });
    expect(built.candidate).toBeUndefined();
    expect(built.errors.map((e) => [e.code, e.path, e.params])).toEqual([
      ["ingest.field_too_large", ["city"], { column: "city", maximum: 10 }],
    ]);
    expect(candidate({ name: ["Assoc"], city: ["x".repeat(10)] }, { maxFieldLength: 10 }).seat).toEqual({
      city: { fr: "xxxxxxxxxx" },
    });
  });

  it("cleans every value, and a value that cleans to nothing is no value", () => {
    const org = candidate({ name: ["\u200F  جمعية   الأمل \u00A0"], city: ["\u200B", "  Safi "], acronym: [" "] });
    expect(org.name).toEqual({ ar: "جمعية الأمل" });
    expect(org.seat).toEqual({ city: { fr: "Safi" } });
    expect(org).not.toHaveProperty("acronym");
  });

  it("maps a row without error to a candidate, and a row with one to none", () => {
    expect(build({ name: ["جمعية الأمل"] }).candidate).toEqual({
      id: "row-7",
      name: { ar: "جمعية الأمل" },
      legalForm: "association",
    });
    expect(build({ name: ["جمعية الأمل"], foundedOn: ["x"] }).candidate).toBeUndefined();
  });
});

describe("cleanDeep", () => {
  it("cleans strings in objects and arrays, and keeps other values", () => {
    expect(cleanDeep({ a: "  x  y ", b: [" z ", 1, null, true], c: { d: "\u200Bw" } })).toEqual({
      a: "x y",
      b: ["z", 1, null, true],
      c: { d: "w" },
    });
    expect(cleanDeep(null)).toBeNull();
    expect(cleanDeep(3)).toBe(3);
    expect(cleanDeep(" s ")).toBe("s");
  });

  it("stops walking below 50 levels", () => {
    let deep: unknown = { s: " deep " };
    for (let i = 0; i < 60; i++) deep = [deep];
    let out = cleanDeep(deep);
    for (let i = 0; i < 60; i++) out = (out as unknown[])[0];
    expect(out).toEqual({ s: " deep " });
    let shallow: unknown = { s: " shallow " };
    for (let i = 0; i < 49; i++) shallow = [shallow];
    let back = cleanDeep(shallow);
    for (let i = 0; i < 49; i++) back = (back as unknown[])[0];
    expect(back).toEqual({ s: "shallow" });
  });
});

describe("isIsoDate", () => {
  it("knows the length of every month and the leap years", () => {
    const days: [string, boolean][] = [
      ["2024-02-29", true],
      ["2023-02-29", false],
      ["2000-02-29", true],
      ["1900-02-29", false],
      ["2100-02-29", false],
      ["2024-02-30", false],
      ["2023-02-28", true],
      ["2023-01-31", true],
      ["2023-03-31", true],
      ["2023-04-30", true],
      ["2023-04-31", false],
      ["2023-06-31", false],
      ["2023-09-31", false],
      ["2023-11-31", false],
      ["2023-05-31", true],
      ["2023-07-31", true],
      ["2023-08-31", true],
      ["2023-10-31", true],
      ["2023-12-31", true],
      ["2023-13-01", false],
      ["2023-00-10", false],
      ["2023-01-00", false],
      ["2023-01-01", true],
      ["2023-1-01", false],
      [" 2023-01-01", false],
    ];
    for (const [text, valid] of days) expect(isIsoDate(text), text).toBe(valid);
    expect(isIsoDate(20230101)).toBe(false);
  });

  it("refuses a day after asOf, and accepts asOf itself", () => {
    expect(isIsoDate("2025-12-31", "2025-12-31")).toBe(true);
    expect(isIsoDate("2026-01-01", "2025-12-31")).toBe(false);
    expect(isIsoDate("2025-12-30", "2025-12-31")).toBe(true);
  });
});

describe("isCertainlyValid", () => {
  const RIB = "011519000001205000534921";
  /** Candidates of every shape the builder makes; each is valid as it is. */
  const valid: Record<string, Record<string, unknown>> = {
    minimal: { id: "x", legalForm: "association", name: { ar: "جمعية الأمل" } },
    full: {
      id: "A".repeat(128),
      name: { ar: "جمعية الأمل", fr: "Association Al Amal", en: "Hope" },
      acronym: { fr: "AMAL" },
      legalForm: "cooperative",
      foundedOn: "2011-03-12",
      lifecycle: { declaredOn: "2011-03-12" },
      seat: {
        communeCode: "01.511.01.05",
        provinceCode: "01.511",
        regionCode: "01",
        line: { ar: "حي داود رقم 46" },
        douar: { fr: "Douar Tizi" },
        city: { fr: "Tétouan" },
        postalCode: "93000",
      },
      contacts: [
        { kind: "phone", value: "+212612345678" },
        { kind: "email", value: "contact@example.ma" },
      ],
      bankAccount: { rib: RIB, iban: `MA64${RIB}`, bank: "B".repeat(200) },
      identifiers: [{ scheme: "MA-ICE", id: "001234567000062" }],
      fieldsOfAction: ["social", "sports"],
      governingBodies: [
        {
          id: "A-board",
          kind: "board",
          mandates: [
            { personId: "A-m1", personName: { ar: "أحمد العلوي" }, role: "president", startOn: "2011-03-12" },
            { personId: "A-m2", personName: { fr: "Khadija Fassi" }, role: "treasurer", startOn: "2011-03-12" },
            { personId: "A-m3", personName: { fr: "Mohamed" }, role: "member", startOn: "2011-03-12" },
            { personId: "A-m4", personName: { fr: "Naima" }, role: "member", startOn: "2011-03-12" },
          ],
        },
      ],
    },
    undatedBoard: {
      id: "B",
      legalForm: "association",
      name: { fr: "Association" },
      governingBodies: [
        {
          id: "B-board",
          kind: "board",
          mandates: [
            { personId: "B-m1", personName: { fr: "Aissa" }, role: "president" },
            { personId: "B-m2", personName: { fr: "Khadija" }, role: "treasurer" },
          ],
        },
      ],
    },
    provinceOnly: {
      id: "C",
      legalForm: "network",
      name: { en: "N" },
      seat: { provinceCode: "06.141", regionCode: "06" },
    },
    regionOnly: { id: "D", legalForm: "union", name: { fr: "U" }, seat: { regionCode: "06" } },
    communeInRegion: {
      id: "E",
      legalForm: "union",
      name: { fr: "U" },
      seat: { communeCode: "06.141.01.01", regionCode: "06" },
    },
    ribOnly: { id: "F", legalForm: "association", name: { fr: "A" }, bankAccount: { rib: RIB } },
    ibanOnly: { id: "G", legalForm: "association", name: { fr: "A" }, bankAccount: { iban: `MA64${RIB}` } },
    lifecycleOnly: { id: "H", legalForm: "association", name: { fr: "A" }, lifecycle: { declaredOn: "2011-01-01" } },
    declaredAfterFounding: {
      id: "I",
      legalForm: "association",
      name: { fr: "A" },
      foundedOn: "2010-01-01",
      lifecycle: { declaredOn: "2011-01-01" },
    },
    longText: { id: "J", legalForm: "association", name: { fr: "n".repeat(2000) } },
    manyContacts: {
      id: "K",
      legalForm: "association",
      name: { fr: "A" },
      contacts: Array.from({ length: 50 }, (_, i) => ({
        kind: "phone",
        value: `+2126123456${String(i).padStart(2, "0")}`,
      })),
    },
    manyIdentifiers: {
      id: "L",
      legalForm: "association",
      name: { fr: "A" },
      identifiers: Array.from({ length: 20 }, (_, i) => ({ scheme: "MA-RC", id: `RC${i}` })),
    },
    bigBoard: {
      id: "M",
      legalForm: "association",
      name: { fr: "A" },
      governingBodies: [
        {
          id: "M-board",
          kind: "board",
          mandates: Array.from({ length: 1000 }, (_, i) => ({
            personId: `M-m${i + 1}`,
            personName: { fr: `P ${i}` },
            role: i === 0 ? "president" : i === 1 ? "treasurer" : i === 2 ? "secretary-general" : "member",
          })),
        },
      ],
    },
  };

  it("vouches for every shape the builder makes", () => {
    for (const [label, org] of Object.entries(valid)) {
      const v = validateOrganization(org);
      expect(v.ok ? v.warnings : v.issues, label).toEqual([]);
      expect(isCertainlyValid(org, undefined), label).toBe(true);
    }
  });

  /** Each change of a valid candidate that the check must send to full validation. */
  const full = valid.full as Record<string, unknown>;
  const board = (full.governingBodies as Record<string, unknown>[])[0] as Record<string, unknown>;
  const mandates = board.mandates as Record<string, unknown>[];
  const [m1, m2] = mandates as [Record<string, unknown>, Record<string, unknown>];
  const withBoard = (change: Record<string, unknown>) => ({ ...full, governingBodies: [{ ...board, ...change }] });
  const withMandates = (list: unknown[]) => withBoard({ mandates: list });
  const seat = (s: Record<string, unknown>) => ({ ...full, seat: s });
  const doubtful: Record<string, unknown> = {
    "id empty": { ...full, id: "" },
    "id too long": { ...full, id: "A".repeat(129) },
    "id leading space": { ...full, id: " A" },
    "id trailing space": { ...full, id: "A " },
    "id with a tab": { ...full, id: "A\tB" },
    "id with DEL": { ...full, id: "A\u007FB" },
    "id with a lone surrogate": { ...full, id: "A\uD800" },
    "id a number": { ...full, id: 12 },
    "no id": (({ id: _, ...rest }) => rest)(full),
    "legal form unknown": { ...full, legalForm: "sarl" },
    "no legal form": (({ legalForm: _, ...rest }) => rest)(full),
    "no name": (({ name: _, ...rest }) => rest)(full),
    "name empty": { ...full, name: {} },
    "name null": { ...full, name: null },
    "name a string": { ...full, name: "x" },
    "name in another language": { ...full, name: { de: "Verein" } },
    "name too long": { ...full, name: { fr: "n".repeat(2001) } },
    "name empty text": { ...full, name: { fr: "" } },
    "name not trimmed": { ...full, name: { fr: "x " } },
    "name not text": { ...full, name: { fr: 3 } },
    "name with a lone surrogate": { ...full, name: { fr: "x\uDC00" } },
    "acronym in another language": { ...full, acronym: { es: "X" } },
    "founding date impossible": { ...full, foundedOn: "2023-02-29" },
    "lifecycle with another key": { ...full, lifecycle: { declaredOn: "2011-03-12", dissolvedOn: "2012-01-01" } },
    "lifecycle without a date": { ...full, lifecycle: { dissolvedOn: "2012-01-01" } },
    "declared before founded": { ...full, lifecycle: { declaredOn: "2011-03-11" } },
    "seat with another key": seat({ regionCode: "01", country: "MA" }),
    "seat line empty": seat({ line: {} }),
    "seat douar not multilingual": seat({ douar: "x" }),
    "seat city not multilingual": seat({ city: { xx: "x" } }),
    "postal code short": seat({ postalCode: "930" }),
    "postal code a number": seat({ postalCode: 93000 }),
    "commune code malformed": seat({ communeCode: "01.511.01" }),
    "commune code a number": seat({ communeCode: 1 }),
    "province code malformed": seat({ provinceCode: "01.51" }),
    "province code a number": seat({ provinceCode: 1 }),
    "region code malformed": seat({ regionCode: "1" }),
    "region code a number": seat({ regionCode: 1 }),
    "commune outside its province": seat({ communeCode: "01.511.01.05", provinceCode: "01.512", regionCode: "01" }),
    "province outside its region": seat({ provinceCode: "01.511", regionCode: "02" }),
    "commune outside its region": seat({ communeCode: "01.511.01.05", regionCode: "02" }),
    "too many contacts": {
      ...full,
      contacts: Array.from({ length: 51 }, () => ({ kind: "phone", value: "+212612345678" })),
    },
    "phone not E.164": { ...full, contacts: [{ kind: "phone", value: "0612345678" }] },
    "e-mail malformed": { ...full, contacts: [{ kind: "email", value: "bad@" }] },
    website: { ...full, contacts: [{ kind: "website", value: "https://example.ma" }] },
    "bank account with another key": { ...full, bankAccount: { rib: RIB, holder: "X" } },
    "bank account without number": { ...full, bankAccount: { bank: "B" } },
    "RIB malformed": { ...full, bankAccount: { rib: `${RIB.slice(0, -1)}2` } },
    "IBAN malformed": { ...full, bankAccount: { iban: `MA00${RIB}` } },
    "IBAN of another RIB": { ...full, bankAccount: { rib: RIB, iban: "MA64011519000001205000534930" } },
    "bank name too long": { ...full, bankAccount: { rib: RIB, bank: "B".repeat(201) } },
    "bank name not trimmed": { ...full, bankAccount: { rib: RIB, bank: " B" } },
    "too many identifiers": {
      ...full,
      identifiers: Array.from({ length: 21 }, (_, i) => ({ scheme: "MA-RC", id: `${i}` })),
    },
    "identifier malformed": { ...full, identifiers: [{ scheme: "MA-ICE", id: "1" }] },
    "field of action twice": { ...full, fieldsOfAction: ["social", "social"] },
    "field of action unknown": { ...full, fieldsOfAction: ["astrology"] },
    "too many fields of action": { ...full, fieldsOfAction: Array.from({ length: 41 }, () => "social") },
    "two boards": { ...full, governingBodies: [board, board] },
    "no board": { ...full, governingBodies: [] },
    "board null": { ...full, governingBodies: [null] },
    "board with another key": withBoard({ name: "x" }),
    "board id malformed": withBoard({ id: " b" }),
    "body not a board": withBoard({ kind: "general-assembly" }),
    "mandates not a list": withBoard({ mandates: {} }),
    "no mandate": withMandates([]),
    "too many mandates": withMandates([
      ...mandates,
      ...Array.from({ length: 997 }, (_, i) => ({ ...m1, personId: `z${i}`, role: "member" })),
    ]),
    "start date impossible": withMandates(mandates.map((m) => ({ ...m, startOn: "2011-02-30" }))),
    "mandate with another key": withMandates([{ ...m1, endOn: "2012-01-01" }, m2]),
    "mandate without start date among dated ones": withMandates([m1, (({ startOn: _, ...rest }) => rest)(m2)]),
    "mandate person id malformed": withMandates([{ ...m1, personId: "" }, m2]),
    "mandate person name malformed": withMandates([{ ...m1, personName: { fr: "" } }, m2]),
    "mandate role unknown": withMandates([m1, m2, { ...m1, personId: "z", role: "king" }]),
    "mandates of two start dates": withMandates([m1, { ...m2, startOn: "2011-03-13" }]),
    "two presidents": withMandates([m1, m2, { ...m1, personId: "z" }]),
    "two treasurers": withMandates([m1, m2, { ...m2, personId: "z" }]),
    "no president": withMandates([m2, { ...m1, personId: "z", role: "member" }]),
    "no treasurer": withMandates([m1, { ...m2, personId: "z", role: "member" }]),
    "another field": { ...full, founders: [] },
  };

  it("sends to full validation every candidate it cannot vouch for", () => {
    for (const [label, org] of Object.entries(doubtful)) {
      expect(isCertainlyValid(org as Record<string, unknown>, undefined), label).toBe(false);
    }
  });

  it("sends dates after asOf to full validation", () => {
    expect(isCertainlyValid(full, "2011-03-12")).toBe(true);
    expect(
      isCertainlyValid({ ...full, foundedOn: "2011-03-11", lifecycle: { declaredOn: "2011-03-13" } }, "2011-03-12"),
    ).toBe(false);
    expect(isCertainlyValid(valid.undatedBoard as Record<string, unknown>, "2000-01-01")).toBe(true);
    expect(isCertainlyValid({ ...(valid.lifecycleOnly as Record<string, unknown>) }, "2010-12-31")).toBe(false);
    const late = withMandates(mandates.map((m) => ({ ...m, startOn: "2011-03-13" })));
    expect(
      isCertainlyValid({ ...late, foundedOn: "2011-03-12", lifecycle: { declaredOn: "2011-03-12" } }, "2011-03-12"),
    ).toBe(false);
  });
});
