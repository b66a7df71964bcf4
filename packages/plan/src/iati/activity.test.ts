import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { fullOptions, fullPlan, minimalOptions, minimalPlan } from "../../test/iati/activityFixtures.js";
import { createPlan } from "../plan/createPlan.js";
import type { Plan } from "../plan/plan.js";
import { type IatiActivityOptions, toIatiActivity } from "./activity.js";
import { dacSectorStatus, isSdgTarget } from "./codelists.js";
import { iatiActivityMessages } from "./codes.js";
import { toIatiResults } from "./export.js";
import { fromIatiResults } from "./import.js";

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (_n, _p, _l, isAttribute) => !isAttribute,
});
const list = (n: unknown, name: string): Node[] => ((n as Node)[name] as Node[] | undefined) ?? [];
const one = (n: unknown, name: string): Node => {
  const found = list(n, name)[0];
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
};
const langs = (n: Node) => list(n, "narrative").map((x) => [x["@xml:lang"], x["#text"]]);

function exported(plan: Plan, options: IatiActivityOptions): { xml: string; activity: Node } {
  const r = toIatiActivity(plan, options);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.code} ${i.path.join(".")}`).join("\n"));
  expect(XMLValidator.validate(r.value)).toBe(true);
  return { xml: r.value, activity: one(one(parser.parse(r.value), "iati-activities"), "iati-activity") };
}

const codes = (r: ReturnType<typeof toIatiActivity>) =>
  r.ok ? r.warnings.map((i) => [i.code, i.path.join(".")]) : r.issues.map((i) => [i.code, i.path.join(".")]);

describe("toIatiActivity: the plan as an IATI 2.03 activity", () => {
  it("checks the fixture plan like createPlan does", () => {
    expect(createPlan(fullPlan).ok).toBe(true);
    expect(createPlan(minimalPlan).ok).toBe(true);
  });

  it("writes the document, the identifier, the reporting organization, the title and the description", () => {
    const r = toIatiActivity(fullPlan, fullOptions);
    expect(r.ok && r.warnings.map((w) => [w.code, w.path, w.severity])).toEqual([
      ["iati.transaction_after_as_of", ["plan", "transactions", 6, "date"], "warning"],
    ]);
    const { xml, activity } = exported(fullPlan, fullOptions);
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="2026-01-20T10:00:00+01:00">\n',
      ),
    ).toBe(true);
    expect(activity["@last-updated-datetime"]).toBe("2026-01-20T10:00:00+01:00");
    expect(activity["@xml:lang"]).toBe("fr");
    expect(activity["@default-currency"]).toBe("MAD");
    expect(activity["@madani:plan-id"]).toBe("plan-2025-2027");
    expect(list(activity, "iati-identifier")).toEqual(["XM-EXAMPLE-RJD-plan-2025-2027"]);
    const reporting = one(activity, "reporting-org");
    expect([reporting["@ref"], reporting["@type"]]).toEqual(["XM-EXAMPLE-RJD", "22"]);
    expect(langs(reporting)).toEqual([
      ["ar", "شبكة الجمعيات الدكالية"],
      ["fr", "Réseau des associations de Doukkala"],
    ]);
    // Every language of the plan's title, with its xml:lang.
    expect(langs(one(activity, "title")).map(([l]) => l)).toEqual(["ar", "fr", "en", "zgh"]);
    const description = one(activity, "description");
    expect(description["@type"]).toBe("1");
    expect(langs(description)).toEqual([
      ["ar", "تقوية الجمعيات الأعضاء"],
      ["fr", "Renforcer les associations membres « & » leurs bénéficiaires"],
    ]);
    // Without a mission or a description option, the title describes the activity.
    const { activity: minimal } = exported(minimalPlan, minimalOptions);
    expect(langs(one(minimal, "description"))).toEqual([["ar", "مخطط"]]);
    expect(list(minimal, "iati-identifier")).toEqual(["XM-EXAMPLE-ORG-p"]);
    expect(minimal["@default-currency"]).toBeUndefined();
  });

  it("writes the participating organizations with their roles: funding, extending, implementing", () => {
    const { activity } = exported(fullPlan, fullOptions);
    expect(
      list(activity, "participating-org").map((o) => [o["@role"], o["@madani:organization-id"], o["@ref"], o["@type"]]),
    ).toEqual([
      ["1", "ue", "XI-IATI-EC_INTPA", "40"],
      ["1", "inde", undefined, "60"],
      ["3", "assoc-sidi-bennour", undefined, "22"],
      ["4", "rjd", "XM-EXAMPLE-RJD", "22"],
      ["4", "commune-el-jadida", undefined, "11"],
    ]);
    // The funder's name comes from the plan's funders, the others' from the options.
    expect(langs(list(activity, "participating-org")[1] as Node)).toEqual([["fr", "Fondation « Inde » & co"]]);
  });

  it("sets the activity status from the plan's period and asOf, or from the status option", () => {
    const status = (options: Partial<IatiActivityOptions>) =>
      one(exported(fullPlan, { ...fullOptions, ...options }).activity, "activity-status")["@code"];
    expect(status({ asOf: "2025-02-28" })).toBe("1");
    expect(status({ asOf: "2025-03-01" })).toBe("2");
    expect(status({ asOf: "2027-06-30" })).toBe("2");
    expect(status({ asOf: "2027-07-01" })).toBe("3");
    expect(status({ asOf: "2027-07-01", status: "closed" })).toBe("4");
    expect(status({ status: "cancelled" })).toBe("5");
    expect(status({ status: "suspended" })).toBe("6");
    const { activity } = exported(fullPlan, fullOptions);
    expect(list(activity, "activity-date").map((d) => [d["@type"], d["@iso-date"]])).toEqual([
      ["1", "2025-03-01"],
      ["3", "2027-06-30"],
    ]);
  });

  it("writes the recipient country, the locations, the sectors and the SDG tags", () => {
    const { activity } = exported(fullPlan, fullOptions);
    expect(list(activity, "recipient-country")).toEqual([{ "@code": "MA", "@percentage": "100" }]);
    const locations = list(activity, "location");
    expect(locations.map((l) => l["@ref"])).toEqual(["06.181", undefined, "06"]);
    expect(langs(one(locations[0], "name"))).toEqual([
      ["ar", "الجديدة"],
      ["fr", "El Jadida"],
    ]);
    expect(list(one(locations[0], "point"), "pos")).toEqual(["33.2316 -8.5007"]);
    expect(one(locations[0], "point")["@srsName"]).toBe("http://www.opengis.net/def/crs/EPSG/0/4326");
    expect([one(locations[0], "location-reach")["@code"], one(locations[0], "exactness")["@code"]]).toEqual(["1", "2"]);
    expect(one(locations[0], "location-class")["@code"]).toBe("1");
    expect(list(locations[1], "location-class")).toEqual([]);
    expect(one(locations[2], "location-reach")["@code"]).toBe("2");
    expect(list(activity, "sector").map((s) => [s["@vocabulary"], s["@code"], s["@percentage"]])).toEqual([
      ["1", "15150", "60"],
      ["1", "15160", "33.33"],
      ["1", "16010", "6.67"],
    ]);
    expect(list(activity, "tag").map((t) => `${t["@vocabulary"]}:${t["@code"]}`)).toEqual([
      "2:5",
      "2:16",
      "2:17",
      "3:16.3",
      "3:16.7",
      "3:16.a",
      "3:17.17",
    ]);
    expect(exported(minimalPlan, minimalOptions).activity.tag).toBeUndefined();
  });

  it("writes the budgets per year: original and revised, summed across activities, within the plan's period", () => {
    const { activity } = exported(fullPlan, fullOptions);
    const budgets = list(activity, "budget").map((b) => [
      b["@type"],
      one(b, "period-start")["@iso-date"],
      one(b, "period-end")["@iso-date"],
      one(b, "value")["#text"],
      one(b, "value")["@currency"],
      one(b, "value")["@value-date"],
    ]);
    expect(budgets).toEqual([
      // 2025: the first line's original 100,000 (revised to 120,000) and 10,000 from the second activity.
      ["1", "2025-03-01", "2025-12-31", "110000.00", "MAD", "2025-03-01"],
      ["2", "2025-03-01", "2025-12-31", "130000.00", "MAD", "2025-03-01"],
      // 2026: 80,000.55 and a line revised from 30,000 to 25,000.
      ["1", "2026-01-01", "2026-12-31", "110000.55", "MAD", "2026-01-01"],
      ["2", "2026-01-01", "2026-12-31", "105000.55", "MAD", "2026-01-01"],
      // 2027: no revision; the plan ends on 30 June.
      ["1", "2027-01-01", "2027-06-30", "5000.00", "MAD", "2027-01-01"],
    ]);
  });

  it("writes the budget of a year outside the plan's period for the whole year, with a warning", () => {
    const plan: Plan = {
      ...fullPlan,
      activities: fullPlan.activities.map((a, i) => ({
        ...a,
        budget: i === 0 ? [{ year: 2024, funderId: "ue", planned: { amount: 500, currency: "MAD" } }] : [],
      })),
    };
    const r = toIatiActivity(plan, fullOptions);
    expect(codes(r)).toContainEqual(["iati.budget_outside_period", "plan.activities.0.budget.0.year"]);
    const { activity } = exported(plan, fullOptions);
    expect(
      list(activity, "budget").map((b) => [one(b, "period-start")["@iso-date"], one(b, "value")["#text"]]),
    ).toEqual([["2024-01-01", "5.00"]]);
  });

  it("writes the ledger's transactions up to asOf with their codes, values, parties and references", () => {
    const { activity } = exported(fullPlan, fullOptions);
    const transactions = list(activity, "transaction");
    expect(
      transactions.map((t) => [
        t["@madani:id"],
        one(t, "transaction-type")["@code"],
        one(t, "transaction-date")["@iso-date"],
        one(t, "value")["#text"],
        one(t, "value")["@value-date"],
        list(t, "provider-org")[0]?.["@madani:organization-id"],
        list(t, "receiver-org")[0]?.["@madani:organization-id"],
        t["@ref"],
      ]),
    ).toEqual([
      ["t1", "11", "2025-02-20", "250000.00", "2025-02-20", "ue", "rjd", "CONV-2025/01"],
      ["t2", "1", "2025-03-10", "150000.00", "2025-03-10", "ue", "rjd", undefined],
      ["t3", "1", "2025-04-01", "10000.00", "2025-04-01", "inde", undefined, undefined],
      ["t4", "2", "2025-03-15", "40000.00", "2025-03-15", undefined, "assoc-sidi-bennour", undefined],
      ["t5", "3", "2025-04-02", "20000.00", "2025-04-02", "rjd", "assoc-sidi-bennour", "VIR 2025-0042"],
      ["t6", "4", "2025-03-20", "42500.01", "2025-03-20", undefined, undefined, undefined],
    ]);
    expect(transactions[4]?.["@madani:activity-id"]).toBe("act-1");
    expect(langs(one(transactions[0], "description"))).toEqual([
      ["ar", "اتفاقية المنحة"],
      ["fr", "Convention de subvention"],
    ]);
    // A later asOf writes the last one too, with its milestone.
    const later = list(exported(fullPlan, { ...fullOptions, asOf: "2026-12-31" }).activity, "transaction");
    expect(later.map((t) => t["@madani:milestone-id"])).toEqual([...Array(6).fill(undefined), "m1"]);
  });

  it("writes the document links with their format, category, languages and date", () => {
    const { activity } = exported(fullPlan, fullOptions);
    const docs = list(activity, "document-link");
    expect(docs.map((d) => [d["@url"], d["@format"], one(d, "category")["@code"]])).toEqual([
      ["https://reseau-doukkala.ma/plan-2025-2027.pdf", "application/pdf", "B02"],
      ["https://reseau-doukkala.ma/resultats?annee=2025&format=web", "text/html", "A08"],
    ]);
    expect(list(docs[0], "language").map((l) => l["@code"])).toEqual(["fr", "ar"]);
    expect(one(docs[0], "document-date")["@iso-date"]).toBe("2025-02-15");
  });

  it("writes the results as toIatiResults does, read back by fromIatiResults", () => {
    const { xml, activity } = exported(fullPlan, fullOptions);
    expect(list(activity, "result").length).toBe(4);
    const back = fromIatiResults(xml);
    expect(back.ok && back.value.indicators).toEqual(fullPlan.indicators);
    // Extensions off: no madani data anywhere, approved values only.
    const plain = toIatiActivity(fullPlan, { ...fullOptions, extensions: false, aggregationStatus: true });
    expect(plain.ok && plain.value).not.toContain("madani");
    expect(plain.ok && plain.value).toContain(
      toIatiResults(fullPlan, { extensions: false, aggregationStatus: true }).split("\n")[0],
    );
    // Results off.
    const none = toIatiActivity(fullPlan, { ...fullOptions, results: false });
    expect(none.ok && none.value).not.toContain("<result");
  });

  it("keeps the IATI order of the elements inside iati-activity", () => {
    const { xml } = exported(fullPlan, fullOptions);
    const order = [
      "iati-identifier",
      "reporting-org",
      "title",
      "description",
      "participating-org",
      "activity-status",
      "activity-date",
      "recipient-country",
      "location",
      "sector",
      "tag",
      "budget",
      "transaction",
      "document-link",
      "result",
    ];
    const positions = order.map((name) => xml.indexOf(`\n    <${name}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe("toIatiActivity: options and plans it refuses, with codes and messages", () => {
  it("refuses options of the wrong shape and unknown ones", () => {
    const r = toIatiActivity(fullPlan, {
      ...fullOptions,
      asOf: "31/12/2025",
      sectors: [{ code: "15150", percentage: 120 }],
      colour: "red",
    } as unknown as IatiActivityOptions);
    expect(codes(r)).toEqual([
      ["iati.invalid_option", "options.asOf"],
      ["iati.invalid_option", "options.sectors.0.percentage"],
      ["iati.unknown_option", "options.colour"],
    ]);
    expect(toIatiActivity(fullPlan, undefined as unknown as IatiActivityOptions).ok).toBe(false);
    expect(codes(toIatiActivity(fullPlan, "x" as unknown as IatiActivityOptions))).toEqual([
      ["schema.invalid_option", ""],
    ]);
  });

  it("refuses an incomplete reporting organization and an identifier of another organization", () => {
    const r = toIatiActivity(fullPlan, {
      ...fullOptions,
      organizations: { ...fullOptions.organizations, rjd: { name: { fr: "RJD" } } },
    });
    expect(codes(r)).toEqual([
      ["iati.reporting_org_incomplete", "options.organizations.rjd"],
      ["iati.reporting_org_incomplete", "options.organizations.rjd"],
    ]);
    expect(!r.ok && r.issues.map((i) => i.params?.field)).toEqual(["ref", "type"]);
    const other = toIatiActivity(fullPlan, { ...fullOptions, identifier: "XM-OTHER-1" });
    expect(codes(other)).toEqual([["iati.identifier_prefix", "options.identifier"]]);
    expect(!other.ok && other.issues[0]?.message).toBe(
      "L'identifiant d'activité XM-OTHER-1 doit commencer par l'identifiant de l'organisation déclarante XM-EXAMPLE-RJD.",
    );
  });

  it("refuses an organization it cannot name, at the first place the plan names it", () => {
    const { "commune-el-jadida": _, inde: __, ...organizations } = fullOptions.organizations;
    const plan: Plan = { ...fullPlan, funders: fullPlan.funders?.filter((f) => f.id === "ue") ?? [] };
    const noFunders: Plan = { ...fullPlan, funders: undefined as never };
    delete (noFunders as { funders?: unknown }).funders;
    expect(codes(toIatiActivity(plan, { ...fullOptions, organizations }))).toEqual([
      ["plan.unknown_funder", "plan.activities.1.budget.0.funderId"],
      ["plan.unknown_funder", "plan.activities.1.budget.2.funderId"],
    ]);
    const r = toIatiActivity(noFunders, { ...fullOptions, organizations, locale: "en" });
    expect(codes(r)).toEqual([
      ["iati.organization_unknown", "plan.activities.0.budget.0.funderId"],
      ["iati.organization_unknown", "plan.activities.1.budget.0.funderId"],
      ["iati.organization_unknown", "plan.activities.1.partnerIds.0"],
    ]);
    expect(!r.ok && r.issues[2]?.message).toBe(
      "The organization commune-el-jadida has no name: give it in options.organizations.",
    );
  });

  it("checks the sectors against the DAC 5-digit codelist and their percentages", () => {
    const sectors = (list: { code: string; percentage: number }[]) =>
      codes(toIatiActivity(fullPlan, { ...fullOptions, sectors: list }));
    expect(sectors([{ code: "1515", percentage: 100 }])).toEqual([["iati.sector_invalid", "options.sectors.0.code"]]);
    expect(sectors([{ code: "15161", percentage: 100 }])).toEqual([
      ["iati.sector_withdrawn", "options.sectors.0.code"],
    ]);
    expect(
      sectors([
        { code: "15150", percentage: 50 },
        { code: "15150", percentage: 50 },
      ]),
    ).toEqual([["iati.sector_duplicate", "options.sectors.1.code"]]);
    expect(
      sectors([
        { code: "15150", percentage: 50 },
        { code: "15160", percentage: 40 },
      ]),
    ).toEqual([["iati.sector_percentages", "options.sectors"]]);
    // Five digits the copy of the codelist does not hold: written, with a warning.
    expect(sectors([{ code: "15199", percentage: 100 }])).toEqual([
      ["iati.transaction_after_as_of", "plan.transactions.6.date"],
      ["iati.sector_unlisted", "options.sectors.0.code"],
    ]);
    expect([dacSectorStatus("15150"), dacSectorStatus("15161"), dacSectorStatus("15199")]).toEqual([
      "active",
      "withdrawn",
      "unlisted",
    ]);
  });

  it("leaves out SDG targets outside the codelist, with a warning", () => {
    const plan: Plan = {
      ...fullPlan,
      elements: fullPlan.elements.map((e) => (e.id === "os1" ? { ...e, sdg: [{ goal: 16, target: "16.11" }] } : e)),
    };
    expect(codes(toIatiActivity(plan, fullOptions))).toContainEqual([
      "iati.sdg_target_unlisted",
      "plan.elements.1.sdg.0.target",
    ]);
    expect(exported(plan, fullOptions).xml).not.toContain("16.11");
    expect(["1.5", "1.b", "3.d", "8.10", "16.10", "17.19"].every(isSdgTarget)).toBe(true);
    expect(["1.6", "1.c", "17.a", "17.20", "18.1", "16.01", "0.1"].some(isSdgTarget)).toBe(false);
  });

  it("refuses an unknown HCP code, a location with no name, an unknown document category", () => {
    const r = toIatiActivity(fullPlan, {
      ...fullOptions,
      locations: [{ hcpCode: "99.999" }, { point: { latitude: 0, longitude: 0 } }],
      documents: [{ url: "https://x.ma/a", title: { fr: "A" }, category: "C01" as "A01" }],
    });
    expect(codes(r)).toEqual([
      ["iati.location_unknown", "options.locations.0.hcpCode"],
      ["iati.location_unnamed", "options.locations.1"],
      ["iati.document_category_unknown", "options.documents.0.category"],
    ]);
    expect(
      codes(
        toIatiActivity(fullPlan, {
          ...fullOptions,
          documents: [{ url: "ftp://x.ma/a", title: { fr: "A" }, category: "A01" }],
        }),
      ),
    ).toEqual([["iati.invalid_option", "options.documents.0.url"]]);
  });

  it("refuses an invalid plan with its validation issues, under plan", () => {
    const r = toIatiActivity({ ...fullPlan, period: { startOn: "2025-01-01", endOn: "2024-01-01" } }, fullOptions);
    expect(codes(r)).toContainEqual(["plan.end_before_start", "plan.period.endOn"]);
    expect(codes(toIatiActivity(null as unknown as Plan, fullOptions))[0]?.[1]).toBe("plan");
  });

  it("has a message in ar, fr and en for every code", () => {
    for (const [code, m] of Object.entries(iatiActivityMessages)) {
      expect(code).toMatch(/^iati\.[a-z_]+$/);
      for (const l of ["ar", "fr", "en"] as const) expect(m[l].length).toBeGreaterThan(10);
    }
  });
});
