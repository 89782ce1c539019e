package actor

import (
	"flag"
	"fmt"
	"strings"
	"testing"
)

var nerRuleStatTitle = flag.Bool("ner-rulestat-title", false, "count the eleventh round's repair patterns in the training gold")

// TestNERRuleStatTitle counts, in the training corpora's gold (development
// material left out), the patterns behind the eleventh round's repairs
// (ner_repair_title.go): how the run of capitalised words after a title
// or office word is labelled (one person, two persons side by side, a
// person after an unlabelled word, a person and an unlabelled word after
// it), two persons side by side anywhere, the tag of a name word right
// after or before a person's name of two or more words without a title
// (a join tried and dropped: often an unlabelled word there), and the
// types of names whose last word is a party or alliance word ("Alliance",
// "Party", "Front" …).
// Run: go test ./actor -run TestNERRuleStatTitle -ner-rulestat-title -v
func TestNERRuleStatTitle(t *testing.T) {
	if !*nerRuleStatTitle {
		t.Skip("run with -ner-rulestat-title")
	}
	train, _ := ruleStatTrain(t)
	m, err := LoadNERFile("../model/ner.bin.zst") // its title test and name gazetteer
	if err != nil {
		t.Skip("no model:", err)
	}
	cnt := ruleCounts{}
	add, mt := cnt.add, flatLoc
	for _, s := range train {
		w := s.Words
		sps := SpansFromBIO(s.Tags)
		at := map[int]int{} // entity start → index in sps
		for k, a := range sps {
			at[a.Start] = k
		}
		for k, a := range sps {
			// two persons side by side, and what stands before them
			if k+1 < len(sps) && a.Type == "PER" && sps[k+1].Type == "PER" && sps[k+1].Start == a.End {
				before := "no title before"
				if a.Start > 0 && startsUpper(w[a.Start-1]) && m.isTitleWord(w[a.Start-1]) {
					before = "title before"
				}
				add("PER PER side by side", before+" | "+strings.Join(w[max(0, a.Start-1):sps[k+1].End], " "))
			}
			// a capitalised name word right after or before a person's name
			// (no title needed; tried, not a repair)
			if a.Type == "PER" && a.End-a.Start >= 2 {
				if e := a.End; e < len(w) && m.nameWord(w[e]) {
					add("name word right after a PER name of 2+ words (its tag)", s.Tags[e][:1]+" | "+strings.Join(w[a.Start:e+1], " "))
				}
				if a.Start > 0 && m.nameWord(w[a.Start-1]) {
					add("name word right before a PER name of 2+ words (its tag)", s.Tags[a.Start-1][:1]+fmt.Sprintf(" initial=%v", a.Start == 1)+" | "+strings.Join(w[a.Start-1:a.End], " "))
				}
			}
			// party and alliance words ending a name
			if last := w[a.End-1]; a.End-a.Start >= 2 && (nerPartyWord(last) || strings.Contains(" Front Union Coalition League Bloc ", " "+last+" ")) {
				add("name ending in a party word (type, word)", mt(a.Type)+" "+last)
				if mt(a.Type) != "ORG" {
					add("name ending in a party word, not ORG", a.Type+" | "+strings.Join(w[a.Start:a.End], " "))
				}
			}
		}
		// the run of name words after a capitalised title word (titledRun)
		for i := 1; i < len(w); i++ {
			j := m.titledRun(w, i)
			if j-i < 2 {
				continue // one word: nothing to join
			}
			// the labels over the run, one letter a token: P (PER), O, X (another type)
			var sh []byte
			for _, tg := range s.Tags[i:j] {
				switch {
				case tg == "O":
					sh = append(sh, 'O')
				case strings.HasSuffix(tg, "-PER"):
					sh = append(sh, 'P')
				default:
					sh = append(sh, 'X')
				}
			}
			// number of PER entities starting inside the run
			pers := 0
			for x := i; x < j; x++ {
				if k, ok := at[x]; ok && sps[k].Type == "PER" {
					pers++
				}
			}
			kind := fmt.Sprintf("%s, %d PER", sh, pers)
			if s.Tags[i] != "O" && strings.HasPrefix(s.Tags[i], "I-") {
				kind += " (title inside the name)"
			}
			add("capitalised run after a title (labels, PER entities)", kind)
			// what joinTitledNames would do to the gold: a run with a person,
			// no other type and no name running in from before or on after it
			inFrom := strings.HasPrefix(s.Tags[i], "I-")
			onAfter := j < len(w) && strings.HasPrefix(s.Tags[j], "I-")
			if inFrom || onAfter {
				add("runs inside a longer name (the rule leaves them)", strings.Join(w[i-1:min(j+2, len(w))], " ")+" | "+strings.Join(s.Tags[i-1:min(j+2, len(w))], " "))
			}
			if pers > 0 && !strings.Contains(string(sh), "X") && !inFrom && !onAfter {
				if k := at[i]; pers == 1 && sh[0] == 'P' && sps[k].End == j {
					add("the rule's runs in the gold", "one person over the whole run (the rule agrees)")
				} else {
					add("the rule's runs in the gold", "otherwise (the rule would join) | "+strings.Join(w[i-1:j], " ")+" | "+string(sh))
				}
			}
			switch {
			case pers >= 2 && !strings.ContainsAny(string(sh), "OX"):
				add("after a title: persons side by side", strings.Join(w[i-1:j], " "))
			case sh[0] == 'O' && strings.Trim(string(sh[1:]), "P") == "":
				add("after a title: an unlabelled word, then a person", strings.Join(w[i-1:j], " "))
			case sh[len(sh)-1] == 'O' && strings.Trim(string(sh[:len(sh)-1]), "P") == "" && sh[0] == 'P':
				add("after a title: a person, then an unlabelled word", strings.Join(w[i-1:min(j+1, len(w))], " "))
			}
		}
	}
	cnt.printByCount(40)
}
