-- Version 1: documents and every layer the pipeline adds, one row per item.
--
-- Child tables reference documents(id) ON DELETE CASCADE so that deleting a
-- document (as re-ingesting it does) removes all its layers in one statement.
-- Each child's primary key starts with doc_id, which is also the index the
-- cascade needs to find a document's rows without a scan.
--
-- Spans are UTF-8 byte offsets into documents.text, as in the JSON contract.
-- Columns that hold country and actor codes are COLLATE NOCASE so that the
-- case-insensitive filters (equality and LIKE 'KEN%') can use their indexes.

CREATE TABLE documents (
	id          TEXT PRIMARY KEY,
	date        TEXT,             -- publication date YYYY-MM-DD; NULL when unknown
	title       TEXT NOT NULL,
	url         TEXT NOT NULL,
	source      TEXT NOT NULL,
	lang        TEXT NOT NULL,
	dateline    TEXT,             -- text of the dateline span; NULL when none
	text        TEXT NOT NULL,
	json        BLOB NOT NULL,    -- the document's contract JSON, returned verbatim
	text_hash   TEXT NOT NULL,    -- store.InputHash: lets a rerun skip unchanged input
	ingested_at TEXT NOT NULL     -- RFC 3339, UTC
);
CREATE INDEX documents_date ON documents(date);

-- sentences has an INTEGER PRIMARY KEY so that its rowid is stable (VACUUM
-- may renumber implicit rowids), because the full-text index added in
-- version 2 refers to sentences by rowid.
CREATE TABLE sentences (
	id        INTEGER PRIMARY KEY,
	doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx       INTEGER NOT NULL,
	start     INTEGER NOT NULL,
	"end"     INTEGER NOT NULL,
	paragraph INTEGER NOT NULL,
	text      TEXT NOT NULL,
	UNIQUE (doc_id, idx)
);

CREATE TABLE entities (
	doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx           INTEGER NOT NULL,
	start         INTEGER NOT NULL,
	"end"         INTEGER NOT NULL,
	text          TEXT NOT NULL,
	type          TEXT NOT NULL,
	actor_name    TEXT,           -- actor_* are NULL when the entity has no actor
	actor_code    TEXT COLLATE NOCASE,
	actor_country TEXT COLLATE NOCASE,
	actor_sector  TEXT,
	actor_id      TEXT,
	PRIMARY KEY (doc_id, idx)
);

CREATE TABLE timexes (
	doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx    INTEGER NOT NULL,
	start  INTEGER NOT NULL,
	"end"  INTEGER NOT NULL,
	text   TEXT NOT NULL,
	type   TEXT NOT NULL,
	value  TEXT NOT NULL,
	PRIMARY KEY (doc_id, idx)
);

CREATE TABLE places (
	doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx       INTEGER NOT NULL,
	start     INTEGER NOT NULL,
	"end"     INTEGER NOT NULL,
	text      TEXT NOT NULL,
	name      TEXT NOT NULL,
	geonameid INTEGER NOT NULL,
	country   TEXT NOT NULL COLLATE NOCASE,
	admin1    TEXT NOT NULL,
	lat       REAL NOT NULL,
	lon       REAL NOT NULL,
	feature   TEXT NOT NULL,
	PRIMARY KEY (doc_id, idx)
);

CREATE TABLE quotes (
	doc_id          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx             INTEGER NOT NULL,
	content_start   INTEGER NOT NULL,
	content_end     INTEGER NOT NULL,
	content_text    TEXT NOT NULL,
	cue_start       INTEGER,      -- cue_*, source_*, speaker_*: NULL when absent
	cue_end         INTEGER,
	cue_text        TEXT,
	source_start    INTEGER,
	source_end      INTEGER,
	source_text     TEXT,
	speaker_name    TEXT,
	speaker_code    TEXT COLLATE NOCASE,
	speaker_country TEXT COLLATE NOCASE,
	speaker_sector  TEXT,
	speaker_id      TEXT,
	kind            TEXT NOT NULL,
	PRIMARY KEY (doc_id, idx)
);

-- events holds every field of doc.Event flattened, so that a query can
-- rebuild the event exactly without parsing the document's JSON. An actor's
-- *_start/_end/_text columns are its mention (NULL when it has none); the
-- target_* columns are all NULL when the event has no target, the place_*
-- columns when it has no place.
CREATE TABLE events (
	doc_id          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx             INTEGER NOT NULL,
	event_id        TEXT NOT NULL,
	sentence        INTEGER NOT NULL,
	cameo           TEXT NOT NULL,
	cameo_root      TEXT NOT NULL,
	quad_class      INTEGER NOT NULL,
	goldstein       REAL NOT NULL,
	plover          TEXT NOT NULL,
	plover_mode     TEXT NOT NULL,
	source_name     TEXT NOT NULL,
	source_code     TEXT NOT NULL COLLATE NOCASE,
	source_country  TEXT NOT NULL COLLATE NOCASE,
	source_sector   TEXT NOT NULL,
	source_id       TEXT NOT NULL,
	source_start    INTEGER,
	source_end      INTEGER,
	source_text     TEXT,
	target_name     TEXT,
	target_code     TEXT COLLATE NOCASE,
	target_country  TEXT COLLATE NOCASE,
	target_sector   TEXT,
	target_id       TEXT,
	target_start    INTEGER,
	target_end      INTEGER,
	target_text     TEXT,
	action_start    INTEGER NOT NULL,
	action_end      INTEGER NOT NULL,
	action_text     TEXT NOT NULL,
	date            TEXT,         -- NULL when the event has no date at all
	date_end        TEXT,         -- NULL unless date_type is range
	date_type       TEXT NOT NULL,
	place_name      TEXT,
	place_geonameid INTEGER,
	place_country   TEXT COLLATE NOCASE,
	place_admin1    TEXT,
	place_lat       REAL,
	place_lon       REAL,
	place_feature   TEXT,
	place_start     INTEGER,
	place_end       INTEGER,
	place_text      TEXT,
	negated         INTEGER NOT NULL,
	modality        TEXT NOT NULL,
	confidence      REAL NOT NULL,
	PRIMARY KEY (doc_id, idx)
);

-- The query filters. events_date also serves the ORDER BY date, doc_id, idx
-- that every query uses, so a date range with a LIMIT stops early.
CREATE INDEX events_date           ON events(date, doc_id, idx);
CREATE INDEX events_cameo          ON events(cameo);
CREATE INDEX events_source_country ON events(source_country);
CREATE INDEX events_target_country ON events(target_country);
CREATE INDEX events_source_code    ON events(source_code);
CREATE INDEX events_target_code    ON events(target_code);
