/**
 * `@madani/cli`: the `madani` command for analysts. The binary is `madani`; {@link run} runs the same
 * command line from a program (and from tests).
 *
 * @packageDocumentation
 * @module @madani/cli
 */

export type { CliIo, CliStream, ExitCode } from "./io.js";
export { EXIT } from "./io.js";
export type { CliMessageCode } from "./messages.js";
export { cliMessages } from "./messages.js";
export { run } from "./run.js";
