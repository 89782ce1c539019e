package actor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sampleActors = `# comment line
<!-- one-line XML comment -->
<!-- a comment
over two lines -->
LUIZ_INACIO_LULA_DA_SILVA_  # CountryInfo.txt
+LULA_DA_SILVA_
	[BRAELI 630101-000101]
	[BRAGOV >030101]
	[BRAELI]
AFGHANISTAN_  [AFG]
+AFGHAN_
JAVIER_SOLANA_	[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] # two codes on one line
U.N._
UN_SECRETARY_GENERAL
+UNSG
	[IGOUNO]
ATHENS  [GRC] ;JW   10/17/91
GOLLUM  ; pas 27 Apr 03
+SMEAGOL
	[HOB < 950601]
ENT
	[### <890101]
	[ENT]
BAD_DATE
	[XXX 20080231-20090101]
	[XXX]
PALESTINIAN [pse]
---STOP---
IGNORED [ZZZ]
`

func TestLoadPetrarchActors(t *testing.T) {
	d, err := LoadPetrarchActors(strings.NewReader(sampleActors))
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]PetrarchActor{}
	for _, e := range d.Entries {
		for _, n := range e.Names {
			byName[n] = e
		}
	}
	lula := byName["LULA DA SILVA"]
	if len(lula.Codes) != 3 || lula.Codes[0] != (PetrarchCode{Code: "BRAELI", From: "1963-01-01", To: "2000-01-01"}) ||
		lula.Codes[1] != (PetrarchCode{Code: "BRAGOV", From: "2003-01-01"}) || !lula.Codes[2].Default {
		t.Errorf("Lula: %+v", lula)
	}
	if lula.Line != 5 || !strings.Contains(lula.Comment, "CountryInfo") {
		t.Errorf("Lula line %d comment %q", lula.Line, lula.Comment)
	}
	if s := byName["JAVIER SOLANA"]; len(s.Codes) != 2 || s.Codes[1].Code != "IGOWSTNAT" || s.Codes[1].From != "1995-12-05" {
		t.Errorf("Solana: %+v", s)
	}
	// A phrase with no code takes the next entry's codes, as in PETRARCH.
	if u := byName["U.N."]; len(u.Codes) != 1 || u.Codes[0].Code != "IGOUNO" {
		t.Errorf("U.N.: %+v", u)
	}
	if a := byName["ATHENS"]; len(a.Codes) != 1 || a.Codes[0].Code != "GRC" {
		t.Errorf("ATHENS (';' comment): %+v", a)
	}
	if g := byName["SMEAGOL"]; len(g.Codes) != 1 || g.Codes[0].To != "1995-06-01" {
		t.Errorf("GOLLUM: %+v", g)
	}
	if e := byName["ENT"]; len(e.Codes) != 2 || e.Codes[0].Code != "" || e.Codes[0].To != "1989-01-01" {
		t.Errorf("ENT (null code): %+v", e)
	}
	if p := byName["PALESTINIAN"]; p.Codes[0].Code != "PSE" {
		t.Errorf("lowercase code: %+v", p)
	}
	if _, ok := byName["IGNORED"]; ok {
		t.Error("read past ---STOP---")
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "line 25") {
		t.Errorf("warnings %q: want one for the bad date on line 25", d.Warnings)
	}
}

func TestPetrDate(t *testing.T) {
	for in, want := range map[string]string{
		"030101": "2003-01-01", "301231": "2030-12-31", "310101": "1931-01-01", "19411207": "1941-12-07",
		"20130926": "2013-09-26", "120229": "2012-02-29",
	} {
		if got, err := petrDate(in); err != nil || got != want {
			t.Errorf("petrDate(%s) = %s, %v; want %s", in, got, err, want)
		}
	}
	for _, bad := range []string{"110229", "20100931", "1234", "ab0101"} {
		if _, err := petrDate(bad); err == nil {
			t.Errorf("petrDate(%s): want an error", bad)
		}
	}
}

const sampleAgents = `!PERSON! = MAN, MEN, WOMAN, WOMEN
POLICE {} [~COP]
THIEF {THIEVES} [~CRM]
AMBASSADOR [~GOV] # comment
MILITARY_PARTY [~MILPTY]
COUNTRY [~GOV]
CONGRESS!PERSON! [~LEG]
NO_CODE
`

func TestLoadPetrarchAgents(t *testing.T) {
	d, err := LoadPetrarchAgents(strings.NewReader(sampleAgents))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range d.Entries {
		got[a.Phrase] = a.Code
	}
	want := map[string]string{
		"POLICE": "COP", "THIEF": "CRM", "THIEVES": "CRM", "AMBASSADOR": "GOV", "AMBASSADORS": "GOV",
		"MILITARY PARTY": "MILPTY", "MILITARY PARTIES": "MILPTY", "COUNTRY": "GOV", "COUNTRIES": "GOV",
		"CONGRESSMAN": "LEG", "CONGRESSWOMEN": "LEG",
	}
	for p, c := range want {
		if got[p] != c {
			t.Errorf("%s → %q, want %q", p, got[p], c)
		}
	}
	if _, ok := got["POLICES"]; ok {
		t.Error("{} must suppress the plural")
	}
	if len(d.Warnings) != 1 {
		t.Errorf("warnings %q: want one for the phrase without a code", d.Warnings)
	}
}

// A replacement KB from PETRARCH dictionaries resolves dated entries as
// PETRARCH would: the first restriction in force, else the default code.
func TestAddPetrarchReplace(t *testing.T) {
	k := NewKB()
	if err := k.AddPetrarch(strings.NewReader(sampleActors), strings.NewReader(sampleAgents), true); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, date, code string }{
		{"Lula da Silva", "1999-05-01", "BRAELI"},
		{"Lula da Silva", "2005-05-01", "BRAGOV"},
		{"Lula da Silva", "2001-06-01", "BRAELI"}, // between restrictions: the default
		{"Afghan", "", "AFG"},
		{"UN Secretary General", "", "IGOUNO"},
		{"U.N.", "", "IGOUNO"},
		{"Smeagol", "1990-01-01", "HOB"},
		{"Smeagol", "2000-01-01", ""}, // no restriction in force, no default: not coded
		{"ENT", "1980-01-01", ""},     // a one-word name of ≤ 3 letters matches in capitals only
		{"ENT", "1995-01-01", "ENT"},
		{"Javier Solana", "1998-01-01", "IGOWSTNAT"},
		{"thieves", "", "CRM"},
		{"congressman", "", "LEG"},
	}
	for _, tc := range tests {
		m := first(k.Lookup(tc.name, tc.date))
		if m.Actor.Code != tc.code || (m.Kind == 0) {
			t.Errorf("%s @%s: %v, want %q", tc.name, tc.date, k.Lookup(tc.name, tc.date), tc.code)
		}
	}
	// Spans over PETRARCH phrases, matched case-insensitively like PETRARCH.
	words := strings.Fields("The AMBASSADOR met lula da silva in ATHENS")
	var found []string
	for _, s := range k.MatchTokens(words) {
		found = append(found, strings.Join(words[s.Start:s.End], " "))
	}
	if strings.Join(found, "|") != "AMBASSADOR|lula da silva|ATHENS" {
		t.Errorf("spans %q", found)
	}
}

// Adding dictionaries to a clone of the embedded KB keeps dyad's entries.
func TestAddPetrarchExtra(t *testing.T) {
	k := loadKB(t).Clone()
	if err := k.AddPetrarch(strings.NewReader("FRODO_BAGGINS [HOB]\n"), nil, false); err != nil {
		t.Fatal(err)
	}
	if m := first(k.Lookup("Frodo Baggins", "")); m.Actor.Code != "HOB" {
		t.Errorf("Frodo: %v", m)
	}
	if m := first(k.Lookup("Lula", "2024-05-01")); m.Actor.Code != "BRAGOV" {
		t.Errorf("Lula after AddPetrarch: %v", m)
	}
}

func sharedPath(t *testing.T, rel string) string {
	p := filepath.Join("..", "..", "shared", "data", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not available", rel)
	}
	return p
}

func open(t *testing.T, p string) *os.File {
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// The validation suites' own dictionaries load as a replacement KB and their
// entries resolve with the right dates.
func TestPetrarchValidationSuites(t *testing.T) {
	suites := []struct {
		actors, agents string
	}{
		{"event-suites/petrarch2-unit/PETR.Validate.actors.txt", "event-suites/petrarch2-unit/PETR.Validate.agents.txt"},
		{"event-suites/udpetrarch-2_02/PETR_Validate_actors_2_02.txt", "event-suites/udpetrarch-2_02/PETR_Validate_agents_2_02.txt"},
	}
	for _, s := range suites {
		t.Run(filepath.Base(s.actors), func(t *testing.T) {
			k := NewKB()
			if err := k.AddPetrarch(open(t, sharedPath(t, s.actors)), open(t, sharedPath(t, s.agents)), true); err != nil {
				t.Fatal(err)
			}
			tests := []struct{ name, date, code string }{
				{"Israeli troops", "2005-01-01", "ISRMIL"},
				{"Hamas", "", "PSEREBHMS"},
				{"Afghanistan", "", "AFG"},
				{"Australian", "", "AUS"},
				{"Gollum", "1990-01-01", "HOB"},
				{"Smeagol", "1997-03-01", "HOBGOV"},
				{"Stinker", "2005-01-01", "HOBREB"},
				{"ENT", "2000-01-01", "ENT"},
				{"Egypt", "", "UAR"},
				{"foreign minister", "", "GOVFRM"},
				{"media", "", "MED"},
			}
			for _, tc := range tests {
				ms := k.Lookup(tc.name, tc.date)
				if m := first(ms); m.Actor.Code != tc.code || len(ms) == 0 {
					t.Errorf("%s @%q: %v, want %q", tc.name, tc.date, ms, tc.code)
				}
			}
			// The agents differ between the suites (GOVPRS, GOV).
			if m := first(k.Lookup("presidents", "")); !strings.HasPrefix(m.Actor.Code, "GOV") {
				t.Errorf("presidents: %v", m)
			}
		})
	}
}

// dyad's own KB is generated from Phoenix.Countries; reading that file
// directly gives the dated roles PETRARCH would use.
func TestPhoenixCountriesDictionary(t *testing.T) {
	d, err := LoadPetrarchActors(open(t, sharedPath(t, "petrarch-dictionaries/Phoenix.Countries.actors.txt")))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Entries) < 15000 {
		t.Fatalf("%d entries", len(d.Entries))
	}
	k := NewKB()
	if err := k.AddPetrarchDicts(d, nil, true); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, date, code string }{
		{"Luiz Inacio Lula da Silva", "1990-01-01", "BRAELI"},
		{"Lula da Silva", "2005-01-01", "BRAGOV"},
		{"Vladimir Putin", "1995-01-01", "RUSELI"},
		{"Putin", "2004-01-01", "RUSGOV"},
		{"Alvaro Uribe Velez", "2004-01-01", "COLGOV"},
		{"Afghanistan", "", "AFG"},
	}
	for _, tc := range tests {
		if m := first(k.Lookup(tc.name, tc.date)); m.Actor.Code != tc.code {
			t.Errorf("%s @%s: %v, want %s", tc.name, tc.date, k.Lookup(tc.name, tc.date), tc.code)
		}
	}
}
