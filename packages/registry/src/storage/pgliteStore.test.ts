import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { Organization } from "@madani/model";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticOrganizations } from "../../test/registryFixtures.js";
import { describeRegistryStore, expectRefusedRowsQuarantined, opened } from "../../test/storeSuite.js";
import { pgliteStore } from "./pgliteStore.js";

// One WASM instance (about 3 s to start) for the contract suite; each test starts from an empty schema.
const shared = new PGlite();
afterAll(() => shared.close());
describeRegistryStore(
  "pgliteStore (in memory)",
  async () => {
    await shared.exec(
      `DROP TABLE IF EXISTS registry_organizations, registry_schema_migrations, registry_review_decisions,
         registry_merges, registry_aliases;
       DROP SEQUENCE IF EXISTS registry_change_seq;`,
    );
    return opened(await pgliteStore({ pglite: shared }));
  },
  { numRuns: 10 },
);

describe("pgliteStore", () => {
  it("reports a data directory it cannot open, and options it does not know, without rejecting", async () => {
    const blocked = join(mkdtempSync(join(tmpdir(), "madani-pglite-")), "file");
    await import("node:fs/promises").then((fs) => fs.writeFile(blocked, "not a directory"));
    const r = await pgliteStore({ dataDir: join(blocked, "db"), locale: "fr" });
    expect(r.ok ? "" : r.issues[0]?.code).toBe("store.open_failed");
    expect(r.ok ? "" : r.issues[0]?.message).toMatch(/^La base de données n'a pas pu être ouverte : \S/);
    const bad = await pgliteStore({ dataDir: 3 } as never);
    expect(bad.ok ? undefined : bad.issues[0]?.params?.option).toBe("dataDir");
    const notPglite = await pgliteStore({ pglite: { query: () => undefined } } as never);
    expect(notPglite.ok ? undefined : notPglite.issues[0]?.params?.option).toBe("pglite");
  }, 60_000);

  it("keeps its data in a data directory across reopenings, and does not migrate twice", async () => {
    const dir = mkdtempSync(join(tmpdir(), "madani-pglite-"));
    try {
      const orgs = syntheticOrganizations(30, 3);
      const first = opened(await pgliteStore({ dataDir: dir }));
      expect((await first.put(orgs)).ok).toBe(true);
      await first.close();
      const second = opened(await pgliteStore({ dataDir: dir }));
      expect(await second.count()).toEqual({ ok: true, value: 30 });
      expect(await second.get(orgs[4]?.id ?? "")).toEqual(orgs[4]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("loads a large batch (data directory, indexes rebuilt once) with the same result as small inserts", async () => {
    const orgs = syntheticOrganizations(5_000, 11);
    const dir = mkdtempSync(join(tmpdir(), "madani-pglite-"));
    const store = opened(await pgliteStore({ dataDir: dir }));
    try {
      // A large load into an empty table: secondary indexes dropped, rows upserted, indexes rebuilt.
      expect(await store.put(orgs, { validate: false })).toEqual({
        ok: true,
        value: { count: 5_000, quarantined: [] },
      });
      expect(await store.count()).toEqual({ ok: true, value: 5_000 });
      expect(await store.get(orgs[4_321]?.id ?? "")).toEqual(orgs[4_321]);
      // Backslashes, quotes and tabs survive the bulk row format.
      const tricky = orgs.map((o, i) => (i === 7 ? { ...o, name: { fr: 'C:\\dossier\\"n°1"\\t' } } : o));
      expect((await store.put(tricky, { validate: false })).ok).toBe(true);
      expect((await store.get(orgs[7]?.id ?? ""))?.name).toEqual({ fr: 'C:\\dossier\\"n°1"\\t' });
      const feed = await store.changesSince(0, { limit: 10_000 });
      expect(feed.ok && feed.value.changes.length).toBe(5_000);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("quarantines a value PostgreSQL refuses, and a transaction goes on after it", async () => {
    const store = opened(await pgliteStore());
    try {
      const [a, b] = syntheticOrganizations(2, 5) as [Organization, Organization];
      const nul = { ...a, name: { fr: "nul\u0000char" } };
      const refused = await store.put(nul, { validate: false });
      expect(refused.ok && refused.value.count).toBe(0);
      expect(refused.ok && refused.value.quarantined[0]?.code).toBe("store.invalid_text");
      await store.transaction(async (tx) => {
        const r = await tx.put(nul, { validate: false });
        expect(r.ok && r.value.quarantined.length).toBe(1);
        expect((await tx.put(b)).ok).toBe(true);
      });
      expect(await store.get(b.id)).toEqual(b);
      expect(await store.get(a.id)).toBeUndefined();
    } finally {
      await store.close();
    }
  }, 60_000);

  it("retries a batch the database refuses and quarantines only the refused rows, in small and large batches", async () => {
    const dir = mkdtempSync(join(tmpdir(), "madani-pglite-"));
    try {
      // A small batch in memory, and a large one with a data directory.
      for (const [db, size] of [
        [new PGlite(), 300],
        [new PGlite(dir), 2_500],
      ] as const) {
        const store = opened(await pgliteStore({ pglite: db }));
        try {
          await expectRefusedRowsQuarantined(store, (sql) => db.exec(sql), size);
        } finally {
          await store.close();
          await db.close();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
