/**
 * Scenario 2: the provincial delegation of Entraide nationale in Larache meets
 * the associations of its province (seed article 001): it presents its programme and action
 * plan, signs and activates partnership agreements, tracks the centers it funds and measures
 * success with indicators.
 */
import {
  cancelRegistration,
  computeReach,
  type Event,
  eventGeneralReport,
  type Roster,
  register,
  validateEvent,
} from "@madani/events";
import { describe, expect, it } from "vitest";

const event: Event = {
  id: "en-larache-2024",
  kind: "communication-meeting",
  title: { ar: "اللقاء التواصلي للمندوبية الإقليمية للتعاون الوطني بالعرائش مع جمعيات المجتمع المدني" },
  theme: { ar: "الرهان والاستراتيجيات" },
  startOn: "2024-05-16",
  endOn: "2024-05-16",
  organizerId: "en-larache",
  venues: [
    {
      id: "v",
      name: { ar: "مقر المندوبية الإقليمية" },
      address: { city: { ar: "العرائش", fr: "Larache" }, provinceCode: "01.331" },
    },
  ],
  objectives: [{ ar: "تقديم برنامج وخطة عمل المندوبية" }, { ar: "ترسيخ الشراكة مع جمعيات المجتمع المدني" }],
  sessions: [
    {
      id: "s-prog",
      kind: "presentation",
      title: { ar: "برنامج وخطة عمل المندوبية" },
      on: "2024-05-16",
      start: "10:00",
      end: "11:00",
      venueId: "v",
    },
    {
      id: "s-centers",
      kind: "presentation",
      title: { ar: "المراكز التابعة للتعاون الوطني" },
      on: "2024-05-16",
      start: "11:00",
      end: "12:00",
      venueId: "v",
    },
    {
      id: "s-sign",
      kind: "signing",
      title: { ar: "توقيع اتفاقيات الشراكة" },
      on: "2024-05-16",
      start: "12:00",
      end: "12:45",
      venueId: "v",
    },
  ],
};

const centers = [
  ["center-social", "مركز المساعدة الاجتماعية"],
  ["center-women", "مركز الاستماع والتوجيه القانوني للنساء ضحايا العنف"],
  ["center-vocational", "مركز التكوين والإعداد الحرفي"],
  ["center-students", "دار الطالب والطالبة"],
  ["center-children", "مركز الأطفال في وضعية صعبة"],
] as const;
const associations = centers.map(([id, center], i) => ({
  id: `assoc-${i + 1}`,
  legalForm: "association" as const,
  name: { ar: `الجمعية المسيرة ل${center}` },
  seat: { regionCode: "01", provinceCode: i === 4 ? "01.511" : "01.331" },
  centerId: id,
}));
const organizations = [
  {
    id: "en-larache",
    legalForm: "public-institution" as const,
    name: { ar: "المندوبية الإقليمية للتعاون الوطني بالعرائش" },
  },
  ...associations.map(({ centerId: _c, ...a }) => a),
];
const agreements = associations.map((a, i) => ({
  id: `conv-${a.centerId}`,
  title: { ar: `اتفاقية شراكة لتسيير ${centers[i]?.[1] ?? ""}` },
  parties: [
    { organizationId: "en-larache", role: "funder" as const },
    { organizationId: a.id, role: "implementer" as const },
  ],
  period: { startOn: "2024-06-01", endOn: "2027-05-31" },
  status: i < 3 ? ("active" as const) : ("signed" as const),
  signedOn: "2024-05-16",
  signingEventId: event.id,
}));

describe("scenario 2: a provincial delegation meets the associations of its province", () => {
  it("registers the associations with a waitlist when the room is full", () => {
    let roster: Roster = { eventId: event.id, capacity: 4, participants: [] };
    const persons = associations.map((a, i) => ({
      id: `pres-${i}`,
      name: { ar: `رئيس ${a.name.ar}` },
      sex: i % 2 === 0 ? ("male" as const) : ("female" as const),
    }));
    for (const [i, a] of associations.entries()) {
      const r = register(roster, {
        personId: `pres-${i}`,
        eventId: event.id,
        organizationId: a.id,
        role: "participant",
      });
      expect(r.ok).toBe(true);
      if (r.ok) roster = r.value.roster;
    }
    expect(roster.participants.filter((p) => p.status === "confirmed")).toHaveLength(4);
    expect(roster.participants.find((p) => p.personId === "pres-4")?.status).toBe("waitlisted");
    const dup = register(roster, { personId: "pres-0", eventId: event.id, role: "participant" });
    expect(dup.ok).toBe(false);
    const cancelled = cancelRegistration(roster, "pres-1");
    expect(cancelled.ok).toBe(true);
    if (!cancelled.ok) return;
    expect(cancelled.value.promoted?.personId).toBe("pres-4");
    roster = cancelled.value.roster;

    const attendance = roster.participants
      .filter((p) => p.status === "confirmed")
      .flatMap((p) => event.sessions.map((s) => ({ personId: p.personId, sessionId: s.id, present: true })));
    const reach = computeReach({
      events: [event],
      participants: roster.participants,
      attendance,
      persons,
      organizations,
    });
    expect(reach.ok).toBe(true);
    if (reach.ok) expect(reach.value.organizations).toBe(4);

    const r = eventGeneralReport(
      {
        event,
        organizations,
        persons,
        participants: roster.participants,
        attendance,
        agreements,
        indicators: [
          { label: { ar: "عدد المراكز الممولة في إطار شراكة" }, value: agreements.length, target: 6 },
          {
            label: { ar: "نسبة الاتفاقيات المفعلة" },
            value: (agreements.filter((a) => a.status === "active").length * 100) / agreements.length,
            target: 100,
          },
        ],
      },
      { language: "ar", generatedAt: "2024-05-20T09:00:00+01:00" },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const tables = r.value.sections.flatMap((s) => s.blocks).filter((b) => b.type === "table");
    const signed = tables.find((t) => t.type === "table" && t.id === "agreements");
    expect(signed?.type === "table" && signed.rows.length).toBe(agreements.length);
    const byProvince = tables.find((t) => t.type === "table" && t.id === "participants-by-province");
    expect(JSON.stringify(byProvince)).toContain("العرائش");
    expect(validateEvent(event).ok).toBe(true);
  });

  it("refuses a report on an invalid event instead of throwing", () => {
    const r = eventGeneralReport(
      { event: { ...event, endOn: "2024-05-15" }, organizations, persons: [], participants: [], attendance: [] },
      { language: "fr", generatedAt: "2024-05-20T09:00:00+01:00" },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe("report.invalid_event");
  });
});
