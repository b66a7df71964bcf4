import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Event } from "../event/event.js";
import type { Attendance, Participant } from "./participant.js";
import { computeReach } from "./reach.js";
import { cancelRegistration, type Roster, register } from "./registration.js";

const makeEvent = (id: string, startOn: string, sessions: readonly string[]): Event => ({
  id,
  kind: "training-meeting",
  title: { ar: id },
  startOn,
  endOn: startOn,
  organizerId: "org",
  venues: [],
  sessions: sessions.map((s, i) => ({
    id: s,
    kind: "workshop",
    title: { ar: s },
    on: startOn,
    start: `${10 + i}:00`,
    end: `${10 + i}:30`,
  })),
});
const events = [makeEvent("e1", "2024-01-10", ["a1", "a2"]), makeEvent("e2", "2024-02-10", ["b1", "b2", "b3"])];
const sessionIds = ["a1", "a2", "b1", "b2", "b3"];

describe("computeReach", () => {
  it("counts a person once across a series and every breakdown adds up", () => {
    const participants: Participant[] = [
      { personId: "p1", eventId: "e1", organizationId: "o1", role: "participant", status: "confirmed" },
      { personId: "p1", eventId: "e2", organizationId: "o2", role: "participant", status: "confirmed" },
      { personId: "p2", eventId: "e2", organizationId: "o1", role: "participant", status: "confirmed" },
    ];
    const attendance: Attendance[] = [
      { personId: "p1", sessionId: "a1", present: true },
      { personId: "p1", sessionId: "b1", present: true },
      { personId: "p2", sessionId: "b2", present: true },
      { personId: "p2", sessionId: "b3", present: false },
    ];
    const persons = [
      { id: "p1", name: { ar: "أ" }, sex: "female" as const, birthDate: "2000-01-11" },
      { id: "p2", name: { ar: "ب" }, sex: "male" as const },
    ];
    const organizations = [
      { id: "o1", legalForm: "cooperative" as const, name: { ar: "تعاونية" }, seat: { provinceCode: "06.181" } },
      { id: "o2", legalForm: "association" as const, name: { ar: "جمعية" } },
    ];
    const r = computeReach({ events, participants, attendance, persons, organizations });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ attendances: 3, persons: 2, organizations: 2 });
    expect(r.value.perEvent).toEqual([
      { eventId: "e1", persons: 1, organizations: 1 },
      { eventId: "e2", persons: 2, organizations: 2 },
    ]);
    // p1 was 23 on 2024-01-10 (birthday on the 11th)
    expect(r.value.personsByAgeGroup["18-24"]).toBe(1);
    expect(r.value.personsByAgeGroup.unknown).toBe(1);
    expect(r.value.personsByOrganizationType.cooperative).toBe(2);
  });

  it("never exceeds the sum of attendances (property)", () => {
    const record = fc.record({
      personId: fc.constantFrom("p1", "p2", "p3", "p4", "p5", "p6"),
      sessionId: fc.constantFrom(...sessionIds),
      present: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 60 }),
        fc.array(fc.constantFrom("o1", "o2", "o3", "o4"), { minLength: 6, maxLength: 6 }),
        (attendance, orgs) => {
          const participants: Participant[] = events.flatMap((e) =>
            ["p1", "p2", "p3", "p4", "p5", "p6"].map((p, i) => ({
              personId: p,
              eventId: e.id,
              organizationId: orgs[(i + (e.id === "e2" ? 1 : 0)) % 6] ?? "o1",
              role: "participant" as const,
              status: "confirmed" as const,
            })),
          );
          const r = computeReach({ events, participants, attendance, persons: [], organizations: [] });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const present = attendance.filter((a) => a.present).length;
          expect(r.value.persons).toBeLessThanOrEqual(present);
          expect(r.value.attendances).toBeLessThanOrEqual(present);
          expect(r.value.organizations).toBeLessThanOrEqual(Math.min(4, present === 0 ? 0 : r.value.persons * 2));
          const eventSum = r.value.perEvent.reduce((s, e) => s + e.persons, 0);
          expect(r.value.persons).toBeLessThanOrEqual(eventSum);
          expect(Object.values(r.value.personsBySex).reduce((s, n) => s + n, 0)).toBe(r.value.persons);
          expect(Object.values(r.value.organizationsByType).reduce((s, n) => s + n, 0)).toBe(r.value.organizations);
        },
      ),
    );
  });

  it("returns an issue for bad input and never throws", () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = computeReach({
          events: x,
          participants: [],
          attendance: [],
          persons: [],
          organizations: [],
        } as never);
        if (!Array.isArray(x) || x.length > 0) expect(r.ok).toBe(false);
      }),
    );
    const r = computeReach({
      events,
      participants: [],
      attendance: [{ personId: "p", sessionId: "zz", present: true }],
      persons: [],
      organizations: [],
    });
    expect(!r.ok && r.issues[0]?.code).toBe("attendance.unknown_session");
  });
});

describe("registration and waitlist", () => {
  it("waitlists beyond capacity and promotes in order on cancellation", () => {
    let roster: Roster = { eventId: "e", capacity: 2, participants: [] };
    for (const p of ["a", "b", "c", "d"]) {
      const r = register(roster, { personId: p, eventId: "e", role: "participant" });
      if (!r.ok) throw new Error("unexpected");
      roster = r.value.roster;
    }
    const trainer = register(roster, { personId: "t", eventId: "e", role: "trainer" });
    expect(trainer.ok && trainer.value.participant.status).toBe("confirmed");
    expect(roster.participants.map((p) => [p.status, p.waitlistPosition])).toEqual([
      ["confirmed", undefined],
      ["confirmed", undefined],
      ["waitlisted", 1],
      ["waitlisted", 2],
    ]);
    const c = cancelRegistration(roster, "a");
    expect(c.ok && c.value.promoted?.personId).toBe("c");
    if (!c.ok) return;
    expect(c.value.roster.participants.find((p) => p.personId === "d")?.waitlistPosition).toBe(1);
    expect(roster.participants[0]?.status).toBe("confirmed"); // input untouched
    expect(register(roster, { personId: "x", eventId: "other", role: "participant" }).ok).toBe(false);
  });
});
