package event

import "testing"

// rootOf builds the repaired tree of a hand-parsed sentence, its verbs
// tagged as participles (VBN) as the tagger writes them in these slips,
// and returns the surface form of its root.
func rootOf(t *testing.T, src string) string {
	t.Helper()
	d := mini(t, src)
	for i := range d.Tokens {
		if d.Tokens[i].UPOS == "VERB" {
			d.Tokens[i].XPOS = "VBN"
		}
	}
	var s sent
	s.reset(d, 0)
	for i := 0; i < s.n; i++ {
		if s.head[i] < 0 && s.rel[i] == rRoot {
			return s.lower[i]
		}
	}
	return ""
}

// The verbless-root repairs make a participle hung in the root's phrase
// the verb, but not when the phrase says it is a noun's modifier: a
// determiner or a conjunction before it ("police and accused smugglers"),
// or a crowd verb with a "to" of its own ("students to rally": a headline
// plan, not a rally).
func TestVerblessRootGuards(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"accused read as adjective", `
Ghanaian = ADJ 2 amod
police = NOUN 0 root
accused accuse VERB 4 amod
smugglers smuggler NOUN 2 conj
of = ADP 6 case
smuggling = NOUN 4 nmod
. = PUNCT 2 punct`, "accused"},
		{"conjunction before the conjunct", `
Ghanaian = ADJ 2 amod
police = NOUN 0 root
and = CCONJ 5 cc
accused accuse VERB 5 amod
smugglers smuggler NOUN 2 conj
. = PUNCT 2 punct`, "police"},
		{"crowd rallied", `
Thousands thousand NOUN 0 root
of = ADP 3 case
Kenyans Kenyan PROPN 1 nmod
rallied rally VERB 3 acl
in = ADP 6 case
Nairobi = PROPN 4 obl
. = PUNCT 1 punct`, "rallied"},
		{"crowd to rally", `
Thousands thousand NOUN 0 root
of = ADP 3 case
students student NOUN 1 nmod
to = PART 5 mark
rally rally VERB 3 acl
on = ADP 7 case
Friday = PROPN 5 obl
. = PUNCT 1 punct`, "thousands"},
	} {
		if got := rootOf(t, c.src); got != c.want {
			t.Errorf("%s: root %q, want %q", c.name, got, c.want)
		}
	}
}

// A participle with an object on the last of coordinated subjects is the
// verb ("Kenya's government and the rebel group signed a ceasefire
// agreement"), but not one without an object ("the government and the
// agreement signed in May").
func TestVerblessRootCoordinatedSubjects(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"coordinated subjects, object", `
Kenya = PROPN 3 nmod:poss
's = PART 1 case
government = NOUN 0 root
and = CCONJ 6 cc
rebel = NOUN 6 compound
group = NOUN 3 conj
signed sign VERB 6 acl
a = DET 10 det
ceasefire = NOUN 10 compound
agreement = NOUN 7 obj
. = PUNCT 3 punct`, "signed"},
		{"no object", `
the = DET 2 det
government = NOUN 0 root
and = CCONJ 5 cc
the = DET 5 det
agreement = NOUN 2 conj
signed sign VERB 5 acl
in = ADP 8 case
May = PROPN 6 obl
. = PUNCT 2 punct`, "government"},
	} {
		if got := rootOf(t, c.src); got != c.want {
			t.Errorf("%s: root %q, want %q", c.name, got, c.want)
		}
	}
}
