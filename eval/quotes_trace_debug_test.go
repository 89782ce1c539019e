package eval

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/quote"
)

// TestQuotesTrace tallies what became of the missed gold cues of a PolNeAR
// compartment (train) whose head word the detector scores above its
// threshold: proposed and rejected as covered, no content found, a passive
// without agent, …; with samples, to $DYAD_QUOTES_TRACE_OUT. It uses the
// shipped detector, trained on train itself, so its scores are optimistic:
// it is for reading mechanical failures, not for choosing settings.
//
//	DYAD_QUOTES_TRACE=../../shared/data/polnear/data/train DYAD_QUOTES_CACHE=/tmp/train.gob \
//	  DYAD_QUOTES_TRACE_OUT=/tmp/trace.txt go test ./eval -run TestQuotesTrace -v
func TestQuotesTrace(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_TRACE")
	tally := map[string]int{}
	samples := map[string]int{}
	for i, b := range bds {
		d := docs[i]
		tr := quote.Trace(d)
		scores := quote.CueScores(d)
		quoted := quote.Quoted(d)
		for _, g := range missedCues(b.Gold, d.Quotes) {
			start, end := g.Frags[0][0], g.Frags[0][1]
			if ti := missedCueHead(d, start, end); ti >= 0 {
				k := missedCueKey(d, tr, scores, quoted, ti)
				tally[k]++
				if samples[k] < 40 {
					samples[k]++
					tally["SAMPLE "+k+" | "+d.Tokens[ti].Deprel+" | "+b.Text[start:end]+" | "+short(sentenceAround(b.Text, start))]++
				}
			}
		}
	}
	var keys []string
	for k := range tally {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return tally[keys[i]] > tally[keys[j]] })
	out := os.Getenv("DYAD_QUOTES_TRACE_OUT")
	if out == "" {
		out = os.DevNull
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, k := range keys {
		fmt.Fprintf(f, "%6d %s\n", tally[k], k)
	}
}

// missedCueHead is the token of [start, end) whose head lies outside it
// (the first such), or -1.
func missedCueHead(d *doc.Document, start, end int) int {
	for ti, tk := range d.Tokens {
		if tk.End > start && tk.Start < end && (tk.Head < 0 || d.Tokens[tk.Head].Start >= end || d.Tokens[tk.Head].End <= start) {
			return ti
		}
	}
	return -1
}

// missedCueKey files a missed cue's head token ti by the detector's score
// band, its part of speech, where it stands against quotations and why the
// rules passed it by.
func missedCueKey(d *doc.Document, tr map[int]string, scores []float64, quoted []bool, ti int) string {
	sc := "nan"
	switch v := scores[ti]; {
	case v > quote.CueThreshold:
		sc = "high"
	case v > 0:
		sc = "pos"
	case v <= 0:
		sc = "neg"
	}
	why := strings.TrimSpace(tr[ti])
	if why == "" {
		why = "-"
	}
	return fmt.Sprintf("%s %s %s %s", sc, d.Tokens[ti].UPOS, tokenPlace(d, quoted, ti), why)
}
