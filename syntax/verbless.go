package syntax

import (
	"os"
	"strings"
)

// Main verbs of verbless sentences. A news sentence whose subject is a
// plural or a noun phrase with a modifier ("Hundreds of people protested
// outside the embassy.", "Company officials declined to comment.",
// "Input prices fell by 6.5 percent.") often reaches the parser with no
// finite verb at all: the tagger, trained on web text full of list items
// and captions ("Amount allocated per person in Wyoming."), reads the verb
// as a past participle, and the parser makes it a modifier of the subject
// and the subject the root. fixFiniteVBN only takes a participle followed by
// an object; fixVerblessVBN takes the first participle of a sentence that
// has no finite verb, where the sentence reads as running prose:
//
//   - the sentence starts with a capital letter and ends with a period, and
//     no word is tagged VBD, VBZ, VBP or MD, nor VB other than after "to"
//     (an imperative or a finite verb elsewhere);
//   - the word is lower case, tagged VBN, right after a noun, proper noun or
//     pronoun (its subject), with no auxiliary before it in the sentence;
//   - no dash, colon or semicolon comes before it (a list item: "$ 17 -
//     Amount allocated per person"), and "by" does not follow it (an agent:
//     "Number of officers employed by the State Department");
//   - it is not a participle-only form ("taken"), a hyphenated compound, a
//     verb of naming or a compound participle ("state owned"), which are
//     passed over for the next participle.
//
// UseVerblessVBN switches it off for comparison (DYAD_VERBLESS_VBN=0 too).
var UseVerblessVBN = os.Getenv("DYAD_VERBLESS_VBN") != "0"

func fixVerblessVBN(words, upos, xpos []string) {
	n := len(words)
	if !UseVerblessVBN || n < 3 || words[n-1] != "." || !upperStart(words[0]) {
		return
	}
	if finiteIn(words, xpos, 0, n) {
		return
	}
	for i := 1; i < n; i++ {
		w := words[i]
		if auxWord[strings.ToLower(w)] {
			return
		}
		switch w {
		case "-", "--", ":", ";":
			return
		}
		if xpos[i] == "VBN" && participleVerb(words, upos, xpos, i) {
			return
		}
	}
}

// participleVerb decides participle i of a clause with no finite verb: a
// participle-only form, a hyphenated compound, a verb of naming or a
// compound participle is passed over (false); any other is the clause's
// verb, tagged VBD, when its subject stands right before it and no agent
// "by" follows, and either way the search ends (true).
func participleVerb(words, upos, xpos []string, i int) bool {
	w := words[i]
	if !lowerStart(w) || strings.HasSuffix(w, "en") || strings.Contains(w, "-") || namingVerb[w] || compoundParticiple[w] {
		return false
	}
	if subjectTag[xpos[i-1]] && !agentAfter(words, xpos, i) {
		xpos[i], upos[i] = "VBD", "VERB"
	}
	return true
}

// finiteTag reports whether x tags a finite verb or a modal.
func finiteTag(x string) bool {
	switch x {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// finiteIn reports whether words[from:to] hold a finite verb: a word tagged
// finiteTag, or a VB other than after "to" (an imperative).
func finiteIn(words, xpos []string, from, to int) bool {
	for i := from; i < to; i++ {
		if finiteTag(xpos[i]) || xpos[i] == "VB" && (i == 0 || !strings.EqualFold(words[i-1], "to")) {
			return true
		}
	}
	return false
}

func upperStart(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// agentAfter reports whether "by" after word i opens an agent rather than a
// measure ("by 6.5 percent").
func agentAfter(words, xpos []string, i int) bool {
	return i+1 < len(words) && words[i+1] == "by" && (i+2 >= len(words) || xpos[i+2] != "CD")
}
