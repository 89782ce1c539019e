package main

// Closing superseded roles. The sources often leave a role open although
// someone else has since taken the office: Wikidata via Peppercat stops at
// 2025-01-31, and the team's hand rows (data/kb/roles-*.tsv) add the new
// holder without touching the old one's generated row. A single-seat office
// has one holder at a time, so a later holder's start ends an earlier,
// open-ended spell of someone else the day before. A spell whose end a
// source gives is never changed.
//
// Which roles share a seat, for the single-seat classes HOS, HOG, FOREIGN and
// DEFENCE (a country's code may also hold its provinces' and territories'
// ministers, so INTERIOR and FINANCE are left alone):
//   - the same code, class and title (normalised: case, "defense"/"defence";
//     a parenthesised part is kept: Yemen's "(PLC)" and "(SPC)" are rival
//     governments); titles of offices several people hold at once
//     (co-princes and their representatives, presidency members, councils)
//     and junior posts (deputy, minister of state, associate, …) never
//     close anything nor are closed;
//   - a hand row of class FOREIGN or DEFENCE (the team writes only the
//     holder of the ministry) also closes an open senior role of its code
//     and class whose title shares a content word with its own: "Foreign
//     Secretary" (2025) ends "Secretary of State for Foreign and
//     Commonwealth Affairs" (2024), not Quebec's "Minister of International
//     Relations". Generated rows need the same title, since a title such as
//     India's "Foreign Secretary" (a civil servant) shares the class with the
//     minister.
//
// Guards against closing someone still in office: only modern generated
// roles (Wikidata, factbook) are closed, and only by modern roles or hand
// rows (Phoenix and CountryInfo spells end at their horizons anyway); a
// factbook person the generator could not match to Wikidata (a cia: id) closes
// nothing, as it may be the holder under another transliteration; the same
// person (same id, or names sharing a word of four letters or more, or
// surnames one letter apart: "Levi"/"Levy") never closes his own role; and a
// later holder whose own spell ended before a source last saw the earlier
// holder in office (an acting president during the incumbent's leave, a
// caretaker minister before an election) closes nothing.

import (
	"flag"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
)

var verboseClose = flag.Bool("closed", false, "list every open role ended by a later holder of its seat")

// seatClasses are the classes whose offices have one holder at a time.
var seatClasses = map[string]bool{"HOS": true, "HOG": true, "FOREIGN": true, "DEFENCE": true}

// courtHeadSeat reports a court's head, a single seat of the JUDICIARY
// class (session 23: the presidents of China's Supreme People's Court, HOS
// before, were closed as heads of state; a court's justices share their
// title and stay open). The title must name the court: a bare "Chief
// Justice" is the title of several states' chief justices under one code.
func courtHeadSeat(class, title string) bool {
	t := strings.ToLower(title)
	return class == "JUDICIARY" && strings.Contains(t, " court") && !strings.Contains(t, "(") &&
		(strings.HasPrefix(t, "president of ") || strings.HasPrefix(t, "chief justice of ") || strings.HasPrefix(t, "chief judge of "))
}

// handSeatClasses are the classes where a hand row closes senior roles of any title.
var handSeatClasses = map[string]bool{"FOREIGN": true, "DEFENCE": true}

// sharedSeatWords mark titles that several people hold at once or junior
// posts: such roles are left alone.
var sharedSeatWords = []string{
	"co-prince", "coprince", "captain regent", "captains regent", "member", "members", "presidency",
	"presidential council", "federal council", "sovereignty council", "transitional council",
	"deputy", "vice", "vice-president", "vice-premier", "minister of state", "state secretary",
	"assistant", "under-secretary", "under secretary", "undersecretary", "parliamentary", "permanent",
	"junior", "acting", "interim", "spokesperson", "spokesman", "chief of staff", "director", "adviser",
	"advisor", "ambassador", "representative", "envoy", "industry", "procurement", "equipment",
	"personnel", "veterans", "science", "commissioner", "governor", "premier", "chief minister",
	"first minister", "mayor", "secretary-general", "secretary general", "represented by", "associate",
	"lord", "security council", "defence council", "military cabinet",
}

// genericTitleWords do not make two titles the same office.
var genericTitleWords = map[string]bool{
	"minister": true, "ministry": true, "secretary": true, "of": true, "for": true, "the": true, "and": true,
	"affairs": true, "state": true, "federal": true, "national": true, "head": true, "department": true,
	"cabinet": true, "union": true, "republic": true, "government": true, "&": true,
}

// seatTitle normalises a title for seat comparison.
func seatTitle(t string) string {
	t = strings.ToLower(t)
	t = strings.ReplaceAll(t, "defense", "defence")
	return strings.Join(strings.Fields(t), " ")
}

// seniorSeat says whether a title can hold a single seat.
func seniorSeat(t string) bool {
	t = seatTitle(t)
	if t == "" {
		return false
	}
	padded := " " + strings.NewReplacer(",", " ", ";", " ").Replace(t) + " "
	for _, w := range sharedSeatWords {
		if strings.Contains(padded, " "+w+" ") {
			return false
		}
	}
	return true
}

// seatRole is a role as the closing rule sees it: generated ones point at
// their record so that the end can be set.
type seatRole struct {
	id, name, code, class, title, start, end, source string
	hand                                             bool
	rec                                              *roleRec // nil for hand rows
}

// closedRole reports one closure (for the summary and the test).
type closedRole struct {
	id, code, class, title, start, end, by string
}

// closeSuperseded ends generated open roles that a later holder of the same
// seat supersedes (see the file comment). hand are the curated roles rows.
func closeSuperseded(persons map[string]*person, order []string, hand []map[string]string, handNames map[string]string) []closedRole {
	bySeat := map[string][]seatRole{} // code|class → roles
	add := func(r seatRole) {
		if !(seatClasses[r.class] || courtHeadSeat(r.class, r.title)) || !seniorSeat(r.title) || r.start == "" {
			return
		}
		k := r.code + "|" + r.class
		bySeat[k] = append(bySeat[k], r)
	}
	for _, id := range order {
		p := persons[id]
		for i := range p.roles {
			r := &p.roles[i]
			if !modernSource(r.source) {
				continue
			}
			add(seatRole{id: p.id, name: key(p.name), code: r.code, class: r.class, title: r.title, start: r.start, end: r.end, source: r.source, rec: r})
		}
	}
	for _, r := range hand {
		add(seatRole{id: r["id"], name: key(handNames[r["id"]]), code: r["code"], class: r["class"], title: r["title"], start: r["start"], end: r["end"], source: r["source"], hand: true})
	}
	var out []closedRole
	keys := make([]string, 0, len(bySeat))
	for k := range bySeat {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		rs := bySeat[k]
		sort.SliceStable(rs, func(i, j int) bool { return lo(rs[i].start) < lo(rs[j].start) })
		for i := range rs {
			old := rs[i]
			if old.rec == nil || old.rec.end != "" {
				continue
			}
			// The earliest later holder of the seat ends the spell.
			for j := i + 1; j < len(rs); j++ {
				nw := rs[j]
				if nw.id == old.id || samePerson(nw.name, old.name) || lo(nw.start) <= lo(old.start) || strings.HasPrefix(nw.id, "cia:") {
					continue
				}
				if seatTitle(nw.title) != seatTitle(old.title) && !(nw.hand && handSeatClasses[nw.class] && shareContentWord(nw.title, old.title)) {
					continue
				}
				if asOf := openAsOf(old.source); nw.end != "" && asOf != "" && hi(nw.end) < asOf {
					continue // the earlier holder was seen in office after the later one left
				}
				end := dayBefore(nw.start)
				if end < lo(old.start) {
					continue
				}
				old.rec.end = end
				old.rec.source = supersededSource(old.rec.source)
				out = append(out, closedRole{id: old.id, code: old.code, class: old.class, title: old.title, start: old.start, end: end, by: nw.id})
				break
			}
		}
	}
	return out
}

// modernSource: a Wikidata or factbook role.
func modernSource(src string) bool {
	return strings.HasPrefix(src, "wikidata") || strings.HasPrefix(src, "factbook")
}

// samePerson: two normalised names that share a word of four letters or
// more, or whose last words are one letter apart, may be one person.
func samePerson(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	ta, tb := strings.Fields(a), strings.Fields(b)
	for _, x := range ta {
		for _, y := range tb {
			if len([]rune(x)) >= 4 && x == y {
				return true
			}
		}
	}
	la, lb := []rune(ta[len(ta)-1]), []rune(tb[len(tb)-1])
	return len(la) >= 4 && len(lb) >= 4 && editDistance1(la, lb)
}

// editDistance1: the two words differ by at most one insertion, deletion or substitution.
func editDistance1(a, b []rune) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 {
		return false
	}
	i, j, diff := 0, 0, 0
	for i < len(a) && j < len(b) {
		if a[i] == b[j] {
			i++
			j++
			continue
		}
		diff++
		if diff > 1 {
			return false
		}
		i++
		if len(a) == len(b) {
			j++
		}
	}
	return diff+(len(a)-i) <= 1
}

// shareContentWord: two titles share a word that is not a generic title word.
func shareContentWord(a, b string) bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(seatTitle(a), titleSep) {
		if !genericTitleWords[w] {
			words[w] = true
		}
	}
	for _, w := range strings.FieldsFunc(seatTitle(b), titleSep) {
		if words[w] {
			return true
		}
	}
	return false
}

func titleSep(r rune) bool {
	return r == ' ' || r == ',' || r == '(' || r == ')' || r == '\'' || r == '-'
}

// supersededSource replaces an open-as-of note by "end=successor".
func supersededSource(s string) string {
	var parts []string
	for _, p := range strings.Split(s, ";") {
		if strings.HasPrefix(p, "open-as-of=") {
			continue
		}
		parts = append(parts, p)
	}
	return strings.Join(append(parts, "end=successor"), ";")
}

// readHandRoles reads the curated roles*.tsv files of the KB folder and the
// names of the curated people (persons*.tsv), for closeSuperseded.
func readHandRoles(dir string) ([]map[string]string, map[string]string) {
	var rows []map[string]string
	m, _ := filepath.Glob(filepath.Join(dir, "roles*.tsv"))
	sort.Strings(m)
	for _, f := range m {
		rows = append(rows, readTSV(f)...)
	}
	names := map[string]string{}
	p, _ := filepath.Glob(filepath.Join(dir, "persons*.tsv"))
	sort.Strings(p)
	for _, f := range p {
		for _, r := range readTSV(f) {
			if names[r["id"]] == "" {
				names[r["id"]] = r["name"]
			}
		}
	}
	return rows, names
}

// closeRoles applies closeSuperseded to the generated people, with the
// curated roles of the KB folder as later holders too, and notes the count.
func (g *gen) closeRoles() {
	hand, names := readHandRoles(*outDir)
	for id, p := range g.persons {
		if names[id] == "" {
			names[id] = p.name
		}
	}
	closed := closeSuperseded(g.persons, g.order, hand, names)
	by := map[string]int{}
	for _, c := range closed {
		by[c.class]++
		if *verboseClose {
			fmt.Printf("closed %s %s %s %q %s…%s (by %s)\n", c.id, c.code, c.class, c.title, c.start, c.end, c.by)
		}
	}
	g.note("open roles ended the day before a later holder of the same seat took office: %d (HOS %d, HOG %d, FOREIGN %d, DEFENCE %d)",
		len(closed), by["HOS"], by["HOG"], by["FOREIGN"], by["DEFENCE"])
}
