package eval

// Real-news event gold: stand-off annotations of sentences of real wire
// stories (data/event/gold/realnews.tsv) scored against the events of dyad's
// whole default pipeline. The story texts are not in the repository; the
// annotation file names each story by id and each sentence by its byte span
// in the story's text, and the texts are read from a JSON Lines file
// (../shared/data/bench-news/te3-silver-news.jsonl).

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/read"
)

// GoldRecord is one annotated sentence of a story: its byte span in the
// story's text and the events a careful CAMEO coder codes in it (none for a
// sentence with no codable event).
type GoldRecord struct {
	Story      string
	Start, End int
	Expected   []SuiteEvent
	// Position is the story's position (0-based) among the distinct
	// stories of the file, in file order; even positions are the
	// development split, odd ones are held out.
	Position int
	// DevOnly marks a record of a development-only file (a "# split: dev"
	// line): it is in the development split whatever its position.
	DevOnly bool
}

// Dev reports whether the record is in the development split.
func (r GoldRecord) Dev() bool { return r.DevOnly || r.Position%2 == 0 }

// ReadEventGold reads a stand-off event gold file: lines of story id, start
// and end byte offsets, then one column per expected event ("CODE SOURCE
// TARGET", "---" for a missing target) or a single "none". Lines starting
// with # are comments; a comment "# split: dev" makes every record of the
// file a development record (a set made only to choose rules on).
func ReadEventGold(r io.Reader) ([]GoldRecord, error) {
	var out []GoldRecord
	pos := map[string]int{}
	devOnly := false
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(line, "#") {
			if strings.TrimSpace(strings.TrimPrefix(line, "#")) == "split: dev" {
				devOnly = true
			}
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 {
			return nil, fmt.Errorf("line %d: want story, start, end and events, got %d columns", n, len(f))
		}
		start, err1 := strconv.Atoi(f[1])
		end, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || start < 0 || end <= start {
			return nil, fmt.Errorf("line %d: bad span %q–%q", n, f[1], f[2])
		}
		p, ok := pos[f[0]]
		if !ok {
			p = len(pos)
			pos[f[0]] = p
		}
		rec := GoldRecord{Story: f[0], Start: start, End: end, Position: p, DevOnly: devOnly}
		for _, col := range f[3:] {
			col = strings.TrimSpace(col)
			if col == "none" {
				if len(f) > 4 {
					return nil, fmt.Errorf("line %d: \"none\" beside events", n)
				}
				continue
			}
			e := strings.Fields(col)
			if len(e) != 3 || !evCodeRe.MatchString(e[0]) {
				return nil, fmt.Errorf("line %d: bad event %q (want CODE SOURCE TARGET)", n, col)
			}
			rec.Expected = append(rec.Expected, SuiteEvent{Code: e[0], Source: e[1], Target: e[2]})
		}
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no records")
	}
	return out, nil
}

// Story is one input document of a JSON Lines corpus.
type Story struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Source string `json:"source"`
	Text   string `json:"text"`
}

// ReadStories reads the stories of a JSON Lines file whose ids are in want
// (all of them when want is nil).
func ReadStories(path string, want map[string]bool) (map[string]Story, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]Story{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var s Story
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if want == nil || want[s.ID] {
			out[s.ID] = s
		}
	}
	return out, sc.Err()
}

// RealNewsCounts are the strict and relaxed tallies of a set of records.
// Strict compares (CAMEO code, source code, target code); relaxed compares
// the code's root (first two digits) and the actors' countries (see
// CountryLevel). Both count only the coded events with a source and a
// target, as the gold codes only those; Emitted is strict over every
// non-negated event the pipeline emits, one-actor events included.
type RealNewsCounts struct{ Strict, Relaxed, Emitted SuiteCounts }

func (c *RealNewsCounts) add(o RealNewsCounts) {
	c.Strict.add(o.Strict)
	c.Relaxed.add(o.Relaxed)
	c.Emitted.add(o.Emitted)
}

// RealNewsResult is the outcome of a real-news gold run.
type RealNewsResult struct {
	Stories, Records            int
	Development, HeldOut, Total RealNewsCounts
	// WithEvents and NoEvents split the total by whether the gold expects
	// an event: a coder that codes nothing is exactly right on NoEvents.
	WithEvents, NoEvents RealNewsCounts
}

// RealNewsOptions tune RunRealNews.
type RealNewsOptions struct {
	// Stages replaces the default pipeline (pipeline.Standard); for tests.
	Stages []pipeline.Stage
	// Details, when set, receives each record's expected and coded events.
	Details io.Writer
}

// RunRealNews codes every annotated story of the gold file with the whole
// default pipeline (its date from the stories file), takes the events of
// each annotated sentence (non-negated events whose sentence overlaps the
// record's span) and scores them against the gold, printing the report on
// w. This is `dyad eval events --gold FILE`.
func RunRealNews(goldPath, storiesPath string, w io.Writer, opt RealNewsOptions) (*RealNewsResult, error) {
	recs, err := readGoldFile(goldPath, ReadEventGold)
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, r := range recs {
		want[r.Story] = true
	}
	stories, p, err := goldPipeline(storiesPath, want, opt.Stages, "real-news gold")
	if err != nil {
		return nil, err
	}
	res, err := ScoreRealNews(recs, stories, p, opt.Details)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", goldPath, err)
	}
	WriteRealNewsReport(w, goldPath, res)
	return res, nil
}

// readGoldFile reads a stand-off gold file with read, naming the file in
// a parse error.
func readGoldFile[T any](path string, read func(io.Reader) ([]T, error)) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out, err := read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// goldPipeline reads the stories of storiesPath that want names and gives
// them with the pipeline to code them: stages, or the default pipeline when
// stages is nil (what names the gold in an error).
func goldPipeline(storiesPath string, want map[string]bool, stages []pipeline.Stage, what string) (map[string]Story, *pipeline.Pipeline, error) {
	stories, err := ReadStories(storiesPath, want)
	if err != nil {
		return nil, nil, err
	}
	if stages == nil {
		if stages, err = pipeline.Standard(pipeline.Options{}); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", what, err)
		}
	}
	return stories, &pipeline.Pipeline{Stages: stages}, nil
}

// codeStory runs p over a story of the stories file.
func codeStory(p *pipeline.Pipeline, s Story) (*doc.Document, error) {
	d := &doc.Document{ID: s.ID, Date: s.Date, Source: s.Source, Text: s.Text}
	read.FindDateline(d) // as `dyad code` reads the story (places round 8)
	if err := p.Process(d); err != nil {
		return nil, fmt.Errorf("story %s: %w", s.ID, err)
	}
	return d, nil
}

// ScoreRealNews runs p over each story the records name and scores them.
func ScoreRealNews(recs []GoldRecord, stories map[string]Story, p *pipeline.Pipeline, details io.Writer) (*RealNewsResult, error) {
	res := &RealNewsResult{}
	docs := map[string]*doc.Document{}
	for _, r := range recs {
		d, ok := docs[r.Story]
		if !ok {
			s, found := stories[r.Story]
			if !found {
				return nil, fmt.Errorf("story %s not in the stories file", r.Story)
			}
			var err error
			if d, err = codeStory(p, s); err != nil {
				return nil, err
			}
			docs[r.Story] = d
			res.Stories++
		}
		if r.End > len(d.Text) {
			return nil, fmt.Errorf("story %s: span %d–%d beyond its %d bytes", r.Story, r.Start, r.End, len(d.Text))
		}
		all := RecordEvents(d, r.Start, r.End)
		got := WithActors(all)
		c := ScoreGoldRecord(r.Expected, got)
		c.Emitted = scoreRecord(&PetrarchRecord{Expected: r.Expected}, all)
		if details != nil {
			writeGoldDetails(details, d, r, got, all, c)
		}
		res.Records++
		if r.Dev() {
			res.Development.add(c)
		} else {
			res.HeldOut.add(c)
		}
		res.Total.add(c)
		if len(r.Expected) > 0 {
			res.WithEvents.add(c)
		} else {
			res.NoEvents.add(c)
		}
	}
	return res, nil
}

// RecordEvents returns, as the suites compare them and without duplicates,
// the events dyad coded in the sentences overlapping [start, end) of d.
// Negated events are left out: CAMEO codes no negated event.
func RecordEvents(d *doc.Document, start, end int) []SuiteEvent {
	var out []SuiteEvent
	seen := map[SuiteEvent]bool{}
	for _, e := range d.Events {
		if e.Negated || e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
			continue
		}
		s := d.Sentences[e.Sentence]
		if s.End <= start || s.Start >= end {
			continue
		}
		t := "---"
		if e.Target != nil && e.Target.Code != "" {
			t = e.Target.Code
		}
		src := e.Source.Code
		if src == "" {
			src = "---"
		}
		se := SuiteEvent{Code: e.Cameo, Source: src, Target: t}
		if !seen[se] {
			seen[se] = true
			out = append(out, se)
		}
	}
	return out
}

// WithActors keeps the events with both a source and a target code.
func WithActors(evs []SuiteEvent) []SuiteEvent {
	var out []SuiteEvent
	for _, e := range evs {
		if e.Source != "---" && e.Target != "---" {
			out = append(out, e)
		}
	}
	return out
}

// ScoreGoldRecord scores one record strictly and relaxed, with the suites'
// conventions (scoreRecord): a record expecting no event counts one expected
// "no event", found when nothing is coded.
func ScoreGoldRecord(expected, got []SuiteEvent) RealNewsCounts {
	strict := scoreRecord(&PetrarchRecord{Expected: expected, NoEvents: len(expected) == 0}, got)
	relaxed := scoreRecord(&PetrarchRecord{Expected: relaxEvents(expected), NoEvents: len(expected) == 0}, relaxEvents(got))
	return RealNewsCounts{Strict: strict, Relaxed: relaxed}
}

// relaxEvents maps events to their code's root and their actors' country
// level, without duplicates.
func relaxEvents(evs []SuiteEvent) []SuiteEvent {
	var out []SuiteEvent
	seen := map[SuiteEvent]bool{}
	for _, e := range evs {
		r := SuiteEvent{Code: e.Code, Source: CountryLevel(e.Source), Target: CountryLevel(e.Target)}
		if len(r.Code) > 2 {
			r.Code = r.Code[:2]
		}
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}

// CountryLevel cuts an actor code to its country: the first three letters
// (RUSGOV → RUS), or for international, non-governmental and multinational
// actors (IGO…, NGO…, MNC…) the first six (IGOUNOKID → IGOUNO). "---"
// stays as it is.
func CountryLevel(code string) string {
	switch {
	case code == "---" || len(code) <= 3:
		return code
	case strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "MNC"):
		if len(code) > 6 {
			return code[:6]
		}
		return code
	}
	return code[:3]
}

func writeGoldDetails(w io.Writer, d *doc.Document, r GoldRecord, got, all []SuiteEvent, c RealNewsCounts) {
	// The sentence text goes to the details file only, never into the
	// repository: the stories may be read, not redistributed.
	fmt.Fprintf(w, "%-5s %s %d-%d [%s] %s\n", recordMark(c.Strict), r.Story, r.Start, r.End, splitName(r.Dev()),
		strings.Join(strings.Fields(d.Text[r.Start:r.End]), " "))
	exp := eventStrings(r.Expected, false)
	if len(exp) == 0 {
		exp = append(exp, "(none)")
	}
	g := eventStrings(got, true)
	var one []string
	for _, e := range all {
		if e.Source == "---" || e.Target == "---" {
			one = append(one, e.String())
		}
	}
	sort.Strings(one)
	fmt.Fprintf(w, "      expected: %s\n      coded:    %s\n      one-actor (not scored): %s\n",
		strings.Join(exp, "; "), strings.Join(g, "; "), strings.Join(one, "; "))
}

// WriteRealNewsReport prints the strict and relaxed tables: development,
// held-out and total, and the total split by whether the gold expects an
// event.
func WriteRealNewsReport(w io.Writer, path string, res *RealNewsResult) {
	fmt.Fprintf(w, "%s: %d records from %d stories, dyad's whole default pipeline on the raw story text\n", path, res.Records, res.Stories)
	for _, level := range []string{"strict", "relaxed", "strict, all emitted"} {
		pick := func(c RealNewsCounts) SuiteCounts {
			switch level {
			case "strict":
				return c.Strict
			case "relaxed":
				return c.Relaxed
			}
			return c.Emitted
		}
		fmt.Fprintf(w, "%-20s %8s %9s %8s %8s %8s %12s\n", level, "records", "expected", "found", "extras", "exact", "extra/record")
		line := func(name string, rc RealNewsCounts) {
			c := pick(rc)
			fmt.Fprintf(w, "%-20s %8d %9d %7.1f%% %7.1f%% %7.1f%% %12.3f\n", name, c.Records, c.Expected,
				100*c.FoundShare(), 100*c.ExtraShare(), 100*c.ExactShare(), evRatio(c.ExtraEvents, c.Records))
		}
		if res.HeldOut.Strict.Records == 0 {
			// A development-only file ("# split: dev").
			line("dev (all records)", res.Development)
		} else {
			line("dev (even stories)", res.Development)
			line("held-out (odd)", res.HeldOut)
		}
		line("total", res.Total)
		line("  gold has events", res.WithEvents)
		line("  gold has none", res.NoEvents)
		fmt.Fprintln(w, strings.Repeat("-", 80))
	}
	fmt.Fprintln(w, "strict = same CAMEO code, source and target codes; relaxed = same root (first two digits) and actors' countries;")
	fmt.Fprintln(w, "both over coded events with a source and a target (the gold codes only those); \"all emitted\" adds one-actor events.")
	fmt.Fprintln(w, "found = expected events coded (a record expecting none counts one, found when nothing is coded);")
	fmt.Fprintln(w, "extras = records with an event not expected; exact = records coded exactly right.")
	fmt.Fprintln(w, "Splits: records of stories at even positions in the gold file are dev, odd ones held out.")
}
