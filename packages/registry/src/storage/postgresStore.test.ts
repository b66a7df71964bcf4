import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres, type TestPostgres } from "../../test/postgresServer.js";
import { describeRegistryStore, expectRefusedRowsQuarantined, opened } from "../../test/storeSuite.js";
import { MIGRATIONS } from "./migrations.js";
import { postgresStore } from "./postgresStore.js";
import type { RegistryStore } from "./store.js";

const started = await startPostgres();
const server: TestPostgres | undefined = "unavailable" in started ? undefined : started;
const unavailable = "unavailable" in started ? started.unavailable : undefined;

afterAll(() => server?.stop());

describe("PostgreSQL test server", () => {
  it("is available (required on CI)", () => {
    if (process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false") {
      expect(unavailable).toBeUndefined();
    }
  });
});

let databases = 0;
/** A new empty database on the test server; its connection string. */
async function freshDatabase(): Promise<string> {
  if (server === undefined) throw new Error(unavailable);
  const name = `registry_test_${++databases}`;
  const admin = new pg.Client({ connectionString: server.connectionString });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return server.connectionString.replace(/\/postgres$/, `/${name}`);
}

/** A store on a new empty database for each call. */
async function freshStore() {
  return opened(await postgresStore({ connectionString: await freshDatabase() }));
}

describeRegistryStore("postgresStore (PostgreSQL 15)", freshStore, {
  skip: unavailable,
  numRuns: 10,
});

describe("postgresStore that cannot open", () => {
  it("reports a server that cannot be reached, and bad options, without rejecting", async () => {
    const nobody = await postgresStore({ connectionString: "postgres://madani:secret-pw@127.0.0.1:1/registry" });
    expect(nobody.ok ? "" : nobody.issues[0]?.code).toBe("store.open_failed");
    // The reason is the driver's message: never the password of the connection string.
    expect(JSON.stringify(nobody)).not.toContain("secret-pw");
    const bad = await postgresStore({ connectionString: "", locale: "ar" } as never);
    expect(bad.ok ? undefined : bad.issues[0]?.params?.option).toBe("connectionString");
    const pool = await postgresStore({ pool: {} } as never);
    expect(pool.ok ? undefined : pool.issues[0]?.params?.option).toBe("pool");
  });
});

describe.skipIf(server === undefined)("postgresStore", () => {
  let store: RegistryStore;
  beforeAll(async () => {
    store = await freshStore();
  });
  afterAll(async () => {
    await store?.close();
  });

  it("reports a login the server refuses", async () => {
    const url = new URL(server?.connectionString ?? "");
    url.username = "nobody_here";
    url.password = "wrong-pw";
    const r = await postgresStore({ connectionString: url.toString() });
    expect(r.ok ? "" : r.issues[0]?.code).toBe("store.open_failed");
    expect(JSON.stringify(r)).not.toContain("wrong-pw");
  });

  it("records the applied migrations and applies none twice", async () => {
    const pool = new pg.Pool({ connectionString: server?.connectionString.replace(/\/postgres$/, "/registry_test_1") });
    try {
      const again = opened(await postgresStore({ pool }));
      const rows = await pool.query("SELECT version FROM registry_schema_migrations ORDER BY version");
      expect(rows.rows.map((r: { version: string }) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
      await again.close();
      // The store did not own the pool: it is still usable.
      expect((await pool.query("SELECT 1 AS one")).rows[0]).toEqual({ one: 1 });
    } finally {
      await pool.end();
    }
  });

  it("retries a batch the server refuses and quarantines only the refused rows", async () => {
    const connectionString = await freshDatabase();
    const own = opened(await postgresStore({ connectionString }));
    const admin = new pg.Client({ connectionString });
    await admin.connect();
    try {
      await expectRefusedRowsQuarantined(own, (sql) => admin.query(sql), 1_000);
    } finally {
      await admin.end();
      await own.close();
    }
  }, 60_000);

  it("keeps the changes feed in commit order when writers run concurrently", async () => {
    const { syntheticOrganizations } = await import("../../test/registryFixtures.js");
    const orgs = syntheticOrganizations(60, 21);
    const start = await store.changesSince(0, { limit: 10_000 });
    const mark = start.ok ? start.value.last : 0;
    await Promise.all(orgs.map((o) => store.put(o)));
    const feed = await store.changesSince(mark, { limit: 10_000 });
    expect(feed.ok && feed.value.changes.length).toBe(60);
    if (feed.ok) {
      const seqs = feed.value.changes.map((c) => c.seq);
      expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
    }
  });
});
