package actor

import (
	"strings"
	"testing"
)

// markRuns joins capitalised words over "of", "for the", "&" and marks
// every token with the keyword classes of its run's first and last words.
func TestMarkRuns(t *testing.T) {
	cases := []struct {
		text string
		// runs as "first..last" word indices of multi-word runs, in order
		want []string
		// keyword classes of the first and last word of the first run
		first, last uint8
	}{
		{"He joined the Andy Warhol Foundation for the Visual Arts in 2007 .", []string{"3..9"}, kwNone, kwNone},
		{"The Ministry of Foreign Affairs said on Monday .", []string{"1..4"}, kwOrg, kwNone},
		{"He said members of the Green Party met in Lake Placid .", []string{"5..6", "9..10"}, kwNone, kwOrg},
		{"Evergreen Aviation & Space Museum opened .", []string{"0..4"}, kwNone, kwFac},
		// "of" not followed by a capitalised word ends the run.
		{"The Kenya Red Cross of today said so .", []string{"1..3"}, kwNone, kwNone},
		{"Talks at the Bank of England and the University of Nairobi .", []string{"3..5", "8..10"}, kwOrg, kwNone},
		{"no names here at all .", nil, kwNone, kwNone},
	}
	for _, c := range cases {
		words := strings.Fields(c.text)
		toks := make([]nerTok, len(words))
		for i, w := range words {
			hashWord(w, &toks[i])
		}
		markRuns(toks, true, true)
		var got []string
		for i := 0; i < len(toks); i++ {
			r := toks[i]
			if r.run != 0 && r.runLast > r.runFirst && int(r.runFirst) == i {
				got = append(got, itoaRun(int(r.runFirst))+".."+itoaRun(int(r.runLast)))
				if len(got) == 1 {
					if f, l := uint8(r.run>>3)&7, uint8(r.run>>6)&7; f != c.first || l != c.last {
						t.Errorf("%q: first run classes %d, %d; want %d, %d", c.text, f, l, c.first, c.last)
					}
				}
			}
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%q: runs %v, want %v", c.text, got, c.want)
		}
		// Every word inside a multi-word run carries the same run span.
		for i := range toks {
			r := toks[i]
			if r.run == 0 {
				continue
			}
			for k := r.runFirst; k <= r.runLast; k++ {
				if toks[k].runFirst != r.runFirst || toks[k].runLast != r.runLast {
					t.Errorf("%q: word %d's run %d..%d, word %d's %d..%d", c.text, i, r.runFirst, r.runLast, k, toks[k].runFirst, toks[k].runLast)
				}
			}
		}
	}
}

func itoaRun(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoaRun(i/10) + string(rune('0'+i%10))
}

func TestHeadlineWords(t *testing.T) {
	if !headlineWords(strings.Fields("NASA Announces New Homes For Retired Shuttles")) {
		t.Error("title-case headline not recognised")
	}
	if headlineWords(strings.Fields("NASA said on Wednesday that the shuttles would go to museums")) {
		t.Error("ordinary sentence taken for a headline")
	}
}
