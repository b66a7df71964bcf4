import { PGlite, type Transaction } from "@electric-sql/pglite";
import { compareCodePoints } from "@madani/model";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { syntheticOrganizations } from "../../test/registryFixtures.js";
import { opened } from "../../test/storeSuite.js";
import { type BulkExecutor, DEFER_INDEXES_MIN_ROWS, deferIndexes, noDeferredIndexes, upsertJson } from "./bulk.js";
import { pgliteStore } from "./pgliteStore.js";

/** A PGlite that records the statements run in its transactions. */
class RecordingPGlite extends PGlite {
  readonly statements: string[] = [];
  override transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    return super.transaction((tx) => {
      const recorded: Transaction = Object.create(tx);
      recorded.query = (text, params, options) => {
        this.statements.push(text);
        return tx.query(text, params, options);
      };
      return callback(recorded);
    });
  }
}

const db = new RecordingPGlite();
afterAll(() => db.close());

async function emptyStore() {
  await db.exec(
    `DROP TABLE IF EXISTS registry_organizations, registry_schema_migrations, registry_review_decisions,
       registry_merges, registry_aliases;
     DROP SEQUENCE IF EXISTS registry_change_seq;`,
  );
  return opened(await pgliteStore({ pglite: db }));
}

/** A bulk executor over a PGlite transaction. */
function bulkExec(tx: Transaction, lines?: boolean): BulkExecutor {
  return {
    async query<R>(text: string, params?: readonly unknown[]): Promise<readonly R[]> {
      return (await tx.query<R>(text, params === undefined ? [] : [...params])).rows;
    },
    ...(lines === undefined ? {} : { lines }),
  };
}

/** The definitions of the organizations table's indexes, sorted. */
async function indexes(exec: Pick<PGlite, "query"> = db): Promise<string[]> {
  const r = await exec.query<{ indexdef: string }>(
    "SELECT indexdef FROM pg_indexes WHERE tablename = 'registry_organizations' ORDER BY indexname",
  );
  return r.rows.map((x) => x.indexdef);
}

describe("bulk path of the SQL stores", () => {
  // The first call starts the WASM instance.
  beforeEach(async () => {
    await emptyStore();
  }, 60_000);

  it("builds the indexes again after a large load into an empty table, and keeps sequence numbers in batch order", async () => {
    const before = await indexes();
    expect(before.length).toBeGreaterThanOrEqual(5);
    const store = await emptyStore();
    // Ids in reverse order: sequence numbers must follow the batch, not the ids.
    const orgs = syntheticOrganizations(DEFER_INDEXES_MIN_ROWS + 200, 5).reverse();
    const put = await store.put(orgs, { validate: false });
    expect(put.ok && put.value.count).toBe(orgs.length);
    expect(await indexes()).toEqual(before);
    const feed = await store.changesSince(0, { limit: 10_000 });
    expect(feed.ok && feed.value.changes.map((c) => c.id)).toEqual(orgs.map((o) => o.id));
    // Pages in id order, each received as one text.
    const ids: string[] = [];
    for (let after: string | undefined; ; ) {
      const page = await store.query({}, { limit: 500, ...(after === undefined ? {} : { after }) });
      if (!page.ok) throw new Error(page.issues[0]?.message);
      ids.push(...page.value.items.map((o) => o.id));
      after = page.value.next;
      if (after === undefined) break;
    }
    expect(ids).toEqual(orgs.map((o) => o.id).sort(compareCodePoints));
    expect(await store.query({ ids: "none" })).toEqual({ ok: true, value: { items: [] } });
  }, 60_000);

  it("inside a transaction, loads without the secondary indexes and builds them once before the commit", async () => {
    const store = await emptyStore();
    const before = await indexes();
    const orgs = syntheticOrganizations(3 * DEFER_INDEXES_MIN_ROWS, 6);
    db.statements.length = 0;
    await store.transaction(async (tx) => {
      for (let i = 0; i < orgs.length; i += DEFER_INDEXES_MIN_ROWS) {
        const r = await tx.put(orgs.slice(i, i + DEFER_INDEXES_MIN_ROWS), { validate: false });
        expect(r.ok && r.value.count).toBe(DEFER_INDEXES_MIN_ROWS);
        // Reads inside the transaction see every row written so far, with or without indexes.
        expect(await tx.count()).toEqual({ ok: true, value: i + DEFER_INDEXES_MIN_ROWS });
      }
    });
    const run = db.statements;
    const inserts = run.flatMap((t, i) => (t.startsWith("INSERT INTO registry_organizations") ? [i] : []));
    const drops = run.flatMap((t, i) => (t.startsWith("DROP INDEX") ? [i] : []));
    const builds = run.flatMap((t, i) => (t.startsWith("CREATE INDEX") ? [i] : []));
    // Every secondary index dropped before the first row and built once after the last one.
    expect(inserts).toHaveLength(3);
    expect(drops).toHaveLength(before.length - 1);
    expect(builds).toHaveLength(before.length - 1);
    expect(Math.max(...drops)).toBeLessThan(Math.min(...inserts));
    expect(Math.min(...builds)).toBeGreaterThan(Math.max(...inserts));
    expect(await indexes()).toEqual(before);
    expect(await store.count()).toEqual({ ok: true, value: orgs.length });
  }, 60_000);

  it("keeps the indexes when the transaction rolls back, and does not defer them for a table that holds rows", async () => {
    const store = await emptyStore();
    const before = await indexes();
    const orgs = syntheticOrganizations(2 * DEFER_INDEXES_MIN_ROWS, 7);
    await expect(
      store.transaction(async (tx) => {
        await tx.put(orgs, { validate: false });
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    expect(await indexes()).toEqual(before);
    expect(await store.count()).toEqual({ ok: true, value: 0 });
    // On the empty table it defers them (and the rollback brings them back); with one row it does not.
    const control = noDeferredIndexes();
    await db.transaction(async (tx) => {
      expect(await deferIndexes(bulkExec(tx), control, orgs.length)).toBe(true);
      await tx.rollback();
    });
    expect(control.definitions).toHaveLength(before.length - 1);
    expect(await indexes()).toEqual(before);
    await store.put(orgs.slice(0, 1), { validate: false });
    const deferred = noDeferredIndexes();
    await db.transaction(async (tx) => {
      expect(await deferIndexes(bulkExec(tx), deferred, orgs.length)).toBe(false);
    });
    expect(deferred.definitions).toEqual([]);
  }, 60_000);

  it("does not wait for a lock another session holds: it keeps the indexes and goes on", async () => {
    const statements: string[] = [];
    const exec: BulkExecutor = {
      async query<R>(text: string): Promise<readonly R[]> {
        statements.push(text);
        if (text.startsWith("SELECT NOT EXISTS")) return [{ empty: true }] as R[];
        if (text.startsWith("LOCK TABLE")) throw Object.assign(new Error("could not obtain lock"), { code: "55P03" });
        return [];
      },
    };
    const deferred = noDeferredIndexes();
    expect(await deferIndexes(exec, deferred, DEFER_INDEXES_MIN_ROWS)).toBe(false);
    expect(deferred.definitions).toEqual([]);
    expect(statements.some((s) => s.startsWith("DROP INDEX"))).toBe(false);
    expect(statements).toContain("ROLLBACK TO SAVEPOINT registry_bulk_lock");
    // Below the threshold, it does not even look.
    statements.length = 0;
    expect(await deferIndexes(exec, deferred, DEFER_INDEXES_MIN_ROWS - 1)).toBe(false);
    expect(statements).toEqual([]);
  });

  it("writes the same rows whether they travel as lines or as one JSON array (PostgreSQL 13)", async () => {
    const store = await emptyStore();
    const orgs = syntheticOrganizations(300, 8);
    // A text with a backslash, quotes, a tab and a line break inside JSON strings.
    const tricky = { ...orgs[0], id: 'org-\\"\t\n-x', name: { ar: 'جمعية \\ "الأمل"\n\t' } } as (typeof orgs)[0];
    const all = [...orgs, tricky];
    const json = all.map((o) => JSON.stringify(o));
    const read = async () => {
      const r = await db.query<{ id: string; data: unknown; change_seq: number }>(
        "SELECT id, data, change_seq::int AS change_seq FROM registry_organizations ORDER BY change_seq",
      );
      return r.rows.map((x) => ({ id: x.id, data: x.data }));
    };
    await db.transaction((tx) => upsertJson(bulkExec(tx, true), json));
    const asLines = await read();
    await emptyStore();
    await db.transaction((tx) => upsertJson(bulkExec(tx), json));
    const asArray = await read();
    expect(asLines).toEqual(all.map((o) => ({ id: o.id, data: o })));
    expect(asArray).toEqual(asLines);
    expect(await store.get(tricky.id)).toEqual(tricky);
  }, 60_000);
});
