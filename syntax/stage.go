package syntax

import (
	"fmt"
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

var (
	embeddedOnce sync.Once
	embedded     *Models
	embeddedErr  error
)

// Embedded loads the models compiled into the binary, once per process.
func Embedded() (*Models, error) {
	embeddedOnce.Do(func() {
		m := &Models{}
		r, err := model.Open("tagger.bin.gz")
		if err == nil {
			m.Tagger, err = LoadTagger(r)
		}
		if err == nil {
			if r, err = model.Open("lemma.bin.gz"); err == nil {
				m.Lemma, err = LoadLemmatizer(r)
			}
		}
		if err == nil {
			if r, err = model.Open("parser.bin.gz"); err == nil {
				m.Parser, err = LoadParser(r)
			}
		}
		if err != nil {
			embeddedErr = fmt.Errorf("syntax models: %w", err)
			return
		}
		embedded = m
	})
	return embedded, embeddedErr
}

// scratch holds one sentence's columns, reused across sentences.
type scratch struct {
	words, lemmas, upos, xpos, deprels []string
	heads                              []int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Annotate tags, lemmatizes and parses every sentence of d, filling the
// tokens' UPOS, XPOS, Lemma, Head (an index into d.Tokens, -1 for a root)
// and Deprel.
func (m *Models) Annotate(d *doc.Document) {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	for _, s := range d.Sentences {
		toks := d.Tokens[s.TokenStart:s.TokenEnd]
		n := len(toks)
		if n == 0 {
			continue
		}
		sc.resize(n)
		for i, t := range toks {
			sc.words[i] = normalizeWord(d.Text[t.Start:t.End])
		}
		m.run(sc.words, sc.upos, sc.xpos, sc.lemmas, sc.heads, sc.deprels)
		for i := range toks {
			t := &toks[i]
			t.UPOS, t.XPOS, t.Lemma, t.Deprel = sc.upos[i], sc.xpos[i], sc.lemmas[i], sc.deprels[i]
			t.Head = -1
			if h := sc.heads[i]; h > 0 && h <= n {
				t.Head = s.TokenStart + h - 1
			}
		}
	}
}

// run tags, lemmatizes and parses one sentence of normalised words into
// the given columns, each as long as words.
func (m *Models) run(words, upos, xpos, lemmas []string, heads []int, deprels []string) {
	m.Tagger.Tag(words, upos, xpos)
	for i, w := range words {
		lemmas[i] = m.Lemma.Lemma(w, upos[i], xpos[i])
	}
	m.Parser.Parse(words, lemmas, upos, xpos, heads, deprels)
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
