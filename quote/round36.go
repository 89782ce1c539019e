package quote

import "strings"

// SpeechParticipleOut keeps a trailing participle of saying out of the
// detector's fallback content (thirty-sixth round): "Mook said as much in
// an interview, arguing that Trump lashed out …" gave "said" the content
// "as much … arguing that Trump lashed out …", which covered the words
// "arguing" introduces, so the participle's own quote was rejected. A
// dependent of the cue that is an adverbial clause headed by a present
// participle, set off by a comma, whose verb is a cue of speech ("adding",
// "arguing", "noting", "saying", "warning"), is its own attribution.
var SpeechParticipleOut = true

// speechParticiple reports whether dependent k of a fallback cue is a
// comma-led present participle of a speech cue.
func (a *analysis) speechParticiple(k int) bool {
	toks := a.d.Tokens
	t := toks[k]
	if t.Deprel != "advcl" || t.XPOS != "VBG" || cues[strings.ToLower(t.Lemma)]&speech == 0 {
		return false
	}
	if k == 0 || a.text(k-1) != "," {
		return false
	}
	// "saying" opens its clause (the comma may hang on it): no subject
	// or marker before it
	lo, _ := a.subtree(k)
	return lo >= k-1
}

// HeadlineMore widens HeadlineVerb (thirty-sixth round) to three title
// shapes it let pass: the content opening with a quotation mark ("Retired
// General Reveals ‘Demoralizing’ Experience …", "Obama Sees 'Personal
// Insult' if …"), a third-person verb of the hand-listed cues before "to"
// ("Senator Vows To End Tax Breaks …"), and "Calls" or "Talks" right after a person's name
// ("Chris Christie Calls Hillary Clinton ‘A Disgrace’"), which after a
// common noun stay plural nouns ("Ceasefire Calls Mount").
var HeadlineMore = true

// headlineOpens reports whether the word after headline cue t, which the
// rule would otherwise refuse, opens its content: t must be the third
// person (f == 3) of a hand-listed cue (cueForms; "Becomes ‘…’" is not),
// and the word an opening quotation mark or "to".
func (a *analysis) headlineOpens(t, f int) bool {
	if f != 3 || !cueForms[strings.ToLower(a.text(t))] {
		return false
	}
	switch a.text(t + 1) {
	case "‘", "“", "'", "\"":
		return true
	}
	return strings.EqualFold(a.text(t+1), "to")
}

// cueForms holds the third-person forms of the hand-listed cue verbs
// (cues): "Vows To", "Threatens To", but not "Struggles To" of the verbs
// the table learned from train (HeadlineMore).
var cueForms = map[string]bool{}

func init() {
	for w := range cues {
		if w != "point" {
			// "No Clear Path Points To …": evidence, not a speaker
			cueForms[thirdPerson(w)] = true
		}
	}
}
