import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysToDate, addMonthsToDate, daysBetween, IsoDateSchema } from "./date.js";

const isoDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("calendar dates", () => {
  it("accepts real days only", () => {
    expect(IsoDateSchema.safeParse("2024-02-29").success).toBe(true);
    expect(IsoDateSchema.safeParse("2025-02-29").success).toBe(false);
    expect(IsoDateSchema.safeParse("2025-13-01").success).toBe(false);
    expect(IsoDateSchema.safeParse("09/05/2025").success).toBe(false);
  });

  it("adds days across months and leap years", () => {
    expect(addDaysToDate("2025-01-31", 60)).toBe("2025-04-01");
    expect(addDaysToDate("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDaysToDate("2025-03-01", -1)).toBe("2025-02-28");
  });

  it("adds months clamping to the end of the month", () => {
    expect(addMonthsToDate("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonthsToDate("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonthsToDate("2025-11-15", 2)).toBe("2026-01-15");
  });

  it("adding n days then counting the days between gives n back", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -20000, max: 20000 }), (d, n) => {
        expect(daysBetween(d, addDaysToDate(d, n))).toBe(n);
      }),
    );
  });

  it("does not depend on the host time zone", () => {
    // The arithmetic uses UTC dates; the answer for a DST-crossing span is whole days.
    expect(daysBetween("2025-03-29", "2025-03-31")).toBe(2);
    expect(addDaysToDate("2025-10-25", 2)).toBe("2025-10-27");
  });
});

describe("day numbers agree with the platform calendar", () => {
  it("for every day from 1600 to 2400", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1600, 0, 1) / 86_400_000, max: Date.UTC(2400, 11, 31) / 86_400_000 }),
        (day) => {
          const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
          expect(addDaysToDate("1970-01-01", day)).toBe(iso);
          expect(daysBetween("1970-01-01", iso)).toBe(day);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
