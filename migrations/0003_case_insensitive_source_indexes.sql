-- exodus schema, version 3: --source compares names without case ("reuters" finds "Reuters"), which a plain
-- index cannot serve; these indexes let that filter reach its departures without reading every mention.
DROP INDEX mentions_source;
CREATE INDEX mentions_source ON mentions(source COLLATE NOCASE);
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
