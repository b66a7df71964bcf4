import { formatMessage, type Locale, type MessageParams } from "@madani/model";
import { type CliMessageCode, cliMessages } from "./messages.js";

/** A stream the command writes to: `process.stdout`, or a test's collector. */
export interface CliStream {
  /** Write text as it is (the command adds its own line ends). */
  write(chunk: string): unknown;
  /** True when attached to a terminal (progress bars are drawn only then). */
  readonly isTTY?: boolean | undefined;
  /** Width of the terminal in columns, when known. */
  readonly columns?: number | undefined;
}

/** Where the command reads and writes: the process by default, replaced in tests. */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  /** Environment variables (`CI`, `MADANI_LANG`, `NO_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory that relative paths are resolved from. */
  readonly cwd: string;
  /** The clock, for `generatedAt` of reports. */
  readonly now: () => Date;
  /** What `-` reads (`draw --seed-file -`): the process's standard input by default. */
  readonly stdin?: AsyncIterable<string | Uint8Array> | undefined;
}

/**
 * Exit codes of `madani`: 0 done, 1 issues found in the input, 2 usage error (bad command, option or file),
 * 3 failure of the run itself (the database cannot be opened, reached or written, a file cannot be read or
 * written while the command runs).
 */
export const EXIT = { ok: 0, issues: 1, usage: 2, failure: 3 } as const;

/** An exit code; see {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The context every command receives: the i/o, the language of messages, and helpers to print them. */
export interface Context {
  readonly io: CliIo;
  readonly lang: Locale;
  /** A message of {@link cliMessages} in the chosen language. */
  readonly t: (code: CliMessageCode, params?: MessageParams) => string;
  /** Print a line on stdout. */
  readonly out: (line: string) => void;
  /** Print a line on stderr. */
  readonly err: (line: string) => void;
}

/** Build the context of a run. */
export function contextOf(io: CliIo, lang: Locale): Context {
  return {
    io,
    lang,
    t: (code, params) => formatMessage(cliMessages[code], lang, params),
    out: (line) => void io.stdout.write(`${line}\n`),
    err: (line) => void io.stderr.write(`${line}\n`),
  };
}

/** An ISO 8601 timestamp with an offset, for `generatedAt`. */
export function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
