package main

import (
	"math"
	"testing"
)

func TestConvexHull(t *testing.T) {
	// A square with points inside and on an edge: the hull is its corners.
	pts := [][2]float64{{0, 0}, {4, 0}, {4, 4}, {0, 4}, {1, 1}, {2, 3}, {2, 0}, {0, 0}}
	h := convexHull(pts)
	if len(h) != 4 {
		t.Fatalf("hull %v, want the 4 corners", h)
	}
	want := map[[2]float64]bool{{0, 0}: true, {4, 0}: true, {4, 4}: true, {0, 4}: true}
	for _, p := range h {
		if !want[p] {
			t.Errorf("hull point %v is not a corner", p)
		}
	}
}

func TestEqualAreaCentroid(t *testing.T) {
	// A box from the equator to 60°N: by area the south weighs more than
	// the north (the band 0-30° is larger than 30-60°), so the centroid
	// lies below the box's middle latitude, while the local projection,
	// which weighs every degree alike, gives about the middle.
	r := [][2]float64{{0, 0}, {10, 0}, {10, 60}, {0, 60}, {0, 0}}
	_, lat, lon := ringCentroidEqualArea(r)
	if lat > 28 || lat < 20 || math.Abs(lon-5) > 1e-6 {
		t.Errorf("equal-area centroid %v,%v; want about 26,5", lat, lon)
	}
	if _, l, _ := ringCentroid(r); math.Abs(l-30) > 1 {
		t.Errorf("local centroid latitude %v, want about 30", l)
	}
}

func TestHullCentroid(t *testing.T) {
	defer func(p int, k float64, z bool) { boxPct, isolationKm, hullSkipZero = p, k, z }(boxPct, isolationKm, hullSkipZero)
	boxPct, isolationKm, hullSkipZero = 0, 500, true
	// Many places crowd the south-east corner of a 10°×10° territory and a
	// few thin ones mark its other corners: the hull's centroid stays near
	// the middle, where the box of places also is but not their mean.
	var lats, lons []float64
	var zero []bool
	add := func(lat, lon float64, z bool) {
		lats, lons, zero = append(lats, lat), append(lons, lon), append(zero, z)
	}
	for i := 0; i < 50; i++ {
		add(40+float64(i%5)*0.1, 20-float64(i/5)*0.1, false)
	}
	for _, c := range [][2]float64{{50, 10}, {49.5, 10.5}, {49, 10}, {50, 20}, {49.5, 19.5}, {49, 20}, {40, 10}, {40.5, 10.5}, {41, 10}} {
		add(c[0], c[1], false)
	}
	lat, lon, ok := hullCentroid(lats, lons, zero)
	if !ok || math.Abs(lat-45) > 1.5 || math.Abs(lon-15) > 1.5 {
		t.Errorf("hull centroid %v,%v,%v; want about 45,15", lat, lon, ok)
	}
	// A stray place far away, and places without population, are left out.
	add(10, 100, false)
	add(-30, -60, true)
	add(-30.5, -60, true)
	add(-30, -60.5, true)
	lat2, lon2, ok := hullCentroid(lats, lons, zero)
	if !ok || math.Abs(lat2-lat) > 1e-9 || math.Abs(lon2-lon) > 1e-9 {
		t.Errorf("with strays: %v,%v,%v; want %v,%v", lat2, lon2, ok, lat, lon)
	}
	// Too few places: no hull.
	if _, _, ok := hullCentroid([]float64{1, 2}, []float64{1, 2}, []bool{false, false}); ok {
		t.Error("two places gave a hull")
	}
}

func TestHullAcrossAntimeridian(t *testing.T) {
	defer func(p int, k float64, z bool) { boxPct, isolationKm, hullSkipZero = p, k, z }(boxPct, isolationKm, hullSkipZero)
	boxPct, isolationKm, hullSkipZero = 0, 500, true
	lats := []float64{65, 66, 67, 65, 66, 67}
	lons := []float64{178, 179, 178.5, -179, -178, -178.5}
	lat, lon, ok := hullCentroid(lats, lons, make([]bool, 6))
	if !ok || math.Abs(lat-66) > 0.5 || math.Abs(math.Abs(lon)-180) > 1.5 {
		t.Errorf("centroid %v,%v,%v; want about 66,±180", lat, lon, ok)
	}
	if m := midLon(lons); math.Abs(math.Abs(m)-180) > 1.5 {
		t.Errorf("midLon = %v, want about ±180", m)
	}
	if m := midLon([]float64{10, 12, 14}); m != 12 {
		t.Errorf("midLon = %v, want 12", m)
	}
}

func TestIsolated(t *testing.T) {
	lats := []float64{45, 45.2, 47, 44, 10}
	lons := []float64{7, 7.3, 9, 6, 100}
	got := isolated(lats, lons, 500)
	for i, want := range []bool{false, false, false, false, true} {
		if got[i] != want {
			t.Errorf("place %d isolated = %v, want %v", i, got[i], want)
		}
	}
}
