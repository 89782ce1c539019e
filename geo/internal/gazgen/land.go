package main

import (
	"encoding/json"
	"fmt"
	"math"
)

// landShare is the least share of a country's land area its largest
// polygon must hold for the country to be placed at that polygon's
// centroid (see landCentroids).
var landShare = 0.7

// landProj is the projection the land centroids are taken on: "equal-area"
// (Lambert cylindrical equal-area: x = longitude, y = sine of latitude,
// so that each piece of land weighs by its true area) or "local" (a local
// equirectangular projection scaled at the ring's mean latitude, which
// over-weights the high-latitude parts of a tall country).
var landProj = "equal-area"

// landCentroids moves each country whose main landmass holds at least
// landShare of its land to the area centroid of that landmass; the others
// (archipelagos such as Indonesia or the Philippines) keep their reference
// point. News readers and encyclopaedias place a country near the middle of
// its main territory (the contiguous United States, not a point pulled
// toward Alaska), which the whole-country centroid misses. path is a
// GeoJSON FeatureCollection of country land polygons whose features carry
// the ISO 3166 alpha-3 code in property "A3" (npm @geo-maps/countries-land-10km).
// It returns how many countries were moved.
func landCentroids(path string, ctry map[string]*place) (int, error) {
	var fc struct {
		Features []struct {
			Properties struct{ A3 string }
			Geometry   struct {
				Type        string
				Coordinates json.RawMessage
			}
		}
	}
	if err := readJSON(path, &fc); err != nil {
		return 0, err
	}
	moved := 0
	for _, f := range fc.Features {
		c := ctry[f.Properties.A3]
		if c == nil {
			continue
		}
		var polys [][][][2]float64
		switch f.Geometry.Type {
		case "Polygon":
			var p [][][2]float64
			if err := json.Unmarshal(f.Geometry.Coordinates, &p); err != nil {
				return 0, fmt.Errorf("%s %s: %w", path, f.Properties.A3, err)
			}
			polys = append(polys, p)
		case "MultiPolygon":
			if err := json.Unmarshal(f.Geometry.Coordinates, &polys); err != nil {
				return 0, fmt.Errorf("%s %s: %w", path, f.Properties.A3, err)
			}
		default:
			continue
		}
		var total, best, bestLat, bestLon float64
		for _, p := range polys {
			if len(p) == 0 {
				continue
			}
			a, lat, lon := ringCentroid(p[0]) // outer ring; holes are small
			if landProj == "equal-area" {
				a, lat, lon = ringCentroidEqualArea(p[0])
			}
			total += a
			if a > best {
				best, bestLat, bestLon = a, lat, lon
			}
		}
		if total > 0 && best >= landShare*total {
			c.lat, c.lon = bestLat, bestLon
			moved++
		}
	}
	return moved, nil
}

// ringCentroid is the area (in squared degrees of latitude) and area
// centroid of a closed ring of [lon, lat] points, on a local equirectangular
// projection: longitudes are scaled by the cosine of the ring's mean
// latitude.
func ringCentroid(r [][2]float64) (area, lat, lon float64) {
	if len(r) < 3 {
		return 0, 0, 0
	}
	var mean float64
	for _, p := range r {
		mean += p[1]
	}
	k := math.Cos(mean / float64(len(r)) * math.Pi / 180)
	a, cx, cy := shoelace(r, func(p [2]float64) (float64, float64) { return p[0] * k, p[1] })
	if a == 0 {
		return 0, 0, 0
	}
	return math.Abs(a / 2), cy / (3 * a), cx / (3 * a) / k
}

// ringCentroidEqualArea is the area (in steradians) and area centroid of a
// closed ring of [lon, lat] points on the Lambert cylindrical equal-area
// projection (x = longitude in radians, y = sine of latitude), on which
// areas are true: a square degree near the pole weighs less than one at
// the equator. The centroid is taken on the projection and mapped back.
func ringCentroidEqualArea(r [][2]float64) (area, lat, lon float64) {
	if len(r) < 3 {
		return 0, 0, 0
	}
	const rad = math.Pi / 180
	a, cx, cy := shoelace(r, func(p [2]float64) (float64, float64) { return p[0] * rad, math.Sin(p[1] * rad) })
	if a == 0 {
		return 0, 0, 0
	}
	return math.Abs(a / 2), math.Asin(cy/(3*a)) / rad, cx / (3 * a) / rad
}

// shoelace returns twice the signed area of the closed ring r projected by
// proj, and the sums whose ratios to 3a are its centroid's coordinates.
func shoelace(r [][2]float64, proj func([2]float64) (x, y float64)) (a, cx, cy float64) {
	for i := range r {
		x1, y1 := proj(r[i])
		x2, y2 := proj(r[(i+1)%len(r)])
		cr := x1*y2 - x2*y1
		a += cr
		cx += (x1 + x2) * cr
		cy += (y1 + y2) * cr
	}
	return a, cx, cy
}
