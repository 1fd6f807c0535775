-- exodus schema, version 4: indexes for the --kind, --until and date-window timeline filters, so each reads only
-- what it returns.
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
INSERT INTO departures_span
SELECT id, min(s, l), l
FROM (SELECT id, CAST(julianday(IFNULL(earliest, latest)) AS INTEGER) AS s, CAST(julianday(latest) AS INTEGER) AS l
      FROM departures)
WHERE s IS NOT NULL AND l IS NOT NULL;
