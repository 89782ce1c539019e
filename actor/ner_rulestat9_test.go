package actor

import (
	"flag"
	"fmt"
	"sort"
	"strings"
	"testing"
)

var nerRuleStat9 = flag.Bool("ner-rulestat9", false, "count the eighth round's repair patterns in the training gold")

// TestNERRuleStat9 counts, in the training corpora's gold (development
// material left out), the patterns of the repairs in ner_repair.go and of
// those tried and dropped: a nationality before an organisation, storms,
// hyphen tokens after a name, names before an infrastructure noun, entities
// after "in"/"near"/"to"/"from", entities between quotation marks, the
// types of entities that are a KB name as a whole, entities that are a
// place of the place gazetteer, coordinated entities, and "Title of Place
// Name". Run: go test ./actor -run TestNERRuleStat9 -ner-rulestat9 -v
func TestNERRuleStat9(t *testing.T) {
	if !*nerRuleStat9 {
		t.Skip("run with -ner-rulestat9")
	}
	train, kb := ruleStatTrain(t)
	m, err := LoadNERFile("../model/ner.bin.zst") // its place gazetteer and title test
	if err != nil {
		t.Skip("no model:", err)
	}
	cnt := ruleCounts{}
	add, mt := cnt.add, flatLoc
	isNat := func(w []string) bool {
		for _, mm := range kb.MatchTokens(w) {
			if mm.Start == 0 && mm.End == len(w) && len(mm.Hits) > 0 && mm.Hits[0].Kind == KindNationality {
				return true
			}
		}
		return false
	}
	for _, s := range train {
		w := s.Words
		sps := SpansFromBIO(s.Tags)
		for k, a := range sps {
			name := strings.Join(w[a.Start:a.End], " ")
			// a nationality before an organisation: one entity or two
			if a.Type == "ORG" && a.End-a.Start >= 2 && isNat(w[a.Start:a.Start+1]) {
				add("nat+org", "one ORG")
			}
			if k+1 < len(sps) && a.Type == "NORP" && a.End-a.Start == 1 && sps[k+1].Type == "ORG" && sps[k+1].Start == a.End {
				add("nat+org", "NORP + ORG | "+strings.Join(w[a.Start:sps[k+1].End], " "))
			}
			// the types of entities that are a KB name as a whole
			for _, mm := range kb.MatchTokens(w[a.Start:a.End]) {
				if mm.Start == 0 && mm.End == a.End-a.Start && len(mm.Hits) > 0 {
					add("kbkind", fmt.Sprintf("%s %s", mm.Hits[0].Kind, a.Type))
					if mm.Hits[0].Kind == KindNationality && a.Type != "NORP" {
						add("nationality-not-NORP", a.Type+" "+name)
					}
				}
			}
			// entities that are a place of the place gazetteer
			var toks []nerTok
			for _, x := range w[a.Start:a.End] {
				var t nerTok
				hashWord(x, &t)
				toks = append(toks, t)
			}
			if kind, ok := m.places[phraseHash(toks)]; ok {
				add("place-gazetteer", fmt.Sprintf("kind %d %s", kind, a.Type))
			}
			// between quotation marks
			if a.Start > 0 && a.End < len(w) && nerQuoteTok(w[a.Start-1]) && nerQuoteTok(w[a.End]) {
				add("quoted", fmt.Sprintf("%s len%d", a.Type, min(a.End-a.Start, 3)))
			}
			// after a preposition (POSS: a possessive follows)
			if a.Start > 0 {
				if p := w[a.Start-1]; p == "in" || p == "near" || p == "to" || p == "from" {
					poss := ""
					if a.End < len(w) && (w[a.End] == "'s" || w[a.End] == "’s") {
						poss = " POSS"
					}
					add("after-preposition", fmt.Sprintf("%s %s len%d%s", p, a.Type, min(a.End-a.Start, 2), poss))
				}
			}
			// before an infrastructure noun
			if a.End < len(w) && nerInfraNoun(w[a.End]) {
				add("infrastructure", a.Type+" | "+strings.Join(w[max(0, a.Start-1):a.End+1], " "))
			}
			// coordinated entities
			if k+1 < len(sps) {
				b := sps[k+1]
				switch strings.ToLower(strings.Join(w[a.End:b.Start], " ")) {
				case "and", ",", ", and", "or":
					add("coordinated", mt(a.Type)+" "+mt(b.Type))
				}
			}
		}
		for i := range w {
			// storms
			if i+1 < len(w) && nerStormWord(w[i]) && startsUpper(w[i+1]) {
				add("storm", s.Tags[i]+" "+s.Tags[i+1]+" | "+strings.Join(w[i:i+2], " "))
			}
			// a hyphen token after a name
			if w[i] == "-" && i > 0 && i+1 < len(w) && s.Tags[i-1] != "O" && startsUpper(w[i+1]) {
				add("hyphen", s.Tags[i-1][2:]+" "+s.Tags[i]+" "+s.Tags[i+1]+" | "+strings.Join(w[max(0, i-2):i+2], " "))
			}
			// Title of Place Name Name
			if i >= 2 && i+2 < len(w) && w[i-1] == "of" && startsUpper(w[i-2]) && m.isTitleWord(w[i-2]) && m.isPlaceWord(w[i]) && startsUpper(w[i+1]) && startsUpper(w[i+2]) {
				add("title-of-place", strings.Join(s.Tags[i:i+3], " ")+" | "+strings.Join(w[i-2:i+3], " "))
			}
		}
	}
	keys := make([]string, 0, len(cnt))
	for k := range cnt {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		var vs []string
		for v := range cnt[k] {
			vs = append(vs, v)
		}
		sort.Strings(vs)
		fmt.Println("==", k)
		for _, v := range vs {
			fmt.Printf("  %d %s\n", cnt[k][v], v)
		}
	}
}

// nerQuoteTok reports whether w is a quotation mark token.
func nerQuoteTok(w string) bool {
	switch w {
	case "\"", "“", "”", "``", "''", "'", "‘", "’":
		return true
	}
	return false
}
