package syntax

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestTaggerRareExperiment scores, on EWT dev only, the committed tagger
// (or TG_MODEL) joined with each rare-word model in TG_MODEL2="file ..."
// (WithRareModel; such models are trained with TestTaggerExperiment and
// TG_SAVE) for each threshold in TG_RAREBELOW (default 1,2,3,5,10,20),
// with the other RareWords fields from TG_RARELOWER=1, TG_RAREVOTE (per
// mille), TG_RAREMARGIN and TG_RAREWINDOW, and the rare-word model pruned
// at TG_RAREPRUNE when set. It logs UPOS, XPOS, UPOS of the words unseen
// in train, how many words' UPOS the rare-word model fixed and broke, and
// on how many sentences it ran. With TG_SAVE=file (one model, one
// threshold) it writes the joined tagger.
//
//	TG_MODEL2="/tmp/a.bin.zst /tmp/b.bin.zst" TG_RAREBELOW=1,2 TG_RARELOWER=1 TG_RAREVOTE=2000 \
//	    go test ./syntax -run TestTaggerRareExperiment -tagger-exp -v
func TestTaggerRareExperiment(t *testing.T) {
	if !*tgExpFlag {
		t.Skip("pass -tagger-exp")
	}
	base, _ := tgLoadModels(t)
	train := tgLoadEWT(t, "train")
	dev := tgLoadEWT(t, "dev")
	known := map[string]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			known[w.Form] = true
		}
	}
	below := []int{1, 2, 3, 5, 10, 20}
	if v := os.Getenv("TG_RAREBELOW"); v != "" {
		below = below[:0]
		for _, f := range strings.Split(v, ",") {
			n, err := strconv.Atoi(f)
			if err != nil {
				t.Fatal(err)
			}
			below = append(below, n)
		}
	}
	tagAll := func(tg *Tagger) [][]string {
		out := make([][]string, len(dev))
		for i, s := range dev {
			w := tgWords(s)
			out[i] = make([]string, len(w))
			tg.Tag(w, out[i], make([]string, len(w)))
		}
		return out
	}
	baseUPOS := tagAll(base)
	lower := os.Getenv("TG_RARELOWER") == "1"
	window, _ := strconv.Atoi(os.Getenv("TG_RAREWINDOW"))
	var vote, margin float32
	if v, err := strconv.Atoi(os.Getenv("TG_RAREVOTE")); err == nil {
		vote = float32(v) / 1000
	}
	if v, err := strconv.ParseFloat(os.Getenv("TG_RAREMARGIN"), 32); err == nil {
		margin = float32(v)
	}
	models := strings.Fields(os.Getenv("TG_MODEL2"))
	for _, path := range models {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		rare, err := LoadTagger(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if v, err := strconv.ParseFloat(os.Getenv("TG_RAREPRUNE"), 64); err == nil {
			n0 := rare.w.NumFeatures()
			rare = rare.Pruned(v)
			t.Logf("rare-word model pruned at %g: %d of %d features kept", v, rare.w.NumFeatures(), n0)
		}
		for _, n := range below {
			joined, err := base.WithRareModel(rare, train, RareWords{Below: n, Lower: lower, Vote: vote, Margin: margin, Window: window})
			if err != nil {
				t.Fatal(err)
			}
			sc := EvalTaggerScores(joined, nil, dev)
			got := tagAll(joined)
			var unk, runk, fixed, broken, changed int
			for i, s := range dev {
				for k, w := range s.Words {
					ok, was := got[i][k] == w.UPOS, baseUPOS[i][k] == w.UPOS
					if !known[w.Form] {
						unk++
						if ok {
							runk++
						}
					}
					switch {
					case ok && !was:
						fixed++
					case was && !ok:
						broken++
					}
					if got[i][k] != baseUPOS[i][k] {
						changed++
					}
				}
			}
			// The sentences the rare-word model runs on.
			runs := 0
			s := joined.newScratch()
			for _, st := range dev {
				s.keepFinal = true
				joined.tagLabels(s, tgWords(st))
				for k := range st.Words {
					if joined.weak(s, k) {
						runs++
						break
					}
				}
			}
			t.Logf("%s below %d: UPOS %.2f XPOS %.2f unknown words %.2f (%d); UPOS of %d words changed, %d fixed, %d broken; rare-word model on %d of %d sentences",
				path, n, 100*sc.UPOS, 100*sc.XPOS, 100*float64(runk)/float64(max(unk, 1)), unk, changed, fixed, broken, runs, len(dev))
			if out := os.Getenv("TG_SAVE"); out != "" && len(models) == 1 && len(below) == 1 {
				if err := os.WriteFile(out, tgSave(t, joined), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}
