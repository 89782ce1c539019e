package eval

import (
	"fmt"
	"net/url"
	"os"
	"path"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/geo"
)

// countryMention is one gold toponym of GeoVirus that names a country.
type countryMention struct {
	half     int // 0: dev-a or test-a (article index mod 4 = 0 or 1), 1: dev-b or test-b
	iso3     string
	lat, lon float64
}

// goldCountryMentions finds the gold toponyms of the documents whose
// Wikipedia page is a country's name in g ("Georgia (country)" counts,
// "Georgia (U.S. state)" does not).
func goldCountryMentions(g *geo.Gazetteer, docs []GeoDoc) []countryMention {
	var out []countryMention
	for _, d := range docs {
		half := 0
		if d.Index%4 >= 2 {
			half = 1
		}
		for _, gd := range d.Gold {
			title := strings.TrimSuffix(pageTitle(gd.Page), " (country)")
			if strings.Contains(title, "(") { // "Georgia (U.S. state)"
				continue
			}
			if iso := countryNamed(g, title); iso != "" {
				out = append(out, countryMention{half, iso, gd.Lat, gd.Lon})
			}
		}
	}
	return out
}

// pageTitle is the title of a Wikipedia address: ".../wiki/South_Sudan" → "South Sudan".
func pageTitle(page string) string {
	t, err := url.PathUnescape(path.Base(page))
	if err != nil {
		t = path.Base(page)
	}
	return strings.ReplaceAll(t, "_", " ")
}

// countryNamed is the ISO code of the country the name stands for in g, or "".
func countryNamed(g *geo.Gazetteer, name string) string {
	for _, i := range g.Lookup(name) {
		if e := &g.Entries[i]; e.Kind == geo.Country {
			return e.Country
		}
	}
	return ""
}

// capitals maps each country to its most populous national capital (PPLC) in g.
func capitals(g *geo.Gazetteer) map[string]*geo.Entry {
	out := map[string]*geo.Entry{}
	for i := range g.Entries {
		e := &g.Entries[i]
		if e.Kind == geo.City && e.FCode == "PPLC" && (out[e.Country] == nil || e.Pop > out[e.Country].Pop) {
			out[e.Country] = e
		}
	}
	return out
}

// TestGeoCountryPoints compares the points that GeoVirus dev's annotators
// give country mentions with candidate conventions (set
// DYAD_GEO_COUNTRY=dev): the embedded gazetteer's country points, the
// capitals, and the country points of other gazetteer files built by gazgen
// with other options (DYAD_GEO_COUNTRY_ALT="label=path,label=path"). For
// each it prints, per half, the mentions and the distinct countries within
// 161 km, and the mentions within 5 km (the annotators' very point).
// DYAD_GEO_COUNTRY=test scores the test split instead, to report once a
// choice made on dev is final.
func TestGeoCountryPoints(t *testing.T) {
	split := os.Getenv("DYAD_GEO_COUNTRY")
	if split != "dev" && split != "test" {
		t.Skip("set DYAD_GEO_COUNTRY=dev (or test, once a choice is final) to compare country-point conventions on GeoVirus")
	}
	docs := geoVirusDocs(t)
	dev, err := SplitGeoDocs(docs, split)
	if err != nil {
		t.Fatal(err)
	}
	g, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	ms := goldCountryMentions(g, dev)
	type convention struct {
		name  string
		point func(iso string) (lat, lon float64, ok bool)
	}
	fromGaz := func(gz *geo.Gazetteer) func(string) (float64, float64, bool) {
		return func(iso string) (float64, float64, bool) {
			e, ok := gz.CountryEntry(iso)
			if !ok {
				return 0, 0, false
			}
			return e.Lat, e.Lon, true
		}
	}
	caps := capitals(g)
	convs := []convention{
		{"embedded gazetteer", fromGaz(g)},
		{"capital", func(iso string) (float64, float64, bool) {
			e := caps[iso]
			if e == nil {
				return 0, 0, false
			}
			return e.Lat, e.Lon, true
		}},
	}
	if alt := os.Getenv("DYAD_GEO_COUNTRY_ALT"); alt != "" {
		for _, kv := range strings.Split(alt, ",") {
			label, p, ok := strings.Cut(kv, "=")
			if !ok {
				t.Fatalf("DYAD_GEO_COUNTRY_ALT: %q is not label=path", kv)
			}
			af, err := os.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			gz, err := geo.Parse(af)
			af.Close()
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			convs = append(convs, convention{label, fromGaz(gz)})
		}
	}
	fmt.Printf("| convention | %[1]s-a mentions | %[1]s-b mentions | %[1]s mentions | %[1]s countries | %[1]s mentions within 5 km |\n", split)
	fmt.Println("| --- | --- | --- | --- | --- | --- |")
	for _, c := range convs {
		var within, total [3]int
		exact := 0                // mentions within 5 km: the annotators' very point
		ctry := map[string]bool{} // country → within 161 km (first mention's gold point)
		for _, m := range ms {
			lat, lon, ok := c.point(m.iso3)
			dist := geo.Distance(lat, lon, m.lat, m.lon)
			in := ok && dist <= 161
			if ok && dist <= 5 {
				exact++
			}
			for _, k := range []int{m.half, 2} {
				total[k]++
				if in {
					within[k]++
				}
			}
			if _, seen := ctry[m.iso3]; !seen {
				ctry[m.iso3] = in
			}
		}
		nc := 0
		for _, in := range ctry {
			if in {
				nc++
			}
		}
		cell := func(k int) string {
			return fmt.Sprintf("%d/%d (%.1f%%)", within[k], total[k], 100*float64(within[k])/float64(max(total[k], 1)))
		}
		fmt.Printf("| %s | %s | %s | %s | %d/%d | %d |\n", c.name, cell(0), cell(1), cell(2), nc, len(ctry), exact)
	}
	// The embedded gazetteer's misses by country, most mentions first.
	miss := map[string]int{}
	for _, m := range ms {
		e, ok := g.CountryEntry(m.iso3)
		if !ok || geo.Distance(e.Lat, e.Lon, m.lat, m.lon) > 161 {
			miss[m.iso3]++
		}
	}
	keys := make([]string, 0, len(miss))
	for k := range miss {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return miss[keys[i]] > miss[keys[j]] || miss[keys[i]] == miss[keys[j]] && keys[i] < keys[j]
	})
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, " %s %d", k, miss[k])
	}
	fmt.Println("embedded gazetteer, " + split + " mentions beyond 161 km by country:" + b.String())
}

func TestPageTitle(t *testing.T) {
	for in, want := range map[string]string{
		"https://en.wikipedia.org/wiki/Democratic_Republic_of_the_Congo": "Democratic Republic of the Congo",
		"https://en.wikipedia.org/wiki/C%C3%B4te_d%27Ivoire":             "Côte d'Ivoire",
		"https://en.wikipedia.org/wiki/Georgia_(country)":                "Georgia (country)",
	} {
		if got := pageTitle(in); got != want {
			t.Errorf("pageTitle(%q) = %q, want %q", in, got, want)
		}
	}
}
