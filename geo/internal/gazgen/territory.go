package main

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
)

// Territory centroids (-centroid territory). A division's populated places
// say where it is, but their hull still leans toward where people live
// when the empty part of a division has no place at all (the far north of
// Ontario, the Queensland outback). With its country's land polygons at
// hand, the division's territory is approximated instead: the country's
// land is cut into cells of territoryStep degrees, each cell goes to the
// division of the nearest populated place of the country (a Voronoi
// partition of the land by the places), and the division stands at the
// area centroid of its cells. Encyclopaedias place a province near the
// middle of its territory, which this follows where the hull cannot.

// territoryStep is the side of a land cell, in degrees.
var territoryStep = 0.1

// territoryMinCells is the least number of land cells a division must get
// for its territory centroid to be used; smaller divisions keep their hull
// centroid, which the coarse land outline cannot improve on.
var territoryMinCells = 50

// territoryMaxKm is how far from the nearest populated place of its
// country a land cell may lie and still be claimed: land farther away
// (overseas territories that GeoNames files under their own codes, such
// as New Caledonia in France's polygons) belongs to none of its divisions.
var territoryMaxKm = 500.0

// territoryStrayMin is the least number of places a division must have for
// its isolated places to be taken for strays (see territorySites).
var territoryStrayMin = 10

// territoryKinds are the kinds of division placed by their territory: "A"
// first-level, "AB" first- and second-level.
var territoryKinds = "A"

// site is a populated place that claims land for its divisions.
type site struct {
	lat, lon float64
	div      [2]string // admin1 key ("US.TX") and admin2 key ("US.TX.453")
}

// landPolygons reads the land polygons of every country (ISO alpha-3 →
// polygons, each a list of rings of [lon, lat] points) from a GeoJSON
// FeatureCollection whose features carry the code in property "A3".
func landPolygons(path string) (map[string][][][][2]float64, error) {
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
		return nil, err
	}
	out := map[string][][][][2]float64{}
	for _, f := range fc.Features {
		var polys [][][][2]float64
		switch f.Geometry.Type {
		case "Polygon":
			var p [][][2]float64
			if err := json.Unmarshal(f.Geometry.Coordinates, &p); err != nil {
				return nil, fmt.Errorf("%s %s: %w", path, f.Properties.A3, err)
			}
			polys = append(polys, p)
		case "MultiPolygon":
			if err := json.Unmarshal(f.Geometry.Coordinates, &polys); err != nil {
				return nil, fmt.Errorf("%s %s: %w", path, f.Properties.A3, err)
			}
		default:
			continue
		}
		out[f.Properties.A3] = append(out[f.Properties.A3], polys...)
	}
	return out, nil
}

// landCells calls fn with the centre of every cell of step degrees whose
// centre lies inside the polygons (even-odd rule over all rings, so that
// holes are left out).
func landCells(polys [][][][2]float64, step float64, fn func(lat, lon float64)) {
	type edge struct{ x1, y1, x2, y2 float64 }
	var edges []edge
	minY, maxY := math.Inf(1), math.Inf(-1)
	for _, p := range polys {
		for _, r := range p {
			for i := range r {
				a, b := r[i], r[(i+1)%len(r)]
				if a[1] == b[1] {
					continue
				}
				edges = append(edges, edge{a[0], a[1], b[0], b[1]})
				minY, maxY = math.Min(minY, math.Min(a[1], b[1])), math.Max(maxY, math.Max(a[1], b[1]))
			}
		}
	}
	if len(edges) == 0 {
		return
	}
	var xs []float64
	for row := math.Floor(minY / step); (row+0.5)*step <= maxY; row++ {
		y := (row + 0.5) * step
		xs = xs[:0]
		for _, e := range edges {
			if (e.y1 <= y) != (e.y2 <= y) {
				xs = append(xs, e.x1+(y-e.y1)*(e.x2-e.x1)/(e.y2-e.y1))
			}
		}
		sort.Float64s(xs)
		for k := 0; k+1 < len(xs); k += 2 {
			for col := math.Ceil(xs[k]/step - 0.5); (col+0.5)*step < xs[k+1]; col++ {
				fn(y, (col+0.5)*step)
			}
		}
	}
}

// siteIndex finds the site nearest a point among one country's sites,
// bucketed by one-degree cells.
type siteIndex struct {
	sites []site
	cells map[[2]int][]int
}

func newSiteIndex(sites []site) *siteIndex {
	ix := &siteIndex{sites: sites, cells: map[[2]int][]int{}}
	for i, s := range sites {
		k := [2]int{int(math.Floor(s.lat)), int(math.Floor(s.lon))}
		ix.cells[k] = append(ix.cells[k], i)
	}
	return ix
}

// nearest is the index of the site nearest (lat, lon), on a local
// equirectangular approximation, and its distance in km, or -1 when the
// country has none. The search widens ring by ring of one-degree cells
// until no unsearched cell can hold a nearer site.
func (ix *siteIndex) nearest(lat, lon float64) (int, float64) {
	if len(ix.sites) == 0 {
		return -1, 0
	}
	k := math.Cos(lat * math.Pi / 180)
	d2 := func(s site) float64 {
		dx := (s.lon - lon) * k
		if dx > 180*k {
			dx -= 360 * k
		} else if dx < -180*k {
			dx += 360 * k
		}
		dy := s.lat - lat
		return dx*dx + dy*dy
	}
	cl, co := int(math.Floor(lat)), int(math.Floor(lon))
	best, bd := -1, math.Inf(1)
	for r := 0; r <= 360; r++ {
		// Every site in ring r lies at least (r-1) degrees of latitude,
		// or (r-1)·k of scaled longitude, away.
		if best >= 0 {
			lim := float64(r-1) * math.Min(1, math.Max(k, 0.05))
			if lim > 0 && lim*lim > bd {
				break
			}
		}
		for dl := -r; dl <= r; dl++ {
			for dc := -r; dc <= r; dc++ {
				if max(abs(dl), abs(dc)) != r {
					continue
				}
				c := co + dc
				c = ((c+180)%360+360)%360 - 180
				for _, i := range ix.cells[[2]int{cl + dl, c}] {
					if d := d2(ix.sites[i]); d < bd {
						best, bd = i, d
					}
				}
			}
		}
		if r > 60 && best >= 0 {
			break
		}
	}
	return best, math.Sqrt(bd) * 111.2
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// territoryCentroids places each division listed in adm (keyed "US.TX" or
// "US.TX.453") that gets at least territoryMinCells land cells at the area
// centroid of its Voronoi territory (see the comment at the top of this
// file). sites are the populated places of each country (ISO alpha-3),
// already filtered. It returns the number of divisions placed.
func territoryCentroids(polys map[string][][][][2]float64, sites map[string][]site, adm map[string]*place) int {
	type acc struct {
		x, y, z float64
		n       int
	}
	sum := map[string]*acc{}
	add := func(key string, lat, lon float64) {
		a := sum[key]
		if a == nil {
			a = &acc{}
			sum[key] = a
		}
		phi, lam := lat*math.Pi/180, lon*math.Pi/180
		w := math.Cos(phi) // a cell's area shrinks with the cosine of its latitude
		a.x += w * math.Cos(phi) * math.Cos(lam)
		a.y += w * math.Cos(phi) * math.Sin(lam)
		a.z += w * math.Sin(phi)
		a.n++
	}
	isos := make([]string, 0, len(sites))
	for iso := range sites {
		isos = append(isos, iso)
	}
	sort.Strings(isos)
	for _, iso := range isos {
		p := polys[iso]
		if len(p) == 0 {
			continue
		}
		ix := newSiteIndex(sites[iso])
		landCells(p, territoryStep, func(lat, lon float64) {
			if i, km := ix.nearest(lat, lon); i >= 0 && km <= territoryMaxKm {
				s := ix.sites[i]
				add(s.div[0], lat, lon)
				if territoryKinds == "AB" && s.div[1] != "" {
					add(s.div[1], lat, lon)
				}
			}
		})
	}
	placed := 0
	for key, a := range sum {
		d := adm[key]
		if d == nil || a.n < territoryMinCells {
			continue
		}
		d.lat = math.Atan2(a.z, math.Hypot(a.x, a.y)) * 180 / math.Pi
		d.lon = math.Atan2(a.y, a.x) * 180 / math.Pi
		placed++
	}
	return placed
}

// territorySites keeps the places that claim land: those with a
// population figure and, in a division of at least territoryStrayMin
// such places, not isolated from the others (fewer than two of them within
// isolationKm: mis-coded places such as "Hebei" villages in Tibet would
// otherwise claim a province's worth of land for Hebei). A division with
// fewer places keeps them all: Turkana's two towns, 200 km apart, are its
// territory's only claim against its crowded neighbours.
func territorySites(all map[string][]site) map[string][]site {
	out := map[string][]site{}
	for iso, ss := range all {
		byDiv := map[string][]int{}
		for i, s := range ss {
			byDiv[s.div[0]] = append(byDiv[s.div[0]], i)
		}
		keep := make([]bool, len(ss))
		for _, idx := range byDiv {
			lats, lons := make([]float64, len(idx)), make([]float64, len(idx))
			for j, i := range idx {
				lats[j], lons[j] = ss[i].lat, ss[i].lon
			}
			lonely := make([]bool, len(idx))
			if isolationKm > 0 && len(idx) >= territoryStrayMin {
				lonely = isolated(lats, lons, isolationKm)
			}
			for j, i := range idx {
				keep[i] = !lonely[j]
			}
		}
		for i, s := range ss {
			if keep[i] {
				out[iso] = append(out[iso], s)
			}
		}
	}
	return out
}
