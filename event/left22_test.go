package event

import "testing"

// Session 22's tree repairs (event/left22.go), on sentences of our own in
// the parse shape dyad's parser gives them; with session 20's tree switch
// (noEveryday20Tree, under which the session's repairs run) off, and the
// everyday round 22's repairs (which also make a place tagged AUX the
// subject) off, each codes the misfire.

// left22Ents are the actors of the test sentences.
var left22Ents = [][3]string{{"Beijing", "GPE", "CHN"}, {"Tokyo", "GPE", "JPN"},
	{"Kenyan foreign minister", "PER", "KENGOV"}, {"Museveni", "PER", "UGAGOV"}}

func TestLeft22TreeRepairs(t *testing.T) {
	lodged := `
Beijing beij AUX 2 aux NNP
lodged lodge VERB 0 root VBD
a = DET 4 det DT
protest = NOUN 2 obj NN
with = ADP 6 case IN
Tokyo = PROPN 4 nmod NNP
over = ADP 9 case IN
the = DET 9 det DT
visit = NOUN 2 obl NN
. = PUNCT 2 punct .`
	described := `
The the DET 4 det DT
Kenyan = ADJ 4 amod JJ
foreign = ADJ 4 amod JJ
minister = NOUN 0 root NN
described describe VERB 4 acl VBN
Museveni = PROPN 5 obj NNP
as = ADP 9 case IN
a = DET 9 det DT
dictator = NOUN 4 nmod NN
. = PUNCT 4 punct .`
	checkOnOff(t, left22Ents, func(o *Options) { o.noEveryday20Tree, o.noEveryday22Tree = true, true }, []onOffCase{
		{"Beijing lodged a protest", lodged, "114 CHN>JPN", ""},
		{"the minister described Museveni as a dictator", described, "111 KENGOV>UGAGOV", ""},
	})
}

// TestLeft22InRegion: a country is in its continent's region code, not in
// another's, and a sub-region is no continent.
func TestLeft22InRegion(t *testing.T) {
	for _, c := range []struct {
		country, region string
		want            bool
	}{{"FRA", "EUR", true}, {"FRA", "EURGOV", true}, {"KEN", "AFR", true}, {"FRA", "AFR", false},
		{"USA", "EUR", false}, {"FRA", "EEU", false}, {"FRA", "RUS", false}} {
		if g := inRegion(c.country, c.region); g != c.want {
			t.Errorf("inRegion(%s, %s) = %v, want %v", c.country, c.region, g, c.want)
		}
	}
}
