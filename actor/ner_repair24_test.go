package actor

import (
	"strings"
	"testing"
)

// Session 24's sentence repairs (ner_repair24.go), on the team's own
// sentences, through repairSentence.
func TestRepairSentence24(t *testing.T) {
	n, path, names := labelHelpers(t)
	useFrozenNames(t, n)
	cases := []struct{ words, in, want string }{
		// a country's name typed ORG is the country; the Vatican stays
		{"the DPRK fired two missiles", "O U-ORG O O O", "O U-GPE O O O"},
		{"the Vatican said on Monday", "O U-ORG O O O", "O U-ORG O O O"},
		// a place name ending in an outlet word is the outlet
		{"the Nairobi Herald reported", "O B-GPE L-GPE O", "O B-ORG L-ORG O"},
		{"the Lakeside Times said", "O B-LOC L-LOC O", "O B-ORG L-ORG O"},
		{"the Herald said", "O U-LOC O", "O U-LOC O"}, // one word: left alone
		// religious communities are NORP
		{"Sunni leaders met in the capital", "U-ORG O O O O O", "U-NORP O O O O O"},
		{"Shiites marched", "U-PER O", "U-NORP O"},
		{"the Muslim Council of Britain", "O B-ORG I-ORG I-ORG L-ORG", "O B-ORG I-ORG I-ORG L-ORG"}, // a longer name
		// an acronym after "[PER] of (the)" is the body the person belongs to; a country stays
		{"Ana Petrova of the NRP and Ivo Baric of CDU won", "B-PER L-PER O O O O B-PER L-PER O U-PER O", "B-PER L-PER O O U-ORG O B-PER L-PER O U-ORG O"},
		{"Tom Reyes of UK Sport spoke", "B-PER L-PER O U-GPE O O", "B-PER L-PER O U-GPE O O"},
		// "Department/Ministry of X and Y" is one body
		{"the Department of Water and Rural Affairs said", "O B-ORG I-ORG L-ORG O B-ORG L-ORG O", "O B-ORG I-ORG I-ORG I-ORG I-ORG L-ORG O"},
		{"the Ministry of Fisheries and Livestock said", "O B-ORG I-ORG L-ORG O O O", "O B-ORG I-ORG I-ORG I-ORG L-ORG O"},
		{"the Ministry of Energy and the army", "O B-ORG I-ORG L-ORG O O O", "O B-ORG I-ORG L-ORG O O O"},                         // lower case
		{"the Ministry of Energy and Defence Ministry", "O B-ORG I-ORG L-ORG O B-ORG L-ORG", "O B-ORG I-ORG L-ORG O B-ORG L-ORG"}, // a head word of its own
		{"the University of Tamsin and Water Board", "O B-ORG I-ORG L-ORG O B-ORG L-ORG", "O B-ORG I-ORG L-ORG O B-ORG L-ORG"},    // not a ministry
		{"the Ministry of Mines and Kenya Railways", "O B-ORG I-ORG L-ORG O B-ORG L-ORG", "O B-ORG I-ORG L-ORG O B-ORG L-ORG"},    // a country
	}
	for _, c := range cases {
		got := path(c.in)
		n.repairSentence(strings.Fields(c.words), got)
		if names(got) != c.want {
			t.Errorf("%q: %s, want %s", c.words, names(got), c.want)
		}
	}
}

// Session 24's document repair (surnames), through
// repairDocument.
func TestRepairDocument24(t *testing.T) {
	n, path, names := labelHelpers(t)
	useFrozenNames(t, n)
	cases := []docRepairCase{
		{ // a surname that is also a city, typed a place or an organisation
			[]string{"Marta Denver joined the clinic", "Denver said she would stay", "Later Denver resigned"},
			[]string{"B-PER L-PER O O O", "U-GPE O O O O", "O U-ORG O"},
			[]string{"B-PER L-PER O O O", "U-PER O O O O", "O U-PER O"},
		},
		{ // after "in", before ", State", a country: the places stay
			[]string{"Ellen Houston spoke", "She lives in Houston", "She moved to Houston , Texas", "Ruth Jordan left", "Jordan closed its border"},
			[]string{"B-PER L-PER O", "O O O U-GPE", "O O O U-GPE O U-GPE", "B-PER L-PER O", "U-GPE O O O"},
			[]string{"B-PER L-PER O", "O O O U-GPE", "O O O U-GPE O U-GPE", "B-PER L-PER O", "U-GPE O O O"},
		},
	}
	checkDocRepair(t, cases, path, names, n.repairDocument)
}

// The shipped model with session 24's repairs on the team's own
// documents: a surname that is also a city, and a ministry whose name runs
// over "and".
func TestNERRepairs24Shipped(t *testing.T) {
	n, err := DefaultNER()
	if err != nil {
		t.Skip("no model:", err)
	}
	cases := []struct {
		doc  []string
		want string // the entities of the last sentence
	}{
		{[]string{"Police officer Dana Lisbon , 41 , was suspended on Monday .", "Lisbon said she would appeal the decision ."}, "PER:Lisbon"},
		{[]string{"The Ministry of Fisheries and Blue Economy issued new quotas on Friday ."}, "ORG:Ministry of Fisheries and Blue Economy"},
	}
	for _, c := range cases {
		var sents [][]string
		for _, s := range c.doc {
			sents = append(sents, strings.Fields(s))
		}
		spans := n.DocumentSpans(sents)
		last := sents[len(sents)-1]
		var got []string
		for _, sp := range spans[len(spans)-1] {
			got = append(got, sp.Type+":"+strings.Join(last[sp.Start:sp.End], " "))
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: %s, want %s", c.doc, g, c.want)
		}
	}
}
