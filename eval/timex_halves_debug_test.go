package eval

import (
	"fmt"
	"os"
	"testing"
)

// TestTimexHalves prints the scores of the development sets split in
// halves (TimeBank's even and odd files, AQUAINT-dev's even and odd
// files), so that a rule chosen on one half can be checked on the other
// before it is kept. It runs only when DYAD_TIMEX_HALVES is set; the
// held-out AQUAINT-test is never scored here.
//
//	DYAD_TIMEX_HALVES=1 go test ./eval -run TimexHalves -v
func TestTimexHalves(t *testing.T) {
	if os.Getenv("DYAD_TIMEX_HALVES") == "" {
		t.Skip("set DYAD_TIMEX_HALVES=1 to print the development halves")
	}
	// DYAD_TIMEX_DUMP names a file for every matched, extra and missed
	// expression with its gold and predicted value, to diff two versions.
	var dump *os.File
	if p := os.Getenv("DYAD_TIMEX_DUMP"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		dump = f
	}
	for _, name := range []string{"TimeBank", "AQUAINT-dev"} {
		docs := readTimeMLNamed(t, name)
		var half [2]TimexScore
		for i, d := range docs {
			pred := TagTimeML(d)
			half[i%2] = half[i%2].Add(ScoreTimexDoc(d.Gold, pred))
			if dump == nil {
				continue
			}
			pairs, _, missed, extra := TimexMatch(d.Gold, pred)
			ctx := func(s, e int) string {
				a, b := max(0, s-50), min(len(d.Text), e+30)
				return fmt.Sprintf("%q", d.Text[a:s]+"[["+d.Text[s:e]+"]]"+d.Text[e:b])
			}
			for _, p := range pairs {
				ok := "WRONG"
				if p.Gold.Value == p.Pred.Value {
					ok = "RIGHT"
				}
				fmt.Fprintf(dump, "%s %d %s\t%q %s %s\t%s %s\t%s\n", name, i%2, ok, p.Pred.Text, p.Gold.Type, p.Gold.Value, p.Pred.Type, p.Pred.Value, ctx(p.Gold.Start, p.Gold.End))
			}
			for _, g := range missed {
				fmt.Fprintf(dump, "%s %d MISS\t%q %s %s\t\t%s\n", name, i%2, g.Text, g.Type, g.Value, ctx(g.Start, g.End))
			}
			for _, x := range extra {
				fmt.Fprintf(dump, "%s %d EXTRA\t%q\t%s %s\t%s\n", name, i%2, x.Text, x.Type, x.Value, ctx(x.Start, x.End))
			}
		}
		for h, s := range half {
			fmt.Printf("%-12s half %d: gold %4d pred %4d relaxed %4d strict %4d type %4d value %4d  value F1 %6.2f\n",
				name, h, s.Relaxed.Gold, s.Relaxed.Pred, s.Relaxed.Correct, s.Strict.Correct,
				s.TypeCorrect, s.ValueCorrect, 100*s.Value().F1())
		}
	}
}
