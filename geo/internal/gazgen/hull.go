package main

import (
	"math"
	"sort"
)

// hullCentroid places a division at the area centroid (equal-area
// projection) of the convex hull of its populated places, after dropping
// the places outside the boxPct-th to (100-boxPct)-th percentile box (stray
// or mis-coded places). A division's places spread over its whole
// territory, thinly where it is empty, so their hull follows its outline
// better than their box or mean, which lean toward where people live
// (southern Ontario, coastal Queensland). ok is false when the places span
// no area (fewer than three, or all on a line); the caller then uses the box.
func hullCentroid(lats, lons []float64, zero []bool) (lat, lon float64, ok bool) {
	if len(lats) < 3 {
		return 0, 0, false
	}
	loLat, hiLat := pctRange(lats)
	loLon, hiLon := pctRange(lons)
	var lonely []bool
	if isolationKm > 0 {
		lonely = isolated(lats, lons, isolationKm)
	}
	pts := make([][2]float64, 0, len(lats))
	for i := range lats {
		if lats[i] < loLat || lats[i] > hiLat || lons[i] < loLon || lons[i] > hiLon || lonely != nil && lonely[i] ||
			hullSkipZero && zero[i] {
			continue
		}
		pts = append(pts, [2]float64{lons[i], lats[i]})
	}
	if len(pts) < 3 {
		return 0, 0, false
	}
	// A division across the 180° meridian (Chukotka, the Aleutians):
	// take its western longitudes one turn east.
	shift := false
	if hiLon-loLon > 180 {
		shift = true
		for i := range pts {
			if pts[i][0] < 0 {
				pts[i][0] += 360
			}
		}
	}
	h := convexHull(pts)
	if len(h) < 3 {
		return 0, 0, false
	}
	h = append(h, h[0])
	a, lat, lon := ringCentroidEqualArea(h)
	if a == 0 || math.IsNaN(lat) || math.IsNaN(lon) {
		return 0, 0, false
	}
	if shift && lon > 180 {
		lon -= 360
	}
	return lat, lon, true
}

// isolationKm, when positive, drops from a division's hull the places with
// fewer than two other places of the division within that distance: stray
// or mis-coded places (a "Hebei" town in Tibet), while the thinly settled
// parts of a division, whose places lie a few hundred kilometres apart,
// stay.
var isolationKm = 500.0

// isolated marks the places with fewer than two others within km. Places
// are counted by one-degree cells, distances taken between cell centres.
func isolated(lats, lons []float64, km float64) []bool {
	type cell struct{ la, lo int }
	cellOf := func(i int) cell { return cell{int(math.Floor(lats[i])), int(math.Floor(lons[i]))} }
	count := map[cell]int{}
	for i := range lats {
		count[cellOf(i)]++
	}
	cells := make([]cell, 0, len(count))
	for c := range count {
		cells = append(cells, c)
	}
	near := map[cell]int{} // places within km of the cell, its own included
	for _, a := range cells {
		for _, b := range cells {
			if cellDistance(a.la, a.lo, b.la, b.lo) <= km {
				near[a] += count[b]
			}
		}
	}
	out := make([]bool, len(lats))
	for i := range lats {
		out[i] = near[cellOf(i)] < 3
	}
	return out
}

// cellDistance is the great-circle distance in km between the centres of
// two one-degree cells.
func cellDistance(la1, lo1, la2, lo2 int) float64 {
	const r = 6371.0
	p1, p2 := (float64(la1)+0.5)*math.Pi/180, (float64(la2)+0.5)*math.Pi/180
	dp, dl := p2-p1, float64(lo2-lo1)*math.Pi/180
	h := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// hullSkipZero leaves out of the hull the places without a population
// figure, many of which GeoNames files under the wrong division.
var hullSkipZero = true

// pctRange is the boxPct-th and (100-boxPct)-th percentiles of xs.
func pctRange(xs []float64) (lo, hi float64) {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)*boxPct/100], s[(len(s)-1)*(100-boxPct)/100]
}

// convexHull is the convex hull of points (x, y) in counter-clockwise
// order, without repeating the first point (Andrew's monotone chain).
// Collinear points on the hull's edges are left out.
func convexHull(pts [][2]float64) [][2]float64 {
	p := append([][2]float64(nil), pts...)
	sort.Slice(p, func(i, j int) bool {
		if p[i][0] != p[j][0] {
			return p[i][0] < p[j][0]
		}
		return p[i][1] < p[j][1]
	})
	// Drop exact duplicates.
	u := p[:0]
	for i, q := range p {
		if i == 0 || q != p[i-1] {
			u = append(u, q)
		}
	}
	p = u
	if len(p) < 3 {
		return p
	}
	cross := func(o, a, b [2]float64) float64 {
		return (a[0]-o[0])*(b[1]-o[1]) - (a[1]-o[1])*(b[0]-o[0])
	}
	h := make([][2]float64, 0, 2*len(p))
	for _, q := range p { // lower hull
		for len(h) >= 2 && cross(h[len(h)-2], h[len(h)-1], q) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, q)
	}
	for i, t := len(p)-2, len(h)+1; i >= 0; i-- { // upper hull
		q := p[i]
		for len(h) >= t && cross(h[len(h)-2], h[len(h)-1], q) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, q)
	}
	return h[:len(h)-1]
}
