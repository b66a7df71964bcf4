import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticOrganizations } from "../../test/registryFixtures.js";
import { describeRegistryStore, expectRefusedRowsQuarantined, opened } from "../../test/storeSuite.js";
import { pgliteStore } from "./pgliteStore.js";
import { threadDriver } from "./pgliteThread.js";
import { migrate, type SqlDriver, sqlStore } from "./sql.js";

// One database thread for the contract suite (the WASM instance takes seconds to start); each test starts from
// an empty schema, and closing a test's store leaves the thread open.
const shared: Promise<SqlDriver> = threadDriver(undefined);
afterAll(async () => (await shared).close());
describeRegistryStore(
  "pgliteStore on a worker thread",
  async () => {
    const driver = await shared;
    await driver.exec.query(
      `DROP TABLE IF EXISTS registry_organizations, registry_schema_migrations, registry_review_decisions,
         registry_merges, registry_aliases`,
    );
    await driver.exec.query("DROP SEQUENCE IF EXISTS registry_change_seq");
    const kept: SqlDriver = { ...driver, close: async () => undefined };
    await migrate(kept);
    return sqlStore(kept);
  },
  { numRuns: 10 },
);

describe("pgliteStore({ worker: true })", () => {
  it("gives the same answers as PGlite on the calling thread, and keeps its data across reopenings", async () => {
    const orgs = syntheticOrganizations(3_000, 17);
    const dirs = [mkdtempSync(join(tmpdir(), "madani-thread-")), mkdtempSync(join(tmpdir(), "madani-main-"))];
    try {
      const [threaded, local] = [
        opened(await pgliteStore({ dataDir: dirs[0], worker: true })),
        opened(await pgliteStore({ dataDir: dirs[1] })),
      ];
      const answers = async (store: typeof threaded) => {
        const put = await store.put(orgs, { validate: false });
        const page = await store.query({ legalForm: "cooperative" }, { limit: 50 });
        const ids = page.ok ? page.value.items.map((o) => o.id) : [];
        return {
          put,
          count: await store.count({ regionCode: "01" }),
          get: await store.get(orgs[123]?.id ?? ""),
          ids,
          deleted: await store.delete(ids.slice(0, 3)),
          after: await store.count(),
        };
      };
      const [a, b] = [await answers(threaded), await answers(local)];
      expect(a).toEqual(b);
      expect(a.put.ok && a.put.value.count).toBe(3_000);
      await threaded.close();
      await local.close();
      const again = opened(await pgliteStore({ dataDir: dirs[0], worker: true }));
      expect(await again.count()).toEqual(a.after);
      expect(await again.get(orgs[123]?.id ?? "")).toEqual(orgs[123]);
      await again.close();
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  }, 120_000);

  it("quarantines only the rows the database refuses, and a transaction goes on after them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "madani-thread-"));
    const driver = await threadDriver(dir);
    try {
      await migrate(driver);
      const store = sqlStore({ ...driver, close: async () => undefined });
      await expectRefusedRowsQuarantined(store, (sql) => driver.exec.query(sql), 2_500);
    } finally {
      await driver.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("rolls a transaction back when its work fails, and keeps serving statements", async () => {
    const store = opened(await pgliteStore({ worker: true }));
    try {
      const [a, b] = syntheticOrganizations(2, 9);
      if (a === undefined || b === undefined) throw new Error("fixtures");
      await expect(
        store.transaction(async (tx) => {
          await tx.put(a);
          throw new Error("stop");
        }),
      ).rejects.toThrow("stop");
      expect(await store.get(a.id)).toBeUndefined();
      // Statements sent together run one after the other.
      const [put, count] = await Promise.all([store.put(b), store.count()]);
      expect(put.ok).toBe(true);
      expect(count.ok).toBe(true);
      expect(await store.get(b.id)).toEqual(b);
    } finally {
      await store.close();
    }
  }, 60_000);

  it("refuses a worker with a PGlite instance, and reports a directory it cannot open, without rejecting", async () => {
    const db = new PGlite();
    try {
      const r = await pgliteStore({ pglite: db, worker: true });
      expect(r.ok ? undefined : [r.issues[0]?.code, r.issues[0]?.params?.option]).toEqual([
        "store.invalid_option",
        "worker",
      ]);
    } finally {
      await db.close();
    }
    const blocked = join(mkdtempSync(join(tmpdir(), "madani-thread-")), "file");
    await import("node:fs/promises").then((fs) => fs.writeFile(blocked, "not a directory"));
    const failed = await pgliteStore({ dataDir: join(blocked, "db"), worker: true, locale: "fr" });
    expect(failed.ok ? "" : failed.issues[0]?.code).toBe("store.open_failed");
    expect((await pgliteStore({ worker: "yes" } as never)).ok).toBe(false);
  }, 60_000);
});
