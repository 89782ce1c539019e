package actor

import (
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/segment"
)

func TestResolveComposesMentions(t *testing.T) {
	kb, err := LoadKB()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		date, text string
		want       map[string]string // mention text → actor code
	}{
		{"2024-05-01", "Brazilian President Luiz Inácio Lula da Silva met the Kenyan government in Nairobi.",
			map[string]string{"Brazilian President Luiz Inácio Lula da Silva": "BRAGOV", "Kenyan government": "KENGOV", "Nairobi": "KENGOV"}},
		{"2015-06-01", "Lula criticised the Kremlin.", map[string]string{"Lula": "BRAELI", "the Kremlin": "RUSGOV"}},
		{"2024-01-10", "Colombia's former president spoke to the United Nations.",
			map[string]string{"Colombia's former president": "COLELI", "United Nations": "IGOUNO"}},
	} {
		d := &doc.Document{Text: c.text, Date: c.date}
		segment.Segment(d)
		kb.Resolve(d)
		got := map[string]string{}
		for _, e := range d.Entities {
			got[e.Text] = e.Actor.Code
			if e.Actor.Mention == nil || e.Actor.Start != e.Start {
				t.Errorf("%q: actor of %q lacks its mention", c.text, e.Text)
			}
		}
		for m, code := range c.want {
			if got[m] != code {
				t.Errorf("%q on %s: %q → %q, want %q (all: %v)", c.text, c.date, m, got[m], code, got)
			}
		}
	}
}

func TestResolveLeavesBareTitlesAlone(t *testing.T) {
	kb, _ := LoadKB()
	d := &doc.Document{Text: "The president thanked the minister.", Date: "2024-01-01"}
	segment.Segment(d)
	kb.Resolve(d)
	if len(d.Entities) != 0 {
		t.Errorf("bare titles became entities: %+v", d.Entities)
	}
}
