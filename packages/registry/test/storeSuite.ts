import { compareCodePoints, type Organization } from "@madani/model";
import { organizationArbitrary } from "@madani/model/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RegistryStore, StoreFilter } from "../src/storage/index.js";
import { matchesFilter, parseFilter, seatCodes } from "../src/storage/store.js";
import { syntheticOrganizations } from "./registryFixtures.js";

/** Options of {@link describeRegistryStore}. */
export interface StoreSuiteOptions {
  /** Skip the whole suite (with the reason shown by vitest). */
  readonly skip?: string | undefined;
  /** Runs of the property tests (each opens a store); default 20. */
  readonly numRuns?: number | undefined;
}

async function readAll(store: RegistryStore, filter: StoreFilter, limit: number): Promise<Organization[]> {
  const out: Organization[] = [];
  let after: string | undefined;
  for (let guard = 0; guard < 10_000; guard++) {
    const page = await store.query(filter, { limit, ...(after === undefined ? {} : { after }) });
    if (!page.ok) throw new Error(JSON.stringify(page.issues));
    out.push(...page.value.items);
    if (page.value.next === undefined) return out;
    after = page.value.next;
  }
  throw new Error("pagination did not end");
}

function reference(orgs: readonly Organization[], filter: StoreFilter): string[] {
  const f = parseFilter(filter);
  if (!f.ok) throw new Error("bad filter");
  return orgs
    .filter((o) => matchesFilter(o, f.value))
    .map((o) => o.id)
    .sort(compareCodePoints);
}

/**
 * The test suite every {@link RegistryStore} adapter must pass.
 *
 * @param name - the adapter's name, shown by vitest.
 * @param open - opens a new, empty store (each test gets its own).
 * @param options - {@link StoreSuiteOptions}.
 */
export function describeRegistryStore(
  name: string,
  open: () => Promise<RegistryStore>,
  options: StoreSuiteOptions = {},
): void {
  const numRuns = options.numRuns ?? 20;
  const suite = options.skip === undefined ? describe : describe.skip;
  const withStore = async (work: (store: RegistryStore) => Promise<void>): Promise<void> => {
    const store = await open();
    try {
      await work(store);
    } finally {
      await store.close();
    }
  };
  const sample = syntheticOrganizations(240, 7);

  suite(`RegistryStore contract: ${name}${options.skip === undefined ? "" : ` (skipped: ${options.skip})`}`, {
    timeout: 60_000,
  }, () => {
    it("puts and gets organizations by id; an unknown id gives undefined", async () => {
      await withStore(async (store) => {
        const put = await store.put(sample.slice(0, 10));
        expect(put).toEqual({ ok: true, value: { count: 10 } });
        for (const org of sample.slice(0, 10)) expect(await store.get(org.id)).toEqual(org);
        expect(await store.get("missing")).toBeUndefined();
        expect(await store.get(42 as unknown as string)).toBeUndefined();
      });
    });

    it("replaces by id, and the last record of a batch with a repeated id wins", async () => {
      await withStore(async (store) => {
        const [a, b] = sample as [Organization, Organization];
        await store.put([a, b]);
        const renamed: Organization = { ...a, name: { fr: "Nouveau nom" } };
        const again: Organization = { ...a, name: { fr: "Dernier nom" } };
        const put = await store.put([renamed, again]);
        expect(put.ok).toBe(true);
        expect((await store.get(a.id))?.name).toEqual({ fr: "Dernier nom" });
        expect(await store.count()).toEqual({ ok: true, value: 2 });
      });
    });

    it("refuses a batch with an invalid record and writes none of it", async () => {
      await withStore(async (store) => {
        const bad = { id: "bad-1", legalForm: "not-a-form", name: { fr: "X" } } as unknown as Organization;
        const put = await store.put([sample[0] as Organization, bad]);
        expect(put.ok).toBe(false);
        if (!put.ok) {
          expect(put.issues[0]?.code).toBe("store.invalid_organization");
          expect(put.issues[0]?.path).toEqual([1]);
        }
        expect(await store.count()).toEqual({ ok: true, value: 0 });
      });
    });

    it("queries by every filter, matching a reference filter, in id order across pages", async () => {
      await withStore(async (store) => {
        expect((await store.put(sample)).ok).toBe(true);
        const first = sample[0] as Organization;
        const { region, province, commune } = seatCodes(first);
        const filters: StoreFilter[] = [
          {},
          { regionCode: region ?? "01" },
          { provinceCode: province ?? "01.511" },
          { communeCode: commune ?? "01.511.01.01" },
          { legalForm: "cooperative" },
          { legalForm: ["network", "federation"], regionCode: ["01", "02", "03", "04", "05", "06"] },
          { fieldOfAction: ["women", "youth"] },
          { ids: [first.id, "missing", (sample[5] as Organization).id] },
          { regionCode: "99" },
        ];
        for (const filter of filters) {
          const expected = reference(sample, filter);
          const got = await readAll(store, filter, 17);
          expect(got.map((o) => o.id)).toEqual(expected);
          expect(await store.count(filter)).toEqual({ ok: true, value: expected.length });
        }
        expect(reference(sample, { legalForm: "cooperative" }).length).toBeGreaterThan(0);
      });
    });

    it("orders ids by Unicode code point, beyond the Basic Multilingual Plane too", async () => {
      await withStore(async (store) => {
        const ids = ["b", "a", "\u{1F600}x", "\uFFFDy", "é", "Z", "ا"];
        await store.put(ids.map((id) => ({ ...(sample[0] as Organization), id })));
        const got = await readAll(store, {}, 3);
        expect(got.map((o) => o.id)).toEqual([...ids].sort(compareCodePoints));
      });
    });

    it("deletes; the changes feed gives each changed organization once, latest state, in order", async () => {
      await withStore(async (store) => {
        const [a, b, c] = sample as [Organization, Organization, Organization];
        await store.put([a, b, c]);
        const start = await store.changesSince(0);
        expect(start.ok).toBe(true);
        if (!start.ok) return;
        expect(start.value.changes.map((ch) => ch.id).sort()).toEqual([a.id, b.id, c.id].sort());
        const mark = start.value.last;
        expect(await store.changesSince(mark)).toEqual({ ok: true, value: { changes: [], last: mark } });

        await store.put({ ...b, name: { fr: "B1" } });
        await store.put({ ...b, name: { fr: "B2" } });
        const deleted = await store.delete([c.id, "missing"]);
        expect(deleted).toEqual({ ok: true, value: { count: 1 } });
        expect(await store.get(c.id)).toBeUndefined();
        expect(await store.count()).toEqual({ ok: true, value: 2 });

        const feed = await store.changesSince(mark);
        expect(feed.ok).toBe(true);
        if (!feed.ok) return;
        expect(feed.value.changes.map((ch) => [ch.id, ch.deleted])).toEqual([
          [b.id, false],
          [c.id, true],
        ]);
        expect(feed.value.changes[0]?.organization?.name).toEqual({ fr: "B2" });
        expect(feed.value.changes[1]?.organization).toBeUndefined();
        const seqs = feed.value.changes.map((ch) => ch.seq);
        expect(seqs.every((s, i) => s > mark && (i === 0 || s > (seqs[i - 1] ?? 0)))).toBe(true);
        expect(feed.value.last).toBe(seqs[seqs.length - 1]);
        expect(Number.isNaN(Date.parse(feed.value.changes[0]?.at ?? ""))).toBe(false);

        const limited = await store.changesSince(0, { limit: 1 });
        expect(limited.ok && limited.value.changes.length).toBe(1);

        // Put again after a delete: the organization is back.
        await store.put(c);
        expect(await store.get(c.id)).toEqual(c);
      });
    });

    it("commits a transaction when it returns and keeps none of its writes when it throws", async () => {
      await withStore(async (store) => {
        const [a, b, c] = sample as [Organization, Organization, Organization];
        await store.put(a);
        const value = await store.transaction(async (tx) => {
          await tx.put(b);
          expect(await tx.get(b.id)).toEqual(b);
          await tx.delete(a.id);
          expect(await tx.count()).toEqual({ ok: true, value: 1 });
          return "done";
        });
        expect(value).toBe("done");
        expect(await store.get(a.id)).toBeUndefined();
        expect(await store.get(b.id)).toEqual(b);

        const failure = new Error("abort");
        await expect(
          store.transaction(async (tx) => {
            await tx.put(c);
            await tx.put({ ...b, name: { fr: "changed" } });
            throw failure;
          }),
        ).rejects.toBe(failure);
        expect(await store.get(c.id)).toBeUndefined();
        expect(await store.get(b.id)).toEqual(b);
        expect(await store.count()).toEqual({ ok: true, value: 1 });
      });
    });

    it("answers bad queries with issues instead of throwing", async () => {
      await withStore(async (store) => {
        const q = await store.query({ regionCode: 1 } as unknown as StoreFilter);
        expect(q.ok).toBe(false);
        if (!q.ok) expect(q.issues[0]?.code).toBe("store.invalid_query");
        expect((await store.query({}, { limit: 0 })).ok).toBe(false);
        expect((await store.query({ nope: "x" } as unknown as StoreFilter)).ok).toBe(false);
        expect((await store.count(null as unknown as StoreFilter)).ok).toBe(true);
        expect((await store.changesSince(-1)).ok).toBe(false);
        expect((await store.changesSince(Number.NaN)).ok).toBe(false);
        const d = await store.delete(5 as unknown as string);
        expect(d.ok).toBe(false);
        if (!d.ok) expect(d.issues[0]?.code).toBe("store.invalid_ids");
      });
    });

    it("round-trips any valid organization (property)", async () => {
      const store = await open();
      try {
        let lastSeq = 0;
        await fc.assert(
          fc.asyncProperty(fc.array(organizationArbitrary(), { minLength: 1, maxLength: 4 }), async (orgs) => {
            const put = await store.put(orgs);
            expect(put.ok).toBe(true);
            const byId = new Map(orgs.map((o) => [o.id, o]));
            for (const [id, org] of byId) expect(await store.get(id)).toEqual(org);
            const feed = await store.changesSince(lastSeq, { limit: 10_000 });
            expect(feed.ok).toBe(true);
            if (feed.ok) {
              expect(new Set(feed.value.changes.map((c) => c.id))).toEqual(new Set(byId.keys()));
              expect(feed.value.last).toBeGreaterThan(lastSeq);
              lastSeq = feed.value.last;
            }
          }),
          { numRuns },
        );
      } finally {
        await store.close();
      }
    });
  });
}
