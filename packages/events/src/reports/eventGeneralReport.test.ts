import { type ReportDocument, renderHtml, renderMarkdown } from "@madani/report";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runDraw } from "../draw/draw.js";
import type { Event } from "../event/event.js";
import { type EventGeneralReportInput, eventGeneralReport, type ReportIndicator } from "./eventGeneralReport.js";

/** A code as the report shows it: see codeText of @madani/report. */
const LRI = "\u2066";
const RLI = "\u2067";
const PDI = "\u2069";

/** A one-day communication meeting of a (masculine) communal council. */
const event: Event = {
  id: "forum-2024",
  kind: "communication-meeting",
  title: { ar: "لقاء تواصلي مع الجمعيات", fr: "Rencontre de communication avec les associations" },
  startOn: "2024-05-16",
  endOn: "2024-05-16",
  organizerId: "council",
  venues: [
    {
      id: "v-1",
      name: { ar: "قاعة الاجتماعات", fr: "Salle de réunion" },
      address: { city: { ar: "العرائش", fr: "Larache" } },
    },
  ],
  sessions: [
    {
      id: "s-1",
      kind: "plenary",
      title: { ar: "الجلسة العامة", fr: "Plénière" },
      on: "2024-05-16",
      start: "10:00",
      end: "12:00",
      venueId: "v-1",
    },
  ],
};

const council = {
  id: "council",
  legalForm: "local-authority" as const,
  name: { ar: "المجلس الجماعي", fr: "Conseil communal de Larache" },
};
const organizations = [
  council,
  { id: "a-1", legalForm: "association" as const, name: { ar: "جمعية الأمل", fr: "Association Al Amal" } },
  { id: "a-2", legalForm: "association" as const, name: { ar: "جمعية النور", fr: "Association Annour" } },
  { id: "a-3", legalForm: "cooperative" as const, name: { ar: "تعاونية الخير", fr: "Coopérative Al Khair" } },
];

const base: EventGeneralReportInput = {
  event,
  organizations,
  persons: [{ id: "p-1", name: { ar: "مشاركة" }, sex: "female" }],
  participants: [
    { personId: "p-1", eventId: event.id, organizationId: "a-1", role: "participant", status: "confirmed" },
  ],
  attendance: [{ personId: "p-1", sessionId: "s-1", present: true }],
};

const OPTIONS = { generatedAt: "2024-05-20T09:00:00+01:00" } as const;

function build(input: EventGeneralReportInput, language: "ar" | "fr" | "en"): ReportDocument {
  const r = eventGeneralReport(input, { ...OPTIONS, language });
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.code} ${i.message}`).join("\n"));
  return r.value;
}

function html(doc: ReportDocument): string {
  const r = renderHtml(doc);
  if (!r.ok) throw new Error(r.issues.map((i) => i.code).join(", "));
  return r.value;
}

/** The text of an HTML page, without its tags (the renderer may wrap tokens in spans). */
const textOfPage = (page: string): string => page.replace(/<[^>]*>/g, "");

const overview = (doc: ReportDocument): string => {
  const block = doc.sections.find((s) => s.id === "overview")?.blocks[0];
  return block?.type === "paragraph" && typeof block.text === "string" ? block.text : "";
};

const table = (doc: ReportDocument, id: string) => {
  for (const s of doc.sections) {
    for (const b of s.blocks) if (b.type === "table" && b.id === id) return b;
  }
  throw new Error(`no table ${id}`);
};

describe("overview sentence", () => {
  it("names the organizer without a gendered Arabic verb or a missing French article", () => {
    const ar = overview(build(base, "ar"));
    expect(ar).not.toContain("نظمت");
    expect(ar).toContain("الجهة المنظمة: المجلس الجماعي.");
    const fr = overview(build(base, "fr"));
    expect(fr).not.toContain("a organisé");
    expect(fr).toContain("Organisateur : Conseil communal de Larache.");
    expect(fr).toContain("le 16 mai 2024 à Larache");
  });

  it("is correct for any organizer name (nominal wording, the name stands alone after the label)", () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.constantFrom(
              "المجلس",
              "الجماعي",
              "المندوبية",
              "الإقليمية",
              "Conseil",
              "communal",
              "Délégation",
              "provinciale",
              "d'El Jadida",
            ),
            {
              minLength: 1,
              maxLength: 5,
            },
          )
          .map((words) => words.join(" ")),
        (name) => {
          const input = {
            ...base,
            organizations: [{ ...council, name: { ar: name, fr: name } }, ...organizations.slice(1)],
          };
          expect(overview(build(input, "ar")).endsWith(`الجهة المنظمة: ${name}.`)).toBe(true);
          expect(overview(build(input, "fr")).endsWith(`Organisateur : ${name}.`)).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe("dates of a one-day event", () => {
  it("are shown once: no period range in the document or its renderings", () => {
    for (const language of ["ar", "fr", "en"] as const) {
      const doc = build(base, language);
      expect(doc.meta.period).toBeUndefined();
      const page = html(doc);
      const md = renderMarkdown(doc);
      for (const text of [page, md.ok ? md.value : ""]) {
        expect(text).not.toMatch(/16 (mai|ماي|May) 2024 – 16/);
      }
    }
    expect(html(build(base, "fr"))).toContain("16 mai 2024");
  });

  it("keeps the period of a several-day event", () => {
    const doc = build({ ...base, event: { ...event, endOn: "2024-05-17" } }, "fr");
    expect(doc.meta.period).toEqual({ startOn: "2024-05-16", endOn: "2024-05-17" });
  });
});

describe("draw section", () => {
  const seed = "RJD-LT5/2024-12-29/شريط-توثيقي/7f3a9c21";
  const draw = (entries: Parameters<typeof runDraw>[0]["entries"]) => {
    const r = runDraw({ seed, entries, k: 2 });
    if (!r.ok) throw new Error("draw");
    return r.value;
  };
  const institutional = draw(["a-1", "a-2", "a-3"].map((id) => ({ id, organizationId: id })));

  it("shows the seed, the commitment and the algorithm alone in their cells, isolated, the Arabic words never reversed", () => {
    const doc = build({ ...base, draws: [institutional] }, "ar");
    const audit = table(doc, "draw-1-audit");
    const values = audit.rows.map((r) => r.value);
    const shownSeed = `${LRI}RJD-LT5/2024-12-29/${RLI}شريط-توثيقي${PDI}/7f3a9c21${PDI}`;
    expect(values).toEqual([`${LRI}madani\u2011draw/1${PDI}`, `${LRI}${institutional.commitment}${PDI}`, shownSeed]);
    const page = textOfPage(html(doc));
    expect(page).toContain(shownSeed);
    expect(page).toContain(`${LRI}${institutional.commitment}${PDI}`);
    // No override: a left-to-right override showed «شريط-توثيقي» as «يقيثوت-طيرش».
    expect(page).not.toMatch(/[\u202A-\u202E]/);
    // The verification note names the algorithm on one line.
    expect(page).toContain(`${LRI}madani\u2011draw/1${PDI}`);
    expect(page).not.toContain("madani-draw/1");
  });

  it("speaks of organizations when every entry is one, and of entries otherwise, never of participants", () => {
    const paragraph = (d: ReturnType<typeof draw>, language: "ar" | "fr" | "en") => {
      const blocks = build({ ...base, draws: [d] }, language).sections.find((s) => s.id === "draws")?.blocks ?? [];
      const p = blocks.find((b) => b.type === "paragraph");
      return p?.type === "paragraph" ? String(p.text) : "";
    };
    expect(paragraph(institutional, "ar")).toBe("أجريت القرعة لاختيار 2 من بين 3 من المؤسسات المؤهلة.");
    expect(paragraph(institutional, "fr")).toBe("Tirage de 2 parmi 3 organisations éligibles.");
    const tickets = draw(["t-1", "t-2", "t-3", "t-4"]);
    expect(paragraph(tickets, "ar")).toBe("أجريت القرعة لاختيار 2 من بين 4 من المدخلات المؤهلة.");
    expect(paragraph(tickets, "fr")).toBe("Tirage de 2 parmi 4 entrées éligibles.");
    for (const language of ["ar", "fr"] as const) {
      expect(paragraph(tickets, language)).not.toMatch(/مشارك|participant/);
    }
  });
});

describe("success indicators", () => {
  const indicators = (list: readonly ReportIndicator[], language: "ar" | "fr" = "fr") =>
    table(build({ ...base, indicators: list }, language), "indicators");

  it("writes integer values as integers, without decimals", () => {
    const t = indicators([
      { label: { fr: "Associations" }, value: 30, target: 25 },
      { label: { fr: "Bénéficiaires" }, value: 1504 },
    ]);
    expect(t.columns.find((c) => c.key === "value")?.type).toBe("integer");
    const page = html(
      build({ ...base, indicators: [{ label: { fr: "Bénéficiaires" }, value: 1504, target: 1500 }] }, "fr"),
    );
    expect(page).not.toContain("1.504,00");
    expect(page).not.toContain("30,00");
  });

  it("writes each indicator by its kind and unit when they differ", () => {
    const t = indicators(
      [
        { label: { ar: "الجمعيات" }, value: 30 },
        { label: { ar: "ساعات التكوين" }, value: 56.25, kind: "decimal", decimals: 1, unit: { ar: "ساعة" } },
        { label: { ar: "نسبة الاتفاقيات المفعلة" }, value: 66.7, target: 100, kind: "percent" },
      ],
      "ar",
    );
    expect(t.rows.map((r) => r.value)).toEqual(["30", "56,3 ساعة", expect.stringMatching(/^66,7/)]);
  });

  it("adds an achieved column when a target is given, in the indicator's direction", () => {
    const t = indicators([
      { label: { fr: "Associations" }, value: 30, target: 25 },
      { label: { fr: "Projets" }, value: 7, target: 9 },
      { label: { fr: "Abandons" }, value: 2, target: 5, direction: "decrease" },
      { label: { fr: "Sans cible" }, value: 4 },
    ]);
    expect(t.rows.map((r) => (r.achieved === null ? null : (r.achieved as { label: string }).label))).toEqual([
      "Atteint",
      "Non atteint",
      "Atteint",
      null,
    ]);
    expect(indicators([{ label: { fr: "x" }, value: 1 }]).columns.map((c) => c.key)).not.toContain("achieved");
  });

  it("reports achieved exactly when the value reaches the target (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.boolean(),
        (value, target, down) => {
          const row = indicators([
            { label: { fr: "x" }, value, target, ...(down ? { direction: "decrease" as const } : {}) },
          ]).rows[0];
          const achieved = down ? value <= target : value >= target;
          expect((row?.achieved as { label: string } | undefined)?.label).toBe(achieved ? "Atteint" : "Non atteint");
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe("readonly input", () => {
  it("accepts frozen data", () => {
    const frozen = Object.freeze({
      ...base,
      organizations: Object.freeze([...organizations]),
      indicators: Object.freeze([Object.freeze({ label: Object.freeze({ fr: "x" }), value: 1 })]),
    });
    expect(eventGeneralReport(frozen, { ...OPTIONS, language: "fr" }).ok).toBe(true);
  });
});
