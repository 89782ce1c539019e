package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/geo"
)

// TestGeoIter scores the current geo tagger on both halves of GeoVirus dev
// from upstream annotations cached in a file (DYAD_GEO_ITER=FILE: written
// on the first run, read afterwards), so that a change to package geo is
// measured in seconds rather than minutes. DYAD_GEO_ITER_TRACE=FILE writes
// dev-a's errors (the half rules are developed on). The test split is
// never read. Delete the cache when an upstream stage changes.
func TestGeoIter(t *testing.T) {
	cache := os.Getenv("DYAD_GEO_ITER")
	if cache == "" {
		t.Skip("set DYAD_GEO_ITER=FILE to score the geo tagger on cached dev annotations")
	}
	docs := geoVirusDocs(t)
	names := []string{"dev-a", "dev-b"}
	gold := make([][]GeoDoc, len(names))
	for h, n := range names {
		gold[h], _ = SplitGeoDocs(docs, n)
	}
	var ann [][]*doc.Document
	if b, err := os.ReadFile(cache); err == nil {
		if err := json.Unmarshal(b, &ann); err != nil {
			t.Fatalf("%s: %v", cache, err)
		}
	} else {
		stages, err := GeoStages()
		if err != nil {
			t.Fatal(err)
		}
		ann = make([][]*doc.Document, len(names))
		for h := range names {
			for _, gd := range gold[h] {
				d := &doc.Document{ID: fmt.Sprint("geovirus-", gd.Index), Text: gd.Text}
				for _, st := range stages {
					if err := st.Process(d); err != nil {
						t.Fatal(err)
					}
				}
				ann[h] = append(ann[h], d)
			}
		}
		b, err := json.Marshal(ann)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(cache, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	g, err := geo.Load()
	if err != nil {
		t.Fatal(err)
	}
	tg := geo.NewTagger(g)
	var tr *os.File
	if p := os.Getenv("DYAD_GEO_ITER_TRACE"); p != "" {
		if tr, err = os.Create(p); err != nil {
			t.Fatal(err)
		}
		defer tr.Close()
	}
	for vi, v := range geoIterVariants() {
		tg.W = v.w
		fmt.Println(v.name)
		for h := range names {
			var s GeoScore
			for i, d := range ann[h] {
				tg.Tag(d)
				s.ScoreGeoDoc(g, gold[h][i].Gold, d.Places)
				if tr != nil && h == traceHalf() && vi == 0 {
					traceGeo(tr, g, gold[h][i], d.Places)
				}
			}
			fmt.Printf("  %s\tP %.2f R %.2f F1 %.2f\tacc@161 %.2f\tmedian %.1f km\tcountry %.2f\n", names[h],
				100*s.Toponyms.P(), 100*s.Toponyms.R(), 100*s.Toponyms.F1(), 100*s.Acc161(), s.MedianKm(), 100*s.CountryAcc())
		}
	}
}

// geoIterVariants are the weights TestGeoIter compares; the first is the
// default and the one traced.
func geoIterVariants() []geoVariant {
	vs := []geoVariant{{"default", geo.DefaultWeights}}
	add := func(name string, vals []float64, set func(*geo.Weights, float64)) {
		for _, v := range vals {
			w := geo.DefaultWeights
			set(&w, v)
			vs = append(vs, geoVariant{fmt.Sprintf("%s=%g", name, v), w})
		}
	}
	if os.Getenv("DYAD_GEO_ITER_SWEEP") == "" {
		return vs
	}
	add("Pop", []float64{0.7, 0.85, 1.15, 1.3}, func(w *geo.Weights, v float64) { w.Pop = v })
	add("Country", []float64{2, 3, 5, 6}, func(w *geo.Weights, v float64) { w.Country = v })
	add("Admin1", []float64{0, 2, 3}, func(w *geo.Weights, v float64) { w.Admin1 = v })
	add("Admin2", []float64{-2, 0}, func(w *geo.Weights, v float64) { w.Admin2 = v })
	add("Capital", []float64{0.5, 2.5, 3.5}, func(w *geo.Weights, v float64) { w.Capital = v })
	add("AdminSeat", []float64{0, 1, 1.5}, func(w *geo.Weights, v float64) { w.AdminSeat = v })
	add("Primary", []float64{0, 0.5, 2}, func(w *geo.Weights, v float64) { w.Primary = v })
	add("DocCtry", []float64{2, 3, 5, 6}, func(w *geo.Weights, v float64) { w.DocCtry = v })
	add("Dateline", []float64{0, 3}, func(w *geo.Weights, v float64) { w.Dateline = v })
	add("Nearby", []float64{5, 15}, func(w *geo.Weights, v float64) { w.Nearby = v })
	add("DocAdmin1", []float64{0, 2}, func(w *geo.Weights, v float64) { w.DocAdmin1 = v })
	add("DocNear", []float64{0, 1, 3}, func(w *geo.Weights, v float64) { w.DocNear = v })
	add("Cue", []float64{2, 6}, func(w *geo.Weights, v float64) { w.Cue = v })
	add("WeakPop", []float64{30000, 300000}, func(w *geo.Weights, v float64) { w.WeakPop = int64(v) })
	add("Isolated", []float64{0, 10000, 30000, 300000, 1000000}, func(w *geo.Weights, v float64) { w.Isolated = int64(v) })
	add("Known", []float64{0, 5, 20}, func(w *geo.Weights, v float64) { w.Known = int(v) })
	return vs
}

// traceHalf is the half TestGeoIter traces: dev-a unless
// DYAD_GEO_ITER_TRACE_B is set (to check a change that moved dev-b).
func traceHalf() int {
	if os.Getenv("DYAD_GEO_ITER_TRACE_B") != "" {
		return 1
	}
	return 0
}
