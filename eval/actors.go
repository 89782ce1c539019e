package eval

// Actor-code gold: stand-off annotations of the actor mentions of real wire
// stories (data/actor/gold/*.tsv) scored against the entities of dyad's
// whole default pipeline. As for the event gold, the story texts are not in
// the repository: each line names a story by id and a mention by its byte
// span in the story's text, and the texts are read from a JSON Lines file
// (../shared/data/bench-news/te3-silver-news.jsonl). See
// data/actor/gold/README.md for what is annotated and how.

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/pipeline"
)

// ActorGold is one annotated mention: its byte span in the story's text and
// the code a careful coder gives it, "none" for a mention that should have
// no code, or "?" for one left unscored (it is neither counted nor an extra).
type ActorGold struct {
	Story      string
	Start, End int
	Code       string
	Line       int
}

// Scored reports whether the mention counts (it is not "?").
func (g ActorGold) Scored() bool { return g.Code != "?" }

// ReadActorGold reads a stand-off actor gold file: lines of story id, start
// and end byte offsets and the gold code ("none", "?"), separated by tabs,
// after an optional header row (story start end code). Lines starting with
// # are comments.
func ReadActorGold(r io.Reader) ([]ActorGold, error) {
	var out []ActorGold
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("line %d: %d fields, want 4 (story, start, end, code)", n, len(f))
		}
		if len(out) == 0 && f[1] == "start" {
			continue // the header row
		}
		start, err1 := strconv.Atoi(f[1])
		end, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || start < 0 || end <= start {
			return nil, fmt.Errorf("line %d: bad span %q–%q", n, f[1], f[2])
		}
		code := strings.TrimSpace(f[3])
		if code == "" {
			return nil, fmt.Errorf("line %d: empty code (write none)", n)
		}
		if code != "none" && code != "?" && !isActorCode(code) {
			return nil, fmt.Errorf("line %d: bad code %q", n, code)
		}
		out = append(out, ActorGold{Story: f[0], Start: start, End: end, Code: code, Line: n})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no mentions")
	}
	return out, nil
}

func isActorCode(c string) bool {
	if len(c) < 3 || len(c)%3 != 0 {
		return false
	}
	for _, r := range c {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// SplitActorCode splits a CAMEO-style code into its country and first
// sector part: "KENGOV" → KEN, GOV; "KEN" → KEN, ""; international codes
// lead with their kind, so "IGOUNO" → UNO, IGO and "MNCJPN" → JPN, MNC;
// "IGO" alone → "", IGO.
func SplitActorCode(c string) (country, sector string) {
	if len(c) < 3 {
		return "", c
	}
	switch c[:3] {
	case "IGO", "NGO", "MNC":
		if len(c) >= 6 {
			return c[3:6], c[:3]
		}
		return "", c[:3]
	}
	if len(c) >= 6 {
		return c[:3], c[3:6]
	}
	return c[:3], ""
}

// ActorCounts tally an actor gold run.
type ActorCounts struct {
	// Coded is the number of scored gold mentions with a code; Exact,
	// CountryRight and SectorRight count those whose matched entity has
	// the same code, country or sector (SplitActorCode). Uncoded counts
	// those matched by an entity without a code, Missed those no entity
	// overlaps.
	Coded, Exact, CountryRight, SectorRight, Uncoded, Missed int
	// None is the number of gold "none" mentions; NoneRight those with no
	// coded entity, so FalseCode = None − NoneRight.
	None, NoneRight int
	// Extras are coded entities that overlap no gold mention (scored or
	// not); Predicted is every coded entity of the stories.
	Extras, Predicted int
	// Pronouns and PronounsExact restrict Coded and Exact to pronouns.
	Pronouns, PronounsExact int
}

func (c *ActorCounts) add(o ActorCounts) {
	c.Coded += o.Coded
	c.Exact += o.Exact
	c.CountryRight += o.CountryRight
	c.SectorRight += o.SectorRight
	c.Uncoded += o.Uncoded
	c.Missed += o.Missed
	c.None += o.None
	c.NoneRight += o.NoneRight
	c.Extras += o.Extras
	c.Predicted += o.Predicted
	c.Pronouns += o.Pronouns
	c.PronounsExact += o.PronounsExact
}

// Accuracy is the share of scored mentions whose code (or none) is right.
func (c ActorCounts) Accuracy() float64 {
	return pct(c.Exact+c.NoneRight, c.Coded+c.None)
}

// ActorError is one wrong mention: kind is "code" (wrong code), "uncoded",
// "missed", "false" (a none mention coded) or "extra".
type ActorError struct {
	Story      string
	Kind       string
	Start, End int
	Text       string
	Gold       string
	Got        string // the matched entity's code, "" when none
	GotText    string // the matched entity's text
	GotStart   int
	GotEnd     int
	Antecedent string // the matched entity's antecedent text, if any
	Line       int    // the gold file line (0 for extras)
}

// ActorResult is the outcome of an actor gold run.
type ActorResult struct {
	Stories, Mentions, Unscored int
	Total                       ActorCounts
	Errors                      []ActorError
}

// ActorOptions tune RunActors.
type ActorOptions struct {
	// Stages replaces the default pipeline (pipeline.Standard); for tests.
	Stages []pipeline.Stage
	// Errors, when set, receives one line per wrong mention.
	Errors io.Writer
}

// RunActors codes every annotated story of the gold file with the whole
// default pipeline (its date from the stories file), matches each gold
// mention to the entities of the document and prints the report on w. This
// is `dyad eval actors --gold FILE`.
func RunActors(goldPath, storiesPath string, w io.Writer, opt ActorOptions) (*ActorResult, error) {
	gold, err := readGoldFile(goldPath, ReadActorGold)
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, g := range gold {
		want[g.Story] = true
	}
	stories, p, err := goldPipeline(storiesPath, want, opt.Stages, "actor gold")
	if err != nil {
		return nil, err
	}
	docs := map[string]*doc.Document{}
	for _, g := range gold {
		if docs[g.Story] != nil {
			continue
		}
		s, ok := stories[g.Story]
		if !ok {
			return nil, fmt.Errorf("%s: story %s not in %s", goldPath, g.Story, storiesPath)
		}
		d, err := codeStory(p, s)
		if err != nil {
			return nil, err
		}
		docs[g.Story] = d
	}
	res, err := ScoreActors(gold, docs)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", goldPath, err)
	}
	WriteActorReport(w, goldPath, res)
	if opt.Errors != nil {
		WriteActorErrors(opt.Errors, res)
	}
	return res, nil
}

// ScoreActors matches the gold mentions of each story to the entities of
// its coded document. A gold mention is matched by the entity that overlaps
// its head (GoldHead) and, among several, overlaps the whole mention most
// (then a coded one first, then the earlier). Coded entities that overlap no
// gold mention are extras.
func ScoreActors(gold []ActorGold, docs map[string]*doc.Document) (*ActorResult, error) {
	res := &ActorResult{}
	byStory := map[string][]ActorGold{}
	var order []string
	for _, g := range gold {
		if _, ok := byStory[g.Story]; !ok {
			order = append(order, g.Story)
		}
		byStory[g.Story] = append(byStory[g.Story], g)
	}
	for _, id := range order {
		d := docs[id]
		if d == nil {
			return nil, fmt.Errorf("story %s was not coded", id)
		}
		res.Stories++
		c, errs, err := scoreActorStory(byStory[id], d)
		if err != nil {
			return nil, fmt.Errorf("story %s: %w", id, err)
		}
		res.Total.add(c)
		res.Errors = append(res.Errors, errs...)
		for _, g := range byStory[id] {
			res.Mentions++
			if !g.Scored() {
				res.Unscored++
			}
		}
	}
	return res, nil
}

func entityCode(e doc.Entity) string {
	if e.Actor == nil {
		return ""
	}
	return e.Actor.Code
}

func overlap(a0, a1, b0, b1 int) int {
	lo, hi := max(a0, b0), min(a1, b1)
	if hi > lo {
		return hi - lo
	}
	return 0
}

var goldPronouns = map[string]bool{
	"he": true, "him": true, "his": true, "she": true, "her": true,
	"they": true, "them": true, "their": true, "it": true, "its": true,
}

func scoreActorStory(gold []ActorGold, d *doc.Document) (ActorCounts, []ActorError, error) {
	var c ActorCounts
	var errs []ActorError
	covered := make([]bool, len(d.Entities))
	used := make([]bool, len(d.Entities)) // an entity matches one gold mention at most
	for _, g := range gold {
		if g.End > len(d.Text) {
			return c, nil, fmt.Errorf("line %d: span %d–%d beyond its %d bytes", g.Line, g.Start, g.End, len(d.Text))
		}
		h0, h1 := GoldHead(d.Text, g.Start, g.End)
		best, bestOv := -1, 0
		for i, e := range d.Entities {
			if overlap(e.Start, e.End, g.Start, g.End) > 0 {
				covered[i] = true
			}
			if overlap(e.Start, e.End, h0, h1) == 0 || used[i] {
				continue
			}
			ov := overlap(e.Start, e.End, g.Start, g.End)
			if best < 0 || ov > bestOv || ov == bestOv && entityCode(e) != "" && entityCode(d.Entities[best]) == "" {
				best, bestOv = i, ov
			}
		}
		if !g.Scored() {
			continue
		}
		if g.Code == "none" && (best < 0 || entityCode(d.Entities[best]) == "") {
			// a coded entity anywhere in a mention that should have no
			// code is a false code too ("Vietnam" in "the Vietnam War")
			for i, e := range d.Entities {
				if !used[i] && entityCode(e) != "" && overlap(e.Start, e.End, g.Start, g.End) > 0 {
					best = i
					break
				}
			}
		}
		if best >= 0 {
			used[best] = true
		}
		text := d.Text[g.Start:g.End]
		e := ActorError{Story: d.ID, Start: g.Start, End: g.End, Text: text, Gold: g.Code, Line: g.Line}
		got := ""
		if best >= 0 {
			m := d.Entities[best]
			got = entityCode(m)
			e.Got, e.GotText, e.GotStart, e.GotEnd = got, m.Text, m.Start, m.End
			if m.Antecedent != nil {
				e.Antecedent = m.Antecedent.Text
			}
		}
		if g.Code == "none" {
			c.None++
			if got == "" {
				c.NoneRight++
			} else {
				e.Kind = "false"
				errs = append(errs, e)
			}
			continue
		}
		c.Coded++
		pron := goldPronouns[strings.ToLower(text)]
		if pron {
			c.Pronouns++
		}
		switch {
		case best < 0:
			c.Missed++
			e.Kind = "missed"
		case got == "":
			c.Uncoded++
			e.Kind = "uncoded"
		default:
			gc, gs := SplitActorCode(g.Code)
			pc, ps := SplitActorCode(got)
			if gc == pc {
				c.CountryRight++
			}
			if gs == ps {
				c.SectorRight++
			}
			if got == g.Code {
				c.Exact++
				if pron {
					c.PronounsExact++
				}
			} else {
				e.Kind = "code"
			}
		}
		if e.Kind != "" {
			errs = append(errs, e)
		}
	}
	for i, e := range d.Entities {
		if entityCode(e) == "" {
			continue
		}
		c.Predicted++
		if !covered[i] {
			c.Extras++
			errs = append(errs, ActorError{Story: d.ID, Kind: "extra", Start: e.Start, End: e.End, Text: e.Text,
				Got: entityCode(e), GotText: e.Text, GotStart: e.Start, GotEnd: e.End})
		}
	}
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Start < errs[j].Start })
	return c, errs, nil
}

// GoldHead is the head word of the gold mention text[start:end]: the word
// before a first " of " ("Ministry of Finance" → Ministry), else the last
// word ("Kenyan Trade Minister Obadiah Wanjala" → Wanjala, "the Kenyan
// police" → police). A closing parenthesised part is skipped ("Bank of
// China (Hong Kong)" → Bank).
func GoldHead(text string, start, end int) (int, int) {
	s := text[start:end]
	if i := strings.Index(s, " of "); i > 0 {
		s = s[:i]
	} else if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, " ("); i > 0 {
			s = s[:i]
		}
	}
	s = strings.TrimRight(s, " ")
	j := strings.LastIndexAny(s, " \n\t")
	return start + j + 1, start + len(s)
}

// WriteActorReport prints the figures of an actor gold run.
func WriteActorReport(w io.Writer, path string, res *ActorResult) {
	c := res.Total
	fmt.Fprintf(w, "actor gold %s: %d stories, %d mentions (%d with a code, %d none, %d unscored)\n",
		path, res.Stories, res.Mentions, c.Coded, c.None, res.Unscored)
	fmt.Fprintf(w, "  accuracy (code or none right): %.1f%% (%d of %d)\n", c.Accuracy(), c.Exact+c.NoneRight, c.Coded+c.None)
	fmt.Fprintf(w, "  mentions with a code: exact %.1f%% (%d), country right %.1f%% (%d), sector right %.1f%% (%d)\n",
		pct(c.Exact, c.Coded), c.Exact, pct(c.CountryRight, c.Coded), c.CountryRight, pct(c.SectorRight, c.Coded), c.SectorRight)
	fmt.Fprintf(w, "    wrong code %d, matched but uncoded %d, missed (no entity) %d; pronouns exact %d of %d\n",
		c.Coded-c.Exact-c.Uncoded-c.Missed, c.Uncoded, c.Missed, c.PronounsExact, c.Pronouns)
	fmt.Fprintf(w, "  none mentions: right %d of %d, coded %d\n", c.NoneRight, c.None, c.None-c.NoneRight)
	fmt.Fprintf(w, "  extras (coded entities on no gold mention): %d of %d coded entities\n", c.Extras, c.Predicted)
}

// WriteActorErrors lists the wrong mentions, one a line: kind, story, span,
// gold text and code, then the matched entity's text and code (and its
// antecedent for a coreferent mention).
func WriteActorErrors(w io.Writer, res *ActorResult) {
	for _, e := range res.Errors {
		gold := fmt.Sprintf("%q %s", e.Text, e.Gold)
		if e.Kind == "extra" {
			gold = "-"
		}
		got := "-"
		if e.GotText != "" {
			got = fmt.Sprintf("%q %s", e.GotText, orDash(e.Got))
			if e.Antecedent != "" {
				got += fmt.Sprintf(" (antecedent %q)", e.Antecedent)
			}
		}
		fmt.Fprintf(w, "%-7s %s %d-%d\tgold %s\tgot %s\n", e.Kind, e.Story, e.Start, e.End, gold, got)
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
