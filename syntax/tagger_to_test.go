package syntax

import (
	"slices"
	"testing"
)

// TestTagLabelsTo checks that tagLabelsTo gives the labels and kept
// final-pass scores of the first m words exactly as tagLabels does, for
// the shipped tagger's two models and every m, on our own sentences and
// EWT dev when present.
func TestTagLabelsTo(t *testing.T) {
	_, ss := partsSentences(t, 300)
	m, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if m.Tagger.rare == nil {
		t.Fatal("the shipped tagger has no rare-word model")
	}
	checked := 0
	for _, tg := range []*Tagger{m.Tagger, m.Tagger.rare} {
		L := len(tg.upos)
		full, part := tg.newScratch(), tg.newScratch()
		full.keepFinal, part.keepFinal = true, true
		for _, s := range ss {
			words := s[0]
			n := len(words)
			want := slices.Clone(tg.tagLabels(full, words))
			for k := 1; k <= n; k++ {
				got := tg.tagLabelsTo(part, words, k)
				if !slices.Equal(got[:k], want[:k]) {
					t.Fatalf("%q, m=%d: labels %v, want %v", words, k, got[:k], want[:k])
				}
				for i := range k {
					if part.toks[i+2].dict >= 0 {
						continue // no scores kept for a dictionary word
					}
					if !slices.Equal(part.final[i*L:(i+1)*L], full.final[i*L:(i+1)*L]) {
						t.Fatalf("%q, m=%d: word %d's final-pass scores differ", words, k, i)
					}
				}
				checked++
			}
		}
	}
	t.Logf("%d sentence prefixes checked", checked)
}
