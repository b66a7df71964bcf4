import fc from "fast-check";

// Mutation runs use a fixed seed, so that a mutant is killed (or survives) the same way on every run, and fewer
// runs per property (tests that set `numRuns` keep theirs): every mutant runs the tests that cover it again.
fc.configureGlobal({ seed: 20_261_125, numRuns: 25 });
