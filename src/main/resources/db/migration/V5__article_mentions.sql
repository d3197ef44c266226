-- Which companies an article mentions, as editors set them. A mention belongs to its article: deleting the
-- article deletes its mentions, while a company that articles mention cannot be deleted from under them.

CREATE TABLE article_company (
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    company_id BIGINT NOT NULL REFERENCES company (id),
    PRIMARY KEY (article_id, company_id)
);

-- A company's newest published articles: this index finds the company's mentions (and counts them) without
-- touching other companies' rows, and the join then reaches each article by its key. For a company mentioned
-- very often the planner may instead walk article_published_idx newest first and probe the primary key
-- above; both plans are index-backed.
CREATE INDEX article_company_company_idx ON article_company (company_id, article_id);
