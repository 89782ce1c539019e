package eval

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/geo"
	"github.com/dyadproject/dyad/pipeline"
)

// GeoGold is one gold toponym: a byte span and its coordinates.
type GeoGold struct {
	Start, End int
	Name       string
	Lat, Lon   float64
	Page       string
}

// GeoDoc is one GeoVirus-style article.
type GeoDoc struct {
	Index int // 0-based order in the file
	Text  string
	Gold  []GeoGold
}

// ReadGeoXML reads GeoVirus-style XML (<articles><article><text>…</text>
// <locations><location><name/><start/><end/><lat/><lon/><page/>…). The
// offsets in the file count characters (runes); they are converted to
// bytes. A location whose offsets do not cover its name is re-anchored to
// the nearest occurrence of the name, or dropped when the name is absent.
func ReadGeoXML(r io.Reader) ([]GeoDoc, error) {
	var x struct {
		Articles []struct {
			Text      string `xml:"text"`
			Locations []struct {
				Name  string  `xml:"name"`
				Start int     `xml:"start"`
				End   int     `xml:"end"`
				Lat   float64 `xml:"lat"`
				Lon   float64 `xml:"lon"`
				Page  string  `xml:"page"`
			} `xml:"locations>location"`
		} `xml:"article"`
	}
	if err := xml.NewDecoder(r).Decode(&x); err != nil {
		return nil, fmt.Errorf("geo xml: %w", err)
	}
	docs := make([]GeoDoc, 0, len(x.Articles))
	for i, a := range x.Articles {
		d := GeoDoc{Index: i, Text: a.Text}
		bytesAt := runeToByte(a.Text)
		for _, l := range a.Locations {
			g := GeoGold{Name: l.Name, Lat: l.Lat, Lon: l.Lon, Page: l.Page, Start: -1}
			if l.Start >= 0 && l.End <= len(bytesAt)-1 && l.Start < l.End {
				g.Start, g.End = bytesAt[l.Start], bytesAt[l.End]
			}
			if g.Start < 0 || a.Text[g.Start:g.End] != l.Name {
				g.Start = nearest(a.Text, l.Name, g.Start)
				if g.Start < 0 {
					continue
				}
				g.End = g.Start + len(l.Name)
			}
			d.Gold = append(d.Gold, g)
		}
		sort.Slice(d.Gold, func(i, j int) bool { return d.Gold[i].Start < d.Gold[j].Start })
		docs = append(docs, d)
	}
	return docs, nil
}

// runeToByte maps each rune offset (and the end) to its byte offset.
func runeToByte(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// nearest is the byte offset of the occurrence of name closest to near, or -1.
func nearest(text, name string, near int) int {
	best := -1
	for from := 0; ; {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return best
		}
		i += from
		if best < 0 || abs(i-near) < abs(best-near) {
			best = i
		}
		from = i + 1
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// SplitGeoDocs keeps the dev (even index), test (odd index) or all articles;
// dev-a (index mod 4 = 0) and dev-b (index mod 4 = 2) are the halves of dev.
func SplitGeoDocs(docs []GeoDoc, split string) ([]GeoDoc, error) {
	var out []GeoDoc
	for _, d := range docs {
		switch split {
		case "all":
		case "dev":
			if d.Index%2 != 0 {
				continue
			}
		case "test":
			if d.Index%2 != 1 {
				continue
			}
		case "dev-a": // half of dev to develop on
			if d.Index%4 != 0 {
				continue
			}
		case "dev-b": // the other half, to check that a change carries over
			if d.Index%4 != 2 {
				continue
			}
		default:
			return nil, fmt.Errorf("split %q: want dev, dev-a, dev-b, test or all", split)
		}
		out = append(out, d)
	}
	return out, nil
}

// GeoScore is the geoparsing measure.
type GeoScore struct {
	Docs      int
	Toponyms  PRF       // span overlap, one-to-one
	Errors    []float64 // km, one per matched toponym
	Within161 int       // matched toponyms resolved within 161 km (100 miles)
	// Country accuracy over matched toponyms whose prediction has a country
	// (continents and world regions have none and are left out).
	CountryGold, CountryCorrect int
	// ByFeature counts matched toponyms and those within 161 km by the
	// predicted entry's feature (country, admin1, city, other).
	ByFeature map[string]*[2]int
	// ByGoldKind counts the same by the gold toponym's kind (GoldKind).
	ByGoldKind map[string]*[2]int
}

// GoldKind guesses what a gold toponym names from the gazetteer: the
// feature (country, admin1, city, other) of the entry with the gold name
// nearest to the gold point, if it lies within 500 km; else "unknown"
// (names the gazetteer lacks or holds only elsewhere). A populated place
// wins a tie (within 1 km) with the division of the same name around it
// (the district of Accra stands where Accra does).
func GoldKind(g *geo.Gazetteer, name string, lat, lon float64) string {
	best, bd := "unknown", 500.0
	for _, c := range g.Lookup(name) {
		e := &g.Entries[c]
		d := geo.Distance(lat, lon, e.Lat, e.Lon)
		if d < bd-1 || d < bd+1 && d < 500 && e.Kind == geo.City {
			best, bd = e.Feature(), math.Min(d, bd)
		}
	}
	return best
}

func countGeo(m *map[string]*[2]int, key string, within bool) {
	if *m == nil {
		*m = map[string]*[2]int{}
	}
	if (*m)[key] == nil {
		(*m)[key] = &[2]int{}
	}
	(*m)[key][0]++
	if within {
		(*m)[key][1]++
	}
}

// Acc161 is the share of matched toponyms within 161 km.
func (s GeoScore) Acc161() float64 {
	if len(s.Errors) == 0 {
		return 0
	}
	return float64(s.Within161) / float64(len(s.Errors))
}

// MedianKm is the median error of matched toponyms.
func (s GeoScore) MedianKm() float64 {
	if len(s.Errors) == 0 {
		return 0
	}
	e := append([]float64(nil), s.Errors...)
	sort.Float64s(e)
	if n := len(e); n%2 == 1 {
		return e[n/2]
	} else {
		return (e[n/2-1] + e[n/2]) / 2
	}
}

// CountryAcc is the country accuracy.
func (s GeoScore) CountryAcc() float64 {
	if s.CountryGold == 0 {
		return 0
	}
	return float64(s.CountryCorrect) / float64(s.CountryGold)
}

// GoldCountry derives a gold toponym's country: the country of the
// gazetteer's populated place nearest to its coordinate ("" when none lies
// within about five degrees, as over open sea).
func GoldCountry(g *geo.Gazetteer, lat, lon float64) string {
	if e := g.NearestCity(lat, lon); e != nil {
		return e.Country
	}
	return ""
}

// ScoreGeoDoc adds one article: gold toponyms are matched one-to-one to
// overlapping predicted places in text order.
func (s *GeoScore) ScoreGeoDoc(g *geo.Gazetteer, gold []GeoGold, pred []doc.Place) {
	s.Docs++
	s.Toponyms.Gold += len(gold)
	s.Toponyms.Pred += len(pred)
	used := make([]bool, len(pred))
	for _, gl := range gold {
		for j, p := range pred {
			if used[j] || p.Start >= gl.End || gl.Start >= p.End {
				continue
			}
			used[j] = true
			s.Toponyms.Correct++
			km := geo.Distance(gl.Lat, gl.Lon, p.Lat, p.Lon)
			s.Errors = append(s.Errors, km)
			countGeo(&s.ByFeature, p.Feature, km <= 161)
			countGeo(&s.ByGoldKind, GoldKind(g, gl.Name, gl.Lat, gl.Lon), km <= 161)
			if km <= 161 {
				s.Within161++
			}
			if p.Country != "" {
				if gc := GoldCountry(g, gl.Lat, gl.Lon); gc != "" {
					s.CountryGold++
					if gc == p.Country {
						s.CountryCorrect++
					}
				}
			}
			break
		}
	}
}

// GeoStages returns the standard stages that run before geoparsing.
func GeoStages() ([]pipeline.Stage, error) {
	all, i, err := standardUpTo("geo")
	if err != nil {
		return nil, err
	}
	return all[:i], nil
}

// ScoreGeo annotates the articles (upstream stages, then t) and scores them.
// A non-nil trace receives one line per error for error analysis.
func ScoreGeo(t *geo.Tagger, docs []GeoDoc, trace io.Writer) (GeoScore, error) {
	var s GeoScore
	stages, err := GeoStages()
	if err != nil {
		return s, err
	}
	for _, gd := range docs {
		d := &doc.Document{ID: fmt.Sprint("geovirus-", gd.Index), Text: gd.Text}
		for _, st := range stages {
			if err := st.Process(d); err != nil {
				return s, fmt.Errorf("article %d: %s: %w", gd.Index, st.Name(), err)
			}
		}
		t.Tag(d)
		s.ScoreGeoDoc(t.Gazetteer(), gd.Gold, d.Places)
		if trace != nil {
			traceGeo(trace, t.Gazetteer(), gd, d.Places)
		}
	}
	return s, nil
}

func traceGeo(w io.Writer, g *geo.Gazetteer, gd GeoDoc, pred []doc.Place) {
	for _, gl := range gd.Gold {
		hit := false
		for _, p := range pred {
			if p.Start < gl.End && gl.Start < p.End {
				hit = true
				km := geo.Distance(gl.Lat, gl.Lon, p.Lat, p.Lon)
				if km > 161 {
					fmt.Fprintf(w, "FAR\t%d\t%s\t%.0fkm\tpred %s %s %s (%.2f,%.2f)\tgold %s (%.2f,%.2f)\n", gd.Index, gl.Name, km, p.Name, p.Country, p.Feature, p.Lat, p.Lon, gl.Page, gl.Lat, gl.Lon)
				}
				break
			}
		}
		if !hit {
			fmt.Fprintf(w, "MISS\t%d\t%s\t%s\t%q\n", gd.Index, gl.Name, gl.Page, context(gd.Text, gl.Start, gl.End))
		}
	}
	for _, p := range pred {
		hit := false
		for _, gl := range gd.Gold {
			if p.Start < gl.End && gl.Start < p.End {
				hit = true
				break
			}
		}
		if !hit {
			fmt.Fprintf(w, "SPURIOUS\t%d\t%s\t%s %s %s\t%q\n", gd.Index, p.Text, p.Name, p.Country, p.Feature, context(gd.Text, p.Start, p.End))
		}
	}
}

func context(text string, start, end int) string {
	a, b := max(0, start-40), min(len(text), end+40)
	for a > 0 && !utf8.RuneStart(text[a]) {
		a--
	}
	for b < len(text) && !utf8.RuneStart(text[b]) {
		b++
	}
	return text[a:start] + "[" + text[start:end] + "]" + text[end:b]
}

// RunGeo scores dyad's geoparser on a GeoVirus-style XML file, on the dev
// (even-numbered articles), test (odd) or all split, and writes the report.
func RunGeo(path, split string, w io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	docs, err := ReadGeoXML(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if docs, err = SplitGeoDocs(docs, split); err != nil {
		return err
	}
	g, err := geo.Load()
	if err != nil {
		return err
	}
	var trace io.Writer
	if p := os.Getenv("DYAD_GEO_TRACE"); p != "" {
		tf, err := os.Create(p)
		if err != nil {
			return err
		}
		defer tf.Close()
		trace = tf
	}
	s, err := ScoreGeo(geo.NewTagger(g), docs, trace)
	if err != nil {
		return err
	}
	WriteGeoReport(w, path, split, s)
	return nil
}

// WriteGeoReport prints the measure.
func WriteGeoReport(w io.Writer, path, split string, s GeoScore) {
	fmt.Fprintf(w, "geoparsing %s (split %s, %d articles)\n", path, split, s.Docs)
	fmt.Fprintf(w, "toponyms   P %6.2f  R %6.2f  F1 %6.2f  (gold %d, predicted %d, matched %d; span overlap)\n",
		100*s.Toponyms.P(), 100*s.Toponyms.R(), 100*s.Toponyms.F1(), s.Toponyms.Gold, s.Toponyms.Pred, s.Toponyms.Correct)
	fmt.Fprintf(w, "resolution acc@161km %6.2f  median error %.1f km  (over %d matched)\n", 100*s.Acc161(), s.MedianKm(), len(s.Errors))
	fmt.Fprintf(w, "acc@161km by predicted feature:")
	for _, f := range []string{"country", "admin1", "city", "other"} {
		if c := s.ByFeature[f]; c != nil && c[0] > 0 {
			fmt.Fprintf(w, "  %s %.2f (%d)", f, 100*float64(c[1])/float64(c[0]), c[0])
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "acc@161km by gold kind:")
	for _, f := range []string{"country", "admin1", "city", "other", "unknown"} {
		if c := s.ByGoldKind[f]; c != nil && c[0] > 0 {
			fmt.Fprintf(w, "  %s %.2f (%d)", f, 100*float64(c[1])/float64(c[0]), c[0])
		}
	}
	fmt.Fprintln(w, "  (kind of the gazetteer entry of the gold name nearest the gold point)")
	fmt.Fprintf(w, "country    acc %6.2f  (over %d matched toponyms with a predicted country; gold country = nearest gazetteer place)\n",
		100*s.CountryAcc(), s.CountryGold)
}
