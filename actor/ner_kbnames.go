package actor

// The recogniser's KB gazetteer, frozen. The NER features, the GUM
// conversion (ner_gum.go) and the silver GPE/NORP additions look names up
// with KB.MatchTokens, but only the names matter to them: where a KB name
// starts and ends, and its kinds. A name KB holds just that, built from a
// sorted text list ("alias<TAB>kind", "<TAB>shared" for an alias two
// countries share on purpose) that is written once from the KB
// (`go test ./actor -run TestNERKBNames -write-ner-kb-names`) and kept in
// data/ner/gazetteer/kb.txt. Training reads the list, not actor/kb.bin.zst,
// and the model carries it, so neither training nor tagging moves when the
// KB is edited for resolution (surname aliases dropped, organisations
// losing common-word names): the recogniser's gazetteer changes only when
// the list is written again and the model retrained.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// NERKBNamesFile is the frozen KB name list under the gazetteer folder
// (data/ner/gazetteer).
const NERKBNamesFile = "kb.txt"

// NERNameLines returns the KB's aliases as sorted, distinct lines
// "alias<TAB>kind" (with "<TAB>shared" when the alias is shared on purpose),
// the input of NewNameKB.
func (k *KB) NERNameLines() []string {
	seen := map[string]bool{}
	var out []string
	for i := range k.aliases {
		a := &k.aliases[i]
		if strings.ContainsAny(a.text, "\t\n") {
			continue
		}
		l := a.text + "\t" + k.entries[a.entry].kind.String()
		if a.ambig {
			l += "\tshared"
		}
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

// NewNameKB builds a KB that holds only names and their kinds, from lines
// as NERNameLines writes them (blank lines and '#' comments skipped). Its
// MatchTokens finds the same spans, with the same hit kinds in the same
// order, as the KB the lines came from: the case rules follow from the
// alias text and kind as when the KB was compiled. It has no codes, roles
// or countries.
func NewNameKB(lines []string) (*KB, error) {
	k := NewKB()
	// Presized: appending to these slices one name at a time copied them
	// over and over (a third of a second of every start-up).
	k.entries = make([]entry, 0, len(lines))
	k.aliases = make([]alias, 0, len(lines))
	// So is the vocabulary (fewer distinct words than names), and the
	// aliases' token ids are windows on shared blocks, not a slice each
	// grown token by token.
	k.vocab = make(map[string]int32, len(lines))
	var block []int32
	ntoks := 0
	for n, l := range lines {
		if l == "" || l[0] == '#' {
			continue
		}
		text, rest, ok := strings.Cut(l, "\t")
		if !ok || text == "" {
			return nil, fmt.Errorf("name KB line %d: want alias<TAB>kind: %q", n+1, l)
		}
		kindStr, flag, _ := strings.Cut(rest, "\t")
		kind, ok := ParseKind(kindStr)
		if !ok {
			return nil, fmt.Errorf("name KB line %d: unknown kind %q", n+1, kindStr)
		}
		if flag != "" && flag != "shared" {
			return nil, fmt.Errorf("name KB line %d: unknown flag %q", n+1, flag)
		}
		toks := normTokens(text)
		if len(toks) == 0 {
			continue
		}
		e := int32(len(k.entries))
		k.entries = append(k.entries, entry{kind: kind, name: text})
		// As KB.addAlias, but the trie is built once at the end (buildTrie
		// lays it out as a decoded KB's).
		a := alias{text: text, entry: e, mode: aliasCaseMode(text, kind), ambig: flag == "shared"}
		if cap(block)-len(block) < len(toks) {
			block = make([]int32, 0, max(len(toks), 1<<14))
		}
		at := len(block)
		for _, t := range toks {
			block = append(block, k.intern(t))
		}
		a.toks = block[at:len(block):len(block)]
		a.shape = aliasShape(text, kind)
		k.aliases = append(k.aliases, a)
		ntoks += len(a.toks)
	}
	k.buildTrie(ntoks)
	return k, nil
}

// ReadNameLines reads a name list (data/ner/gazetteer/kb.txt).
func ReadNameLines(r io.Reader) ([]string, error) {
	var out []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out, sc.Err()
}

// NERGazetteerKB reads a name list file (data/ner/gazetteer/kb.txt) and
// builds its name KB: the gazetteer KB of training, and the KB a GUM
// conversion for measuring should use.
func NERGazetteerKB(path string) (*KB, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: KB name list: %w", err)
	}
	defer f.Close()
	lines, err := ReadNameLines(f)
	if err != nil {
		return nil, fmt.Errorf("ner: KB name list %s: %w", path, err)
	}
	kb, err := NewNameKB(lines)
	if err != nil {
		return nil, fmt.Errorf("ner: %s: %w", path, err)
	}
	return kb, nil
}

// GazetteerKB returns the KB the recogniser takes its gazetteer features
// from: the name KB stored in the model, or LoadKB's for a model written
// before models carried one. The GUM conversion of a measure should use it,
// so that gold and model read names alike.
func (n *NER) GazetteerKB() *KB { return n.kb }
