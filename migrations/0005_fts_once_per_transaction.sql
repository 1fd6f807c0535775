-- exodus schema, version 5: a writer fills the full-text index once per transaction instead of once per article.
-- FTS5 writes its pending terms to disk at every statement savepoint, and storing an article runs statements
-- that open one, so indexing through the insert trigger wrote a small index segment per article (and then the
-- merges of all of them). While fts_deferred holds its row the insert trigger does nothing and the writer
-- indexes the transaction's articles itself just before it commits. The row only ever exists inside a writer's
-- open transaction: no reader sees it, a crash or a rollback takes it away, and every other insert into
-- articles is indexed by the trigger as before.
CREATE TABLE fts_deferred (
  id INTEGER PRIMARY KEY CHECK (id = 1)
);
DROP TRIGGER articles_fts_insert;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN NOT EXISTS (SELECT 1 FROM fts_deferred) BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
