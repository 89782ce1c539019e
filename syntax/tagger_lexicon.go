package syntax

// An external word lexicon for the tagger (TrainOptions.Lexicon): for each
// word form, the parts of speech a dictionary gives it, read from the
// WordNet 3.0 database (Princeton University; the Debian package
// wordnet-base installs it in /usr/share/wordnet). The tagger looks the
// normalised word up, and also its stem after the regular inflectional
// endings (WordNet's own "morphy" detachment rules), so an unseen
// "loathes" or "cheapest" still gets the parts of speech of its base form.
// The lexicon is saved in the tagger's file as 32-bit hashes of the forms.

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// TagLexicon maps the 32-bit hash (tgLexHash) of a normalised word form
// to its tgw* bits.
type TagLexicon map[uint32]uint16

// Bits of a TagLexicon entry and of a token's lexicon value.
const (
	tgwNoun    uint16 = 1 << iota // a noun lemma
	tgwVerb                       // a verb lemma
	tgwAdj                        // an adjective lemma
	tgwAdv                        // an adverb lemma
	tgwNounPl                     // a plural of a noun lemma
	tgwVerbS                      // a third-person singular of a verb lemma
	tgwVerbEd                     // a past form of a verb lemma
	tgwVerbIng                    // an -ing form of a verb lemma
	tgwAdjCmp                     // a comparative or superlative of an adjective
	tgwProper                     // a noun lemma spelt only with a capital

	// tgLex.wl of a word seen at least TrainOptions.LexiconRare times in
	// training: it has no lexicon features (tgTok.lx is tgLxOff).
	tgwFrequent uint16 = 1 << 14
	tgwKnown    uint16 = 1 << 15 // tgLex.wl: the bits are there
)

// tgLxOff is tgTok.lx of a word without lexicon features.
const tgLxOff = ^uint64(0)

// tgwRules are WordNet's detachment rules: an ending, its replacement,
// the part of speech the stem must have and the bit the word then gets.
var tgwRules = []struct {
	suffix, repl string
	need, bit    uint16
}{
	{"s", "", tgwNoun, tgwNounPl},
	{"ses", "s", tgwNoun, tgwNounPl},
	{"xes", "x", tgwNoun, tgwNounPl},
	{"zes", "z", tgwNoun, tgwNounPl},
	{"ches", "ch", tgwNoun, tgwNounPl},
	{"shes", "sh", tgwNoun, tgwNounPl},
	{"men", "man", tgwNoun, tgwNounPl},
	{"ies", "y", tgwNoun, tgwNounPl},
	{"s", "", tgwVerb, tgwVerbS},
	{"ies", "y", tgwVerb, tgwVerbS},
	{"es", "e", tgwVerb, tgwVerbS},
	{"es", "", tgwVerb, tgwVerbS},
	{"ed", "e", tgwVerb, tgwVerbEd},
	{"ed", "", tgwVerb, tgwVerbEd},
	{"ing", "e", tgwVerb, tgwVerbIng},
	{"ing", "", tgwVerb, tgwVerbIng},
	{"er", "", tgwAdj, tgwAdjCmp},
	{"est", "", tgwAdj, tgwAdjCmp},
	{"er", "e", tgwAdj, tgwAdjCmp},
	{"est", "e", tgwAdj, tgwAdjCmp},
}

// tgLexHash is the lexicon key of a normalised form.
func tgLexHash(b []byte) uint32 {
	h := HashBytes(HashSeed, b)
	return uint32(h ^ h>>32)
}

// bits returns the lexicon bits of the normalised word b: its own entry
// and those its stems earn by the detachment rules. tmp is scratch space
// (returned, possibly grown).
func (lx TagLexicon) bits(b, tmp []byte) (uint16, []byte) {
	if len(lx) == 0 {
		return 0, tmp
	}
	m := lx[tgLexHash(b)]
	if len(b) < 3 {
		return m, tmp
	}
	for _, r := range tgwRules {
		if len(b) <= len(r.suffix)+1 || m&r.bit != 0 || string(b[len(b)-len(r.suffix):]) != r.suffix {
			continue
		}
		tmp = append(append(tmp[:0], b[:len(b)-len(r.suffix)]...), r.repl...)
		if lx[tgLexHash(tmp)]&r.need != 0 {
			m |= r.bit
		}
	}
	return m, tmp
}

// eachWordNetLine calls f with each line of the WordNet database file name
// in dir but the licence header's (lines that start with a space).
func eachWordNetLine(dir, name string, f func(line string)) error {
	file, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' { // the licence header
			continue
		}
		f(line)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("syntax: %s: %w", name, err)
	}
	return nil
}

// ReadWordNet reads a TagLexicon from the WordNet database files in dir
// (index.noun, index.verb, index.adj, index.adv, their .exc exception
// lists, and data.noun for the spelling of nouns). Multi-word entries are
// left out.
func ReadWordNet(dir string) (TagLexicon, error) {
	lx := TagLexicon{}
	var buf []byte
	key := func(w string) uint32 {
		buf = tgNormalize(buf[:0], w)
		return tgLexHash(buf)
	}
	each := func(name string, f func(fields []string)) error {
		return eachWordNetLine(dir, name, func(line string) { f(strings.Fields(line)) })
	}
	single := func(w string) bool { return w != "" && !strings.Contains(w, "_") }
	pos := []struct {
		name     string
		lemma, x uint16 // the lemma's bit, the bit of its exceptions' forms
	}{
		{"noun", tgwNoun, tgwNounPl},
		{"verb", tgwVerb, tgwVerbEd},
		{"adj", tgwAdj, tgwAdjCmp},
		{"adv", tgwAdv, 0},
	}
	for _, p := range pos {
		err := each("index."+p.name, func(f []string) {
			if single(f[0]) {
				lx[key(f[0])] |= p.lemma
			}
		})
		if err != nil {
			return nil, err
		}
	}
	// Exception forms ("went go", "mice mouse"), once every lemma is in.
	for _, p := range pos {
		if p.x == 0 {
			continue
		}
		err := each(p.name+".exc", func(f []string) {
			if len(f) < 2 || !single(f[0]) {
				return
			}
			for _, base := range f[1:] {
				if lx[key(base)]&p.lemma != 0 {
					lx[key(f[0])] |= p.x
					return
				}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	// Nouns spelt only with a capital ("Paris", "Monday").
	upper, lower := map[uint32]bool{}, map[uint32]bool{}
	err := each("data.noun", func(f []string) {
		if len(f) < 4 {
			return
		}
		n, err := strconv.ParseUint(f[3], 16, 16)
		if err != nil {
			return
		}
		for i := 0; i < int(n) && 4+2*i < len(f); i++ {
			w := f[4+2*i]
			if !single(w) {
				continue
			}
			if c := w[0]; 'A' <= c && c <= 'Z' {
				upper[key(w)] = true
			} else {
				lower[key(w)] = true
			}
		}
	})
	if err != nil {
		return nil, err
	}
	for k := range upper {
		if !lower[k] {
			lx[k] |= tgwProper
		}
	}
	return lx, nil
}
