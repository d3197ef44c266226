-- Commodities (price indices), their prints with every revision, and what publishers printed.

CREATE TABLE publisher (
    id         BIGSERIAL PRIMARY KEY,
    slug       TEXT NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name       TEXT NOT NULL,
    url        TEXT
);

CREATE TABLE commodity (
    id                    BIGSERIAL PRIMARY KEY,
    slug                  TEXT NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                  TEXT NOT NULL,
    sector                TEXT NOT NULL CHECK (sector ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    description           TEXT,
    unit                  TEXT NOT NULL,
    currency              TEXT CHECK (currency ~ '^[A-Z]{3}$'),
    update_frequency      TEXT NOT NULL CHECK (update_frequency IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY', 'QUARTERLY')),
    update_frequency_text TEXT NOT NULL,
    price_page_url        TEXT,
    subscription_tier     TEXT CHECK (subscription_tier IS NULL OR length(subscription_tier) > 0),
    display_order         INTEGER NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX commodity_display_order_idx ON commodity (display_order, id);
CREATE INDEX commodity_sector_idx ON commodity (sector);

-- The current value of each print; its full history lives in price_revision.
CREATE TABLE price_point (
    id            BIGSERIAL PRIMARY KEY,
    commodity_id  BIGINT NOT NULL REFERENCES commodity (id),
    assessed_on   DATE NOT NULL,
    value         NUMERIC NOT NULL CHECK (value > 0 AND scale(value) <= 6),
    recorded_at   TIMESTAMPTZ NOT NULL,
    recorded_by   TEXT NOT NULL,
    source        TEXT NOT NULL,
    revision      INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    retracted     BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT price_point_commodity_date_key UNIQUE (commodity_id, assessed_on)
);

-- Every value a print has had: nothing is overwritten, a correction adds a revision.
CREATE TABLE price_revision (
    id             BIGSERIAL PRIMARY KEY,
    price_point_id BIGINT NOT NULL REFERENCES price_point (id),
    revision       INTEGER NOT NULL CHECK (revision >= 1),
    kind           TEXT NOT NULL CHECK (kind IN ('INITIAL', 'CORRECTION', 'RETRACTION')),
    value          NUMERIC CHECK (value IS NULL OR (value > 0 AND scale(value) <= 6)),
    recorded_at    TIMESTAMPTZ NOT NULL,
    recorded_by    TEXT NOT NULL,
    source         TEXT NOT NULL,
    reason         TEXT,
    CONSTRAINT price_revision_point_revision_key UNIQUE (price_point_id, revision),
    CONSTRAINT price_revision_value_present CHECK ((kind = 'RETRACTION') = (value IS NULL))
);
CREATE INDEX price_revision_recorded_at_idx ON price_revision (recorded_at);

-- What a publisher printed for an index on a published date, kept to reconcile with what Assay computes.
CREATE TABLE reported_figures (
    id                BIGSERIAL PRIMARY KEY,
    commodity_id      BIGINT NOT NULL REFERENCES commodity (id),
    publisher_id      BIGINT NOT NULL REFERENCES publisher (id),
    published_on      DATE NOT NULL,
    today             NUMERIC CHECK (today > 0),
    last              NUMERIC CHECK (last > 0),
    percentage_change NUMERIC,
    year_to_date      NUMERIC,
    year_on_year      NUMERIC,
    imported_at       TIMESTAMPTZ NOT NULL,
    source            TEXT NOT NULL,
    CONSTRAINT reported_figures_natural_key UNIQUE (commodity_id, publisher_id, published_on)
);

-- Every document imported, by content checksum: importing the same document twice changes nothing.
CREATE TABLE import_ledger (
    id          BIGSERIAL PRIMARY KEY,
    source_name TEXT NOT NULL,
    checksum    TEXT NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
    kind        TEXT NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL,
    summary     TEXT NOT NULL,
    CONSTRAINT import_ledger_checksum_key UNIQUE (checksum)
);
