package quote

// Session 23's left-alone misfires on the quote side (docs/EVENTS.md
// "Left-alone misfires, session 23"). LeftActs23 switches them off.
var LeftActs23 = true

// rivalryVerbs are verbs of competing for something, which never tell what
// anyone said. The learned cue detector (quote/cuemodel.tsv) was trained
// when the lemmatizer left "vied" as it stands and gives the lemma "vie"
// a cue's weight from a headline of its training texts; since the
// lemmatizer reads "vied" as "vie", "Six candidates vied for the post" was
// a quote of "for the post".
var rivalryVerbs = map[string]bool{"vie": true}

// leftAct23 reports whether cue v says nothing anyone said: a verb of
// competing ("vie for the post", "vied to take over the firm").
func (a *analysis) leftAct23(v int) bool {
	return LeftActs23 && rivalryVerbs[a.d.Tokens[v].Lemma]
}
