package event

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad/doc"
)

// Event places, round 13 (session 26, places-dev13; docs/EVENTS.md,
// "Places round 13").

// placeRound13 runs the round's steps, last in Place: a meeting the story
// names again later as "the meeting in <city>" takes that city
// (laterMeetingPlace), and a place its own text puts inside a place of
// another country takes that container (containerPlace).
func placeRound13(d *doc.Document) {
	laterMeetingPlace(d)
	for i := range d.Events {
		if e := &d.Events[i]; e.Place != nil {
			if q := containerPlace(d, e.Place); q != nil {
				c := *q
				e.Place = &c
			}
		}
	}
}

// seat is a building or street that stands for a country's government,
// and the country whose capital it is in.
type seat struct {
	words []string // lower-cased tokens
	cc    string
}

// seats are the well-known seats of government, written as the parser's
// tokens. The geo stage holds none of them as a place ("White House" is
// also a town in Tennessee: geo's stopKeys), so a meeting "at the White
// House" had no place (places-dev13: three events of one story).
var seats = []seat{
	{[]string{"white", "house"}, "USA"},
	{[]string{"capitol", "hill"}, "USA"},
	{[]string{"kremlin"}, "RUS"},
	{[]string{"downing", "street"}, "GBR"},
	{[]string{"elysee"}, "FRA"},
	{[]string{"élysée"}, "FRA"},
	{[]string{"matignon"}, "FRA"},
	{[]string{"quai", "d'orsay"}, "FRA"},
	{[]string{"great", "hall", "of", "the", "people"}, "CHN"},
	{[]string{"zhongnanhai"}, "CHN"},
	{[]string{"blue", "house"}, "KOR"},
	{[]string{"cheong", "wa", "dae"}, "KOR"},
	{[]string{"kantei"}, "JPN"},
	{[]string{"malacanang"}, "PHL"},
	{[]string{"malacañang"}, "PHL"},
	{[]string{"casa", "rosada"}, "ARG"},
	{[]string{"rashtrapati", "bhavan"}, "IND"},
}

// seatPlace returns the capital a seat of government names in a locative
// phrase of the event's own clause ("met Netanyahu at the White House",
// "talks in the Kremlin", "a reception at the Great Hall of the People"),
// spanning the seat's name, or nil: Washington, Moscow, London, Paris,
// Beijing, Seoul. The seat must be written with its capitals ("a white
// house" is no seat). Only a locative counts: "the Kremlin said" is an
// actor, and what a statement is about ("criticised the talks at the
// Kremlin") is no place of it (topicPlace). places-dev13: two events
// (Washington), places-dev6 one; with containerPlace and laterMeetingPlace
// places-dev13 place exact 56.0 -> 80.0%, places-dev6 83.0 -> 85.0%.
func seatPlace(d *doc.Document, s *sent, e *doc.Event, v int, verbs []int) *doc.Place {
	if Capital == nil {
		return nil
	}
	for k := 0; k < s.n; k++ {
		for _, st := range seats {
			last := k + len(st.words) - 1
			if last >= s.n || !seatAt(d, s, k, st.words) {
				continue
			}
			a, _ := s.tokenSpan(k)
			_, b := s.tokenSpan(last)
			if k > 0 && s.upos[k-1] == "NUM" {
				a, _ = s.tokenSpan(k - 1) // "at 10 Downing Street"
			}
			h := spanHead(s, a, b)
			if h < 0 {
				continue
			}
			prep, ph := placePrep(s, d, h, a, true)
			if !locPreps[prep] || !locativeOf(s, ph, verbs) || topicPlace(s, e, v, ph) {
				continue
			}
			p, ok := Capital(st.cc)
			if !ok {
				return nil
			}
			p.Start, p.End = a, b
			p.Text = d.Text[a:b]
			return &p
		}
	}
	return nil
}

// seatAt reports whether the tokens from k on are the seat's words, each
// capitalised but for the function words of "Great Hall of the People".
func seatAt(d *doc.Document, s *sent, k int, words []string) bool {
	for j, w := range words {
		if s.lower[k+j] != w {
			return false
		}
		if w == "of" || w == "the" {
			continue
		}
		a, b := s.tokenSpan(k + j)
		if r, _ := utf8.DecodeRuneInString(d.Text[a:b]); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// containerWords may stand between "in" and a container place: "in central
// London", "in the north of"-less compass adjectives only.
var containerWords = map[string]bool{"central": true, "downtown": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
	"north": true, "south": true, "east": true, "west": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true}

// containerPlace returns the place the text puts p in when that place is
// of another country than p's reading: "the Guildhall in central London"
// read Guildhall as a town of the United States (places-dev13: four
// calls of one speech placed there, now in London), but a name "in central London" is in Britain, so
// the act is placed in London. The container must follow p at once ("X
// in Y", "X in central Y", "X, in Y"); a container of p's own country
// changes nothing (p is the finer place).
func containerPlace(d *doc.Document, p *doc.Place) *doc.Place {
	if p.End <= p.Start || p.End > len(d.Text) || p.Country == "" {
		return nil
	}
	rest := d.Text[p.End:]
	i := 0
	skip := func() {
		for i < len(rest) && (rest[i] == ' ' || rest[i] == '\n') {
			i++
		}
	}
	word := func() string {
		j := i
		for j < len(rest) && (rest[j] >= 'a' && rest[j] <= 'z' || rest[j] >= 'A' && rest[j] <= 'Z' || rest[j] == '-') {
			j++
		}
		return rest[i:j]
	}
	skip()
	if i < len(rest) && rest[i] == ',' {
		i++
		skip()
	}
	if word() != "in" {
		return nil
	}
	i += 2
	skip()
	if w := word(); strings.EqualFold(w, "the") {
		i += len(w)
		skip()
	}
	if w := word(); containerWords[strings.ToLower(w)] {
		i += len(w)
		skip()
	}
	at := p.End + i
	for j := range d.Places {
		q := &d.Places[j]
		if q.Start == at && q.Country != "" && q.Country != p.Country {
			return q
		}
	}
	return nil
}

// laterReach is how many sentences after a meeting a restatement of it
// ("the meeting in Warsaw") may come.
const laterReach = 5

// laterMeetingPlace places a meeting (CAMEO 040-043: meetCode) its own
// sentence leaves unplaced in the city a later sentence gives it back with
// a definite occasion noun ("Polish Prime Minister Kaczynski met here
// Thursday with his Latvian counterpart ... Kalvitis said that the meeting
// in Warsaw is the beginning of a dialogue": places-dev6, one event). The city must be of one of the
// meeting's sides (the host's), the noun "the meeting" or "the talks" with
// no word of another occasion ("the next meeting in Riga"), its sentence
// not dated away from the meeting, within laterReach sentences; two cities
// so named leave the meeting unplaced.
func laterMeetingPlace(d *doc.Document) {
	var s sent
	cur := -1
	for i := range d.Events {
		e := &d.Events[i]
		if e.Place != nil || !meetCode(e.Cameo) || !mayCarry(e) || e.Target == nil || e.Source.Country == "" || e.Target.Country == "" || e.Sentence < 0 {
			continue
		}
		lo, hi, dated := eventDays(e)
		var city *doc.Place
		two := false
		for j := range d.Places {
			p := &d.Places[j]
			if p.Feature != "city" || p.Country != e.Source.Country && p.Country != e.Target.Country {
				continue
			}
			si := sentenceOf(d, p.Start)
			if si <= e.Sentence || si > e.Sentence+laterReach {
				continue
			}
			s.resetAt(d, si, &cur)
			if !parsed(&s) || !meetingNounPlace(d, &s, p) {
				continue
			}
			if dated && otherDays(d, si, lo.AddDate(0, 0, -1), hi.Add(24*time.Hour)) {
				continue
			}
			if city != nil && city.Name != p.Name {
				two = true
			}
			city = p
		}
		if city != nil && !two {
			c := *city
			e.Place = &c
		}
	}
}

// meetingNounPlace reports whether place p is the "in" or "at" phrase of a
// definite "meeting" or "talks" with no modifier of another occasion: "the
// meeting in Warsaw", "the bilateral talks in Warsaw", not "a meeting in
// Riga" or "the next talks in Riga".
func meetingNounPlace(d *doc.Document, s *sent, p *doc.Place) bool {
	h := spanHead(s, p.Start, p.End)
	if h < 0 {
		return false
	}
	prep, ph := placePrep(s, d, h, p.Start, true)
	if prep != "in" && prep != "at" || ph < 0 || s.rel[ph] != rNmod {
		return false
	}
	g := s.head[ph]
	if g < 0 || s.upos[g] != "NOUN" || s.lemma[g] != "meeting" && s.lower[g] != "talks" {
		return false
	}
	def := false
	for _, k := range s.kids[g] {
		switch {
		case s.rel[k] == rDet && (s.lower[k] == "the" || s.lower[k] == "this" || s.lower[k] == "that"):
			def = true
		case s.rel[k] == rAmod && (laterTrip[s.lemma[k]] || pastVisit[s.lemma[k]] || s.lemma[k] == "last"), s.rel[k] == rNummod:
			return false // "the next meeting", "the previous talks", "the 2005 meeting"
		}
	}
	return def
}
