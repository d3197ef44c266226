-- Articles with their taxonomy and people, and the companies they mention.

CREATE TABLE tag (
    id   BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE category (
    id   BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE author (
    id           BIGSERIAL PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    job_title    TEXT,
    bio          TEXT,
    image_url    TEXT,
    linkedin_url TEXT
);

CREATE TABLE article (
    id                  BIGSERIAL PRIMARY KEY,
    slug                TEXT NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    external_id         TEXT,
    uuid                TEXT,
    full_slug           TEXT,
    title               TEXT NOT NULL CHECK (length(title) > 0),
    excerpt             TEXT,
    published_on        DATE,
    publisher_id        BIGINT NOT NULL REFERENCES publisher (id),
    visibility          TEXT NOT NULL CHECK (visibility IN ('PUBLIC', 'PRIVATE')),
    required_tier       TEXT,
    status              TEXT NOT NULL DEFAULT 'PUBLISHED' CHECK (status IN ('DRAFT', 'PUBLISHED')),
    featured            BOOLEAN NOT NULL DEFAULT FALSE,
    seo_title           TEXT,
    seo_description     TEXT,
    featured_image_url  TEXT,
    featured_image_alt  TEXT,
    data_vis_image_url  TEXT,
    data_vis_image_alt  TEXT,
    body_json           JSONB NOT NULL,
    body_text           TEXT NOT NULL,
    source_url          TEXT,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT article_external_key UNIQUE (publisher_id, external_id)
);
CREATE INDEX article_published_idx ON article ((coalesce(published_on, DATE '0001-01-01')) DESC, id DESC);
CREATE INDEX article_search_idx ON article USING GIN (to_tsvector('english', title || ' ' || coalesce(excerpt, '') || ' ' || body_text));

CREATE TABLE article_tag (
    article_id BIGINT NOT NULL REFERENCES article (id),
    tag_id     BIGINT NOT NULL REFERENCES tag (id),
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tag_tag_idx ON article_tag (tag_id);

CREATE TABLE article_category (
    article_id  BIGINT NOT NULL REFERENCES article (id),
    category_id BIGINT NOT NULL REFERENCES category (id),
    PRIMARY KEY (article_id, category_id)
);
CREATE INDEX article_category_category_idx ON article_category (category_id);

CREATE TABLE article_author (
    id         BIGSERIAL PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES article (id),
    author_id  BIGINT NOT NULL REFERENCES author (id),
    role       TEXT NOT NULL CHECK (role IN ('EDITOR', 'REPORTER')),
    position   INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT article_author_key UNIQUE (article_id, author_id, role)
);
CREATE INDEX article_author_author_idx ON article_author (author_id);

CREATE TABLE company (
    id      BIGSERIAL PRIMARY KEY,
    slug    TEXT NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name    TEXT NOT NULL,
    aliases TEXT[] NOT NULL DEFAULT '{}'
);
