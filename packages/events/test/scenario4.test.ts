/**
 * Scenario 4: Marrakech city council runs its third four-day associations forum
 * (seed article 003, April 2013): about 120 associations from the social, cultural,
 * environmental and sports fields present their projects, take part in workshops and round
 * tables, and nine winning projects are announced across fields.
 */
import { computeReach, type Event, eventGeneralReport, rankCompetition, validateEvent } from "@madani/events";
import { describe, expect, it } from "vitest";

const fields = ["social", "cultural", "environmental", "sports"] as const;

const associations = Array.from({ length: 120 }, (_, i) => ({
  id: `assoc-${String(i + 1).padStart(3, "0")}`,
  legalForm: i % 20 === 19 ? ("cooperative" as const) : ("association" as const),
  name: { ar: `جمعية مراكش رقم ${i + 1}`, fr: `Association Marrakech n° ${i + 1}` },
  fieldsOfAction: [fields[i % 4] ?? "social"],
  seat: { regionCode: "07", provinceCode: "07.351" },
}));
const organizations = [
  {
    id: "cc-marrakech",
    legalForm: "local-authority" as const,
    name: { ar: "المجلس الجماعي لمدينة مراكش", fr: "Conseil communal de Marrakech" },
  },
  ...associations,
];

const event: Event = {
  id: "forum-marrakech-3",
  kind: "forum",
  edition: 3,
  title: { ar: "الملتقى الثالث للجمعيات بمراكش", fr: "Troisième forum des associations de Marrakech" },
  theme: { ar: "دور التشبيك في الرفع من قدرات ومهارات الفاعلين الجمعويين" },
  startOn: "2013-04-18",
  endOn: "2013-04-21",
  organizerId: "cc-marrakech",
  venues: [
    {
      id: "place-16-nov",
      name: { ar: "ساحة 16 نونبر" },
      address: { city: { ar: "مراكش", fr: "Marrakech" }, provinceCode: "07.351" },
    },
  ],
  tracks: [
    { id: "t-1", title: { ar: "الخيمة 1" } },
    { id: "t-2", title: { ar: "الخيمة 2" } },
  ],
  sessions: [
    {
      id: "open",
      kind: "opening",
      title: { ar: "حفل الافتتاح والكرنفال" },
      on: "2013-04-18",
      start: "17:00",
      end: "19:00",
      venueId: "place-16-nov",
    },
    {
      id: "expo",
      kind: "exhibition",
      title: { ar: "أروقة الجمعيات وعرض المشاريع" },
      on: "2013-04-19",
      start: "10:00",
      end: "18:00",
      venueId: "place-16-nov",
    },
    {
      id: "ws-net",
      kind: "workshop",
      title: { ar: "ورشة التشبيك والعمل المشترك" },
      on: "2013-04-19",
      start: "10:00",
      end: "12:00",
      trackId: "t-1",
      topicIds: ["networking"],
    },
    {
      id: "ws-proj",
      kind: "workshop",
      title: { ar: "ورشة صياغة المشاريع" },
      on: "2013-04-19",
      start: "10:00",
      end: "12:00",
      trackId: "t-2",
      topicIds: ["project-writing"],
    },
    {
      id: "rt-gov",
      kind: "round-table",
      title: { ar: "مائدة مستديرة حول الحكامة والديمقراطية التشاركية" },
      on: "2013-04-20",
      start: "10:00",
      end: "12:30",
      trackId: "t-1",
      topicIds: ["governance", "participatory-democracy"],
    },
    {
      id: "rt-donors",
      kind: "round-table",
      title: { ar: "مائدة مستديرة: الجمعيات والمانحون" },
      on: "2013-04-20",
      start: "10:00",
      end: "12:30",
      trackId: "t-2",
      topicIds: ["fundraising"],
    },
    {
      id: "awards",
      kind: "ceremony",
      title: { ar: "الإعلان عن المشاريع الفائزة" },
      on: "2013-04-21",
      start: "17:00",
      end: "19:00",
      venueId: "place-16-nov",
    },
  ],
};

// One representative per association; person i attends the exhibition, one workshop and one round table;
// every tenth association also sends a second representative.
const reps = associations.flatMap((a, i) => [
  { personId: `rep-${i}`, organizationId: a.id, sex: i % 2 === 0 ? ("female" as const) : ("male" as const) },
  ...(i % 10 === 0 ? [{ personId: `rep-${i}-2`, organizationId: a.id, sex: "female" as const }] : []),
]);
const persons = reps.map((r) => ({ id: r.personId, name: { ar: r.personId }, sex: r.sex }));
const participants = reps.map((r) => ({
  personId: r.personId,
  eventId: event.id,
  organizationId: r.organizationId,
  role: "participant" as const,
  status: "confirmed" as const,
}));
const attendance = reps.flatMap((r, n) =>
  ["expo", n % 2 === 0 ? "ws-net" : "ws-proj", n % 3 === 0 ? "rt-gov" : "rt-donors"].map((sessionId) => ({
    personId: r.personId,
    sessionId,
    present: true,
  })),
);

describe("scenario 4: a four-day associations forum with nine winning projects", () => {
  it("runs four days with parallel workshops and round tables", () => {
    const r = validateEvent(event);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings).toEqual([]);
    // without tracks, parallel sessions in the same place are flagged
    const noTracks = validateEvent({
      ...event,
      tracks: [],
      sessions: event.sessions.map(({ trackId: _t, ...s }) => ({ ...s, venueId: "place-16-nov" })),
    });
    expect(noTracks.ok).toBe(true);
    if (noTracks.ok) expect(noTracks.warnings.map((w) => w.code)).toContain("event.track_overlap");
  });

  it("counts about 120 associations once, whatever the sessions attended", () => {
    const r = computeReach({ events: [event], participants, attendance, persons, organizations });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.organizations).toBe(associations.length);
    expect(r.value.persons).toBe(reps.length);
    expect(r.value.organizationsByType.association).toBe(
      associations.filter((a) => a.legalForm === "association").length,
    );
    expect(r.value.attendances).toBe(attendance.length);
  });

  it("announces nine winning projects across fields, three per field quota", () => {
    const categories = fields.slice(0, 3).map((f) => ({ id: f, label: { ar: f }, field: f, quota: 3 }));
    const submissions = associations
      .filter((a) => categories.some((c) => c.id === a.fieldsOfAction[0]))
      .slice(0, 30)
      .map((a) => ({
        id: `proj-${a.id}`,
        categoryId: a.fieldsOfAction[0] ?? "social",
        title: { ar: `مشروع ${a.name.ar}` },
        organizationId: a.id,
      }));
    const jurors = [{ id: "j1" }, { id: "j2" }, { id: "j3" }];
    const scores = jurors.flatMap((j, ji) =>
      submissions.map((s, si) => ({
        jurorId: j.id,
        submissionId: s.id,
        scores: { impact: ((si * 7 + ji * 3) % 10) + 1, feasibility: ((si * 3 + ji) % 10) + 1 },
      })),
    );
    const r = rankCompetition({
      competition: {
        id: "forum-2013-projects",
        title: { ar: "جائزة أحسن مشروع جمعوي" },
        categories,
        criteria: [
          { id: "impact", label: { ar: "الأثر" }, weight: 2, maxScore: 10 },
          { id: "feasibility", label: { ar: "قابلية التنفيذ" }, weight: 1, maxScore: 10 },
        ],
      },
      submissions,
      jurors,
      scores,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.winners).toHaveLength(9);
    for (const c of categories) expect(r.value.winners.filter((w) => w.categoryId === c.id)).toHaveLength(3);
  });

  it("reports the forum with participants by organization type", () => {
    const r = eventGeneralReport(
      { event, organizations, persons, participants, attendance },
      { language: "fr", generatedAt: "2013-04-25T12:00:00+01:00" },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const tables = r.value.sections.flatMap((s) => s.blocks).filter((b) => b.type === "table");
    const workshops = tables.find((t) => t.type === "table" && t.id === "workshops");
    expect(workshops?.type === "table" && workshops.rows.length).toBe(
      event.sessions.filter((s) => s.kind === "workshop" || s.kind === "round-table").length,
    );
    const byType = tables.find((t) => t.type === "table" && t.id === "organizations-by-type");
    expect(byType?.type === "table" && byType.footer?.organizations).toBe(associations.length);
  });
});
