#!/usr/bin/env node
// The `madani` executable: runs the command line and exits with its code (0 done, 1 issues, 2 usage).
import { run } from "./run.js";

// A reader that stops early (`madani … | head`) closes the pipe: stop quietly, as other commands do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
