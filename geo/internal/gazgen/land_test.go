package main

import (
	"math"
	"os"
	"path/filepath"
	"testing"
)

func TestRingCentroid(t *testing.T) {
	// A 2°×2° square on the equator: centroid in its middle, area 4.
	a, lat, lon := ringCentroid([][2]float64{{10, -1}, {12, -1}, {12, 1}, {10, 1}, {10, -1}})
	if math.Abs(a-4) > 1e-3 || math.Abs(lat) > 1e-9 || math.Abs(lon-11) > 1e-9 {
		t.Errorf("square: area %v centroid %v,%v; want 4 at 0,11", a, lat, lon)
	}
	// An L of three unit squares: the centroid leans to the filled corner.
	_, lat, lon = ringCentroid([][2]float64{{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}, {0, 0}})
	if lat > 0.9 || lon > 0.9 || lat < 0.7 || lon < 0.7 {
		t.Errorf("L shape: centroid %v,%v; want about 0.83,0.83", lat, lon)
	}
}

func TestLandCentroids(t *testing.T) {
	// Country AAA: a large square and a small island (main share 0.9);
	// BBB: two equal islands (share 0.5), which keeps its reference point.
	js := `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"A3":"AAA"},"geometry":{"type":"MultiPolygon","coordinates":[
 [[[0,0],[3,0],[3,3],[0,3],[0,0]]],
 [[[10,0],[11,0],[11,1],[10,1],[10,0]]]]}},
{"type":"Feature","properties":{"A3":"BBB"},"geometry":{"type":"MultiPolygon","coordinates":[
 [[[20,0],[21,0],[21,1],[20,1],[20,0]]],
 [[[30,0],[31,0],[31,1],[30,1],[30,0]]]]}}]}`
	path := filepath.Join(t.TempDir(), "land.json")
	if err := os.WriteFile(path, []byte(js), 0o644); err != nil {
		t.Fatal(err)
	}
	ctry := map[string]*place{"AAA": {lat: 5, lon: 5}, "BBB": {lat: 7, lon: 25}}
	n, err := landCentroids(path, ctry)
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("moved %d countries, want 1", n)
	}
	if a := ctry["AAA"]; math.Abs(a.lat-1.5) > 0.01 || math.Abs(a.lon-1.5) > 0.01 {
		t.Errorf("AAA at %v,%v; want the main square's centre 1.5,1.5", a.lat, a.lon)
	}
	if b := ctry["BBB"]; b.lat != 7 || b.lon != 25 {
		t.Errorf("BBB moved to %v,%v; want its reference point kept", b.lat, b.lon)
	}
}
