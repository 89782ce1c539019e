package geo_test

import (
	"sync"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/geo"
	"github.com/dyadproject/dyad/internal/benchnews"
	"github.com/dyadproject/dyad/pipeline"
)

var (
	setupOnce sync.Once
	upstream  []pipeline.Stage
	tagger    *geo.Tagger
	setupErr  error
)

// annotate runs the standard stages before geo, then the tagger.
func annotate(t testing.TB, d *doc.Document) *doc.Document {
	t.Helper()
	setupOnce.Do(func() {
		var all []pipeline.Stage
		if all, setupErr = pipeline.Standard(pipeline.Options{}); setupErr != nil {
			return
		}
		for _, s := range all {
			if s.Name() == "geo" {
				break
			}
			upstream = append(upstream, s)
		}
		var g *geo.Gazetteer
		if g, setupErr = geo.Load(); setupErr == nil {
			tagger = geo.NewTagger(g)
		}
	})
	if setupErr != nil {
		t.Fatal(setupErr)
	}
	for _, s := range upstream {
		if err := s.Process(d); err != nil {
			t.Fatal(err)
		}
	}
	tagger.Tag(d)
	return d
}

func places(t *testing.T, text string) []doc.Place {
	return annotate(t, &doc.Document{Text: text, Date: "2024-05-03"}).Places
}

func find(ps []doc.Place, text string) *doc.Place {
	for i := range ps {
		if ps[i].Text == text {
			return &ps[i]
		}
	}
	return nil
}

func TestCityInSentence(t *testing.T) {
	text := "Ministers from both countries met in Accra on Friday to discuss the border."
	ps := places(t, text)
	p := find(ps, "Accra")
	if p == nil {
		t.Fatalf("no Accra in %+v", ps)
	}
	if p.Country != "GHA" || p.Feature != "city" || p.GeonameID == 0 || text[p.Start:p.End] != "Accra" {
		t.Errorf("Accra = %+v", *p)
	}
	if geo.Distance(p.Lat, p.Lon, 5.56, -0.2) > 30 {
		t.Errorf("Accra at %.2f,%.2f", p.Lat, p.Lon)
	}
	if len(ps) != 1 {
		t.Errorf("places %+v, want Accra only", ps)
	}
}

func TestMetonymsAndDemonymsAreNotPlaces(t *testing.T) {
	for _, text := range []string{
		"Moscow said on Tuesday it would respond to the new sanctions.",
		"Kenyan officials said the talks would resume next week.",
		"Beijing has warned against any further arms sales.",
	} {
		if ps := places(t, text); len(ps) != 0 {
			t.Errorf("%q: places %+v, want none", text, ps)
		}
	}
	// The same capital as a location stays a place.
	if p := find(places(t, "The delegation arrived in Moscow on Tuesday."), "Moscow"); p == nil || p.Country != "RUS" {
		t.Errorf("Moscow as a location: %+v", p)
	}
}

func TestPersonNamesAreNotPlaces(t *testing.T) {
	text := "Paris Hilton attended the gala, and the audience cheered."
	if p := find(places(t, text), "Paris"); p != nil {
		t.Errorf("%q: Paris tagged %+v", text, *p)
	}
}

func TestParisTexasAndParis(t *testing.T) {
	p := find(places(t, "A tornado damaged dozens of homes in Paris, Texas, on Saturday."), "Paris")
	if p == nil || p.Country != "USA" || p.Admin1 != "Texas" {
		t.Errorf("Paris, Texas = %+v", p)
	}
	p = find(places(t, "Thousands marched through Paris on Saturday against the reform."), "Paris")
	if p == nil || p.Country != "FRA" {
		t.Errorf("Paris = %+v", p)
	}
}

func TestNearbyDivision(t *testing.T) {
	ps := places(t, "Health teams culled hogs at a farm in Pandi, Bulacan on Sunday.")
	p := find(ps, "Pandi")
	if p == nil || p.Country != "PHL" {
		t.Fatalf("Pandi = %+v in %+v", p, ps)
	}
	if b := find(ps, "Bulacan"); b == nil || b.Country != "PHL" {
		t.Errorf("Bulacan = %+v", b)
	}
}

func TestDatelineDisambiguates(t *testing.T) {
	body := "Floods cut roads around Hyderabad on Monday, officials said."
	p := find(places(t, body), "Hyderabad")
	if p == nil || p.Country != "IND" {
		t.Fatalf("Hyderabad without dateline = %+v", p)
	}
	text := "KARACHI - " + body
	d := &doc.Document{Text: text, Date: "2024-05-03", Dateline: &doc.Span{Start: 0, End: 7, Text: "KARACHI"}}
	ps := annotate(t, d).Places
	if p := find(ps, "Hyderabad"); p == nil || p.Country != "PAK" {
		t.Errorf("Hyderabad under a Karachi dateline = %+v", p)
	}
	if p := find(ps, "KARACHI"); p == nil || p.Country != "PAK" || p.Start != 0 {
		t.Errorf("dateline place = %+v", p)
	}
}

func TestCountryAndProvince(t *testing.T) {
	ps := places(t, "Gunmen attacked a convoy in Sindh province, Pakistan, on Thursday.")
	if p := find(ps, "Sindh"); p == nil || p.Feature != "admin1" || p.Country != "PAK" {
		t.Errorf("Sindh = %+v", p)
	}
	if p := find(ps, "Pakistan"); p == nil || p.Feature != "country" || p.Country != "PAK" {
		t.Errorf("Pakistan = %+v", p)
	}
}

func TestOneSensePerDocument(t *testing.T) {
	ps := places(t, "Officials in Paris, Texas, counted the damage. Paris had not seen such a storm since 1982.")
	n := 0
	for _, p := range ps {
		if p.Text == "Paris" {
			n++
			if p.Country != "USA" {
				t.Errorf("second Paris = %+v", p)
			}
		}
	}
	if n != 2 {
		t.Errorf("Paris found %d times in %+v", n, ps)
	}
}

// BenchmarkTag measures the geo stage alone (MB/s of text) on the first 600
// bench-news stories, annotated by the upstream stages outside the timer.
func BenchmarkTag(b *testing.B) {
	var docs []*doc.Document
	size := 0
	for _, r := range benchnews.Stories(b, 600) {
		d := &doc.Document{Text: r.Text, Date: r.Date}
		docs = append(docs, d)
		size += len(r.Text)
	}
	for _, d := range docs {
		annotate(b, d)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	cpu0 := benchnews.CPUTime().Seconds()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			tagger.Tag(d)
		}
		n++
	}
	// On a shared machine wall time overstates the cost; this is the
	// throughput per second of CPU used by the process.
	b.ReportMetric(float64(size)*float64(n)/1e6/(benchnews.CPUTime().Seconds()-cpu0), "MB/cpu-s")
}
