package store

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/dyadproject/dyad/doc"
)

// Formats are the names WriteEvents and WriteQuotes accept.
var Formats = []string{"table", "json", "csv"}

// tableTextWidth is how many characters of the sentence a table row shows:
// with the other columns a row stays within about 120 columns.
const tableTextWidth = 60

// WriteEvents writes rows in one of Formats:
//
//   - "table": aligned columns for reading in a terminal (date, source code,
//     CAMEO code, target code, quad class, Goldstein score and the
//     sentence, shortened), a header, and a last line counting the events;
//   - "json": JSON Lines, one EventRow object a line;
//   - "csv": a header row and one row per event (RFC 4180), flattening the
//     actors and place into columns; the last column is the tone of the
//     event's sentence (empty when it has none).
func WriteEvents(w io.Writer, rows []EventRow, format string) error {
	switch format {
	case "table":
		return writeTable(w, rows)
	case "json":
		return writeJSON(w, rows)
	case "csv":
		return writeCSV(w, rows)
	}
	return unknownFormat(format)
}

func unknownFormat(format string) error {
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

func writeTable(w io.Writer, rows []EventRow) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tSOURCE\tCAMEO\tTARGET\tPLACE\tQUAD\tGOLDSTEIN\tTEXT")
	for i := range rows {
		r := &rows[i]
		target := "-"
		if r.Target != nil {
			target = orDash(r.Target.Code)
		}
		text := r.SentenceText
		if text == "" {
			text = r.Action.Text
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%.1f\t%s\n",
			orDash(r.Date), orDash(r.Source.Code), orDash(r.Cameo), target, placeCell(r.Place),
			r.QuadClass, r.Goldstein, shorten(text, tableTextWidth))
	}
	return endTable(w, tw, len(rows), "event")
}

// placeCell names an event's place in a table: "Accra GHA", "Kenya KEN"
// for a country-wide place, "-" for none.
func placeCell(p *doc.Place) string {
	if p == nil || p.Name == "" {
		return "-"
	}
	if p.Country == "" {
		return p.Name
	}
	return p.Name + " " + p.Country
}

// endTable flushes a table and adds its last line, the count of rows
// ("1 event", "3 quotes").
func endTable(w io.Writer, tw *tabwriter.Writer, n int, noun string) error {
	if err := tw.Flush(); err != nil {
		return err
	}
	if n != 1 {
		noun += "s"
	}
	_, err := fmt.Fprintf(w, "%d %s\n", n, noun)
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// shorten puts text on one line (a tab or newline would break the table's
// columns) and cuts it to at most n characters, marking a cut with "…".
func shorten(text string, n int) string {
	text = strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(text) <= n {
		return text
	}
	i, count := 0, 0
	for j := range text {
		if count == n-1 {
			i = j
			break
		}
		count++
	}
	return strings.TrimRight(text[:i], " ") + "…"
}

// writeJSON writes rows as JSON Lines.
func writeJSON[T any](w io.Writer, rows []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // readable "<" and "&" in sentences; still valid JSON
	for i := range rows {
		if err := enc.Encode(&rows[i]); err != nil {
			return err
		}
	}
	return nil
}

// csvHeader names the columns of the csv format; fields from the JSON form
// keep their JSON names, actors and place are flattened with a prefix.
var csvHeader = []string{
	"doc_id", "id", "date", "date_end", "date_type", "sentence",
	"cameo", "cameo_root", "quad_class", "goldstein", "plover", "plover_mode",
	"source_name", "source_code", "source_country", "source_sector", "source_id",
	"target_name", "target_code", "target_country", "target_sector", "target_id",
	"action_text", "place_name", "place_geonameid", "place_country", "place_lat", "place_lon",
	"negated", "modality", "confidence", "doc_title", "sentence_text", "tone",
}

func writeCSV(w io.Writer, rows []EventRow) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for i := range rows {
		r := &rows[i]
		var tgt [5]string
		if t := r.Target; t != nil {
			tgt = [5]string{t.Name, t.Code, t.Country, t.Sector, t.ID}
		}
		var pl [5]string
		if p := r.Place; p != nil {
			pl = [5]string{p.Name, strconv.Itoa(p.GeonameID), p.Country, num(p.Lat), num(p.Lon)}
		}
		rec := []string{
			r.DocID, r.ID, r.Date, r.DateEnd, r.DateType, strconv.Itoa(r.Sentence),
			r.Cameo, r.CameoRoot, strconv.Itoa(r.QuadClass), num(r.Goldstein), r.Plover, r.PloverMode,
			r.Source.Name, r.Source.Code, r.Source.Country, r.Source.Sector, r.Source.ID,
			tgt[0], tgt[1], tgt[2], tgt[3], tgt[4],
			r.Action.Text, pl[0], pl[1], pl[2], pl[3], pl[4],
			strconv.FormatBool(r.Negated), r.Modality, num(r.Confidence), r.DocTitle, r.SentenceText,
			"",
		}
		if r.Tone != nil {
			rec[len(rec)-1] = num(r.Tone.Tone)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// WriteQuotes writes quote rows in one of Formats:
//
//   - "table": date, speaker (the actor's name, else the source as
//     written), speaker country, kind and the quote's content, shortened,
//     with a header and a last line counting the quotes;
//   - "json": JSON Lines, one QuoteRow object a line;
//   - "csv": a header row and one row per quote, the speaker and spans
//     flattened into columns.
func WriteQuotes(w io.Writer, rows []QuoteRow, format string) error {
	switch format {
	case "table":
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "DATE\tSPEAKER\tCOUNTRY\tKIND\tCONTENT")
		for i := range rows {
			r := &rows[i]
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", orDash(r.Date),
				shorten(orDash(speakerName(&r.Quote)), 30), orDash(speakerCountry(&r.Quote)),
				r.Kind, shorten(r.Content.Text, tableTextWidth))
		}
		return endTable(w, tw, len(rows), "quote")
	case "json":
		return writeJSON(w, rows)
	case "csv":
		return writeQuotesCSV(w, rows)
	}
	return unknownFormat(format)
}

// speakerName is the speaker's name, else the source mention's text.
func speakerName(q *doc.Quote) string {
	if q.Speaker != nil && q.Speaker.Name != "" {
		return q.Speaker.Name
	}
	if q.Source != nil {
		return q.Source.Text
	}
	return ""
}

func speakerCountry(q *doc.Quote) string {
	if q.Speaker == nil {
		return ""
	}
	return q.Speaker.Country
}

// quoteCSVHeader names the columns of WriteQuotes' csv format.
var quoteCSVHeader = []string{
	"doc_id", "index", "date", "kind",
	"speaker_name", "speaker_code", "speaker_country", "speaker_sector", "speaker_id",
	"source_text", "cue_text", "content_start", "content_end", "content_text", "doc_title",
}

func writeQuotesCSV(w io.Writer, rows []QuoteRow) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(quoteCSVHeader); err != nil {
		return err
	}
	for i := range rows {
		r := &rows[i]
		var sp [5]string
		if a := r.Speaker; a != nil {
			sp = [5]string{a.Name, a.Code, a.Country, a.Sector, a.ID}
		}
		var src, cue string
		if r.Source != nil {
			src = r.Source.Text
		}
		if r.Cue != nil {
			cue = r.Cue.Text
		}
		rec := []string{r.DocID, strconv.Itoa(r.Index), r.Date, r.Kind,
			sp[0], sp[1], sp[2], sp[3], sp[4], src, cue,
			strconv.Itoa(r.Content.Start), strconv.Itoa(r.Content.End), r.Content.Text, r.DocTitle}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
