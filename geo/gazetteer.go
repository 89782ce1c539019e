// Package geo is dyad's geoparsing stage: it finds toponyms in a document
// and resolves each to a gazetteer entry with coordinates (d.Places).
//
// The gazetteer (gazetteer.go) is embedded from data/geo: every country,
// first- and second-level administrative division, a few world regions and
// physical features (seas, islands, mountain ranges) and
// the GeoNames populated places of 500 people or more, with Latin-script
// alternate names. The tagger (tagger.go) runs after the segment, syntax,
// actor and timex stages: it matches gazetteer names over capitalised token
// sequences, drops names that are people, adjectives or metonyms used as
// actors ("Moscow said"), and picks one entry per name by population and
// feature priors, the document's countries, divisions and nearby towns,
// the dateline, neighbouring places ("Pandi, Bulacan", "Fulton County
// located in Illinois") and cue words ("Sindh province"), one sense per
// document. See docs/GEO.md.
package geo

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	geodata "github.com/dyadproject/dyad/data/geo"
	"github.com/dyadproject/dyad/model"
)

// Kinds of gazetteer entries.
const (
	Country = 'C' // a country or territory
	Admin1  = 'A' // first-level division (state, province, region)
	Admin2  = 'B' // second-level division (county, district, province in some countries)
	City    = 'P' // populated place
	Region  = 'R' // continent or world region
)

// Entry is one gazetteer place.
type Entry struct {
	ID      int    // GeoNames id; 0 for countries, divisions and regions
	Kind    byte   // Country, Admin1, Admin2, City or Region
	Names   uint16 // how many other names the gazetteer lists for it (Latin-script exonyms and variants)
	Name    string // preferred name
	Country string // ISO 3166 alpha-3; "" for regions
	Admin1  string // GeoNames admin1 code within the country
	Lat     float64
	Lon     float64
	Pop     int64  // population (for divisions and countries: sum of their places)
	FCode   string // GeoNames feature code for places (PPLC = capital)
}

// Feature is the entry's kind as doc.Place.Feature names it.
func (e *Entry) Feature() string {
	switch e.Kind {
	case Country:
		return "country"
	case Admin1:
		return "admin1"
	case City:
		return "city"
	}
	return "other"
}

// Gazetteer is an in-memory gazetteer with a name index. It is read-only
// once loaded and safe for concurrent use.
type Gazetteer struct {
	Entries  []Entry
	index    *nameIndex       // folded name → entries
	admin1   map[string]int32 // "USA.TX" → admin1 entry
	country  map[string]int32 // ISO alpha-3 → country entry
	maxWords int              // words in the longest name
	grid     map[[2]int16][]int32

	initialsOnce sync.Once
	initials     map[string][]int32 // "NSW" → New South Wales (see Initials)

	capitalOnce sync.Once
	capitals    map[string]int32 // ISO alpha-3 → its capital (see Capital)
}

var (
	loadOnce sync.Once
	loaded   *Gazetteer
	loadErr  error
)

// Load returns the embedded gazetteer, parsed once per process.
func Load() (*Gazetteer, error) {
	loadOnce.Do(func() {
		loaded, loadErr = Parse(model.BytesReader(geodata.Gazetteer))
		if loadErr != nil {
			loadErr = fmt.Errorf("geo: embedded gazetteer: %w", loadErr)
		}
	})
	return loaded, loadErr
}

// Parse reads a gazetteer in the gazgen format (zstd-compressed TSV;
// gzip is read too).
func Parse(r io.Reader) (*Gazetteer, error) {
	g, all, keys, plain, err := parseEntries(r)
	if err != nil {
		return nil, err
	}
	g.index = g.indexNames(all, keys, plain)
	return g, nil
}

// parseEntries reads the gazetteer's entries and returns the folded keys
// to index: spans of all, the names as written and the plain spellings
// (see indexNames).
func parseEntries(r io.Reader) (g *Gazetteer, all string, keys, plain []nameSpan, err error) {
	// Names are substrings of one string, and folded keys of another, so
	// that loading allocates a handful of large blocks, not a million
	// small strings.
	text, err := model.DecompressString(r)
	if err != nil {
		return nil, "", nil, nil, err
	}
	g = &Gazetteer{
		admin1:  map[string]int32{},
		country: map[string]int32{},
		grid:    map[[2]int16][]int32{},
	}
	lines := strings.Count(text, "\n") + 1
	g.Entries = make([]Entry, 0, lines)
	// At most one key a line and one an alternate name (a line's
	// alternates are one more than its '|'), so that keys never grows.
	keys = make([]nameSpan, 0, 2*lines+strings.Count(text, "|"))
	folded := make([]byte, 0, len(text)/2)
	addKey := func(name string, idx int32) {
		off := len(folded)
		folded = foldAppend(folded, name)
		if len(folded) > off {
			keys = append(keys, nameSpan{int32(off), int32(len(folded)), idx})
		}
	}
	// A name also without its marks ("Binh Phuoc"), when it has any: the
	// preferred name of every entry, and the other names of countries and
	// divisions (GeoNames' other names of places usually include such
	// spellings already).
	addPlain := func(name string, idx int32) {
		if isASCII(name) {
			return
		}
		off := len(folded)
		folded = foldAppend(folded, name)
		var changed bool
		k := string(folded[off:])
		folded = folded[:off]
		if folded, changed = appendPlain(folded, k); changed {
			plain = append(plain, nameSpan{int32(off), int32(len(folded)), idx})
		} else {
			folded = folded[:off]
		}
	}
	line := 0
	for len(text) > 0 {
		line++
		var s string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			s, text = text[:i], text[i+1:]
		} else {
			s, text = text, ""
		}
		if s == "" || s[0] == '#' {
			continue
		}
		var f [10]string
		n := 0
		for n < 9 {
			i := strings.IndexByte(s, '\t')
			if i < 0 {
				break
			}
			f[n], s = s[:i], s[i+1:]
			n++
		}
		f[n] = s
		if n != 9 || len(f[0]) != 1 {
			return nil, "", nil, nil, fmt.Errorf("line %d: want 10 tab-separated fields", line)
		}
		e := Entry{Kind: f[0][0], Name: f[2], Country: f[3], Admin1: f[4], FCode: f[8]}
		e.ID, _ = strconv.Atoi(f[1])
		if e.Lat, err = strconv.ParseFloat(f[5], 64); err != nil {
			return nil, "", nil, nil, fmt.Errorf("line %d: lat: %w", line, err)
		}
		if e.Lon, err = strconv.ParseFloat(f[6], 64); err != nil {
			return nil, "", nil, nil, fmt.Errorf("line %d: lon: %w", line, err)
		}
		e.Pop, _ = strconv.ParseInt(f[7], 10, 64)
		idx := int32(len(g.Entries))
		g.Entries = append(g.Entries, e)
		addKey(e.Name, idx)
		addPlain(e.Name, idx)
		for alts := f[9]; alts != ""; {
			a := alts
			if i := strings.IndexByte(alts, '|'); i >= 0 {
				a, alts = alts[:i], alts[i+1:]
			} else {
				alts = ""
			}
			addKey(a, idx)
			if g.Entries[idx].Names < math.MaxUint16 {
				g.Entries[idx].Names++
			}
			if e.Kind != City {
				addPlain(a, idx)
			}
		}
		switch e.Kind {
		case Country:
			g.country[e.Country] = idx
		case Admin1:
			g.admin1[e.Country+"."+e.Admin1] = idx
		case City:
			c := cell(e.Lat, e.Lon)
			g.grid[c] = append(g.grid[c], idx)
		}
	}
	// The folded keys are not written again: the index keeps them as
	// its key text without a copy.
	all = ""
	if len(folded) > 0 {
		all = unsafe.String(unsafe.SliceData(folded), len(folded))
	}
	return g, all, keys, plain, nil
}

// indexNames files every entry under its folded names (keys, in file
// order) and then under their plain spellings.
func (g *Gazetteer) indexNames(all string, keys, plain []nameSpan) *nameIndex {
	b := newNameBuilder(all, len(keys)+len(plain))
	b.addAll(keys)
	for _, k := range keys {
		if w := strings.Count(all[k.off:k.end], " ") + 1; w > g.maxWords {
			g.maxWords = w
		}
	}
	// Where GeoNames gives the plain spelling to a capital or division
	// seat ("Sao Paulo" for the city of São Paulo, the state's capital;
	// "Dusseldorf"), the division does not take it too: written so, the
	// name is the city's.
	for _, k := range plain {
		key := all[k.off:k.end]
		if g.seatNamed(b, key) {
			continue
		}
		b.add(k.off, k.end, hashString(key), k.idx, false)
	}
	return b.finish()
}

// Fold is the index key of a name: lower case, single spaces, straight
// apostrophes.
func Fold(s string) string { return string(foldAppend(make([]byte, 0, len(s)), s)) }

// foldAppend appends the folded form of s to dst.
func foldAppend(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			space = len(dst) > start
			continue
		case r == '’':
			r = '\''
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		switch {
		case 'A' <= r && r <= 'Z':
			dst = append(dst, byte(r+'a'-'A'))
		case r < 0x80:
			dst = append(dst, byte(r))
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// Lookup returns the indices of the entries a name may refer to.
func (g *Gazetteer) Lookup(name string) []int32 { return g.index.get(Fold(name)) }

// CountryEntry returns the country entry for an ISO alpha-3 code.
func (g *Gazetteer) CountryEntry(iso3 string) (*Entry, bool) {
	i, ok := g.country[iso3]
	if !ok {
		return nil, false
	}
	return &g.Entries[i], true
}

// Admin1Name is the name of a country's first-level division, or "".
func (g *Gazetteer) Admin1Name(iso3, code string) string {
	if i, ok := g.admin1[iso3+"."+code]; ok {
		return g.Entries[i].Name
	}
	return ""
}

func cell(lat, lon float64) [2]int16 {
	return [2]int16{int16(math.Floor(lat)), int16(math.Floor(lon))}
}

// NearestCity returns the populated place nearest to a coordinate (searching
// the surrounding one-degree cells, widening up to 5 degrees), or nil.
func (g *Gazetteer) NearestCity(lat, lon float64) *Entry {
	c := cell(lat, lon)
	best, bestD := int32(-1), math.Inf(1)
	for r := int16(0); r <= 5; r++ {
		for dy := -r; dy <= r; dy++ {
			for dx := -r; dx <= r; dx++ {
				if max(abs16(dx), abs16(dy)) != r {
					continue
				}
				for _, i := range g.grid[[2]int16{c[0] + dy, c[1] + dx}] {
					e := &g.Entries[i]
					if d := Distance(lat, lon, e.Lat, e.Lon); d < bestD {
						best, bestD = i, d
					}
				}
			}
		}
		if best >= 0 && r >= 1 {
			break
		}
	}
	if best < 0 {
		return nil
	}
	return &g.Entries[best]
}

func abs16(x int16) int16 {
	if x < 0 {
		return -x
	}
	return x
}

// Distance is the great-circle distance in kilometres.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// divisionWords are the type words left out of a division's initials:
// "Midlands Province" has none, "Free State" is FS.
var divisionWords = map[string]bool{"Province": true, "Region": true, "District": true, "Department": true,
	"Governorate": true, "Prefecture": true, "Oblast": true, "County": true, "Municipality": true}

// Initials returns the first-level divisions whose name of two or more
// capitalised words has ab as its initials: "NSW" is New South Wales, "NY"
// New York, "ACT" the Australian Capital Territory. Connectors ("of") and
// type words ("Province") are skipped.
func (g *Gazetteer) Initials(ab string) []int32 {
	g.initialsOnce.Do(func() {
		g.initials = map[string][]int32{}
		for i := range g.Entries {
			e := &g.Entries[i]
			if e.Kind != Admin1 {
				continue
			}
			if ab := initialsOf(e.Name); ab != "" {
				g.initials[ab] = append(g.initials[ab], int32(i))
			}
		}
	})
	return g.initials[ab]
}

// initialsOf is the initials of a name's capitalised words, "" unless
// there are two or more and all are ASCII letters.
func initialsOf(name string) string {
	var b []byte
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if divisionWords[w] {
			continue
		}
		c := w[0]
		switch {
		case 'A' <= c && c <= 'Z':
			b = append(b, c)
		case 'a' <= c && c <= 'z':
			continue // a connector: "of", "del"
		default:
			return ""
		}
	}
	if len(b) < 2 {
		return ""
	}
	return string(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// seatNamed reports whether key already names a capital or division seat
// in the index being built.
func (g *Gazetteer) seatNamed(b *nameBuilder, key string) bool {
	seat := false
	b.each(key, func(c int32) bool {
		if e := &g.Entries[c]; e.FCode == "PPLA" || e.FCode == "PPLC" {
			seat = true
		}
		return !seat
	})
	return seat
}

// Capital returns the capital of the country iso3 (a place of feature code
// PPLC; the most populous one where the gazetteer lists several), or nil.
func (g *Gazetteer) Capital(iso3 string) *Entry {
	g.capitalOnce.Do(func() {
		g.capitals = map[string]int32{}
		for i := range g.Entries {
			e := &g.Entries[i]
			if e.FCode != "PPLC" || e.Country == "" {
				continue
			}
			if j, ok := g.capitals[e.Country]; !ok || e.Pop > g.Entries[j].Pop {
				g.capitals[e.Country] = int32(i)
			}
		}
	})
	i, ok := g.capitals[iso3]
	if !ok {
		return nil
	}
	return &g.Entries[i]
}
