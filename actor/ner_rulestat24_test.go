package actor

import (
	"flag"
	"fmt"
	"strings"
	"testing"
)

var nerRuleStat24 = flag.Bool("ner-rulestat24", false, "count session 24's repair patterns in the training gold")

// TestNERRuleStat24 counts, in the training corpora's gold (development
// material left out), the patterns behind session 24's repairs
// (ner_repair24.go) and those tried or looked at: the word of a person's
// surname (the last word of a multi-word PER name of the document) alone
// elsewhere in the same document; entities that are as a whole a country
// of the name KB, or any place name; names of two or more words that end
// in a newspaper or broadcaster word ("Herald", "Times") and the word
// before them; an organisation "X of Y" followed by "and" and a
// capitalised word; one-word religious community words; "US" by what
// follows it; company suffixes; a one-word entity before "'s" and a
// person; the word after "[PER] of (the)"; a capitalised word before
// lower-case "party"; party words inside names.
// Run: go test ./actor -run TestNERRuleStat24 -ner-rulestat24 -v
func TestNERRuleStat24(t *testing.T) {
	if !*nerRuleStat24 {
		t.Skip("run with -ner-rulestat24")
	}
	train, kb := ruleStatTrain(t)
	m, err := LoadNERFile("../model/ner.bin.zst")
	if err != nil {
		t.Skip("no model:", err)
	}
	cnt := ruleCounts{}
	add, mt := cnt.add, flatLoc
	tagAt := func(s NERSentence, i, j int) string {
		// the gold label of tokens i..j-1: a type when they are one entity
		// exactly, "part" when inside a longer one, "O" when outside
		if !strings.HasPrefix(s.Tags[i], "B-") {
			if s.Tags[i] == "O" {
				return "O"
			}
			return "part"
		}
		if j < len(s.Tags) && strings.HasPrefix(s.Tags[j], "I-") {
			return "part"
		}
		return mt(s.Tags[i][2:])
	}
	// surnames per document
	sur := map[string]map[string]bool{}
	for _, s := range train {
		if s.Doc == "" {
			continue
		}
		for _, a := range SpansFromBIO(s.Tags) {
			if a.Type == "PER" && a.End-a.Start >= 2 {
				if sur[s.Doc] == nil {
					sur[s.Doc] = map[string]bool{}
				}
				sur[s.Doc][s.Words[a.End-1]] = true
			}
		}
	}
	for _, s := range train {
		w := s.Words
		for i, x := range w {
			if !sur[s.Doc][x] || !startsUpper(x) {
				continue
			}
			if i > 0 && startsUpper(w[i-1]) && s.Tags[i] != "O" && !strings.HasPrefix(s.Tags[i], "B-") {
				continue // the full name itself
			}
			g := tagAt(s, i, i+1)
			add("surname of the document alone, any word (gold)", g)
			if g != "PER" {
				add("surname alone, any word, not PER (examples)", g+" "+s.Doc+" | "+strings.Join(w[max(0, i-3):min(len(w), i+3)], " "))
			}
			guarded := i > 0 && (w[i-1] == "in" || w[i-1] == "near" || w[i-1] == "at") || m.isCountryName(w[i:i+1])
			add("surname of the document alone, not after in/near/at, no country (gold)", fmt.Sprintf("%s guarded=%v", g, guarded))
			if m.isPlaceWord(x) {
				prev := "-"
				if i > 0 {
					prev = w[i-1]
				}
				add("surname of the document alone, a place word (gold)", g)
				add("surname of the document alone, a place word (gold, word before)", g+" after "+prev)
				if g != "PER" {
					add("surname alone, a place word, not PER (examples)", s.Doc+" | "+strings.Join(w[max(0, i-3):min(len(w), i+3)], " "))
				}
			}
		}
		sps := SpansFromBIO(s.Tags)
		for k, a := range sps {
			name := strings.Join(w[a.Start:a.End], " ")
			// "X 's [PER …]": the one word before a possessive and a person
			if a.End-a.Start == 1 && k+1 < len(sps) && a.End+1 == sps[k+1].Start && w[a.End] == "'s" && sps[k+1].Type == "PER" {
				add("one-word entity, 's, then a PER (its type)", mt(a.Type))
			}
			// "[PER] of (the) X": what X is, and whether it is all capitals
			if a.Type == "PER" && a.End+1 < len(w) && w[a.End] == "of" {
				j := a.End + 1
				if j < len(w) && w[j] == "the" {
					j++
				}
				if j < len(w) && startsUpper(w[j]) {
					caps := len(w[j]) >= 2 && strings.ToUpper(w[j]) == w[j]
					add("PER of X (X's gold, X all capitals)", fmt.Sprintf("%s caps=%v", tagAt(s, j, j+1), caps))
					if k+1 < len(sps) && sps[k+1].Start == j {
						add("PER of X, X an entity (type)", mt(sps[k+1].Type))
					}
				}
			}
			// a capitalised unlabelled word right before an outlet's name
			if a.End-a.Start >= 2 && nerOutletWord(w[a.End-1]) && a.Start > 1 && startsUpper(w[a.Start-1]) && s.Tags[a.Start-1] == "O" {
				add("capitalised unlabelled word before an outlet name (examples)", mt(a.Type)+" | "+strings.Join(w[a.Start-1:a.End], " "))
			}
			if a.End-a.Start >= 2 && nerOutletWord(w[a.End-1]) {
				add("outlet name: the word before (gold)", fmt.Sprintf("%s cap=%v", tagAt(s, max(0, a.Start-1), a.Start), a.Start > 0 && startsUpper(w[a.Start-1])))
			}
			// a party word inside a name, a capitalised word after it
			for i := a.Start + 1; i < a.End-1; i++ {
				if nerPartyWord(w[i]) && startsUpper(w[i+1]) {
					add("party word inside a name, capitalised word after (examples)", mt(a.Type)+" | "+name)
				}
			}
			if k+1 < len(sps) && sps[k+1].Start == a.End && nerPartyWord(w[a.End-1]) {
				add("name ending in a party word, another entity right after (examples)", mt(a.Type)+" "+mt(sps[k+1].Type)+" | "+strings.Join(w[a.Start:sps[k+1].End], " "))
			}
			// a capitalised word and lower-case "party"
			if a.End < len(w) && w[a.End] == "party" {
				add("entity right before lower-case party (type)", mt(a.Type))
			}
			// a whole country name
			for _, h := range kb.MatchTokens(w[a.Start:a.End]) {
				if h.Start == 0 && h.End == a.End-a.Start && len(h.Hits) > 0 && h.Hits[0].Kind == KindCountry {
					add("entity a country of the KB (type)", a.Type)
					if mt(a.Type) == "ORG" {
						add("entity a country of the KB, ORG (examples)", name+" | "+strings.Join(w[max(0, a.Start-3):min(len(w), a.End+3)], " "))
					}
				}
			}
			// a whole place name of the place gazetteer or the KB (country,
			// capital, region)
			{
				toks := make([]nerTok, a.End-a.Start)
				for i, x := range w[a.Start:a.End] {
					hashWord(x, &toks[i])
				}
				_, gz := m.places[phraseHash(toks)]
				kbPlace := false
				for _, h := range kb.MatchTokens(w[a.Start:a.End]) {
					if h.Start == 0 && h.End == a.End-a.Start && len(h.Hits) > 0 {
						switch h.Hits[0].Kind {
						case KindCountry, KindCapital, KindRegion:
							kbPlace = true
						}
					}
				}
				if gz || kbPlace {
					add("entity a whole place name (type, gazetteer, KB place)", fmt.Sprintf("%s gz=%v kb=%v", mt(a.Type), gz, kbPlace))
					if mt(a.Type) == "ORG" {
						add("entity a whole place name, ORG (examples)", s.Doc+" | "+name+" | "+strings.Join(w[max(0, a.Start-3):min(len(w), a.End+3)], " "))
					}
				}
			}
			// media heads
			if a.End-a.Start >= 2 && nerKeywordHashes[lowerHash(w[a.End-1])] == kwMedia && startsUpper(w[a.End-1]) {
				add("name ending in a media word (type)", mt(a.Type)+" "+strings.ToLower(w[a.End-1]))
				if mt(a.Type) != "ORG" {
					add("name ending in a media word, not ORG (examples)", mt(a.Type)+" | "+name)
				}
			}
			// X of Y and Z
			if mt(a.Type) == "ORG" || mt(a.Type) == "LOC" {
				of, and := -1, -1
				for i := a.Start + 1; i < a.End-1; i++ {
					if w[i] == "of" && of < 0 {
						of = i
					}
					if w[i] == "and" && of >= 0 && and < 0 {
						and = i
					}
				}
				if of >= 0 && and >= 0 {
					add("X of Y and Z inside one entity (type, head)", mt(a.Type)+" "+w[of-1])
				}
				if of >= 0 && a.End+1 < len(w) && w[a.End] == "and" && startsUpper(w[a.End+1]) {
					next := "O"
					if k+1 < len(sps) && sps[k+1].Start == a.End+1 {
						next = mt(sps[k+1].Type)
					}
					add("X of Y, then and + capitalised word (next gold)", mt(a.Type)+" "+w[of-1]+" → "+next)
					add("X of Y, then and + capitalised word (examples)", name+" and "+strings.Join(w[a.End+1:min(len(w), a.End+4)], " "))
				}
			}
		}
		for i, x := range w {
			if x == "party" && i > 0 && startsUpper(w[i-1]) && s.Tags[i-1] == "O" {
				add("entity right before lower-case party (type)", "O | "+w[i-1])
			}
			switch strings.TrimSuffix(x, ".") {
			case "Inc", "Corp", "Ltd", "LLC", "Co", "plc", "PLC", "AG", "SA", "GmbH", "LP", "L.P":
				if i > 0 {
					add("company suffix (gold of the suffix, word before)", tagAt(s, i, i+1)+" after "+map[bool]string{true: "comma", false: "word"}[w[i-1] == ","])
				}
			}
			switch x {
			case "Sunni", "Sunnis", "Shiite", "Shiites", "Shia", "Shi'ite", "Shi'ites", "Muslim", "Muslims", "Christian", "Christians",
				"Catholic", "Catholics", "Protestant", "Protestants", "Jew", "Jews", "Jewish", "Hindu", "Hindus", "Sikh", "Sikhs",
				"Buddhist", "Buddhists", "Alawite", "Alawites", "Druze", "Coptic", "Copts", "Evangelical", "Evangelicals", "Orthodox":
				add("religious community word (gold)", x+" "+tagAt(s, i, i+1))
			case "US", "U.S.":
				nx := "end"
				if i+1 < len(w) {
					switch y := w[i+1]; {
					case startsUpper(y):
						nx = "Capitalised"
					case y == "'s":
						nx = "'s"
					case strings.ContainsAny(y[:1], ".,;:!?)\"'-"):
						nx = "punct"
					default:
						nx = "lower"
					}
				}
				add("US (gold, what follows)", tagAt(s, i, i+1)+" "+nx)
			}
		}
	}
	cnt.printByCount(60)
	fmt.Println()
}
