package eval

// Event places and dates on real news: a stand-off gold giving the expected
// events of the real-news event gold (data/event/gold/realnews-dev*.tsv) the
// place and date a careful reader gives them (data/event/gold/places-dev1.tsv,
// README "Event places and dates"), scored over the gold events the coder
// found. This is `dyad eval event-places --gold FILE`.

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/pipeline"
)

// PlaceGold is one gold event with its place and date.
type PlaceGold struct {
	Story      string
	Start, End int
	Event      SuiteEvent
	// Place is "NONE", a country code ("IRQ") or "Name|CCC".
	Place string
	// Date is "NONE" or a date value (2006-11-03, 2006-11, 2006-W46, 2006).
	Date string
}

// ReadPlaceGold reads a places gold file: story id, start, end, event
// ("CODE SOURCE TARGET"), place, date; # lines are comments.
func ReadPlaceGold(r io.Reader) ([]PlaceGold, error) {
	var out []PlaceGold
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("line %d: want story, start, end, event, place and date, got %d columns", n, len(f))
		}
		start, err1 := strconv.Atoi(f[1])
		end, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || start < 0 || end <= start {
			return nil, fmt.Errorf("line %d: bad span %q–%q", n, f[1], f[2])
		}
		e := strings.Fields(f[3])
		if len(e) != 3 || !evCodeRe.MatchString(e[0]) {
			return nil, fmt.Errorf("line %d: bad event %q (want CODE SOURCE TARGET)", n, f[3])
		}
		pl, dt := strings.TrimSpace(f[4]), strings.TrimSpace(f[5])
		if !validGoldPlace(pl) {
			return nil, fmt.Errorf("line %d: bad place %q (want Name|CCC, CCC or NONE)", n, pl)
		}
		if dt == "" {
			return nil, fmt.Errorf("line %d: empty date (want a value or NONE)", n)
		}
		out = append(out, PlaceGold{Story: f[0], Start: start, End: end,
			Event: SuiteEvent{Code: e[0], Source: e[1], Target: e[2]}, Place: pl, Date: dt})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no records")
	}
	return out, nil
}

func validGoldPlace(p string) bool {
	if p == "NONE" {
		return true
	}
	if name, cc, ok := strings.Cut(p, "|"); ok {
		return name != "" && len(cc) == 3
	}
	return len(p) == 3 && strings.ToUpper(p) == p
}

// PlaceCounts are the tallies of an event-places run. Place and date shares
// are over the Found events.
type PlaceCounts struct {
	Gold, Found                 int
	PlaceExact, PlaceCountry    int
	DateExact, DateCompatible   int
	GoldNone, GoldNoneRight     int // gold place NONE, and dyad gave none
	GoldNamed, GoldNamedExact   int // gold place given, and dyad's is that place
	GoldNamedNone               int // gold place given, dyad gave none
	GoldDateNone, GoldDateRight int // gold date NONE, and dyad's unresolved
}

// matchGoldEvent returns the coded event of the record that best matches
// g: same code, source and target; else the same root and both actors'
// countries; else the same root and one actor's country. Nil when none.
func matchGoldEvent(d *doc.Document, g PlaceGold) *doc.Event {
	var best *doc.Event
	bestTier := 0
	root := func(c string) string {
		if len(c) > 2 {
			return c[:2]
		}
		return c
	}
	for i := range d.Events {
		e := &d.Events[i]
		if e.Negated || e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
			continue
		}
		s := d.Sentences[e.Sentence]
		if s.End <= g.Start || s.Start >= g.End {
			continue
		}
		if root(e.Cameo) != root(g.Event.Code) {
			continue
		}
		src, tgt := "---", "---"
		if e.Source.Code != "" {
			src = e.Source.Code
		}
		if e.Target != nil && e.Target.Code != "" {
			tgt = e.Target.Code
		}
		sameSrc := CountryLevel(src) == CountryLevel(g.Event.Source)
		sameTgt := CountryLevel(tgt) == CountryLevel(g.Event.Target)
		tier := 0
		switch {
		case e.Cameo == g.Event.Code && src == g.Event.Source && tgt == g.Event.Target:
			tier = 3
		case sameSrc && sameTgt:
			tier = 2
		case sameSrc || sameTgt:
			tier = 1
		}
		if tier > bestTier {
			best, bestTier = e, tier
		}
	}
	return best
}

// PlaceRight reports whether dyad's place p is the gold place exactly and
// whether it is in the same country (both none counts as both).
func PlaceRight(gold string, p *doc.Place) (exact, country bool) {
	if gold == "NONE" {
		return p == nil, p == nil
	}
	if p == nil {
		return false, false
	}
	name, cc, named := strings.Cut(gold, "|")
	if !named {
		cc = gold
		return p.Feature == "country" && p.Country == cc, p.Country == cc
	}
	return strings.EqualFold(p.Name, name) && p.Country == cc, p.Country == cc
}

// DateRight reports whether an event's date is the gold date exactly and
// whether the two are compatible (one a prefix of the other). A gold NONE
// is right when dyad leaves the date unresolved.
func DateRight(gold string, e *doc.Event) (exact, compatible bool) {
	if gold == "NONE" {
		ok := e.DateType == "unresolved" || e.Date == ""
		return ok, ok
	}
	if e.Date == "" {
		return false, false
	}
	if e.Date == gold {
		return true, true
	}
	return false, strings.HasPrefix(e.Date, gold) || strings.HasPrefix(gold, e.Date)
}

// ScoreEventPlaces scores the gold events against the coded documents
// (by story id), writing each miss to errs when it is not nil.
func ScoreEventPlaces(golds []PlaceGold, docs map[string]*doc.Document, errs io.Writer) (PlaceCounts, error) {
	var c PlaceCounts
	for _, g := range golds {
		d, ok := docs[g.Story]
		if !ok {
			return c, fmt.Errorf("story %s not coded", g.Story)
		}
		if g.End > len(d.Text) {
			return c, fmt.Errorf("story %s: span %d–%d beyond its %d bytes", g.Story, g.Start, g.End, len(d.Text))
		}
		c.Gold++
		e := matchGoldEvent(d, g)
		if e == nil {
			continue
		}
		c.Found++
		pe, pc := PlaceRight(g.Place, e.Place)
		de, dc := DateRight(g.Date, e)
		if pe {
			c.PlaceExact++
		}
		if pc {
			c.PlaceCountry++
		}
		if de {
			c.DateExact++
		}
		if dc {
			c.DateCompatible++
		}
		if g.Place == "NONE" {
			c.GoldNone++
			if pe {
				c.GoldNoneRight++
			}
		} else {
			c.GoldNamed++
			if pe {
				c.GoldNamedExact++
			}
			if e.Place == nil {
				c.GoldNamedNone++
			}
		}
		if g.Date == "NONE" {
			c.GoldDateNone++
			if de {
				c.GoldDateRight++
			}
		}
		if errs != nil && (!pe || !de) {
			got := "NONE"
			if p := e.Place; p != nil {
				got = fmt.Sprintf("%s|%s (%s %q)", p.Name, p.Country, p.Feature, p.Text)
			}
			mark := func(ok bool) string {
				if ok {
					return "ok"
				}
				return "WRONG"
			}
			fmt.Fprintf(errs, "%s %d-%d %s (coded %s %s %s)\n", g.Story, g.Start, g.End, g.Event.String(),
				e.Cameo, e.Source.Code, targetCode(e))
			fmt.Fprintf(errs, "    place %-5s gold %-22s dyad %s\n", mark(pe), g.Place, got)
			fmt.Fprintf(errs, "    date  %-5s gold %-22s dyad %s (%s)\n", mark(de), g.Date, e.Date, e.DateType)
		}
	}
	return c, nil
}

func targetCode(e *doc.Event) string {
	if e.Target == nil || e.Target.Code == "" {
		return "---"
	}
	return e.Target.Code
}

// EventPlacesOptions tune RunEventPlaces.
type EventPlacesOptions struct {
	// Stages replaces the default pipeline (pipeline.Standard); for tests.
	Stages []pipeline.Stage
	// Errors, when set, receives every found event whose place or date is
	// wrong.
	Errors io.Writer
}

// RunEventPlaces codes every story the gold names with the whole default
// pipeline and prints the place and date figures on w.
func RunEventPlaces(goldPath, storiesPath string, w io.Writer, opt EventPlacesOptions) (PlaceCounts, error) {
	golds, err := readGoldFile(goldPath, ReadPlaceGold)
	if err != nil {
		return PlaceCounts{}, err
	}
	want := map[string]bool{}
	for _, g := range golds {
		want[g.Story] = true
	}
	stories, p, err := goldPipeline(storiesPath, want, opt.Stages, "event places gold")
	if err != nil {
		return PlaceCounts{}, err
	}
	docs := map[string]*doc.Document{}
	for id := range want {
		s, ok := stories[id]
		if !ok {
			return PlaceCounts{}, fmt.Errorf("story %s not in the stories file", id)
		}
		d, err := codeStory(p, s)
		if err != nil {
			return PlaceCounts{}, err
		}
		docs[id] = d
	}
	c, err := ScoreEventPlaces(golds, docs, opt.Errors)
	if err != nil {
		return c, fmt.Errorf("%s: %w", goldPath, err)
	}
	WriteEventPlacesReport(w, goldPath, len(docs), c)
	return c, nil
}

// WriteEventPlacesReport prints the figures of an event-places run.
func WriteEventPlacesReport(w io.Writer, path string, stories int, c PlaceCounts) {
	pct := func(a, b int) string {
		if b == 0 {
			return "   -  "
		}
		return fmt.Sprintf("%5.1f%%", 100*float64(a)/float64(b))
	}
	fmt.Fprintf(w, "%s: %d gold events from %d stories, dyad's whole default pipeline\n", path, c.Gold, stories)
	fmt.Fprintf(w, "gold events found by the coder    %4d of %4d %s\n", c.Found, c.Gold, pct(c.Found, c.Gold))
	fmt.Fprintf(w, "place exact (gazetteer place)     %4d of %4d %s\n", c.PlaceExact, c.Found, pct(c.PlaceExact, c.Found))
	fmt.Fprintf(w, "place same country                %4d of %4d %s\n", c.PlaceCountry, c.Found, pct(c.PlaceCountry, c.Found))
	fmt.Fprintf(w, "  gold place given: exact         %4d of %4d %s  (dyad gave none: %d)\n", c.GoldNamedExact, c.GoldNamed, pct(c.GoldNamedExact, c.GoldNamed), c.GoldNamedNone)
	fmt.Fprintf(w, "  gold place NONE: dyad none      %4d of %4d %s\n", c.GoldNoneRight, c.GoldNone, pct(c.GoldNoneRight, c.GoldNone))
	fmt.Fprintf(w, "date exact                        %4d of %4d %s\n", c.DateExact, c.Found, pct(c.DateExact, c.Found))
	fmt.Fprintf(w, "date compatible (prefix)          %4d of %4d %s\n", c.DateCompatible, c.Found, pct(c.DateCompatible, c.Found))
	fmt.Fprintf(w, "  gold date NONE: dyad unresolved %4d of %4d %s\n", c.GoldDateRight, c.GoldDateNone, pct(c.GoldDateRight, c.GoldDateNone))
	fmt.Fprintln(w, "found = a coded event of the record's sentence with the gold's CAMEO root and its source's or target's country;")
	fmt.Fprintln(w, "place exact = same gazetteer name and country (a country-alone gold needs a country), or both none.")
}
