-- @madani/registry, migration 0002: review of duplicates (decisions, merges and aliases).
--
-- `registry_review_decisions` holds one decision per pair of organization ids (a < b in code-point
-- order): accepted or rejected, by whom, when, with an optional note; a new decision on the same pair
-- replaces the previous one. `data` holds the decision as JSON.
--
-- `registry_merges` records every merge: the surviving id, the ids merged away, who merged and when,
-- the explanation of each field, the merged record and the records as they were before, so that a
-- merge can be undone. An undone merge stays recorded, with `undone` set in `data`.
--
-- `registry_aliases` maps each id merged away to the id it was merged into, so that the old id still
-- resolves. Undoing a merge removes its aliases.
--
-- These tables are small next to the organizations table; on a distributed engine they are best
-- made reference tables (see the package README, "Scaling out").

CREATE TABLE IF NOT EXISTS registry_review_decisions (
  a text COLLATE "C" NOT NULL,
  b text COLLATE "C" NOT NULL,
  verdict text NOT NULL,
  data jsonb NOT NULL,
  CONSTRAINT registry_review_decisions_pkey PRIMARY KEY (a, b),
  CONSTRAINT registry_review_decisions_order CHECK (a < b),
  CONSTRAINT registry_review_decisions_verdict CHECK (verdict IN ('accept', 'reject'))
);

CREATE INDEX IF NOT EXISTS registry_review_decisions_b ON registry_review_decisions (b);

CREATE TABLE IF NOT EXISTS registry_merges (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  survivor_id text COLLATE "C" NOT NULL,
  undone boolean NOT NULL DEFAULT false,
  data jsonb NOT NULL,
  CONSTRAINT registry_merges_pkey PRIMARY KEY (seq)
);

CREATE INDEX IF NOT EXISTS registry_merges_survivor ON registry_merges (survivor_id);

CREATE TABLE IF NOT EXISTS registry_aliases (
  alias_id text COLLATE "C" NOT NULL,
  target_id text COLLATE "C" NOT NULL,
  merge_seq bigint NOT NULL,
  CONSTRAINT registry_aliases_pkey PRIMARY KEY (alias_id)
);

CREATE INDEX IF NOT EXISTS registry_aliases_merge ON registry_aliases (merge_seq);
