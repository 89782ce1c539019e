package actor

import (
	"flag"
	"fmt"
	"sort"
	"strings"
	"testing"
)

var nerRuleStatFinal = flag.Bool("ner-rulestat-final", false, "count the ninth round's repair patterns in the training gold")

// TestNERRuleStatFinal counts, in the training corpora's gold (development
// material left out), the patterns behind the ninth round's repairs and
// those tried: the type of a bracketed acronym after an entity whose
// initials it spells, and of the same acronym alone elsewhere in the
// document; a capitalised "The" inside or before an entity; "State of X";
// names joined or split at "&".
// Run: go test ./actor -run TestNERRuleStatFinal -ner-rulestat-final -v
func TestNERRuleStatFinal(t *testing.T) {
	if !*nerRuleStatFinal {
		t.Skip("run with -ner-rulestat-final")
	}
	train, _ := ruleStatTrain(t)
	cnt := ruleCounts{}
	add, mt := cnt.add, flatLoc
	// acronyms: defined per document
	defs := map[string]map[string]string{} // doc → acronym → the long name's type
	for _, s := range train {
		w := s.Words
		for _, a := range SpansFromBIO(s.Tags) {
			e := a.End
			if e+2 < len(w) && (w[e] == "(" || w[e] == "[") && (w[e+2] == ")" || w[e+2] == "]") && isAcronymOf(w[e+1], w[a.Start:a.End]) {
				acr := "O"
				if strings.HasPrefix(s.Tags[e+1], "B-") && (e+2 >= len(s.Tags) || !strings.HasPrefix(s.Tags[e+2], "I-")) {
					acr = s.Tags[e+1][2:]
				}
				add("acronym in brackets (name type, acronym type)", mt(a.Type)+" "+mt(acr))
				if s.Doc != "" {
					if defs[s.Doc] == nil {
						defs[s.Doc] = map[string]string{}
					}
					defs[s.Doc][w[e+1]] = a.Type
				}
			}
		}
	}
	for _, s := range train {
		w := s.Words
		d := defs[s.Doc]
		for i, x := range w {
			typ, ok := d[x]
			if !ok || i > 0 && w[i-1] == "(" {
				continue
			}
			got := "O"
			if strings.HasPrefix(s.Tags[i], "B-") && (i+1 == len(w) || !strings.HasPrefix(s.Tags[i+1], "I-")) {
				got = s.Tags[i][2:]
			} else if s.Tags[i] != "O" {
				got = "part of a longer entity"
			}
			add("acronym alone elsewhere in the document (name type, its type)", mt(typ)+" "+mt(got))
		}
		sps := SpansFromBIO(s.Tags)
		for k, a := range sps {
			name := strings.Join(w[a.Start:a.End], " ")
			if w[a.Start] == "The" {
				add("entity starts with The", fmt.Sprintf("%s sentence-initial=%v", mt(a.Type), a.Start == 0))
				add("entity starts with The (examples)", s.Doc+" | "+name)
			}
			if a.Start > 0 && w[a.Start-1] == "The" {
				add("The right before the entity", fmt.Sprintf("%s sentence-initial=%v", mt(a.Type), a.Start == 1))
			}
			if a.End-a.Start >= 3 && w[a.Start] == "State" && w[a.Start+1] == "of" {
				add("State of X", mt(a.Type)+" | "+name)
			}
			for i := a.Start + 1; i < a.End-1; i++ {
				if w[i] == "&" {
					add("& inside an entity", mt(a.Type))
				}
			}
			if k+1 < len(sps) && a.End+1 == sps[k+1].Start && w[a.End] == "&" {
				add("& between two entities", mt(a.Type)+" & "+mt(sps[k+1].Type)+" | "+strings.Join(w[a.Start:sps[k+1].End], " "))
			}
			if a.End+1 < len(w) && w[a.End] == "&" && startsUpper(w[a.End+1]) && (k+1 == len(sps) || sps[k+1].Start != a.End+1) {
				add("& after an entity, capitalised word not an entity", mt(a.Type)+" | "+name+" & "+w[a.End+1])
			}
		}
	}
	cnt.printByCount(25)
}

// ruleCounts tallies the rule-statistics tests' patterns: a kind of
// pattern → an example's key → how often.
type ruleCounts map[string]map[string]int

func (c ruleCounts) add(k, v string) {
	if c[k] == nil {
		c[k] = map[string]int{}
	}
	c[k][v]++
}

// printByCount prints every kind, then its keys by falling count (ties in
// order), at most limit of them.
func (c ruleCounts) printByCount(limit int) {
	var keys []string
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k)
		var vs []string
		for v := range c[k] {
			vs = append(vs, v)
		}
		sort.Slice(vs, func(i, j int) bool {
			return c[k][vs[i]] > c[k][vs[j]] || c[k][vs[i]] == c[k][vs[j]] && vs[i] < vs[j]
		})
		for i, v := range vs {
			if i == limit {
				fmt.Printf("   … %d more\n", len(vs)-limit)
				break
			}
			fmt.Printf("  %5d  %s\n", c[k][v], v)
		}
	}
}

// flatLoc counts GPE with LOC.
func flatLoc(t string) string {
	if t == "GPE" {
		return "LOC"
	}
	return t
}
