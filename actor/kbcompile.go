package actor

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// The KB source is a directory of TSV files (data/kb and its gen/ folder).
// A file's kind comes from the start of its base name:
//
//	countries*  iso3 cameo iso2 name names adjectives capitals seats source
//	regions*    code name names adjectives source
//	orgs* institutions* parties* media* armed*
//	            id [kind] name names country code [sector] source
//	sectors*    kind phrase variants code role source
//	persons*    id name country names [gender] source
//	            or id gender source (a person's gender, m or f, added to
//	            a person of the files with names)
//	roles*      id code title class start end source
//
// Lines starting with '#' are comments; the first other line is the header
// naming the columns (any order; unknown columns are ignored). List fields
// separate items with '|'. An alias written with a leading '*' is shared on
// purpose with entries of other countries ("*Congo"); any other alias that
// two rows give to different countries fails the build, as do malformed
// rows, unknown codes, bad dates and a role ending before it starts. Every
// error names file:line.

// specialCodes are CAMEO actor types that stand where a country would.
var specialCodes = map[string]string{
	"IGO": "intergovernmental organisation", "NGO": "non-governmental organisation",
	"IMG": "international militarised group", "MNC": "multinational corporation",
	"NGM": "non-governmental movement", "UIS": "unidentified state actor",
	"INT": "international", "ELI": "elites",
}

// sectorCodes are CAMEO sector and religion codes: a code chunk that is one
// of these is a sector, not an organisation.
var sectorCodes = map[string]bool{}

func init() {
	for _, c := range strings.Fields(`GOV MIL COP JUD LEG OPP REB PTY MED BUS CVL ELI EDU HLT REF
		IGO NGO MNC IMG NGM UAF SPY LAB AGR DEV ENV HRI CRM UIS INS SEP MOD RAD BRD MOP
		FRM MBR PRO DIS CRM HLH SET MOS CHR CTH DOX JEW MUS SHI SUN BUD HIN JAI SIK TAO
		ZRO ITH BAH CPT ALE ANG PRO NEW LUT MET YEZ DRZ SFI REL HLT`) {
		sectorCodes[c] = true
	}
}

type tsvFile struct {
	path   string
	base   string
	header map[string]int
	rows   []tsvRow
}

type tsvRow struct {
	line   int
	fields []string
}

func (f *tsvFile) get(r tsvRow, col string) string {
	i, ok := f.header[col]
	if !ok || i >= len(r.fields) {
		return ""
	}
	return strings.TrimSpace(r.fields[i])
}

func (f *tsvFile) has(col string) bool {
	_, ok := f.header[col]
	return ok
}

func (f *tsvFile) pos(r tsvRow) string {
	return fmt.Sprintf("%s:%d", f.path, r.line)
}

// errList collects build errors; the build fails with all of them (up to a cap).
type errList struct{ errs []string }

func (e *errList) add(pos, format string, args ...any) {
	e.errs = append(e.errs, pos+": "+fmt.Sprintf(format, args...))
}

func (e *errList) err() error {
	if len(e.errs) == 0 {
		return nil
	}
	list := e.errs
	more := ""
	if len(list) > 40 {
		more = fmt.Sprintf("\n… and %d more", len(list)-40)
		list = list[:40]
	}
	return errors.New("KB build failed:\n" + strings.Join(list, "\n") + more)
}

// readTSV reads one KB file.
func readTSV(path string, errs *errList) *tsvFile {
	fh, err := os.Open(path)
	if err != nil {
		errs.add(path, "%v", err)
		return nil
	}
	defer fh.Close()
	f := &tsvFile{path: path, base: filepath.Base(path)}
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if f.header == nil {
			f.header = map[string]int{}
			for i, h := range fields {
				f.header[strings.TrimSpace(h)] = i
			}
			continue
		}
		if len(fields) != len(f.header) {
			errs.add(fmt.Sprintf("%s:%d", path, line), "%d fields, header has %d", len(fields), len(f.header))
			continue
		}
		f.rows = append(f.rows, tsvRow{line: line, fields: fields})
	}
	if err := sc.Err(); err != nil {
		errs.add(path, "%v", err)
	}
	if f.header == nil {
		errs.add(path, "no header row")
		return nil
	}
	return f
}

func (f *tsvFile) require(errs *errList, cols ...string) bool {
	ok := true
	for _, c := range cols {
		if !f.has(c) {
			errs.add(f.path+":1", "missing column %q", c)
			ok = false
		}
	}
	return ok
}

// splitList splits a '|' list, dropping empty items.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// builder accumulates entries while reading the files.
type builder struct {
	dir    string // the KB folder: origins are stored relative to it
	k      *KB
	errs   *errList
	byID   map[string]int32 // kind/id → entry
	origin map[int32]string
	// aliases of each entry: text → ambiguous, with the row that gave it
	pending map[int32][]pendingAlias
	// alias conflicts: normalised key → first non-ambiguous owner
	owners map[string]aliasOwner
	cameo  map[string]string // CAMEO territory code (USAPRI) → iso3
}

type pendingAlias struct {
	text  string
	ambig bool
	pos   string
}

type aliasOwner struct {
	country string
	pos     string
	ambig   bool
	text    string
}

// rel is a file:line position relative to the KB folder, so the compiled
// index does not depend on where it was built from.
func (b *builder) rel(pos string) string {
	if r, err := filepath.Rel(b.dir, pos); err == nil && !strings.HasPrefix(r, "..") {
		return filepath.ToSlash(r)
	}
	return pos
}

func newBuilder(errs *errList) *builder {
	return &builder{
		k:       NewKB(),
		errs:    errs,
		byID:    map[string]int32{},
		origin:  map[int32]string{},
		pending: map[int32][]pendingAlias{},
		owners:  map[string]aliasOwner{},
		cameo:   map[string]string{},
	}
}

// entryFor returns the entry with this kind-qualified id, creating it. When
// it exists (a row in another file with the same id), scalar fields must agree.
func (b *builder) entryFor(key string, e entry, pos string) int32 {
	if i, ok := b.byID[key]; ok {
		old := &b.k.entries[i]
		if old.origin == b.rel(pos) {
			return i
		}
		if strings.HasPrefix(old.origin, fileOf(b.rel(pos))+":") {
			b.errs.add(pos, "duplicate id %q (first at %s)", e.id, old.origin)
			return i
		}
		// A row in another file with the same id adds names; its name is one
		// more alias. Country and code must agree.
		for _, c := range [][3]string{{"country", old.country, e.country}, {"code", old.code, e.code}} {
			if c[1] != "" && c[2] != "" && c[1] != c[2] {
				b.errs.add(pos, "conflicting %s for %q: %q here, %q at %s", c[0], e.id, c[2], c[1], old.origin)
			}
		}
		if old.country == "" {
			old.country = e.country
		}
		if old.code == "" {
			old.code, old.sector = e.code, e.sector
		}
		if e.source != "" && !strings.Contains(old.source, e.source) {
			old.source += "; " + e.source
		}
		return i
	}
	e.origin = b.rel(pos)
	b.k.entries = append(b.k.entries, e)
	i := int32(len(b.k.entries) - 1)
	b.byID[key] = i
	return i
}

func fileOf(pos string) string {
	if i := strings.LastIndexByte(pos, ':'); i > 0 {
		return pos[:i]
	}
	return pos
}

// alias queues an alias; a leading '*' marks it shared on purpose.
func (b *builder) alias(e int32, text, pos string) {
	ambig := false
	if strings.HasPrefix(text, "*") {
		ambig = true
		text = strings.TrimSpace(text[1:])
	}
	if text == "" {
		return
	}
	if len(normTokens(text)) == 0 {
		b.errs.add(pos, "alias %q is empty after normalisation", text)
		return
	}
	b.pending[e] = append(b.pending[e], pendingAlias{text, ambig, pos})
}

// knownCode reports whether c may stand as an actor's country.
func (b *builder) knownCode(c string) bool {
	if _, ok := b.k.codes[c]; ok {
		return true
	}
	_, ok := specialCodes[c]
	return ok
}

// splitCode splits a CAMEO-style composite code into the actor's country
// (a country, region, organisation or special code) and its sector.
func splitCode(code string, known, isRegion func(string) bool, cameo map[string]string) (country, sector string) {
	if len(code) >= 6 {
		if iso, ok := cameo[code[:6]]; ok {
			return iso, code[6:]
		}
	}
	if len(code) < 3 {
		return "", code
	}
	first := code[:3]
	if _, special := specialCodes[first]; !special && known(first) {
		return first, code[3:]
	}
	if _, special := specialCodes[first]; special {
		// IGOUNO, IGOWSTNAT, NGOHRIAMN: the organisation is the first chunk
		// that is neither a region nor a sector; else the region.
		region := ""
		for i := 3; i+3 <= len(code); i += 3 {
			c := code[i : i+3]
			if sectorCodes[c] {
				continue
			}
			if isRegion(c) {
				if region == "" {
					region = c
				}
				continue
			}
			return c, first
		}
		return region, first
	}
	return first, code[3:]
}

func (b *builder) split(code string) (string, string) {
	return splitCode(code, b.knownCode, func(c string) bool {
		ci, ok := b.k.codes[c]
		return ok && ci.kind == KindRegion
	}, b.cameo)
}

func validCode(code string) bool {
	if code == "" || len(code)%3 != 0 {
		return false
	}
	for _, r := range code {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// CompileKB reads the KB source files under dir (data/kb), validates them and
// returns the zstd-compressed binary index that LoadKB embeds.
func CompileKB(dir string) ([]byte, error) {
	k, err := BuildKB(dir)
	if err != nil {
		return nil, err
	}
	return EncodeKB(k)
}

// BuildKB reads and validates the KB source files under dir.
func BuildKB(dir string) (*KB, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".tsv") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no .tsv files", dir)
	}
	// Curated files (data/kb) before generated ones (data/kb/gen), so that a
	// curated row defines an entry and generated rows with its id add names.
	sort.Slice(paths, func(i, j int) bool {
		di, dj := strings.Count(paths[i], string(filepath.Separator)), strings.Count(paths[j], string(filepath.Separator))
		if di != dj {
			return di < dj
		}
		return paths[i] < paths[j]
	})
	errs := &errList{}
	groups := map[string][]*tsvFile{}
	order := []string{"countries", "regions", "orgs", "institutions", "parties", "media", "armed", "sectors", "persons", "roles"}
	for _, p := range paths {
		base := filepath.Base(p)
		kind := ""
		for _, o := range order {
			if strings.HasPrefix(base, o) {
				kind = o
				break
			}
		}
		if kind == "" {
			errs.add(p, "unknown KB file kind (name must start with one of %s)", strings.Join(order, ", "))
			continue
		}
		if f := readTSV(p, errs); f != nil {
			groups[kind] = append(groups[kind], f)
		}
	}
	b := newBuilder(errs)
	b.dir = dir
	// Codes first, so every later row can be checked against them.
	for _, f := range groups["countries"] {
		b.countryCodes(f)
	}
	for _, f := range groups["regions"] {
		b.regionCodes(f)
	}
	for _, kind := range []string{"orgs", "institutions", "parties", "media", "armed"} {
		for _, f := range groups[kind] {
			b.groupCodes(f, kind)
		}
	}
	for _, f := range groups["countries"] {
		b.countries(f)
	}
	for _, f := range groups["regions"] {
		b.regions(f)
	}
	for _, kind := range []string{"orgs", "institutions", "parties", "media", "armed"} {
		for _, f := range groups[kind] {
			b.groups(f, kind)
		}
	}
	for _, f := range groups["sectors"] {
		b.sectors(f)
	}
	for _, f := range groups["persons"] {
		if f.has("name") {
			b.persons(f)
		}
	}
	for _, f := range groups["persons"] {
		if !f.has("name") {
			b.genders(f) // attributes of the people above
		}
	}
	for _, f := range groups["roles"] {
		b.roles(f)
	}
	b.finishAliases()
	if err := errs.err(); err != nil {
		return nil, err
	}
	for i := range b.k.entries {
		rs := b.k.entries[i].roles
		sort.SliceStable(rs, func(x, y int) bool { return rs[x].start < rs[y].start })
	}
	b.k.meta = append(b.k.meta, metaPair{"files", fmt.Sprint(len(paths))})
	return b.k, nil
}

func (b *builder) countryCodes(f *tsvFile) {
	if !f.require(b.errs, "iso3", "name") {
		return
	}
	for _, r := range f.rows {
		iso := f.get(r, "iso3")
		if len(iso) != 3 || !validCode(iso) {
			b.errs.add(f.pos(r), "iso3 %q is not three capital letters", iso)
			continue
		}
		if old, ok := b.k.codes[iso]; ok && old.kind != KindCountry {
			b.errs.add(f.pos(r), "code %q is already a %s", iso, old.kind)
		}
		if _, ok := b.k.codes[iso]; !ok || b.k.codes[iso].name == "" {
			b.k.codes[iso] = codeInfo{kind: KindCountry, name: f.get(r, "name")}
		}
		if c := f.get(r, "cameo"); c != "" && c != iso {
			if !validCode(c) {
				b.errs.add(f.pos(r), "cameo code %q is not capital letters in threes", c)
				continue
			}
			if len(c) == 6 {
				b.cameo[c] = iso
			} else if len(c) == 3 {
				b.k.codes[c] = codeInfo{kind: KindCountry, name: f.get(r, "name")}
			}
		}
	}
}

func (b *builder) regionCodes(f *tsvFile) {
	if !f.require(b.errs, "code", "name") {
		return
	}
	for _, r := range f.rows {
		c := f.get(r, "code")
		if len(c) != 3 || !validCode(c) {
			b.errs.add(f.pos(r), "region code %q is not three capital letters", c)
			continue
		}
		if old, ok := b.k.codes[c]; ok && old.kind != KindRegion {
			b.errs.add(f.pos(r), "region code %q is already a %s (%s)", c, old.kind, old.name)
			continue
		}
		b.k.codes[c] = codeInfo{kind: KindRegion, name: f.get(r, "name")}
	}
}

// groupCodes registers organisations' own codes (UNO, NAT, …) so that
// roles such as IGOUNO validate.
func (b *builder) groupCodes(f *tsvFile, kind string) {
	for _, r := range f.rows {
		c := f.get(r, "country")
		code := f.get(r, "code")
		if c == "" && validCode(code) {
			if _, special := specialCodes[code[:3]]; special {
				// IGOMEAAMU: the organisation chunk (AMU) is a code of its own.
				for i := 3; i+3 <= len(code); i += 3 {
					ch := code[i : i+3]
					if sectorCodes[ch] {
						continue
					}
					if ci, ok := b.k.codes[ch]; ok && ci.kind == KindRegion {
						continue
					}
					c = ch
					break
				}
			}
		}
		if len(c) != 3 || !validCode(c) {
			continue
		}
		if _, ok := b.k.codes[c]; ok {
			continue
		}
		if _, ok := specialCodes[c]; ok {
			continue
		}
		if _, special := specialCodes[code[:min(3, len(code))]]; special {
			b.k.codes[c] = codeInfo{kind: KindOrg, name: f.get(r, "name")}
		}
	}
}

func (b *builder) countries(f *tsvFile) {
	if !f.require(b.errs, "iso3", "name", "source") {
		return
	}
	for _, r := range f.rows {
		pos := f.pos(r)
		iso := f.get(r, "iso3")
		if len(iso) != 3 || !validCode(iso) {
			continue // reported by countryCodes
		}
		code := f.get(r, "cameo")
		if code == "" {
			code = iso
		}
		name, src := f.get(r, "name"), f.get(r, "source")
		if name == "" {
			b.errs.add(pos, "empty name")
			continue
		}
		c := b.entryFor("country/"+iso, entry{kind: KindCountry, id: iso, name: name, country: iso, code: code, source: src}, pos)
		b.alias(c, name, pos)
		for _, a := range splitList(f.get(r, "names")) {
			b.alias(c, a, pos)
		}
		if adj := splitList(f.get(r, "adjectives")); len(adj) > 0 {
			n := b.entryFor("nationality/"+iso, entry{kind: KindNationality, id: iso, name: name, country: iso, code: code, source: src, role: "nationality"}, pos)
			for _, a := range adj {
				b.alias(n, a, pos)
			}
		}
		// A capital or seat of government in actor position names the
		// government: "Moscow said" is RUSGOV. A seat may name another
		// sector with "=SECTOR": "Pentagon=MIL", "Knesset=LEG".
		for _, a := range append(splitList(f.get(r, "capitals")), splitList(f.get(r, "seats"))...) {
			sector := "GOV"
			// "Brussels=@EEC:IGOEUREEC:European Union": a capital that
			// news uses for an international organisation seated there
			// ("Brussels said" is the EU), still a place for the geoparser.
			if i := strings.Index(a, "=@"); i > 0 {
				spec := strings.SplitN(a[i+2:], ":", 3)
				if len(spec) != 3 || len(spec[0]) != 3 || !validCode(spec[1]) {
					b.errs.add(pos, "seat %q: want NAME=@CTRY:CODE:ORG NAME", a)
					continue
				}
				m := b.entryFor("capital/"+spec[0]+"/IGO", entry{kind: KindCapital, id: spec[0], name: spec[2], country: spec[0], code: spec[1], sector: "IGO", source: src, role: "seat of an organisation (metonym)"}, pos)
				b.alias(m, strings.TrimSpace(a[:i]), pos)
				continue
			}
			if i := strings.LastIndexByte(a, '='); i > 0 {
				a, sector = strings.TrimSpace(a[:i]), strings.TrimSpace(a[i+1:])
				if len(sector) != 3 || !sectorCodes[sector] {
					b.errs.add(pos, "seat %q: unknown sector %q", a, sector)
					continue
				}
			}
			m := b.entryFor("capital/"+iso+"/"+sector, entry{kind: KindCapital, id: iso, name: name, country: iso, code: code + sector, sector: sector, source: src, role: "seat of government (metonym)"}, pos)
			b.alias(m, a, pos)
		}
	}
}

func (b *builder) regions(f *tsvFile) {
	if !f.require(b.errs, "code", "name", "source") {
		return
	}
	for _, r := range f.rows {
		pos := f.pos(r)
		c, name, src := f.get(r, "code"), f.get(r, "name"), f.get(r, "source")
		if len(c) != 3 || !validCode(c) {
			continue
		}
		e := b.entryFor("region/"+c, entry{kind: KindRegion, id: c, name: name, country: c, code: c, source: src}, pos)
		b.alias(e, name, pos)
		for _, a := range splitList(f.get(r, "names")) {
			b.alias(e, a, pos)
		}
		if adj := splitList(f.get(r, "adjectives")); len(adj) > 0 {
			n := b.entryFor("regionadj/"+c, entry{kind: KindNationality, id: c, name: name, country: c, code: c, source: src, role: "regional adjective"}, pos)
			for _, a := range adj {
				b.alias(n, a, pos)
			}
		}
	}
}

var groupKinds = map[string]Kind{
	"orgs": KindOrg, "institutions": KindInstitution, "parties": KindParty,
	"media": KindMedia, "armed": KindArmedGroup,
}

func (b *builder) groups(f *tsvFile, fileKind string) {
	if !f.require(b.errs, "id", "name", "code", "source") {
		return
	}
	for _, r := range f.rows {
		pos := f.pos(r)
		kind := groupKinds[fileKind]
		if ks := f.get(r, "kind"); ks != "" {
			kd, ok := ParseKind(ks)
			if !ok {
				b.errs.add(pos, "unknown kind %q", ks)
				continue
			}
			kind = kd
		}
		id, name, code, src := f.get(r, "id"), f.get(r, "name"), f.get(r, "code"), f.get(r, "source")
		if kind == KindInstitution {
			code = legislatureCode(code)
		}
		if id == "" || name == "" {
			b.errs.add(pos, "empty id or name")
			continue
		}
		if !validCode(code) {
			b.errs.add(pos, "code %q is not capital letters in threes", code)
			continue
		}
		country, sector := f.get(r, "country"), f.get(r, "sector")
		dc, ds := b.split(code)
		if country == "" {
			country = dc
		}
		if sector == "" {
			sector = ds
			if country != dc {
				sector = strings.TrimPrefix(code, country)
			}
		}
		if country != "" && !b.knownCode(country) {
			b.errs.add(pos, "unknown country code %q", country)
			continue
		}
		if !b.knownCode(code[:3]) && !(len(code) >= 6 && b.cameo[code[:6]] != "") {
			b.errs.add(pos, "code %q starts with unknown country, region or actor type %q", code, code[:3])
			continue
		}
		e := b.entryFor(kind.String()+"/"+id, entry{kind: kind, id: id, name: name, country: country, code: code, sector: sector, source: src, role: f.get(r, "type")}, pos)
		b.alias(e, name, pos)
		for _, a := range splitList(f.get(r, "names")) {
			b.alias(e, a, pos)
		}
	}
}

func (b *builder) sectors(f *tsvFile) {
	if !f.require(b.errs, "kind", "phrase", "code", "source") {
		return
	}
	for _, r := range f.rows {
		pos := f.pos(r)
		var kind Kind
		switch f.get(r, "kind") {
		case "noun":
			kind = KindSector
		case "title":
			kind = KindTitle
		case "modifier":
			kind = KindModifier
		default:
			b.errs.add(pos, "kind %q: want noun, title or modifier", f.get(r, "kind"))
			continue
		}
		phrase, code := f.get(r, "phrase"), f.get(r, "code")
		if phrase == "" || !validCode(code) {
			b.errs.add(pos, "empty phrase or bad code %q", code)
			continue
		}
		for i := 0; i < len(code); i += 3 {
			if c := code[i : i+3]; !sectorCodes[c] {
				b.errs.add(pos, "code %q: %q is not a known sector code", code, c)
			}
		}
		key := kind.String() + "/" + normKey(phrase) + "/" + code
		e := b.entryFor(key, entry{kind: kind, id: "", name: phrase, code: code, sector: code, role: f.get(r, "role"), source: f.get(r, "source")}, pos)
		b.alias(e, phrase, pos)
		for _, v := range splitList(f.get(r, "variants")) {
			b.alias(e, v, pos)
		}
	}
}

func (b *builder) persons(f *tsvFile) {
	if !f.require(b.errs, "id", "name", "country", "source") {
		return
	}
	for _, r := range f.rows {
		pos := f.pos(r)
		id, name, country := f.get(r, "id"), f.get(r, "name"), f.get(r, "country")
		if id == "" || name == "" {
			b.errs.add(pos, "empty id or name")
			continue
		}
		if !b.knownCode(country) {
			b.errs.add(pos, "unknown country code %q", country)
			continue
		}
		e := b.entryFor("person/"+id, entry{kind: KindPerson, id: id, name: name, country: country, source: f.get(r, "source")}, pos)
		b.alias(e, name, pos)
		for _, a := range splitList(f.get(r, "names")) {
			b.alias(e, a, pos)
		}
		if f.has("gender") {
			b.setGender(e, f.get(r, "gender"), pos)
		}
	}
}

// genders reads a file of people's genders (id gender source): m or f for
// a person defined by a file with names.
func (b *builder) genders(f *tsvFile) {
	if !f.require(b.errs, "id", "gender") {
		return
	}
	for _, r := range f.rows {
		pos := f.pos(r)
		e, ok := b.byID["person/"+f.get(r, "id")]
		if !ok {
			b.errs.add(pos, "gender of an unknown person %q", f.get(r, "id"))
			continue
		}
		b.setGender(e, f.get(r, "gender"), pos)
	}
}

func (b *builder) setGender(e int32, g, pos string) {
	switch g {
	case "":
	case "m", "f":
		b.k.entries[e].gender = g[0]
	default:
		b.errs.add(pos, "gender %q (want m or f)", g)
	}
}

func (b *builder) roles(f *tsvFile) {
	if !f.require(b.errs, "id", "code", "title", "start", "end", "source") {
		return
	}
	for _, r := range f.rows {
		pos := f.pos(r)
		id, code := f.get(r, "id"), f.get(r, "code")
		ei, ok := b.byID["person/"+id]
		if !ok {
			b.errs.add(pos, "role for unknown person %q", id)
			continue
		}
		if !validCode(code) {
			b.errs.add(pos, "code %q is not capital letters in threes", code)
			continue
		}
		written := code
		code = primaryRoleCode(code)
		country, sector := b.split(code)
		if !b.knownCode(country) {
			b.errs.add(pos, "code %q: unknown country %q", written, country)
			continue
		}
		var start, end int32
		var err error
		if s := f.get(r, "start"); s != "" {
			if start, err = parseDate(s, false); err != nil {
				b.errs.add(pos, "start: %v", err)
				continue
			}
		}
		if s := f.get(r, "end"); s != "" {
			if end, err = parseDate(s, true); err != nil {
				b.errs.add(pos, "end: %v", err)
				continue
			}
		}
		if start != 0 && end != 0 && end < start {
			b.errs.add(pos, "end %s before start %s", fmtDate(end), fmtDate(start))
			continue
		}
		class := f.get(r, "class")
		if class == "" {
			class = "OTHER"
		}
		b.k.entries[ei].roles = append(b.k.entries[ei].roles, role{
			code: code, country: country, sector: sector,
			title: f.get(r, "title"), class: class,
			start: start, end: end, source: f.get(r, "source"),
		})
	}
}

// finishAliases checks alias conflicts and indexes the aliases. An alias
// normalised the same way by entries of two countries conflicts unless every
// such row marks it shared ('*'). Sector nouns, titles and modifiers have no
// country and take no part.
func (b *builder) finishAliases() {
	ids := make([]int32, 0, len(b.pending))
	for e := range b.pending {
		ids = append(ids, e)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, e := range ids {
		ent := &b.k.entries[e]
		list := b.pending[e]
		// An alias starred anywhere for this entry is starred everywhere.
		starred := map[string]bool{}
		for _, a := range list {
			if a.ambig {
				starred[normKey(a.text)] = true
			}
		}
		seen := map[string]bool{}
		for _, a := range list {
			key := normKey(a.text)
			ambig := starred[key]
			mode := aliasCaseMode(a.text, ent.kind)
			if ent.country != "" {
				ck := key
				if mode == caseExact {
					ck = "EXACT " + key // "US" and "us" are different names
				}
				if o, ok := b.owners[ck]; ok {
					if o.country != ent.country && !(o.ambig && ambig) {
						b.errs.add(a.pos, "alias %q gives %s, but %s gives it to %s: mark both '*%s' if the name is shared", a.text, ent.country, o.pos, o.country, a.text)
					}
				} else {
					b.owners[ck] = aliasOwner{country: ent.country, pos: a.pos, ambig: ambig, text: a.text}
				}
			}
			sk := key + "|" + a.text
			if seen[sk] {
				continue
			}
			seen[sk] = true
			b.k.addAlias(e, a.text, ambig, b.rel(a.pos))
		}
	}
}

func sortStrings(s []string) { sort.Strings(s) }

// primaryRoleCode reduces a state office's Phoenix code with a second
// sector to its first, as dyad's sector titles code the same office:
// a defence minister "TURGOVMIL" is TURGOV, as "Turkish Defence Minister"
// gives, a trade minister "ZWEGOVBUS" ZWEGOV; a legislature's leader
// "USAGOVLEG" (the Speaker of the House) is USALEG. Organisations' codes
// ("IGOUNOWHO") and other sectors are kept.
func primaryRoleCode(code string) string {
	if len(code) != 9 || code[3:6] != "GOV" {
		return code
	}
	if c := legislatureCode(code); c != code {
		return c
	}
	return code[:6]
}

// legislatureCode reduces Phoenix's code of a legislature or its seat,
// "USAGOVLEG", to the legislature's own sector, USALEG, as the actor golds
// and the CAMEO tables code a parliament and the titles of its members do
// (session 27): the United States Congress, China's National People's
// Congress, the Bundesrat, the Lok Sabha and Iran's Consultative Assembly
// were GOVLEG as institutions while their speakers were LEG. Other codes
// are kept.
func legislatureCode(code string) string {
	if len(code) == 9 && code[3:] == "GOVLEG" {
		return code[:3] + "LEG"
	}
	return code
}
