import { FieldOfAction } from "@madani/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Block, ReportDocument } from "../document/document.js";
import { validateReportDocument } from "../document/validate.js";
import { moralReport } from "./moralReport.js";

const base = {
  organization: {
    id: "org",
    legalForm: "association",
    name: { ar: "جمعية الأمل", fr: "Association Al Amal" },
    founders: [{ personId: "p-1" }, { personId: "p-2" }],
    governingBodies: [
      {
        id: "bureau",
        kind: "board",
        mandates: [
          { personId: "p-2", personName: { fr: "Khadija B." }, role: "treasurer", startOn: "2023-01-10" },
          { personId: "p-1", personName: { fr: "Ahmed A." }, role: "president", startOn: "2023-01-10" },
        ],
      },
    ],
  },
  period: { startOn: "2024-01-01", endOn: "2024-12-31" },
  assemblyOn: "2025-03-15",
  language: "fr",
  generatedAt: "2025-03-01T10:00:00+01:00",
};

type TableBlock = Extract<Block, { type: "table" }>;
const allBlocks = (doc: ReportDocument): Block[] =>
  doc.sections.flatMap((s) => [...s.blocks, ...(s.sections ?? []).flatMap((x) => x.blocks)]);
const table = (doc: ReportDocument, id: string) =>
  allBlocks(doc).find((b): b is TableBlock => b.type === "table" && b.id === id);

function ok(input: unknown, options?: Parameters<typeof moralReport>[1]): ReportDocument {
  const r = moralReport(input, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(validateReportDocument(r.value).ok).toBe(true);
  return r.value;
}

describe("moralReport", () => {
  it("builds a valid document without activities, saying so", () => {
    const doc = ok(base);
    expect(doc.meta.title).toEqual({ fr: "Association Al Amal — Rapport moral de l'exercice 2024" });
    expect(doc.sections.map((s) => s.id)).toEqual([
      "introduction",
      "key-figures",
      "activities-by-field",
      "activities",
      "beneficiaries",
      "partnerships",
    ]);
    expect(doc.sections[3]?.blocks).toEqual([
      { type: "paragraph", text: { fr: "Aucune activité n'est enregistrée pour cette période." } },
    ]);
  });

  it("lists the board by role order, with names only when asked", () => {
    const hidden = table(ok(base), "governing-body-1");
    expect(hidden?.rows).toEqual([
      { role: { ar: "الرئيس", fr: "Président", en: "President" }, since: "2023-01-10" },
      { role: { ar: "أمين المال", fr: "Trésorier", en: "Treasurer" }, since: "2023-01-10" },
    ]);
    expect(JSON.stringify(ok(base))).not.toMatch(/Ahmed|Khadija/);
    const shown = table(ok(base, { showPersonNames: true }), "governing-body-1");
    expect(shown?.rows.map((r) => r.member)).toEqual([{ fr: "Ahmed A." }, { fr: "Khadija B." }]);
  });

  it("says when no board is recorded on the assembly date", () => {
    const ended = structuredClone(base);
    for (const m of ended.organization.governingBodies[0]?.mandates ?? []) Object.assign(m, { endOn: "2024-12-31" });
    const intro = ok(ended).sections[0]?.sections?.[0];
    expect(intro?.blocks).toEqual([
      {
        type: "paragraph",
        text: { fr: "Aucune composition des organes dirigeants n'est renseignée à la date de l'assemblée." },
      },
    ]);
  });

  it("caps the Gantt chart at 2,000 rows and says so", () => {
    const activities = Array.from({ length: 2_001 }, (_, i) => ({
      id: `a-${String(i).padStart(4, "0")}`,
      title: { fr: `Activité ${i}` },
      field: "social",
      startOn: "2024-06-01",
    }));
    const doc = ok({ ...base, activities });
    const schedule = doc.sections.find((s) => s.id === "schedule");
    const chart = schedule?.blocks[0];
    expect(chart?.type === "chart" && chart.chart.kind === "gantt" && chart.chart.rows.length).toBe(2_000);
    // Numbers as the fr-MA formatter groups them.
    expect(schedule?.blocks[1]).toMatchObject({ type: "note", tone: "info" });
    const note = schedule?.blocks[1];
    expect(note?.type === "note" && (note.text as { fr: string }).fr).toMatch(
      /^Le calendrier montre les 2\D?000 premières activités sur 2\D?001\.$/,
    );
  });

  it("returns issues, never throws, for bad input or options", () => {
    const r = moralReport({
      ...base,
      activities: [{ id: "a", title: { fr: "x" }, field: "social", startOn: "2024-05-01", partnerIds: ["x"] }],
    });
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual(["generalAssembly.unknown_partner"]);
    const option = moralReport(base, { showPersonNames: "yes" as never });
    expect(!option.ok && option.issues[0]?.params).toEqual({ option: "showPersonNames" });
    expect(moralReport(base, { locale: "xx" as never }).ok).toBe(false);
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof moralReport(input).ok).toBe("boolean");
      }),
    );
  });

  it("law: any consistent set of activities gives a valid document whose counts add up", () => {
    const activity = fc
      .record({
        field: fc.constantFrom(...FieldOfAction.values),
        day: fc.integer({ min: 1, max: 25 }),
        month: fc.integer({ min: 1, max: 12 }),
        days: fc.integer({ min: 0, max: 3 }),
        total: fc.option(fc.nat(100_000), { nil: undefined }),
        femaleWeight: fc.nat(100),
        maleWeight: fc.nat(100),
      })
      .map((a) => {
        const start = `2024-${String(a.month).padStart(2, "0")}-${String(a.day).padStart(2, "0")}`;
        const end = `2024-${String(a.month).padStart(2, "0")}-${String(a.day + a.days).padStart(2, "0")}`;
        const female = a.total === undefined ? 0 : Math.floor((a.total * a.femaleWeight) / 100);
        const male = a.total === undefined ? 0 : Math.floor(((a.total - female) * a.maleWeight) / 100);
        return {
          field: a.field,
          startOn: start,
          endOn: end,
          ...(a.total === undefined ? {} : { beneficiaries: { total: a.total, female, male } }),
        };
      });
    fc.assert(
      fc.property(fc.array(activity, { maxLength: 30 }), fc.constantFrom("ar", "fr", "en"), (list, language) => {
        const activities = list.map((a, i) => ({ id: `a-${i}`, title: { ar: `نشاط ${i}` }, ...a }));
        const doc = ok({ ...base, language, activities });
        const total = list.reduce((n, a) => n + (a.beneficiaries?.total ?? 0), 0);
        const figures = allBlocks(doc).find((b) => b.type === "figures");
        if (figures?.type !== "figures") throw new Error("no figures");
        expect(figures.items[0]?.value).toBe(list.length);
        expect(figures.items[1]?.value).toBe(total);
        const byField = table(doc, "activities-by-field");
        if (list.length === 0) return;
        expect(byField?.rows.reduce((n, r) => n + Number(r.activities), 0)).toBe(list.length);
        expect(byField?.rows.reduce((n, r) => n + Math.round(Number(r.share) * 10), 0)).toBe(1000);
        expect(table(doc, "activities")?.rows).toHaveLength(list.length);
        const bySex = table(doc, "beneficiaries-by-sex");
        if (total === 0) expect(bySex).toBeUndefined();
        else {
          expect(bySex?.rows.reduce((n, r) => n + Number(r.count), 0)).toBe(total);
          expect(bySex?.rows.reduce((n, r) => n + Math.round(Number(r.share) * 10), 0)).toBe(1000);
        }
      }),
      { numRuns: 60 },
    );
  });
});
