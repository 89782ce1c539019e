package main

import "testing"

func TestCloseSuperseded(t *testing.T) {
	mk := func(id, name string, roles ...roleRec) *person {
		return &person{id: id, name: name, roles: roles, sources: map[string]bool{}}
	}
	const open25 = "wikidata;open-as-of=2025-01-31"
	persons := map[string]*person{
		// An open foreign minister's role: a hand row with another title ends it.
		"Q1": mk("Q1", "Alan Smithers", roleRec{code: "GBRGOV", title: "Secretary of State for Foreign and Commonwealth Affairs", class: "FOREIGN", start: "2024-07-05", source: open25}),
		// A junior post of the same class is not the seat.
		"Q2": mk("Q2", "Beth Owen", roleRec{code: "GBRGOV", title: "Minister of State for Foreign Affairs", class: "FOREIGN", start: "2022-10-26", source: open25}),
		// Same title, generated: the later prime minister ends the earlier one.
		"Q3": mk("Q3", "Carl Dubois", roleRec{code: "FRAGOV", title: "Prime Minister", class: "HOG", start: "2024-12-13", source: open25}),
		"Q4": mk("Q4", "Dora Lenoir", roleRec{code: "FRAGOV", title: "Prime Minister", class: "HOG", start: "2025-09", source: "factbook;open-as-of=2026-01-22"}),
		// An acting president whose spell ended before the incumbent was last seen closes nothing.
		"Q5": mk("Q5", "Elias Moreno", roleRec{code: "SLVGOV", title: "President", class: "HOS", start: "2019-06-01", source: "factbook;open-as-of=2026-01-22"}),
		"Q6": mk("Q6", "Fina Ortega", roleRec{code: "SLVGOV", title: "President", class: "HOS", start: "2023-12-01", end: "2024-05-31", source: "factbook"}),
		// A role with a known end is never changed; a transliteration of the same person closes nothing.
		"Q7": mk("Q7", "Gustavo Levi", roleRec{code: "MOZGOV", title: "Prime Minister", class: "HOG", start: "2025-01-17", source: open25}),
		"Q8": mk("Q8", "Gustava Levy", roleRec{code: "MOZGOV", title: "Prime Minister", class: "HOG", start: "2025-01-18", source: "factbook;open-as-of=2026-01-22"}),
		// A provincial minister of another title in the class is left alone by the hand row.
		"Q9": mk("Q9", "Hugo Tremblay", roleRec{code: "GBRGOV", title: "Minister of International Relations", class: "FOREIGN", start: "2022-10-20", source: open25}),
		// Phoenix roles are neither closed nor closers.
		"P1":  mk("P1", "Ivan Petrov", roleRec{code: "RUSGOV", title: "President", class: "HOS", start: "2010", source: "phoenix-countries:1"}),
		"Q10": mk("Q10", "Juri Volkov", roleRec{code: "RUSGOV", title: "President", class: "HOS", start: "2012", source: open25}),
	}
	order := []string{"P1", "Q1", "Q10", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9"}
	hand := []map[string]string{
		{"id": "H1", "code": "GBRGOV", "title": "Foreign Secretary", "class": "FOREIGN", "start": "2025-09-05", "source": "dyad;wikipedia"},
	}
	closed := closeSuperseded(persons, order, hand, map[string]string{"H1": "Karen Webb"})
	want := map[string]string{"Q1": "2025-09-04", "Q3": "2025-08-31"}
	got := map[string]string{}
	for _, c := range closed {
		got[c.id] = c.end
	}
	for id, end := range want {
		if got[id] != end {
			t.Errorf("%s: closed at %q, want %q (closures %+v)", id, got[id], end, closed)
		}
	}
	if len(got) != len(want) {
		t.Errorf("closures %+v, want only %v", closed, want)
	}
	if r := persons["Q1"].roles[0]; r.end != "2025-09-04" || r.source != "wikidata;end=successor" {
		t.Errorf("closed role %+v: end and source tag not set", r)
	}
	if persons["Q5"].roles[0].end != "" || persons["P1"].roles[0].end != "" || persons["Q2"].roles[0].end != "" {
		t.Errorf("roles closed that must stay open: %+v %+v %+v", persons["Q5"].roles, persons["P1"].roles, persons["Q2"].roles)
	}
}

func TestSamePerson(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"najib mikati", "najib miqati", true},
		{"kamel madouri", "kamel maddouri", true},
		{"maria levi", "maria levy", true},
		{"david lammy", "yvette cooper", false},
		{"cho tae yul", "cho hyun", false},
	} {
		if got := samePerson(c.a, c.b); got != c.want {
			t.Errorf("samePerson(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

// A court's president or chief justice is one seat (session 23); a bare
// "Chief Justice" (several states' under one code), a state's court (a
// parenthesised state) and the court's justices are not.
func TestCourtHeadSeat(t *testing.T) {
	for _, c := range []struct {
		class, title string
		want         bool
	}{
		{"JUDICIARY", "President of the Supreme People's Court", true},
		{"JUDICIARY", "Chief Justice of the Supreme Court of Kenya", true},
		{"JUDICIARY", "Chief Justice", false},
		{"JUDICIARY", "Chief Justice of the Supreme Court (Ohio)", false},
		{"JUDICIARY", "Justice of the Supreme Court", false},
		{"HOS", "President of the Republic", false},
	} {
		if got := courtHeadSeat(c.class, c.title); got != c.want {
			t.Errorf("courtHeadSeat(%s, %q) = %v, want %v", c.class, c.title, got, c.want)
		}
	}
}
