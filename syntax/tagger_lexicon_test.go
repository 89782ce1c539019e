package syntax

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// tgTinyWordNet writes a few lines in the WordNet database's formats
// (entries invented for the test) to a temporary directory.
func tgTinyWordNet(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"index.noun": "  1 licence header line\nminister n 1 1 @ 1 0 00000001\nbox n 1 1 @ 1 0 00000002\nparis n 1 1 @ 1 0 00000003\nturkey n 2 1 @ 2 0 00000004 00000005\nmouse n 1 1 @ 1 0 00000006\nprime_minister n 1 1 @ 1 0 00000007\n",
		"index.verb": "visit v 1 1 @ 1 0 00000011\nmeet v 1 1 @ 1 0 00000012\nbox v 1 1 @ 1 0 00000013\nhope v 1 1 @ 1 0 00000014\n",
		"index.adj":  "cheap a 1 1 & 1 0 00000021\nlarge a 1 1 & 1 0 00000022\n",
		"index.adv":  "again r 1 0 1 0 00000031\n",
		"noun.exc":   "mice mouse\n",
		"verb.exc":   "met meet\n",
		"adj.exc":    "",
		"data.noun":  "  1 licence header line\n00000003 15 n 01 Paris 0 000 | a city\n00000004 05 n 01 turkey 0 000 | a bird\n00000005 15 n 01 Turkey 0 000 | a country\n00000001 18 n 01 minister 0 000 | an official\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestReadWordNetBits(t *testing.T) {
	lx, err := ReadWordNet(tgTinyWordNet(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		word string
		want uint16
	}{
		{"minister", tgwNoun},
		{"Ministers", tgwNounPl},
		{"boxes", tgwNounPl | tgwVerbS},
		{"boxing", tgwVerbIng},
		{"visited", tgwVerbEd},
		{"hoped", tgwVerbEd},
		{"hoping", tgwVerbIng},
		{"met", tgwVerbEd},
		{"mice", tgwNounPl},
		{"cheapest", tgwAdjCmp},
		{"larger", tgwAdjCmp},
		{"again", tgwAdv},
		{"Paris", tgwNoun | tgwProper},
		{"turkey", tgwNoun},
		{"prime_minister", 0},
		{"the", 0},
		{"s", 0},
	} {
		if got, _ := lx.bits(tgNormalize(nil, c.word), nil); got != c.want {
			t.Errorf("%s: bits %010b, want %010b", c.word, got, c.want)
		}
	}
	if _, err := ReadWordNet(t.TempDir()); err == nil {
		t.Error("no error for a directory without WordNet files")
	}
}

// A tagger trained with a lexicon is deterministic and survives Save and Load; the lexicon reaches the
// features.
func TestTrainTaggerLexicon(t *testing.T) {
	lx, err := ReadWordNet(tgTinyWordNet(t))
	if err != nil {
		t.Fatal(err)
	}
	toy := tgToy(t)
	opt := TrainOptions{Epochs: 2, Folds: 2, Lexicon: lx}
	tg, err := TrainTagger(toy, nil, opt, nil)
	if err != nil {
		t.Fatal(err)
	}
	tg2, err := TrainTagger(toy, nil, opt, nil)
	if err != nil {
		t.Fatal(err)
	}
	b1 := tgSave(t, tg)
	if !bytes.Equal(b1, tgSave(t, tg2)) {
		t.Error("two trainings with the same seed differ")
	}
	loaded, err := LoadTagger(bytes.NewReader(b1))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1, tgSave(t, loaded)) {
		t.Error("Save(Load(Save(t))) differs from Save(t)")
	}
	if len(loaded.wordLex) != len(lx) {
		t.Errorf("loaded lexicon has %d entries, want %d", len(loaded.wordLex), len(lx))
	}
	// A training word carries its bits in the tagger's lexicon.
	if got := loaded.lex[HashString(HashSeed, "visited")].wl; got != tgwVerbEd|tgwKnown {
		t.Errorf("visited: lexicon entry %b, want %b", got, tgwVerbEd|tgwKnown)
	}
	fz := loaded.fz()
	s := loaded.newScratch()
	fz.prepare(s, []string{"Ministers", "visited", "Paris"}) // "visited" is in training
	for i, want := range []uint16{tgwNounPl, tgwVerbEd, tgwNoun | tgwProper} {
		if got := s.toks[i+2].lx; got != uint64(want) {
			t.Errorf("word %d: lexicon value %b, want %b", i, got, want)
		}
	}
}

// With LexiconRare, a word seen that often in training has no lexicon
// features (also as a neighbour) while rarer and unseen words keep
// theirs, across Save and Load; LexiconNoCtx drops the neighbours'.
func TestTrainTaggerLexiconRare(t *testing.T) {
	lx, err := ReadWordNet(tgTinyWordNet(t))
	if err != nil {
		t.Fatal(err)
	}
	toy := tgToy(t)
	words := []string{"Ministers", ".", "visited", "Paris"} // "." is in every toy sentence, "visited" in one
	// run trains with opt and returns, for each word, its lexicon value
	// and its number of static features.
	run := func(opt TrainOptions) (lxs []uint64, nfeat []int) {
		tg, err := TrainTagger(toy, nil, opt, nil)
		if err != nil {
			t.Fatal(err)
		}
		loaded, err := LoadTagger(bytes.NewReader(tgSave(t, tg)))
		if err != nil {
			t.Fatal(err)
		}
		fz := loaded.fz()
		s := loaded.newScratch()
		fz.prepare(s, words)
		for i := range words {
			lxs = append(lxs, s.toks[i+2].lx)
			fz.static(s, i)
			nfeat = append(nfeat, len(s.feats))
		}
		return lxs, nfeat
	}
	allLx, allN := run(TrainOptions{Epochs: 2, Folds: 2, Lexicon: lx})
	rareLx, rareN := run(TrainOptions{Epochs: 2, Folds: 2, Lexicon: lx, LexiconRare: 2})
	_, noCtxN := run(TrainOptions{Epochs: 2, Folds: 2, Lexicon: lx, LexiconNoCtx: true})
	wantAll := []uint64{uint64(tgwNounPl), 0, uint64(tgwVerbEd), uint64(tgwNoun | tgwProper)}
	wantRare := []uint64{uint64(tgwNounPl), tgLxOff, uint64(tgwVerbEd), uint64(tgwNoun | tgwProper)}
	for i, w := range words {
		if allLx[i] != wantAll[i] {
			t.Errorf("%s: lexicon value %b, want %b", w, allLx[i], wantAll[i])
		}
		if rareLx[i] != wantRare[i] {
			t.Errorf("%s with LexiconRare 2: lexicon value %x, want %x", w, rareLx[i], wantRare[i])
		}
	}
	// "." loses its two own features; "Ministers" and "visited" lose the
	// one of their neighbour "."; "Paris" keeps all.
	for i, want := range []int{allN[0] - 1, allN[1] - 2, allN[2] - 1, allN[3]} {
		if rareN[i] != want {
			t.Errorf("%s with LexiconRare 2: %d static features, want %d (%d without)", words[i], rareN[i], want, allN[i])
		}
	}
	for i := range words {
		if noCtxN[i] != allN[i]-2 {
			t.Errorf("%s with LexiconNoCtx: %d static features, want %d", words[i], noCtxN[i], allN[i]-2)
		}
	}
}
