package actor

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// boundBySubject reports whether cluster c is the subject of the verb
// whose object pronoun mention i is: "Mahama welcomed him", "the minister
// thanked her": a plain (not reflexive, not possessive) object pronoun
// never names its own clause's subject, which would say "himself". The
// pronoun must be the object, indirect object or oblique of a verb whose
// nominal subject is a mention of c in the same sentence before it.
func boundBySubject(d *doc.Document, ms []mention, of []int, c, i int) bool {
	p := &ms[i]
	if p.e-p.s != 1 {
		return false
	}
	pt := d.Tokens[p.s]
	switch strings.ToLower(d.Text[pt.Start:pt.End]) {
	case "him", "her", "them":
	default:
		return false
	}
	rel := pt.Deprel
	if rel != "obj" && rel != "iobj" && rel != "obl" {
		return false
	}
	v := pt.Head
	if v < 0 {
		return false
	}
	for j := i - 1; j >= 0 && ms[j].sent == p.sent; j-- {
		if of[j] != c {
			continue
		}
		for t := ms[j].s; t < ms[j].e; t++ {
			// any word of the mention: the parser may hang a title's
			// adjective on the verb too ("Ghanaian" advmod, "John" nsubj)
			if d.Tokens[t].Head == v && d.Tokens[t].Deprel == "nsubj" {
				return true
			}
		}
	}
	return false
}
