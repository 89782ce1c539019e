package geo

import (
	"strings"

	"github.com/dyadproject/dyad/doc"
)

// datelineCands returns the end of a dateline's place name and its
// gazetteer candidates (places round 8, session 22). A dateline with a
// region ("KUALA LUMPUR, Malaysia", "RAFAH, Gaza Strip", "KAIFENG, Henan")
// is no gazetteer name as a whole, so it used to place nothing: the name
// before the comma is looked up instead, keeping the candidates in a country
// the region names (the country itself, or a division or region of it), so
// that the region still tells Paris, Texas from Paris. When the region is
// not in the gazetteer ("ZHANJIANG, GUANGDONG PROVINCE") the name's
// candidates are kept as they are.
func (t *Tagger) datelineCands(dl *doc.Span) (int, []int32) {
	if c := t.g.Lookup(dl.Text); len(c) > 0 {
		return dl.End, c
	}
	name, region, ok := strings.Cut(dl.Text, ",")
	name = strings.TrimRight(name, " \t\u00a0")
	if !ok || name == "" {
		return dl.End, nil
	}
	cands := t.g.Lookup(name)
	if len(cands) == 0 {
		return dl.End, nil
	}
	region, _, _ = strings.Cut(region, ",")
	in := map[string]bool{}
	for _, i := range t.g.Lookup(strings.TrimSpace(region)) {
		if c := t.g.Entries[i].Country; c != "" {
			in[c] = true
		}
	}
	if len(in) == 0 {
		return dl.Start + len(name), cands
	}
	var kept []int32
	for _, i := range cands {
		if in[t.g.Entries[i].Country] {
			kept = append(kept, i)
		}
	}
	return dl.Start + len(name), kept
}
