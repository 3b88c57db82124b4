-- Parley SQLite schema, version 4: positions as queryable rows for the
-- negotiation board. Adds to each position its topic (indexed without ASCII
-- case, as the topic filter matches), the span of the sentences around its
-- evidence, and its document's date and sort key (documents.sort_date, '|',
-- the document id in 20 digits: newest first when sorted descending), so the
-- position filters, their order and the topic counts read positions alone.
-- All are filled here from the stored rows; a position outside every
-- sentence keeps its own span as context (new rows get a window around it,
-- see store.CoverSpan).

ALTER TABLE positions ADD COLUMN topic     TEXT    NOT NULL DEFAULT '';
ALTER TABLE positions ADD COLUMN ctx_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE positions ADD COLUMN ctx_end   INTEGER NOT NULL DEFAULT 0;
ALTER TABLE positions ADD COLUMN doc_date  TEXT;
ALTER TABLE positions ADD COLUMN doc_sort  TEXT    NOT NULL DEFAULT '';
UPDATE positions SET
    topic = trim(coalesce(json_extract(data, '$.topic'), ''), char(32, 9, 10, 13)),
    ctx_start = min(span_start, coalesce((SELECT min(s.span_start) FROM sentences s
        WHERE s.doc = positions.doc AND s.span_start < positions.span_end AND s.span_end > positions.span_start), span_start)),
    ctx_end = max(span_end, coalesce((SELECT max(s.span_end) FROM sentences s
        WHERE s.doc = positions.doc AND s.span_start < positions.span_end AND s.span_end > positions.span_start), span_end)),
    doc_date = (SELECT d.date FROM documents d WHERE d.id = positions.doc),
    doc_sort = (SELECT d.sort_date || '|' || printf('%020d', d.id) FROM documents d WHERE d.id = positions.doc);
DROP INDEX positions_actor;
CREATE INDEX positions_actor ON positions (actor, doc_sort);
CREATE INDEX positions_topic ON positions (topic COLLATE NOCASE, doc_sort);
CREATE INDEX positions_stance ON positions (stance, doc_sort);
CREATE INDEX positions_newest ON positions (doc_sort);
