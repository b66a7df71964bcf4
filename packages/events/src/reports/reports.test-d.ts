import type { Organization } from "@madani/model";
import { describe, expectTypeOf, it } from "vitest";
import type { DeepReadonly, EventGeneralReportInput, Meeting, MeetingSeriesReportInput } from "../index.js";
import { eventGeneralReport, meetingSeriesReport } from "../index.js";

describe("the reports accept read-only data", () => {
  it("eventGeneralReport takes readonly arrays at every depth", () => {
    type ReadonlyInput = {
      readonly event: unknown;
      readonly organizations: readonly DeepReadonly<Organization>[];
      readonly persons: readonly [];
      readonly participants: readonly [];
      readonly attendance: readonly [];
      readonly indicators: readonly { readonly label: { readonly fr: string }; readonly value: number }[];
    };
    expectTypeOf<ReadonlyInput>().toExtend<EventGeneralReportInput>();
    expectTypeOf(eventGeneralReport).parameter(0).toEqualTypeOf<EventGeneralReportInput>();
  });

  it("meetingSeriesReport takes readonly meetings", () => {
    type ReadonlyInput = {
      readonly title: string;
      readonly meetings: readonly DeepReadonly<Meeting>[];
    };
    expectTypeOf<ReadonlyInput>().toExtend<MeetingSeriesReportInput>();
    expectTypeOf(meetingSeriesReport).parameter(0).toEqualTypeOf<MeetingSeriesReportInput>();
  });

  it("still refuses a value of the wrong shape", () => {
    expectTypeOf<{
      readonly title: string;
      readonly meetings: readonly number[];
    }>().not.toExtend<MeetingSeriesReportInput>();
  });
});
