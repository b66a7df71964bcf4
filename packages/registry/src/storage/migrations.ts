// Generated from packages/registry/migrations/*.sql by migrations.test.ts (MADANI_WRITE_MIGRATIONS=1); do not edit.
// The .sql files are the source of truth; the test fails when this file and they disagree.

/** One SQL migration of the registry schema, as shipped in `migrations/`. */
export interface Migration {
  /** Sortable version, the file name's prefix, e.g. `"0001"`. */
  readonly version: string;
  /** The file name in `migrations/`. */
  readonly file: string;
  /** The SQL text of the file. */
  readonly sql: string;
}

/**
 * The registry schema's migrations in the order they apply, embedded from the
 * package's `migrations/*.sql` files (also published as `@madani/registry/migrations/*`).
 *
 * @remarks `pgliteStore` and `postgresStore` apply the missing ones when they open,
 * recording each version in `registry_schema_migrations`. Integrators who run
 * migrations with their own tool apply the same files in name order.
 * @example
 * ```ts
 * MIGRATIONS.map((m) => m.file); // ["0001_registry_organizations.sql", "0002_registry_review.sql"]
 * ```
 */
export const MIGRATIONS: readonly Migration[] = Object.freeze([
  {
    version: "0001",
    file: "0001_registry_organizations.sql",
    sql: "-- @madani/registry, migration 0001: the organizations table and its changes feed.\n--\n-- One row per organization id. `data` holds the organization as JSON (the zod schema of\n-- @madani/model is the source of truth); the filter columns are generated from it, so\n-- every adapter and every writer derives them the same way. A deleted organization keeps\n-- a tombstone row (data NULL, deleted true) so that the changes feed can report it.\n--\n-- Scaling out (Citus and other PostgreSQL-compatible distributed engines): the table is\n-- distributed by `id`; the primary key is the distribution key; there is no foreign key;\n-- the changes feed reads the per-row `change_seq` (from one sequence, assigned under a\n-- transaction-level advisory lock so that commit order equals sequence order). See the\n-- package README, \"Scaling out\".\n\nCREATE SEQUENCE IF NOT EXISTS registry_change_seq AS bigint;\n\nCREATE TABLE IF NOT EXISTS registry_organizations (\n  id text COLLATE \"C\" NOT NULL,\n  data jsonb,\n  deleted boolean NOT NULL DEFAULT false,\n  change_seq bigint NOT NULL,\n  changed_at timestamptz NOT NULL DEFAULT now(),\n  legal_form text GENERATED ALWAYS AS (data ->> 'legalForm') STORED,\n  region_code text GENERATED ALWAYS AS (\n    coalesce(\n      data #>> '{seat,regionCode}',\n      left(data #>> '{seat,provinceCode}', 2),\n      left(data #>> '{seat,communeCode}', 2)\n    )\n  ) STORED,\n  province_code text GENERATED ALWAYS AS (\n    coalesce(data #>> '{seat,provinceCode}', left(data #>> '{seat,communeCode}', 6))\n  ) STORED,\n  commune_code text GENERATED ALWAYS AS (data #>> '{seat,communeCode}') STORED,\n  CONSTRAINT registry_organizations_pkey PRIMARY KEY (id),\n  CONSTRAINT registry_organizations_tombstone CHECK (deleted = (data IS NULL))\n);\n\nCREATE INDEX IF NOT EXISTS registry_organizations_change_seq ON registry_organizations (change_seq);\nCREATE INDEX IF NOT EXISTS registry_organizations_place\n  ON registry_organizations (region_code, province_code, commune_code) WHERE NOT deleted;\nCREATE INDEX IF NOT EXISTS registry_organizations_legal_form\n  ON registry_organizations (legal_form) WHERE NOT deleted;\nCREATE INDEX IF NOT EXISTS registry_organizations_fields\n  ON registry_organizations USING gin ((data -> 'fieldsOfAction')) WHERE NOT deleted;\n",
  },
  {
    version: "0002",
    file: "0002_registry_review.sql",
    sql: '-- @madani/registry, migration 0002: review of duplicates (decisions, merges and aliases).\n--\n-- `registry_review_decisions` holds one decision per pair of organization ids (a < b in code-point\n-- order): accepted or rejected, by whom, when, with an optional note; a new decision on the same pair\n-- replaces the previous one. `data` holds the decision as JSON.\n--\n-- `registry_merges` records every merge: the surviving id, the ids merged away, who merged and when,\n-- the explanation of each field, the merged record and the records as they were before, so that a\n-- merge can be undone. An undone merge stays recorded, with `undone` set in `data`.\n--\n-- `registry_aliases` maps each id merged away to the id it was merged into, so that the old id still\n-- resolves. Undoing a merge removes its aliases.\n--\n-- These tables are small next to the organizations table; on a distributed engine they are best\n-- made reference tables (see the package README, "Scaling out").\n\nCREATE TABLE IF NOT EXISTS registry_review_decisions (\n  a text COLLATE "C" NOT NULL,\n  b text COLLATE "C" NOT NULL,\n  verdict text NOT NULL,\n  data jsonb NOT NULL,\n  CONSTRAINT registry_review_decisions_pkey PRIMARY KEY (a, b),\n  CONSTRAINT registry_review_decisions_order CHECK (a < b),\n  CONSTRAINT registry_review_decisions_verdict CHECK (verdict IN (\'accept\', \'reject\'))\n);\n\nCREATE INDEX IF NOT EXISTS registry_review_decisions_b ON registry_review_decisions (b);\n\nCREATE TABLE IF NOT EXISTS registry_merges (\n  seq bigint GENERATED ALWAYS AS IDENTITY,\n  survivor_id text COLLATE "C" NOT NULL,\n  undone boolean NOT NULL DEFAULT false,\n  data jsonb NOT NULL,\n  CONSTRAINT registry_merges_pkey PRIMARY KEY (seq)\n);\n\nCREATE INDEX IF NOT EXISTS registry_merges_survivor ON registry_merges (survivor_id);\n\nCREATE TABLE IF NOT EXISTS registry_aliases (\n  alias_id text COLLATE "C" NOT NULL,\n  target_id text COLLATE "C" NOT NULL,\n  merge_seq bigint NOT NULL,\n  CONSTRAINT registry_aliases_pkey PRIMARY KEY (alias_id)\n);\n\nCREATE INDEX IF NOT EXISTS registry_aliases_merge ON registry_aliases (merge_seq);\n',
  },
]);
