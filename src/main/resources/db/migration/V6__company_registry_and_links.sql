-- Companies as a registry: what each is, where, and the names articles call it; the relations between companies
-- and the figures articles state about them, each citing the article and sentence it comes from. Links from
-- every article to the companies it mentions and to the commodities it discusses are computed from its text;
-- editors' own choices of company links are kept apart, so that a recomputation keeps them.

-- Case and accents folded, anything but letters and digits a single space: how names are compared in searches.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE FUNCTION assay_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT SET search_path FROM CURRENT
    AS $$ SELECT btrim(regexp_replace(lower(unaccent('unaccent', $1)), '[^[:alnum:]]+', ' ', 'g')) $$;

-- Every name of a company folded, each between bars: '| catl | contemporary amperex technology |'.
CREATE FUNCTION assay_name_keys(name text, aliases text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path FROM CURRENT
    AS $$ SELECT '| ' || array_to_string(ARRAY(SELECT assay_fold(n) FROM unnest(array_prepend(name, aliases)) AS n), ' | ') || ' |' $$;

ALTER TABLE company
    ADD COLUMN kind        TEXT CHECK (kind IN ('CELL_MAKER', 'MATERIALS_PRODUCER', 'MINER', 'REFINER', 'AUTOMAKER',
                                                'ELECTRONICS_MAKER', 'AEROSPACE', 'EXCHANGE', 'RESEARCH_AND_DATA',
                                                'TECHNOLOGY_PROVIDER', 'OTHER')),
    ADD COLUMN country     TEXT CHECK (country ~ '^[A-Z]{2}$'),
    ADD COLUMN website     TEXT CHECK (website ~ '^https?://'),
    ADD COLUMN description TEXT,
    ADD COLUMN name_keys   TEXT NOT NULL GENERATED ALWAYS AS (assay_name_keys(name, aliases)) STORED,
    ADD CONSTRAINT company_name_present CHECK (length(name) > 0);
CREATE INDEX company_name_idx ON company (name, id);
CREATE INDEX company_kind_idx ON company (kind);
CREATE INDEX company_country_idx ON company (country);

-- Stored one way round: SUBSIDIARY_OF from the subsidiary, SUPPLIER_OF from the supplier; the others either way.
CREATE TABLE company_relation (
    id                BIGSERIAL PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('JOINT_VENTURE', 'PARTNERSHIP', 'SUBSIDIARY_OF', 'SUPPLIER_OF')),
    subject_id        BIGINT NOT NULL REFERENCES company (id),
    object_id         BIGINT NOT NULL REFERENCES company (id),
    description       TEXT NOT NULL,
    source_article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    source_sentence   TEXT NOT NULL CHECK (length(source_sentence) > 0),
    CONSTRAINT company_relation_not_itself CHECK (subject_id <> object_id),
    CONSTRAINT company_relation_key UNIQUE (kind, subject_id, object_id)
);
CREATE INDEX company_relation_subject_idx ON company_relation (subject_id);
CREATE INDEX company_relation_object_idx ON company_relation (object_id);

-- A figure an article states about a company, for a year: actual, forecast, target or planned.
CREATE TABLE company_fact (
    id                BIGSERIAL PRIMARY KEY,
    company_id        BIGINT NOT NULL REFERENCES company (id),
    metric            TEXT NOT NULL CHECK (metric ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    scope             TEXT,
    value             NUMERIC NOT NULL,
    unit              TEXT NOT NULL CHECK (length(unit) > 0),
    year              INTEGER NOT NULL CHECK (year BETWEEN 1800 AND 2200),
    status            TEXT NOT NULL CHECK (status IN ('ACTUAL', 'FORECAST', 'TARGET', 'PLANNED')),
    statement         TEXT NOT NULL CHECK (length(statement) > 0),
    source_article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    source_sentence   TEXT NOT NULL CHECK (length(source_sentence) > 0),
    position          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX company_fact_company_idx ON company_fact (company_id, position);

-- Each link now says how often the article names the company and the first sentence that does (none for a link an
-- editor made to an article that does not name it), and whether an editor made it.
ALTER TABLE article_company
    ADD COLUMN mentions       INTEGER NOT NULL DEFAULT 0 CHECK (mentions >= 0),
    ADD COLUMN first_part     TEXT CHECK (first_part IN ('TITLE', 'EXCERPT', 'BODY')),
    ADD COLUMN first_sentence TEXT,
    ADD COLUMN by_hand        BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT article_company_first_mention CHECK ((first_part IS NULL) = (first_sentence IS NULL));

-- Editors' choices: a company linked by hand (linked) or a found mention refused (not linked).
CREATE TABLE article_company_choice (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    company_id BIGINT NOT NULL REFERENCES company (id),
    linked     BOOLEAN NOT NULL,
    chosen_by  TEXT NOT NULL,
    chosen_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, company_id)
);

-- The links that exist so far were all set by editors.
INSERT INTO article_company_choice (article_id, company_id, linked, chosen_by, chosen_at)
SELECT article_id, company_id, TRUE, 'editor', now() FROM article_company;
UPDATE article_company SET by_hand = TRUE;

-- Which commodities each article discusses, by the tags, categories and phrases of commodity_topic.
CREATE TABLE commodity_topic (
    commodity_id BIGINT PRIMARY KEY REFERENCES commodity (id),
    tags         TEXT[] NOT NULL DEFAULT '{}',
    categories   TEXT[] NOT NULL DEFAULT '{}',
    phrases      TEXT[] NOT NULL DEFAULT '{}'
);

CREATE TABLE article_commodity (
    article_id     BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    commodity_id   BIGINT NOT NULL REFERENCES commodity (id),
    via            TEXT[] NOT NULL CHECK (cardinality(via) > 0 AND via <@ ARRAY['TAG', 'CATEGORY', 'TEXT']),
    mentions       INTEGER NOT NULL DEFAULT 0 CHECK (mentions >= 0),
    first_part     TEXT CHECK (first_part IN ('TITLE', 'EXCERPT', 'BODY')),
    first_sentence TEXT,
    PRIMARY KEY (article_id, commodity_id),
    CONSTRAINT article_commodity_first_mention CHECK ((first_part IS NULL) = (first_sentence IS NULL))
);
CREATE INDEX article_commodity_commodity_idx ON article_commodity (commodity_id, article_id);
