package eval

import (
	"sort"
	"testing"

	"github.com/dyadproject/dyad/quote"
)

// TestQuotesMissed counts the gold cues the attributor misses by the part
// of speech of their first token and whether that token lies inside
// another predicted content (DYAD_QUOTES_MISSED names the compartment).
func TestQuotesMissed(t *testing.T) {
	bds, docs := bratFromEnv(t, "DYAD_QUOTES_MISSED")
	quote.UseLearnedCues(false)
	defer quote.UseLearnedCues(true)
	count := map[string]int{}
	for i, b := range bds {
		d := docs[i]
		quote.Attribute(d)
		quoted := quote.Quoted(d)
		for _, g := range missedCues(b.Gold, d.Quotes) {
			key := "?"
			for ti, tk := range d.Tokens {
				if tk.End > g.Frags[0][0] && tk.Start < g.Frags[0][1] {
					in := tokenPlace(d, quoted, ti)
					key = tk.UPOS + " " + in
					if tk.UPOS == "VERB" {
						count["lemma "+tk.Lemma+" "+in]++
					}
					break
				}
			}
			count[key]++
		}
	}
	var keys []string
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return count[keys[i]] > count[keys[j]] })
	for i, k := range keys {
		if i > 60 {
			break
		}
		t.Logf("%6d %s", count[k], k)
	}
}
