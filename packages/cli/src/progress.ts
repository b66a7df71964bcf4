import type { CliIo } from "./io.js";

/** A progress indicator for long work: a bar on a terminal, nothing otherwise. */
export interface Progress {
  /** Report that `done` of `total` (when known) units are done. */
  update(done: number, total?: number): void;
  /** Clear the bar (call before printing the result). */
  stop(): void;
}

const WIDTH = 28;
const INTERVAL_MS = 100;

/**
 * A progress bar on stderr when it is a terminal and the run is not in CI (`CI` set) nor quiet; otherwise
 * a progress that prints nothing, so that logs and pipes stay clean.
 *
 * @param io - the run's i/o.
 * @param label - what is progressing, e.g. `import`.
 * @param unit - the unit counted, e.g. `rows`.
 * @param quiet - never draw (the `--quiet` option).
 */
export function createProgress(io: CliIo, label: string, unit: string, quiet = false): Progress {
  const ci = io.env.CI !== undefined && io.env.CI !== "" && io.env.CI !== "false";
  if (quiet || ci || io.stderr.isTTY !== true) return { update() {}, stop() {} };
  let last = 0;
  let drawn = false;
  const draw = (done: number, total: number | undefined): void => {
    const count =
      total === undefined
        ? `${done.toLocaleString("en")}`
        : `${done.toLocaleString("en")}/${total.toLocaleString("en")}`;
    let bar = "";
    if (total !== undefined && total > 0) {
      const share = Math.min(1, done / total);
      const full = Math.round(share * WIDTH);
      bar = `[${"#".repeat(full)}${"-".repeat(WIDTH - full)}] ${(share * 100).toFixed(0).padStart(3)}% `;
    }
    io.stderr.write(`\r\u001b[2K${label} ${bar}${count} ${unit}`);
    drawn = true;
  };
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < INTERVAL_MS && (total === undefined || done < total)) return;
      last = now;
      draw(done, total);
    },
    stop() {
      if (drawn) io.stderr.write("\r\u001b[2K");
      drawn = false;
    },
  };
}
