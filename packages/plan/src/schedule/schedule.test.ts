import { describe, expect, it } from "vitest";
import { schedule } from "./schedule.js";

/** The advocacy programme of scenario 1: a study, then workshops, then a national forum. */
const activities = [
  { id: "study", startOn: "2025-02-01", endOn: "2025-03-31", status: "done" },
  {
    id: "workshops",
    startOn: "2025-04-01",
    endOn: "2025-05-31",
    status: "ongoing",
    dependsOn: [{ activityId: "study" }],
  },
  {
    id: "forum",
    startOn: "2025-06-15",
    endOn: "2025-06-16",
    status: "planned",
    dependsOn: [{ activityId: "workshops", lagDays: 14 }],
  },
  {
    id: "leaflet",
    startOn: "2025-04-01",
    endOn: "2025-04-10",
    status: "planned",
    dependsOn: [{ activityId: "study" }],
  },
];

describe("schedule", () => {
  it("finds the critical path and slack", () => {
    const r = schedule(activities, { asOf: "2025-04-20" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.criticalPath).toEqual(["study", "workshops", "forum"]);
    const leaflet = r.value.activities.find((a) => a.id === "leaflet");
    expect(leaflet).toMatchObject({ critical: false, overdue: true });
    // The forum can start on 2025-06-15 (workshops end 05-31, + 1 day + 14 days lag): no slip.
    expect(r.value.activities.find((a) => a.id === "forum")).toMatchObject({
      startOn: "2025-06-15",
      endOn: "2025-06-16",
      slackDays: 0,
    });
    expect(r.value.endOn).toBe("2025-06-16");
    expect(r.value.gantt.map((g) => g.label)).toEqual(["study", "leaflet", "workshops", "forum"]);
  });

  it("pushes an activity whose predecessor ends late", () => {
    const late = activities.map((a) => (a.id === "workshops" ? { ...a, endOn: "2025-06-10" } : a));
    const r = schedule(late);
    expect(r.ok && r.value.activities.find((a) => a.id === "forum")).toMatchObject({
      startOn: "2025-06-25",
      endOn: "2025-06-26",
    });
  });

  it("reports upcoming activities within the window", () => {
    const r = schedule(activities, { asOf: "2025-06-01", upcomingDays: 20 });
    expect(r.ok && r.value.activities.filter((a) => a.upcoming).map((a) => a.id)).toEqual(["forum"]);
  });

  it("reports cycles and unknown dependencies as issues", () => {
    const cyclic = [
      { id: "a", startOn: "2025-01-01", endOn: "2025-01-02", status: "planned", dependsOn: [{ activityId: "b" }] },
      { id: "b", startOn: "2025-01-01", endOn: "2025-01-02", status: "planned", dependsOn: [{ activityId: "a" }] },
    ];
    const r = schedule(cyclic, { locale: "fr" });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.params?.cycle])).toEqual([["schedule.cycle", "a → b → a"]]);
    const u = schedule([
      { id: "a", startOn: "2025-01-01", endOn: "2025-01-02", status: "planned", dependsOn: [{ activityId: "zz" }] },
    ]);
    expect(u.ok ? [] : u.issues.map((i) => i.code)).toEqual(["schedule.unknown_dependency"]);
  });
});
