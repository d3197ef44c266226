-- Full-text search over articles, ranked: the title weighs most, then the excerpt, then the body. The title and
-- excerpt are public; a body is searched only for callers who may read it, so the public part has its own vector.

ALTER TABLE article
    ADD COLUMN search_public tsvector NOT NULL GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', coalesce(excerpt, '')), 'B')) STORED,
    ADD COLUMN search_all tsvector NOT NULL GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', coalesce(excerpt, '')), 'B')
        || setweight(to_tsvector('english', body_text), 'C')) STORED;

CREATE INDEX article_search_public_idx ON article USING GIN (search_public);
CREATE INDEX article_search_all_idx ON article USING GIN (search_all);
DROP INDEX article_search_idx;
