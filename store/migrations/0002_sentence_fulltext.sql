-- Version 2: full-text search over sentence text.
--
-- An external-content FTS5 table: the text lives once, in sentences, and
-- sentences_fts holds only the index, keyed by sentences.id.
--
-- There are no triggers keeping it in step: Store.Put maintains it, once
-- per batch (deleting the replaced documents' entries in one statement and
-- indexing the batch's new sentences in another). Triggers would do the
-- same work row by row, and FTS5 flushes its pending index data at every
-- statement savepoint, so row-by-row upkeep cost a third of ingest time. Anything else that writes sentences must update the index too.
--
-- unicode61 with remove_diacritics 2 folds case and accents ("Bogotá"
-- matches "bogota") and, unlike porter stemming, behaves the same for every
-- language dyad reads.

CREATE VIRTUAL TABLE sentences_fts USING fts5(
	text,
	content = 'sentences',
	content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);

-- A database upgraded from version 1 already has sentences: index them.
INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
