// Package tone is dyad's tone stage: it scores how positive or negative the
// words of a document are, in the manner of the GDELT Global Knowledge
// Graph's tone field, with the AFINN-165 word list (data/tone).
//
// For a stretch of text, every token holding a letter or a digit is a word
// (punctuation is not). A word, or a phrase of the lexicon starting at it
// ("can't stand", "kind of"), is looked up lower-cased, and then by its
// lemma when the syntax stage gave one; a function word (tagged ADP, SCONJ,
// CCONJ, DET, PRON, AUX or PART) is not scored. A word with a score above zero is
// positive, below zero negative. A negator (not, no, never, n't, without,
// nor, neither, none, nobody, nothing, nowhere, cannot) among the three
// words before a scored word flips it: "not good" is negative, "no one was
// hurt" positive. Punctuation that ends a clause (, ; : . ! ? parentheses,
// dashes) closes the window, so a negation never reaches across it, and
// negators are never scored themselves.
//
// The figures of doc.Tone follow GDELT's definitions:
//
//	Positive = 100 × positive words / Words
//	Negative = 100 × negative words / Words
//	Tone     = Positive − Negative     (−100 to +100, news mostly −10 to +5)
//	Polarity = Positive + Negative     (how emotive the text is)
//	Words    = number of words
//
// A scored phrase counts once, as one positive or negative item; its words
// all count in Words. The intensity of a score (AFINN's −5 to +5) is not
// used, only its sign, as in GDELT.
//
// [Score] sets Document.Tone for the whole document and Event.Tone of each
// event to the tone of the sentence it was coded from. It reads the tokens
// of the segment stage (and lemmas of the syntax stage when present); a
// document without tokens is tokenised on the fly, without storing them.
package tone

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	tonedata "github.com/dyadproject/dyad/data/tone"
	"github.com/dyadproject/dyad/doc"
	"github.com/dyadproject/dyad/segment"
)

// window is how many words before a scored word a negator reaches.
const window = 3

// negators flip the polarity of a scored word within window words after
// them. "n't" is the tokeniser's split of "didn't", "won't" and the like.
var negators = map[string]bool{
	"not": true, "no": true, "never": true, "n't": true, "without": true,
	"nor": true, "neither": true, "none": true, "nobody": true, "nothing": true,
	"nowhere": true, "cannot": true,
}

// functionWord are the parts of speech never scored, once the syntax stage
// has tagged them: AFINN rates "like" +2, which in news is mostly the
// preposition ("countries like Norway").
var functionWord = map[string]bool{
	"ADP": true, "SCONJ": true, "CCONJ": true, "DET": true, "PRON": true,
	"AUX": true, "PART": true,
}

// lexicon is the word list: single words in words, phrases of several
// tokens under their first token.
type lexicon struct {
	words   map[string]int
	phrases map[string][]phrase
}

// phrase is a lexicon entry of several tokens; rest are the lower-case
// tokens after the first.
type phrase struct {
	rest  []string
	score int
}

var defaultLexicon = sync.OnceValues(func() (*lexicon, error) {
	return parseLexicon(tonedata.AFINN165)
})

// lex returns the embedded lexicon. It is checked by the tests, so a
// failure here is a broken build, hence the panic.
func lex() *lexicon {
	l, err := defaultLexicon()
	if err != nil {
		panic(err)
	}
	return l
}

// parseLexicon reads word<TAB>score lines (# starts a comment line). A
// phrase is split into tokens by the same tokeniser that splits documents,
// so "can't stand" is looked for as ca + n't + stand.
func parseLexicon(tsv string) (*lexicon, error) {
	l := &lexicon{words: map[string]int{}, phrases: map[string][]phrase{}}
	for n, line := range strings.Split(tsv, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		word, sc, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, &lexiconError{line: n + 1, msg: "no tab"}
		}
		score, err := strconv.Atoi(sc)
		if err != nil || word == "" {
			return nil, &lexiconError{line: n + 1, msg: "want word<TAB>integer score"}
		}
		word = strings.ToLower(word)
		toks := segment.Tokens(word)
		if len(toks) <= 1 {
			l.words[word] = score
			continue
		}
		first := word[toks[0].Start:toks[0].End]
		p := phrase{score: score}
		for _, t := range toks[1:] {
			p.rest = append(p.rest, word[t.Start:t.End])
		}
		l.phrases[first] = append(l.phrases[first], p)
	}
	// Longest phrases first, so that the longest match wins.
	for _, ps := range l.phrases {
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].rest) > len(ps[j-1].rest); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
	}
	if len(l.words) == 0 {
		return nil, &lexiconError{msg: "no entries"}
	}
	return l, nil
}

type lexiconError struct {
	line int
	msg  string
}

func (e *lexiconError) Error() string {
	if e.line > 0 {
		return "tone lexicon line " + strconv.Itoa(e.line) + ": " + e.msg
	}
	return "tone lexicon: " + e.msg
}

// counts are the raw tallies behind a doc.Tone.
type counts struct {
	words, pos, neg int
}

func (c *counts) add(o counts) {
	c.words += o.words
	c.pos += o.pos
	c.neg += o.neg
}

func (c counts) tone() doc.Tone {
	if c.words == 0 {
		return doc.Tone{}
	}
	pos := 100 * float64(c.pos) / float64(c.words)
	neg := 100 * float64(c.neg) / float64(c.words)
	return doc.Tone{Tone: pos - neg, Positive: pos, Negative: neg, Polarity: pos + neg, Words: c.words}
}

// Score sets d.Tone to the tone of the whole document and, for each event
// whose sentence exists, Event.Tone to the tone of that sentence.
func Score(d *doc.Document) {
	l := lex()
	var sc scratch
	var total counts
	if !hasTokens(d) {
		total = l.count(&sc, d.Text, segment.Tokens(d.Text))
		t := total.tone()
		d.Tone = &t
		for i := range d.Events {
			if e := &d.Events[i]; e.Sentence >= 0 && e.Sentence < len(d.Sentences) {
				st := sentence(l, &sc, d, e.Sentence)
				e.Tone = &st
			}
		}
		return
	}
	perSentence := make([]counts, len(d.Sentences))
	if len(d.Sentences) == 0 {
		total = l.count(&sc, d.Text, d.Tokens)
	}
	for i, s := range d.Sentences {
		perSentence[i] = l.count(&sc, d.Text, d.Tokens[s.TokenStart:s.TokenEnd])
		total.add(perSentence[i])
	}
	t := total.tone()
	d.Tone = &t
	for i := range d.Events {
		if e := &d.Events[i]; e.Sentence >= 0 && e.Sentence < len(d.Sentences) {
			st := perSentence[e.Sentence].tone()
			e.Tone = &st
		}
	}
}

// Sentence returns the tone of sentence i of d (the zero Tone for an index
// out of range).
func Sentence(d *doc.Document, i int) doc.Tone {
	if i < 0 || i >= len(d.Sentences) {
		return doc.Tone{}
	}
	var sc scratch
	return sentence(lex(), &sc, d, i)
}

func sentence(l *lexicon, sc *scratch, d *doc.Document, i int) doc.Tone {
	s := d.Sentences[i]
	if hasTokens(d) && s.TokenEnd <= len(d.Tokens) && s.TokenStart <= s.TokenEnd {
		return l.count(sc, d.Text, d.Tokens[s.TokenStart:s.TokenEnd]).tone()
	}
	text := d.Text[s.Start:s.End]
	return l.count(sc, text, segment.Tokens(text)).tone()
}

// Text returns the tone of a piece of text (a quote, a headline),
// tokenised on the fly.
func Text(text string) doc.Tone {
	var sc scratch
	return lex().count(&sc, text, segment.Tokens(text)).tone()
}

// hasTokens reports whether d's tokens and sentences agree, so that the
// sentences' token ranges can be used.
func hasTokens(d *doc.Document) bool {
	if len(d.Tokens) == 0 {
		return false
	}
	for _, s := range d.Sentences {
		if s.TokenStart < 0 || s.TokenStart > s.TokenEnd || s.TokenEnd > len(d.Tokens) {
			return false
		}
	}
	return true
}

// scratch is the reusable buffer for lower-casing a token.
type scratch struct {
	buf []byte
}

// lower returns the lower-case form of s, with the typographic apostrophe
// ’ read as '. For ASCII text it reuses sc.buf and returns a string that
// aliases it: valid only until the next call.
func (sc *scratch) lower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		return strings.ReplaceAll(strings.ToLower(s), "’", "'")
	}
	sc.buf = sc.buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		sc.buf = append(sc.buf, c)
	}
	return unsafeString(sc.buf)
}

// kind of token for the counting loop.
const (
	other  = iota // punctuation that neither counts nor breaks the window
	word          // holds a letter or digit
	breaks        // clause punctuation: ends the negation window
)

func classify(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				return word
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return word
		}
		i += n
	}
	switch s {
	case ",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "--", "—", "–", "...", "…":
		return breaks
	}
	return other
}

// count tallies the words of toks, whose offsets index text.
func (l *lexicon) count(sc *scratch, text string, toks []doc.Token) counts {
	var c counts
	lastNeg := -window - 1 // word number of the last negator in reach
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		surface := text[t.Start:t.End]
		switch classify(surface) {
		case breaks:
			lastNeg = -window - 1
			continue
		case other:
			continue
		}
		c.words++
		at := c.words // this item's word number
		w := sc.lower(surface)
		score, n := l.phraseAt(sc, text, toks, i, w)
		if n > 1 {
			// The phrase's other tokens are words too (or punctuation
			// inside it, as a hyphen).
			for _, u := range toks[i+1 : i+n] {
				if classify(text[u.Start:u.End]) == word {
					c.words++
				}
			}
		} else if negators[w] || strings.HasSuffix(w, "n't") {
			lastNeg = at
			continue
		} else if functionWord[t.UPOS] {
			continue
		} else {
			s, ok := l.words[w]
			if !ok && t.Lemma != "" {
				s, ok = l.words[sc.lower(t.Lemma)]
			}
			if !ok {
				continue
			}
			score = s
		}
		// A negator among the window words before the item flips it.
		if at-lastNeg <= window {
			score = -score
		}
		switch {
		case score > 0:
			c.pos++
		case score < 0:
			c.neg++
		}
		i += n - 1
	}
	return c
}

// phraseAt matches the lexicon's phrases starting with the token i (whose
// lower-case form is w) and returns the score and token length of the
// longest match, or n = 1 when none matches.
func (l *lexicon) phraseAt(sc *scratch, text string, toks []doc.Token, i int, w string) (score, n int) {
	ps, ok := l.phrases[w]
	if !ok {
		return 0, 1
	}
next:
	for _, p := range ps {
		if i+len(p.rest) >= len(toks) {
			continue
		}
		for k, want := range p.rest {
			u := toks[i+1+k]
			if !strings.EqualFold(text[u.Start:u.End], want) {
				continue next
			}
		}
		return p.score, 1 + len(p.rest)
	}
	return 0, 1
}

// unsafeString views b as a string without copying, for map lookups of a
// token's lower-case form; the string must not outlive the next change to b.
func unsafeString(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}
