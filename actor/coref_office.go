package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// takeOfficeVerbs put their subject into the office named after "as":
// "was sworn in as transitional president", "was named as prime minister".
var takeOfficeVerbs = map[string]bool{"swear": true, "install": true, "inaugurate": true,
	"appoint": true, "name": true, "elect": true, "choose": true, "confirm": true, "designate": true}

// newHolder returns the cluster of the person who takes the office a bare
// title after "as" names, when a verb of taking office governs it and its
// subject (or the name in apposition to the subject) is a person already
// clustered: "The coup leader, General X, was sworn in as transitional
// president" is X, not the president the story named before. -1 when the
// title is not such a predicate. In the active voice the object takes it
// ("X appointed Y as prime minister" is Y).
func newHolder(d *doc.Document, ms []mention, of []int, i int) int {
	m := &ms[i]
	if m.s == 0 || !strings.EqualFold(d.Text[d.Tokens[m.s-1].Start:d.Tokens[m.s-1].End], "as") {
		return -1
	}
	h := spanHead(d, m.s, m.e)
	if h < 0 {
		return -1
	}
	v := d.Tokens[h].Head
	if v < 0 || !takeOfficeVerbs[d.Tokens[v].Lemma] {
		return -1
	}
	// The one who takes office: the object of an active verb ("X
	// appointed Y as prime minister"), else a passive subject ("Y was
	// sworn in as president").
	subj := -1
	st := d.Sentences[d.Tokens[v].Sentence]
	for t := st.TokenStart; t < st.TokenEnd; t++ {
		if d.Tokens[t].Head == v && d.Tokens[t].Deprel == "obj" {
			subj = t
			break
		}
	}
	if subj < 0 {
		if subj = subjectOf(d, v); subj < 0 || d.Tokens[subj].Deprel != "nsubj:pass" {
			return -1
		}
	}
	for j := i - 1; j >= 0 && ms[j].sent == m.sent; j-- {
		if of[j] < 0 || ms[j].pronoun {
			continue
		}
		mh := spanHead(d, ms[j].s, ms[j].e)
		if ms[j].s <= subj && subj < ms[j].e || mh >= 0 && d.Tokens[mh].Deprel == "appos" && d.Tokens[mh].Head == subj {
			return of[j]
		}
	}
	return -1
}
