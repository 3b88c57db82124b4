-- Parley SQLite schema, version 3: the evidence Put weighs when it merges
-- the actors the knowledge base lacks across documents (ids "new:…"; see
-- store.AssignNewActors). One row per actor and distinct kind, country and
-- role that the stored documents give it, so a Put reads a few rows per
-- actor instead of every document naming it. Kept by Put; filled here from
-- the stored documents.

CREATE TABLE actor_evidence (
    actor   TEXT    NOT NULL REFERENCES actors (id),
    kind    TEXT    NOT NULL,
    country TEXT    NOT NULL, -- '' when unknown
    role    TEXT    NOT NULL, -- '' when none
    named   INTEGER NOT NULL, -- 1 when a document giving this evidence names the actor (a name or alias mention)
    PRIMARY KEY (actor, kind, country, role)
) WITHOUT ROWID;

INSERT INTO actor_evidence (actor, kind, country, role, named)
SELECT da.actor, da.kind, coalesce(da.country, ''), coalesce(da.role, ''),
       max(EXISTS (SELECT 1 FROM mentions m WHERE m.doc = da.doc AND m.actor_idx = da.idx AND m.how IN ('name', 'alias')))
FROM doc_actors da
WHERE substr(da.actor, 1, 4) = 'new:'
GROUP BY da.actor, da.kind, coalesce(da.country, ''), coalesce(da.role, '');
