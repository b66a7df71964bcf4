-- @madani/registry, migration 0001: the organizations table and its changes feed.
--
-- One row per organization id. `data` holds the organization as JSON (the zod schema of
-- @madani/model is the source of truth); the filter columns are generated from it, so
-- every adapter and every writer derives them the same way. A deleted organization keeps
-- a tombstone row (data NULL, deleted true) so that the changes feed can report it.
--
-- Scaling out (Citus and other PostgreSQL-compatible distributed engines): the table is
-- distributed by `id`; the primary key is the distribution key; there is no foreign key;
-- the changes feed reads the per-row `change_seq` (from one sequence, assigned under a
-- transaction-level advisory lock so that commit order equals sequence order). See the
-- package README, "Scaling out".

CREATE SEQUENCE IF NOT EXISTS registry_change_seq AS bigint;

CREATE TABLE IF NOT EXISTS registry_organizations (
  id text COLLATE "C" NOT NULL,
  data jsonb,
  deleted boolean NOT NULL DEFAULT false,
  change_seq bigint NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  legal_form text GENERATED ALWAYS AS (data ->> 'legalForm') STORED,
  region_code text GENERATED ALWAYS AS (
    coalesce(
      data #>> '{seat,regionCode}',
      left(data #>> '{seat,provinceCode}', 2),
      left(data #>> '{seat,communeCode}', 2)
    )
  ) STORED,
  province_code text GENERATED ALWAYS AS (
    coalesce(data #>> '{seat,provinceCode}', left(data #>> '{seat,communeCode}', 6))
  ) STORED,
  commune_code text GENERATED ALWAYS AS (data #>> '{seat,communeCode}') STORED,
  CONSTRAINT registry_organizations_pkey PRIMARY KEY (id),
  CONSTRAINT registry_organizations_tombstone CHECK (deleted = (data IS NULL))
);

CREATE INDEX IF NOT EXISTS registry_organizations_change_seq ON registry_organizations (change_seq);
CREATE INDEX IF NOT EXISTS registry_organizations_place
  ON registry_organizations (region_code, province_code, commune_code) WHERE NOT deleted;
CREATE INDEX IF NOT EXISTS registry_organizations_legal_form
  ON registry_organizations (legal_form) WHERE NOT deleted;
CREATE INDEX IF NOT EXISTS registry_organizations_fields
  ON registry_organizations USING gin ((data -> 'fieldsOfAction')) WHERE NOT deleted;
