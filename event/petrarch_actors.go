package event

import (
	"bufio"
	"bytes"
	"io"
	"regexp"
	"strings"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/doc"
)

// PetrarchActors is an ActorFinder over PETRARCH actor and agent
// dictionaries (loaded into an actor.KB), composing codes the way PETRARCH
// does: the actor's code, then the agents of the phrase in order ("Danish
// Islamist media" → DNK + MUS + MED), agents written "[NGO~]" before it
// ("MSF Arnor" → NGOARN); a phrase with agents only borrows the actor of a
// coordinated phrase ("Danish media and government" → DNKMED, DNKGOV) or
// has the null actor "---". Actors with dated codes resolve at the
// document's date; a code written "ELR/GAL" names several actors at once
// with SplitCodes.
type PetrarchActors struct {
	KB *actor.KB
	// Prefix holds the agent codes written before the actor ("[NGO~]").
	Prefix map[string]bool
	// SplitCodes makes a code written "ELR/GAL" several actors, as
	// PETRARCH-2 does; by default it is one code, as UD-PETRARCH writes it.
	SplitCodes bool
	// ShortAgents counts an agent by the first three letters of its code
	// ("SOLDIER [~MILARM]" adds MIL, "PRESIDENT [~GOVPRS]" GOV), as the
	// expected events of the petrarch2-unit suite write every agent.
	ShortAgents bool
}

var prefixAgentRe = regexp.MustCompile(`\[\s*([A-Za-z]+)\s*~\s*\]`)

// NewPetrarchActors loads PETRARCH actor and agent dictionaries (either may
// be nil) into a new KB of their own.
func NewPetrarchActors(actors, agents io.Reader) (*PetrarchActors, error) {
	p := &PetrarchActors{KB: actor.NewKB(), Prefix: map[string]bool{}}
	var agentBytes []byte
	if agents != nil {
		b, err := io.ReadAll(agents)
		if err != nil {
			return nil, err
		}
		agentBytes = b
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			l := sc.Text()
			if i := strings.Index(l, "#"); i >= 0 {
				l = l[:i]
			}
			if m := prefixAgentRe.FindStringSubmatch(l); m != nil {
				p.Prefix[strings.ToUpper(m[1])] = true
			}
		}
	}
	var ar io.Reader
	if agentBytes != nil {
		ar = bytes.NewReader(agentBytes)
	}
	if err := p.KB.AddPetrarch(actors, ar, true); err != nil {
		return nil, err
	}
	return p, nil
}

// part is one noun phrase's composed code before it becomes a doc.Actor.
type part struct {
	pre    []string
	actor  string
	agents []string
	lo, hi int // byte span of the phrase
	name   string
}

func (x part) code() string {
	a := x.actor
	if a == "" {
		a = "---"
	}
	return strings.Join(x.pre, "") + a + strings.Join(x.agents, "")
}

// Actors implements ActorFinder.
func (p *PetrarchActors) Actors(d *doc.Document, si, head int) []doc.Actor {
	var s sent
	s.reset(d, si)
	h := head - s.base
	if h < 0 || h >= s.n {
		return nil
	}
	date := d.Date
	var groups [][]part
	for _, c := range s.conjuncts(h, nil) {
		groups = append(groups, p.parts(&s, c, date))
	}
	// A phrase with agents only borrows the actors of a coordinated one
	// ("Lawmakers and officials in Arnor and Gondor").
	var donors []part
	for _, g := range groups {
		for _, x := range g {
			if x.actor != "" {
				donors = append(donors, x)
			}
		}
		if len(donors) > 0 {
			break
		}
	}
	var parts []part
	for _, g := range groups {
		for _, x := range g {
			if x.actor != "" || len(donors) == 0 {
				parts = append(parts, x)
				continue
			}
			for _, dn := range donors {
				y := x
				y.pre = dn.pre
				y.actor = dn.actor
				y.agents = append(append([]string(nil), dn.agents[:max(0, len(dn.agents)-1)]...), x.agents...)
				parts = append(parts, y)
			}
		}
	}
	var out []doc.Actor
	seen := map[string]bool{}
	for _, x := range parts {
		{
			code := x.code()
			if seen[code] {
				continue
			}
			seen[code] = true
			country := ""
			if x.actor != "" && len(x.actor) >= 3 {
				country = x.actor[:3]
			}
			a := doc.Actor{Name: x.name, Code: code, Country: country, Sector: strings.Join(x.agents, "")}
			a.Mention = &doc.Mention{Start: x.lo, End: x.hi, Text: d.Text[x.lo:x.hi]}
			out = append(out, a)
		}
	}
	return out
}

type found struct {
	code  string
	agent bool
	head  int // sentence token heading the matched words
	depth int // prepositional phrases between it and the phrase head
	pp    int // the prepositional phrase it is in (-1: the head's own words)
	pos   int
}

// parts composes the actors of one (uncoordinated) phrase.
func (p *PetrarchActors) parts(s *sent, h int, date string) []part {
	toks := s.phrase(h, nil)
	words := make([]string, len(toks))
	for i, t := range toks {
		a, b := s.tokenSpan(t)
		words[i] = s.d.Text[a:b]
	}
	var fs []found
	for _, sp := range p.KB.MatchTokens(words) {
		ms := p.KB.SpanMatches(sp, date)
		if len(ms) == 0 {
			continue
		}
		m := ms[0]
		// Dated codes that overlap: the role that began last is the most
		// specific one in force.
		for _, x := range ms[1:] {
			if x.Status == actor.StatusInOffice && m.Status == actor.StatusInOffice && x.Start > m.Start {
				m = x
			}
		}
		code := strings.ToUpper(m.Actor.Code)
		if code == "" {
			continue
		}
		span := toks[sp.Start:sp.End]
		hd := span[0]
		for _, t := range span {
			if !inList(span, s.head[t]) {
				hd = t
				break
			}
		}
		depth, pp := 0, -1
		for x, steps := hd, 0; x != h && x >= 0 && steps < s.n; steps++ {
			if (s.rel[x] == rNmod || s.rel[x] == rObl) && s.caseOf(x) != "" {
				depth++
				if pp < 0 {
					pp = x
				}
			}
			x = s.head[x]
		}
		fs = append(fs, found{code: code, agent: m.Kind == actor.KindSector, head: hd, depth: depth, pp: pp, pos: sp.Start})
	}
	lo, _ := s.tokenSpan(toks[0])
	_, hi := s.tokenSpan(toks[len(toks)-1])
	name := s.d.Text[lo:hi]
	// The actors nearest the head; several when they are coordinated.
	minDepth := 1 << 30
	for _, f := range fs {
		if !f.agent && f.depth < minDepth {
			minDepth = f.depth
		}
	}
	var actors []found
	for _, f := range fs {
		if !f.agent && f.depth == minDepth {
			actors = append(actors, f)
		}
	}
	chosen := actors
	if len(actors) > 1 && !coordinated(s, actors) {
		// Several actors in one phrase: the first names it, as in
		// "Ithilen's minister Calimehtar" (ITH) or "Bree Prime Minister
		// Romendacil" (BRE).
		chosen = actors[:1]
	}
	mk := func(act found, hasActor bool) part {
		x := part{lo: lo, hi: hi, name: name}
		if hasActor {
			x.actor = act.code
		}
		for _, f := range fs {
			if !f.agent {
				continue
			}
			if f.pp >= 0 && (!hasActor || f.pp != act.pp) {
				continue // an agent inside another prepositional phrase
			}
			c := f.code
			if p.ShortAgents && len(c) > 3 {
				c = c[:3]
			}
			if hasActor && strings.Contains(x.actor[min(3, len(x.actor)):], c) {
				continue // "Bree Prime Minister Romendacil": BREGOV already says GOV
			}
			if contains(x.agents, c) || contains(x.pre, c) {
				continue
			}
			if p.Prefix[c] {
				x.pre = append(x.pre, c)
			} else {
				x.agents = append(x.agents, c)
			}
		}
		return x
	}
	if len(chosen) == 0 {
		for _, f := range fs {
			if f.agent {
				return []part{mk(found{}, false)}
			}
		}
		return nil
	}
	out := make([]part, 0, len(chosen))
	for _, a := range chosen {
		// "LORIEN [ELR/GAL]": a name standing for several actors at once
		// gives one part per code.
		codes := []string{a.code}
		if p.SplitCodes {
			codes = strings.Split(a.code, "/")
		}
		for _, code := range codes {
			if code = strings.TrimSpace(code); code == "" {
				continue
			}
			b := a
			b.code = code
			x := mk(b, true)
			if len(chosen) > 1 {
				alo, ahi := s.tokenSpan(a.head)
				x.name = s.d.Text[alo:ahi]
			}
			out = append(out, x)
		}
	}
	return out
}

// coordinated reports whether the actors' heads are joined by coordination
// ("Eriadori and Calenardhon leaders", "Lawmakers in Arnor and Gondor").
func coordinated(s *sent, fs []found) bool {
	for _, a := range fs {
		for _, b := range fs {
			if a.head != b.head && s.rel[b.head] == rConj && s.inSubtree(b.head, a.head) {
				return true
			}
		}
	}
	return false
}

func inList(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
