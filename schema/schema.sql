-- The current exodus schema (PRAGMA user_version = 6): what applying every file in migrations/ in order gives.
-- Kept by hand beside the migrations; tests/store/schema_test.cpp checks that the two agree.

CREATE TABLE batches (
  id          INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,                 -- UTC, ISO 8601
  finished_at TEXT,
  input       TEXT NOT NULL,                 -- the paths given, space-separated
  articles    INTEGER NOT NULL DEFAULT 0,    -- new articles stored
  duplicates  INTEGER NOT NULL DEFAULT 0,    -- articles already stored (same content hash)
  departures  INTEGER NOT NULL DEFAULT 0,    -- mentions of departures stored
  skipped     INTEGER NOT NULL DEFAULT 0,    -- inputs refused with an error
  status      TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'ok', 'partial', 'failed')),
  warnings    INTEGER NOT NULL DEFAULT 0     -- warnings given (the article still went in)
);

CREATE TABLE articles (
  id           INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,         -- SHA-256 of the normalised text: the article's identity
  url          TEXT,
  title        TEXT,
  outlet       TEXT,
  lang         TEXT CHECK (lang IN ('fr', 'en')),
  published    TEXT,                         -- "2024-05-15", "2024-05", "2024" or NULL
  text         TEXT NOT NULL,
  origin       TEXT,                         -- where it was read from the first time
  batch_id     INTEGER REFERENCES batches(id)
);
CREATE INDEX articles_batch ON articles(batch_id);
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
-- While fts_deferred holds its row (only ever inside a writer's open transaction) the insert trigger does
-- nothing and the writer indexes the transaction's articles in one statement before it commits: FTS5 writes its
-- pending terms at every statement savepoint, so indexing row by row wrote one small segment per article.
CREATE TABLE fts_deferred (
  id INTEGER PRIMARY KEY CHECK (id = 1)
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN NOT EXISTS (SELECT 1 FROM fts_deferred) BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
-- Segments are merged eight at a time (FTS5 'automerge', kept in articles_fts_config): an ingest adds one segment
-- per transaction, and merging four at a time rewrote every word twice as often.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TABLE people (
  id          INTEGER PRIMARY KEY,
  key         TEXT NOT NULL UNIQUE,          -- normalised full name: lower case, no accents, single spaces
  name        TEXT NOT NULL,                 -- as first written
  surname_key TEXT NOT NULL                  -- normalised last word of the name, to resolve "Leike"
);
CREATE INDEX people_surname ON people(surname_key);

CREATE TABLE person_aliases (
  alias     TEXT PRIMARY KEY,                -- normalised form of another way of writing the name
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX person_aliases_person ON person_aliases(person_id);

CREATE TABLE organizations (
  id   INTEGER PRIMARY KEY,
  key  TEXT NOT NULL UNIQUE,                 -- normalised name without legal suffixes ("openai" for "OpenAI Inc.")
  name TEXT NOT NULL
);

CREATE TABLE org_aliases (
  alias  TEXT PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX org_aliases_org ON org_aliases(org_id);

-- One real-world departure: a person leaving an organization. Its fields summarise its mentions.
CREATE TABLE departures (
  id             INTEGER PRIMARY KEY,
  person_id      INTEGER NOT NULL REFERENCES people(id),
  org_id         INTEGER REFERENCES organizations(id),   -- NULL when no article names it
  role           TEXT,
  kind           TEXT NOT NULL CHECK (kind IN ('resigned', 'fired', 'left', 'retired', 'announced')),
  hedged         INTEGER NOT NULL DEFAULT 0,             -- every mention is hedged ("reportedly")
  earliest       TEXT,                                   -- inclusive, ISO day; NULL when open or unknown
  latest         TEXT,
  precision      TEXT NOT NULL DEFAULT 'unknown'
                 CHECK (precision IN ('day', 'week', 'month', 'quarter', 'year', 'range', 'unknown')),
  edtf           TEXT,
  date_text      TEXT,                                   -- the words that gave the date
  dates_disagree INTEGER NOT NULL DEFAULT 0,             -- some mentions' ranges do not overlap
  seq            INTEGER NOT NULL DEFAULT 0              -- order the text gives, for ties on the same date
);
CREATE UNIQUE INDEX departures_identity ON departures(person_id, IFNULL(org_id, 0));
CREATE INDEX departures_org ON departures(org_id, latest);
CREATE INDEX departures_time ON departures(latest, earliest);
-- --kind: departures of one kind, in date order.
CREATE INDEX departures_kind ON departures(kind, latest);
-- --until alone: the same expression as the filter, so SQLite can search it.
CREATE INDEX departures_start ON departures(IFNULL(earliest, latest));

-- --since with --until asks which date ranges overlap a window: two B-tree bounds cannot answer that without
-- reading every departure on one side of the window, an R*Tree of the ranges can. Days are Julian day numbers;
-- departures with no known latest day never match a --since, so they are left out. Kept by triggers.
CREATE VIRTUAL TABLE departures_span USING rtree_i32(id, first_day, last_day);
CREATE TRIGGER departures_span_insert AFTER INSERT ON departures BEGIN
  INSERT INTO departures_span
  SELECT new.id, min(s, l), l
  FROM (SELECT CAST(julianday(IFNULL(new.earliest, new.latest)) AS INTEGER) AS s,
               CAST(julianday(new.latest) AS INTEGER) AS l)
  WHERE s IS NOT NULL AND l IS NOT NULL;
END;
CREATE TRIGGER departures_span_update AFTER UPDATE OF earliest, latest ON departures BEGIN
  DELETE FROM departures_span WHERE id = old.id;
  INSERT INTO departures_span
  SELECT new.id, min(s, l), l
  FROM (SELECT CAST(julianday(IFNULL(new.earliest, new.latest)) AS INTEGER) AS s,
               CAST(julianday(new.latest) AS INTEGER) AS l)
  WHERE s IS NOT NULL AND l IS NOT NULL;
END;
CREATE TRIGGER departures_span_delete AFTER DELETE ON departures BEGIN
  DELETE FROM departures_span WHERE id = old.id;
END;

-- One article's claim about a departure, with its evidence.
CREATE TABLE mentions (
  id           INTEGER PRIMARY KEY,
  departure_id INTEGER NOT NULL REFERENCES departures(id) ON DELETE CASCADE,
  article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  person_text  TEXT NOT NULL,                            -- the name as this article gives it
  org_text     TEXT,
  role         TEXT,
  kind         TEXT NOT NULL CHECK (kind IN ('resigned', 'fired', 'left', 'retired', 'announced')),
  hedged       INTEGER NOT NULL DEFAULT 0,
  source       TEXT,                                     -- who the article credits
  sentence     TEXT NOT NULL,                            -- the evidence
  start        INTEGER NOT NULL,                         -- byte offsets of the sentence in articles.text
  end          INTEGER NOT NULL,
  date_text    TEXT,
  earliest     TEXT,
  latest       TEXT,
  precision    TEXT NOT NULL DEFAULT 'unknown',
  edtf         TEXT,
  date_reference TEXT,                                   -- the date it was resolved against
  seq          INTEGER NOT NULL DEFAULT 0,
  UNIQUE (article_id, departure_id)
);
CREATE INDEX mentions_departure ON mentions(departure_id);
CREATE INDEX mentions_source ON mentions(source COLLATE NOCASE);

-- One row per departure, names resolved, in timeline order.
CREATE VIEW timeline AS
SELECT d.id AS departure_id, p.name AS person, o.name AS org, d.role, d.kind, d.hedged,
       d.earliest, d.latest, d.precision, d.edtf, d.date_text, d.dates_disagree,
       (SELECT count(*) FROM mentions m WHERE m.departure_id = d.id) AS mentions,
       (SELECT group_concat(DISTINCT m.source) FROM mentions m WHERE m.departure_id = d.id) AS sources
FROM departures d
JOIN people p ON p.id = d.person_id
LEFT JOIN organizations o ON o.id = d.org_id
ORDER BY d.latest IS NULL, d.latest, d.earliest IS NOT NULL, d.earliest, d.seq, p.name;

-- Every mention with its article, for reading the evidence.
CREATE VIEW mention_details AS
SELECT m.id AS mention_id, m.departure_id, p.name AS person, o.name AS org, m.kind, m.hedged, m.source,
       m.date_text, m.earliest, m.latest, m.precision, m.edtf, m.sentence,
       a.id AS article_id, a.title, a.outlet, a.url, a.published, a.lang
FROM mentions m
JOIN departures d ON d.id = m.departure_id
JOIN people p ON p.id = d.person_id
LEFT JOIN organizations o ON o.id = d.org_id
JOIN articles a ON a.id = m.article_id;
