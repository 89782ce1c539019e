package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/syntax"
	"github.com/dyadproject/dyad/timex"
)

// TestTimexErrors prints the tagger's errors on a TimeML folder, for tuning
// the rules. It runs only when DYAD_TIMEX_ERRORS names the folder under
// the shared timebank-aquaint data, or AQUAINT-dev (its even files;
// develop on TimeBank and AQUAINT-dev, the odd files are held out):
//
//	DYAD_TIMEX_ERRORS=TimeBank go test ./eval -run TimexErrors -v
//	DYAD_TIMEX_ERRORS=AQUAINT-dev go test ./eval -run TimexErrors -v
func TestTimexErrors(t *testing.T) {
	name := os.Getenv("DYAD_TIMEX_ERRORS")
	if name == "" {
		t.Skip("set DYAD_TIMEX_ERRORS=TimeBank to print timex errors")
	}
	if name != "TimeBank" && name != "AQUAINT-dev" && os.Getenv("DYAD_TIMEX_HELDOUT") != "1" {
		t.Skip(name, " is held out: its errors are not for tuning (set DYAD_TIMEX_HELDOUT=1 to override)")
	}
	docs := readTimeMLNamed(t, name)
	for _, d := range docs {
		pred := TagTimeML(d)
		pairs, _, missed, extra := TimexMatch(d.Gold, pred)
		ctx := func(s, e int) string {
			a, b := max(0, s-40), min(len(d.Text), e+30)
			return fmt.Sprintf("%q", d.Text[a:s]+"[["+d.Text[s:e]+"]]"+d.Text[e:b])
		}
		for _, p := range pairs {
			g, x := p.Gold, p.Pred
			if g.Start != x.Start || g.End != x.End {
				fmt.Printf("SPAN\t%s\t%q\t%q\t%s\n", d.DCT, g.Text, x.Text, ctx(g.Start, g.End))
			}
			if g.Type != x.Type || g.Value != x.Value {
				fmt.Printf("VALUE\t%s\t%q\t%s %s\t%s %s\t%s\n", d.DCT, g.Text, g.Type, g.Value, x.Type, x.Value, ctx(g.Start, g.End))
			}
		}
		for _, g := range missed {
			fmt.Printf("MISS\t%s\t%q\t%s %s\t%s\n", d.DCT, g.Text, g.Type, g.Value, ctx(g.Start, g.End))
		}
		for _, x := range extra {
			fmt.Printf("EXTRA\t%s\t%q\t%s %s\t%s\n", d.DCT, x.Text, x.Type, x.Value, ctx(x.Start, x.End))
		}
	}
}

// readTimeMLNamed reads the TimeML folder name names under the shared
// timebank-aquaint data, or the even (development) files of AQUAINT for
// "AQUAINT-dev"; it skips t when the data are absent.
func readTimeMLNamed(t *testing.T, name string) []TimeMLDoc {
	t.Helper()
	folder := name
	if name == "AQUAINT-dev" {
		folder = "AQUAINT"
	}
	docs, err := ReadTimeMLDir(filepath.Join(timebankDir, folder))
	if err != nil || len(docs) == 0 {
		t.Skip("TimeML data absent: ", err)
	}
	if name == "AQUAINT-dev" {
		docs, _ = SplitAQUAINT(docs)
	}
	return docs
}

// TestTimexDev prints the scores of the development sets only (TimeBank
// and AQUAINT-dev), for tuning without seeing the held-out half. It runs
// when DYAD_TIMEX_DEV is set; DYAD_TIMEX_DEV=syntax tags the documents
// with dyad's parser first, as the pipeline does.
//
//	DYAD_TIMEX_DEV=1 go test ./eval -run TimexDev -v
func TestTimexDev(t *testing.T) {
	mode := os.Getenv("DYAD_TIMEX_DEV")
	if mode == "" {
		t.Skip("set DYAD_TIMEX_DEV=1 (or =syntax) to print the development scores")
	}
	var annotate func(*doc.Document)
	if mode == "syntax" {
		m, err := syntax.Embedded()
		if err != nil {
			t.Fatal(err)
		}
		annotate = m.Annotate
	}
	for _, name := range []string{"TimeBank", "AQUAINT-dev"} {
		var s TimexScore
		for _, d := range readTimeMLNamed(t, name) {
			s = s.Add(ScoreTimexDoc(d.Gold, tagTimeMLWith(d, annotate)))
		}
		var b strings.Builder
		WriteTimexReport(&b, name, s)
		fmt.Print(b.String())
	}
}

// tagTimeMLWith is TagTimeML with an optional annotation step (the
// syntax stage) between segmentation and tagging.
func tagTimeMLWith(td TimeMLDoc, annotate func(*doc.Document)) []doc.Timex {
	if annotate == nil {
		return TagTimeML(td)
	}
	d := doc.Document{ID: td.ID, Text: td.Text, Date: td.DCT}
	segment.Segment(&d)
	annotate(&d)
	timex.Tag(&d)
	return d.Timexes
}
