package geo

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"New  York": "new york", "Côte d’Ivoire": "côte d'ivoire", "U.S.": "u.s.", " Lima\n": "lima"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseAndLookup(t *testing.T) {
	src := "# comment\n" +
		"C\t0\tGhana\tGHA\t\t8\t-2\t30000000\t\tRepublic of Ghana\n" +
		"A\t0\tGreater Accra\tGHA\t01\t5.7\t-0.1\t5000000\t\t\n" +
		"P\t2306104\tAccra\tGHA\t01\t5.556\t-0.1969\t1963264\tPPLC\tAkra|Nkran\n"
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(src))
	zw.Close()
	g, err := Parse(&b)
	if err != nil {
		t.Fatal(err)
	}
	if got := g.Lookup("AKRA"); len(got) != 1 || g.Entries[got[0]].ID != 2306104 {
		t.Errorf("Lookup(AKRA) = %v", got)
	}
	if got := g.Lookup("republic of  ghana"); len(got) != 1 || g.Entries[got[0]].Kind != Country {
		t.Errorf("Lookup(republic of ghana) = %v", got)
	}
	if g.Admin1Name("GHA", "01") != "Greater Accra" {
		t.Errorf("admin1 name %q", g.Admin1Name("GHA", "01"))
	}
	if e := g.NearestCity(5.6, -0.2); e == nil || e.Name != "Accra" {
		t.Errorf("nearest %+v", e)
	}
	if _, err := Parse(strings.NewReader("not gzip")); err == nil {
		t.Error("garbage accepted")
	}
}

func TestEmbeddedGazetteer(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[byte]int{}
	for _, e := range g.Entries {
		kinds[e.Kind]++
	}
	if kinds[Country] < 240 || kinds[Admin1] < 3000 || kinds[City] < 150000 {
		t.Errorf("entries by kind %v", kinds)
	}
	if e, ok := g.CountryEntry("KEN"); !ok || e.Name != "Kenya" {
		t.Errorf("KEN = %+v", e)
	}
	if d := Distance(48.8566, 2.3522, 51.5074, -0.1278); d < 330 || d > 360 {
		t.Errorf("Paris-London %.0f km", d)
	}
}
