package actor

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var nerRuleStat = flag.Bool("ner-rulestat", false, "count decoding-rule patterns in the training gold")

// TestNERRuleStat counts, in the training corpora's gold (the development
// material left out), how names that run over "of"/"for (the)" after an
// organisation or facility head word are annotated: as one entity or as
// two, and how entities end in a title word.
func TestNERRuleStat(t *testing.T) {
	if !*nerRuleStat {
		t.Skip("run with -ner-rulestat")
	}
	train, kb := ruleStatTrain(t)
	joined, split := map[string]int{}, map[string]int{}
	titleEnd, titleAfter := map[string]int{}, map[string]int{}
	inner, adjacent := map[string]int{}, map[string]int{}
	single, singleO := map[string]int{}, map[string]int{}
	lastKw := map[string]int{}
	for _, s := range train {
		for i, w := range s.Words {
			if s.Tags[i] == "O" && i > 0 && isHeadKw(w) && strings.EqualFold(s.Words[i-1], "the") && (i+1 == len(s.Words) || !startsUpper(s.Words[i+1]) && s.Words[i+1] != "of" && s.Words[i+1] != "for") {
				singleO["O "+w]++
			}
		}
		sps := SpansFromBIO(s.Tags)
		for k, a := range sps {
			// one entity over a connector after a head word
			for i := a.Start + 1; i+1 < a.End; i++ {
				lw := strings.ToLower(s.Words[i])
				if (lw == "of" || lw == "for") && isHeadKw(s.Words[i-1]) {
					joined[a.Type+" "+strings.Join(s.Words[a.Start:a.End], " ")]++
					break
				}
			}
			// two entities around a connector
			if k+1 < len(sps) && isHeadKw(s.Words[a.End-1]) {
				b := sps[k+1]
				gap := s.Words[a.End:b.Start]
				g := strings.ToLower(strings.Join(gap, " "))
				if g == "of" || g == "for" || g == "of the" || g == "for the" {
					split[a.Type+"+"+b.Type+" "+strings.Join(s.Words[a.Start:b.End], " ")]++
				}
			}
			// a head word inside an entity, a capitalised word after it
			for i := a.Start; i+1 < a.End; i++ {
				if isHeadKw(s.Words[i]) && startsUpper(s.Words[i+1]) {
					inner[a.Type+" "+strings.Join(s.Words[a.Start:a.End], " ")]++
					break
				}
			}
			if k+1 < len(sps) && sps[k+1].Start == a.End && isHeadKw(s.Words[a.End-1]) {
				b := sps[k+1]
				adjacent[a.Type+"+"+b.Type+" "+strings.Join(s.Words[a.Start:b.End], " ")]++
			}
			if lw := s.Words[a.End-1]; startsUpper(lw) && nerKeywordHashes[lowerHash(lw)] != kwNone {
				k := nerKeywordHashes[lowerHash(lw)]
				lastKw[fmt.Sprintf("kw%d %s %s", k, strings.ToLower(lw), a.Type)]++
			}
			if a.End-a.Start == 1 && isHeadKw(s.Words[a.Start]) {
				single[a.Type+" "+s.Words[a.Start]]++
			}
			if a.Type != "PER" && a.End-a.Start >= 2 {
				for _, m := range kb.MatchTokens(s.Words[a.End-1 : a.End]) {
					if m.Hits[0].Kind == KindTitle {
						titleEnd[a.Type+" "+strings.Join(s.Words[a.Start:a.End], " ")]++
					}
				}
			}
			if a.Type != "PER" && a.End < len(s.Words) && startsUpper(s.Words[a.End]) {
				for _, m := range kb.MatchTokens(s.Words[a.End : a.End+1]) {
					if m.Hits[0].Kind == KindTitle {
						titleAfter[a.Type+" "+strings.Join(s.Words[a.Start:a.End+1], " ")]++
					}
				}
			}
		}
	}
	for _, x := range []struct {
		name string
		m    map[string]int
	}{{"joined", joined}, {"split", split}, {"title-end", titleEnd}, {"title-after", titleAfter}, {"inner", inner}, {"adjacent", adjacent}, {"single", single}, {"singleO", singleO}, {"lastKw", lastKw}} {
		var keys []string
		tot := 0
		for k, v := range x.m {
			keys = append(keys, k)
			tot += v
		}
		sort.Strings(keys)
		fmt.Printf("== %s: %d\n", x.name, tot)
		for _, k := range keys {
			fmt.Printf("  %d %s\n", x.m[k], k)
		}
	}
}

func isHeadKw(w string) bool {
	k := nerKeywordHashes[lowerHash(w)]
	return startsUpper(w) && (k == kwOrg || k == kwFac || k == kwMedia)
}

var nerFixDiff = flag.String("ner-fixdiff", "", "a model: list the UNER-EWT dev sentences the span repairs change")

func TestNERFixDiff(t *testing.T) {
	if *nerFixDiff == "" {
		t.Skip("run with -ner-fixdiff MODEL")
	}
	m, err := LoadNERFile(*nerFixDiff)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("../../shared/data/uner-english-ewt/en_ewt-ud-dev.iob2")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sents, err := ReadIOB(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		m.SpanFix = false
		a := m.Tag(s.Words, nil)
		m.SpanFix = true
		b := m.Tag(s.Words, nil)
		if strings.Join(a, " ") != strings.Join(b, " ") {
			fmt.Println(strings.Join(s.Words, " "))
			fmt.Println("  gold ", SpansFromBIO(s.Tags))
			fmt.Println("  off  ", SpansFromBIO(a))
			fmt.Println("  on   ", SpansFromBIO(b))
		}
	}
}

var nerRuleStatMisc = flag.Bool("ner-rulestat-misc", false, "list ship and spacecraft names and count beliefs in the training gold")

// TestNERRuleStatMisc lists, in the training gold (development material
// left out), how the names after a ship prefix or "shuttle" are annotated
// (the scope of fixVessels), and counts the types of one-word entities
// that name a religion or doctrine (fixBeliefs).
func TestNERRuleStatMisc(t *testing.T) {
	if !*nerRuleStatMisc {
		t.Skip("run with -ner-rulestat-misc")
	}
	train, _ := ruleStatTrain(t)
	beliefs := map[string]int{}
	for _, s := range train {
		for i, w := range s.Words {
			if i+1 >= len(s.Words) || !nerVesselPrefix(w) && !strings.EqualFold(w, "shuttle") || !startsUpper(s.Words[i+1]) {
				continue
			}
			fmt.Printf("%s %s | %s\n", s.Tags[i], s.Tags[i+1], strings.Join(s.Words[max(0, i-3):min(len(s.Words), i+5)], " "))
		}
		for _, a := range SpansFromBIO(s.Tags) {
			if a.End-a.Start == 1 && nerBelief(s.Words[a.Start]) {
				beliefs[a.Type+" "+s.Words[a.Start]]++
			}
		}
	}
	fmt.Println("one-word belief entities:", beliefs)
}

// ruleStatTrain loads the training corpora the rule-statistics tests count
// in (the development material left out) and the gazetteer KB, skipping
// where ../shared/data is absent.
func ruleStatTrain(t *testing.T) ([]NERSentence, *KB) {
	t.Helper()
	if _, err := os.Stat("../../shared/data"); err != nil {
		t.Skip("shared data absent:", err)
	}
	kb, err := NERGazetteerKB(filepath.Join("../data/ner/gazetteer", NERKBNamesFile))
	if err != nil {
		t.Fatal(err)
	}
	train, _, _, err := LoadNERCorpora(NERCorpora{Shared: "../../shared/data", Own: "../data/ner", WNUT: true}, kb)
	if err != nil {
		t.Fatal(err)
	}
	return train, kb
}
