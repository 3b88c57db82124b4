-- Parley PostgreSQL schema, version 1: documents, their annotations, the
-- full-text indexes and the actor aggregates, the same model as the SQLite
-- engine's migrations 0001–0004. Offsets are byte offsets into
-- documents.text (start inclusive, end exclusive). Annotation rows keep the
-- annotation's JSON in `data` (what Get returns) plus the columns needed to
-- query them. Text columns that are compared or sorted use the "C"
-- collation, so they order by code point as in the SQLite engine, whatever
-- the database's locale.

-- The text search configuration of every full-text column and query:
-- "simple" (no stemming, no stop words) with diacritics removed by the
-- unaccent dictionary when that extension can be created (it ships with
-- PostgreSQL's contrib and is trusted, so a database owner may create it);
-- without it searches still work but do not ignore diacritics.
DO $$
DECLARE
    ext_schema text;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS unaccent;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'parley: extension unaccent unavailable (%): searches will not ignore diacritics', SQLERRM;
    END;
    CREATE TEXT SEARCH CONFIGURATION parley (COPY = pg_catalog.simple);
    SELECT n.nspname INTO ext_schema
        FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'unaccent';
    IF ext_schema IS NOT NULL THEN
        EXECUTE format('ALTER TEXT SEARCH CONFIGURATION parley ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart WITH %I.unaccent, pg_catalog.simple', ext_schema);
    END IF;
END
$$;

CREATE TABLE documents (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_key     text COLLATE "C" NOT NULL UNIQUE,
    doc_id      text NOT NULL,
    title       text NOT NULL,
    date        text COLLATE "C",             -- publication date, NULL when unknown
    url         text COLLATE "C" NOT NULL DEFAULT '',
    source      text NOT NULL DEFAULT '',
    lang        text NOT NULL DEFAULT '',
    text        text NOT NULL,
    text_hash   text COLLATE "C" NOT NULL UNIQUE, -- store.TextHash(text)
    ingested_at timestamptz NOT NULL,
    sort_date   text COLLATE "C" NOT NULL,    -- date, or the ingestion date when NULL
    search      tsvector NOT NULL,            -- title (weight A) and text (weight B)
    n_sentences integer NOT NULL DEFAULT 0,
    n_entities  integer NOT NULL DEFAULT 0,
    n_actors    integer NOT NULL DEFAULT 0,
    n_quotes    integer NOT NULL DEFAULT 0,
    n_events    integer NOT NULL DEFAULT 0,
    n_positions integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX documents_url ON documents (url) WHERE url <> '';
CREATE INDEX documents_newest ON documents (sort_date DESC, id DESC);
CREATE INDEX documents_search ON documents USING gin (search);

CREATE TABLE sentences (
    doc        bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        integer NOT NULL,
    span_start integer NOT NULL,
    span_end   integer NOT NULL,
    PRIMARY KEY (doc, idx)
);

CREATE TABLE entities (
    doc        bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        integer NOT NULL,
    span_start integer NOT NULL,
    span_end   integer NOT NULL,
    type       text    NOT NULL,
    data       text    NOT NULL,
    PRIMARY KEY (doc, idx)
);
CREATE INDEX entities_type ON entities (type);

-- One row per actor id over all documents, maintained by Put. names holds
-- the words the actor is found by: name, id, role and aliases.
CREATE TABLE actors (
    id        text COLLATE "C" PRIMARY KEY,
    name      text COLLATE "C" NOT NULL,
    kind      text COLLATE "C" NOT NULL,
    country   text COLLATE "C",
    role      text COLLATE "C",
    aliases   text[] NOT NULL DEFAULT '{}', -- sorted, unique
    mentions  integer NOT NULL DEFAULT 0,
    documents integer NOT NULL DEFAULT 0,
    quotes    integer NOT NULL DEFAULT 0,
    seen      text COLLATE "C" NOT NULL,    -- sort key of the latest document naming it
    names     tsvector NOT NULL
);
CREATE INDEX actors_rank ON actors (mentions DESC, name, id);
CREATE INDEX actors_kind ON actors (kind, mentions DESC);
CREATE INDEX actors_country ON actors (country, mentions DESC) WHERE country IS NOT NULL;
CREATE INDEX actors_names ON actors USING gin (names);

-- An actor as one document has it; data is the actor's JSON without mentions.
CREATE TABLE doc_actors (
    doc     bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx     integer NOT NULL,
    actor   text COLLATE "C" NOT NULL REFERENCES actors (id),
    data    text    NOT NULL,
    name    text    NOT NULL,
    kind    text    NOT NULL,
    country text,
    role    text COLLATE "C",
    PRIMARY KEY (doc, idx)
);
CREATE INDEX doc_actors_actor ON doc_actors (actor, doc);
CREATE INDEX doc_actors_role ON doc_actors (actor, role) WHERE role IS NOT NULL;

CREATE TABLE mentions (
    doc        bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    actor_idx  integer NOT NULL,
    idx        integer NOT NULL,
    actor      text COLLATE "C" NOT NULL REFERENCES actors (id),
    span_start integer NOT NULL,
    span_end   integer NOT NULL,
    text       text    NOT NULL,
    how        text    NOT NULL,
    ctx_start  integer NOT NULL, -- sentence (or window) around the mention
    ctx_end    integer NOT NULL,
    PRIMARY KEY (doc, actor_idx, idx)
);
CREATE INDEX mentions_actor ON mentions (actor, doc);

CREATE TABLE quotes (
    doc        bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        integer NOT NULL,
    span_start integer NOT NULL,
    span_end   integer NOT NULL,
    kind       text    NOT NULL,
    speaker    text COLLATE "C",
    data       text    NOT NULL,
    ctx_start  integer NOT NULL, -- the sentences around the quote
    ctx_end    integer NOT NULL,
    PRIMARY KEY (doc, idx)
);
CREATE INDEX quotes_speaker ON quotes (speaker, doc) WHERE speaker IS NOT NULL;

CREATE TABLE events (
    doc        bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        integer NOT NULL,
    span_start integer NOT NULL, -- evidence
    span_end   integer NOT NULL,
    type       text COLLATE "C" NOT NULL,
    modality   text    NOT NULL,
    negated    boolean NOT NULL,
    date       text COLLATE "C",
    data       text    NOT NULL,
    place      text,
    place_key  text COLLATE "C", -- place with ASCII letters in lower case
    ctx_start  integer NOT NULL, -- the sentences around the evidence
    ctx_end    integer NOT NULL,
    PRIMARY KEY (doc, idx)
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (date) WHERE date IS NOT NULL;
CREATE INDEX events_place ON events (place_key) WHERE place_key IS NOT NULL;

-- The actors of each event, by role.
CREATE TABLE event_actors (
    doc   bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    event integer NOT NULL,
    role  text    NOT NULL CHECK (role IN ('source', 'target')),
    idx   integer NOT NULL,
    actor text COLLATE "C" NOT NULL,
    PRIMARY KEY (doc, event, role, idx)
);
CREATE INDEX event_actors_side ON event_actors (actor, role, doc, event);

CREATE TABLE times (
    doc        bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        integer NOT NULL,
    span_start integer NOT NULL,
    span_end   integer NOT NULL,
    value      text    NOT NULL,
    anchored   boolean NOT NULL,
    data       text    NOT NULL,
    PRIMARY KEY (doc, idx)
);
CREATE INDEX times_value ON times (value);

CREATE TABLE places (
    doc        bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        integer NOT NULL,
    span_start integer NOT NULL,
    span_end   integer NOT NULL,
    name       text    NOT NULL,
    country    text,
    data       text    NOT NULL,
    PRIMARY KEY (doc, idx)
);
CREATE INDEX places_name ON places (name);

CREATE TABLE amounts (
    doc        bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        integer NOT NULL,
    span_start integer NOT NULL,
    span_end   integer NOT NULL,
    unit       text    NOT NULL,
    value      double precision NOT NULL,
    data       text    NOT NULL,
    PRIMARY KEY (doc, idx)
);

-- Positions with their topic (and its key: ASCII letters in lower case, as
-- the topic filter matches), the sentences around their evidence and their
-- document's date and sort key (sort_date, '|', the document id in 20
-- digits: newest first when sorted descending).
CREATE TABLE positions (
    doc        bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        integer NOT NULL,
    span_start integer NOT NULL, -- evidence
    span_end   integer NOT NULL,
    actor      text COLLATE "C" NOT NULL,
    stance     text COLLATE "C" NOT NULL,
    data       text    NOT NULL,
    topic      text COLLATE "C" NOT NULL,
    topic_key  text COLLATE "C" NOT NULL,
    ctx_start  integer NOT NULL,
    ctx_end    integer NOT NULL,
    doc_date   text COLLATE "C",
    doc_sort   text COLLATE "C" NOT NULL,
    PRIMARY KEY (doc, idx)
);
CREATE INDEX positions_actor ON positions (actor, doc_sort);
CREATE INDEX positions_topic ON positions (topic_key, doc_sort);
CREATE INDEX positions_stance ON positions (stance, doc_sort);
CREATE INDEX positions_newest ON positions (doc_sort);

-- The evidence Put weighs when it merges the actors the knowledge base
-- lacks (ids "new:…"; see store.AssignNewActors): one row per actor and
-- distinct kind, country and role the stored documents give it.
CREATE TABLE actor_evidence (
    actor   text COLLATE "C" NOT NULL REFERENCES actors (id),
    kind    text COLLATE "C" NOT NULL,
    country text COLLATE "C" NOT NULL, -- '' when unknown
    role    text COLLATE "C" NOT NULL, -- '' when none
    named   boolean NOT NULL,          -- a document giving this evidence names the actor
    PRIMARY KEY (actor, kind, country, role)
);
