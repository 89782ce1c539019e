package main

import "strings"

// Session 23, actor round 12b (docs/KB.md).

// surnameGroupMin is how many KB persons must bear a word as the first or
// last word of their name before a one-word identity group of that name
// is dropped. At 4 the dropped groups are Pan (NGA), Luo (KEN), Bamba,
// Mangal, Bari and Ari; Pashtun (3 persons) stays, and so does Moro, a
// word of the Philippines' Moro fronts' names.
const surnameGroupMin = 4

// dropSurnameGroups removes the UCDP identity groups (Org 3) named by one
// word that is the first or last word of at least surnameGroupMin KB
// persons' names: in the news such a word is mostly a person's name. The
// Chinese surnames "Luo" and "Pan" had made "Luo Gan" a Kenyan and "Pan
// Wei" a Nigerian armed group. It runs after g.people, whose persons it
// counts.
func (g *gen) dropSurnameGroups() {
	f, ok := g.files["armed-ucdp.tsv"]
	if !ok {
		return
	}
	words := map[string]int{}
	for _, id := range g.order {
		p := g.persons[id]
		if p == nil {
			continue
		}
		w := strings.Fields(p.name)
		if len(w) < 2 {
			continue
		}
		words[w[0]]++
		if w[len(w)-1] != w[0] {
			words[w[len(w)-1]]++
		}
	}
	// words of the other armed groups' names, by country: "Moro" in "Moro
	// Islamic Liberation Front" names the group's people, as "Tamil" and
	// "Ijaw" do for armedUCDP's word rule, and stays
	inNames := map[string]bool{}
	for _, fn := range []string{"armed-ucdp.tsv", "armed-phoenix.tsv"} {
		if af, ok := g.files[fn]; ok {
			for _, r := range af.rows {
				// columns: id kind name names country code …; Phoenix
				// rows give the country in the code only
				cc := r[4]
				if cc == "" && len(r[5]) >= 3 {
					cc = r[5][:3]
				}
				for _, n := range append([]string{r[2]}, strings.Split(r[3], "|")...) {
					if !strings.Contains(n, " ") {
						continue
					}
					for _, w := range strings.Fields(strings.TrimPrefix(n, "*")) {
						inNames[cc+"\t"+w] = true
					}
				}
			}
		}
	}
	kept := f.rows[:0]
	dropped := 0
	for _, r := range f.rows {
		// columns: id kind name names country code sector source
		if g.ucdpIdentity[r[0]] && r[3] == "" && !strings.Contains(r[2], " ") && words[r[2]] >= surnameGroupMin &&
			!inNames[r[4]+"\t"+r[2]] {
			dropped++
			continue
		}
		kept = append(kept, r)
	}
	f.rows = kept
	g.note("UCDP identity groups named by a word that is the first or last name of %d or more KB persons, dropped: %d", surnameGroupMin, dropped)
}
