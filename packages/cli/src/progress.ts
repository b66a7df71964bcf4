import type { CliIo } from "./io.js";

/** A progress indicator for long work: a bar on a terminal, nothing otherwise. */
export interface Progress {
  /** Whether anything is drawn: work done only for the bar (counting the total) can be skipped otherwise. */
  readonly active: boolean;
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
  if (quiet || ci || io.stderr.isTTY !== true) return { active: false, update() {}, stop() {} };
  let last = 0;
  let drawn = false;
  const started = Date.now();
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
    io.stderr.write(`\r\u001b[2K${label} ${bar}${count} ${unit}${pace(done, total, Date.now() - started, unit)}`);
    drawn = true;
  };
  return {
    active: true,
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

/**
 * The rate and, when the total is known, the time left: `, 12,300 rows/s, 13 s left`. Nothing in the first
 * half-second, when a rate says little.
 *
 * @param done - units done.
 * @param total - units in all, when known.
 * @param elapsedMs - time since the start.
 * @param unit - the unit counted.
 * @returns the text to append to the bar.
 */
export function pace(done: number, total: number | undefined, elapsedMs: number, unit: string): string {
  if (elapsedMs < 500 || done <= 0) return "";
  const rate = (done * 1000) / elapsedMs;
  let text = `, ${Math.round(rate).toLocaleString("en")} ${unit}/s`;
  if (total !== undefined && total > done) {
    const left = Math.ceil((total - done) / rate);
    text += left >= 60 ? `, ${Math.floor(left / 60)} min ${left % 60} s left` : `, ${left} s left`;
  }
  return text;
}
