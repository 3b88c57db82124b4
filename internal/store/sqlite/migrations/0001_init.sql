-- Parley SQLite schema, version 1: documents, their annotations and the
-- full-text index. Offsets are byte offsets into documents.text (start
-- inclusive, end exclusive). Annotation rows keep the annotation's JSON in
-- `data` (what Get returns) plus the columns needed to query them.

CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    doc_key     TEXT    NOT NULL UNIQUE,
    doc_id      TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    date        TEXT,                       -- publication date, NULL when unknown
    url         TEXT    NOT NULL DEFAULT '',
    source      TEXT    NOT NULL DEFAULT '',
    lang        TEXT    NOT NULL DEFAULT '',
    text        TEXT    NOT NULL,
    text_hash   TEXT    NOT NULL UNIQUE,    -- store.TextHash(text)
    ingested_at TEXT    NOT NULL,           -- RFC 3339, UTC
    sort_date   TEXT    NOT NULL,           -- date, or the ingestion date when NULL
    n_sentences INTEGER NOT NULL DEFAULT 0,
    n_entities  INTEGER NOT NULL DEFAULT 0,
    n_actors    INTEGER NOT NULL DEFAULT 0,
    n_quotes    INTEGER NOT NULL DEFAULT 0,
    n_events    INTEGER NOT NULL DEFAULT 0,
    n_positions INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX documents_url ON documents (url) WHERE url <> '';
CREATE INDEX documents_newest ON documents (sort_date DESC, id DESC);

CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text,
    content = 'documents', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE sentences (
    doc        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
    doc        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    type       TEXT    NOT NULL,
    data       TEXT    NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX entities_type ON entities (type);

-- One row per actor id over all documents, maintained by Put.
CREATE TABLE actors (
    id        TEXT    PRIMARY KEY,
    name      TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    country   TEXT,
    role      TEXT,
    aliases   TEXT    NOT NULL DEFAULT '[]', -- JSON array, sorted, unique
    mentions  INTEGER NOT NULL DEFAULT 0,
    documents INTEGER NOT NULL DEFAULT 0,
    quotes    INTEGER NOT NULL DEFAULT 0,
    seen      TEXT    NOT NULL               -- sort key of the latest document naming it
) WITHOUT ROWID;
CREATE INDEX actors_rank ON actors (mentions DESC, name, id);

-- An actor as one document has it; data is the actor's JSON without mentions.
CREATE TABLE doc_actors (
    doc   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx   INTEGER NOT NULL,
    actor TEXT    NOT NULL REFERENCES actors (id),
    data  TEXT    NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX doc_actors_actor ON doc_actors (actor);

CREATE TABLE mentions (
    doc        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    actor_idx  INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    actor      TEXT    NOT NULL REFERENCES actors (id),
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    how        TEXT    NOT NULL,
    ctx_start  INTEGER NOT NULL, -- sentence (or window) around the mention
    ctx_end    INTEGER NOT NULL,
    PRIMARY KEY (doc, actor_idx, idx)
) WITHOUT ROWID;
CREATE INDEX mentions_actor ON mentions (actor, doc);

CREATE TABLE quotes (
    doc        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    speaker    TEXT,
    data       TEXT    NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes (speaker) WHERE speaker IS NOT NULL;

CREATE TABLE events (
    doc        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    span_start INTEGER NOT NULL, -- evidence
    span_end   INTEGER NOT NULL,
    type       TEXT    NOT NULL,
    modality   TEXT    NOT NULL,
    negated    INTEGER NOT NULL,
    date       TEXT,
    data       TEXT    NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX events_type ON events (type);

-- The actors of each event, by role.
CREATE TABLE event_actors (
    doc   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    event INTEGER NOT NULL,
    role  TEXT    NOT NULL CHECK (role IN ('source', 'target')),
    idx   INTEGER NOT NULL,
    actor TEXT    NOT NULL,
    PRIMARY KEY (doc, event, role, idx)
) WITHOUT ROWID;
CREATE INDEX event_actors_actor ON event_actors (actor);

CREATE TABLE times (
    doc        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    value      TEXT    NOT NULL,
    anchored   INTEGER NOT NULL,
    data       TEXT    NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX times_value ON times (value);

CREATE TABLE places (
    doc        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    country    TEXT,
    data       TEXT    NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX places_name ON places (name);

CREATE TABLE amounts (
    doc        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    unit       TEXT    NOT NULL,
    value      REAL    NOT NULL,
    data       TEXT    NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE positions (
    doc        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    span_start INTEGER NOT NULL, -- evidence
    span_end   INTEGER NOT NULL,
    actor      TEXT    NOT NULL,
    stance     TEXT    NOT NULL,
    data       TEXT    NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX positions_actor ON positions (actor);
