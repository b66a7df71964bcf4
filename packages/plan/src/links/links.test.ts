import { LOCALES } from "@madani/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPlan } from "../plan/createPlan.js";
import type { Plan } from "../plan/plan.js";
import { computeProgress } from "../progress/computeProgress.js";
import { countLinkedEvents } from "./count.js";
import { checkPlanLinks, type LinkedEvent, type PlanLinksInput } from "./links.js";
import { planLinkMessages } from "./messages.js";

const PLAN_ID = "plan-doukkala-2025-2029";
const link = (activityId: string, planId = PLAN_ID) => ({ planId, activityId });

/** Scenario 1, the Doukkala network's 2025-2029 plan, reduced to two axes and their activities. */
function doukkalaPlan(): Plan {
  const created = createPlan({
    format: "madani.plan/1",
    id: PLAN_ID,
    organizationId: "reseau-doukkala",
    title: { ar: "المخطط الاستراتيجي لشبكة الجمعيات الدكالية 2025-2029" },
    period: { startOn: "2025-01-01", endOn: "2029-12-31" },
    template: { kind: "default" },
    elements: [
      { id: "ax1", tier: "axis", code: "1", title: { fr: "Renforcement des capacités" } },
      { id: "os1", parentId: "ax1", tier: "objective", code: "1.1", title: { fr: "Associations membres formées" } },
      { id: "r1", parentId: "os1", tier: "result", code: "1.1.1", title: { fr: "Cycle de formation tenu" } },
      { id: "ax2", tier: "axis", code: "2", title: { fr: "Plaidoyer" } },
      { id: "os2", parentId: "ax2", tier: "objective", code: "2.1", title: { fr: "Participation citoyenne" } },
      { id: "r2", parentId: "os2", tier: "result", code: "2.1.1", title: { fr: "Forums provinciaux tenus" } },
    ],
    indicators: [],
    activities: [
      {
        id: "act-1-1",
        elementId: "r1",
        code: "A1.1",
        title: { ar: "دورات تكوينية لفائدة الجمعيات الأعضاء بالجديدة" },
        startOn: "2025-01-01",
        endOn: "2025-06-30",
        status: "ongoing",
      },
      {
        id: "act-2-1",
        elementId: "r2",
        code: "A2.1",
        title: { fr: "Forum provincial de la participation citoyenne à Sidi Bennour" },
        startOn: "2025-04-01",
        endOn: "2025-12-31",
        status: "ongoing",
      },
      {
        id: "act-2-2",
        elementId: "r2",
        code: "A2.2",
        title: { fr: "Mémorandum de plaidoyer" },
        startOn: "2026-01-01",
        endOn: "2026-06-30",
        status: "planned",
      },
    ],
    contributions: [
      {
        id: "c1",
        workshop: "Atelier participatif d'El Jadida, novembre 2024",
        stakeholderGroup: "Associations féminines",
        proposal: { fr: "Former les associations féminines au plaidoyer" },
        elementId: "os1",
        handling: "adopted",
        source: { eventId: "ev-participatory-2024", sessionId: "s-women" },
      },
      {
        id: "c2",
        workshop: "Atelier participatif d'El Jadida, novembre 2024",
        stakeholderGroup: "Jeunes",
        proposal: { fr: "Un forum des jeunes dans chaque province" },
        handling: "merged",
        source: { eventId: "ev-participatory-2024" },
      },
      {
        id: "c3",
        workshop: "Consultation en ligne",
        stakeholderGroup: "Membres",
        proposal: { fr: "Publier le rapport annuel en arabe et en français" },
        handling: "pending",
      },
    ],
  });
  if (!created.ok) throw new Error(created.issues.map((i) => `${i.code} ${i.path.join(".")}`).join("\n"));
  return created.value;
}

/** The events of the scenario, in the shape of `Event` of `@madani/events` (fields the plan does not read left out). */
const participatory: LinkedEvent = {
  id: "ev-participatory-2024",
  startOn: "2024-11-16",
  endOn: "2024-11-16",
  sessions: [
    { id: "s-women", on: "2024-11-16" },
    { id: "s-youth", on: "2024-11-16" },
  ],
};
const training: LinkedEvent = {
  id: "ev-training-el-jadida",
  startOn: "2025-03-14",
  endOn: "2025-03-15",
  planActivities: [link("act-1-1")],
  sessions: [
    { id: "s-1", on: "2025-03-14" },
    { id: "s-2", on: "2025-03-15" },
  ],
};
const forum: LinkedEvent = {
  id: "ev-forum-sidi-bennour",
  startOn: "2025-05-24",
  endOn: "2025-05-25",
  sessions: [
    { id: "s-opening", on: "2025-05-24" },
    { id: "s-workshop-advocacy", on: "2025-05-24", planActivities: [link("act-2-1")] },
    { id: "s-closing", on: "2025-05-25" },
  ],
};
const secondTraining: LinkedEvent = {
  id: "ev-training-el-jadida-2",
  startOn: "2025-06-20",
  endOn: "2025-06-21",
  planActivities: [link("act-1-1")],
  sessions: [{ id: "s-1", on: "2025-06-20" }],
};
const events = [participatory, training, forum, secondTraining];

const codes = (check: { issues: readonly { code: string }[] }) => check.issues.map((i) => i.code);

describe("checkPlanLinks: the Doukkala network", () => {
  const plan = doukkalaPlan();

  it("accepts a contribution source on a plan (createPlan keeps it)", () => {
    expect(plan.contributions?.[0]?.source).toEqual({ eventId: "ev-participatory-2024", sessionId: "s-women" });
  });

  it("finds nothing to say about the training, the forum session and the workshop contribution", () => {
    expect(checkPlanLinks(plan, events)).toEqual({ ok: true, issues: [] });
  });

  it("counts the events held for each activity on the date", () => {
    const p = computeProgress(plan, "2025-05-31", { events });
    const byId = Object.fromEntries(p.activities.items.map((a) => [a.id, a]));
    // The training at El Jadida is held; the second one, on 20 June, is planned.
    expect(byId["act-1-1"]?.events).toEqual({ held: 1, planned: 1 });
    expect(byId["act-1-1"]?.sessions).toEqual({ held: 0, planned: 0 }); // linked as a whole event
    // The forum counts through its workshop session.
    expect(byId["act-2-1"]?.events).toEqual({ held: 1, planned: 0 });
    expect(byId["act-2-1"]?.sessions).toEqual({ held: 1, planned: 0 });
    expect(byId["act-2-2"]?.events).toEqual({ held: 0, planned: 0 });
    // Three events implement the plan (the participatory workshop of 2024 prepared it, and implements nothing).
    expect(p.activities.events).toEqual({ held: 2, planned: 1 });
    // The rest of the execution is what it is without events.
    const without = computeProgress(plan, "2025-05-31");
    expect(p.activities.items.map(({ events: _e, sessions: _s, ...rest }) => rest)).toEqual(without.activities.items);
    expect(p.budget).toBe(without.budget);
  });

  it("holds an event from the day of its linked session: the forum is planned the day before", () => {
    const before = computeProgress(plan, "2025-05-23", { events });
    const on = computeProgress(plan, "2025-05-24", { events });
    expect(before.activities.items.find((a) => a.id === "act-2-1")?.events).toEqual({ held: 0, planned: 1 });
    expect(on.activities.items.find((a) => a.id === "act-2-1")?.events).toEqual({ held: 1, planned: 0 });
  });

  it("counts a session once, and an event from its earliest linked day", () => {
    // The second training names act-1-1 as a whole (20 June) and its second day's session names it twice.
    const twice: LinkedEvent = {
      ...secondTraining,
      sessions: [{ id: "s-2", on: "2025-06-21", planActivities: [link("act-1-1"), link("act-1-1")] }],
    };
    const p = computeProgress(plan, "2025-06-20", { events: [twice] });
    expect(p.activities.items.find((a) => a.id === "act-1-1")).toMatchObject({
      events: { held: 1, planned: 0 },
      sessions: { held: 0, planned: 1 },
    });
  });

  it("adds no event field without the option", () => {
    const p = computeProgress(plan, "2025-05-31");
    expect(p.activities.items.every((a) => !("events" in a) && !("sessions" in a))).toBe(true);
    expect("events" in p.activities).toBe(false);
  });
});

describe("checkPlanLinks: dangling links on both sides", () => {
  const plan = doukkalaPlan();

  it("reports an event and a session naming an activity the plan does not have", () => {
    const check = checkPlanLinks(plan, [
      { ...training, planActivities: [link("act-1-1"), link("act-9-9")] },
      {
        ...forum,
        sessions: [{ id: "s-workshop-advocacy", on: "2025-05-24", planActivities: [link("act-2-9")] }],
      },
      participatory,
    ]);
    expect(check.ok).toBe(false);
    expect(check.issues).toMatchObject([
      {
        code: "links.unknown_activity",
        severity: "error",
        path: ["events", 0, "planActivities", 1, "activityId"],
        value: "act-9-9",
        params: { event: "ev-training-el-jadida", activity: "act-9-9", plan: PLAN_ID },
        message: `The event “ev-training-el-jadida” names the activity “act-9-9”, which the plan “${PLAN_ID}” does not have.`,
      },
      {
        code: "links.session_unknown_activity",
        path: ["events", 1, "sessions", 0, "planActivities", 0, "activityId"],
        value: "act-2-9",
        params: { event: "ev-forum-sidi-bennour", session: "s-workshop-advocacy", activity: "act-2-9" },
      },
    ]);
  });

  it("reports a link to another plan unless that plan is known", () => {
    const old = { ...training, planActivities: [link("act-1-1", "plan-doukkala-2020-2024")] };
    const session = {
      ...forum,
      sessions: [{ id: "s-x", on: "2025-05-24", planActivities: [link("a", "plan-elsewhere")] }],
    };
    const check = checkPlanLinks(plan, [old, session, participatory], { locale: "fr" });
    expect(check.issues).toMatchObject([
      {
        code: "links.unknown_plan",
        path: ["events", 0, "planActivities", 0, "planId"],
        value: "plan-doukkala-2020-2024",
        message: `L'événement « ev-training-el-jadida » renvoie à une activité du plan « plan-doukkala-2020-2024 », qui n'est ni ce plan (« ${PLAN_ID} ») ni l'un des plans connus.`,
      },
      { code: "links.session_unknown_plan", path: ["events", 1, "sessions", 0, "planActivities", 0, "planId"] },
    ]);
    const known = checkPlanLinks(plan, [old, session, participatory], {
      otherPlanIds: ["plan-doukkala-2020-2024", "plan-elsewhere"],
    });
    expect(known).toEqual({ ok: true, issues: [] });
    // …and computeProgress does not count them for this plan.
    const p = computeProgress(plan, "2025-12-31", { events: [old, session] });
    expect(p.activities.events).toEqual({ held: 0, planned: 0 });
  });

  it("reports a contribution naming an event or a session that is not in the list", () => {
    const noWorkshop = checkPlanLinks(plan, [training, forum], { locale: "ar" });
    expect(noWorkshop.ok).toBe(false);
    expect(noWorkshop.issues).toMatchObject([
      {
        code: "links.unknown_event",
        path: ["plan", "contributions", 0, "source", "eventId"],
        value: "ev-participatory-2024",
        params: { contribution: "c1", event: "ev-participatory-2024" },
        message: "المساهمة «c1» صادرة عن التظاهرة «ev-participatory-2024» غير الموجودة في لائحة التظاهرات.",
      },
      { code: "links.unknown_event", path: ["plan", "contributions", 1, "source", "eventId"] },
    ]);
    const noSession = checkPlanLinks(plan, [training, forum, { ...participatory, sessions: [] }]);
    expect(noSession.issues).toMatchObject([
      {
        code: "links.unknown_session",
        path: ["plan", "contributions", 0, "source", "sessionId"],
        value: "s-women",
        params: { contribution: "c1", event: "ev-participatory-2024", session: "s-women" },
      },
    ]);
  });

  it("warns of events held outside the dates of their activity, and of events sharing an id", () => {
    const late = { ...training, startOn: "2025-06-29", endOn: "2025-07-01" }; // act-1-1 ends on 30 June
    const early = {
      ...forum,
      sessions: [{ id: "s-w", on: "2025-03-31", planActivities: [link("act-2-1")] }], // act-2-1 starts on 1 April
    };
    const check = checkPlanLinks(plan, [late, early, participatory, { ...participatory }]);
    expect(check.ok).toBe(true);
    expect(check.issues).toMatchObject([
      {
        code: "links.outside_activity",
        severity: "warning",
        path: ["events", 0, "planActivities", 0],
        params: {
          startOn: "2025-06-29",
          endOn: "2025-07-01",
          activityStartOn: "2025-01-01",
          activityEndOn: "2025-06-30",
        },
      },
      {
        code: "links.session_outside_activity",
        severity: "warning",
        path: ["events", 1, "sessions", 0, "planActivities", 0],
        params: { session: "s-w", on: "2025-03-31" },
      },
      { code: "links.duplicate_event", severity: "warning", path: ["events", 3, "id"] },
    ]);
  });
});

describe("checkPlanLinks never throws", () => {
  const plan = doukkalaPlan();

  it("reports input of the wrong shape as issues", () => {
    expect(codes(checkPlanLinks(null as never, events))).toEqual(["links.invalid_plan"]);
    expect(codes(checkPlanLinks(plan, "events" as never))).toEqual(["links.invalid_events"]);
    const bad = checkPlanLinks(plan, [{ ...training, startOn: "2025-02-30" }]);
    expect(bad.issues).toMatchObject([
      { code: "links.invalid_events", path: ["events", 0, "startOn"], params: { field: "events.0.startOn" } },
    ]);
    expect(codes(checkPlanLinks(plan, events, { otherPlanIds: "plan-b" as never }))).toEqual(["links.invalid_option"]);
    expect(codes(checkPlanLinks(plan, events, { otherPlans: [] } as never))).toEqual(["links.unknown_option"]);
    expect(codes(checkPlanLinks(plan, events, { locale: "de" } as never))).toEqual(["schema.invalid_option"]);
    const hostile = new Proxy([], {
      get() {
        throw new Error("hostile");
      },
    });
    expect(codes(checkPlanLinks(plan, hostile))).toEqual(["input.unreadable"]);
  });

  it("caps the shape issues of a long broken list", () => {
    const broken = Array.from({ length: 500 }, () => ({ id: 1 }));
    expect(checkPlanLinks(plan, broken as never).issues.length).toBeLessThanOrEqual(20);
  });
});

describe("planLinkMessages", () => {
  it("has a message in ar, fr and en for every code, with the same placeholders", () => {
    const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [code, template] of Object.entries(planLinkMessages)) {
      expect(code).toMatch(/^links\.[a-z_]+$/);
      for (const locale of LOCALES) expect(template[locale].trim(), `${code}.${locale}`).not.toBe("");
      expect(template.ar).toMatch(/[\u0600-\u06FF]/);
      expect(placeholders(template.fr), code).toEqual(placeholders(template.en));
      expect(placeholders(template.ar), code).toEqual(placeholders(template.en));
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Laws, on generated plans and events drawn from small pools of ids (so that links hit and miss).

const ACTIVITY_IDS = ["a1", "a2", "a3", "a4"];
const PLAN_IDS = ["p", "q", "r"];
const EVENT_IDS = ["e1", "e2", "e3", "e4", "e5"];
const SESSION_IDS = ["s1", "s2", "s3"];
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-03-${String(d).padStart(2, "0")}`);
/** Two days in order, as the dates of an event or an activity. */
const span = (days: readonly [string, string]) => {
  const [startOn = "", endOn = ""] = [...days].sort();
  return { startOn, endOn };
};
const refArb = fc.record({ planId: fc.constantFrom(...PLAN_IDS), activityId: fc.constantFrom(...ACTIVITY_IDS) });
const eventArb: fc.Arbitrary<LinkedEvent> = fc
  .record({
    id: fc.constantFrom(...EVENT_IDS),
    days: fc.tuple(day, day),
    planActivities: fc.option(fc.array(refArb, { maxLength: 3 }), { nil: undefined }),
    sessions: fc.option(
      fc.uniqueArray(
        fc.record({
          id: fc.constantFrom(...SESSION_IDS),
          on: day,
          planActivities: fc.option(fc.array(refArb, { maxLength: 2 }), { nil: undefined }),
        }),
        { selector: (s) => s.id, maxLength: 3 },
      ),
      { nil: undefined },
    ),
  })
  .map(({ days, planActivities, sessions, id }) => ({
    id,
    ...span(days),
    ...(planActivities === undefined ? {} : { planActivities }),
    ...(sessions === undefined
      ? {}
      : {
          sessions: sessions.map((s) => ({
            id: s.id,
            on: s.on,
            ...(s.planActivities === undefined ? {} : { planActivities: s.planActivities }),
          })),
        }),
  }));
const planArb: fc.Arbitrary<PlanLinksInput> = fc.record({
  id: fc.constant("p"),
  activities: fc
    .uniqueArray(fc.constantFrom(...ACTIVITY_IDS), { maxLength: 3 })
    .chain((ids) => fc.tuple(...ids.map((id) => fc.tuple(day, day).map((days) => ({ id, ...span(days) }))))),
  contributions: fc.array(
    fc.record({
      id: fc.constantFrom("c1", "c2"),
      source: fc.option(
        fc.record(
          { eventId: fc.constantFrom(...EVENT_IDS), sessionId: fc.constantFrom(...SESSION_IDS) },
          { requiredKeys: ["eventId"] },
        ),
        { nil: undefined },
      ),
    }),
    { maxLength: 4 },
  ),
});
const otherArb = fc.subarray(["q"]);
const eventsArb = fc.array(eventArb, { maxLength: 6 });

/** The value an issue's path points at, read from the inputs. */
function at(input: { plan: unknown; events: unknown }, path: readonly (string | number)[]): unknown {
  let v: unknown = input;
  for (const k of path) v = (v as Record<string | number, unknown>)[k];
  return v;
}

describe("laws of the links", () => {
  it("every dangling-link finding points at an id absent on the other side, and every dangling link is found", () => {
    fc.assert(
      fc.property(planArb, eventsArb, otherArb, (plan, events, otherPlanIds) => {
        const check = checkPlanLinks(plan, events, { otherPlanIds });
        const activityIds = new Set(plan.activities.map((a) => a.id));
        const sessionsOf = new Map<string, Set<string>>();
        for (const e of events) {
          const s = sessionsOf.get(e.id) ?? new Set();
          for (const x of e.sessions ?? []) s.add(x.id);
          sessionsOf.set(e.id, s);
        }
        for (const issue of check.issues) {
          const pointed = at({ plan, events }, issue.path);
          if (issue.severity === "error") expect(pointed).toBe(issue.value);
          switch (issue.code) {
            case "links.unknown_activity":
            case "links.session_unknown_activity":
              expect(activityIds.has(String(issue.value))).toBe(false);
              break;
            case "links.unknown_plan":
            case "links.session_unknown_plan":
              expect([plan.id, ...otherPlanIds]).not.toContain(issue.value);
              break;
            case "links.unknown_event":
              expect(sessionsOf.has(String(issue.value))).toBe(false);
              break;
            case "links.unknown_session":
              expect(sessionsOf.get(String(issue.params?.event))?.has(String(issue.value))).toBe(false);
              break;
            default:
              expect(issue.severity).toBe("warning");
          }
        }
        // Completeness: as many errors as dangling links counted naively.
        let dangling = 0;
        const refs = events.flatMap((e) => [
          ...(e.planActivities ?? []),
          ...(e.sessions ?? []).flatMap((s) => s.planActivities ?? []),
        ]);
        for (const r of refs) {
          if (r.planId === plan.id) dangling += activityIds.has(r.activityId) ? 0 : 1;
          else dangling += otherPlanIds.includes(r.planId) ? 0 : 1;
        }
        for (const c of plan.contributions ?? []) {
          if (c.source === undefined) continue;
          const s = sessionsOf.get(c.source.eventId);
          if (s === undefined || (c.source.sessionId !== undefined && !s.has(c.source.sessionId))) dangling++;
        }
        expect(check.issues.filter((i) => i.severity === "error").length).toBe(dangling);
        expect(check.ok).toBe(dangling === 0);
      }),
    );
  });

  it("removing an event never increases any activity's count", () => {
    fc.assert(
      fc.property(planArb, eventsArb, fc.nat(), day, (plan, events, k, asOf) => {
        fc.pre(events.length > 0);
        const ids = new Set(plan.activities.map((a) => a.id));
        const all = countLinkedEvents(plan.id, ids, events, asOf);
        const fewer = countLinkedEvents(plan.id, ids, events.toSpliced(k % events.length, 1), asOf);
        for (const [id, c] of fewer.byActivity) {
          const before = all.byActivity.get(id);
          for (const kind of ["events", "sessions"] as const) {
            for (const when of ["held", "planned"] as const) {
              expect(c[kind][when]).toBeLessThanOrEqual(before?.[kind][when] ?? 0);
            }
          }
        }
        expect(fewer.events.held).toBeLessThanOrEqual(all.events.held);
        expect(fewer.events.planned).toBeLessThanOrEqual(all.events.planned);
      }),
    );
  });

  it("counts each event once per activity it names, and holds it from its date on", () => {
    fc.assert(
      fc.property(planArb, eventsArb, day, day, (plan, events, d1, d2) => {
        const [early, late] = d1 < d2 ? [d1, d2] : [d2, d1];
        const ids = new Set(plan.activities.map((a) => a.id));
        const a = countLinkedEvents(plan.id, ids, events, early);
        const b = countLinkedEvents(plan.id, ids, events, late);
        const names = (refs: LinkedEvent["planActivities"], id: string) =>
          (refs ?? []).some((r) => r.planId === plan.id && r.activityId === id);
        for (const id of ids) {
          // The days an event is held for the activity: its first day if it names it, the days of its sessions that do.
          const days = events
            .map((e) => [
              ...(names(e.planActivities, id) ? [e.startOn] : []),
              ...(e.sessions ?? []).filter((s) => names(s.planActivities, id)).map((s) => s.on),
            ])
            .filter((d) => d.length > 0);
          const sessions = events.flatMap((e) => (e.sessions ?? []).filter((s) => names(s.planActivities, id)));
          const ca = a.byActivity.get(id) ?? { events: { held: 0, planned: 0 }, sessions: { held: 0, planned: 0 } };
          const cb = b.byActivity.get(id) ?? { events: { held: 0, planned: 0 }, sessions: { held: 0, planned: 0 } };
          expect(ca.events.held + ca.events.planned).toBe(days.length);
          expect(cb.events.held + cb.events.planned).toBe(days.length);
          expect(ca.events.held).toBe(days.filter((d) => d.some((x) => x <= early)).length);
          expect(cb.events.held).toBeGreaterThanOrEqual(ca.events.held); // later, never fewer held
          expect(ca.sessions).toEqual({
            held: sessions.filter((s) => s.on <= early).length,
            planned: sessions.filter((s) => s.on > early).length,
          });
        }
        for (const id of a.byActivity.keys()) expect(ids.has(id)).toBe(true); // unknown activities count nowhere
      }),
    );
  });
});
