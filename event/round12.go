package event

import "github.com/dyadproject/dyad/doc"

// Rules of session 12, chosen on the development records of the real-news
// gold (docs/EVENTS.md, "session 12").

// documentNouns are the texts an actor issues, files or adopts that act
// in its name: "issued a statement condemning X", "passed a resolution
// urging X", "filed a trade case accusing X".
var documentNouns = map[string]bool{"statement": true, "resolution": true, "letter": true,
	"complaint": true, "case": true, "communique": true, "declaration": true, "note": true,
	"petition": true, "motion": true, "lawsuit": true, "suit": true, "message": true,
	"memorandum": true, "decree": true, "report": true, "bill": true}

// issueVerbs put a document out as one's own; a document one receives,
// blocks or stays ("stayed a High Court order requiring ...") speaks for
// someone else, and so does one with authors of its own ("a letter from
// opposition leaders") or one that others put to the approver
// (receivedDocuments).
var issueVerbs = map[string]bool{"issue": true, "release": true, "file": true, "lodge": true,
	"pass": true, "adopt": true, "approve": true, "present": true, "submit": true, "send": true,
	"table": true, "sponsor": true, "introduce": true, "publish": true, "deliver": true}

// prepParticiples are participles used as prepositions ("a criminal case
// concerning the murder of ..."): they say what a document is about, not
// what it does.
var prepParticiples = map[string]bool{"concerning": true, "regarding": true, "including": true,
	"involving": true, "following": true, "according": true, "pending": true, "excluding": true,
	"covering": true, "touching": true}

// issuedDocument returns the verb that issued the document a participle
// speaks as, or -1: participle x (a bare "-ing" verb, no subject,
// auxiliary or mark) hangs on a document noun that is the object of one
// of issueVerbs ("Germany issued a statement condemning the strike"), on
// a phrase inside that noun's ("filed a trade case with the WTO accusing
// Turkey of ..."), or on that verb right after its document object (the
// parse reducedOnObject reads). What the document does its issuer does:
// the clause is no background reduced relative, and its source is the
// issuer (session 12, realnews.tsv's development half). A document one
// did not put out ("would not support the resolution condemning X")
// stays background.
func (s *sent) issuedDocument(x int) int {
	if s.noIssuedDocument || s.upos[x] != "VERB" || prepParticiples[s.lower[x]] || !s.bareParticiple(x) {
		return -1
	}
	g := s.head[x]
	if g < 0 {
		return -1
	}
	switch s.rel[x] {
	case rAcl:
		if !documentNouns[s.lemma[g]] && s.rel[g] == rNmod {
			g = s.head[g]
		}
	case rAdvcl:
		if !s.reducedOnObject(x) {
			return -1
		}
		g = s.child(g, rObj)
	default:
		return -1
	}
	return s.documentIssuer(g)
}

// documentIssuer returns the verb that issued document noun g, or -1: g
// is the object of one of issueVerbs and names no authors of its own.
func (s *sent) documentIssuer(g int) int {
	if g < 0 || !documentNouns[s.lemma[g]] || s.rel[g] != rObj {
		return -1
	}
	for _, k := range s.kids[g] {
		if s.rel[k] == rNmod && (s.headCase(k) == "from" || s.headCase(k) == "by") &&
			authorNouns[s.lemma[k]] {
			return -1 // "published a letter from opposition leaders": theirs
		}
	}
	v := s.head[g]
	if v < 0 || !issueVerbs[s.lemma[v]] || s.lemma[v] == "approve" && receivedDocuments[s.lemma[g]] {
		return -1
	}
	return v
}

// authorNouns head a "from" or "by" phrase that names a document's own
// authors ("a letter from opposition leaders"), unlike a place ("a
// statement from Abuja") or a manner ("by a voice vote").
var authorNouns = map[string]bool{"leader": true, "official": true, "group": true, "lawmaker": true,
	"legislator": true, "member": true, "activist": true, "party": true, "organization": true,
	"organisation": true, "resident": true, "citizen": true, "family": true, "lawyer": true,
	"student": true, "worker": true, "union": true, "opposition": true, "rebel": true, "victim": true}

// receivedDocuments are documents others put to the one who approves them
// ("the court approved a petition seeking the arrest of ...": the
// petitioners seek it).
var receivedDocuments = map[string]bool{"petition": true, "letter": true, "complaint": true,
	"case": true, "lawsuit": true, "suit": true, "message": true, "note": true, "report": true}

// documentAct reports whether token t, a word of candidate ci's pattern,
// is a participle speaking for the document ci's verb issued, coding an
// event of its own (candidate cj): "filed a trade case with the WTO
// accusing Turkey of ..." is a case (115) and an accusation (112), though
// FILE_CASE's pattern reads "accusing" to find the case's target.
func (st *state) documentAct(ci, cj, t int) bool {
	return st.c.opt.News && !st.cands[cj].yield.IsNull() && st.s.issuedDocument(t) == st.cands[ci].tok
}

// pairedSelves returns the targets of an event whose sources are two or
// more actors with a sector and whose targets are those sources'
// countries named bare, each of them and no other: the sources
// themselves, so that each acts on the others ("Sanader met his Libyan
// counterpart ... and the two leaders pledged to revitalize economic ties
// between the two countries": 0311 HRVGOV → LBYGOV, not → LBY). Any
// other targets are returned as they are.
func pairedSelves(sources, targets []doc.Actor) []doc.Actor {
	if len(sources) < 2 || len(targets) < 2 {
		return targets
	}
	own := map[string]bool{}
	for _, a := range sources {
		if a.Sector == "" || len(a.Country) != 3 {
			return targets
		}
		own[a.Country] = true
	}
	named := map[string]bool{}
	for _, t := range targets {
		if t.Sector != "" || !own[t.Country] {
			return targets
		}
		named[t.Country] = true
	}
	if len(named) != len(own) {
		return targets
	}
	return sources
}

// repairNounConjoinedToVerb mends a noun phrase that the parser conjoined
// to the verb instead of to the verb's last object or prepositional object
// ("will travel to Israel and the Palestinian territories": "territories"
// a conjunct of "travel"): a noun or name, conjunct of a verb before it,
// with an "and" of its own and no subject, auxiliary, copula, mark or
// preposition (a clause or a phrase of its own), and no verb under it but
// a participle or relative clause, nor a prepositional phrase like one of
// the verb's (a gapped clause), on a verb that is no relative clause,
// becomes a conjunct of the nearest noun
// before it that heads a phrase of one of the verb's nominal objects or
// prepositional objects (session 12, realnews-dev6.tsv).
func (s *sent) repairNounConjoinedToVerb() {
	for t := 1; t < s.n; t++ {
		v := s.head[t]
		if s.rel[t] != rConj || v < 0 || v > t || s.upos[v] != "VERB" || !isNounTag(s.upos[t]) ||
			s.rel[v] == rRelcl || s.rel[v] == rAcl {
			// a relative clause ends before ", and ...": "Chirac, who
			// wants the rebate to go, and German Chancellor Merkel"
			continue
		}
		and, own := false, false
		for k := 0; k < s.n; k++ {
			if s.head[k] == v && s.rel[k] == rNsubj && relPronouns[s.lower[k]] {
				// a relative clause the parser left unlabelled: "Chirac,
				// who wants the rebate to go, and ... Merkel"
				own = true
			}
			if s.head[k] != t {
				continue
			}
			switch s.rel[k] {
			case rCC:
				and = and || (k < t && s.lower[k] == "and")
			case rNsubj, rNsubjPass, rAux, rAuxPass, rCop, rMark, rCase:
				own = true
			case rNmod, rObl:
				// a gapped clause: "aims to join the euro in 2012 and
				// Hungary in 2013"
				own = own || s.verbHasCase(v, s.headCase(k))
			case rAcl, rRelcl:
			default:
				own = own || s.upos[k] == "VERB" || s.upos[k] == "AUX"
			}
		}
		if !and || own {
			continue
		}
		// the nearest phrase head before it under an object of the verb:
		// "to Israel" in "made a trip to Israel and the ... territories"
		o := -1
		for k := t - 1; k > v && o < 0; k-- {
			if !isNounTag(s.upos[k]) || (s.rel[k] != rObj && s.rel[k] != rObl && s.rel[k] != rNmod && s.rel[k] != rConj) {
				continue
			}
			for x := k; x >= 0 && x != v; x = s.head[x] {
				if s.head[x] == v && (s.rel[x] == rObj || s.rel[x] == rObl) && isNounTag(s.upos[x]) {
					o = k
					break
				}
			}
		}
		if o >= 0 {
			s.head[t] = o
		}
	}
}

// verbHasCase reports whether verb v has a prepositional phrase marked by
// prep ("" never matches). Like headCase it reads the heads only, for the
// repairs.
func (s *sent) verbHasCase(v int, prep string) bool {
	if prep == "" {
		return false
	}
	for k := 0; k < s.n; k++ {
		if s.head[k] == v && s.rel[k] == rObl && s.headCase(k) == prep {
			return true
		}
	}
	return false
}

// headCase returns the first preposition (case dependent) of i, or "".
func (s *sent) headCase(i int) string {
	for k := 0; k < s.n; k++ {
		if s.head[k] == i && s.rel[k] == rCase {
			return s.lower[k]
		}
	}
	return ""
}
