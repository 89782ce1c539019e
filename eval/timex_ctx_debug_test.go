package eval

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestTimexContexts prints every predicted or gold expression whose
// lower-cased text is DYAD_TIMEX_CTX on the development sets, labelled
// RIGHT, WRONG, EXTRA or MISS, with its context: a tuning aid for
// finding the cue that separates an expression's right uses from its
// extra ones.
//
//	DYAD_TIMEX_CTX=now go test ./eval -run TimexContexts -v
func TestTimexContexts(t *testing.T) {
	want := strings.ToLower(os.Getenv("DYAD_TIMEX_CTX"))
	if want == "" {
		t.Skip("set DYAD_TIMEX_CTX=now to print the contexts of an expression")
	}
	for _, name := range []string{"TimeBank", "AQUAINT-dev"} {
		for _, d := range readTimeMLNamed(t, name) {
			pairs, _, missed, extra := TimexMatch(d.Gold, TagTimeML(d))
			show := func(label, text string, s, e int, val string) {
				if strings.ToLower(text) != want {
					return
				}
				a, b := max(0, s-60), min(len(d.Text), e+40)
				fmt.Printf("%s\t%s\t%s\t%q\n", name[:1], label, val, strings.ReplaceAll(d.Text[a:s]+"[["+d.Text[s:e]+"]]"+d.Text[e:b], "\n", " "))
			}
			for _, p := range pairs {
				l := "RIGHT"
				if p.Gold.Value != p.Pred.Value {
					l = "WRONG"
				}
				show(l, p.Pred.Text, p.Pred.Start, p.Pred.End, p.Gold.Value+" "+p.Pred.Value)
			}
			for _, x := range extra {
				show("EXTRA", x.Text, x.Start, x.End, x.Value)
			}
			for _, g := range missed {
				show("MISS", g.Text, g.Start, g.End, g.Value)
			}
		}
	}
}
