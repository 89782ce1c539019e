package syntax

import (
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/model"
)

// Models bundles the trained tagger, lemmatizer and parser that the syntax
// stage runs. All three are safe for concurrent use.
type Models struct {
	Tagger *Tagger
	Lemma  *Lemmatizer
	Parser *Parser
}

// The embedded parser scores each move first with its weights of magnitude
// at least CascadeMin and falls back to all of them unless one move wins by
// CascadeMargin (Parser.WithCascade). Chosen on EWT dev, where the parses
// agree with the full model's on 99.87% of words and UAS and LAS stay
// within 0.01 (docs/MEASURES.md, "Syntax"). DYAD_PARSER_CASCADE=0 in the
// environment turns the cascade off, to compare; DYAD_PARSER_CASCADE=MIN:MARGIN
// tries other settings.
const (
	CascadeMin    = 3.0
	CascadeMargin = 80.0
)

var (
	embeddedOnce sync.Once
	embedded     *Models
	embeddedErr  error
)

// Embedded loads the models compiled into the binary, once per process.
func Embedded() (*Models, error) {
	embeddedOnce.Do(func() {
		embedded, embeddedErr = loadEmbedded()
	})
	return embedded, embeddedErr
}

// loadEmbedded loads fresh copies of the models compiled into the binary.
func loadEmbedded() (*Models, error) {
	m := &Models{}
	r, err := model.Open("tagger.bin.zst")
	if err == nil {
		m.Tagger, err = LoadTagger(r)
	}
	if err == nil {
		if r, err = model.Open("lemma.bin.zst"); err == nil {
			m.Lemma, err = LoadLemmatizer(r)
		}
	}
	if err == nil {
		if r, err = model.Open("parser.bin.zst"); err == nil {
			m.Parser, err = loadCascade(r, os.Getenv("DYAD_PARSER_CASCADE"))
		}
	}
	if err != nil {
		return nil, fmt.Errorf("syntax models: %w", err)
	}
	return m, nil
}

// cascadeSetting parses the parser cascade that env asks for: empty for
// the defaults, "0" for none (on false), "MIN:MARGIN" for other settings.
func cascadeSetting(env string) (minW, margin float64, on bool, err error) {
	switch env {
	case "":
		return CascadeMin, CascadeMargin, true, nil
	case "0":
		return 0, 0, false, nil
	}
	a, b, ok := strings.Cut(env, ":")
	minW, err1 := strconv.ParseFloat(a, 64)
	margin, err2 := strconv.ParseFloat(b, 64)
	if !ok || err1 != nil || err2 != nil || !(minW > 0) || !(margin >= 0) || math.IsInf(minW, 0) || math.IsInf(margin, 0) {
		return 0, 0, false, fmt.Errorf("DYAD_PARSER_CASCADE=%q: want 0 or MIN:MARGIN, such as 3:80", env)
	}
	return minW, margin, true, nil
}

// cascade applies the parser cascade that env asks for (cascadeSetting).
func cascade(p *Parser, env string) (*Parser, error) {
	minW, margin, on, err := cascadeSetting(env)
	if err != nil {
		return nil, err
	}
	if !on {
		return p, nil
	}
	return p.WithCascade(minW, margin), nil
}

// loadCascade reads the parser model r with the cascade that env asks for
// (cascadeSetting): the same parser as LoadParser and cascade give, built
// without the whole table when there is a cascade (LoadParserCascade).
func loadCascade(r io.Reader, env string) (*Parser, error) {
	minW, margin, on, err := cascadeSetting(env)
	if err != nil {
		return nil, err
	}
	if !on {
		return LoadParser(r)
	}
	return LoadParserCascade(r, minW, margin)
}

// scratch holds a document's columns, sentence after sentence, reused
// across documents.
type scratch struct {
	words, lemmas, upos, xpos, deprels []string
	heads                              []int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Annotate tags, lemmatizes and parses every sentence of d, filling the
// tokens' UPOS, XPOS, Lemma, Head (an index into d.Tokens, -1 for a root)
// and Deprel.
//
// Every sentence is tagged and lemmatized before the first is parsed: the
// tagger's and the parser's tables are far larger than the processor's
// caches, and one model's often-used rows stay cached over a whole
// document's sentences instead of being evicted by the other model at
// every sentence. Each sentence's columns are what tagging, lemmatizing and
// parsing it alone gives (the models keep nothing between sentences).
func (m *Models) Annotate(d *doc.Document) {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	total := 0
	for _, s := range d.Sentences {
		total += s.TokenEnd - s.TokenStart
	}
	sc.resize(total)
	off := 0
	for _, s := range d.Sentences {
		toks := d.Tokens[s.TokenStart:s.TokenEnd]
		n := len(toks)
		if n == 0 {
			continue
		}
		words := sc.words[off : off+n]
		for i, t := range toks {
			words[i] = normalizeWord(d.Text[t.Start:t.End])
		}
		m.tagLemma(words, sc.upos[off:off+n], sc.xpos[off:off+n], sc.lemmas[off:off+n])
		off += n
	}
	off = 0
	for _, s := range d.Sentences {
		toks := d.Tokens[s.TokenStart:s.TokenEnd]
		n := len(toks)
		if n == 0 {
			continue
		}
		at := off
		off += n
		heads, deprels := sc.heads[at:off], sc.deprels[at:off]
		m.Parser.Parse(sc.words[at:off], sc.lemmas[at:off], sc.upos[at:off], sc.xpos[at:off], heads, deprels)
		fixTitledAdjective(sc.words[at:off], sc.xpos[at:off], heads, deprels)
		for i := range toks {
			t := &toks[i]
			t.UPOS, t.XPOS, t.Lemma, t.Deprel = sc.upos[at+i], sc.xpos[at+i], sc.lemmas[at+i], deprels[i]
			t.Head = -1
			if h := heads[i]; h > 0 && h <= n {
				t.Head = s.TokenStart + h - 1
			}
		}
	}
}

// run tags, lemmatizes and parses one sentence of normalised words into
// the given columns, each as long as words.
func (m *Models) run(words, upos, xpos, lemmas []string, heads []int, deprels []string) {
	m.tagLemma(words, upos, xpos, lemmas)
	m.Parser.Parse(words, lemmas, upos, xpos, heads, deprels)
	fixTitledAdjective(words, xpos, heads, deprels)
}

// tagLemma tags and lemmatizes one sentence of normalised words into the
// given columns, each as long as words.
func (m *Models) tagLemma(words, upos, xpos, lemmas []string) {
	m.Tagger.Tag(words, upos, xpos)
	fixFiniteVBN(words, upos, xpos)
	fixVerblessVBN(words, upos, xpos)
	fixLeadClauseVBN(words, upos, xpos)
	for i, w := range words {
		lemmas[i] = m.Lemma.Lemma(w, upos[i], xpos[i])
	}
}

func (sc *scratch) resize(n int) {
	grow := func(s []string) []string {
		if cap(s) < n {
			return make([]string, n)
		}
		return s[:n]
	}
	sc.words, sc.lemmas, sc.upos, sc.xpos, sc.deprels = grow(sc.words), grow(sc.lemmas), grow(sc.upos), grow(sc.xpos), grow(sc.deprels)
	if cap(sc.heads) < n {
		sc.heads = make([]int, n)
	}
	sc.heads = sc.heads[:n]
}

// normalizeWord maps typographic quotes and apostrophes to the straight
// forms of the training treebank, so that "Kenya’s" tags like "Kenya's".
func normalizeWord(w string) string {
	if !strings.ContainsAny(w, "‘’“”") {
		return w
	}
	return quoteReplacer.Replace(w)
}

var quoteReplacer = strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`)

// Sentence is one sentence's predicted columns: heads are 1-based within
// the sentence with 0 for the root, as in CoNLL-U.
type Sentence struct {
	UPOS, XPOS, Lemmas, Deprels []string
	Heads                       []int
}

// AnnotateWords tags, lemmatizes and parses one sentence given as words.
func (m *Models) AnnotateWords(words []string) Sentence {
	n := len(words)
	s := Sentence{UPOS: make([]string, n), XPOS: make([]string, n), Lemmas: make([]string, n),
		Deprels: make([]string, n), Heads: make([]int, n)}
	if n == 0 {
		return s
	}
	norm := make([]string, n)
	for i, w := range words {
		norm[i] = normalizeWord(w)
	}
	m.run(norm, s.UPOS, s.XPOS, s.Lemmas, s.Heads, s.Deprels)
	return s
}
