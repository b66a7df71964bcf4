import { compareCodePoints, type Organization, type Result } from "@madani/model";
import { organizationArbitrary } from "@madani/model/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeStatistics } from "../src/stats/statistics.js";
import type { RegistryStore, StoreFilter } from "../src/storage/index.js";
import { matchesFilter, parseFilter, seatCodes } from "../src/storage/store.js";
import { syntheticOrganizations } from "./registryFixtures.js";

/** Options of {@link describeRegistryStore}. */
/** The store a factory opened; fails the test with the factory's issue when it could not. */
export function opened<T>(result: Result<T, string>): T {
  if (!result.ok) throw new Error(`the store did not open: ${result.issues[0]?.message}`);
  return result.value;
}

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
 * Check that an SQL store retries a batch the database refuses and quarantines
 * only the refused rows: a CHECK constraint added to the table refuses records
 * with a `refuseMe` key (a refusal the store's own checks cannot foresee).
 *
 * @param store - an open, empty SQL store.
 * @param exec - runs SQL on the store's database.
 * @param size - records in the batch (over 2,000 takes the COPY path of PGlite with a data directory).
 */
export async function expectRefusedRowsQuarantined(
  store: RegistryStore,
  exec: (sql: string) => Promise<unknown>,
  size: number,
): Promise<void> {
  await exec(
    "ALTER TABLE registry_organizations ADD CONSTRAINT registry_test_refuse CHECK (data IS NULL OR NOT (data ? 'refuseMe'))",
  );
  const orgs = syntheticOrganizations(size, 41);
  const refused = [3, Math.floor(size / 2), size - 1];
  const batch = orgs.map((o, i) => (refused.includes(i) ? ({ ...o, refuseMe: true } as Organization) : o));
  const put = await store.put(batch, { validate: false });
  expect(put.ok).toBe(true);
  if (!put.ok) return;
  expect(put.value.count).toBe(size - refused.length);
  expect(put.value.quarantined.map((i) => [i.code, i.path, i.params?.id])).toEqual(
    refused.map((i) => ["store.row_rejected", [i], orgs[i]?.id]),
  );
  expect(String(put.value.quarantined[0]?.params?.reason)).toContain("registry_test_refuse");
  expect(await store.count()).toEqual({ ok: true, value: size - refused.length });
  expect(await store.get(orgs[2]?.id ?? "")).toEqual(orgs[2]);
  expect(await store.get(orgs[3]?.id ?? "")).toBeUndefined();
  const feed = await store.changesSince(0, { limit: 10_000 });
  expect(feed.ok && feed.value.changes.length).toBe(size - refused.length);
  // Inside a transaction the same, and the transaction goes on.
  const again = await store.transaction(async (tx) => {
    const r = await tx.put([batch[3] as Organization, orgs[3] as Organization, batch[size - 1] as Organization], {
      validate: false,
    });
    expect((await tx.put(orgs[size - 1] as Organization)).ok).toBe(true);
    return r;
  });
  expect(again.ok && again.value.count).toBe(1);
  expect(await store.get(orgs[3]?.id ?? "")).toEqual(orgs[3]);
  expect(await store.get(orgs[size - 1]?.id ?? "")).toEqual(orgs[size - 1]);
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
        expect(put).toEqual({ ok: true, value: { count: 10, quarantined: [] } });
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

    it("stores 999 records of a 1,000-record batch and quarantines the one with U+0000 or an unpaired surrogate", async () => {
      const batch = syntheticOrganizations(1_000, 31);
      const cases: [string, (o: Organization) => Organization, readonly (string | number)[]][] = [
        ["U+0000 in a name", (o) => ({ ...o, name: { ...o.name, fr: "Association\u0000Nul" } }), ["name", "fr"]],
        [
          "a lone high surrogate",
          (o) => ({ ...o, seat: { ...o.seat, line: { ar: "حي \uD83D" } } }),
          ["seat", "line", "ar"],
        ],
        [
          "a lone low surrogate in a nested person name",
          (o) => ({
            ...o,
            governingBodies: [
              {
                id: "b",
                kind: "board",
                mandates: [{ personId: "p", personName: { fr: "\uDE00x" }, role: "member", startOn: "2020-01-01" }],
              },
            ],
          }),
          ["governingBodies", 0, "mandates", 0, "personName", "fr"],
        ],
        ["U+0000 in a key", (o) => ({ ...o, "bad\u0000key": 1 }) as Organization, ["bad\u0000key"]],
      ];
      for (const [label, corrupt, field] of cases) {
        for (const validate of [false, true]) {
          await withStore(async (store) => {
            const orgs = batch.map((o, i) => (i === 500 ? corrupt(o) : o));
            const put = await store.put(orgs, { validate });
            expect(put.ok, label).toBe(true);
            if (!put.ok) return;
            expect(put.value.count, label).toBe(999);
            expect(put.value.quarantined, label).toHaveLength(1);
            expect(put.value.quarantined[0], label).toMatchObject({
              code: "store.invalid_text",
              path: [500, ...field],
              params: { id: (batch[500] as Organization).id },
            });
            expect(await store.count()).toEqual({ ok: true, value: 999 });
            expect(await store.get((batch[500] as Organization).id)).toBeUndefined();
            expect(await store.get((batch[499] as Organization).id)).toEqual(batch[499]);
            expect(await store.get((batch[501] as Organization).id)).toEqual(batch[501]);
          });
        }
      }
    });

    it("quarantines, inside a transaction too, and keeps the stored version of a refused id", async () => {
      await withStore(async (store) => {
        const [a, b] = sample as [Organization, Organization];
        await store.put(a);
        const result = await store.transaction(async (tx) => {
          const r = await tx.put([{ ...a, name: { fr: "x\u0000" } }, b], { validate: false });
          expect(r.ok && r.value.count).toBe(1);
          expect(r.ok && r.value.quarantined.map((i) => [i.code, i.path[0], i.params?.id])).toEqual([
            ["store.invalid_text", 0, a.id],
          ]);
          return "done";
        });
        expect(result).toBe("done");
        expect(await store.get(a.id)).toEqual(a);
        expect(await store.get(b.id)).toEqual(b);
      });
    });

    it("quarantines values that are not JSON data and never throws on them", async () => {
      await withStore(async (store) => {
        const [a, b, c, d, e] = sample as [Organization, Organization, Organization, Organization, Organization];
        const circular: Record<string, unknown> = { ...c };
        circular.self = circular;
        const put = await store.put(
          [
            { ...a, cooperative: { memberCount: 10n } } as unknown as Organization,
            { ...b, toJSON: () => "x" } as unknown as Organization,
            circular as unknown as Organization,
            { ...d, foundedOn: new Date() } as unknown as Organization,
            { ...e, cooperative: { memberCount: Number.NaN } } as unknown as Organization,
            sample[5] as Organization,
          ],
          { validate: false },
        );
        expect(put.ok).toBe(true);
        if (!put.ok) return;
        expect(put.value.count).toBe(1);
        expect(put.value.quarantined.map((i) => [i.code, i.path[0]])).toEqual([
          ["store.invalid_value", 0],
          ["store.invalid_value", 1],
          ["store.invalid_value", 2],
          ["store.invalid_value", 3],
          ["store.invalid_value", 4],
        ]);
        expect(await store.count()).toEqual({ ok: true, value: 1 });
        for (const bad of [42, null, "x", [undefined], [{ id: 5 }]]) {
          const r = await store.put(bad as unknown as Organization[], { validate: false });
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.issues[0]?.code).toBe("store.invalid_organization");
        }
      });
    });

    it("agrees with every adapter on which records it quarantines (property)", async () => {
      const store = await open();
      let run = 0;
      try {
        const offender = fc.oneof(
          fc.constant("\u0000"),
          fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u)),
        );
        await fc.assert(
          fc.asyncProperty(
            fc.array(fc.tuple(organizationArbitrary(), fc.option(offender, { nil: undefined })), {
              minLength: 1,
              maxLength: 6,
            }),
            async (entries) => {
              run++;
              const orgs = entries.map(
                ([o, bad], i): Organization => ({
                  ...o,
                  id: `${o.id}-${run}-${i}`,
                  ...(bad === undefined ? {} : { purpose: { fr: `a${bad}b` } }),
                }),
              );
              const put = await store.put(orgs, { validate: false });
              expect(put.ok).toBe(true);
              if (!put.ok) return;
              const bad = entries.flatMap(([, b], i) => (b === undefined ? [] : [i]));
              expect(put.value.quarantined.map((i) => i.path[0])).toEqual(bad);
              expect(put.value.count).toBe(orgs.length - bad.length);
              for (const [i, o] of orgs.entries()) {
                expect(await store.get(o.id)).toEqual(bad.includes(i) ? undefined : o);
              }
            },
          ),
          { numRuns },
        );
      } finally {
        await store.close();
      }
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

    it("records review decisions: one per pair, the latest wins, filtered, in pair order", async () => {
      await withStore(async (store) => {
        const at = "2025-01-15T09:00:00Z";
        const put = await store.putDecisions([
          { a: "org-2", b: "org-3", verdict: "accept", by: "clerk", at },
          { a: "org-1", b: "org-2", verdict: "reject", by: "clerk", at, note: "deux écoles" },
          { a: "org-2", b: "org-3", verdict: "reject", by: "lead", at: "2025-01-16T10:00:00+01:00" },
        ]);
        expect(put).toEqual({ ok: true, value: { count: 2 } });
        const all = await store.decisions();
        expect(all).toEqual({
          ok: true,
          value: [
            { a: "org-1", b: "org-2", verdict: "reject", by: "clerk", at, note: "deux écoles" },
            { a: "org-2", b: "org-3", verdict: "reject", by: "lead", at: "2025-01-16T10:00:00+01:00" },
          ],
        });
        expect((await store.putDecisions({ a: "org-2", b: "org-3", verdict: "accept", by: "lead", at })).ok).toBe(true);
        const accepted = await store.decisions({ verdict: "accept" });
        expect(accepted.ok && accepted.value.map((d) => [d.a, d.b, d.by])).toEqual([["org-2", "org-3", "lead"]]);
        const ofOne = await store.decisions({ ids: "org-1" });
        expect(ofOne.ok && ofOne.value.map((d) => d.b)).toEqual(["org-2"]);
        // A bad decision refuses the batch whole; nothing is written.
        const bad = await store.putDecisions([
          { a: "org-8", b: "org-9", verdict: "accept", by: "clerk", at },
          { a: "org-9", b: "org-8", verdict: "accept", by: "clerk", at },
          { a: "org-5", b: "org-6", verdict: "maybe", by: "clerk", at } as never,
        ]);
        expect(bad.ok ? [] : bad.issues.map((i) => [i.code, i.path[0]])).toEqual([
          ["store.invalid_decision", 1],
          ["store.invalid_decision", 2],
        ]);
        expect((await store.decisions({ ids: ["org-8", "org-9"] })).ok).toBe(true);
        expect(await store.decisions({ ids: ["org-8", "org-9"] })).toEqual({ ok: true, value: [] });
        expect((await store.decisions({ verdict: "perhaps" } as never)).ok).toBe(false);
        expect((await store.putDecisions(null as never)).ok).toBe(false);
      });
    });

    it("merges: the merged record under the surviving id, merged ids as aliases that resolve", async () => {
      await withStore(async (store) => {
        const [a, b, c, d] = sample as [Organization, Organization, Organization, Organization];
        await store.put([a, b, c, d]);
        const start = await store.changesSince(0, { limit: 10_000 });
        const mark = start.ok ? start.value.last : 0;
        const merged: Organization = { ...a, name: { ...b.name, ...a.name } };
        const explanation = [{ field: "name.ar", rule: "longest", source: a.id, sources: [a.id] }];
        const m = await store.merge({
          organization: merged,
          mergedIds: [b.id, c.id],
          by: "clerk",
          at: "2025-01-15T09:00:00Z",
          note: "même association",
          explanation,
        });
        expect(m.ok).toBe(true);
        if (!m.ok) return;
        expect(m.value).toMatchObject({
          survivorId: a.id,
          mergedIds: [b.id, c.id],
          by: "clerk",
          note: "même association",
          explanation,
        });
        expect(m.value.merged).toEqual(merged);
        expect(m.value.before).toEqual([a, b, c]);
        expect(await store.get(a.id)).toEqual(merged);
        expect(await store.get(b.id)).toBeUndefined();
        expect(await store.resolve(b.id)).toEqual(merged);
        expect(await store.resolve(c.id)).toEqual(merged);
        expect(await store.resolve(d.id)).toEqual(d);
        expect(await store.resolve("nobody")).toBeUndefined();
        expect(await store.count()).toEqual({ ok: true, value: 2 });
        const feed = await store.changesSince(mark, { limit: 10_000 });
        expect(feed.ok && feed.value.changes.map((ch) => [ch.id, ch.deleted]).sort()).toEqual(
          [
            [a.id, false],
            [b.id, true],
            [c.id, true],
          ].sort(),
        );
        // A merge of merges: the old ids follow the chain.
        const again = await store.merge({ organization: d, mergedIds: [a.id], by: "lead", at: "2025-01-16T09:00:00Z" });
        expect(again.ok && again.value.seq).toBeGreaterThan(m.value.seq);
        expect(await store.resolve(b.id)).toEqual(d);
        const listed = await store.merges({ ids: b.id });
        expect(listed.ok && listed.value.map((x) => x.seq)).toEqual([m.value.seq]);
        const every = await store.merges();
        expect(every.ok && every.value.length).toBe(2);
      });
    });

    it("undoes a merge exactly, and refuses an undo that would lose a change", async () => {
      await withStore(async (store) => {
        const [a, b, c] = sample.slice(10) as [Organization, Organization, Organization];
        await store.put([a, b, c]);
        const by = { by: "lead", at: "2025-01-17T09:00:00Z" };
        const merged: Organization = { ...b, foundedOn: "1999-05-01" };
        const m = await store.merge({ organization: merged, mergedIds: [a.id], by: "clerk", at: by.at });
        if (!m.ok) throw new Error(JSON.stringify(m.issues));
        // Changed since the merge: undoing would lose the change.
        await store.put({ ...merged, name: { fr: "Autre nom" } });
        const refused = await store.undoMerge(m.value.seq, by);
        expect(refused.ok ? undefined : [refused.issues[0]?.code, refused.issues[0]?.params?.id]).toEqual([
          "store.merge_changed",
          b.id,
        ]);
        await store.put(merged);
        const undone = await store.undoMerge(m.value.seq, by);
        expect(undone.ok && undone.value.undone).toEqual(by);
        expect(await store.get(a.id)).toEqual(a);
        expect(await store.get(b.id)).toEqual(b);
        expect(await store.resolve(a.id)).toEqual(a);
        expect(await store.get(c.id)).toEqual(c);
        const twice = await store.undoMerge(m.value.seq, by);
        expect(twice.ok ? undefined : twice.issues[0]?.code).toBe("store.merge_undone");
        const listed = await store.merges();
        expect(listed.ok && listed.value[0]?.undone).toEqual(by);
        const unknown = await store.undoMerge(999, by);
        expect(unknown.ok ? undefined : unknown.issues[0]?.code).toBe("store.unknown_merge");
        expect((await store.undoMerge(-1, by)).ok).toBe(false);
        expect((await store.undoMerge(m.value.seq, { by: "" } as never)).ok).toBe(false);
      });
    });

    it("refuses a merge of unknown ids or bad input, and writes nothing", async () => {
      await withStore(async (store) => {
        const [a, b] = sample.slice(20) as [Organization, Organization];
        await store.put(a);
        const at = "2025-01-15T09:00:00Z";
        const unknown = await store.merge({ organization: a, mergedIds: [b.id], by: "clerk", at });
        expect(unknown.ok ? undefined : [unknown.issues[0]?.code, unknown.issues[0]?.path]).toEqual([
          "store.unknown_id",
          ["mergedIds", 0],
        ]);
        const self = await store.merge({ organization: a, mergedIds: [a.id], by: "clerk", at });
        expect(self.ok ? undefined : self.issues[0]?.code).toBe("store.invalid_merge");
        const invalid = await store.merge({ organization: { id: b.id } as never, mergedIds: [a.id], by: "clerk", at });
        expect(invalid.ok ? undefined : invalid.issues[0]?.code).toBe("store.invalid_merge");
        expect((await store.merge(undefined as never)).ok).toBe(false);
        expect(await store.get(a.id)).toEqual(a);
        expect(await store.merges()).toEqual({ ok: true, value: [] });
        expect((await store.merges({ ids: 3 } as never)).ok).toBe(false);
        expect(await store.resolve(5 as never)).toBeUndefined();
      });
    });

    it("computes its statistics where the data lives, equal to computeStatistics on the same records", async () => {
      await withStore(async (store) => {
        const base = { legalForm: "association" as const, name: { fr: "Statistiques" } };
        const mandate = (startOn?: string, endOn?: string) => ({
          personId: "p",
          role: "president" as const,
          ...(startOn === undefined ? {} : { startOn }),
          ...(endOn === undefined ? {} : { endOn }),
        });
        // Every branch of the legal status, the censuses and the compliance rates, as SQL has to read them.
        const special: Organization[] = [
          { ...base, id: "s-suspended", foundedOn: "2010-01-01", lifecycle: { suspendedOn: "2020-01-01" } },
          {
            ...base,
            id: "s-resumed",
            lifecycle: { declaredOn: "2012-03-01", suspendedOn: "2014-01-01", resumedOn: "2016-01-01" },
          },
          { ...base, id: "s-utility", lifecycle: { declaredOn: "2001-01-01", publicUtilityOn: "2015-05-05" } },
          { ...base, id: "s-may-operate", lifecycle: { declaredOn: "2025-01-01", provisionalReceiptOn: "2025-01-01" } },
          // Exactly 60 days before 2025-06-30: the final receipt is not overdue yet.
          { ...base, id: "s-day-60", lifecycle: { declaredOn: "2025-05-01", provisionalReceiptOn: "2025-05-01" } },
          // Founded on the 2014 census day, dissolved on the 2024 one: counted in 2014, not in 2024.
          { ...base, id: "s-census-days", foundedOn: "2014-09-01", lifecycle: { dissolvedOn: "2024-09-01" } },
          {
            ...base,
            id: "s-coop-provisional",
            legalForm: "cooperative",
            lifecycle: { declaredOn: "2025-01-01", provisionalReceiptOn: "2025-01-01" },
          },
          {
            ...base,
            id: "s-dissolved",
            seat: { provinceCode: "02.411" },
            foundedOn: "1999-09-09",
            lifecycle: { dissolvedOn: "2018-06-01" },
          },
          { ...base, id: "s-unknown-region", seat: { regionCode: "99" }, foundedOn: "2014-08-31" },
          { ...base, id: "s-no-date", seat: { communeCode: "01.511.01.01" } },
          { ...base, id: "s-future", foundedOn: "2031-01-01" },
          {
            ...base,
            id: "s-board",
            foundedOn: "2000-01-01",
            governingBodies: [
              { id: "b1", kind: "board", mandates: [mandate(undefined, "2019-12-31"), mandate("2030-01-01")] },
              { id: "b2", kind: "general-assembly", mandates: [mandate("2001-01-01")] },
            ],
          },
          {
            ...base,
            id: "s-bureau-open",
            foundedOn: "2000-01-01",
            governingBodies: [{ id: "b1", kind: "central-bureau", mandates: [mandate("2015-01-01")] }],
          },
          {
            ...base,
            id: "s-declarations",
            lifecycle: { declaredOn: "2019-01-01" },
            fieldsOfAction: ["women", "youth"],
            declarations: [
              { kind: "seat-change", changedOn: "2025-01-10" },
              { kind: "name-change", changedOn: "2020-01-10", declaredOn: "2020-01-20" },
            ],
          },
        ];
        const all = [...sample, ...special];
        const put = await store.put(all);
        expect(put.ok, JSON.stringify(put.ok ? [] : put.issues)).toBe(true);
        const deleted = [sample[0]?.id ?? "", sample[1]?.id ?? ""];
        expect((await store.delete(deleted)).ok).toBe(true);
        const live = all.filter((o) => !deleted.includes(o.id));
        for (const asOf of ["2025-06-30", "2024-12-31", "2024-09-01", "2020-01-15", "2014-09-01", "2013-01-01"]) {
          const expected = computeStatistics(live, { asOf });
          expect(expected.ok).toBe(true);
          const got = await store.statistics({ asOf });
          expect(got, asOf).toEqual(expected);
        }
        const bad = await store.statistics({ asOf: "30/06/2025", locale: "fr" });
        expect(bad.ok ? undefined : bad.issues[0]?.code).toBe("stats.invalid_as_of");
        expect((await store.statistics(undefined as never)).ok).toBe(false);
      });
    });

    it("computes the same statistics as computeStatistics for any valid organizations (property)", async () => {
      const store = await open();
      try {
        const stored = new Map<string, Organization>();
        let run = 0;
        const date = fc
          .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
        await fc.assert(
          fc.asyncProperty(fc.array(organizationArbitrary(), { maxLength: 6 }), date, async (orgs, asOf) => {
            run++;
            const batch = orgs.map((o, i) => ({ ...o, id: `${o.id}-${run}-${i}` }));
            expect((await store.put(batch)).ok).toBe(true);
            for (const o of batch) stored.set(o.id, o);
            expect(await store.statistics({ asOf })).toEqual(computeStatistics([...stored.values()], { asOf }));
          }),
          { numRuns },
        );
      } finally {
        await store.close();
      }
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
