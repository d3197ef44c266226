-- Which companies an article mentions, as editors set them. A mention belongs to its article: deleting the
-- article deletes its mentions, while a company that articles mention cannot be deleted from under them.

CREATE TABLE article_company (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    company_id BIGINT NOT NULL REFERENCES company (id),
    PRIMARY KEY (article_id, company_id)
);

-- A company's newest published articles start from its own mentions, found here without touching other
-- companies' rows. (For a company that many articles mention, the planner may instead walk
-- article_published_idx newest first and probe the primary key above until the page is full.)
CREATE INDEX article_company_company_idx ON article_company (company_id, article_id);

-- The mentions then meet their articles by id, to keep the published ones and order them by date. Covering
-- exactly that, this index answers the join, a company's count and its page without reading article rows,
-- which are wide (bodies) and would otherwise be read once per mention.
CREATE INDEX article_published_id_idx ON article (id) INCLUDE (published_on) WHERE status = 'PUBLISHED';
