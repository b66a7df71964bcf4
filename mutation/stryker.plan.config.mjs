import { areaOptions, NOT_MUTATED } from "./stryker.base.mjs";

// Plan indicators and progress computation.
export default areaOptions("plan", [
  "packages/plan/src/indicator/**/*.ts",
  "packages/plan/src/progress/**/*.ts",
  ...NOT_MUTATED,
]);
