package syntax

import (
	"bytes"
	"strings"
	"testing"
	"unicode"

	"github.com/dyadproject/dyad/conllu"
)

// A tagger with a rare-word model keeps its own labels for the words seen
// at least RareWords.Below times in training (and with Lower for words
// with a capital letter) and takes the rare-word model's for the others,
// or with a vote the label of the summed scores; TrainTagger with Rare
// builds the same tagger as WithRareModel, deterministically, and it
// survives Save and Load.
func TestTaggerRareModel(t *testing.T) {
	lx, err := ReadWordNet(tgTinyWordNet(t))
	if err != nil {
		t.Fatal(err)
	}
	toy := tgToy(t)
	// The words of the first two toy sentences are seen at least 4 times,
	// the others 3 times (a few more, being in several sentences).
	var train []conllu.Sentence
	for range 3 {
		train = append(train, toy...)
	}
	train = append(train, toy[:2]...)
	count := map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			count[strings.ToLower(w.Form)]++
		}
	}
	rareOpt := TrainOptions{Epochs: 1, Seed: 7, SinglePass: true, NoDict: true, Lexicon: lx}
	main, err := TrainTagger(train, nil, TrainOptions{Epochs: 2, Folds: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	rare, err := TrainTagger(train, nil, rareOpt, nil)
	if err != nil {
		t.Fatal(err)
	}
	join := func(rw RareWords) *Tagger {
		t.Helper()
		j, err := main.WithRareModel(rare, train, rw)
		if err != nil {
			t.Fatal(err)
		}
		return j
	}
	// Trained in one go, saved and loaded.
	rw := RareWords{Below: 4, Lower: true, Vote: 1.5}
	trained, err := TrainTagger(train, nil, TrainOptions{Epochs: 2, Folds: 2, Rare: &rareOpt, RareWords: rw}, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := tgSave(t, join(rw))
	if !bytes.Equal(b, tgSave(t, trained)) {
		t.Error("TrainTagger with Rare differs from WithRareModel")
	}
	loaded, err := LoadTagger(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, tgSave(t, loaded)) {
		t.Error("Save(Load(Save(t))) differs from Save(t)")
	}
	if loaded.rare == nil || loaded.rareWords != rw {
		t.Fatalf("loaded tagger: rare-word model %v, %+v; want one, %+v", loaded.rare != nil, loaded.rareWords, rw)
	}

	override, lower := join(RareWords{Below: 4}), join(RareWords{Below: 4, Lower: true})
	// A vote of almost nothing keeps the main model's labels, and an
	// overwhelming one gives the rare-word model's.
	weak, strong := join(RareWords{Below: 4, Vote: 1e-6}), join(RareWords{Below: 4, Vote: 1e6})
	tag := func(tg *Tagger, words []string) []string {
		u, x := make([]string, len(words)), make([]string, len(words))
		tg.Tag(words, u, x)
		for i := range u {
			u[i] += "|" + x[i]
		}
		return u
	}
	var fromRare, keptMain, keptCapital int
	for _, line := range []string{
		"The foreign minister visited Lima on Monday .",
		"Leaders of the zorbish council plinked the accord and agreed to meet again .",
		"Police glimmered the march .",
		"The Vexar ministry said the leaders were ready to meet .",
		"Signed ministers visited two an accord .",
		"Monday signed on visited Nairobi ministers .",
		"Zorbish Plinked the Glimmering Accord .",
		"Talks Vexed Leaders In Quibbit .",
	} {
		words := strings.Fields(line)
		m, r := tag(main, words), tag(rare, words)
		o, l, w, s := tag(override, words), tag(lower, words), tag(weak, words), tag(strong, words)
		for i, word := range words {
			isRare := count[strings.ToLower(word)] < 4
			capital := strings.IndexFunc(word, unicode.IsUpper) >= 0
			wantO, wantL := m[i], m[i]
			if isRare {
				wantO = r[i]
				if !capital {
					wantL = r[i]
				}
			}
			switch {
			case m[i] == r[i]:
			case !isRare:
				keptMain++
			case capital:
				keptCapital++
				fromRare++
			default:
				fromRare++
			}
			for _, c := range []struct {
				name      string
				got, want string
			}{{"override", o[i], wantO}, {"lower", l[i], wantL}, {"weak vote", w[i], m[i]}, {"strong vote", s[i], wantO}} {
				if c.got != c.want {
					t.Errorf("%s: %s: %s tagged %s, want %s (main model %s, rare-word model %s)", c.name, line, word, c.got, c.want, m[i], r[i])
				}
			}
		}
	}
	// The checks above must have seen the two models disagree every way.
	if fromRare == 0 || keptMain == 0 || keptCapital == 0 {
		t.Errorf("the models disagree on %d rare words (%d with a capital) and %d frequent ones, want some of each", fromRare, keptCapital, keptMain)
	}
	// With a window the rare-word model tags only the stretch around a
	// rare word: "zorbish" (at 4; the only word not seen 3 times) takes
	// the label the rare-word model gives it in "the zorbish talks", not
	// the one in the sentence, and a window as long as the sentence is the
	// sentence.
	words := strings.Fields("The leaders said the zorbish talks were ready .")
	inSentence, inWindow := tag(rare, words)[4], tag(rare, words[3:6])[1]
	if inSentence == inWindow {
		t.Fatalf("the rare-word model tags zorbish %s in both; the window check needs them to differ", inWindow)
	}
	if got := tag(join(RareWords{Below: 3, Window: 1}), words)[4]; got != inWindow {
		t.Errorf("window 1: zorbish tagged %s, want %s", got, inWindow)
	}
	whole, sentence := join(RareWords{Below: 3, Window: len(words)}), join(RareWords{Below: 3})
	if got, want := strings.Join(tag(whole, words), " "), strings.Join(tag(sentence, words), " "); got != want {
		t.Errorf("window of the sentence's length: %s, want %s", got, want)
	}
	if _, err := main.WithRareModel(rare, train, RareWords{}); err == nil {
		t.Error("no error for threshold 0")
	}
}

// A pruned tagger keeps its word lexicon.
func TestTaggerPrunedKeepsLexicon(t *testing.T) {
	lx, err := ReadWordNet(tgTinyWordNet(t))
	if err != nil {
		t.Fatal(err)
	}
	tg, err := TrainTagger(tgToy(t), nil, TrainOptions{Epochs: 2, Folds: 2, Lexicon: lx}, nil)
	if err != nil {
		t.Fatal(err)
	}
	pruned := tg.Pruned(0.5)
	if n, m := pruned.w.NumFeatures(), tg.w.NumFeatures(); n == 0 || n >= m {
		t.Errorf("pruned at 0.5: %d features of %d", n, m)
	}
	if len(pruned.wordLex) != len(lx) {
		t.Errorf("pruned tagger: word lexicon of %d entries, want %d", len(pruned.wordLex), len(lx))
	}
}
