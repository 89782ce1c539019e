package eval

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/internal/benchnews"
	"github.com/dyadproject/dyad/quote"
)

// TestQuotesBenchAdditions lists what the learned cue detector adds to and
// removes from the rules' quotes on the first DYAD_QUOTES_BENCH bench-news
// wire stories (no gold: the lists are read by hand), written to
// DYAD_QUOTES_BENCH_OUT (default /tmp/quote-bench.txt).
//
//	DYAD_QUOTES_BENCH=300 go test ./eval -run TestQuotesBenchAdditions -v
func TestQuotesBenchAdditions(t *testing.T) {
	docs, out := quotesBenchDocs(t, "/tmp/quote-bench.txt")
	defer out.Close()
	keepT, keepF, keepV := quote.CueThreshold, quote.CueFallback, quote.CueVeto
	defer func() { quote.CueThreshold, quote.CueFallback, quote.CueVeto = keepT, keepF, keepV }()
	added, removed, rules := 0, 0, 0
	for _, d := range docs {
		quote.UseLearnedCues(false)
		quote.Attribute(d)
		base := map[string]bool{}
		baseQ := map[string]doc.Quote{}
		for _, q := range d.Quotes {
			base[quoteKey(q)] = true
			baseQ[quoteKey(q)] = q
		}
		rules += len(d.Quotes)
		quote.UseLearnedCues(true)
		if e := os.Getenv("DYAD_QUOTES_BENCH_TH"); e != "" {
			fmt.Sscanf(e, "%g,%g", &quote.CueThreshold, &quote.CueFallback)
		}
		scores := quote.CueScores(d)
		quote.Attribute(d)
		baseCue := map[int]bool{}
		for k := range base {
			if i := strings.IndexByte(k, '@'); i >= 0 {
				n, _ := strconv.Atoi(k[i+1 : strings.IndexByte(k, '|')])
				baseCue[n] = true
			}
		}
		with := map[string]bool{}
		for _, q := range d.Quotes {
			with[quoteKey(q)] = true
			if !base[quoteKey(q)] && q.Cue != nil && !baseCue[q.Cue.Start] {
				added++
				sc := 0.0
				for ti, tk := range d.Tokens {
					if tk.Start == q.Cue.Start {
						sc = scores[ti]
					}
				}
				fmt.Fprintf(out, "SCORE %.1f ", sc)
				src, cue := "-", "-"
				if q.Source != nil {
					src = q.Source.Text
				}
				if q.Cue != nil {
					cue = q.Cue.Text
				}
				fmt.Fprintf(out, "ADD %s [%s] src=%q cue=%q content=%q\n", d.ID, q.Kind, src, cue, short(q.Content.Text))
			}
		}
		for k := range base {
			if !with[k] && !strings.HasPrefix(k, "|") {
				removed++
				q := baseQ[k]
				fmt.Fprintf(out, "DEL %s %s [%s] content=%q\n", d.ID, k, q.Kind, short(q.Content.Text))
			}
		}
	}
	quote.UseLearnedCues(true) // the product's default, for the tests that follow
	t.Logf("%d stories: rules %d quotes; the detector adds %d and removes %d", len(docs), rules, added, removed)
}

// quotesBenchDocs reads the first DYAD_QUOTES_BENCH bench-news stories
// (skipping the test when it is unset), runs the stages before quotes on
// each one with text and creates the report file DYAD_QUOTES_BENCH_OUT
// (default def).
func quotesBenchDocs(t *testing.T, def string) ([]*doc.Document, *os.File) {
	t.Helper()
	n, _ := strconv.Atoi(os.Getenv("DYAD_QUOTES_BENCH"))
	if n <= 0 {
		t.Skip("DYAD_QUOTES_BENCH not set")
	}
	stories := benchnews.Stories(t, n)
	stages, err := QuoteStages()
	if err != nil {
		t.Fatal(err)
	}
	path := os.Getenv("DYAD_QUOTES_BENCH_OUT")
	if path == "" {
		path = def
	}
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	var docs []*doc.Document
	for _, s := range stories {
		if s.Text == "" {
			continue
		}
		d := &doc.Document{ID: s.ID, Text: s.Text, Date: s.Date}
		for _, st := range stages {
			if err := st.Process(d); err != nil {
				t.Fatal(err)
			}
		}
		docs = append(docs, d)
	}
	return docs, out
}

// quoteKey names a quote by its cue and where its content starts
// ("said@120|135"; "|135" for a quote without a cue), to match the quotes
// of two attributions of one document.
func quoteKey(q doc.Quote) string {
	c := ""
	if q.Cue != nil {
		c = q.Cue.Text + "@" + strconv.Itoa(q.Cue.Start)
	}
	return c + "|" + strconv.Itoa(q.Content.Start)
}

// quotesBenchDiff attributes the quotes of each document twice, after
// before() and after after(), and writes to out, sorted per document, the
// quotes added (ADD), removed (GONE) and those whose show differs under the
// same key (WAS / NOW); it returns the quotes after and the three counts.
func quotesBenchDiff(docs []*doc.Document, out io.Writer, before, after func(), show func(doc.Quote) string) (total, added, gone, changed int) {
	for _, d := range docs {
		before()
		quote.Attribute(d)
		was := map[string]doc.Quote{}
		for _, q := range d.Quotes {
			was[quoteKey(q)] = q
		}
		after()
		quote.Attribute(d)
		now := map[string]bool{}
		var lines []string
		for _, q := range d.Quotes {
			now[quoteKey(q)] = true
			total++
			if b, ok := was[quoteKey(q)]; !ok {
				added++
				lines = append(lines, fmt.Sprintf("ADD  %s %s %s", d.ID, quoteKey(q), show(q)))
			} else if show(b) != show(q) {
				changed++
				lines = append(lines, fmt.Sprintf("WAS  %s %s %s\nNOW  %s %s %s", d.ID, quoteKey(q), show(b), d.ID, quoteKey(q), show(q)))
			}
		}
		for k, q := range was {
			if !now[k] {
				gone++
				lines = append(lines, fmt.Sprintf("GONE %s %s %s", d.ID, k, show(q)))
			}
		}
		sort.Strings(lines)
		for _, l := range lines {
			fmt.Fprintln(out, l)
		}
	}
	return total, added, gone, changed
}
