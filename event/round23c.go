package event

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// Rules of session 23's third events round, chosen on the misses of the
// blind development set dev19 and checked on sentences written for the
// tests (pipeline/round23c_test.go). News mode only. (The round's pattern,
// a protest addressed to someone, is in data/event/round23c.pat.)

// round23cOff switches off the rules of the round (tests only).
type round23cOff struct {
	// noRegionPair switches off regionPair.
	noRegionPair bool
}

// regionPair: "Chile and Bolivia ... The two South American nations have
// signed deals with Japan": a pair description ("the two countries",
// "both nations", anaphor.go's pairDescription) whose only actors are a
// region named by its adjective ("South American", SAM) stands for the
// pair the story is about, as the bare "the two nations" does, not for
// the region. The phrase takes the two countries the sentence before
// names (prevSentencePair); when it names other than two, the region's
// actors are dropped and the rules after it find the pair as for a pair
// phrase with no actor (pairActors: the two countries the story names
// most; recentPair: the two who met; and the others); when none does the
// phrase has no actor, since the region is never the pair.
func (st *state) regionPair(h int, cur []doc.Actor) []doc.Actor {
	if !st.c.opt.News || st.c.opt.noRegionPair || len(cur) == 0 || Capital == nil {
		return cur
	}
	if _, ok := st.s.pairDescription(h); !ok {
		return cur
	}
	for _, a := range cur {
		if a.Sector != "" || a.Code != a.Country || len(a.Country) != 3 {
			return cur
		}
		if _, isCountry := Capital(a.Country); isCountry {
			return cur
		}
	}
	return st.prevSentencePair(h)
}

// prevSentencePair returns the pair the sentence before names: its
// entities of exactly two countries (storyCountryMention), or when it
// names more, the only two it joins by "and", each with the
// sector the pair noun h gives (pairMember: "the two East African
// governments", KENGOV and UGAGOV); nil unless exactly two.
func (st *state) prevSentencePair(h int) []doc.Actor {
	s := &st.s
	sector, _ := s.pairDescription(h)
	if s.idx == 0 || s.idx >= len(s.d.Sentences) {
		return nil
	}
	ps := s.d.Sentences[s.idx-1]
	var cs []string
	var es []*doc.Entity
	for i := range s.d.Entities {
		e := &s.d.Entities[i]
		if e.Start < ps.Start || e.End > ps.End || e.Actor == nil || !storyCountryMention(e) {
			continue
		}
		es = append(es, e)
		if c := e.Actor.Country; !slices.Contains(cs, c) {
			cs = append(cs, c)
		}
	}
	if len(cs) > 2 {
		// more countries: the one pair the sentence joins by "and"
		// ("forcing Chile and Bolivia to decide on deals with Japan")
		cs = nil
		for i := 1; i < len(es); i++ {
			a, b := es[i-1], es[i]
			if b.Start > a.End && strings.TrimSpace(s.d.Text[a.End:b.Start]) == "and" && a.Actor.Country != b.Actor.Country {
				if cs != nil {
					return nil
				}
				cs = []string{a.Actor.Country, b.Actor.Country}
			}
		}
	}
	if len(cs) != 2 {
		return nil
	}
	out := make([]doc.Actor, 0, 2)
	for _, c := range cs {
		out = append(out, st.described(pairMember(c, s.lower[h], sector), h))
	}
	return out
}
