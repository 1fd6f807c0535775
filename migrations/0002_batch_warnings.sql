-- exodus schema, version 2: batches also count the warnings they gave (empty articles, future dates), so the
-- batch log tells a clean run from one that went in with remarks.
ALTER TABLE batches ADD COLUMN warnings INTEGER NOT NULL DEFAULT 0;
