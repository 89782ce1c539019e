package actor

// Session 36's everyday round (docs/EVENTS.md, "Session 36 (everyday
// helper)").

// ArticleSurnames switches joinArticleSurname (tests only).
var ArticleSurnames = true

// joinArticleSurname joins to a person's name the family name with an
// Arabic article that follows it, when the decoder left it outside:
// "[PER Khaled] al-Batsh", "[PER Ahmed] el-Tayeb" are one name (dyad's
// tokenizer keeps "al-Batsh" one word; the lower-case article made the
// decoder stop). Left alone, the given name alone was matched in the KB to
// another person of that given name. The word must be outside any entity,
// its rest capitalised, and the name before it a person's ending right
// before it.
func (n *NER) joinArticleSurname(words []string, path []int) {
	if !ArticleSurnames {
		return
	}
	per := n.typeIndex("PER")
	if per < 0 {
		return
	}
	for i := 1; i < len(words); i++ {
		if path[i] != 0 {
			continue
		}
		rest := articleRest(words[i]) // lead35.go
		if rest == "" || !startsUpper(rest) {
			continue
		}
		p, t := labelPart(path[i-1])
		if t != per || p != 'L' && p != 'U' {
			continue
		}
		start := i - 1
		for start > 0 {
			if q, _ := labelPart(path[start]); q == 'B' || q == 'U' {
				break
			}
			start--
		}
		relabel(path, start, i+1, per)
	}
}

// SentenceInitialRepeats switches tagRepeatAtStart (tests only).
var SentenceInitialRepeats = true

// tagRepeatAtStart types PER a sentence's untagged first word that
// repeats the family name of a person the document names in full: the
// last word of a multi-word name ("Kutesa" of "Sam Kutesa"), or the first
// of a three-word name in the family-name-first order ("Ban" of "Ban Ki
// Moon", "Kim" of "Kim Jong Il"). At the start of a sentence the capital
// tells nothing and a name that is also an English word ("Ban arrived in
// Tokyo on Sunday") was read as the word. The next word must start in
// lower case ("Ban arrived", "Ban, who ...") and the word be no title.
func (n *NER) tagRepeatAtStart(sents [][]string, paths [][]int) {
	if !SentenceInitialRepeats {
		return
	}
	per := n.typeIndex("PER")
	if per < 0 {
		return
	}
	var fam map[string]bool
	for si, words := range sents {
		for _, sp := range n.pathSpansTyped(paths[si]) {
			if sp.typ != per || sp.end-sp.start < 2 {
				continue
			}
			if fam == nil {
				fam = map[string]bool{}
			}
			fam[words[sp.end-1]] = true
			if sp.end-sp.start >= 3 {
				if w := words[sp.end-3 : sp.end]; startsUpper(w[0]) && startsUpper(w[1]) && startsUpper(w[2]) && !n.isTitleWord(w[0]) && !n.isTitleWord(w[1]) {
					fam[w[0]] = true
				}
			}
		}
	}
	if fam == nil {
		return
	}
	for si, words := range sents {
		path := paths[si]
		if len(words) < 3 || path[0] != 0 || !fam[words[0]] || len(words[0]) < 2 || !startsUpper(words[0]) {
			continue
		}
		if next := words[1]; next != "," && !('a' <= next[0] && next[0] <= 'z') {
			continue
		}
		if n.isTitleWord(words[0]) || n.isPlaceWord(words[0]) {
			continue
		}
		path[0] = 4 + 4*per // U
	}
}

// OfficeRepeats switches officeTitledElite (tests only).
var OfficeRepeats = true

// officeTitledElite reports a bare repeat of a KB person the KB places in
// no office at the story's date (its ELI) whom the story first named with
// a government office of the same country ("Japanese Foreign Minister
// Taro Aso ... Aso said"): the story's office holds for the repeat too, as
// electedElite has it for a party's title. The KB's dated roles miss
// offices (a foreign minister's two years), and the repeat coded ELI then
// let "the foreign minister" of the next sentence go to another person.
func officeTitledElite(m *mention, c *cluster) bool {
	return OfficeRepeats && m.actor.ID != "" && m.actor.ID == c.actor.ID && m.actor.Sector == "ELI" &&
		c.actor.Sector == "GOV" && c.actor.Country == m.actor.Country
}
