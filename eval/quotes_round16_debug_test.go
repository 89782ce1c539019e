package eval

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// TestQuotesRound16 splits the source errors of a PolNeAR compartment (the
// shipped detector and filter) into classes, with samples, to
// DYAD_QUOTES_R16_OUT (sixteenth round):
//
//	DYAD_QUOTES_R16=../../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/qtrain.gob \
//	  DYAD_QUOTES_R16_OUT=/tmp/r16.txt go test ./eval -run 'TestQuotesRound16$' -v
//
// Predicted sources that match no gold source are split by whether their cue
// is a gold cue and, when it is, by what the linked gold attribution has as
// source; gold sources no predicted source overlaps are split by whether a
// predicted cue overlaps their linked cue (srcClasses for the found ones).
// DYAD_QUOTES_DEBUG_OFF-style flips: DYAD_QUOTES_R16_OFF=A,B (cvSwitches).
func TestQuotesRound16(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_R16")
	if v := os.Getenv("DYAD_QUOTES_R16_OFF"); v != "" {
		for _, n := range strings.Split(v, ",") {
			p := cvSwitches[n]
			if p == nil {
				t.Fatalf("no switch %q", n)
			}
			keep := *p
			*p = !keep
			defer func() { *p = keep }()
		}
	}
	links, err := readBratLinks(os.Getenv("DYAD_QUOTES_R16"), bds)
	if err != nil {
		t.Fatal(err)
	}
	tally := map[string]int{}
	sample := func(key, line string) {
		tally[key]++
		if tally[key+" ~n"] < 40 {
			tally[key+" ~n"]++
			tally[key+" | "+line]++
		}
	}
	var s QuoteScore
	for i, b := range bds {
		d := docs[i]
		quote.Attribute(d)
		s.ScoreQuoteDoc(b.Gold, d.Quotes)
		srcClasses(tally, links[i], b, d)
		overlapsRole := func(role string, sp *doc.Span) bool {
			for _, g := range b.Gold {
				if g.Role == role && g.Overlaps(sp.Start, sp.End) {
					return true
				}
			}
			return false
		}
		// Every predicted cue: right or false, inside a gold content of
		// another attribution (nested) or not, by kind.
		for _, q := range d.Quotes {
			if q.Cue == nil {
				continue
			}
			cueOK := overlapsRole("Cue", q.Cue)
			nested := false
			for _, g := range b.Gold {
				if g.Role != "Content" {
					continue
				}
				for _, fr := range g.Frags {
					if fr[0] <= q.Cue.Start && q.Cue.End <= fr[1] {
						nested = true
					}
				}
			}
			srcOK := "nosrc"
			if q.Source != nil {
				srcOK = fmt.Sprint("src=", overlapsRole("Source", q.Source))
			}
			tally[fmt.Sprintf("CUE %s ok=%v nested=%v %s", q.Kind, cueOK, nested, srcOK)]++
			if !cueOK && nested {
				sample("NESTEDFP "+q.Kind, fmt.Sprintf("cue=%q | %s", q.Cue.Text, short(sentenceAround(b.Text, q.Cue.Start))))
			}
		}
		for _, q := range d.Quotes {
			if q.Source == nil {
				continue
			}
			if overlapsRole("Source", q.Source) {
				continue
			}
			ctx := short(sentenceAround(b.Text, q.Source.Start))
			cueOK := q.Cue != nil && overlapsRole("Cue", q.Cue)
			cue := "-"
			if q.Cue != nil {
				cue = q.Cue.Text
			}
			if !cueOK {
				// Does the content match a gold content?
				contOK := overlapsRole("Content", &q.Content)
				sample(fmt.Sprintf("FPSRC falsecue %s cont=%v", q.Kind, contOK),
					fmt.Sprintf("src=%q cue=%q | %s", q.Source.Text, cue, ctx))
				continue
			}
			// The cue is right: what does the linked gold attribution hold?
			gsrc := "nolink"
			for _, g := range links[i] {
				if g.Cue != nil && q.Cue != nil && g.Cue.Overlaps(q.Cue.Start, q.Cue.End) {
					if g.Source == nil {
						gsrc = "gold-has-no-source"
					} else {
						gsrc = "gold-other-span"
					}
					break
				}
			}
			sample("FPSRC truecue "+gsrc, fmt.Sprintf("src=%q cue=%q | %s", q.Source.Text, cue, ctx))
		}
		for _, g := range links[i] {
			if g.Source == nil {
				continue
			}
			hit := false
			for _, q := range d.Quotes {
				if q.Source != nil && g.Source.Overlaps(q.Source.Start, q.Source.End) {
					hit = true
					break
				}
			}
			if hit {
				continue
			}
			cueHit := false
			for _, q := range d.Quotes {
				if q.Cue != nil && g.Cue.Overlaps(q.Cue.Start, q.Cue.End) {
					cueHit = true
				}
			}
			gtxt := b.Text[g.Source.Frags[0][0]:g.Source.Frags[len(g.Source.Frags)-1][1]]
			ctxt := b.Text[g.Cue.Frags[0][0]:g.Cue.Frags[len(g.Cue.Frags)-1][1]]
			sample(fmt.Sprintf("FNSRC cuefound=%v", cueHit), fmt.Sprintf("gold=%q cue=%q | %s", short(gtxt), ctxt, short(sentenceAround(b.Text, g.Cue.Frags[0][0]))))
		}
	}
	var w strings.Builder
	WriteQuoteReport(&w, os.Getenv("DYAD_QUOTES_R16"), s)
	t.Log("\n" + w.String())
	if p := os.Getenv("DYAD_QUOTES_R16_OUT"); p != "" {
		writeTally(t, p, tally)
	}
}

func init() {
	cvSwitches["quotedspeaker"] = &quote.QuotedSpeaker
	cvSwitches["partytag"] = &quote.PartyTag
}

func init() { cvSwitches["pronpred"] = &quote.PronounPredicate }

func init() { cvSwitches["dash"] = &quote.DashSpeaker }

func init() { cvSwitches["curlyopen"] = &quote.CurlyOpen }

// round16Switches sets the switches of the sixteenth round to their
// defaults or off.
func round16Switches(t *testing.T) func(on bool) {
	return boolSwitches(t, &quote.QuotedSpeaker, &quote.PartyTag, &quote.PronounPredicate, &quote.DashSpeaker, &quote.CurlyOpen, &quote.ColonSplit, &quote.MixedMarks, &quote.TitleQuote)
}

// TestQuotesBenchRound16 lists what the sixteenth round changes on the
// first DYAD_QUOTES_BENCH bench-news stories, speakers included:
//
//	DYAD_QUOTES_BENCH=600 go test ./eval -run TestQuotesBenchRound16 -v
func TestQuotesBenchRound16(t *testing.T) {
	benchSwitches(t, "the sixteenth round", "/tmp/quote-bench-round16.txt", round16Switches(t), true)
}

// TestQuotesRound16Before scores a PolNeAR compartment with the sixteenth
// round off and on, on one parse:
//
//	DYAD_QUOTES_BEFORE16=../../shared/data/polnear/data/dev go test ./eval -run TestQuotesRound16Before -v
func TestQuotesRound16Before(t *testing.T) {
	scoreSwitches(t, "DYAD_QUOTES_BEFORE16", "round 16", round16Switches(t))
}

func init() { cvSwitches["colonsplit"] = &quote.ColonSplit }

func init() { cvSwitches["mixedmarks"] = &quote.MixedMarks }

func init() { cvSwitches["titlequote"] = &quote.TitleQuote }
