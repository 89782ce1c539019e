package event

// Rules of session 35's events round, chosen on the misses of the
// real-news development sets (realnews-dev28 read first, after its blind
// score, then dev2 to dev27) and checked on sentences written for the tests
// (event/round35_test.go). News mode only. docs/EVENTS.md "Session 35
// (events round)".

// round35Off switches off the rules of this file (tests only).
type round35Off struct {
	// noRangeEndTarget switches off rangeEnd in the pattern matcher.
	noRangeEndTarget bool
	// noRatherThan switches off ratherThanNegates.
	noRatherThan bool
	// noFigurativeForce switches off figurativeForce.
	noFigurativeForce bool
}

// rangeEnd reports whether x, the noun of a prepositional phrase, is the
// number that ends a range of days ("will visit India from Nov. 20 to
// 23": the parser hangs "to 23" on "20"). Such a phrase names no one: a
// bare target slot ("- pp:to +" of VISIT) that took it left the visit
// with no target where the object names the country.
func (s *sent) rangeEnd(x int) bool {
	if x < 0 || s.upos[x] != "NUM" {
		return false
	}
	h := s.head[x]
	return h >= 0 && (s.upos[h] == "NUM" || timePhrase(s, h))
}

// ratherThanNegates reports whether verb v is the act set aside by
// "rather than" or "instead of" ("Rather than backing the government,
// Britain should press all parties", "instead of condemning Kenya"): like
// "without" (withoutNegates), the act is one not done, so the event is
// negated. Read from the words, not the tree: v comes right after the two
// words (adverbs between: "rather than blindly backing"), since the parser
// often hangs "rather" on the main verb instead ("Rather than backing X,
// the group said, ..." with "rather" on "said").
func (st *state) ratherThanNegates(v int) bool {
	s := &st.s
	if st.c.opt.noRatherThan || s.upos[v] != "VERB" {
		return false
	}
	j := v - 1
	for j >= 0 && s.upos[j] == "ADV" && j > v-3 {
		j--
	}
	if j < 1 {
		return false
	}
	return s.lower[j] == "than" && s.lower[j-1] == "rather" || s.lower[j] == "of" && s.lower[j-1] == "instead"
}

// figurativeVerbs are the verbs of the CAMEO dictionary's DESTROY (190)
// that news also uses of things no force is used on: "broke its silence",
// "break the momentum", "overcome their differences", "broke the ruling
// party's stranglehold on the press".
var figurativeVerbs = map[string]bool{"break": true, "best": true, "dominate": true, "master": true,
	"overcome": true, "overshadow": true, "overtake": true, "surmount": true, "shatter": true}

// figurativeObjects are what those verbs break or overcome without force:
// a hold, a silence, a deadlock, a record, a difference. Not defences,
// lines, sieges or resistance, which force breaks.
var figurativeObjects = map[string]bool{"stranglehold": true, "grip": true, "monopoly": true, "dominance": true,
	"hegemony": true, "silence": true, "momentum": true, "deadlock": true, "impasse": true, "stalemate": true,
	"logjam": true, "record": true, "taboo": true, "isolation": true, "difference": true, "differences": true,
	"obstacle": true, "obstacles": true, "hurdle": true, "hurdles": true, "barrier": true, "barriers": true,
	"difficulty": true, "difficulties": true, "problem": true, "problems": true, "crisis": true, "challenge": true,
	"challenges": true, "mistrust": true, "distrust": true, "suspicion": true, "suspicions": true, "ice": true,
	"tradition": true, "promise": true, "pledge": true, "vow": true, "law": true, "rule": true, "rules": true,
	"headlines": true, "news": true, "agenda": true, "talks": true, "debate": true, "market": true, "markets": true}

// figurativeForce reports whether candidate m of verb i is the DESTROY
// default (190) of a figurativeVerbs verb whose object is one of
// figurativeObjects: no force is used on anyone ("broke the Conservatives'
// stranglehold on the press" is no attack on the Conservatives), so the
// candidate is dropped. "broke the rebels' defences" stays.
func (st *state) figurativeForce(i int, m *match) bool {
	s := &st.s
	if st.c.opt.noFigurativeForce || !figurativeVerbs[s.lemma[i]] || m.yield.Main != "190" || s.upos[i] != "VERB" {
		return false
	}
	o := s.child(i, rObj)
	return o >= 0 && (figurativeObjects[s.lemma[o]] || figurativeObjects[s.lower[o]])
}
