package eval

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/event"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/syntax"
)

// Event dating against TimeML temporal links.
//
// TimeBank and AQUAINT link events to the times that contain them
// (TLINK IS_INCLUDED, DURING, SIMULTANEOUS, ...). For every event linked
// so to a DATE or TIME expression of its own sentence, the `when` stage
// (event.Date) is asked to date the event, with the gold expressions in
// place of the tagger's so that only the attachment is measured: it is
// right when it takes the linked expression's date. Events whose only
// anchor is the document creation time, in a sentence that has a date of
// its own, measure the opposite error: a date taken from another clause.

// eventDateDebug, when set, receives the events dated wrongly (tuning).
var eventDateDebug io.Writer

// anchorRel are the TLINK relations that place an event at or within a
// time (read from either side).
var anchorRel = map[string]bool{
	"IS_INCLUDED": true, "INCLUDES": true, "DURING": true, "SIMULTANEOUS": true,
	"IDENTITY": true, "BEGINS": true, "ENDS": true, "BEGUN_BY": true, "ENDED_BY": true,
}

// EventDateScore counts event-dating outcomes.
type EventDateScore struct {
	Docs int
	// Linked events: anchored to a date of their sentence. Right took that
	// date, Unresolved took none, Wrong took another.
	Linked, Right, Unresolved, Wrong int
	// Nearest is how many of the linked events the nearest date of the
	// sentence would have got right (a baseline without the tree).
	Nearest int
	// DCTOnly events: anchored only to the creation time, in a sentence
	// with a date; Taken of them were given a date of the sentence.
	DCTOnly, Taken int
}

// Add sums two scores.
func (s EventDateScore) Add(t EventDateScore) EventDateScore {
	return EventDateScore{s.Docs + t.Docs, s.Linked + t.Linked, s.Right + t.Right,
		s.Unresolved + t.Unresolved, s.Wrong + t.Wrong, s.Nearest + t.Nearest,
		s.DCTOnly + t.DCTOnly, s.Taken + t.Taken}
}

// ScoreEventDates dates the gold events of TimeML documents with the
// `when` stage; annotate parses a segmented document (the syntax stage).
func ScoreEventDates(docs []TimeMLDoc, annotate func(*doc.Document)) EventDateScore {
	var total EventDateScore
	for _, td := range docs {
		total = total.Add(scoreEventDatesDoc(td, annotate))
	}
	return total
}

func scoreEventDatesDoc(td TimeMLDoc, annotate func(*doc.Document)) EventDateScore {
	sc := EventDateScore{Docs: 1}
	d := doc.Document{ID: td.ID, Text: td.Text, Date: td.DCT}
	segment.Segment(&d)
	annotate(&d)
	d.Timexes = append([]doc.Timex(nil), td.Gold...)
	tidx := map[string]int{}
	for i, id := range td.GoldIDs {
		tidx[id] = i
	}
	sentOf := func(start int) int {
		for i, s := range d.Sentences {
			if start >= s.Start && start < s.End {
				return i
			}
		}
		return -1
	}
	// Anchors of each event instance: expression indices, and whether the
	// creation time is one.
	type anchors struct {
		times []int
		dct   bool
	}
	an := map[string]*anchors{}
	get := func(ei string) *anchors {
		a := an[ei]
		if a == nil {
			a = &anchors{}
			an[ei] = a
		}
		return a
	}
	for _, l := range td.TLinks {
		if !anchorRel[l.RelType] {
			continue
		}
		var ei, t string
		switch {
		case l.EventInstance != "" && l.RelatedT != "":
			ei, t = l.EventInstance, l.RelatedT
		case l.Time != "" && l.RelatedInstance != "":
			ei, t = l.RelatedInstance, l.Time
		default:
			continue
		}
		a := get(ei)
		if t == td.DCTID {
			a.dct = true
		} else if k, ok := tidx[t]; ok {
			a.times = append(a.times, k)
		}
	}
	evByID := map[string]TimeMLEvent{}
	for _, e := range td.Events {
		evByID[e.ID] = e
	}
	type probe struct {
		want  []int // linked expressions in the sentence
		tense string
	}
	var probes []probe
	var evs []doc.Event
	for ei, a := range an {
		inst, ok := td.Instances[ei]
		if !ok {
			continue
		}
		ge, ok := evByID[inst.EventID]
		if !ok {
			continue
		}
		si := sentOf(ge.Start)
		if si < 0 {
			continue
		}
		st := d.Sentences[si]
		var want []int
		for _, k := range a.times {
			g := td.Gold[k]
			if g.Start >= st.Start && g.End <= st.End && (g.Type == "DATE" || g.Type == "TIME") {
				if _, typ := event.TimexDate(td.DCT, g.Value); typ != event.DateUnresolved {
					want = append(want, k)
				}
			}
		}
		if len(want) == 0 {
			if !a.dct || len(a.times) > 0 {
				continue
			}
			has := false
			for _, g := range td.Gold {
				if g.Start >= st.Start && g.End <= st.End && (g.Type == "DATE" || g.Type == "TIME") {
					if _, typ := event.TimexDate(td.DCT, g.Value); typ != event.DateUnresolved {
						has = true
					}
				}
			}
			if !has {
				continue
			}
		}
		mod := "asserted"
		if inst.Tense == "FUTURE" {
			mod = "intended"
		}
		evs = append(evs, doc.Event{Sentence: si, Action: d.SpanOf(ge.Start, ge.End), Modality: mod})
		probes = append(probes, probe{want: want, tense: inst.Tense})
	}
	d.Events = evs
	event.Date(&d)
	for i, e := range d.Events {
		p := probes[i]
		if len(p.want) == 0 {
			sc.DCTOnly++
			if e.DateType != event.DateUnresolved {
				sc.Taken++
				if eventDateDebug != nil {
					st := d.Sentences[e.Sentence]
					fmt.Fprintf(eventDateDebug, "TAKEN\t%s\t%s %s\t%q in %q\n", td.DCT, e.Date, e.DateType, e.Action.Text, d.Text[st.Start:st.End])
				}
			}
			continue
		}
		sc.Linked++
		right := false
		for _, k := range p.want {
			w, _ := event.TimexDate(td.DCT, td.Gold[k].Value)
			if w != "" && (e.Date == w || e.DateEnd == w) && e.DateType != event.DateUnresolved {
				right = true
			}
		}
		switch {
		case right:
			sc.Right++
		case e.DateType == event.DateUnresolved:
			sc.Unresolved++
		default:
			sc.Wrong++
		}
		if !right && eventDateDebug != nil {
			st := d.Sentences[e.Sentence]
			fmt.Fprintf(eventDateDebug, "MISS\t%s\t%s %s\t%q in %q\n", td.DCT, e.Date, e.DateType, e.Action.Text, d.Text[st.Start:st.End])
			for _, k := range p.want {
				fmt.Fprintf(eventDateDebug, "\twant %q %s\n", td.Gold[k].Text, td.Gold[k].Value)
			}
			for ti := st.TokenStart; ti < st.TokenEnd; ti++ {
				tk := d.Tokens[ti]
				h := "ROOT"
				if tk.Head >= 0 {
					h = d.Text[d.Tokens[tk.Head].Start:d.Tokens[tk.Head].End]
				}
				fmt.Fprintf(eventDateDebug, "\t\t%s/%s %s<-%s", d.Text[tk.Start:tk.End], tk.UPOS, tk.Deprel, h)
			}
			fmt.Fprintln(eventDateDebug)
		}
		// Baseline: the nearest DATE or TIME of the sentence.
		st := d.Sentences[e.Sentence]
		best, bestD := -1, 1<<30
		for k, g := range td.Gold {
			if g.Start < st.Start || g.End > st.End || (g.Type != "DATE" && g.Type != "TIME") {
				continue
			}
			dist := g.Start - e.Action.End
			if dist < 0 {
				dist = e.Action.Start - g.End
			}
			if dist < bestD {
				best, bestD = k, dist
			}
		}
		for _, k := range p.want {
			if k == best {
				sc.Nearest++
				break
			}
		}
	}
	return sc
}

// RunEventDatesEmbedded is RunEventDates with dyad's embedded parser.
func RunEventDatesEmbedded(dir string, w io.Writer) error {
	m, err := syntax.Embedded()
	if err != nil {
		return fmt.Errorf("loading the parser: %w", err)
	}
	return RunEventDates(dir, func(d *doc.Document) { m.Annotate(d) }, w)
}

// RunEventDates scores event dating on the TimeML folders under dir
// (AQUAINT also per half), writing one report per folder to w.
func RunEventDates(dir string, annotate func(*doc.Document), w io.Writer) error {
	folders, err := timeMLFolders(dir)
	if err != nil {
		return err
	}
	if len(folders) == 0 {
		return fmt.Errorf("no .tml files under %s", dir)
	}
	for _, f := range folders {
		docs, err := ReadTimeMLDir(f)
		if err != nil {
			return err
		}
		name, _ := filepath.Rel(dir, f)
		if name == "." || name == "" {
			name = f
		}
		WriteEventDateReport(w, name, ScoreEventDates(docs, annotate))
		if filepath.Base(f) == "AQUAINT" {
			dev, test := SplitAQUAINT(docs)
			WriteEventDateReport(w, name+"-dev (even files)", ScoreEventDates(dev, annotate))
			WriteEventDateReport(w, name+"-test (odd files)", ScoreEventDates(test, annotate))
		}
	}
	return nil
}

// WriteEventDateReport prints an EventDateScore for people.
func WriteEventDateReport(w io.Writer, name string, s EventDateScore) {
	pct := func(a, b int) float64 { return 100 * ratio(a, b) }
	fmt.Fprintf(w, "event dates: %s (%d documents)\n", name, s.Docs)
	fmt.Fprintf(w, "  events linked to a date of their sentence: %d\n", s.Linked)
	fmt.Fprintf(w, "    dated with it %d (%.2f%%), undated %d (%.2f%%), another date %d (%.2f%%)\n",
		s.Right, pct(s.Right, s.Linked), s.Unresolved, pct(s.Unresolved, s.Linked), s.Wrong, pct(s.Wrong, s.Linked))
	fmt.Fprintf(w, "    baseline, the nearest date of the sentence: %d (%.2f%%)\n", s.Nearest, pct(s.Nearest, s.Linked))
	fmt.Fprintf(w, "  events anchored only to the creation time, in a sentence with a date: %d\n", s.DCTOnly)
	fmt.Fprintf(w, "    given a date of the sentence %d (%.2f%%; lower is better)\n", s.Taken, pct(s.Taken, s.DCTOnly))
}
