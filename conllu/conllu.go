// Package conllu reads CoNLL-U treebanks (Universal Dependencies): sentences
// with their comments, syntactic words, multiword tokens and empty nodes.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word of a CoNLL-U sentence: a line whose ID is an
// integer. Empty fields are kept as "_", as in the file.
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 for the root, -1 when the column is "_"
	Deprel string
	Deps   string
	Misc   string
}

// SpaceAfter reports whether white space follows the word in the text
// (false when MISC holds SpaceAfter=No).
func (w Word) SpaceAfter() bool { return spaceAfter(w.Misc) }

// MultiToken is a range line such as "1-2 don't": one surface token that
// covers the syntactic words First..Last (IDs, inclusive).
type MultiToken struct {
	First, Last int
	Form        string
	Misc        string
}

// SpaceAfter reports whether white space follows the surface token.
func (m MultiToken) SpaceAfter() bool { return spaceAfter(m.Misc) }

// EmptyNode is an enhanced-graph empty node ("8.1"); its columns are those
// of a Word except that ID is the decimal ID as written.
type EmptyNode struct {
	ID     string
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Deps   string
	Misc   string
	Before int // the integer part: the node follows word Before
}

// Sentence is one CoNLL-U sentence with its comments.
type Sentence struct {
	ID     string // # sent_id
	Text   string // # text
	NewDoc bool   // # newdoc (optionally "id = ...")
	NewPar bool   // # newpar
	DocID  string
	ParID  string
	// Comments holds every comment line as written, without the "#".
	Comments    []string
	Words       []Word
	MultiTokens []MultiToken
	EmptyNodes  []EmptyNode
}

// SurfaceToken is a token of the text: a multiword token's range or a
// word outside any range.
type SurfaceToken struct {
	Form       string
	SpaceAfter bool
	First      int // index in Sentence.Words of the first word it covers
	Last       int // index of the last word (== First for a plain word)
}

// Tokens returns the sentence's surface tokens in order.
func (s *Sentence) Tokens() []SurfaceToken {
	out := make([]SurfaceToken, 0, len(s.Words))
	mt := 0
	for i := 0; i < len(s.Words); {
		w := s.Words[i]
		for mt < len(s.MultiTokens) && s.MultiTokens[mt].Last < w.ID {
			mt++
		}
		if mt < len(s.MultiTokens) && s.MultiTokens[mt].First == w.ID {
			m := s.MultiTokens[mt]
			last := i
			for last+1 < len(s.Words) && s.Words[last+1].ID <= m.Last {
				last++
			}
			out = append(out, SurfaceToken{Form: m.Form, SpaceAfter: m.SpaceAfter(), First: i, Last: last})
			i = last + 1
			mt++
			continue
		}
		out = append(out, SurfaceToken{Form: w.Form, SpaceAfter: w.SpaceAfter(), First: i, Last: i})
		i++
	}
	return out
}

func spaceAfter(misc string) bool {
	if misc == "_" || misc == "" {
		return true
	}
	for _, f := range strings.Split(misc, "|") {
		if f == "SpaceAfter=No" {
			return false
		}
	}
	return true
}

// ReadFile reads all sentences of a CoNLL-U file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ss, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ss, nil
}

// Read reads CoNLL-U sentences. It is strict about the shape of token
// lines (ten tab-separated columns, numeric IDs) and lenient about comments.
func Read(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	var out []Sentence
	var cur Sentence
	open := false
	line := 0
	flush := func() {
		if open && (len(cur.Words) > 0 || len(cur.MultiTokens) > 0) {
			out = append(out, cur)
		}
		cur = Sentence{}
		open = false
	}
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			l = strings.TrimPrefix(l, "\ufeff")
		}
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		open = true
		if l[0] == '#' {
			c := strings.TrimSpace(l[1:])
			cur.Comments = append(cur.Comments, c)
			key, val, hasVal := strings.Cut(c, "=")
			key = strings.TrimSpace(key)
			val = strings.TrimSpace(val)
			switch {
			case key == "sent_id" && hasVal:
				cur.ID = val
			case key == "text" && hasVal:
				// The text keeps its inner spacing; only the one space
				// after "=" goes.
				_, v, _ := strings.Cut(l, "=")
				cur.Text = strings.TrimPrefix(v, " ")
			case key == "newdoc" || strings.HasPrefix(key, "newdoc "):
				cur.NewDoc = true
				if hasVal {
					cur.DocID = val
				}
			case key == "newpar" || strings.HasPrefix(key, "newpar "):
				cur.NewPar = true
				if hasVal {
					cur.ParID = val
				}
			}
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) != 10 {
			return out, fmt.Errorf("line %d: %d columns, want 10", line, len(cols))
		}
		id := cols[0]
		if a, b, ok := strings.Cut(id, "-"); ok {
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || last < first {
				return out, fmt.Errorf("line %d: bad range ID %q", line, id)
			}
			cur.MultiTokens = append(cur.MultiTokens, MultiToken{First: first, Last: last, Form: cols[1], Misc: cols[9]})
			continue
		}
		if a, _, ok := strings.Cut(id, "."); ok {
			before, err := strconv.Atoi(a)
			if err != nil {
				return out, fmt.Errorf("line %d: bad empty node ID %q", line, id)
			}
			cur.EmptyNodes = append(cur.EmptyNodes, EmptyNode{ID: id, Form: cols[1], Lemma: cols[2],
				UPOS: cols[3], XPOS: cols[4], Feats: cols[5], Deps: cols[8], Misc: cols[9], Before: before})
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil {
			return out, fmt.Errorf("line %d: bad ID %q", line, id)
		}
		head := -1
		if cols[6] != "_" {
			if head, err = strconv.Atoi(cols[6]); err != nil {
				return out, fmt.Errorf("line %d: bad HEAD %q", line, cols[6])
			}
		}
		cur.Words = append(cur.Words, Word{ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3],
			XPOS: cols[4], Feats: cols[5], Head: head, Deprel: cols[7], Deps: cols[8], Misc: cols[9]})
	}
	if err := sc.Err(); err != nil {
		return out, err
	}
	flush()
	return out, nil
}

// SurfaceText rebuilds a sentence's text from its tokens and SpaceAfter,
// for files without "# text".
func (s *Sentence) SurfaceText() string {
	var b strings.Builder
	toks := s.Tokens()
	for i, t := range toks {
		b.WriteString(t.Form)
		if t.SpaceAfter && i+1 < len(toks) {
			b.WriteByte(' ')
		}
	}
	return b.String()
}
