package actor

// Span repairs of issue 4 part 2's eleventh round (session 17; NER.SpanFix),
// in repairSentence; counts in the training gold by TestNERRuleStatTitle,
// development material left out:
//
//   - the capitalised words right after a title or office word are one
//     person's name when the decoder finds a person there: "Trade Minister
//     [Obadiah] [Kiprotich Wanjala]", "Foreign Minister [Mahmoud Thabit]
//     Kombo" and "Trade Minister Obadiah [Kiprotich Wanjala]" become one
//     PER over the run. In the gold, of the 105 runs of two or more name
//     words after a capitalised title that hold a person (and no other
//     type), 105 are one person over the whole run: never two persons side
//     by side, never a person and a left-over word (four more runs lie
//     inside longer names, "President Abdel Fattah al-Sisi", and are left
//     alone here too). Persons side by side without a title (34 in the
//     gold: lists, captions) are not joined. Models differ in where they
//     cut such names (docs/NER.md, tenth round), which is why retrainings
//     failed the actor tests;
//   - a place ending in a party word, "[LOC Centre Alliance]", is an
//     organisation: in the gold a name of two or more words ending in
//     "Party", "Alliance", "Movement" or "Congress" is ORG 61 times, a
//     place once ("Halls of Congress") and MISC once. "Union" (9 places of 32: the Soviet
//     and European Union among them), "League" (sports leagues),
//     "Front" ("West Front") and "Bloc" are left alone.

// nerPartyWord reports whether w is a capitalised head word of a party or
// political alliance that the training gold types ORG whenever it ends a
// name of two or more words and is not a place there more than once.
func nerPartyWord(w string) bool {
	switch w {
	case "Party", "Alliance", "Movement", "Congress":
		return true
	}
	return false
}

// nerWeekday reports whether w is a capitalised day of the week, which
// can follow a name ("Minister Wanjala Monday said") and is never part of it.
func nerWeekday(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		return true
	}
	return false
}

// titledRun returns the end of the run of name words that starts at word i
// right after a capitalised title or office word ("Minister [Obadiah
// Kiprotich Wanjala]"), or i when there is none. A name word is capitalised,
// no title, office or rank, no day of the week, and not mostly written in
// lower case in the model's raw text (headlines: "Minister Wanjala Will
// Visit").
func (n *NER) titledRun(words []string, i int) int {
	if i == 0 || n.kb == nil || words[i-1] == "" || !startsUpper(words[i-1]) || !n.isTitleWord(words[i-1]) {
		return i
	}
	j := i
	for j < len(words) && n.nameWord(words[j]) {
		j++
	}
	return j
}

// nameWord reports whether w may be a word of a titled person's name.
func (n *NER) nameWord(w string) bool {
	if w == "" || !startsUpper(w) || nerRankWord(w) || nerWeekday(w) || n.isTitleWord(w) {
		return false
	}
	if n.lcRate != nil {
		// capitalisation buckets (learnLcRate): 4–6 and 10–12 are words
		// written in lower case at least half the time
		if b := n.lcRate[lowerHash(w)]; b > 0 && (b-1)%6 >= 3 {
			return false
		}
	}
	return true
}

// joinTitledNames makes the run of name words after a title one PER
// entity when the decoder found a person in it and labelled nothing else
// there: "Minister [Obadiah] [Kiprotich Wanjala]" → "Minister [Obadiah
// Kiprotich Wanjala]".
func (n *NER) joinTitledNames(words []string, path []int) {
	per := n.typeIndex("PER")
	if per < 0 {
		return
	}
	for i := 1; i < len(words); i++ {
		// cheap tests first: a capitalised word after a capitalised one,
		// and a person's label among the capitalised words from there
		if words[i-1] == "" || words[i] == "" || !startsUpper(words[i-1]) || !startsUpper(words[i]) {
			continue
		}
		hasPer := false
		for k := i; k < len(words) && words[k] != "" && startsUpper(words[k]) && !hasPer; k++ {
			_, t := labelPart(path[k])
			hasPer = t == per
		}
		if !hasPer {
			continue
		}
		j := n.titledRun(words, i)
		if j-i < 2 {
			continue
		}
		if q, _ := labelPart(path[i]); q == 'I' || q == 'L' {
			i = j - 1
			continue // a name that starts before the run
		}
		if j < len(words) {
			if q, _ := labelPart(path[j]); q == 'I' || q == 'L' {
				i = j - 1
				continue // a name that runs on after it
			}
		}
		pers, other := 0, false
		for k := i; k < j; k++ {
			q, t := labelPart(path[k])
			if q == 'O' {
				continue
			}
			if t != per {
				other = true
			} else if q == 'B' || q == 'U' {
				pers++
			}
		}
		whole := pers == 1 && path[i] == 1+4*per && path[j-1] == 3+4*per
		if pers > 0 && !other && !whole {
			relabel(path, i, j, per)
		}
		i = j - 1
	}
}

// fixPartyNames types ORG a LOC or GPE entity of two or more words whose
// last word is a party word: "the [LOC Centre Alliance]".
func (n *NER) fixPartyNames(words []string, path []int) {
	org := n.typeIndex("ORG")
	if org < 0 {
		return
	}
	for _, sp := range n.pathSpansTyped(path) {
		if t := n.types[sp.typ]; (t == "LOC" || t == "GPE") && sp.end-sp.start >= 2 && nerPartyWord(words[sp.end-1]) {
			retype(path, sp, org)
		}
	}
}
