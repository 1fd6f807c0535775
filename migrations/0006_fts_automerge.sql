-- exodus schema, version 6: the full-text index merges its segments eight at a time instead of four (FTS5's
-- 'automerge', a setting kept in the index itself). An ingest adds one segment per transaction, and merging four
-- at a time rewrites every indexed word about twice as often as merging eight: at 50,000 articles that was a
-- tenth of the writer's time. A search reads at most twice as many segments, each lookup still by index.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);
