package actor

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// nerWeightMap returns a model's weights as key → label → value (the
// quantised value times the scale).
func nerWeightMap(m *NER) map[uint32]map[uint8]float64 {
	out := map[uint32]map[uint8]float64{}
	for i, k := range m.keys {
		row := map[uint8]float64{}
		for p := m.offs[i]; p < m.offs[i+1]; p++ {
			row[m.plab[p]] = float64(m.pq[p]) * float64(m.scale)
		}
		out[k] = row
	}
	return out
}

// maxWeightDiff is the largest difference between two models' weights (a
// weight one of them lacks counts as 0) and transitions.
func maxWeightDiff(a, b *NER) float64 {
	wa, wb := nerWeightMap(a), nerWeightMap(b)
	d := 0.0
	cmp := func(x, y map[uint32]map[uint8]float64) {
		for k, row := range x {
			for l, v := range row {
				d = math.Max(d, math.Abs(v-y[k][l]))
			}
		}
	}
	cmp(wa, wb)
	cmp(wb, wa)
	for i := range a.trans {
		d = math.Max(d, math.Abs(float64(a.trans[i])*float64(a.scale)-float64(b.trans[i])*float64(b.scale)))
	}
	return d
}

func averageTestData(t *testing.T) (*KB, []NERSentence) {
	t.Helper()
	kb, err := NERGazetteerKB(filepath.Join("..", "data", "ner", "gazetteer", NERKBNamesFile))
	if err != nil {
		t.Skipf("no KB name list: %v", err)
	}
	f, err := os.Open(filepath.Join("..", "data", "ner", "news-diplomacy.txt"))
	if err != nil {
		t.Skipf("no data/ner: %v", err)
	}
	defer f.Close()
	train, err := ReadBracketed(f, "news-diplomacy.txt")
	if err != nil {
		t.Fatal(err)
	}
	return kb, train
}

// Averaging two saved trainings that differ only in seed gives the model
// that one training averaging the same two runs gives (up to the pruning of
// each file's small weights and 16-bit rounding), and it saves, loads and
// tags like any model.
func TestAverageNERMatchesRuns(t *testing.T) {
	kb, train := averageTestData(t)
	var single [2]*NER
	for i := range single {
		m, err := TrainNER(train, nil, kb, NERTrainOptions{Seed: uint64(7 + i), Epochs: 2})
		if err != nil {
			t.Fatal(err)
		}
		single[i] = m
	}
	joint, err := TrainNER(train, nil, kb, NERTrainOptions{Seed: 7, Epochs: 2, Runs: 2})
	if err != nil {
		t.Fatal(err)
	}
	avg, err := AverageNER(single[:], "two seeds")
	if err != nil {
		t.Fatal(err)
	}
	if avg.Info != "two seeds" {
		t.Errorf("Info %q", avg.Info)
	}
	// Each file drops its weights below 0.02 (Prune), so a mean weight can
	// be off by half of that for each, a mean near 0.02 kept by one and
	// dropped by the other by 0.02, plus the rounding of three
	// quantisations; nearly all weights are equal up to the rounding.
	rounding := float64(avg.scale + joint.scale + single[0].scale + single[1].scale)
	if d := maxWeightDiff(avg, joint); d > 0.03+rounding {
		t.Errorf("averaged files differ from the two-run training by %.4f", d)
	}
	wa, wj := nerWeightMap(avg), nerWeightMap(joint)
	far, all := 0, 0
	for k, row := range wj {
		for l, v := range row {
			all++
			if math.Abs(v-wa[k][l]) > rounding {
				far++
			}
		}
	}
	if far*100 > all {
		t.Errorf("%d of the two-run training's %d weights differ in the averaged files by more than rounding", far, all)
	}
	t.Logf("%d of %d weights beyond rounding (%.5f)", far, all, rounding)
	// The two seeds really differ, so the test is not comparing a model
	// with itself.
	if d := maxWeightDiff(single[0], single[1]); d <= 0.03+rounding {
		t.Errorf("seeds 7 and 8 give the same weights (%.4f)", d)
	}
	// One model averaged is itself, up to rounding.
	one, err := AverageNER(single[:1], "")
	if err != nil {
		t.Fatal(err)
	}
	if d := maxWeightDiff(one, single[0]); d > float64(2*single[0].scale) {
		t.Errorf("one model averaged differs from it by %.4f", d)
	}
	var buf bytes.Buffer
	if err := avg.Save(&buf); err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadNER(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	same, n := 0, 0
	for _, s := range train {
		a := avg.Tag(s.Words, nil)
		if !reflect.DeepEqual(a, loaded.Tag(s.Words, nil)) {
			t.Errorf("saved averaged model tags %q differently", s.Words)
		}
		if reflect.DeepEqual(a, joint.Tag(s.Words, nil)) {
			same++
		}
		n++
	}
	if same < n*95/100 {
		t.Errorf("averaged model and two-run training agree on %d of %d sentences", same, n)
	}
}

// Models whose word statistics differ have different feature spaces: their
// mean is refused.
func TestAverageNERRefusesOtherWordStats(t *testing.T) {
	kb, train := averageTestData(t)
	a, err := TrainNER(train, nil, kb, NERTrainOptions{Seed: 1, Epochs: 1})
	if err != nil {
		t.Fatal(err)
	}
	raw := [][]string{{"The", "ministry", "said", "the", "talks", "would", "resume", "on", "Monday", "."}}
	b, err := TrainNER(train, raw, kb, NERTrainOptions{Seed: 2, Epochs: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := AverageNER([]*NER{a, b}, ""); err == nil {
		t.Error("models with different capitalisation rates were averaged")
	}
	// Borrowing a's word statistics makes them averageable again.
	c, err := TrainNER(train, raw, kb, NERTrainOptions{Seed: 2, Epochs: 1, WordStats: a})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := AverageNER([]*NER{a, c}, ""); err != nil {
		t.Errorf("models sharing word statistics: %v", err)
	}
	if _, err := AverageNER(nil, ""); err == nil {
		t.Error("no models averaged without an error")
	}
}
