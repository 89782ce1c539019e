package quote

import "strings"

// Deeds28 keeps a penalty handed down from quoting on news (session 28,
// deeds; docs/QUOTES.md): a verb without a clausal or open complement
// whose object names people and that has a phrase with "to" naming a
// penalty or a term ("sentenced a man to nine years in prison", "condemned
// the colonel to death"), even a verb of speech ("condemned" is then the
// act of a court, not words). PolNeAR train has one such cue ("sentenced
// … to five months' probation").
//
// Broader rules were tried and dropped: a verb with nothing said after it
// (no object, open complement or oblique of topic) that goes somewhere or
// whose subject is a thing ("filed into the church", "pressure mounted"),
// and any verb whose subject is a thing ("labels identified crates"),
// removed far more PolNeAR train cues than false quotes (docs/QUOTES.md).
var Deeds28 = true

// penaltyNouns name a penalty or a term served ("to nine years in prison",
// "to death", "to life").
var penaltyNouns = map[string]bool{"year": true, "month": true, "week": true, "day": true, "death": true,
	"prison": true, "jail": true, "life": true, "imprisonment": true, "detention": true, "probation": true,
	"lash": true, "execution": true, "hanging": true}

// deed28 reports whether verb v is such a deed (Deeds28).
func (a *analysis) deed28(v int) bool {
	if !Deeds28 || a.d.Tokens[v].UPOS != "VERB" || a.child(v, "ccomp", "csubj") >= 0 {
		return false
	}
	obj := a.child(v, "obj")
	return obj >= 0 && a.child(v, "xcomp") < 0 && a.peopleObject(obj) && a.penaltyOblique(v, obj)
}

// peopleObject reports whether o names people: a person, a personal
// pronoun, a noun of people or of a person.
func (a *analysis) peopleObject(o int) bool {
	switch a.speakerKind(o) {
	case "PER", "ppron":
		return true
	}
	l := strings.ToLower(a.d.Tokens[o].Lemma)
	return peopleNouns[l] || personNouns[l] || titles[l]
}

// personNouns are nouns of one person or of people beyond peopleNouns that
// a court may sentence.
var personNouns = map[string]bool{"man": true, "woman": true, "person": true, "child": true, "suspect": true,
	"militant": true, "gunman": true, "protester": true, "demonstrator": true, "activist": true,
	"journalist": true, "dissident": true, "defendant": true, "colonel": true, "officer": true,
	"soldier": true, "national": true, "citizen": true, "teenager": true, "youth": true}

// penaltyOblique reports whether v has a phrase with "to" after its object
// o that names a penalty: "sentenced a man to nine years"; the parser may
// hang it on the object ("condemned the colonel to death").
func (a *analysis) penaltyOblique(v, o int) bool {
	for _, h := range [2]int{v, o} {
		for _, k := range a.kids(h) {
			d := a.d.Tokens[k].Deprel
			if k > o && (relIs(d, "obl") || relIs(d, "nmod")) && penaltyNouns[strings.ToLower(a.d.Tokens[k].Lemma)] {
				if c := a.child(k, "case"); c >= 0 && strings.EqualFold(a.text(c), "to") {
					return true
				}
			}
		}
	}
	return false
}
