package actor

// Named-entity data: readers for the IOB/CoNLL formats the trainer and the
// scorer use, the bracketed format of dyad's own news sentences (data/ner),
// and helpers that make label sets agree (entity spans from BIO tags).

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad/segment"
)

// NERTypes are the entity types the recogniser predicts.
var NERTypes = []string{"PER", "ORG", "LOC", "GPE", "NORP", "MISC"}

// NERSentence is one sentence of NER data: its words and their BIO tags
// (O, B-PER, I-PER, …).
type NERSentence struct {
	Words []string
	Tags  []string
	Doc   string // the document or file it comes from, where known
	// UPOS, when set, holds a universal part-of-speech tag for every word
	// (models with part-of-speech features tag sentences without them).
	UPOS []string
}

// NERSpan is an entity as a token range [Start, End) with its type.
type NERSpan struct {
	Start, End int
	Type       string
}

// SpansFromBIO reads entity spans from BIO tags. It is lenient the way
// conlleval is: an I- tag that does not continue an entity of its type opens
// a new one, and BIOES/BILOU tags (E-, L-, S-, U-) are understood.
func SpansFromBIO(tags []string) []NERSpan {
	var out []NERSpan
	cur := -1
	for i, t := range tags {
		p, typ := splitTag(t)
		switch p {
		case 'B', 'S', 'U':
			out = append(out, NERSpan{Start: i, End: i + 1, Type: typ})
			cur = len(out) - 1
			if p != 'B' {
				cur = -1
			}
		case 'I', 'E', 'L':
			if cur >= 0 && out[cur].Type == typ && out[cur].End == i {
				out[cur].End = i + 1
			} else {
				out = append(out, NERSpan{Start: i, End: i + 1, Type: typ})
				cur = len(out) - 1
			}
			if p != 'I' {
				cur = -1
			}
		default:
			cur = -1
		}
	}
	return out
}

// BIOFromSpans writes BIO tags for n tokens from spans (which must not overlap).
func BIOFromSpans(n int, spans []NERSpan) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	for _, s := range spans {
		for i := s.Start; i < s.End && i < n; i++ {
			if i == s.Start {
				tags[i] = "B-" + s.Type
			} else {
				tags[i] = "I-" + s.Type
			}
		}
	}
	return tags
}

// splitTag splits "B-PER" into 'B' and "PER"; "O" and anything unreadable
// give 'O'.
func splitTag(t string) (byte, string) {
	if len(t) < 3 || (t[1] != '-' && t[1] != '_') {
		return 'O', ""
	}
	switch p := t[0]; p {
	case 'B', 'I', 'E', 'L', 'S', 'U':
		return p, t[2:]
	}
	return 'O', ""
}

// NormalizeNERType maps the type names of the corpora dyad reads onto its
// own: person→PER, location→LOC, corporation and group→ORG, creative-work and
// product→MISC (WNUT-17); PER ORG LOC GPE NORP MISC pass, other names are
// upper-cased.
func NormalizeNERType(t string) string {
	switch strings.ToLower(t) {
	case "per", "person", "pers":
		return "PER"
	case "org", "organization", "organisation", "corporation", "group":
		return "ORG"
	case "loc", "location", "place":
		return "LOC"
	case "gpe":
		return "GPE"
	case "norp":
		return "NORP"
	case "misc", "creative-work", "product", "oth", "other":
		return "MISC"
	}
	return strings.ToUpper(t)
}

// ReadIOB reads NER data in the column formats of the corpora: one token a
// line, a blank line between sentences. Three layouts are recognised per
// sentence: indexed (Universal NER: "idx token tag …", with "#" comment
// lines), two columns (WNUT-17: "token<TAB>tag") and CoNLL-2003 style
// ("token … tag", the tag last); a single column is tokens only (tags "O").
// Tags may be IOB1, IOB2, BIOES or BILOU; they come back as IOB2 with
// normalised type names (NormalizeNERType). WikiANN's "en:" token prefix is
// removed. Documents ("# newdoc id = …" comments, "-DOCSTART-" lines) name
// their sentences' Doc; without them Doc is empty and every sentence counts
// as a document of its own.
func ReadIOB(r io.Reader) ([]NERSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var out []NERSentence
	var rows [][]string
	lineNo, startLine := 0, 0
	docID, docs := "", 0
	flush := func() error {
		if len(rows) == 0 {
			return nil
		}
		s, err := iobSentence(rows)
		if err != nil {
			return fmt.Errorf("line %d: %v", startLine, err)
		}
		s.Doc = docID
		out = append(out, s)
		rows = rows[:0]
		return nil
	}
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r\n")
		if strings.TrimSpace(line) == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		// A comment has no tab ("# sent_id = …"); "#\tO" is the token "#".
		if line[0] == '#' && !strings.Contains(line, "\t") && (len(line) == 1 || line[1] == ' ') {
			if rest, ok := strings.CutPrefix(line, "# newdoc id = "); ok {
				if err := flush(); err != nil {
					return nil, err
				}
				docID = strings.TrimSpace(rest)
			} else if strings.HasPrefix(line, "# newdoc") {
				if err := flush(); err != nil {
					return nil, err
				}
				docs++
				docID = "doc" + strconv.Itoa(docs)
			}
			continue
		}
		var f []string
		if strings.Contains(line, "\t") {
			f = strings.Split(line, "\t")
		} else {
			f = strings.Fields(line)
		}
		if len(f) == 0 {
			continue
		}
		if f[0] == "-DOCSTART-" {
			if err := flush(); err != nil {
				return nil, err
			}
			docs++
			docID = "doc" + strconv.Itoa(docs)
			continue
		}
		if len(rows) == 0 {
			startLine = lineNo
		}
		rows = append(rows, f)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

func iobSentence(rows [][]string) (NERSentence, error) {
	indexed := len(rows[0]) >= 3
	for i, f := range rows {
		if len(f) < 3 || f[0] != strconv.Itoa(i+1) {
			indexed = false
			break
		}
	}
	s := NERSentence{Words: make([]string, len(rows)), Tags: make([]string, len(rows))}
	for i, f := range rows {
		tok, tag := f[0], "O"
		switch {
		case indexed:
			tok, tag = f[1], f[2]
		case len(f) >= 2:
			tag = f[len(f)-1]
		}
		if strings.HasPrefix(tok, "en:") && len(tok) > 3 {
			tok = tok[3:]
		}
		s.Words[i] = tok
		s.Tags[i] = tag
	}
	// Normalise to IOB2 with dyad's type names.
	spans := SpansFromBIO(s.Tags)
	for i := range spans {
		spans[i].Type = NormalizeNERType(spans[i].Type)
	}
	s.Tags = BIOFromSpans(len(rows), spans)
	return s, nil
}

// ReadBracketed reads dyad's own annotated sentences (data/ner/*.txt): one
// sentence a line, entities marked "[TYPE words]", "#" comments and blank
// lines ignored; every sentence is a document of its own. Tokens are made by the project's tokenizer (segment), so the
// data look like what the recogniser sees at run time. An entity boundary
// that falls inside a token is an error naming the line.
func ReadBracketed(r io.Reader, name string) ([]NERSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var out []NERSentence
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		s, err := bracketedSentence(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, lineNo, err)
		}
		out = append(out, s) // each sentence is a document of its own
	}
	return out, sc.Err()
}

func bracketedSentence(line string) (NERSentence, error) {
	type ent struct {
		start, end int
		typ        string
	}
	var plain strings.Builder
	var ents []ent
	open := -1
	typ := ""
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == '[':
			if open >= 0 {
				return NERSentence{}, fmt.Errorf("nested [ at byte %d", i)
			}
			j := strings.IndexByte(line[i:], ' ')
			if j < 0 {
				return NERSentence{}, fmt.Errorf("[ without a type at byte %d", i)
			}
			typ = line[i+1 : i+j]
			if !validNERType(typ) {
				return NERSentence{}, fmt.Errorf("unknown type %q", typ)
			}
			open = plain.Len()
			i += j
		case c == ']' && open >= 0:
			ents = append(ents, ent{open, plain.Len(), typ})
			open = -1
		default:
			plain.WriteByte(c)
		}
	}
	if open >= 0 {
		return NERSentence{}, fmt.Errorf("unclosed [")
	}
	text := plain.String()
	toks := segment.Tokens(text)
	s := NERSentence{Words: make([]string, len(toks)), Tags: make([]string, len(toks))}
	for i, t := range toks {
		s.Words[i] = text[t.Start:t.End]
		s.Tags[i] = "O"
	}
	for _, e := range ents {
		first, last := -1, -1
		for i, t := range toks {
			if t.Start < e.end && t.End > e.start {
				if t.Start < e.start || t.End > e.end {
					return NERSentence{}, fmt.Errorf("entity %q cuts token %q", text[e.start:e.end], s.Words[i])
				}
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if first < 0 {
			return NERSentence{}, fmt.Errorf("empty entity")
		}
		for i := first; i <= last; i++ {
			if i == first {
				s.Tags[i] = "B-" + e.typ
			} else {
				s.Tags[i] = "I-" + e.typ
			}
		}
	}
	return s, nil
}

func validNERType(t string) bool {
	for _, x := range NERTypes {
		if x == t {
			return true
		}
	}
	return false
}

// isCapWord reports whether w starts with an upper-case letter.
func isCapWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
