package eval

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// TestTimexWords prints, for each lower-cased predicted expression text,
// how often it matched with the right value, with a wrong one, or matched
// nothing, and for each gold text how often it was missed, on a
// development set (DYAD_TIMEX_WORDS=TimeBank or AQUAINT-dev). It is a
// tuning aid: an expression that is extra more often than right is a
// candidate for a narrower rule.
//
//	DYAD_TIMEX_WORDS=AQUAINT-dev go test ./eval -run TimexWords -v
func TestTimexWords(t *testing.T) {
	name := os.Getenv("DYAD_TIMEX_WORDS")
	if name == "" {
		t.Skip("set DYAD_TIMEX_WORDS=TimeBank to print per-expression counts")
	}
	if name != "TimeBank" && name != "AQUAINT-dev" {
		t.Skip(name, " is held out or unknown: its errors are not for tuning")
	}
	type row struct{ right, wrong, extra, missed int }
	rows := map[string]*row{}
	get := func(s string) *row {
		s = strings.ToLower(s)
		r := rows[s]
		if r == nil {
			r = &row{}
			rows[s] = r
		}
		return r
	}
	for _, d := range readTimeMLNamed(t, name) {
		pairs, _, missed, extra := TimexMatch(d.Gold, TagTimeML(d))
		for _, p := range pairs {
			if p.Gold.Value == p.Pred.Value {
				get(p.Pred.Text).right++
				get("@"+shape(p.Pred.Type, p.Pred.Value)).right++
			} else {
				get(p.Pred.Text).wrong++
				get("@"+shape(p.Pred.Type, p.Pred.Value)).wrong++
			}
		}
		for _, x := range extra {
			get(x.Text).extra++
			get("@"+shape(x.Type, x.Value)).extra++
		}
		for _, g := range missed {
			get(g.Text).missed++
			get("@gold "+shape(g.Type, g.Value)).missed++
		}
	}
	keys := make([]string, 0, len(rows))
	for k := range rows {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := rows[keys[i]], rows[keys[j]]
		if a.wrong+a.extra+a.missed != b.wrong+b.extra+b.missed {
			return a.wrong+a.extra+a.missed > b.wrong+b.extra+b.missed
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		r := rows[k]
		if r.wrong+r.extra+r.missed == 0 {
			continue
		}
		fmt.Printf("%-30q right %3d wrong %3d extra %3d missed %3d\n", k, r.right, r.wrong, r.extra, r.missed)
	}
}

// shape reduces a TIMEX3 value to its form: digits become 9, so that
// "P3Y" and "P5Y" count together and "PXY" apart.
func shape(typ, v string) string {
	b := []byte(v)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '9'
		}
	}
	return typ + " " + string(b)
}
