import { areaOptions, NOT_MUTATED } from "./stryker.base.mjs";

// Events draws.
export default areaOptions("events", ["packages/events/src/draw/**/*.ts", ...NOT_MUTATED]);
