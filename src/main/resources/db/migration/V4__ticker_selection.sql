-- The ticker is a curated selection of indices, not the whole catalogue.
ALTER TABLE commodity ADD COLUMN in_ticker BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX commodity_ticker_idx ON commodity (display_order, id) WHERE in_ticker;
