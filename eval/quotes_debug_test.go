package eval

import (
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// TestQuotesDebug writes the attributor's errors on a PolNeAR compartment to
// DYAD_QUOTES_ERRORS (default /tmp/quote-errors.txt): predicted quotes marked
// OK or FP, missed cues and contents. Develop on train only:
//
//	DYAD_QUOTES_DEBUG=../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/train.gob \
//	  go test ./eval -run TestQuotesDebug -v
//
// Parsed documents are cached (gob) in DYAD_QUOTES_CACHE when it is set, so
// that only attribution reruns; delete the cache after changing earlier stages.
func TestQuotesDebug(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_DEBUG")
	// DYAD_QUOTES_DEBUG_OFF=A,B flips switches of cvSwitches.
	if v := os.Getenv("DYAD_QUOTES_DEBUG_OFF"); v != "" {
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
	var s QuoteScore
	path := os.Getenv("DYAD_QUOTES_ERRORS")
	if path == "" {
		path = filepath.Join(os.TempDir(), "quote-errors.txt")
	}
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	for i, b := range bds {
		d := docs[i]
		quote.Attribute(d)
		s.ScoreQuoteDoc(b.Gold, d.Quotes)
		fmt.Fprintf(out, "=== %s\n", b.Name)
		for _, q := range d.Quotes {
			mark := "OK "
			hit := false
			for _, g := range b.Gold {
				if g.Role == "Content" && g.Overlaps(q.Content.Start, q.Content.End) {
					hit = true
				}
			}
			if !hit {
				mark = "FP "
			}
			if q.Cue != nil {
				ch := false
				for _, g := range b.Gold {
					if g.Role == "Cue" && g.Overlaps(q.Cue.Start, q.Cue.End) {
						ch = true
					}
				}
				if !ch {
					fmt.Fprintf(out, "FPCUE %q %s\n", q.Cue.Text, q.Kind)
				}
			}
			if q.Source != nil {
				sh := false
				for _, g := range b.Gold {
					if g.Role == "Source" && g.Overlaps(q.Source.Start, q.Source.End) {
						sh = true
					}
				}
				if !sh {
					fmt.Fprintf(out, "FPSRC %q cue=%v\n", q.Source.Text, q.Cue != nil && q.Cue.Text != "")
				}
			}
			src, cue := "-", "-"
			if q.Source != nil {
				src = q.Source.Text
			}
			if q.Cue != nil {
				cue = q.Cue.Text
			}
			fmt.Fprintf(out, "%s[%s] src=%q cue=%q content=%q\n", mark, q.Kind, src, cue, short(q.Content.Text))
		}
		for _, g := range b.Gold {
			if g.Role == "Cue" {
				hit := false
				for _, q := range d.Quotes {
					if q.Cue != nil && g.Overlaps(q.Cue.Start, q.Cue.End) {
						hit = true
					}
				}
				if !hit {
					for _, tk := range d.Tokens {
						if tk.Start >= g.Frags[0][0] && tk.End <= g.Frags[0][1] {
							var deps []string
							for _, k := range d.Tokens {
								if k.Head >= 0 && d.Tokens[k.Head] == tk {
									deps = append(deps, k.Deprel)
								}
							}
							fmt.Fprintf(out, "FNTOK %s %s %s %v\n", tk.UPOS, tk.Lemma, tk.Deprel, deps)
							break
						}
					}
					fmt.Fprintf(out, "FNCUE %q\n    in: %q\n", b.Text[g.Frags[0][0]:g.Frags[0][1]], short(sentenceAround(b.Text, g.Frags[0][0])))
				}
			}
			if g.Role == "Source" {
				hit := false
				for _, q := range d.Quotes {
					if q.Source != nil && g.Overlaps(q.Source.Start, q.Source.End) {
						hit = true
					}
				}
				if !hit {
					fmt.Fprintf(out, "FNSRC %q\n", b.Text[g.Frags[0][0]:g.Frags[0][1]])
				}
			}
			if g.Role != "Content" {
				continue
			}
			hit := false
			for _, q := range d.Quotes {
				if g.Overlaps(q.Content.Start, q.Content.End) {
					hit = true
				}
			}
			if !hit {
				ctx := sentenceAround(b.Text, g.Frags[0][0])
				fmt.Fprintf(out, "FN content=%q\n    in: %q\n", short(b.Text[g.Frags[0][0]:g.Frags[0][1]]), short(ctx))
			}
		}
	}
	var w strings.Builder
	WriteQuoteReport(&w, os.Getenv("DYAD_QUOTES_DEBUG"), s)
	t.Log("\n" + w.String())
}

// bratFromEnv reads the PolNeAR compartment named by the environment
// variable env and parses it (parsedBrat), skipping the test when env is
// not set.
func bratFromEnv(t *testing.T, env string) ([]BratDoc, []*doc.Document) {
	t.Helper()
	dir := os.Getenv(env)
	if dir == "" {
		t.Skip(env + " not set")
	}
	bds, err := ReadBratQuotesDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return bds, parsedBrat(t, bds)
}

// parsedBrat annotates the documents, or reads them from DYAD_QUOTES_CACHE.
func parsedBrat(t *testing.T, bds []BratDoc) []*doc.Document {
	cache := os.Getenv("DYAD_QUOTES_CACHE")
	var docs []*doc.Document
	if f, err := os.Open(cache); err == nil {
		defer f.Close()
		if err := gob.NewDecoder(f).Decode(&docs); err != nil {
			t.Fatal(err)
		}
		if len(docs) != len(bds) {
			t.Fatalf("%s holds %d documents, not %d", cache, len(docs), len(bds))
		}
		return docs
	}
	stages, err := QuoteStages()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bds {
		d, err := AnnotateBrat(stages, b)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if cache != "" {
		f, err := os.Create(cache)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := gob.NewEncoder(f).Encode(docs); err != nil {
			t.Fatal(err)
		}
	}
	return docs
}

func short(s string) string {
	if len(s) > 160 {
		return s[:100] + " … " + s[len(s)-50:]
	}
	return s
}

func sentenceAround(text string, at int) string {
	s := strings.LastIndexAny(text[:at], "\n")
	e := strings.IndexAny(text[at:], "\n")
	if e < 0 {
		e = len(text) - at
	}
	return text[s+1 : at+e]
}

// TestQuotesDump prints the parse of sentences containing DYAD_QUOTES_DUMP.
func TestQuotesDump(t *testing.T) {
	pat := os.Getenv("DYAD_QUOTES_DUMP")
	if pat == "" {
		t.Skip("DYAD_QUOTES_DUMP not set")
	}
	stages, err := QuoteStages()
	if err != nil {
		t.Fatal(err)
	}
	d, _ := AnnotateBrat(stages, BratDoc{Name: "x", Text: pat})
	for i, tk := range d.Tokens {
		t.Logf("%d %q %s %s %d %s", i, d.Text[tk.Start:tk.End], tk.UPOS, tk.Lemma, tk.Head, tk.Deprel)
	}
	for _, q := range d.Quotes {
		t.Logf("%+v src=%+v cue=%+v sp=%+v", q, q.Source, q.Cue, q.Speaker)
	}
}

// missedCues returns the gold cues that no predicted quote's cue overlaps.
func missedCues(gold []BratSpan, quotes []doc.Quote) []BratSpan {
	var out []BratSpan
	for _, g := range gold {
		if g.Role != "Cue" {
			continue
		}
		hit := false
		for _, q := range quotes {
			if q.Cue != nil && g.Overlaps(q.Cue.Start, q.Cue.End) {
				hit = true
				break
			}
		}
		if !hit {
			out = append(out, g)
		}
	}
	return out
}

// attributeAndScore runs quote attribution over docs and scores them
// against the brat gold bds: the sum and each document's own score.
func attributeAndScore(bds []BratDoc, docs []*doc.Document) (QuoteScore, []QuoteScore) {
	var s QuoteScore
	per := make([]QuoteScore, len(bds))
	for i, b := range bds {
		quote.Attribute(docs[i])
		s.ScoreQuoteDoc(b.Gold, docs[i].Quotes)
		per[i].ScoreQuoteDoc(b.Gold, docs[i].Quotes)
	}
	return s, per
}

// logQuoteScore logs one labelled line of cue, source and content P/R/F1.
func logQuoteScore(t *testing.T, label string, s QuoteScore) {
	t.Helper()
	c, so, co := s.Cue, s.Source, s.Content
	t.Logf("%-22s cue %.2f/%.2f/%.2f source %.2f/%.2f/%.2f content %.2f/%.2f/%.2f", label,
		100*c.P(), 100*c.R(), 100*c.F1(), 100*so.P(), 100*so.R(), 100*so.F1(), 100*co.P(), 100*co.R(), 100*co.F1())
}
