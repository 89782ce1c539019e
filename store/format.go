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
)

// Formats are the names WriteEvents accepts.
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
//     actors and place into columns.
func WriteEvents(w io.Writer, rows []EventRow, format string) error {
	switch format {
	case "table":
		return writeTable(w, rows)
	case "json":
		return writeJSON(w, rows)
	case "csv":
		return writeCSV(w, rows)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

func writeTable(w io.Writer, rows []EventRow) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tSOURCE\tCAMEO\tTARGET\tQUAD\tGOLDSTEIN\tTEXT")
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
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%.1f\t%s\n",
			orDash(r.Date), orDash(r.Source.Code), orDash(r.Cameo), target,
			r.QuadClass, r.Goldstein, shorten(text, tableTextWidth))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	noun := "events"
	if len(rows) == 1 {
		noun = "event"
	}
	_, err := fmt.Fprintf(w, "%d %s\n", len(rows), noun)
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

func writeJSON(w io.Writer, rows []EventRow) error {
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
	"negated", "modality", "confidence", "doc_title", "sentence_text",
}

func writeCSV(w io.Writer, rows []EventRow) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
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
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
