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
