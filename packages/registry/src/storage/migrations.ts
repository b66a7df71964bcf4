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
 * MIGRATIONS.map((m) => m.file); // ["0001_registry_organizations.sql"]
 * ```
 */
export const MIGRATIONS: readonly Migration[] = Object.freeze([
  {
    version: "0001",
    file: "0001_registry_organizations.sql",
    sql: "-- @madani/registry, migration 0001: the organizations table and its changes feed.\n--\n-- One row per organization id. `data` holds the organization as JSON (the zod schema of\n-- @madani/model is the source of truth); the filter columns are generated from it, so\n-- every adapter and every writer derives them the same way. A deleted organization keeps\n-- a tombstone row (data NULL, deleted true) so that the changes feed can report it.\n--\n-- Scaling out (Citus and other PostgreSQL-compatible distributed engines): the table is\n-- distributed by `id`; the primary key is the distribution key; there is no foreign key;\n-- the changes feed reads the per-row `change_seq` (from one sequence, assigned under a\n-- transaction-level advisory lock so that commit order equals sequence order). See the\n-- package README, \"Scaling out\".\n\nCREATE SEQUENCE IF NOT EXISTS registry_change_seq AS bigint;\n\nCREATE TABLE IF NOT EXISTS registry_organizations (\n  id text COLLATE \"C\" NOT NULL,\n  data jsonb,\n  deleted boolean NOT NULL DEFAULT false,\n  change_seq bigint NOT NULL,\n  changed_at timestamptz NOT NULL DEFAULT now(),\n  legal_form text GENERATED ALWAYS AS (data ->> 'legalForm') STORED,\n  region_code text GENERATED ALWAYS AS (\n    coalesce(\n      data #>> '{seat,regionCode}',\n      left(data #>> '{seat,provinceCode}', 2),\n      left(data #>> '{seat,communeCode}', 2)\n    )\n  ) STORED,\n  province_code text GENERATED ALWAYS AS (\n    coalesce(data #>> '{seat,provinceCode}', left(data #>> '{seat,communeCode}', 6))\n  ) STORED,\n  commune_code text GENERATED ALWAYS AS (data #>> '{seat,communeCode}') STORED,\n  CONSTRAINT registry_organizations_pkey PRIMARY KEY (id),\n  CONSTRAINT registry_organizations_tombstone CHECK (deleted = (data IS NULL))\n);\n\nCREATE INDEX IF NOT EXISTS registry_organizations_change_seq ON registry_organizations (change_seq);\nCREATE INDEX IF NOT EXISTS registry_organizations_place\n  ON registry_organizations (region_code, province_code, commune_code) WHERE NOT deleted;\nCREATE INDEX IF NOT EXISTS registry_organizations_legal_form\n  ON registry_organizations (legal_form) WHERE NOT deleted;\nCREATE INDEX IF NOT EXISTS registry_organizations_fields\n  ON registry_organizations USING gin ((data -> 'fieldsOfAction')) WHERE NOT deleted;\n",
  },
]);
