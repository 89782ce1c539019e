package main

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/actor"
)

// `dyad train ner --average` writes the mean of saved models: the shipped
// model averaged with itself tags as it does.
func TestTrainNERAverage(t *testing.T) {
	shipped := filepath.Join("..", "..", actor.NERModelPath)
	if _, err := os.Stat(shipped); err != nil {
		t.Skipf("no model: %v", err)
	}
	dir := t.TempDir()
	code, _, errs := dyad(t, context.Background(), nil, "train", "ner", "--average", shipped+","+shipped, "--out", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	avg, err := actor.LoadNERFile(filepath.Join(dir, "ner.bin.zst"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(avg.Info, "the mean of 2 models: ") {
		t.Errorf("Info %q", avg.Info)
	}
	m, err := actor.LoadNERFile(shipped)
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Zambian Finance Minister Situmbeko Musokotwane met officials of the Bank of Zambia in Lusaka on Tuesday .")
	if a, b := avg.Tag(words, nil), m.Tag(words, nil); !reflect.DeepEqual(a, b) {
		t.Errorf("averaged model tags %v, the model %v", a, b)
	}
	if code, _, _ := dyad(t, context.Background(), nil, "train", "ner", "--average", shipped+","+filepath.Join(dir, "missing.bin.zst"), "--out", dir); code == 0 {
		t.Error("a missing model was averaged")
	}
}

// --runs, --seed and --wordstats set the recipe's options; runs or seed 0
// are refused.
func TestNERTrainFlags(t *testing.T) {
	_, o := actor.DefaultNERTraining("shared", ".", true)
	if err := nerTrainFlags(&o, 12, 5, ""); err != nil {
		t.Fatal(err)
	}
	if o.Runs != 12 || o.Seed != 5 || o.WordStats != nil {
		t.Errorf("runs %d seed %d wordstats %v", o.Runs, o.Seed, o.WordStats != nil)
	}
	for _, c := range []struct {
		runs int
		seed uint64
	}{{0, 1}, {4, 0}} {
		if err := nerTrainFlags(&o, c.runs, c.seed, ""); err == nil {
			t.Errorf("--runs %d --seed %d accepted", c.runs, c.seed)
		}
	}
	if err := nerTrainFlags(&o, 4, 1, filepath.Join(t.TempDir(), "none.bin.zst")); err == nil {
		t.Error("a missing --wordstats model was accepted")
	}
}
