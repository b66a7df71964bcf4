import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = "/usr/lib/postgresql/15/bin";

/** A throwaway PostgreSQL server started for a test run. */
export interface TestPostgres {
  readonly connectionString: string;
  readonly port: number;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Run a command as the `postgres` user (initdb refuses root). */
function asPostgres(command: string, args: readonly string[]): void {
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (asRoot) execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "pipe" });
  else execFileSync(command, [...args], { stdio: "pipe" });
}

/**
 * Start PostgreSQL 15 on a free localhost port in a temporary directory, or
 * return `undefined` (with the reason) when the binaries are not installed.
 */
export async function startPostgres(): Promise<TestPostgres | { readonly unavailable: string }> {
  if (!existsSync(join(BIN, "initdb"))) return { unavailable: `no PostgreSQL binaries in ${BIN}` };
  const dir = mkdtempSync(join(tmpdir(), "madani-pg-"));
  try {
    if (typeof process.getuid === "function" && process.getuid() === 0) {
      const ids = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
      const gids = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
      chownSync(dir, Number(ids.stdout.trim()), Number(gids.stdout.trim()));
    }
    const data = join(dir, "data");
    asPostgres(join(BIN, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"]);
    const port = await freePort();
    asPostgres(join(BIN, "pg_ctl"), [
      "-D",
      data,
      "-l",
      join(dir, "server.log"),
      "-w",
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      "start",
    ]);
    return {
      port,
      connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop() {
        try {
          asPostgres(join(BIN, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { unavailable: error instanceof Error ? error.message : String(error) };
  }
}
