package actor_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/actor"
)

// SilverNER keeps the raw sentences on which every model agrees and that
// hold an entity, at most max of them, each tagged as the models tag it.
func TestSilverNER(t *testing.T) {
	kb, train := diplomacyTrain(t)
	a, err := actor.TrainNER(train, nil, kb, actor.NERTrainOptions{Seed: 1, Epochs: 2})
	if err != nil {
		t.Fatal(err)
	}
	b, err := actor.TrainNER(train, nil, kb, actor.NERTrainOptions{Seed: 2, Epochs: 2})
	if err != nil {
		t.Fatal(err)
	}
	raw := [][]string{
		strings.Fields("President William Ruto met Egyptian officials in Cairo on Monday ."),
		strings.Fields("the talks went on late into the night ."), // no entity
		strings.Fields("Ruto"), // too short
		strings.Fields("The Foreign Ministry of Kenya said the envoy had been recalled to Nairobi ."),
		strings.Fields("Kenya And Egypt Sign New Trade Deal In Cairo"), // headline
	}
	silver := actor.SilverNER(raw, []*actor.NER{a, b}, 0)
	for _, s := range silver {
		if strings.Join(s.Words, " ") == strings.Join(raw[1], " ") || len(s.Words) < 4 || s.Words[1] == "And" {
			t.Errorf("kept %q", strings.Join(s.Words, " "))
		}
		if got := a.Tag(s.Words, nil); !reflect.DeepEqual(got, s.Tags) {
			t.Errorf("silver tags %v, the model's %v", s.Tags, got)
		}
		if got := b.Tag(s.Words, nil); !reflect.DeepEqual(got, s.Tags) {
			t.Errorf("models disagree on kept %q: %v / %v", strings.Join(s.Words, " "), s.Tags, got)
		}
	}
	// One model agrees with itself on every sentence that has an entity.
	self := actor.SilverNER(raw, []*actor.NER{a}, 0)
	if len(self) < len(silver) {
		t.Errorf("one model kept %d sentences, two %d", len(self), len(silver))
	}
	if len(self) == 0 {
		t.Fatal("nothing kept from sentences with names")
	}
	if got := actor.SilverNER(raw, []*actor.NER{a}, 1); len(got) != 1 {
		t.Errorf("max 1: kept %d", len(got))
	}
	if actor.SilverNER(raw, nil, 0) != nil {
		t.Error("no models: want nothing")
	}
}
