import fc from "fast-check";

// On CI, property tests run with a fixed seed so that a run can be repeated exactly; locally each run
// draws a new seed and explores new cases (a failure prints its seed and path to replay it).
if (process.env.CI) fc.configureGlobal({ seed: 20_261_125 });
