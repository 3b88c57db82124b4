-- Parley SQLite schema, version 2: actors, quotes and events as queryable
-- rows. Adds to each document's actor its name, kind, country and role (the
-- role held at the document's date); to quotes and events the span of the
-- sentences around them; to events their place; and a full-text index over
-- actor names, aliases, ids and roles. Existing rows are filled from their
-- JSON; a quote or event outside every sentence keeps its own span as
-- context (new rows get a window around it, see store.CoverSpan).

ALTER TABLE doc_actors ADD COLUMN name    TEXT NOT NULL DEFAULT '';
ALTER TABLE doc_actors ADD COLUMN kind    TEXT NOT NULL DEFAULT '';
ALTER TABLE doc_actors ADD COLUMN country TEXT;
ALTER TABLE doc_actors ADD COLUMN role    TEXT;
UPDATE doc_actors SET
    name    = coalesce(json_extract(data, '$.name'), ''),
    kind    = coalesce(json_extract(data, '$.kind'), ''),
    country = json_extract(data, '$.country'),
    role    = json_extract(data, '$.role');
CREATE INDEX doc_actors_role ON doc_actors (actor, role) WHERE role IS NOT NULL;

CREATE INDEX actors_kind ON actors (kind, mentions DESC);
CREATE INDEX actors_country ON actors (country, mentions DESC) WHERE country IS NOT NULL;

ALTER TABLE quotes ADD COLUMN ctx_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quotes ADD COLUMN ctx_end   INTEGER NOT NULL DEFAULT 0;
UPDATE quotes SET
    ctx_start = min(span_start, coalesce((SELECT min(s.span_start) FROM sentences s
        WHERE s.doc = quotes.doc AND s.span_start < quotes.span_end AND s.span_end > quotes.span_start), span_start)),
    ctx_end = max(span_end, coalesce((SELECT max(s.span_end) FROM sentences s
        WHERE s.doc = quotes.doc AND s.span_start < quotes.span_end AND s.span_end > quotes.span_start), span_end));

ALTER TABLE events ADD COLUMN place     TEXT;
ALTER TABLE events ADD COLUMN ctx_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN ctx_end   INTEGER NOT NULL DEFAULT 0;
UPDATE events SET
    place = json_extract(data, '$.place'),
    ctx_start = min(span_start, coalesce((SELECT min(s.span_start) FROM sentences s
        WHERE s.doc = events.doc AND s.span_start < events.span_end AND s.span_end > events.span_start), span_start)),
    ctx_end = max(span_end, coalesce((SELECT max(s.span_end) FROM sentences s
        WHERE s.doc = events.doc AND s.span_start < events.span_end AND s.span_end > events.span_start), span_end));
CREATE INDEX events_date ON events (date) WHERE date IS NOT NULL;
CREATE INDEX events_place ON events (place COLLATE NOCASE) WHERE place IS NOT NULL;
CREATE INDEX event_actors_side ON event_actors (actor, role, doc, event);

-- The words an actor is found by: name, aliases, id and role. One row per
-- actor, kept by Put; actor_names_fts indexes it.
CREATE TABLE actor_names (
    rid   INTEGER PRIMARY KEY,
    actor TEXT    NOT NULL UNIQUE REFERENCES actors (id),
    terms TEXT    NOT NULL
);
CREATE VIRTUAL TABLE actor_names_fts USING fts5 (
    terms,
    content = 'actor_names', content_rowid = 'rid',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER actor_names_ai AFTER INSERT ON actor_names BEGIN
    INSERT INTO actor_names_fts (rowid, terms) VALUES (new.rid, new.terms);
END;
CREATE TRIGGER actor_names_ad AFTER DELETE ON actor_names BEGIN
    INSERT INTO actor_names_fts (actor_names_fts, rowid, terms) VALUES ('delete', old.rid, old.terms);
END;
CREATE TRIGGER actor_names_au AFTER UPDATE ON actor_names BEGIN
    INSERT INTO actor_names_fts (actor_names_fts, rowid, terms) VALUES ('delete', old.rid, old.terms);
    INSERT INTO actor_names_fts (rowid, terms) VALUES (new.rid, new.terms);
END;
INSERT INTO actor_names (actor, terms)
SELECT a.id,
       a.name || ' ' || a.id || ' ' || coalesce(a.role, '') || ' ' ||
       coalesce((SELECT group_concat(j.value, ' ') FROM json_each(a.aliases) j), '')
FROM actors a;
