package actor

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/internal/benchnews"
)

func loadKB(t testing.TB) *KB {
	t.Helper()
	k, err := LoadKB()
	if err != nil {
		t.Fatalf("LoadKB: %v", err)
	}
	return k
}

// first returns the first match, or a zero Match.
func first(ms []Match) Match {
	if len(ms) == 0 {
		return Match{}
	}
	return ms[0]
}

// People with dated roles: the role in force at the date decides the code;
// out of office they are elites (ELI) of their country.
func TestLookupDatedRoles(t *testing.T) {
	k := loadKB(t)
	tests := []struct {
		name, date string
		code       string // code of the first match
		status     string
		role       string // substring of the role, "" = any
		id         string // KB id, "" = any
	}{
		{"Lula", "2024-05-01", "BRAGOV", StatusInOffice, "President", "Q37181"},
		{"Lula", "2015-06-01", "BRAELI", StatusFormer, "former President", "Q37181"},
		{"Lula", "2007-03-10", "BRAGOV", StatusInOffice, "President", "Q37181"},
		{"Luiz Inácio Lula da Silva", "2024-05-01", "BRAGOV", StatusInOffice, "President", "Q37181"},
		{"luiz inacio lula da silva", "2024-05-01", "BRAGOV", StatusInOffice, "President", "Q37181"},
		{"Lula da Silva", "1995-01-01", "BRAELI", StatusInOffice, "elite", "Q37181"}, // Phoenix: an elite before 2000
		{"Álvaro Uribe", "2024-01-01", "COLELI", StatusFormer, "former President", "Q187413"},
		{"Alvaro Uribe", "2005-01-01", "COLGOV", StatusInOffice, "President", "Q187413"},
		{"Putin", "2010-01-01", "RUSGOV", StatusInOffice, "Prime Minister", "Q7747"},
		{"Putin", "2020-06-01", "RUSGOV", StatusInOffice, "President", "Q7747"},
		{"Vladimir Putin", "2003-01-01", "RUSGOV", StatusInOffice, "President", "Q7747"},
		{"Putin's", "2010-01-01", "RUSGOV", StatusInOffice, "Prime Minister", "Q7747"},
		{"Ruto", "2024-01-01", "KENGOV", StatusInOffice, "President", "Q195725"},
		{"William Ruto", "2015-01-01", "KENGOV", StatusInOffice, "Vice", "Q195725"},
		{"Prabowo", "2025-03-01", "IDNGOV", StatusInOffice, "President", "Q2107268"},
		{"Prabowo Subianto", "2020-03-01", "IDNGOV", StatusInOffice, "Defence", "Q2107268"},
		{"Trump", "2019-07-04", "USAGOV", StatusInOffice, "President", "Q22686"},
		{"Trump", "2022-01-01", "USAELI", StatusFormer, "former President", "Q22686"},
		{"Donald Trump", "2025-06-01", "USAGOV", StatusInOffice, "President", "Q22686"},
		{"Biden", "2025-06-01", "USAELI", StatusFormer, "", ""},
		{"Merz", "2025-06-01", "DEUGOV", StatusInOffice, "Chancellor", ""}, // factbook, after the Wikidata snapshot
		{"Zelensky", "2024-01-01", "UKRGOV", StatusInOffice, "President", "Q3874799"},
		{"Sergei Lavrov", "2024-01-01", "RUSGOV", StatusInOffice, "Foreign", ""},
		{"Lloyd Austin", "2023-01-01", "USAGOV", StatusInOffice, "Defen", ""},
		{"Kofi Annan", "2000-01-01", "IGOUNO", StatusInOffice, "Secretary-General", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name+"@"+tc.date, func(t *testing.T) {
			ms := k.Lookup(tc.name, tc.date)
			m := first(ms)
			if m.Actor.Code != tc.code || m.Status != tc.status || m.Kind != KindPerson {
				t.Fatalf("Lookup(%q, %s) = %v; want %s %s", tc.name, tc.date, ms, tc.code, tc.status)
			}
			if tc.role != "" && !strings.Contains(m.Role, tc.role) {
				t.Errorf("role %q, want it to contain %q", m.Role, tc.role)
			}
			if tc.id != "" && m.Actor.ID != tc.id {
				t.Errorf("id %q, want %q", m.Actor.ID, tc.id)
			}
			if !strings.HasPrefix(tc.code, "IGO") && m.Actor.Country != tc.code[:3] {
				t.Errorf("country %q, want %q", m.Actor.Country, tc.code[:3])
			}
		})
	}
}

// With no date every role is listed, most recent first.
func TestLookupAnyDate(t *testing.T) {
	k := loadKB(t)
	ms := k.Lookup("Putin", "")
	if len(ms) < 4 {
		t.Fatalf("Putin any date: %d roles, want ≥ 4: %v", len(ms), ms)
	}
	if ms[0].End != "" || ms[0].Status != StatusAnyDate {
		t.Errorf("first role should be the open one: %v", ms[0])
	}
}

func TestLookupNames(t *testing.T) {
	k := loadKB(t)
	tests := []struct {
		name    string
		kind    Kind
		code    string
		country string
	}{
		{"Kenya", KindCountry, "KEN", "KEN"},
		{"the Netherlands", KindCountry, "NLD", "NLD"},
		{"Holland", KindCountry, "NLD", "NLD"},
		{"US", KindCountry, "USA", "USA"},
		{"U.S.", KindCountry, "USA", "USA"},
		{"America", KindCountry, "USA", "USA"},
		{"Britain", KindCountry, "GBR", "GBR"},
		{"UK", KindCountry, "GBR", "GBR"},
		{"Ivory Coast", KindCountry, "CIV", "CIV"},
		{"Côte d'Ivoire", KindCountry, "CIV", "CIV"},
		{"Cote d’Ivoire", KindCountry, "CIV", "CIV"},
		{"DRC", KindCountry, "COD", "COD"},
		{"Congo-Kinshasa", KindCountry, "COD", "COD"},
		{"Türkiye", KindCountry, "TUR", "TUR"},
		{"Turkiye", KindCountry, "TUR", "TUR"},
		{"Timor-Leste", KindCountry, "TMP", "TLS"}, // CAMEO code differs from ISO
		{"Kosovo", KindCountry, "KSV", "XKX"},
		{"Brazilian", KindNationality, "BRA", "BRA"},
		{"Kenyans", KindNationality, "KEN", "KEN"},
		{"Emirati", KindNationality, "ARE", "ARE"},
		{"Filipino", KindNationality, "PHL", "PHL"},
		{"Burkinabe", KindNationality, "BFA", "BFA"},
		{"Ivorian", KindNationality, "CIV", "CIV"},
		{"Moscow", KindCapital, "RUSGOV", "RUS"},
		{"the Kremlin", KindCapital, "RUSGOV", "RUS"},
		{"Kremlin", KindCapital, "RUSGOV", "RUS"},
		{"Washington", KindCapital, "USAGOV", "USA"},
		{"the White House", KindCapital, "USAGOV", "USA"},
		{"the Pentagon", KindCapital, "USAMIL", "USA"},
		{"Beijing", KindCapital, "CHNGOV", "CHN"},
		{"Brasília", KindCapital, "BRAGOV", "BRA"},
		{"Brasilia", KindCapital, "BRAGOV", "BRA"},
		{"Pretoria", KindCapital, "ZAFGOV", "ZAF"},
		{"Downing Street", KindCapital, "GBRGOV", "GBR"},
		{"Quai d'Orsay", KindCapital, "FRAGOV", "FRA"},
		{"Latin America", KindRegion, "LAM", "LAM"},
		{"the Middle East", KindRegion, "MEA", "MEA"},
		{"Middle East", KindRegion, "MEA", "MEA"},
		{"Africa", KindRegion, "AFR", "AFR"},
		{"Europe", KindRegion, "EUR", "EUR"},
		{"Asia", KindRegion, "ASA", "ASA"},
		{"the West", KindRegion, "WST", "WST"},
		{"the Gulf", KindRegion, "PGS", "PGS"},
		{"the Sahel", KindRegion, "WAF", "WAF"},
		{"the Balkans", KindRegion, "BLK", "BLK"},
		{"the Caucasus", KindRegion, "CAU", "CAU"},
		{"United Nations", KindOrg, "IGOUNO", "UNO"},
		{"UN", KindOrg, "IGOUNO", "UNO"},
		{"UN Security Council", KindOrg, "IGOUNO", "UNO"},
		{"UNHCR", KindOrg, "IGOUNOREFHCR", "UNO"},
		{"WHO", KindOrg, "IGOUNOHLHWHO", "UNO"},
		{"IAEA", KindOrg, "IGOUNOIAE", "UNO"},
		{"NATO", KindOrg, "IGOWSTNAT", "NAT"},
		{"Nato", KindOrg, "IGOWSTNAT", "NAT"},
		{"European Union", KindOrg, "IGOEUREEC", "EEC"},
		{"African Union", KindOrg, "IGOAFRAFU", "AFU"},
		{"ASEAN", KindOrg, "IGOSEAASN", "ASN"},
		{"OPEC", KindOrg, "IGOBUSOPC", "OPC"},
		{"International Criminal Court", KindOrg, "IGOJUDICC", "ICC"},
		{"IMF", KindOrg, "IGOBUSIMF", "IMF"},
		{"World Bank", KindOrg, "IGODEVWBK", "WBK"},
		{"BRICS", KindOrg, "IGOBRC", "BRC"},
		{"Arab League", KindOrg, "IGOMEAARL", "ARL"},
		{"ECOWAS", KindOrg, "IGOWAFWAS", "WAS"},
		{"Red Cross", KindOrg, "NGOHLHIRC", "IRC"},
		{"Amnesty International", KindOrg, "NGOHRIAMN", "AMN"},
		{"Doctors Without Borders", KindOrg, "NGOHLHMSF", "MSF"},
		{"Xinhua", KindMedia, "CHNMED", "CHN"},
		{"TASS", KindMedia, "RUSMED", "RUS"},
		{"RIA Novosti", KindMedia, "RUSMED", "RUS"},
		{"Reuters", KindMedia, "GBRMED", "GBR"},
		{"AFP", KindMedia, "FRAMED", "FRA"},
		{"Associated Press", KindMedia, "USAMED", "USA"},
		{"government", KindSector, "GOV", ""},
		{"troops", KindSector, "MIL", ""},
		{"police", KindSector, "COP", ""},
		{"rebels", KindSector, "REB", ""},
		{"opposition", KindSector, "OPP", ""},
		{"lawmakers", KindSector, "LEG", ""},
		{"refugees", KindSector, "REF", ""},
		{"protesters", KindSector, "CVL", ""},
		{"foreign minister", KindTitle, "GOV", ""},
		{"Defence Minister", KindTitle, "GOV", ""},
		{"general", KindTitle, "MIL", ""},
		{"former", KindModifier, "ELI", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := k.Lookup(tc.name, "2024-05-01")
			for _, m := range ms {
				if m.Kind == tc.kind && m.Actor.Code == tc.code && m.Actor.Country == tc.country {
					return
				}
			}
			t.Errorf("Lookup(%q) = %v; want a %s %s (country %q)", tc.name, ms, tc.kind, tc.code, tc.country)
		})
	}
}

// Short acronyms match only in capitals; shared names are marked ambiguous.
func TestLookupCaseAndAmbiguity(t *testing.T) {
	k := loadKB(t)
	for _, q := range []string{"us", "who", "un"} {
		for _, m := range k.Lookup(q, "") {
			if m.Kind == KindCountry || m.Kind == KindOrg {
				t.Errorf("Lookup(%q) found %v: lowercase must not match an acronym", q, m)
			}
		}
	}
	ms := k.Lookup("Congo", "")
	codes := map[string]bool{}
	for _, m := range ms {
		if m.Kind == KindCountry {
			codes[m.Actor.Code] = true
			if !m.Ambiguous {
				t.Errorf("Congo → %v should be marked ambiguous", m)
			}
		}
	}
	if !codes["COD"] || !codes["COG"] {
		t.Errorf("Congo: want both COD and COG, got %v", ms)
	}
	if ms := k.Lookup("Unheard-of Person Name", "2024-01-01"); len(ms) != 0 {
		t.Errorf("unknown name gave %v", ms)
	}
	if ms := k.Lookup("Lula", "2024-13-45"); ms != nil {
		t.Errorf("bad date gave %v", ms)
	}
}

func TestExplain(t *testing.T) {
	k := loadKB(t)
	tests := []struct {
		name, date string
		want       []string
	}{
		{"Lula", "2015-06-01", []string{"BRAELI", "no role in force on 2015-06-01", "former President", "persons.tsv"}},
		{"Lula", "2024-05-01", []string{"BRAGOV", "President (HOS) in force 2023-01-01"}},
		{"Putin", "2010-01-01", []string{"Prime Minister (HOG)", "2008-05-08"}},
		{"the Kremlin", "", []string{"capital-metonym", "RUSGOV", "countries.tsv"}},
		{"who", "", []string{"no KB entry", "capitals"}},
	}
	for _, tc := range tests {
		got := k.Explain(tc.name, tc.date)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("Explain(%q, %q) lacks %q:\n%s", tc.name, tc.date, w, got)
			}
		}
	}
}

func TestMatchTokens(t *testing.T) {
	k := loadKB(t)
	words := strings.Fields("Kenyan President William Ruto met Brazil 's Lula in Brasília as the UN Security Council and the WHO said us troops left Guinea-Bissau")
	spans := k.MatchTokens(words)
	got := map[string]Kind{}
	for _, s := range spans {
		got[strings.Join(words[s.Start:s.End], " ")] = s.Hits[0].Kind
	}
	want := map[string]Kind{
		"Kenyan": KindNationality, "President": KindTitle, "William Ruto": KindPerson, "Brazil": KindCountry,
		"Lula": KindPerson, "Brasília": KindCapital, "UN Security Council": KindOrg, "WHO": KindOrg,
		"troops": KindSector, "Guinea-Bissau": KindCountry,
	}
	for text, kind := range want {
		if got[text] != kind {
			t.Errorf("span %q: kind %v, want %v (spans %v)", text, got[text], kind, got)
		}
	}
	for text := range got {
		if text == "us" || text == "said" {
			t.Errorf("unexpected span %q", text)
		}
	}
	// A span resolves at a date like Lookup.
	for _, s := range spans {
		if strings.Join(words[s.Start:s.End], " ") == "William Ruto" {
			if m := first(k.SpanMatches(s, "2024-05-01")); m.Actor.Code != "KENGOV" {
				t.Errorf("William Ruto at 2024-05-01: %v", m)
			}
		}
	}
	// Split tokenisation of hyphens and possessives.
	words = []string{"Guinea", "-", "Bissau", "and", "Russia", "'s", "army"}
	spans = k.MatchTokens(words)
	if len(spans) < 2 || spans[0].Start != 0 || spans[0].End != 3 {
		t.Errorf("Guinea - Bissau: %+v", spans)
	}
}

// A name with a possessive inside matches whether the segmenter splits the
// "'s" off or not, and a peer's title is nobody's surname.
func TestMatchTokensPossessiveInsideName(t *testing.T) {
	k := loadKB(t)
	for _, words := range [][]string{
		{"rebels", "of", "the", "Lord", "'s", "Resistance", "Army", "attacked"},
		{"rebels", "of", "the", "Lord", "’s", "Resistance", "Army", "attacked"},
		{"rebels", "of", "the", "Lord's", "Resistance", "Army", "attacked"},
	} {
		spans := k.MatchTokens(words)
		ok := false
		for _, s := range spans {
			if words[s.Start] == "Lord" || words[s.Start] == "Lord's" {
				ok = s.End == len(words)-1 && s.Hits[0].Kind == KindArmedGroup
			}
		}
		if !ok {
			t.Errorf("%q: spans %+v, want the armed group over Lord … Army", strings.Join(words, " "), spans)
		}
	}
	// Still two names when the possessive joins two of them.
	words := []string{"Brazil", "'s", "Lula", "spoke"}
	if spans := k.MatchTokens(words); len(spans) != 2 {
		t.Errorf("Brazil 's Lula: %+v", spans)
	}
	for _, m := range k.Lookup("Lord", "2005-06-01") {
		if m.Kind == KindPerson {
			t.Errorf("Lord alone resolves to a person: %+v", m)
		}
	}
}

// The committed index must be the one the committed sources compile to.
func TestEmbeddedKBMatchesSources(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the whole KB")
	}
	data, err := CompileKB(filepath.Join("..", "data", "kb"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, embeddedKB) {
		t.Fatalf("actor/kb.bin.zst is stale: run `go run ./actor/internal/kbgen -gen=false` (compiled %d bytes, embedded %d)", len(data), len(embeddedKB))
	}
}

func TestKBStats(t *testing.T) {
	k := loadKB(t)
	st := k.Stats()
	for key, min := range map[string]int{"entries.country": 240, "entries.person": 40000, "entries.org": 600, "roles.wikidata": 50000, "roles.factbook": 1000} {
		n := 0
		for _, c := range st[key] {
			n = n*10 + int(c-'0')
		}
		if n < min {
			t.Errorf("%s = %s, want ≥ %d", key, st[key], min)
		}
	}
	if st["latest_role_date"] < "2025-12-01" {
		t.Errorf("latest role date %s: want the factbook's 2026 data", st["latest_role_date"])
	}
}

// Bad source rows fail the build with file:line.
func TestCompileErrors(t *testing.T) {
	base := map[string]string{
		"countries.tsv": "# test\niso3\tcameo\tiso2\tname\tnames\tadjectives\tcapitals\tseats\tsource\n" +
			"KEN\t\tKE\tKenya\t\tKenyan\tNairobi\t\tt\nUGA\t\tUG\tUganda\t\tUgandan\tKampala\t\tt\n",
		"persons.tsv": "id\tname\tcountry\tnames\tsource\nQ1\tJane Doe\tKEN\tDoe\tt\n",
		"roles.tsv":   "id\tcode\ttitle\tclass\tstart\tend\tsource\nQ1\tKENGOV\tPresident\tHOS\t2020-01-01\t2022-01-01\tt\n",
	}
	tests := []struct {
		name  string
		file  string
		extra string
		want  string
	}{
		{"ok", "", "", ""},
		{"alias conflict", "countries.tsv", "TZA\t\tTZ\tTanzania\tKenya\t\t\t\tt\n", "countries.tsv:5: alias \"Kenya\" gives TZA"},
		{"shared alias marked", "countries.tsv", "TZA\t\tTZ\tTanzania\t\t*Kenyan\t\t\tt\n", "countries.tsv:3: alias \"Kenyan\" gives KEN"},
		{"end before start", "roles.tsv", "Q1\tKENGOV\tMinister\tCABINET\t2010-05-01\t2009-01-01\tt\n", "roles.tsv:3: end 2009-01-01 before start 2010-05-01"},
		{"bad date", "roles.tsv", "Q1\tKENGOV\tMinister\tCABINET\t2010-02-30\t\tt\n", "roles.tsv:3: start: date \"2010-02-30\": day out of range"},
		{"unknown country", "persons.tsv", "Q2\tJohn Roe\tXYZ\t\tt\n", "persons.tsv:3: unknown country code \"XYZ\""},
		{"unknown role country", "roles.tsv", "Q1\tXYZGOV\tMinister\tCABINET\t\t\tt\n", "roles.tsv:3: code \"XYZGOV\": unknown country \"XYZ\""},
		{"role for nobody", "roles.tsv", "Q9\tKENGOV\tMinister\tCABINET\t\t\tt\n", "roles.tsv:3: role for unknown person \"Q9\""},
		{"field count", "persons.tsv", "Q3\tJoe\tKEN\n", "persons.tsv:3: 3 fields, header has 5"},
		{"person conflict", "persons.tsv", "Q1\tJane Doe\tUGA\t\tt\n", "persons.tsv:3: duplicate id \"Q1\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, text := range base {
				if name == tc.file {
					text += tc.extra
				}
				if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			k, err := BuildKB(dir)
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if m := first(k.Lookup("Doe", "2021-01-01")); m.Actor.Code != "KENGOV" {
					t.Errorf("Doe: %v", m)
				}
				return
			}
			if tc.name == "shared alias marked" {
				// Only one side starred: still an error, naming the unstarred row.
				if err == nil || !strings.Contains(err.Error(), "Kenyan") {
					t.Fatalf("want an error about Kenyan, got %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v\nwant it to contain %q", err, tc.want)
			}
		})
	}
	// Both rows starring the shared name build.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "countries.tsv"), []byte(
		"iso3\tname\tnames\tsource\nCOD\tDR Congo\t*Congo\tt\nCOG\tRepublic of the Congo\t*Congo\tt\n"), 0o644)
	k, err := BuildKB(dir)
	if err != nil {
		t.Fatal(err)
	}
	if ms := k.Lookup("Congo", ""); len(ms) != 2 || !ms[0].Ambiguous {
		t.Errorf("Congo: %v", ms)
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	k := loadKB(t)
	data, err := EncodeKB(k)
	if err != nil {
		t.Fatal(err)
	}
	k2, err := DecodeKB(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"Lula", "Kenya", "NATO", "the Kremlin"} {
		a, b := k.Lookup(q, "2024-05-01"), k2.Lookup(q, "2024-05-01")
		if len(a) != len(b) || (len(a) > 0 && a[0].Actor != b[0].Actor) {
			t.Errorf("%s: %v vs %v", q, a, b)
		}
	}
	if _, err := DecodeKB(data[:len(data)/2]); err == nil {
		t.Error("truncated index decoded without error")
	}
	if _, err := DecodeKB([]byte("not gzip")); err == nil {
		t.Error("garbage decoded without error")
	}
}

func TestLoadKBConcurrent(t *testing.T) {
	done := make(chan *KB, 4)
	for i := 0; i < 4; i++ {
		go func() {
			k, _ := LoadKB()
			k.Lookup("Lula", "2024-05-01")
			k.MatchTokens([]string{"Kenyan", "President", "William", "Ruto"})
			done <- k
		}()
	}
	k := <-done
	for i := 1; i < 4; i++ {
		if <-done != k {
			t.Fatal("LoadKB returned different KBs")
		}
	}
	if err := k.AddPetrarch(strings.NewReader("X [KEN]\n"), nil, false); err != ErrSharedKB {
		t.Errorf("AddPetrarch on the shared KB: %v", err)
	}
}

func BenchmarkLoadKB(b *testing.B) {
	b.ReportAllocs()
	cpu0 := benchnews.CPUTime().Seconds()
	for i := 0; i < b.N; i++ {
		if _, err := DecodeKB(embeddedKB); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((benchnews.CPUTime().Seconds()-cpu0)/float64(b.N)*1000, "cpu-ms/op")
}

// simpleWords splits on spaces and punctuation (keeping hyphens, dots and
// apostrophes inside words), as a stand-in for the real tokenizer.
func simpleWords(s string, out []string) []string {
	out = out[:0]
	start := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		word := c >= 0x80 || c == '-' || c == '.' || c == '\'' || ('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
		if word {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// BenchmarkMatchTokens measures dictionary matching over real news,
// tokenisation included; bytes/s is text bytes per second on one core.
func BenchmarkMatchTokens(b *testing.B) {
	texts := benchnews.Texts(b)
	k := loadKB(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	var words []string
	spans := 0
	cpu0 := benchnews.CPUTime().Seconds()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			words = simpleWords(t, words)
			spans += len(k.MatchTokens(words))
		}
	}
	// The machine is shared: MB per CPU-second of this process is the
	// per-core figure, whatever else runs beside it.
	if cpu := benchnews.CPUTime().Seconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/cpu, "MB/cpu-s")
	}
	b.ReportMetric(float64(spans)/float64(b.N), "spans/op")
}

func TestPrimaryRoleCode(t *testing.T) {
	for in, want := range map[string]string{
		"TURGOVMIL": "TURGOV",    // a defence minister, as "Turkish Defence Minister" codes him
		"ZWEGOVBUS": "ZWEGOV",    // a trade minister
		"USAGOVLEG": "USALEG",    // the Speaker of the House
		"IGOUNOWHO": "IGOUNOWHO", // an organisation's code is its own
		"USAGOV":    "USAGOV",
		"PSEREBHMS": "PSEREBHMS",
	} {
		if got := primaryRoleCode(in); got != want {
			t.Errorf("primaryRoleCode(%s) = %s, want %s", in, got, want)
		}
	}
	// and the embedded KB holds no such code for a dated office
	if m := first(loadKB(t).Lookup("Newt Gingrich", "1997-04-01")); m.Actor.Code != "USALEG" {
		t.Errorf("Newt Gingrich in 1997: %+v, want USALEG", m)
	}
}
