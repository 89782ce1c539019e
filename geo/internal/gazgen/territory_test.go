package main

import (
	"math"
	"os"
	"path/filepath"
	"testing"
)

func TestLandCells(t *testing.T) {
	// A 2°×1° rectangle with a 1°×0.5° hole: 200 - 50 cells of 0.1°.
	poly := [][][2]float64{
		{{0, 0}, {2, 0}, {2, 1}, {0, 1}, {0, 0}},
		{{0.5, 0.25}, {1.5, 0.25}, {1.5, 0.75}, {0.5, 0.75}, {0.5, 0.25}},
	}
	n := 0
	landCells([][][][2]float64{poly}, 0.1, func(lat, lon float64) {
		n++
		if lat < 0 || lat > 1 || lon < 0 || lon > 2 {
			t.Errorf("cell %v,%v outside the rectangle", lat, lon)
		}
		if lat > 0.25 && lat < 0.75 && lon > 0.5 && lon < 1.5 {
			t.Errorf("cell %v,%v inside the hole", lat, lon)
		}
	})
	if n != 150 {
		t.Errorf("%d cells, want 150", n)
	}
}

func TestSiteIndexNearest(t *testing.T) {
	ix := newSiteIndex([]site{{lat: 10, lon: 10}, {lat: 10, lon: 14}, {lat: 40, lon: 179.5}})
	for _, c := range []struct {
		lat, lon float64
		want     int
	}{{10, 11.9, 0}, {10, 12.1, 1}, {30, 12.5, 1}, {40, -179.5, 2}} {
		if got, _ := ix.nearest(c.lat, c.lon); got != c.want {
			t.Errorf("nearest(%v, %v) = %d, want %d", c.lat, c.lon, got, c.want)
		}
	}
	if got, _ := newSiteIndex(nil).nearest(0, 0); got != -1 {
		t.Errorf("nearest without sites = %d, want -1", got)
	}
}

// A country of one 4°×2° rectangle on the equator: division A's places
// crowd its western end, B's single place stands at the eastern end. The
// land between goes to whichever place is nearer (the boundary at
// longitude 2.25), so A stands near the middle of its half, not among its
// places, where the hull of those places would put it. An island 4,000 km
// away, with no place, belongs to neither (an overseas territory).
func TestTerritoryCentroids(t *testing.T) {
	js := `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"A3":"AAA"},"geometry":{"type":"MultiPolygon","coordinates":[
 [[[0,-1],[4,-1],[4,1],[0,1],[0,-1]]],
 [[[40,-1],[41,-1],[41,1],[40,1],[40,-1]]]]}}]}`
	path := filepath.Join(t.TempDir(), "land.json")
	if err := os.WriteFile(path, []byte(js), 0o644); err != nil {
		t.Fatal(err)
	}
	polys, err := landPolygons(path)
	if err != nil {
		t.Fatal(err)
	}
	adm := map[string]*place{"AA.A": {lat: 9, lon: 9}, "AA.B": {lat: 9, lon: 9}, "AA.C": {lat: 9, lon: 9}}
	sites := map[string][]site{"AAA": {
		{lat: -0.5, lon: 0.5, div: [2]string{"AA.A", ""}},
		{lat: 0, lon: 1, div: [2]string{"AA.A", ""}},
		{lat: 0.5, lon: 0.5, div: [2]string{"AA.A", ""}},
		{lat: 0, lon: 3.5, div: [2]string{"AA.B", ""}},
	}}
	if n := territoryCentroids(polys, sites, adm); n != 2 {
		t.Errorf("placed %d divisions, want 2", n)
	}
	if a := adm["AA.A"]; math.Abs(a.lat) > 0.05 || math.Abs(a.lon-1.12) > 0.1 {
		t.Errorf("A at %.3f,%.3f; want about 0,1.12", a.lat, a.lon)
	}
	if b := adm["AA.B"]; math.Abs(b.lat) > 0.05 || math.Abs(b.lon-3.12) > 0.1 {
		t.Errorf("B at %.3f,%.3f; want about 0,3.12", b.lat, b.lon)
	}
	if c := adm["AA.C"]; c.lat != 9 || c.lon != 9 {
		t.Errorf("C, with no place, moved to %v,%v", c.lat, c.lon)
	}
}

func TestTerritorySitesDropsStrays(t *testing.T) {
	// Ten places of A together and one far away: the stray claims no
	// land. B's two places, far apart, are all it has: both stay.
	var ss []site
	for i := 0; i < 10; i++ {
		ss = append(ss, site{lat: 10 + float64(i)/10, lon: 10, div: [2]string{"AA.A", ""}})
	}
	ss = append(ss, site{lat: 30, lon: 40, div: [2]string{"AA.A", ""}},
		site{lat: -10, lon: 10, div: [2]string{"AA.B", ""}}, site{lat: -20, lon: 10, div: [2]string{"AA.B", ""}})
	got := territorySites(map[string][]site{"AAA": ss})["AAA"]
	if len(got) != 12 {
		t.Errorf("%d sites kept, want 12", len(got))
	}
	for _, s := range got {
		if s.lat == 30 {
			t.Errorf("the stray of A kept: %+v", s)
		}
	}
}
