-- Version 3: tone (package tone), quote speakers' mentions and the quote
-- queries.
--
-- documents and events gain the five figures of doc.Tone: tone, positive,
-- negative, polarity (percentages, as GDELT's) and words. All five are NULL
-- when the document or event has no tone (coded before the tone stage, or
-- by a pipeline without it). An event's tone is the tone of its sentence.

ALTER TABLE documents ADD COLUMN tone          REAL;
ALTER TABLE documents ADD COLUMN tone_positive REAL;
ALTER TABLE documents ADD COLUMN tone_negative REAL;
ALTER TABLE documents ADD COLUMN tone_polarity REAL;
ALTER TABLE documents ADD COLUMN tone_words    INTEGER;

ALTER TABLE events ADD COLUMN tone          REAL;
ALTER TABLE events ADD COLUMN tone_positive REAL;
ALTER TABLE events ADD COLUMN tone_negative REAL;
ALTER TABLE events ADD COLUMN tone_polarity REAL;
ALTER TABLE events ADD COLUMN tone_words    INTEGER;

-- A quote's speaker keeps the mention that names it (doc.Actor's start,
-- end and text), NULL when the speaker has none, so that a stored quote
-- reads back as it was coded.
ALTER TABLE quotes ADD COLUMN speaker_start INTEGER;
ALTER TABLE quotes ADD COLUMN speaker_end   INTEGER;
ALTER TABLE quotes ADD COLUMN speaker_text  TEXT;

-- Quotes (`dyad quotes`, GET /api/quotes) are filtered by speaker country
-- (speaker_country is COLLATE NOCASE, so the index serves "ken" too) and
-- kind, and ordered by their document's date through documents_date; the
-- speaker-name and content filters are substring matches, which no index
-- serves.
CREATE INDEX quotes_speaker_country ON quotes(speaker_country);
CREATE INDEX quotes_kind            ON quotes(kind);
