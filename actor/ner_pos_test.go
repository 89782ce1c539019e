package actor_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/segment"
)

// A model with part-of-speech features tags the same whether the caller
// gives the tagger's tags (as the pipeline's syntax stage does), none (it
// then tags the words itself), or a document whose tokens carry them.
func TestNERPOSFeatures(t *testing.T) {
	kb, train := diplomacyTrain(t)
	m, err := actor.TrainNER(train, nil, kb, actor.NERTrainOptions{Seed: 2, Epochs: 2, AddFeatures: actor.NERFeaturePOS})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	loaded, err := actor.LoadNER(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Ugandan President Yoweri Museveni met envoys of the African Union in Kampala on Monday .")
	upos, err := actor.TagUPOS(words)
	if err != nil {
		t.Fatal(err)
	}
	if len(upos) != len(words) || upos[0] == "" || upos[len(upos)-1] != "PUNCT" {
		t.Fatalf("TagUPOS = %v", upos)
	}
	a := loaded.Tag(words, nil)
	b := loaded.Tag(words, upos)
	c := m.Tag(words, make([]string, len(words)))
	if !reflect.DeepEqual(a, b) || !reflect.DeepEqual(a, c) {
		t.Errorf("tags differ: nil %v, tagger's %v, empty %v", a, b, c)
	}
	// Entities gives the same entities whether the tokens carry the
	// syntax stage's tags or none (it then tags the words itself). This
	// checks agreement, not which tags were read.
	d := &doc.Document{Text: "Ugandan President Yoweri Museveni met envoys of the African Union in Kampala on Monday. He left for Nairobi."}
	segment.Segment(d)
	m.Entities(d)
	before := append([]doc.Entity(nil), d.Entities...)
	for _, s := range d.Sentences {
		var ws []string
		for _, tk := range d.Tokens[s.TokenStart:s.TokenEnd] {
			ws = append(ws, d.Text[tk.Start:tk.End])
		}
		tags, err := actor.TagUPOS(ws)
		if err != nil {
			t.Fatal(err)
		}
		for i := range ws {
			d.Tokens[s.TokenStart+i].UPOS = tags[i]
		}
	}
	m.Entities(d)
	if !reflect.DeepEqual(before, d.Entities) {
		t.Errorf("Entities with the tokens' tags %v, without %v", d.Entities, before)
	}
}
