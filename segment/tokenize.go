package segment

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds seen by the sentence splitter. They are finer than anything
// the document model keeps: the splitter needs to know an abbreviation from a
// plain word and an opening quote from a closing one.
const (
	kWord      uint8 = iota
	kNum             // starts with a digit: 3.5, 1,200, 10:30, 9/11
	kAbbr            // word with its period, may end a sentence: Inc. U.S. etc.
	kAbbrTitle       // word with its period, never ends a sentence: Mr. Gen. e.g.
	kInitial         // one capital letter with its period: W.
	kListNum         // "1." or "a." opening a line: a list item marker
	kPeriod          // .
	kTerm            // a run of ! and ?
	kEllipsis        // ... or …
	kOpenQ           // opening quotation mark
	kCloseQ          // closing quotation mark (or a possessive apostrophe)
	kOpenBr          // ( [ {
	kCloseBr         // ) ] }
	kComma           // ,
	kSemi            // ;
	kColon           // :
	kDash            // — – --
	kHyphen          // a lone -
	kBullet          // • and friends, or * or - opening a line
	kSym             // any other symbol: $ % & # ...
	kURL             // URL or e-mail address
	kHandle          // @handle, #hashtag
	kEmo             // emoticon :) ;-)
	kClitic          // 's n't 'll 're 've 'm 'd, and the tails of "cannot", "dont"
	kSep             // a separator line: ===== _____ ***** ------
)

// Token flags.
const (
	fLine  uint8 = 1 << iota // first token of a line (or of the paragraph)
	fSpace                   // white space (or the paragraph start) before it
	fUpper                   // first letter upper case
	fLower                   // first letter lower case
)

// tok is the splitter's view of a token.
type tok struct {
	start, end int
	kind       uint8
	flags      uint8
}

// Byte classes for the ASCII fast path.
const (
	cSpace uint8 = 1 << iota
	cUpper
	cLower
	cDigit
	cNL    // a line break
	cAlnum = cUpper | cLower | cDigit
)

var ascii [256]uint8

func init() {
	for c := 'A'; c <= 'Z'; c++ {
		ascii[c] = cUpper
	}
	for c := 'a'; c <= 'z'; c++ {
		ascii[c] = cLower
	}
	for c := '0'; c <= '9'; c++ {
		ascii[c] = cDigit
	}
	for _, c := range " \t\n\r\v\f" {
		ascii[c] = cSpace
	}
	ascii['\n'] |= cNL
	ascii['\v'] |= cNL
	ascii['\f'] |= cNL
}

// isSpaceRune reports the non-ASCII runes treated as white space: Unicode
// spaces plus the invisible zero-width space and byte-order mark, which must
// never end up inside a token.
func isSpaceRune(r rune) bool {
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x200B, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// isWordRune reports the non-ASCII runes that continue a word. The soft
// hyphen and the zero-width joiner are kept inside a word rather than
// splitting it.
func isWordRune(r rune) bool {
	if r == 0xAD || r == 0x200D || r == 0x200C {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// wordAt reports whether a word character starts at byte i.
func wordAt(t string, i int) bool {
	if i >= len(t) {
		return false
	}
	c := t[i]
	if c < utf8.RuneSelf {
		return ascii[c]&cAlnum != 0 || c == '_'
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return isWordRune(r) && r != 0xAD
}

// spaceAt reports whether white space, or the end of the text, is at byte i.
func spaceAt(t string, i int) bool {
	if i >= len(t) {
		return true
	}
	c := t[i]
	if c < utf8.RuneSelf {
		return ascii[c]&cSpace != 0
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return isSpaceRune(r)
}

// scanner turns text into toks. The flags for the next token are gathered
// while skipping white space and consumed by add.
type scanner struct {
	text   string
	all    []tok // every token of the text so far
	flags  uint8
	dquote bool // a straight double quote is open in this paragraph
	squote bool // a straight single quote is open
}

func (s *scanner) add(start, end int, kind uint8) {
	s.all = append(s.all, tok{start: start, end: end, kind: kind, flags: s.flags})
	s.flags = 0
}

// addCased adds a token whose kind may start with a letter, recording the
// case of its first letter.
func (s *scanner) addCased(start, end int, kind uint8) {
	if c := s.text[start]; c < utf8.RuneSelf {
		s.all = append(s.all, tok{start: start, end: end, kind: kind, flags: s.flags | (ascii[c]&(cUpper|cLower))<<1}) // cUpper→fUpper, cLower→fLower
		s.flags = 0
		return
	}
	s.addCasedRune(start, end, kind)
}

// addCasedRune is addCased for a token that starts with a non-ASCII rune.
func (s *scanner) addCasedRune(start, end int, kind uint8) {
	f := s.flags
	r, _ := utf8.DecodeRuneInString(s.text[start:])
	if unicode.IsUpper(r) || unicode.IsTitle(r) {
		f |= fUpper
	} else if unicode.IsLower(r) {
		f |= fLower
	}
	s.all = append(s.all, tok{start: start, end: end, kind: kind, flags: f})
	s.flags = 0
}

func init() {
	// addCased shifts the byte classes into the token flags; keep them aligned.
	if cUpper<<1 != fUpper || cLower<<1 != fLower {
		panic("segment: byte class and token flag bits out of step")
	}
}

// next scans the token (or tokens, for "don't") starting at p, which is not
// white space, and returns the position after them.
func (s *scanner) next(p int) int {
	c := s.text[p]
	if c < utf8.RuneSelf {
		if c == '_' {
			if e := run(s.text, p, '_'); e-p >= 3 {
				s.add(p, e, kSep) // a line or a blank to fill in: _____
				return e
			}
		}
		if ascii[c]&cAlnum != 0 || c == '_' {
			return s.word(p)
		}
		return s.punct(p, c)
	}
	r, size := utf8.DecodeRuneInString(s.text[p:])
	if isWordRune(r) {
		return s.word(p)
	}
	return s.punctRune(p, r, size)
}

// word scans a word from p: letters and digits with the connectors that stay
// inside a word (hyphens between letters, decimal points and thousands
// separators between digits, the periods of U.S. and e.g., apostrophes of
// O'Brien). It splits clitics off and keeps an abbreviation's period.
func (s *scanner) word(p int) int {
	t := s.text
	n := len(t)
	if urlFirst[t[p]] && isURLStart(t[p:]) {
		return s.url(p)
	}
	q := p
	seg := p       // start of the current period-separated piece
	maxSeg := 0    // longest piece so far, for telling "U.S" from "google.com"
	dots := false  // an inner period was kept
	digits := true // only digits and numeric connectors so far
	var seen uint8 // classes of the ASCII letters and digits met
loop:
	for q < n {
		c := t[q]
		if c < utf8.RuneSelf {
			cl := ascii[c]
			if cl&cAlnum != 0 {
				// The common case: a run of letters and digits.
				seen |= cl
				q++
				for q < n {
					cl = ascii[t[q]]
					if cl&cAlnum == 0 {
						break
					}
					seen |= cl
					q++
				}
				if cl&cSpace != 0 && q < n {
					break loop // most words end at a space
				}
				continue
			}
			if c == '_' {
				digits = false
				q++
				continue
			}
			switch c {
			case '-':
				if q > p && wordAt(t, q+1) {
					digits = false
					q++
					seg = q // pieces of "million-U.S." are measured from the hyphen
					continue
				}
			case '.':
				if q+1 < n && q > p {
					d := ascii[t[q+1]]
					prevDigit := ascii[t[q-1]]&cDigit != 0
					if prevDigit && d&cDigit != 0 {
						q++ // decimal point
						continue
					}
					// A period between letters is part of the word when a lower
					// case letter or digit follows (e.g, a.m, example.com) or
					// when the piece before it is one letter (U.S, U.N.).
					// Ph.D keeps its period too: a capital two-letter piece.
					if d&(cLower|cDigit) != 0 || (d&cUpper != 0 && (q-seg == 1 || q-seg == 2 && ascii[t[seg]]&cUpper != 0)) {
						if q-seg > maxSeg {
							maxSeg = q - seg
						}
						dots = true
						digits = false
						q++
						seg = q
						continue
					}
					if t[q+1] == '-' && q-seg == 1 && wordAt(t, q+2) {
						dots = true // "U.S.-backed"
						digits = false
						q += 2
						seg = q
						continue
					}
					if d&cUpper != 0 && upperTLD(t, q+1) {
						dots = true
						digits = false
						q++
						seg = q
						continue
					}
					if d&cUpper != 0 && atInChunk(t, q) {
						return s.email(p) // Kevin.A.Boone@example.com
					}
				}
			case ',':
				if q > p && q+1 < n && ascii[t[q-1]]&cDigit != 0 && ascii[t[q+1]]&cDigit != 0 {
					q++ // thousands separator
					continue
				}
			case ':':
				if q > p && q+1 < n && ascii[t[q-1]]&cDigit != 0 && ascii[t[q+1]]&cDigit != 0 {
					q++ // clock time, ratio
					continue
				}
				if q+2 < n && t[q+1] == '/' && t[q+2] == '/' {
					return s.url(p)
				}
			case '/':
				if q > p && q+1 < n && ascii[t[q-1]]&cDigit != 0 && ascii[t[q+1]]&cDigit != 0 {
					q++ // dates and fractions: 9/11, 3/4
					continue
				}
			case '&':
				if q > p && q+1 < n && ascii[t[q-1]]&cUpper != 0 && ascii[t[q+1]]&cUpper != 0 {
					digits = false
					q++ // AT&T, S&P
					continue
				}
			case '@':
				if q > p && q+1 < n && ascii[t[q+1]]&cAlnum != 0 {
					return s.email(p)
				}
			case '\'':
				if r, done := s.apostrophe(p, q, 1); done {
					return r
				} else if r > q {
					digits = false
					q = r
					continue
				}
			}
			break loop
		}
		r, size := utf8.DecodeRuneInString(t[q:])
		switch {
		case r == '’':
			if e, done := s.apostrophe(p, q, size); done {
				return e
			} else if e > q {
				digits = false
				q = e
				continue
			}
			break loop
		case r == '‐' || r == '‑': // Unicode hyphens
			if q > p && wordAt(t, q+size) {
				digits = false
				q += size
				continue
			}
			break loop
		case isWordRune(r):
			digits = false
			q += size
			continue
		}
		break loop
	}
	if q-seg > maxSeg {
		maxSeg = q - seg
	}
	if seen&(cUpper|cLower) != 0 {
		digits = false
	}
	if q < n && t[q] == '.' {
		// "franz371...@example.com": an address obscured by a mail archive.
		if e := run(t, q, '.'); e < n && t[e] == '@' && e+1 < n && ascii[t[e+1]]&cAlnum != 0 {
			return s.email(p)
		}
	}
	// A following single period may belong to the word.
	if q < n && t[q] == '.' && (q+1 >= n || t[q+1] != '.') {
		if kind := s.abbrevKind(p, q, dots, maxSeg, digits); kind != kWord {
			s.addCased(p, q+1, kind)
			return q + 1
		}
	}
	if digits {
		s.add(p, q, kNum)
		return q
	}
	if !mayBeFused(t, p, q) {
		// Most words: addCased written out, so that no call is left on
		// this path.
		if c := t[p]; c < utf8.RuneSelf {
			s.all = append(s.all, tok{start: p, end: q, kind: kWord, flags: s.flags | (ascii[c]&(cUpper|cLower))<<1})
			s.flags = 0
			return q
		}
		s.addCasedRune(p, q, kWord)
		return q
	}
	s.plainWord(p, q, digits)
	return q
}

// mayBeFused reports whether the word [p,q) can be a fused contraction
// ("dont", "cannot", "gonna"; see plainWord): four to eight bytes ending in
// "nt", "ot", "na" or "ta". Most words fail it after two byte tests.
func mayBeFused(t string, p, q int) bool {
	if l := q - p; l < 4 || l > 8 {
		return false
	}
	a, b := t[q-2]|0x20, t[q-1]|0x20
	return (b == 't' && (a == 'n' || a == 'o')) || (b == 'a' && (a == 'n' || a == 't'))
}

// urlFirst marks the bytes a URL can start with (see isURLStart).
var urlFirst = [256]bool{'h': true, 'H': true, 'w': true, 'W': true, 'f': true, 'F': true}

// isURLStart reports whether t begins like a URL: a scheme or "www.".
// It is asked about every word starting with h, f or w, so it looks at
// single bytes before comparing strings.
func isURLStart(t string) bool {
	if len(t) < 4 {
		return false
	}
	switch t[0] | 0x20 {
	case 'h':
		if t[1]|0x20 != 't' || t[2]|0x20 != 't' || t[3]|0x20 != 'p' {
			return false
		}
		return hasPrefixFold(t, "http://") || hasPrefixFold(t, "https://")
	case 'w':
		return t[1]|0x20 == 'w' && t[2]|0x20 == 'w' && t[3] == '.'
	case 'f':
		return hasPrefixFold(t, "ftp://")
	}
	return false
}

// hasPrefixFold is strings.HasPrefix ignoring ASCII case, for a lower-case
// prefix.
func hasPrefixFold(t, prefix string) bool {
	if len(t) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if t[i]|0x20 != prefix[i] && t[i] != prefix[i] {
			return false
		}
	}
	return true
}

// plainWord adds the word [p,q), splitting the fused contractions of web text.
func (s *scanner) plainWord(p, q int, digits bool) {
	if digits {
		s.add(p, q, kNum)
		return
	}
	if mayBeFused(s.text, p, q) {
		if k, ok := fusedContractions[s.text[p:q]]; ok {
			s.addCased(p, p+k, kWord)
			s.add(p+k, q, kClitic)
			return
		}
	}
	s.addCased(p, q, kWord)
}

// abbrevKind decides whether the period after the word [p,q) is part of it,
// returning kWord when it is not.
func (s *scanner) abbrevKind(p, q int, dots bool, maxSeg int, digits bool) uint8 {
	t := s.text
	w := t[p:q]
	if dots && maxSeg <= 2 && !digits {
		if dotted[w] == abTitle {
			return kAbbrTitle
		}
		return kAbbr
	}
	switch abbrevs[w] {
	case abTitle:
		return kAbbrTitle
	case abMay:
		return kAbbr
	case abNum:
		// "No. 5" but "I said no."
		i := q + 1
		for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
			i++
		}
		if i < len(t) && ascii[t[i]]&cDigit != 0 {
			return kAbbrTitle
		}
		return kWord
	}
	lineStart := s.flags&fLine != 0 && spaceAt(t, q+1)
	if digits {
		if lineStart && q-p <= 3 {
			return kListNum
		}
		return kWord
	}
	if q-p == 1 {
		c := t[p]
		if ascii[c]&cUpper != 0 {
			if lineStart && c <= 'H' {
				return kListNum // "A. The first item"
			}
			return kInitial
		}
		if lineStart && ascii[c]&cLower != 0 {
			return kListNum
		}
		return kWord
	}
	if q-p <= 3 {
		// A non-ASCII single capital, as in "Ö. Yilmaz".
		r, size := utf8.DecodeRuneInString(w)
		if size == len(w) && r >= utf8.RuneSelf && unicode.IsUpper(r) {
			return kInitial
		}
	}
	return kWord
}

// apostrophe handles an apostrophe of al bytes at q inside the word started
// at p. It returns (end, true) when it added the word and a clitic; (q', false)
// with q' > q when the apostrophe stays inside the word (O'Brien); (q, false)
// when the word ends before the apostrophe.
func (s *scanner) apostrophe(p, q, al int) (int, bool) {
	t := s.text
	a := q + al
	if a >= len(t) {
		return q, false
	}
	// n't: the n goes with the clitic, so can't → ca n't, don't → do n't.
	if q-p >= 2 && (t[q-1] == 'n' || t[q-1] == 'N') && (t[a] == 't' || t[a] == 'T') && !wordAt(t, a+1) {
		s.addCased(p, q-1, kWord)
		s.add(q-1, a+1, kClitic)
		return a + 1, true
	}
	if k := cliticLen(t, a); k > 0 {
		s.addCased(p, q, kWord)
		s.add(q, a+k, kClitic)
		return a + k, true
	}
	if wordAt(t, a) {
		return a, false
	}
	return q, false
}

// cliticLen returns the length of the clitic letters s m d re ve ll at a
// (after an apostrophe) when they end the word, else 0.
func cliticLen(t string, a int) int {
	c := t[a] | 0x20
	k := 0
	switch c {
	case 's', 'm', 'd':
		k = 1
	case 'r', 'v':
		if a+1 < len(t) && t[a+1]|0x20 == 'e' {
			k = 2
		}
	case 'l':
		if a+1 < len(t) && t[a+1]|0x20 == 'l' {
			k = 2
		}
	}
	if k == 0 || wordAt(t, a+k) {
		return 0
	}
	return k
}

// url adds a URL starting at p: everything up to white space, less the
// punctuation that ends a sentence or closes a bracket around it.
func (s *scanner) url(p int) int {
	t := s.text
	e := p
	for e < len(t) && !spaceAt(t, e) {
		if t[e] < utf8.RuneSelf {
			e++
		} else {
			_, size := utf8.DecodeRuneInString(t[e:])
			e += size
		}
	}
	e = trimURL(t, p, e)
	s.add(p, e, kURL)
	return e
}

// trimURL drops trailing punctuation from the URL-like run [p,e), keeping a
// closing parenthesis that closes one opened inside the URL (Wikipedia links).
func trimURL(t string, p, e int) int {
	for e > p {
		c := t[e-1]
		switch c {
		case '.', ',', ';', ':', '!', '?', '\'', '"', ']', '}', '>', '*':
			e--
			continue
		case ')':
			open, closed := 0, 0
			for i := p; i < e; i++ {
				switch t[i] {
				case '(':
					open++
				case ')':
					closed++
				}
			}
			if closed > open {
				e--
				continue
			}
			return e
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeLastRuneInString(t[p:e])
			if r == '”' || r == '’' || r == '»' || r == '…' || r == '—' || r == '–' {
				e -= size
				continue
			}
		}
		return e
	}
	return e
}

// email adds an e-mail address whose local part starts at p.
func (s *scanner) email(p int) int {
	t := s.text
	e := p
	for e < len(t) {
		c := t[e]
		if ascii[c]&cAlnum != 0 || c == '.' || c == '_' || c == '-' || c == '+' || c == '%' || c == '@' {
			e++
			continue
		}
		break
	}
	for e > p && (t[e-1] == '.' || t[e-1] == '-') {
		e--
	}
	if !hasByte(t[p:e], '.') {
		// @handle, or a mail system's internal "Jane Doe@ACME": no domain.
		s.add(p, e, kHandle)
		return e
	}
	s.add(p, e, kURL)
	return e
}

// upperTLD reports whether a capitalised top-level domain ("Newsfeed.Com")
// or file extension ("NOTES.DOC") starts at i and ends the word.
func upperTLD(t string, i int) bool {
	e := i
	for e < len(t) && e-i <= 4 && ascii[t[e]]&(cUpper|cLower) != 0 {
		e++
	}
	if e-i < 3 || e-i > 4 || wordAt(t, e) {
		return false
	}
	switch t[i:e] {
	case "Com", "COM", "Net", "NET", "Org", "ORG":
		return true
	}
	return isExtension(t[i:e])
}

// isExtension reports whether w is a common file extension, in any case.
func isExtension(w string) bool {
	if len(w) < 3 || len(w) > 4 {
		return false
	}
	var b [4]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if ascii[c]&cUpper != 0 {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch string(b[:len(w)]) {
	case "doc", "docx", "pdf", "xls", "xlsx", "ppt", "pptx", "htm", "html", "txt", "jpg", "jpeg", "gif", "png", "zip", "rtf", "csv":
		return true
	}
	return false
}

// atInChunk reports whether an @ follows q before white space, which makes
// a word with periods an e-mail address.
func atInChunk(t string, q int) bool {
	for ; q < len(t); q++ {
		c := t[q]
		if c == '@' {
			return true
		}
		if c >= utf8.RuneSelf || ascii[c]&cSpace != 0 {
			return false
		}
	}
	return false
}

// run returns the end of the run of byte c starting at p.
func run(t string, p int, c byte) int {
	for p < len(t) && t[p] == c {
		p++
	}
	return p
}

// punct scans ASCII punctuation or a symbol at p.
func (s *scanner) punct(p int, c byte) int {
	t := s.text
	n := len(t)
	switch c {
	case '.':
		e := run(t, p, '.')
		if e-p > 1 {
			s.add(p, e, kEllipsis)
			return e
		}
		if e < n && ascii[t[e]]&cDigit != 0 && (p == 0 || ascii[t[p-1]]&cAlnum == 0) {
			// ".04", "$.50": a number with no leading zero.
			for e < n && (ascii[t[e]]&cDigit != 0 || t[e] == '.' && e+1 < n && ascii[t[e+1]]&cDigit != 0) {
				e++
			}
			s.add(p, e, kNum)
			return e
		}
		s.add(p, e, kPeriod)
		return e
	case '!', '?':
		e := p + 1
		for e < n && (t[e] == '!' || t[e] == '?') {
			e++
		}
		s.add(p, e, kTerm)
		return e
	case '-':
		e := run(t, p, '-')
		switch {
		case e-p >= 5:
			s.add(p, e, kSep)
		case e-p > 1:
			s.add(p, e, kDash)
		case s.flags&fLine != 0 && spaceAt(t, e):
			s.add(p, e, kBullet)
		default:
			s.add(p, e, kHyphen)
		}
		return e
	case '*':
		e := run(t, p, '*')
		if e-p >= 3 {
			s.add(p, e, kSep)
		} else if s.flags&fLine != 0 && spaceAt(t, e) {
			s.add(p, e, kBullet)
		} else {
			s.add(p, e, kSym)
		}
		return e
	case '"':
		s.add(p, p+1, s.straightQuote(p, 1, &s.dquote))
		return p + 1
	case '\'':
		if p+1 < n && s.flags&fSpace != 0 {
			// A clitic written apart ("do n't" is rare, "'s" after a
			// quoted name is not).
			if k := cliticLen(t, p+1); k > 0 {
				s.add(p, p+1+k, kClitic)
				return p + 1 + k
			}
		}
		s.add(p, p+1, s.straightQuote(p, 1, &s.squote))
		return p + 1
	case '`':
		e := run(t, p, '`')
		s.add(p, e, kOpenQ)
		return e
	case ',':
		s.add(p, p+1, kComma)
		return p + 1
	case ';', ':', '=':
		if e := emoticon(t, p); e > p {
			s.add(p, e, kEmo)
			return e
		}
		switch c {
		case ';':
			s.add(p, p+1, kSemi)
		case ':':
			s.add(p, p+1, kColon)
		default:
			e := run(t, p, '=')
			if e-p >= 3 {
				s.add(p, e, kSep)
			} else {
				s.add(p, e, kSym)
			}
			return e
		}
		return p + 1
	case '(', '[', '{':
		s.add(p, p+1, kOpenBr)
		return p + 1
	case ')', ']', '}':
		s.add(p, p+1, kCloseBr)
		return p + 1
	case '@', '#':
		// @handle and #hashtag; "@example.com" after an obscured address
		// stays whole as well.
		if c == '@' && p+1 < n && ascii[t[p+1]]&cAlnum != 0 {
			return s.email(p)
		}
		e := p + 1
		for e < n && (ascii[t[e]]&cAlnum != 0 || t[e] == '_') {
			e++
		}
		if e > p+1 && (c == '@' || ascii[t[p+1]]&cDigit == 0) {
			s.add(p, e, kHandle)
			return e
		}
	case '^':
		// An eastern face standing alone, "^_^" "^^" "^.^" "^-^", closes the
		// sentence it follows as a western one does.
		if e := kaomoji(t, p); e > p {
			s.add(p, e, kEmo)
			return e
		}
	case '~', '+':
		if e := run(t, p, c); e-p >= 3 {
			s.add(p, e, kSep)
			return e
		}
	case '>':
		if e := run(t, p, '>'); e-p == 2 {
			s.add(p, e, kCloseBr) // the ">>" of "<< File: x.doc >>"
			return e
		}
	case '<':
		if e := run(t, p, '<'); e-p == 2 {
			s.add(p, e, kOpenBr)
			return e
		}
		if p+1 < n && t[p+1] == '3' && spaceAt(t, p+2) {
			s.add(p, p+2, kEmo)
			return p + 2
		}
	}
	s.add(p, p+1, kSym)
	return p + 1
}

// emoticon returns the end of a western emoticon such as :) ;-) :D =( at p,
// or p when there is none. It must stand alone, followed by space or the end
// of the text, so that "note:Details" is not a face.
func emoticon(t string, p int) int {
	e := p + 1
	if e < len(t) && (t[e] == '-' || t[e] == '\'') {
		e++
	}
	if e >= len(t) {
		return p
	}
	switch t[e] {
	case ')', '(', 'D', 'P', 'p', '/', '|', ']', '[', 'O', 'o', '*', '@', '$', 'S':
	default:
		return p
	}
	e++
	for e < len(t) && (t[e] == ')' || t[e] == '(') && t[e] == t[e-1] {
		e++
	}
	if !spaceAt(t, e) {
		return p
	}
	if t[e-1] != ')' && t[e-1] != '(' && p > 0 && !spaceAt(t, p-1) {
		// "x:D" or "ratio:P" glued to a word are not faces.
		return p
	}
	return e
}

// kaomoji returns the end of an eastern face "^_^", "^^", "^.^" or "^-^" at
// p, standing between spaces (or the ends of the text), or p.
func kaomoji(t string, p int) int {
	if p > 0 && !spaceAt(t, p-1) {
		return p
	}
	e := p + 1
	if e < len(t) && (t[e] == '_' || t[e] == '.' || t[e] == '-') {
		e++
	}
	if e >= len(t) || t[e] != '^' || !spaceAt(t, e+1) {
		return p
	}
	return e + 1
}

// straightQuote classifies a straight quote of l bytes at p as opening or
// closing from what touches it; a quote standing alone between spaces takes
// the state of its paragraph (open when none is open).
func (s *scanner) straightQuote(p, l int, open *bool) uint8 {
	t := s.text
	before := s.flags&fSpace != 0
	after := spaceAt(t, p+l)
	var k uint8
	switch {
	case before && !after:
		k = kOpenQ
	case !before && after:
		k = kCloseQ
	case before && after:
		if *open {
			k = kCloseQ
		} else {
			k = kOpenQ
		}
	default:
		// Glued on both sides: closing after a word or a sentence mark,
		// opening after a bracket, colon or dash ("said:"Yes").
		c := t[p-1]
		if ascii[c]&cAlnum != 0 || c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c >= utf8.RuneSelf {
			k = kCloseQ
		} else {
			k = kOpenQ
		}
	}
	*open = k == kOpenQ
	return k
}

// punctRune scans a non-ASCII punctuation mark or symbol r of size bytes at p.
func (s *scanner) punctRune(p int, r rune, size int) int {
	t := s.text
	switch r {
	case '…':
		e := p + size
		for e+size <= len(t) && t[e:e+size] == "…" {
			e += size
		}
		s.add(p, e, kEllipsis)
		return e
	case '—', '–', '‒', '―', '⸺', '⸻':
		e := p + size
		if s.flags&fLine != 0 && spaceAt(t, e) {
			s.add(p, e, kBullet)
		} else {
			s.add(p, e, kDash)
		}
		return e
	case '“', '„', '«', '‘', '‚', '‹', '‟':
		s.add(p, p+size, kOpenQ)
		return p + size
	case '”', '»', '›':
		s.add(p, p+size, kCloseQ)
		return p + size
	case '’':
		if s.flags&fSpace != 0 && p+size < len(t) {
			if k := cliticLen(t, p+size); k > 0 {
				s.add(p, p+size+k, kClitic)
				return p + size + k
			}
		}
		s.add(p, p+size, kCloseQ)
		return p + size
	case '‐', '‑':
		s.add(p, p+size, kHyphen)
		return p + size
	case '•', '·', '●', '▪', '■', '‣', '◦', '⁃', '►', '▶', '○', '□', '✓', '✔', '➢', '→':
		s.add(p, p+size, kBullet)
		return p + size
	}
	s.add(p, p+size, kSym)
	return p + size
}
