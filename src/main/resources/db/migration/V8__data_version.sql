-- The data version: one number that moves with every committed write to the data answers are made of, whoever
-- writes it (the service, a feed, the seed import, an operator's SQL), so that answers can be cached under it.
-- Instances learn of each new version from the notification sent on channel assay_data_version at commit.
--
-- Every table has a statement-level trigger that, on the first write of a transaction, queues the bump: a row in
-- data_version_pending, whose deferred trigger runs at commit, in the writer's transaction. Bumping at commit
-- rather than at the first write keeps the version row locked for an instant, not for the whole of a long
-- import, so concurrent writers do not queue behind each other. A transaction that rolls back bumps nothing.
-- The version is a table row, not a sequence: a reader sees a new version only once its data is committed.
-- Concurrent writers at REPEATABLE READ or SERIALIZABLE may see a serialization failure at commit (the row is
-- updated by both); the service's writers run at READ COMMITTED.
--
-- Versions count in microseconds since 1970 and never go back: a database restored to an earlier point and
-- written to again issues versions later than any it issued before, so an answer cached before the restore is
-- never mistaken for one after it.

CREATE TABLE data_version (
    id      BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    version BIGINT NOT NULL
);
INSERT INTO data_version (version) VALUES ((extract(epoch FROM clock_timestamp()) * 1000000)::BIGINT);

-- One row per writing transaction between its first write and its commit.
CREATE TABLE data_version_pending (
    txid xid8 PRIMARY KEY
);

-- Both functions run with their owner's rights, so that a writer granted only the data tables moves the version too.
CREATE FUNCTION data_version_queue() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    -- The setting is local to the transaction (and undone with a savepoint rolled back): once per transaction
    IF current_setting('assay.data_version_queued', TRUE) IS DISTINCT FROM pg_current_xact_id()::TEXT THEN
        PERFORM set_config('assay.data_version_queued', pg_current_xact_id()::TEXT, TRUE);
        INSERT INTO data_version_pending (txid) VALUES (pg_current_xact_id());
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION data_version_bump() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    bumped BIGINT;
BEGIN
    UPDATE data_version
       SET version = greatest(version + 1, (extract(epoch FROM clock_timestamp()) * 1000000)::BIGINT)
    RETURNING version INTO bumped;
    DELETE FROM data_version_pending WHERE txid = NEW.txid;
    PERFORM pg_notify('assay_data_version', bumped::TEXT);
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER data_version_bump AFTER INSERT ON data_version_pending
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();

-- ENABLE ALWAYS: the triggers fire under session_replication_role = replica too, which the bulk import sets to
-- skip foreign-key checks and which logical replication applies changes under.
ALTER TABLE data_version_pending ENABLE ALWAYS TRIGGER data_version_bump;

DO $$
DECLARE
    data_table TEXT;
BEGIN
    FOREACH data_table IN ARRAY ARRAY[
        'publisher', 'commodity', 'commodity_topic', 'price_point', 'price_revision', 'reported_figures',
        'import_ledger', 'tag', 'category', 'author', 'article', 'article_tag', 'article_category', 'article_author',
        'article_commodity', 'company', 'company_relation', 'company_fact', 'article_company', 'article_company_choice',
        'audit_log']
    LOOP
        EXECUTE format('CREATE TRIGGER data_version_queue AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION data_version_queue()', data_table);
        EXECUTE format('ALTER TABLE %I ENABLE ALWAYS TRIGGER data_version_queue', data_table);
    END LOOP;
END;
$$;
