package actor

import (
	"flag"
	"fmt"
	"strings"
	"testing"
)

var nerRuleStat27 = flag.Bool("ner-rulestat27", false, "count session 27's document-consistency patterns in the training gold")

// TestNERRuleStat27 counts, in the training corpora's gold (development
// material left out), how a document types one name where it occurs more
// than once (ner_repair27.go): entity strings found two or more times in a
// document and whether they have one type or a two-thirds majority; and a
// word sequence that is an entity somewhere in a document, and what the
// gold has at its occurrences in the same document (the same type, another
// type, inside a longer entity, or no entity), by length and by whether
// the occurrence starts a sentence (behind the untagged-occurrence rule
// that was tried and dropped). It also counts what the gold has where the
// frozen KB name list matches a capitalised organisation, person or place
// name (behind the KB-name rule that was tried and dropped).
// Run: go test ./actor -run TestNERRuleStat27 -ner-rulestat27 -v
func TestNERRuleStat27(t *testing.T) {
	if !*nerRuleStat27 {
		t.Skip("run with -ner-rulestat27")
	}
	train, kb := ruleStatTrain(t)
	cnt := ruleCounts{}
	// KB names (the frozen name list) matched in the text: what the gold has there
	for _, s := range train {
		w := s.Words
		for _, m := range kb.MatchTokens(w) {
			if len(m.Hits) == 0 {
				continue
			}
			kind := ""
			switch m.Hits[0].Kind {
			case KindOrg, KindInstitution, KindParty, KindMedia, KindArmedGroup:
				kind = "org"
			case KindPerson:
				kind = "person"
			case KindCountry, KindCapital, KindRegion:
				kind = "place"
			default:
				continue
			}
			caps := true
			for _, x := range w[m.Start:m.End] {
				if !startsUpper(x) && x != "of" && x != "the" && x != "and" && x != "for" {
					caps = false
				}
			}
			if !caps || !startsUpper(w[m.Start]) {
				continue
			}
			ln := "1 word"
			if m.End-m.Start > 1 {
				ln = "2+ words"
			}
			g := "O"
			switch {
			case strings.HasPrefix(s.Tags[m.Start], "B-") && (m.End == len(w) || !strings.HasPrefix(s.Tags[m.End], "I-")) &&
				(m.End-m.Start == 1 || allInside(s.Tags[m.Start+1:m.End])):
				g = flatLoc(s.Tags[m.Start][2:])
			case anyTagged(s.Tags[m.Start:m.End]) || m.Start > 0 && strings.HasPrefix(s.Tags[m.Start], "I-"):
				g = "part"
			}
			if m.Start > 0 && startsUpper(w[m.Start-1]) && s.Tags[m.Start-1] == "O" || m.End < len(w) && startsUpper(w[m.End]) && s.Tags[m.End] == "O" {
				g += " (capitalised word beside, untagged)"
			}
			cnt.add("KB "+kind+" name matched, "+ln+" (gold)", g)
		}
	}
	// per document: entity string → types seen as a whole entity
	byDoc := map[string][]NERSentence{}
	var docs []string
	for _, s := range train {
		if s.Doc == "" {
			continue
		}
		if byDoc[s.Doc] == nil {
			docs = append(docs, s.Doc)
		}
		byDoc[s.Doc] = append(byDoc[s.Doc], s)
	}
	for _, d := range docs {
		sents := byDoc[d]
		types := map[string]map[string]int{}
		for _, s := range sents {
			for _, a := range SpansFromBIO(s.Tags) {
				k := strings.Join(s.Words[a.Start:a.End], " ")
				if types[k] == nil {
					types[k] = map[string]int{}
				}
				types[k][flatLoc(a.Type)]++
			}
		}
		for k, c := range types {
			tot, best := 0, 0
			for _, v := range c {
				tot += v
				best = max(best, v)
			}
			if tot < 2 {
				continue
			}
			n := len(strings.Fields(k))
			ln := "1 word"
			if n > 1 {
				ln = "2+ words"
			}
			switch {
			case len(c) == 1:
				cnt.add("entity string twice or more in a document, "+ln, "one type")
			case 3*best >= 2*tot:
				cnt.add("entity string twice or more in a document, "+ln, "mixed, a 2/3 majority")
				cnt.add("mixed types, 2/3 majority (examples)", fmt.Sprintf("%v | %s", c, k))
			default:
				cnt.add("entity string twice or more in a document, "+ln, "mixed, no 2/3 majority")
			}
			// entity-level: occurrences agreeing with the majority
			if 3*best >= 2*tot {
				k := "entity occurrences of strings with a 2/3 majority, " + ln
				for i := 0; i < tot; i++ {
					cnt.add(k, map[bool]string{true: "majority type", false: "other type"}[i < best])
				}
			}
		}
		// the other occurrences of an entity string
		for _, s := range sents {
			w := s.Words
			for i := range w {
				if !startsUpper(w[i]) {
					continue
				}
				for l := 1; l <= 6 && i+l <= len(w); l++ {
					k := strings.Join(w[i:i+l], " ")
					c := types[k]
					if c == nil {
						continue
					}
					// the gold at this occurrence
					g := "O"
					switch {
					case strings.HasPrefix(s.Tags[i], "B-") && (i+l == len(w) || !strings.HasPrefix(s.Tags[i+l], "I-")) &&
						(l == 1 || allInside(s.Tags[i+1:i+l])):
						if c[flatLoc(s.Tags[i][2:])] > 0 {
							g = "entity, a type it has elsewhere"
						} else {
							g = "entity, another type"
						}
					case s.Tags[i] != "O" || anyTagged(s.Tags[i:i+l]):
						g = "inside or across another entity"
					}
					ln := "1 word"
					if l > 1 {
						ln = "2+ words"
					}
					pos := "inside a sentence"
					if i == 0 {
						pos = "first word"
					}
					cnt.add("occurrence of a document's entity string, "+ln+", "+pos, g)
					if g == "O" {
						cnt.add("untagged occurrence, "+ln+" (examples)", d+" | "+strings.Join(w[max(0, i-3):min(len(w), i+l+3)], " ")+" || "+k)
					}
				}
			}
		}
	}
	cnt.printByCount(40)
}

func allInside(tags []string) bool {
	for _, t := range tags {
		if !strings.HasPrefix(t, "I-") {
			return false
		}
	}
	return true
}

func anyTagged(tags []string) bool {
	for _, t := range tags {
		if t != "O" {
			return true
		}
	}
	return false
}
