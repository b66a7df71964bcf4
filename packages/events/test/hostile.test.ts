import * as events from "@madani/events";
import { entryPointNames, type SweepOptions, sweepFunction } from "@madani/model/testing";
import { describe, expect, it } from "vitest";

/**
 * Typed-only helpers: they take values an entry point has already validated (an
 * attendance record, a roster, a meeting, a quorum rule, a catalogue) and say so in
 * their TSDoc. Every entry point that takes `unknown` input or returns a result is swept.
 */
const TYPED_ONLY = [
  "ageGroupOf",
  "attendanceBySession",
  "attendanceMinutes",
  "carryForward",
  "renewGoverningBody",
  "requiredForQuorum",
  "seatsTaken",
  "topicLabel",
] as const;

const rules = {
  noticeDays: { ordinary: 15, extraordinary: 21 },
  quorum: {
    ordinary: { first: { type: "more-than", numerator: 1, denominator: 2 }, second: { type: "none" } },
    extraordinary: {
      first: { type: "at-least", numerator: 2, denominator: 3 },
      second: { type: "more-than", numerator: 1, denominator: 2 },
    },
  },
  secondConvocationMinDays: 15,
};

const options: SweepOptions = {
  exempt: Object.fromEntries(TYPED_ONLY.map((name) => [name, "typed-only"])),
  samples: {
    computeQuorum: [[{ rules, kind: "ordinary", convocation: 1, members: 40, present: 18, represented: 3 }]],
    computeReach: [[{ events: [], participants: [], attendance: [], persons: [], organizations: [] }]],
    createCatalogue: [[[]]],
  },
};

describe("every entry point of @madani/events never throws on hostile input", () => {
  const names = entryPointNames(events, options.exempt);
  it.each(names)("%s", async (name) => {
    expect(await sweepFunction(events, name, options)).toEqual([]);
  });
});

describe("the reported cases", () => {
  const input = { rules, kind: "ordinary", convocation: 1, members: 40, present: 18, represented: 3 };
  it("an unknown locale is an issue and null options are no options", () => {
    for (const locale of ["de", "AR", ""]) {
      for (const r of [
        events.computeQuorum(input, { locale: locale as "en" }),
        events.computeReach(
          { events: [], participants: [], attendance: [], persons: [], organizations: [] },
          {
            locale: locale as "en",
          },
        ),
        events.createCatalogue([], { locale: locale as "en" }),
      ]) {
        expect(!r.ok && r.issues.map((i) => [i.code, i.params?.option])).toEqual([["schema.invalid_option", "locale"]]);
      }
    }
    expect(events.computeQuorum(input, null as never).ok).toBe(true);
    expect(events.createCatalogue([], null as never).ok).toBe(true);
  });

  it("a throwing getter or Proxy gives input.unreadable", () => {
    const getter = Object.defineProperty({ ...input }, "members", {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    });
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
        ownKeys() {
          throw new Error("no");
        },
      },
    );
    expect(events.computeQuorum(getter)).toMatchObject({ ok: false, issues: [{ code: "input.unreadable" }] });
    expect(events.createCatalogue([proxy])).toMatchObject({ ok: false, issues: [{ code: "input.unreadable" }] });
    expect(events.computeReach(proxy as never, { locale: "ar" })).toMatchObject({
      ok: false,
      issues: [{ code: "input.unreadable" }],
    });
  });
});
