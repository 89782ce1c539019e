package event

import "github.com/dyadproject/dyad/doc"

// Rules of session 23's second everyday round (stories of a Security
// Council vote on a peacekeeping mandate, a tariff dispute, an earthquake
// abroad with foreign aid; docs/EVENTS.md "Everyday round 23b"). Patterns:
// data/event/everyday23b.pat. Tests: pipeline/everyday23b_test.go.

// noEveryday23b switches the rules of this file off (tests).
var noEveryday23b bool

// aidToPlace gives an act of humanitarian aid with no target (073, or an
// announced 0333) the country of its place when the place is written in the act's
// own sentence and lies in another country than the giver's: "Chile sent
// a rescue team, which landed in Izmir on Monday" is aid to Turkey. A
// dateline place (the reporter's, not the act's) gives none; nor do other
// kinds of aid, whose place is often their cause's ("urged citizens to
// donate for the victims of the flood in X"; "to safeguard peace across
// the strait" in peacekeeping, 074).
func aidToPlace(d *doc.Document) {
	if noEveryday23b {
		return
	}
	for i := range d.Events {
		e := &d.Events[i]
		if e.Target != nil || e.Place == nil || e.Source.Country == "" || e.Place.Country == "" {
			continue
		}
		if e.Cameo != "073" && e.Cameo != "0333" {
			continue
		}
		if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
			continue
		}
		sn := d.Sentences[e.Sentence]
		if e.Place.Start < sn.Start || e.Place.End > sn.End {
			continue
		}
		if d.Dateline != nil && e.Place.Start < d.Dateline.End && e.Place.End > d.Dateline.Start {
			continue
		}
		cc := e.Place.Country
		if cc == e.Source.Country || len(cc) != 3 {
			continue
		}
		name := cc
		if p := countryPlace(d, cc); p != nil {
			name = p.Name
		}
		e.Target = &doc.Actor{Name: name, Code: cc, Country: cc, Mention: &doc.Mention{Start: e.Place.Start, End: e.Place.End, Text: e.Place.Text}}
	}
}
