package syntax

import (
	"os"
	"strings"
)

// Finite past verbs read as participles. The tagger, trained on web text,
// often tags the main verb of a news sentence as a past participle when
// its subject is a long noun phrase: "Israeli warplanes struck targets in
// southern Lebanon", "the ELN rebel group resumed peace talks". The parser
// then makes it a modifier of the object ("struck targets" as "the struck
// targets") and the sentence loses its verb. fixFiniteVBN retags such a
// word VBD after tagging, where the form cannot be a participle modifier:
//
//   - it is lower case and tagged VBN, right after a noun, proper noun or
//     pronoun (its subject), and right before the start of a noun phrase
//     (its object: a determiner, noun, adjective, number or possessive);
//   - nothing before it in its clause (since the last comma, colon,
//     conjunction, subordinator or relative word) is an auxiliary or a
//     finite verb, so it is not "have resumed" nor "met the men freed
//     the day before";
//   - it is no participle-only form ("stolen", "taken": -en), no hyphenated
//     compound ("investment-related"), no participle
//     that makes compound modifiers ("state owned media", "a Geneva based
//     group"), no verb of naming ("a group called Hamas", "the man elected
//     president"), and the next word is no time word ("the report released
//     Monday", "a plan announced last week").
//
// UseFiniteVBN switches it off for comparison (DYAD_FINITE_VBN=0 too).
var UseFiniteVBN = os.Getenv("DYAD_FINITE_VBN") != "0"

func fixFiniteVBN(words, upos, xpos []string) {
	if !UseFiniteVBN {
		return
	}
	for i := 1; i+1 < len(words); i++ {
		if xpos[i] != "VBN" || !lowerStart(words[i]) || namingVerb[words[i]] || compoundParticiple[words[i]] ||
			strings.HasSuffix(words[i], "en") || strings.Contains(words[i], "-") {
			continue
		}
		if !subjectTag[xpos[i-1]] || !objectStart(words[i+1], xpos[i+1]) {
			continue
		}
		if verbBefore(words, xpos, i) {
			continue
		}
		xpos[i], upos[i] = "VBD", "VERB"
	}
}

func lowerStart(w string) bool { return w != "" && w[0] >= 'a' && w[0] <= 'z' }

var subjectTag = map[string]bool{"NN": true, "NNS": true, "NNP": true, "NNPS": true, "PRP": true}

var objectTags = map[string]bool{"DT": true, "NN": true, "NNS": true, "NNP": true, "NNPS": true,
	"JJ": true, "CD": true, "PRP$": true}

func objectStart(w, xpos string) bool {
	return objectTags[xpos] && !timeOpeners[w]
}

// verbBefore reports whether the clause of word i has an auxiliary or a
// finite verb before it.
func verbBefore(words, xpos []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch xpos[j] {
		case "IN":
			if !subordinators[words[j]] {
				continue // a preposition inside the subject ("the head of the group")
			}
			return false
		case ",", ":", "CC", "WDT", "WP", "WRB", "-LRB-", "``", "''":
			return false
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
		if xpos[j] != "POS" && auxWord[words[j]] {
			return true
		}
	}
	return false
}

// subordinators are the IN words that open a clause of their own.
var subordinators = map[string]bool{"that": true, "because": true, "after": true, "before": true,
	"while": true, "as": true, "since": true, "when": true, "if": true, "although": true}

var namingVerb = map[string]bool{"called": true, "named": true, "dubbed": true, "termed": true,
	"labelled": true, "labeled": true, "elected": true, "appointed": true, "titled": true,
	"entitled": true, "known": true, "nicknamed": true, "considered": true, "deemed": true,
	"crowned": true, "branded": true, "styled": true, "renamed": true}

// timeOpeners open a time phrase rather than an object ("released Monday",
// "announced last week", "signed that day", "held each year").
var timeOpeners = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true, "last": true, "this": true, "next": true,
	"earlier": true, "early": true, "late": true, "today": true, "yesterday": true, "tomorrow": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
	"that": true, "these": true, "those": true, "each": true, "every": true}

var auxWord = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true,
	"been": true, "being": true, "am": true, "'s": true, "'re": true, "'m": true, "has": true,
	"have": true, "had": true, "having": true, "'ve": true, "'d": true, "get": true, "gets": true,
	"got": true, "gotten": true, "getting": true}

var compoundParticiple = map[string]bool{"owned": true, "based": true, "led": true, "backed": true,
	"run": true, "funded": true, "sponsored": true, "controlled": true, "linked": true,
	"affiliated": true, "oriented": true, "related": true, "built": true, "armed": true}
