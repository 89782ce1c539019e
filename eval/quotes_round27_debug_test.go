package eval

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// TestQuotesCueDump (session 27) writes one line per missed gold cue and
// per false predicted cue of a PolNeAR compartment, held out on train with
// the fold models of TestQuotesCV (DYAD_QUOTES_HOT_MODELS): M or F, the
// head's lemma and part of speech, its relation and its head's lemma, the
// detector's score, the trace, the brief's class, the cue's text and the
// sentence, with gold cues in [[…]] and predicted ones in {{…}}; for grep.
//
//	DYAD_QUOTES_R27=../../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/qtrain.gob \
//	  DYAD_QUOTES_HOT_MODELS=/tmp/folds DYAD_QUOTES_R27_OUT=/tmp/dump.txt go test ./eval -run 'TestQuotesCueDump$' -v
func TestQuotesCueDump(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_R27")
	// DYAD_QUOTES_R27_OFF=A,B flips switches (cvSwitches) for the run.
	for _, n := range strings.Split(os.Getenv("DYAD_QUOTES_R27_OFF"), ",") {
		if p := cvSwitches[n]; p != nil {
			keep := *p
			*p = !keep
			defer func() { *p = keep }()
		}
	}
	var lines []string
	var s QuoteScore
	eachHeldOut(t, bds, os.Getenv("DYAD_QUOTES_HOT_MODELS"), func(i int) {
		b, d := bds[i], docs[i]
		scores := quote.CueScores(d)
		tr := quote.Trace(d)
		quote.Attribute(d)
		s.ScoreQuoteDoc(b.Gold, d.Quotes)
		quoted := quote.Quoted(d)
		mark := func(at int) string {
			sent := sentenceAround(b.Text, at)
			lo := strings.LastIndex(b.Text[:at], "\n") + 1
			type ins struct {
				at  int
				txt string
			}
			var marks []ins
			for _, g := range b.Gold {
				if g.Role != "Cue" {
					continue
				}
				for _, f := range g.Frags {
					if f[0] >= lo && f[1] <= lo+len(sent) {
						marks = append(marks, ins{f[0] - lo, "[["}, ins{f[1] - lo, "]]"})
					}
				}
			}
			for _, q := range d.Quotes {
				if q.Cue != nil && q.Cue.Start >= lo && q.Cue.End <= lo+len(sent) {
					marks = append(marks, ins{q.Cue.Start - lo, "{{"}, ins{q.Cue.End - lo, "}}"})
				}
			}
			var w strings.Builder
			for k := 0; k <= len(sent); k++ {
				for _, m := range marks {
					if m.at == k && (m.txt == "]]" || m.txt == "}}") {
						w.WriteString(m.txt)
					}
				}
				for _, m := range marks {
					if m.at == k && (m.txt == "[[" || m.txt == "{{") {
						w.WriteString(m.txt)
					}
				}
				if k < len(sent) {
					w.WriteByte(sent[k])
				}
			}
			return w.String()
		}
		line := func(kind string, ti int, txt string, at int, content string) {
			tk := d.Tokens[ti]
			hl := "-"
			if tk.Head >= 0 {
				hl = d.Tokens[tk.Head].Lemma
			}
			lines = append(lines, fmt.Sprintf("%s\t%s/%s\t%s<%s\t%.1f\t%s\t%s\t%s\t%s\t%s\t%s", kind, strings.ToLower(tk.Lemma), tk.UPOS, tk.Deprel, hl, scores[ti],
				strings.TrimSpace(tr[ti]), cueClass(d, quoted, ti, txt, strings.Contains(txt, " ")), txt, b.Name, mark(at), content))
		}
		for _, g := range missedCues(b.Gold, d.Quotes) {
			ti := missedCueHead(d, g.Frags[0][0], g.Frags[0][1])
			if ti < 0 {
				continue
			}
			txt := ""
			for _, f := range g.Frags {
				txt += b.Text[f[0]:f[1]] + " "
			}
			line("M", ti, strings.TrimSpace(txt), g.Frags[0][0], "")
		}
		for _, q := range d.Quotes {
			if q.Cue == nil {
				continue
			}
			if goldCueAt(b.Gold, q) {
				// DYAD_QUOTES_R27_TP=1 lists the right cues too (T), for
				// the precision of a class of predictions.
				if os.Getenv("DYAD_QUOTES_R27_TP") != "" {
					if ti := missedCueHead(d, q.Cue.Start, q.Cue.End); ti >= 0 {
						line("T"+q.Kind[:1], ti, q.Cue.Text, q.Cue.Start, short(q.Content.Text))
					}
				}
				continue
			}
			if ti := missedCueHead(d, q.Cue.Start, q.Cue.End); ti >= 0 {
				line("F"+q.Kind[:1], ti, q.Cue.Text, q.Cue.Start, short(q.Content.Text))
			}
		}
	})
	c := s.Cue
	t.Logf("cue %.2f/%.2f/%.2f", 100*c.P(), 100*c.R(), 100*c.F1())
	if err := os.WriteFile(os.Getenv("DYAD_QUOTES_R27_OUT"), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// goldCueAt reports whether quote q's cue overlaps a gold cue.
func goldCueAt(gold []BratSpan, q doc.Quote) bool {
	for _, g := range gold {
		if g.Role == "Cue" && g.Overlaps(q.Cue.Start, q.Cue.End) {
			return true
		}
	}
	return false
}

func init() {
	cvSwitches["accusedcontent"] = &quote.AccusedOfContent
	cvSwitches["speechpart"] = &quote.SpeechParticipleOut
	cvSwitches["headmore"] = &quote.HeadlineMore
	cvSwitches["titlenames"] = &quote.TitleNames
	cvSwitches["headobl"] = &quote.HeadObliques
	cvSwitches["mistagrest"] = &quote.MistaggedRest
	cvFloats["headoblsc"] = &quote.HeadOblScore
	cvFloats["nestsp"] = &quote.NestedSpeechScore
}
