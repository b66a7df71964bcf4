import { describe, expectTypeOf, it } from "vitest";
import type { EditablePlan, Plan, ProgressInput, SchedulableActivity } from "../index.js";

describe("a Plan fits the engine's inputs", () => {
  it("computeProgress, applyCommand and schedule accept a Plan", () => {
    expectTypeOf<Plan>().toMatchTypeOf<ProgressInput>();
    expectTypeOf<Plan>().toMatchTypeOf<EditablePlan>();
    expectTypeOf<Plan["activities"]>().toMatchTypeOf<readonly SchedulableActivity[]>();
  });
});
