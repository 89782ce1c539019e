package main

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/actor"
)

// An invented CountryInfo excerpt in the file's own shapes: a country code
// with a trailing comment, places, sections closed by a repeated opening
// tag, sections that are not leaders, coded spells, open spells and an
// impossible day.
const ciSample = `<Country>
<CountryCode>CHL</CountryCode>       #from somewhere
<CountryName>CHILE</CountryName>
<Capital>
	SANTIAGO_
</Capital>
<MajorCities>
	ALBA_
</MajorCities>
<Leaders>
	<Presidents>
		TOMAS_ARANCIBAR_OYARZO_			[19800311 - 19850311]  [B:19300101]  [D:19990101]
		LUCIA_PEREDO_				[>19850311]  [B:19400101]
	</Presidents>
	<Junta>
		TOMAS_ARANCIBAR_OYARZO_			[19790101 - 19800311]
	<Junta>
	<Vice-Presidents>
		MARCO_VILCHES_				[19800311 - 19850311]
	</Vice-Presidents>
	<Prime ministers (PRESIDENTS_OF_THE_COUNCIL>
		RAMON_ECHAVE_				[19820231 - 19840101]
		ANDRES_SOTO_				[CHLGOV 19840101 - 19850101]
		NEBOJ_COVAS (ACTING_		[19840102 - 19840103]
		{OSCAR_VALDIVIA_}{OSCAR_VALDIVIA_RUIZ_}	[19850101 - 19860101]
	</Prime ministers (PRESIDENTS_OF_THE_COUNCIL>
	<Governors>
		ISABEL_MORN_				[19800101 - 19810101]
	</Governors>
</Leaders>
<Government>
	FELIPE_LUCO_	[CHLGOV 20030101 - 20040101]	# Minister
</Government>
</Country>
<Country>
<CountryCode>XXXYYY</CountryCode>
<Leaders>
	<Presidents>
		NOBODY_HERE_				[19800101 - 19810101]
	</Presidents>
</Leaders>
</Country>
`

func sampleCodes(c string) string {
	if c == "CHL" {
		return c
	}
	return ""
}

func TestReadCountryInfo(t *testing.T) {
	ci, err := readCountryInfo(strings.NewReader(ciSample), sampleCodes)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range ci.spells {
		got = append(got, strings.Join([]string{s.country, s.name, s.class, s.title, s.start, s.end}, "|"))
	}
	want := []string{
		"CHL|Tomas Arancibar Oyarzo|HOS|President|1980-03-11|1985-03-11",
		"CHL|Lucia Peredo|HOS|President|1985-03-11|" + countryInfoRelease,
		"CHL|Tomas Arancibar Oyarzo|HOS|Junta|1979-01-01|1980-03-11",
		// 31 February is the month's last day; the coded spell is Phoenix's.
		"CHL|Ramon Echave|HOG|Prime minister|1982-02-28|1984-01-01",
		"CHL|Neboj Covas|HOG|Prime minister|1984-01-02|1984-01-03",
		// "{A_}{B_}": two spellings of one leader, the first the name
		"CHL|Oscar Valdivia|HOG|Prime minister|1985-01-01|1986-01-01",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("spells:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(ci.byName["CHL|"+key("Tomas Arancibar Oyarzo")]) != 2 {
		t.Errorf("byName: %v", ci.byName)
	}
	for _, n := range []string{"Oscar Valdivia", "Oscar Valdivia Ruiz"} {
		if b := ci.byName["CHL|"+key(n)]; len(b) != 1 || strings.Join(b[0].alts, "|") != "Oscar Valdivia Ruiz" {
			t.Errorf("byName[%s] = %v", n, b)
		}
	}
	for _, p := range []string{"santiago", "alba"} {
		if !ci.places[key(p)] {
			t.Errorf("place %q missing: %v", p, ci.places)
		}
	}
	if ci.places[key("Felipe Luco")] {
		t.Errorf("a Government row read as a place")
	}
}

func TestLeaderClass(t *testing.T) {
	for _, c := range []struct{ section, class, title string }{
		{"Presidents", "HOS", "President"},
		{"Prime ministers", "HOG", "Prime minister"},
		{"Chairmen of the council of ministers", "HOG", "Chairman of the council of ministers"},
		{"Chairmen of the council of state", "HOS", "Chairman of the council of state"},
		{"Kings", "HOS", "King"},
		{"Chancellors", "HOG", "Chancellor"},
		{"Secretaries of the general people's committee", "HOG", "Secretary of the general people's committee"},
		{"Emperors/EMPRESSE", "HOS", "Emperor"},
		{"Vice-Presidents", "", ""},
		{"Governors", "", ""},
		{"High commissioners", "", ""},
		{"Presidents of the national assembly", "", ""},
	} {
		class, title := leaderClass(c.section)
		if class != c.class || (c.class != "" && title != c.title) {
			t.Errorf("leaderClass(%q) = %q, %q; want %q, %q", c.section, class, title, c.class, c.title)
		}
	}
}

func TestSpanishShort(t *testing.T) {
	given := map[string]bool{"carlos": true, "andres": true, "saul": true, "jose": true}
	for _, c := range []struct{ name, short, surname string }{
		{"Tomas Arancibar Oyarzo", "Tomas Arancibar", "Arancibar"},
		{"Carlos Andrés Quiroga Belmar", "Carlos Andrés Quiroga", "Quiroga"},
		{"Carlos Saúl Antunez", "", "Antunez"},               // given, given, one surname
		{"Ramiro Vela Ortuzar-Lynch", "Ramiro Vela", "Vela"}, // hyphenated maternal surname
		{"Gonzalo Prado de Alzaga", "", ""},                  // particle: left alone
		{"Ines O. Valdes Rico", "", ""},                      // initial
		{"Lucia Peredo", "", "Peredo"},
		{"Peredo", "", ""},
	} {
		s, sur := spanishShort(c.name, given)
		if s != c.short || sur != c.surname {
			t.Errorf("spanishShort(%q) = %q, %q; want %q, %q", c.name, s, sur, c.short, c.surname)
		}
	}
}

func TestSpellAgree(t *testing.T) {
	if spellAgree("1980-03-11", "1985-03-11", "1980-03-11", "1985-03-11") == 0 {
		t.Error("identical spells do not agree")
	}
	if spellAgree("1980-03-11", "1985-03-11", "1980-04-01", "1985-03-11") == 0 {
		t.Error("starts 3 weeks apart do not agree")
	}
	// A minister's spell that only touches the head's term does not.
	if spellAgree("1980-03-11", "1985-03-11", "1976-01-01", "1980-06-01") != 0 {
		t.Error("a short overlap agrees")
	}
	if spellAgree("", "1985-03-11", "1980-03-11", "1985-03-11") != 0 {
		t.Error("an undated start agrees")
	}
}

// testGen is a generator over invented data: Chile and Freedonia (XFR).
func testGen(t *testing.T) *gen {
	g := newGen()
	for _, c := range []string{"CHL", "XFR", "SGP", "MMR"} {
		g.codes[c] = true
		g.iso2to3[c[:2]] = c
	}
	ci, err := readCountryInfo(strings.NewReader(ciSample), sampleCodes)
	if err != nil {
		t.Fatal(err)
	}
	g.ci = ci
	g.commonWords = map[string]bool{"kettle": true}
	return g
}

func TestClassifyPhoenixRoles(t *testing.T) {
	g := testGen(t)
	roles := []roleRec{
		{code: "CHLELI", class: "ELI", start: "1950-01-01", end: "1979-01-01", file: "phoenix"},
		{code: "CHLGOV", class: "GOVERNMENT", start: "1980-03-11", end: "1985-03-11", file: "phoenix"},
		{code: "CHLGOV", class: "GOVERNMENT", start: "1979-01-01", end: "1980-03-11", file: "phoenix"},
		{code: "CHLGOV", class: "GOVERNMENT", start: "1990-01-01", end: "1991-01-01", file: "phoenix"},
	}
	name := g.classifyPhoenixRoles([]string{"TOMAS ARANCIBAR OYARZO", "GENERAL ARANCIBAR"}, roles)
	if name != "Tomas Arancibar Oyarzo" {
		t.Errorf("name %q", name)
	}
	want := []string{"ELI", "HOS", "HOS", "GOVERNMENT"}
	for i, r := range roles {
		if r.class != want[i] {
			t.Errorf("role %d: class %q, want %q (%+v)", i, r.class, want[i], r)
		}
	}
	if roles[1].title != "President (CountryInfo)" || roles[2].title != "Junta (CountryInfo)" {
		t.Errorf("titles %q, %q", roles[1].title, roles[2].title)
	}
}

// TestHistoricLeaders runs the people stages after Phoenix over invented
// people: spells that no Phoenix role coded become roles of a new person,
// Spanish double surnames give the short name and the paternal surname,
// and historic surnames that are English words, first names or cities are
// left out.
func TestHistoricLeaders(t *testing.T) {
	g := testGen(t)
	add := func(id, name, code, class, start, end string) *person {
		p := g.getPerson(id, name)
		p.sources["phoenix"] = true
		p.roles = append(p.roles, roleRec{code: code, title: "x", class: class, start: start, end: end, source: "test", file: "phoenix"})
		return p
	}
	// Phoenix knows Arancibar, with his head's spells classified already.
	arancibar := add("phx:chl:tomas-arancibar-oyarzo", "Tomas Arancibar Oyarzo", "CHLGOV", "HOS", "1980-03-11", "1985-03-11")
	for _, s := range g.ci.byName["CHL|"+key("Tomas Arancibar Oyarzo")] {
		s.used = true
	}
	// Given names: "Lucia" and "Ramon" start three people's names each.
	for i, n := range []string{"Lucia Alfa Uno", "Lucia Beta Dos", "Lucia Gama Tres", "Ramon Alfa", "Ramon Beta", "Ramon Gama"} {
		add("phx:xfr:p"+string(rune('a'+i)), n, "XFRGOV", "GOVERNMENT", "1990-01-01", "1991-01-01")
	}
	kettle := add("phx:xfr:joseph-kettle", "Joseph Kettle", "XFRGOV", "HOG", "1970-01-01", "1972-01-01")
	alba := add("phx:xfr:ana-puerto-alba", "Ana Puerto Alba", "XFRGOV", "HOS", "1970-01-01", "1972-01-01")
	lucia := add("phx:xfr:tomas-lucia", "Tomas Lucia", "XFRGOV", "HOS", "1973-01-01", "1974-01-01")
	bad := add("phx:xfr:mori", "Jun Mori}", "XFRGOV", "HOG", "1975-01-01", "1976-01-01")
	faith := add("phx:xfr:syed-amin-islam", "Syed Amin Islam", "XFRGOV", "HOS", "1976-01-01", "1977-01-01")
	for i := 0; i < commonNameWord; i++ {
		add("phx:xfr:v"+string(rune('a'+i)), "Person"+string(rune('A'+i))+" Vandor", "XFRGOV", "GOVERNMENT", "1990-01-01", "1991-01-01")
	}
	vandor := add("phx:xfr:peter-vandor", "Peter Vandor", "XFRGOV", "HOG", "1977-01-01", "1978-01-01")
	tan := add("phx:sgp:tan-boon-heng", "Tan Boon Heng", "SGPGOV", "HOG", "1970-01-01", "1972-01-01")
	than := add("phx:mmr:than-kyaw-oo", "Than Kyaw Oo", "MMRGOV", "HOS", "1970-01-01", "1972-01-01")
	g.countryInfoLeaders()
	g.finishPeople()

	// Peredo: no Phoenix person, a new one with the open spell as a role.
	peredo := g.persons["ci:chl:lucia-peredo"]
	if peredo == nil || len(peredo.roles) != 1 || peredo.roles[0].class != "HOS" || peredo.roles[0].end != countryInfoRelease {
		t.Fatalf("Peredo: %+v", peredo)
	}
	// Echave's spells become roles; the coded spell (Soto) and the governor do not.
	if p := g.persons["ci:chl:ramon-echave"]; p == nil || p.roles[0].class != "HOG" {
		t.Errorf("Echave: %+v", p)
	}
	if g.persons["ci:chl:andres-soto"] != nil || g.persons["ci:chl:isabel-morn"] != nil || g.persons["ci:chl:marco-vilches"] != nil {
		t.Error("a coded spell, a governor or a vice-president became a leader")
	}
	has := func(p *person, n string) bool {
		for _, x := range p.names {
			if strings.TrimPrefix(x, "*") == n {
				return true
			}
		}
		return false
	}
	for _, n := range []string{"Tomas Arancibar", "Arancibar"} {
		if !has(arancibar, n) {
			t.Errorf("Arancibar lacks %q: %v", n, arancibar.names)
		}
	}
	if has(arancibar, "Oyarzo") {
		t.Errorf("the maternal surname was taken: %v", arancibar.names)
	}
	if !has(peredo, "Peredo") {
		t.Errorf("Peredo lacks her surname: %v", peredo.names)
	}
	for _, c := range []struct {
		p    *person
		name string
	}{{kettle, "Kettle"}, {alba, "Alba"}, {lucia, "Lucia"}, {bad, "Mori}"}, {faith, "Islam"}, {vandor, "Vandor"},
		{tan, "Heng"}, {than, "Oo"}} {
		if has(c.p, c.name) {
			t.Errorf("%s got the surname %q", c.p.name, c.name)
		}
	}
	// A Singaporean leader goes by the first word of the name.
	if !has(tan, "Tan") {
		t.Errorf("Tan Boon Heng: %v", tan.names)
	}
	// The roles file for the new spells is written.
	if f := g.files["roles-countryinfo.tsv"]; f == nil || len(f.rows) == 0 {
		t.Errorf("no roles-countryinfo.tsv rows")
	}
}

// The curated rows compile with the rest of the KB: a person the sources
// lack, with a dated role, resolves by the date.
func TestCuratedHistoricPerson(t *testing.T) {
	k, err := actor.LoadKB()
	if err != nil {
		t.Fatal(err)
	}
	ms := k.Lookup("Mobutu", "1997-04-24")
	if len(ms) == 0 || ms[0].Actor.Code != "CODGOV" {
		t.Fatalf("Mobutu in 1997: %v", ms)
	}
	ms = k.Lookup("Mobutu", "1998-01-01")
	if len(ms) == 0 || ms[0].Actor.Code != "CODELI" {
		t.Fatalf("Mobutu in 1998: %v", ms)
	}
}

// An acronym two bodies share does not merge a generated organisation into a
// curated one; a full name does.
func TestAcronym(t *testing.T) {
	for n, want := range map[string]bool{"ESA": true, "UNHCR": true, "IDB": true, "Apec": false,
		"European Space Agency": false, "APEC Secretariat": false, "G-20": false} {
		if got := acronym(n); got != want {
			t.Errorf("acronym(%q) = %v, want %v", n, got, want)
		}
	}
}
