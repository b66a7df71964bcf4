import {
  atBoundary,
  type BoundaryIssueCode,
  coded,
  codedError,
  createValidator,
  IdSchema,
  type IssuePath,
  type Locale,
  MultilingualTextSchema,
  type Result,
  type RuleContext,
  type ValidateOptions,
} from "@madani/model";
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import * as z from "zod";
import { type DrawIssueCode, type DrawRuleCode, drawMessages } from "./messages.js";
import { sortByCodePoint } from "./order.js";

/**
 * Name and version of the draw algorithm a {@link DrawRecord} was made with.
 *
 * @remarks `madani-draw/1` is the published algorithm (docs/events.md, "The draw"):
 * SHA-256 commitment of the seed, eligible ids in code-point order, byte stream
 * `SHA-256(seed + ":" + i)`, rejection sampling of 4-byte big-endian integers,
 * partial Fisher–Yates. A future algorithm gets a new name; records keep theirs.
 */
export const DRAW_ALGORITHM = "madani-draw/1";

// A UTF-16 surrogate without its other half has no UTF-8 encoding (encoders write U+FFFD instead),
// so two different seeds would hash alike: such seeds are refused.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Schema of a draw seed: any non-empty string of well-formed Unicode, up to 10,000
 * characters, used exactly as given (not trimmed, not normalized).
 *
 * @remarks Empty seeds give `draw.empty_seed`; lone surrogates `draw.seed_not_unicode`.
 * A seed should be unpredictable before the draw (e.g. 32 random bytes in hex, or a
 * value drawn in public) and is revealed after it.
 */
export const DrawSeedSchema = z
  .string()
  .min(1, codedError("draw.empty_seed"))
  .max(10_000)
  .refine((s) => !LONE_SURROGATE.test(s), { params: coded("draw.seed_not_unicode") });

/** Schema of a commitment: the lowercase hex SHA-256 of the seed's UTF-8 bytes (64 characters). */
export const DrawCommitmentSchema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * Schema of one entry of a draw: an id (an organization, a participant, a ticket),
 * with an optional display name.
 *
 * @remarks Only `id` takes part in the draw; names are for the published record.
 * Entries are usually institutions (the cooperatives and associations taking part in
 * an event), so `name` is not personal data; do not put people's names in it
 * when the record is to be published.
 */
export const DrawEntrySchema = z.strictObject({
  id: IdSchema,
  name: MultilingualTextSchema.optional(),
  organizationId: IdSchema.optional(),
});

/** One entry of a draw; see {@link DrawEntrySchema}. */
export type DrawEntry = z.infer<typeof DrawEntrySchema>;

const OptionalLabels = {
  /** What the draw is for, e.g. "two promotional documentaries". */
  title: MultilingualTextSchema.optional(),
  /** The prize each winner receives. */
  prize: MultilingualTextSchema.optional(),
  /** When the draw took place (ISO timestamp with an offset); given by the caller, never read from the clock. */
  drawnAt: z.iso.datetime({ offset: true }).optional(),
};

/**
 * Schema of the input of {@link runDraw}.
 *
 * @remarks `entries` are ids or {@link DrawEntry} objects; `exclusions` are ids of
 * entries that may not win (already awarded, organizers, withdrawn); `k` is the
 * number of winners. `commitment`, when given, is the value published before the draw:
 * the seed must hash to it.
 */
export const DrawInputSchema = z.strictObject({
  seed: DrawSeedSchema,
  entries: z.array(z.union([IdSchema, DrawEntrySchema])).max(1_000_000),
  k: z.number().int().min(1),
  exclusions: z.array(IdSchema).optional(),
  commitment: DrawCommitmentSchema.optional(),
  ...OptionalLabels,
});

/** The input of {@link runDraw}; see {@link DrawInputSchema}. */
export type DrawInput = z.infer<typeof DrawInputSchema>;

/**
 * Schema of a draw record: everything anyone needs to recompute the draw and check its result.
 *
 * @remarks `entries` are the entries as given (ids turned into `{ id }`), `exclusions`
 * the excluded ids as given, `eligible` the ids that took part, in Unicode code-point
 * order (step 2 of the algorithm), and `winners` the ids drawn, in the order they were
 * drawn (positions 0 … k-1). {@link verifyDraw} recomputes all of it from the seed.
 */
export const DrawRecordSchema = z.strictObject({
  algorithm: z.literal(DRAW_ALGORITHM),
  commitment: DrawCommitmentSchema,
  seed: DrawSeedSchema,
  k: z.number().int().min(1),
  entries: z.array(DrawEntrySchema).max(1_000_000),
  exclusions: z.array(IdSchema),
  eligible: z.array(IdSchema),
  winners: z.array(IdSchema),
  ...OptionalLabels,
});

/** A published draw; see {@link DrawRecordSchema}. */
export type DrawRecord = z.infer<typeof DrawRecordSchema>;

/** Options of {@link runDraw} and {@link commitSeed}. */
export interface DrawOptions {
  /** Language of the issue messages. Default `"en"`. */
  readonly locale?: Locale;
}

/** Options of {@link verifyDraw}. */
export interface VerifyDrawOptions extends ValidateOptions {
  /**
   * The commitment published before the draw, as the verifier obtained it
   * (a poster, the minutes, a website). When given, the record's commitment must
   * equal it. Without it, only the record's own consistency is checked.
   */
  readonly commitment?: string;
}

/** The SHA-256 commitment of a seed, as lowercase hex (no validation). */
function hashSeed(seed: string): string {
  return bytesToHex(sha256(utf8ToBytes(seed)));
}

/**
 * Step 4 of the algorithm: a uniform integer in [0, m) from a source of 32-bit words, by
 * rejection of the words at or above the largest multiple of m below 2^32.
 * Internal (exported for the tests).
 */
export function pickBelow(m: number, next32: () => number): number {
  const limit = Math.floor(0x1_0000_0000 / m) * m;
  let u = next32();
  while (u >= limit) u = next32();
  return u % m;
}

/**
 * The winners of a draw over ids already in code-point order (steps 3 to 6 of the algorithm).
 * Internal: the ids are assumed unique and `k <= ids.length`.
 */
export function drawFromOrderedIds(seed: string, ids: readonly string[], k: number): string[] {
  const order = ids.slice();
  const n = order.length;
  let block = 0;
  let view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  let at = 0;
  const next32 = (): number => {
    if (at + 4 > view.byteLength) {
      const bytes = sha256(utf8ToBytes(`${seed}:${block}`));
      view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      block += 1;
      at = 0;
    }
    const u = view.getUint32(at, false);
    at += 4;
    return u;
  };
  for (let i = 0; i < k; i++) {
    const j = i + pickBelow(n - i, next32);
    const t = order[i] as string;
    order[i] = order[j] as string;
    order[j] = t;
  }
  return order.slice(0, k);
}

type Ctx<O extends ValidateOptions> = RuleContext<O, DrawRuleCode>;

/**
 * Check entries and exclusions (unique ids, exclusions among the entries) and k
 * against the eligible count; returns the eligible ids in code-point order, or
 * `undefined` after reporting issues.
 */
function eligibleIds<O extends ValidateOptions>(
  ids: readonly string[],
  exclusions: readonly string[],
  k: number,
  ctx: Ctx<O>,
  entryPath: (i: number) => IssuePath,
  sorted: boolean,
): string[] | undefined {
  let ok = true;
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) {
      ctx.report("draw.duplicate_id", entryPath(i), { params: { id }, value: id });
      ok = false;
    }
    seen.add(id);
  });
  const excluded = new Set<string>();
  exclusions.forEach((id, i) => {
    if (!seen.has(id)) {
      ctx.report("draw.unknown_exclusion", ["exclusions", i], { params: { id }, value: id });
      ok = false;
    }
    excluded.add(id);
  });
  if (!ok) return undefined;
  const eligible = [...seen].filter((id) => !excluded.has(id));
  if (sorted) sortByCodePoint(eligible);
  if (k > eligible.length) {
    ctx.report("draw.k_too_large", ["k"], { params: { k, eligible: eligible.length }, value: k });
    return undefined;
  }
  return eligible;
}

function checkCommitment<O extends ValidateOptions>(
  seed: string,
  expected: string,
  path: IssuePath,
  ctx: Ctx<O>,
): boolean {
  const actual = hashSeed(seed);
  if (actual === expected) return true;
  ctx.report("draw.commitment_mismatch", path, { params: { actual, expected }, value: expected });
  return false;
}

const entryId = (e: string | DrawEntry): string => (typeof e === "string" ? e : e.id);

const validateSeed = createValidator(z.strictObject({ seed: DrawSeedSchema }), [], drawMessages);

const validateDrawInput = createValidator(
  DrawInputSchema,
  [
    (input, ctx) => {
      if (input.commitment !== undefined) checkCommitment(input.seed, input.commitment, ["commitment"], ctx);
      eligibleIds(input.entries.map(entryId), input.exclusions ?? [], input.k, ctx, (i) => ["entries", i], false);
    },
  ],
  drawMessages,
);

const validateDrawRecord = createValidator<typeof DrawRecordSchema, VerifyDrawOptions, DrawRuleCode>(
  DrawRecordSchema,
  [
    (record, ctx) => {
      const given: unknown = ctx.options.commitment;
      const published =
        given === undefined ? undefined : typeof given === "string" ? given.trim().toLowerCase() : String(given);
      if (published !== undefined && published !== record.commitment) {
        ctx.report("draw.commitment_mismatch", ["commitment"], {
          params: { actual: record.commitment, expected: published },
          value: record.commitment,
        });
        return;
      }
      if (!checkCommitment(record.seed, record.commitment, ["seed"], ctx)) return;
      const eligible = eligibleIds(
        record.entries.map((e) => e.id),
        record.exclusions,
        record.k,
        ctx,
        (i) => ["entries", i, "id"],
        true,
      );
      if (eligible === undefined) return;
      if (eligible.length !== record.eligible.length || eligible.some((id, i) => record.eligible[i] !== id)) {
        ctx.report("draw.eligible_mismatch", ["eligible"]);
        return;
      }
      const winners = drawFromOrderedIds(record.seed, eligible, record.k);
      if (winners.length !== record.winners.length || winners.some((id, i) => record.winners[i] !== id)) {
        ctx.report("draw.winners_mismatch", ["winners"], {
          params: { actual: record.winners.join(", "), expected: winners.join(", ") },
        });
      }
    },
  ],
  drawMessages,
);

/**
 * Commit to a draw's seed before the draw: the lowercase hex SHA-256 of the seed's UTF-8 bytes.
 *
 * @param seed - the secret seed, exactly as it will be revealed (not trimmed).
 * @param options - `locale` of the issue messages (default `"en"`).
 * @returns `{ ok: true, value }` with the 64-character commitment, or `draw.empty_seed`,
 * `draw.seed_not_unicode` or a shape issue. Never throws on bad input.
 * @remarks Step 1 of `madani-draw/1` (docs/events.md, "The draw"). Publish the
 * commitment (minutes, poster, website) before the entries close; reveal the seed
 * after the draw. Anyone can then check `commitSeed(seed)` against what was published.
 * Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 * @example
 * ```ts
 * commitSeed("abc"); // { ok: true, value: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" }
 * ```
 */
export function commitSeed(seed: string, options: DrawOptions = {}): Result<string, DrawIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const checked = validateSeed({ seed }, options);
    if (!checked.ok) return { ok: false, issues: checked.issues.map((i) => ({ ...i, path: i.path.slice(1) })) };
    return { ok: true, value: hashSeed(checked.value.seed) };
  });
}

/**
 * Run an auditable, reproducible draw of `k` winners among the entries, minus the exclusions.
 *
 * @param input - `seed`, `entries` (ids or `{ id, name?, organizationId? }`), `k`, and optionally
 * `exclusions`, the published `commitment`, `title`, `prize` and `drawnAt`.
 * @param options - `locale` of the issue messages (default `"en"`).
 * @returns `{ ok: true, value }` with the {@link DrawRecord} to publish, or `{ ok: false, issues }`:
 * `draw.empty_seed`, `draw.seed_not_unicode`, `draw.duplicate_id`, `draw.unknown_exclusion`,
 * `draw.k_too_large` (more winners than eligible entries), `draw.commitment_mismatch`
 * (the seed does not hash to the given commitment), or a shape issue. Never throws on bad input.
 * @remarks Exactly `madani-draw/1` (docs/events.md, "The draw"):
 * 1. the commitment is the lowercase hex SHA-256 of the seed's UTF-8 bytes;
 * 2. the eligible entries are ordered by id, by Unicode code point;
 * 3. the byte stream is SHA-256(seed + ":" + i) for i = 0, 1, 2 … (i in decimal, UTF-8), concatenated;
 * 4. `pick(m)` reads the next 4 bytes as a big-endian unsigned integer u, reads again while
 *    `u >= floor(2^32 / m) * m`, and returns `u mod m`;
 * 5. for i = 0 … k-1, `j = i + pick(n - i)` and positions i and j are swapped;
 * 6. the winners are positions 0 … k-1, in that order.
 *
 * The order in which entries are given does not matter; the result depends only on the seed,
 * the set of eligible ids and k. Synchronous and platform-neutral (SHA-256 from `@noble/hashes`).
 * Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 * @example
 * ```ts
 * const r = runDraw({ seed: "7f3a…", entries: ["coop-aounat", "coop-safwa", "coop-oum-rabii"], k: 2 });
 * if (r.ok) console.log(r.value.winners); // two ids, in the order drawn
 * ```
 */
export function runDraw(
  input: DrawInput,
  options: DrawOptions = {},
): Result<DrawRecord, DrawIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const checked = validateDrawInput(input, options);
    if (!checked.ok) return checked;
    const v = checked.value;
    const entries: DrawEntry[] = v.entries.map((e) => (typeof e === "string" ? { id: e } : e));
    const exclusions = v.exclusions ?? [];
    const excluded = new Set(exclusions);
    const eligible = sortByCodePoint(entries.map((e) => e.id).filter((id) => !excluded.has(id)));
    const record: DrawRecord = {
      algorithm: DRAW_ALGORITHM,
      commitment: hashSeed(v.seed),
      seed: v.seed,
      k: v.k,
      entries,
      exclusions,
      eligible,
      winners: drawFromOrderedIds(v.seed, eligible, v.k),
      ...(v.title === undefined ? {} : { title: v.title }),
      ...(v.prize === undefined ? {} : { prize: v.prize }),
      ...(v.drawnAt === undefined ? {} : { drawnAt: v.drawnAt }),
    };
    return { ok: true, value: record };
  });
}

/**
 * Check a published draw record: recompute the draw from its seed, entries, exclusions and k.
 *
 * @param record - a {@link DrawRecord}, typically parsed from published JSON (any value is accepted).
 * @param options - `commitment` published before the draw (checked when given), `locale`
 * (default `"en"`), `maxIssues` (default 100).
 * @returns `{ ok: true, value }` with the record when everything matches, or `{ ok: false, issues }`:
 * `draw.commitment_mismatch` (the seed does not hash to the record's commitment, or the record's
 * commitment is not the published one), `draw.duplicate_id`, `draw.unknown_exclusion`,
 * `draw.k_too_large`, `draw.eligible_mismatch`, `draw.winners_mismatch`, or a shape issue.
 * Never throws on bad input.
 * @remarks A verifier who holds the commitment published before the draw and the list of
 * entries should pass the commitment, and compare the record's entries with the list: the
 * record alone proves that its winners follow from its seed and entries, not that the entries
 * are the ones announced.
 * Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 * @example
 * ```ts
 * const r = verifyDraw(JSON.parse(published), { commitment: "3b1f…" });
 * if (!r.ok) console.log(r.issues.map((i) => i.code)); // e.g. ["draw.winners_mismatch"]
 * ```
 */
export function verifyDraw(
  record: unknown,
  options: VerifyDrawOptions = {},
): Result<DrawRecord, DrawIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const checked = validateDrawRecord(record, options);
    if (!checked.ok) return checked;
    return { ok: true, value: checked.value };
  });
}
