#!/usr/bin/env node
// The `madani` executable: runs the command line and exits with its code (0 done, 1 issues, 2 usage).
import { run } from "./run.js";

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
