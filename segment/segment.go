// Package segment splits a document's text into paragraphs, sentences and
// tokens, all as UTF-8 byte spans of the text.
//
// It is a single left-to-right scan over bytes: white space is skipped with a
// table lookup, runes are decoded only for non-ASCII bytes, and no regular
// expression runs on the per-character path, so it keeps pace with reading.
// Tokens follow Penn Treebank / Universal Dependencies conventions: clitics
// are split (do n't, Kenya 's, I 'm), punctuation stands alone, while
// hyphenated words, numbers (1,200 3.5 10:30), abbreviations with their
// periods (U.S. Gen.), URLs, e-mail addresses, @handles and #hashtags stay
// whole. An abbreviation that ends a sentence gives up its period as a token
// of its own ("etc" "."), as in UD English.
package segment

import (
	"sync"
	"unicode/utf8"

	"github.com/dyadproject/dyad/doc"
)

// Segment fills d.Paragraphs, d.Sentences and d.Tokens from d.Text,
// replacing what was there. When the text opens with the dateline d.Dateline
// ("LIMA (Reuters) - "), the first sentence starts after the dateline's dash;
// the dateline stays in the first paragraph's span but in no sentence.
func Segment(d *doc.Document) {
	skipFrom, skipTo := -1, -1
	if d.Dateline != nil {
		skipFrom, skipTo = datelineSkip(d.Text, d.Dateline.Start, d.Dateline.End)
	}
	d.Paragraphs, d.Sentences, d.Tokens = split(d.Text, skipFrom, skipTo,
		d.Paragraphs[:0], d.Sentences[:0], d.Tokens[:0])
}

// Split segments text into paragraphs, sentences and tokens.
func Split(text string) ([]doc.Paragraph, []doc.Sentence, []doc.Token) {
	return split(text, -1, -1, nil, nil, nil)
}

// Sentences returns the sentences of text; their token ranges index the
// tokens that Tokens returns for the same text.
func Sentences(text string) []doc.Sentence {
	_, s, _ := Split(text)
	return s
}

// Tokens returns the tokens of text, each with its sentence index.
func Tokens(text string) []doc.Token {
	_, _, t := Split(text)
	return t
}

// Paragraphs returns the paragraphs of text: blocks of text separated by
// lines holding only white space, trimmed of white space; in a text
// hard-wrapped with a blank line after every line, the lines of one
// paragraph are joined back (see unwrapParagraphs).
func Paragraphs(text string) []doc.Paragraph {
	p, _, _ := Split(text)
	return p
}

// datelineSkip returns the span [from, to) to leave out of the sentences for
// a dateline at [start, end): from the dateline to past the dash that follows
// it and the white space after. It returns -1, -1 when the dateline does not
// open a line or no dash follows it closely on the same line.
func datelineSkip(t string, start, end int) (int, int) {
	if start < 0 || end > len(t) || start >= end {
		return -1, -1
	}
	// The dateline must open a line: only white space between it and the
	// previous line break (or the start of the text).
	for i := start - 1; i >= 0; i-- {
		c := t[i]
		if c == '\n' {
			break
		}
		if c < utf8.RuneSelf && ascii[c]&cSpace != 0 {
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeLastRuneInString(t[:i+1])
			if isSpaceRune(r) {
				i -= size - 1
				continue
			}
		}
		return -1, -1
	}
	// The dash: within a short distance ("LIMA, Peru, May 3 (Reuters) - "),
	// on the same line, and not a hyphen inside a word.
	limit := min(end+80, len(t))
	for i := end; i < limit; {
		c := t[i]
		if c == '\n' {
			return -1, -1
		}
		dash := 0
		switch {
		case c == '-':
			dash = run(t, i, '-') - i
			if dash == 1 && i > 0 && wordAt(t, i+1) && ascii[t[i-1]]&cAlnum != 0 {
				dash = 0 // a hyphen inside a word
			}
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(t[i:])
			if r == '—' || r == '–' || r == '―' {
				dash = size
			}
		}
		if dash == 0 {
			if c < utf8.RuneSelf {
				i++
			} else {
				_, size := utf8.DecodeRuneInString(t[i:])
				i += size
			}
			continue
		}
		j := i + dash
		for j < len(t) && t[j] < utf8.RuneSelf && ascii[t[j]]&cSpace != 0 && t[j] != '\n' {
			j++
		}
		return start, j
	}
	return -1, -1
}

// segmenter holds the scratch state of one segmentation: the tokens of the
// whole text in the splitter's form, and the sentences as token ranges.
// Output slices are allocated once, at their exact size, at the end.
type segmenter struct {
	scanner
	toks      []tok // view of the current paragraph's tokens in all
	paraFirst int   // index in all of the current paragraph's first token
	paraStart int   // byte start of the current paragraph, -1 before its first token
	paras     []doc.Paragraph
	sents     []sentRange
	splits    int         // sentence-final abbreviations whose period becomes a token
	brk       []bool      // brk[g]: a sentence ends after token g of the paragraph
	items     []int       // token indices of numbered list items in the paragraph
	pranges   []paraRange // the paragraphs scanned
	sigs      []paraRange // signature lines of the text (see findSignatures)
	unwrapped bool        // the text is wrapped with a blank line after each line (see unwrapParagraphs)
	slab      []doc.Token // the rest of the block new token layers are cut from
	buf       [16]byte
}

// sentRange is a sentence as an inclusive range of indices into all.
type sentRange struct {
	from, to int
	para     int
	split    bool // the last token gives up its final period as a token
}

var pool = sync.Pool{New: func() any { return new(segmenter) }}

func split(text string, skipFrom, skipTo int, paras []doc.Paragraph, sents []doc.Sentence, toks []doc.Token) ([]doc.Paragraph, []doc.Sentence, []doc.Token) {
	s := pool.Get().(*segmenter)
	s.run(text, skipFrom, skipTo)

	paras = append(paras, s.paras...)
	need := len(s.all) + s.splits
	fresh := cap(toks) < need
	if fresh {
		toks = s.tokenBlock(need)
	} else {
		toks = toks[:need]
	}
	if cap(sents) < len(s.sents) {
		sents = make([]doc.Sentence, 0, len(s.sents))
	}
	n := 0
	for si, r := range s.sents {
		first := n
		src := s.all[r.from : r.to+1]
		dst := toks[n : n+len(src)]
		dst = dst[:len(src)]
		if fresh {
			// A new slice is zero already: set only what segmentation owns.
			for k := range src {
				o := &dst[k]
				o.Start, o.End, o.Sentence, o.Head = src[k].start, src[k].end, si, -1
			}
		} else {
			// Reused tokens may carry tags from an earlier run: writing each
			// whole token is one pass over them instead of a clear and a fill.
			for k := range src {
				dst[k] = doc.Token{Start: src[k].start, End: src[k].end, Sentence: si, Head: -1}
			}
		}
		n += len(src)
		if r.split {
			// The sentence's own period: "etc." ends as "etc" ".".
			toks[n-1].End--
			e := toks[n-1].End
			toks[n] = doc.Token{Start: e, End: e + 1, Sentence: si, Head: -1}
			n++
		}
		sents = append(sents, doc.Sentence{
			Start:      s.all[r.from].start,
			End:        s.all[r.to].end,
			Paragraph:  r.para,
			TokenStart: first,
			TokenEnd:   n,
		})
	}
	s.text = ""
	if cap(s.all) > 1<<20 {
		s.all, s.toks = nil, nil // do not keep the scratch of a huge text alive
	}
	pool.Put(s)
	return paras, sents, toks
}

// slabTokens is the size of the blocks that token layers are cut from.
const slabTokens = 1 << 14

// tokenBlock returns a zeroed token slice of length and capacity n for a new
// document. Layers of up to 2,048 tokens are cut from a shared block of
// 16,384 (1.5 MB) rather than allocated one by one: a news story's few
// hundred tokens make a 30 KB object, and the runtime's cost of allocating
// such objects one at a time (a span each, the heap lock, pages returned to
// and taken back from the system) is about a tenth of a segmentation pass.
// The capacity is n, so appending to one document's tokens never writes
// into another's. A block is freed when the last document cut from it is:
// a program that keeps a few documents out of many keeps their blocks.
func (s *segmenter) tokenBlock(n int) []doc.Token {
	if n > slabTokens/8 {
		return make([]doc.Token, n)
	}
	if len(s.slab) < n {
		s.slab = make([]doc.Token, slabTokens)
	}
	b := s.slab[:n:n]
	s.slab = s.slab[n:]
	return b
}

// run segments text into the scratch state.
func (s *segmenter) run(text string, skipFrom, skipTo int) {
	s.text = text
	s.all = s.all[:0]
	s.paras = s.paras[:0]
	s.sents = s.sents[:0]
	s.splits = 0
	s.pranges = s.pranges[:0]
	s.paraStart, s.paraFirst = -1, 0
	s.dquote, s.squote = false, false
	s.flags = fLine | fSpace
	s.scan(skipFrom, skipTo)
	s.decide()
}

// scan tokenizes the text, closing paragraphs at blank lines. The span
// [skipFrom, skipTo) (a dateline) is left out of the tokens.
func (s *segmenter) scan(skipFrom, skipTo int) {
	text := s.text
	n := len(text)
	nl := 0 // line breaks in the current run of white space
	for p := 0; p < n; {
		c := text[p]
		if c < utf8.RuneSelf {
			if cl := ascii[c]; cl&cSpace != 0 {
				if cl&cNL != 0 || (c == '\r' && (p+1 == n || text[p+1] != '\n')) {
					nl++
				}
				s.flags |= fSpace
				p++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[p:]); isSpaceRune(r) {
			switch r {
			case 0x2029: // paragraph separator
				nl += 2
			case 0x2028, 0x85:
				nl++
			}
			s.flags |= fSpace
			p += size
			continue
		}
		if nl > 0 {
			if nl >= 2 {
				s.endParagraph()
			}
			s.flags |= fLine | fSpace
			nl = 0
		}
		if p == skipFrom {
			if s.paraStart < 0 {
				s.paraStart = p
			}
			p = skipTo
			s.flags |= fLine | fSpace
			continue
		}
		if s.paraStart < 0 {
			s.paraStart = p
		}
		if c < utf8.RuneSelf && ascii[c]&cAlnum != 0 {
			p = s.word(p) // most tokens: what next would do, one call fewer
			continue
		}
		p = s.next(p)
	}
	s.endParagraph()
}

// endParagraph closes the paragraph being scanned; sentences are decided
// once the whole text is scanned (see decide).
func (s *segmenter) endParagraph() {
	if len(s.all) > s.paraFirst {
		s.pranges = append(s.pranges, paraRange{first: s.paraFirst, end: len(s.all), start: s.paraStart})
	}
	s.resetParagraph()
}

// paraRange is a scanned paragraph: its tokens all[first:end] and its byte
// start (which may precede its first token when a dateline was skipped).
type paraRange struct {
	first, end, start int
}

// decide splits each paragraph into sentences.
func (s *segmenter) decide() {
	s.findSignatures()
	s.unwrapped = s.unwrapParagraphs()
	for _, pr := range s.pranges {
		s.paraFirst = pr.first
		s.toks = s.all[pr.first:pr.end]
		m := len(s.toks)
		s.ruleBreaks()
		s.markSignatures()
		s.unpunctuatedBreaks()
		start := 0
		for g := 0; g < m-1; g++ {
			if s.brk[g] {
				s.emit(start, g)
				start = g + 1
			}
		}
		s.emit(start, m-1)
		s.paras = append(s.paras, doc.Paragraph{Start: pr.start, End: s.toks[m-1].end})
	}
}

// unwrapParagraphs joins the paragraphs of a text that was hard-wrapped
// with a blank line after every line, so that each line is a paragraph and
// sentences run across them ("... the Prime Minister" / "Lena Ortiz said
// ..."). The decision is taken for the whole text: it is wrapped when most
// paragraph breaks come without sentence-final punctuation and at least a
// quarter of them fall surely inside a sentence (the next paragraph starts
// in lower case, or the previous one stops on a connecting word).
// Ordinary news, where a paragraph without final punctuation is a headline
// or a list line, has hardly any such breaks and stays as it is.
// In a wrapped text a break joins the two paragraphs (the blank line then
// counts as a line break, and no line break ends a sentence) unless the
// first ends a sentence or the second opens with a dateline ("LAGOS:",
// "LAGOS (AFP) -") or a list item. The first break joins only when it is
// surely inside a sentence, so a headline keeps its own sentence.
// Wrapped lines are short, so three paragraphs in four must be too: mail
// and web text, whose paragraphs also often stop without punctuation, has
// longer ones.
// It reports whether it joined anything.
func (s *segmenter) unwrapParagraphs() bool {
	pr := s.pranges
	breaks := len(pr) - 1
	if breaks < 4 {
		return false
	}
	open, inside, short := 0, 0, 0
	for k := range pr {
		if s.all[pr[k].end-1].end-pr[k].start <= wrapWidth {
			short++
		}
		if k == 0 || s.paraEnds(pr[k-1]) {
			continue
		}
		open++
		if s.paraInside(pr[k-1], pr[k]) {
			inside++
		}
	}
	if 2*open <= breaks || 4*inside < breaks || 4*short < 3*len(pr) {
		return false
	}
	// Decide every break on the paragraphs as scanned, then join.
	join := make([]bool, len(pr))
	joined := false
	for k := 1; k < len(pr); k++ {
		join[k] = !s.paraEnds(pr[k-1]) && !s.opensUnit(pr[k]) && (k > 1 || s.paraInside(pr[0], pr[1]))
		joined = joined || join[k]
	}
	if !joined {
		return false
	}
	out := pr[:1]
	for k := 1; k < len(pr); k++ {
		if join[k] {
			out[len(out)-1].end = pr[k].end
			continue
		}
		out = append(out, pr[k])
	}
	s.pranges = out
	return true
}

// wrapWidth is the longest line, in bytes, that counts as a wrapped one.
const wrapWidth = 80

// paraEnds reports whether the paragraph stops on sentence-final
// punctuation, possibly followed by closing quotes or brackets.
func (s *segmenter) paraEnds(p paraRange) bool {
	for i := p.end - 1; i >= p.first; i-- {
		switch s.all[i].kind {
		case kCloseQ, kCloseBr:
			continue
		case kPeriod, kTerm, kEllipsis, kAbbr, kEmo:
			return true
		}
		return false
	}
	return false
}

// paraInside reports whether the break between paragraphs a and b surely
// falls inside a sentence: b starts with a lower-case word, or a stops on a
// lower-case connecting word ("the", "of", "and"). A comma does not count:
// mail closes with one ("Thanks," / "Kay").
func (s *segmenter) paraInside(a, b paraRange) bool {
	if first := s.all[b.first]; first.kind == kWord && first.flags&fLower != 0 {
		return true
	}
	last := s.all[a.end-1]
	return last.kind == kWord && last.flags&fUpper == 0 && continuers[s.text[last.start:last.end]]
}

// opensUnit reports whether paragraph p opens with a dateline ("LAGOS:",
// "LAGOS, May 3 (AFP) -") or a list item marker, which a wrapped line
// before it does not continue.
func (s *segmenter) opensUnit(p paraRange) bool {
	toks := s.all[p.first:p.end]
	if itemMarker(toks, 0) {
		return true
	}
	saved := s.toks
	s.toks = toks
	dateline := s.datelineEnd() > 0
	s.toks = saved
	if dateline {
		return true
	}
	// Capitalised place names and a colon: "LAGOS:", "PORT HARCOURT:".
	for k := 0; k < len(toks) && k < 4; k++ {
		t := toks[k]
		if k > 0 && t.kind == kColon {
			return true
		}
		if t.kind != kWord || !s.allCaps(t) {
			return false
		}
	}
	return false
}

// findSignatures collects the names that stand alone as a paragraph at least
// twice in the text ("Debra Perlingiere" closing each mail of a thread):
// two or three capitalised words. Where such a name turns up inside another
// paragraph ("Revised Article 4.6 Debra Perlingiere Kathleen,") it is a
// signature line that lost its line breaks.
// Requiring two standalone copies keeps ordinary prose, where a name is
// never a paragraph of its own, out of it.
func (s *segmenter) findSignatures() {
	s.sigs = s.sigs[:0]
	var seen []paraRange
	for _, pr := range s.pranges {
		n := pr.end - pr.first
		if n < 2 || n > 3 {
			continue
		}
		ok := true
		for _, t := range s.all[pr.first:pr.end] {
			if t.kind != kWord || t.flags&fUpper == 0 {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		for _, q := range seen {
			if s.sameTokens(q.first, pr.first, n) && q.end-q.first == n {
				if !s.hasSig(pr.first, n) {
					s.sigs = append(s.sigs, paraRange{first: pr.first, end: pr.end})
				}
				break
			}
		}
		seen = append(seen, pr)
	}
}

func (s *segmenter) hasSig(first, n int) bool {
	for _, q := range s.sigs {
		if q.end-q.first == n && s.sameTokens(q.first, first, n) {
			return true
		}
	}
	return false
}

// sameTokens reports whether all[a:a+n] and all[b:b+n] spell the same.
func (s *segmenter) sameTokens(a, b, n int) bool {
	if a+n > len(s.all) || b+n > len(s.all) {
		return false
	}
	for k := 0; k < n; k++ {
		x, y := s.all[a+k], s.all[b+k]
		if s.text[x.start:x.end] != s.text[y.start:y.end] {
			return false
		}
	}
	return true
}

// markSignatures ends a sentence on both sides of each signature found in
// the current paragraph, unless it is part of a phrase (a comma or a lower
// case word follows it).
func (s *segmenter) markSignatures() {
	if len(s.sigs) == 0 {
		return
	}
	toks := s.toks
	m := len(toks)
	for i := 0; i < m; i++ {
		if toks[i].kind != kWord || toks[i].flags&fUpper == 0 {
			continue
		}
		for _, q := range s.sigs {
			n := q.end - q.first
			if i+n > m || n == m || !s.sameTokens(q.first, s.paraFirst+i, n) {
				continue
			}
			if i+n < m {
				next := toks[i+n]
				if next.flags&fLower != 0 || next.kind == kComma {
					continue
				}
				s.brk[i+n-1] = true
			}
			if i > 0 {
				s.brk[i-1] = true
			}
			break
		}
	}
}

// ruleBreaks sets s.brk[g] for each gap g (after token g) of the paragraph
// where the hand-written rules end a sentence.
func (s *segmenter) ruleBreaks() {
	toks := s.toks
	m := len(toks)
	if cap(s.brk) < m {
		s.brk = make([]bool, m, 2*m)
	}
	s.brk = s.brk[:m]
	clear(s.brk)
	start := 0
	wrapped := s.unwrapped || s.hardWrapped()
	if k := s.datelineEnd(); k > 0 && k+1 < m {
		s.brk[k] = true
		start = k + 1
	}
	s.markListItems()
	for i := start; i < m; i++ {
		if t := &toks[i]; (t.kind == kNum || t.kind == kHyphen || t.flags&fLine != 0) && i > start && s.breakBefore(start, i) {
			s.brk[i-1] = true
			start = i
		}
		last := -1
		switch toks[i].kind {
		case kComma:
			if i+1 < m && s.signOff(start, i) {
				last = i
			} else if i+1 < m && i >= 1 {
				// "... Sam3102.doc) Regards, Debra": a complimentary close
				// inside a run of text stands apart on both sides.
				if k := s.closing(i); k > start {
					s.brk[k-1] = true
					start = k
					last = i
				}
			}
		case kSep:
			// A separator line ends what precedes it in the paragraph's
			// flow; what follows a long one starts anew.
			if i+1 < m && toks[i].end-toks[i].start >= 5 {
				switch next := toks[i+1]; next.kind {
				case kWord:
					if next.flags&fUpper != 0 {
						last = i
					}
				case kOpenQ, kOpenBr, kNum, kURL, kBullet:
					last = i
				case kHyphen:
					if spaceAt(s.text, next.end) {
						last = i // ***** - notes.doc
					}
				}
			}
		case kURL:
			// A bare link or address is a line of its own in mail and web
			// text: the next capitalised word, number or link starts anew.
			k := i
			if k+2 < m && toks[k+1].flags&fSpace == 0 && s.text[toks[k+1].start] == '>' {
				k++ // <name@example.com>
			}
			if k+1 < m {
				switch next := toks[k+1]; next.kind {
				case kNum, kURL, kSep:
					last = k
				case kWord:
					if next.flags&fUpper != 0 {
						last = k
					}
				}
			}
		case kCloseBr:
			if i+1 < m && toks[i].end-toks[i].start == 2 && s.text[toks[i].start] == '>' && toks[i+1].flags&fUpper != 0 {
				last = i // "<< File: notes.doc >> Please see"
				break
			}
			// "(BBC) The militant group said": a sentence that is only a
			// bracketed credit ends there.
			// A lower-case aside "(we left early)" opens the sentence that follows it.
			if i+1 < m && toks[start].kind == kOpenBr && toks[start+1].flags&fLower == 0 && toks[i+1].kind == kWord && toks[i+1].flags&fUpper != 0 && s.closes(start, i) {
				last = i
			}
		case kWord:
			if i >= 2 && toks[i-1].kind == kNum && i+1 < m && s.dateStamp(i-2) {
				last = i
			} else if i+1 < m && ascii[s.text[toks[i].start]]&cDigit != 0 && s.attachmentNext(i) {
				last = i // 555-0142 is a word to the tokenizer
			}
		case kNum:
			if i+1 < m && s.attachmentNext(i) {
				last = i
				break
			}
			// "annotations on 04/25/01 12:42:55 We have changed": a
			// stamp without AM or PM before a capitalised word.
			if i+1 < m && i >= 1 && toks[i+1].kind == kWord && !s.meridiem(toks[i+1]) && toks[i+1].flags&fUpper != 0 && toks[i-1].kind == kNum &&
				hasByte(s.text[toks[i].start:toks[i].end], ':') && hasByte(s.text[toks[i-1].start:toks[i-1].end], '/') {
				last = i
			}
		case kPeriod, kTerm, kEllipsis, kAbbr, kAbbrTitle, kInitial, kEmo:
			if i == start && toks[i].kind == kEllipsis {
				break // "...Now comes the fun part": an opening ellipsis ends nothing
			}
			if i > 0 && toks[i].kind == kPeriod && s.isItem(i-1) {
				break // the period of "9. Scott McNealy"
			}
			if i > 0 && i-1 == start && s.itemNumber(i) {
				break // "... two parts. 2. Funding The money": an item's number opens its sentence
			}
			if i > 0 && toks[i].kind == kTerm && toks[i].flags&fSpace == 0 && (toks[i-1].kind == kColon || toks[i-1].kind == kComma) {
				break // "Fax:? 203" — a mail program's mangled space, not a question
			}
			j := i + 1
			quoted := false
			for j < m && (s.absorbed(toks[j]) || toks[j].kind == kTerm && toks[j-1].kind == kTerm) {
				// "... the high ground ? ? ? Talk about": marks repeated
				// with spaces between them end one sentence, at the last.
				if k := toks[j].kind; k == kCloseQ || k == kCloseBr {
					quoted = true
				}
				j++
			}
			k := toks[i].kind
			if k == kTerm && s.brandMark(i) {
				k = kAbbr // "Yahoo! Messenger", "Yahoo! and AOL": a name's own mark
			}
			if j < m && s.startsAfter(k, j, quoted) {
				last = j - 1
			}
		}
		if last < 0 && !wrapped && i+1 < m && toks[i+1].flags&fLine != 0 && s.lineEnds(i) && !s.closesParen(start, i+1) {
			last = i
		}
		if last >= 0 {
			s.brk[last] = true
			start = last + 1
			i = last
		}
	}
	s.markNumberedLabels()
}

// markNumberedLabels ends a sentence before each numbered label run into a
// paragraph, "Game 3: Monday ... Game 4: Thursday ...", "Step 1: ... Step
// 2: ...": a capitalised word, a number of one or two digits and a colon,
// the same word at least twice in the paragraph with consecutive numbers.
func (s *segmenter) markNumberedLabels() {
	toks := s.toks
	m := len(toks)
	word := -1 // a label whose word is confirmed by a consecutive number
	for i := 1; i+2 < m && word < 0; i++ {
		if !s.numberedLabel(i) {
			continue
		}
		for j := i + 3; j+2 < m; j++ {
			if s.numberedLabel(j) && s.sameWord(toks[i], toks[j]) && s.consecutive(toks[i+1], toks[j+1]) {
				word = i
				break
			}
		}
	}
	if word < 0 {
		return
	}
	for i := 1; i+2 < m; i++ {
		if s.numberedLabel(i) && s.sameWord(toks[word], toks[i]) {
			s.brk[i-1] = true
		}
	}
}

// numberedLabel reports whether toks[i:i+3] read "Game 3:".
func (s *segmenter) numberedLabel(i int) bool {
	toks := s.toks
	if toks[i+2].kind != kColon || toks[i+1].kind != kNum {
		return false // the cheap test first: a colon is rare
	}
	t, n := &toks[i], &toks[i+1]
	return t.kind == kWord && t.flags&fUpper != 0 && n.end-n.start <= 2 && toks[i+2].flags&fSpace == 0
}

func (s *segmenter) sameWord(a, b tok) bool {
	return s.text[a.start:a.end] == s.text[b.start:b.end]
}

// consecutive reports whether two numbers of one or two digits differ by one.
func (s *segmenter) consecutive(a, b tok) bool {
	num := func(t tok) int {
		n := 0
		for _, c := range []byte(s.text[t.start:t.end]) {
			if c < '0' || c > '9' {
				return -10
			}
			n = 10*n + int(c-'0')
		}
		return n
	}
	d := num(a) - num(b)
	return d == 1 || d == -1
}

func (s *segmenter) resetParagraph() {
	s.paraFirst = len(s.all)
	s.paraStart = -1
	s.dquote, s.squote = false, false
}

// absorbed reports whether t, following a sentence-final mark, still belongs
// to that sentence: closing quotes and brackets (“It is over.”) and further
// marks glued to it (?!, .”).
func (s *segmenter) absorbed(t tok) bool {
	switch t.kind {
	case kCloseQ:
		return true
	case kCloseBr:
		return t.flags&fSpace == 0
	case kPeriod, kTerm, kEllipsis:
		return t.flags&fSpace == 0
	case kEmo:
		// "Great news! :-)" — the face closes the sentence it follows.
		return true
	case kSym:
		// A footnote mark glued to the period: "... the law.*"
		return t.flags&fSpace == 0 && s.text[t.start] == '*'
	}
	return false
}

// startsAfter decides whether toks[j] opens a new sentence after a
// sentence-final candidate of kind k, followed by a closing quote or bracket
// when quoted is set.
func (s *segmenter) startsAfter(k uint8, j int, quoted bool) bool {
	toks := s.toks
	next := toks[j]
	if k == kEllipsis && next.flags&fSpace == 0 && !quoted && !s.inQuote(j) {
		// "It was fine...Then it rained": an ellipsis glued to the next
		// word joins two parts of one sentence in web text (no EWT train
		// or dev sentence ends there). Inside a quotation, as news cuts
		// a speaker's words ("... as he usually is...I just tried"), it
		// still ends one.
		return false
	}
	switch k {
	case kAbbrTitle:
		return false
	case kAbbr, kInitial:
		// Inc. The / U.S. officials / W. Bush: only a frequent sentence
		// opener or a new line counts.
		if next.flags&fLower != 0 {
			return false
		}
		if next.kind == kWord && next.flags&fUpper != 0 {
			w := s.text[next.start:next.end]
			if starters[w] || next.flags&fLine != 0 {
				return true
			}
			// "closed at 6 p.m. Counting began": after a clock time only
			// a day, a month or a time zone continues the sentence.
			if p := s.toks[j-1]; s.meridiem(p) {
				return !calendar[w] && !s.allCaps(next)
			}
			return false
		}
		return next.flags&fLine != 0
	}
	if next.flags&fLower != 0 {
		// After a plain period, ? or ! a lower-case word still opens a
		// sentence in informal text ("see you there. call me"), since
		// abbreviations keep their periods; but “Why?” he asked, and
		// "I was ... well" goes on, and "notes .doc" is a file name.
		if next.flags&fSpace == 0 && isExtension(s.text[next.start:next.end]) {
			return false
		}
		return (k == kPeriod || k == kTerm) && !quoted
	}
	if next.kind == kAbbr && corpSuffix[s.text[next.start:next.end-1]] && (j+1 >= len(toks) || toks[j+1].flags&fUpper == 0 || toks[j+1].kind == kAbbr) {
		return false // "Kenwa Communication Cp. Ltd.": a company's suffix opens no sentence
	}
	if quoted && next.kind == kWord && next.flags&fUpper != 0 && s.attribution(j) {
		return false // “... in order to save lives.” Andrew MacLeod stressed.
	}
	switch next.kind {
	case kTerm:
		// "the contract. ? Do not hesitate": a lone question mark between
		// spaces after a finished sentence is a mangled bullet, its own line.
		return next.flags&fSpace != 0 && spaceAt(s.text, next.end) && next.end-next.start == 1 && s.text[next.start] == '?'
	case kComma, kSemi, kColon, kCloseQ, kCloseBr, kClitic, kPeriod:
		return false
	case kHyphen:
		// "Thank you. - attachment" but not "end.-"; a hyphen glued to a
		// capitalised name signs what came before: "... for years. -Rosa",
		// but not inside a quotation ("... the end. -H" she wrote).
		if next.flags&fSpace != 0 && !s.inQuote(j) && j+1 < len(toks) && toks[j+1].start == next.end && toks[j+1].flags&fUpper != 0 {
			switch toks[j+1].kind {
			case kWord, kInitial:
				return true
			}
		}
		return spaceAt(s.text, next.end)
	case kOpenQ, kOpenBr:
		// Look through the opening mark: (the rest) continues, "The next" starts.
		// After a plain period, ? or ! a bracket opens a sentence even in
		// lower case ("... the roads closed! (not for long)"), as in UD English.
		if next.kind == kOpenBr && (k == kPeriod || k == kTerm) {
			return true
		}
		if j+1 < len(toks) && toks[j+1].flags&fLower != 0 {
			return false
		}
	}
	return true
}

// brandMark reports whether toks[i] is the exclamation mark that is part of
// a name, "Yahoo!": like an abbreviation's period it ends a sentence only
// before a frequent sentence opener or a new line.
func (s *segmenter) brandMark(i int) bool {
	t := s.toks[i]
	if i == 0 || t.end-t.start != 1 || s.text[t.start] != '!' || t.flags&fSpace != 0 {
		return false
	}
	p := s.toks[i-1]
	switch s.text[p.start:p.end] {
	case "Yahoo", "Jeopardy":
		return true
	}
	return false
}

// attachmentNext reports whether toks[i+1] is the "<<" of an attachment's
// marker: after a number (a signature's telephone, "... Rosa 555-0142
// <<minutes.doc>>") it opens a sentence.
func (s *segmenter) attachmentNext(i int) bool {
	t := s.toks[i+1]
	return t.kind == kOpenBr && t.end-t.start == 2 && s.text[t.start] == '<'
}

// inQuote reports whether a quotation opened in the paragraph before
// toks[j] is still open there.
func (s *segmenter) inQuote(j int) bool {
	open := 0
	for _, t := range s.toks[:j] {
		switch t.kind {
		case kOpenQ:
			open++
		case kCloseQ:
			if open > 0 {
				open--
			}
		}
	}
	return open > 0
}

// attribution reports whether toks[j:] read as the attribution of a quote
// that just closed: up to four capitalised words (or a title), a verb of
// saying, and the end of the sentence, as in “...” Song said. The
// attribution belongs to the quote's sentence.
func (s *segmenter) attribution(j int) bool {
	toks := s.toks
	k := j
	for k < len(toks) && k-j < 4 {
		t := toks[k]
		if t.flags&fUpper == 0 || (t.kind != kWord && t.kind != kInitial && t.kind != kAbbrTitle) {
			break
		}
		k++
	}
	if k == j || k+1 >= len(toks) || toks[k].kind != kWord || !saying[s.text[toks[k].start:toks[k].end]] {
		return false
	}
	switch toks[k+1].kind {
	case kPeriod, kComma:
		return true
	}
	return false
}

// lineEnds reports whether the line break after toks[i] ends a sentence
// that has no final punctuation, as a headline or list line does: not when
// the line stops on a comma, a connecting word or an open bracket, nor when
// the next line starts in lower case.
func (s *segmenter) lineEnds(i int) bool {
	prev, next := s.toks[i], s.toks[i+1]
	switch prev.kind {
	case kComma, kSemi, kColon, kHyphen, kDash, kOpenQ, kOpenBr, kAbbrTitle, kInitial, kSym, kBullet, kListNum:
		return false
	case kWord:
		if prev.flags&fUpper == 0 && continuers[s.text[prev.start:prev.end]] {
			return false
		}
	}
	if next.flags&fLower != 0 {
		return false
	}
	switch next.kind {
	case kComma, kSemi, kColon, kCloseQ, kCloseBr, kPeriod, kTerm, kClitic, kHyphen:
		return false
	}
	return true
}

// hardWrapped reports whether the paragraph's line breaks look like wrapping
// of running text rather than line structure: several breaks, most of them
// inside a sentence (the next line starts in lower case or the line stops on
// a comma or a connecting word). Then a break alone ends no sentence.
func (s *segmenter) hardWrapped() bool {
	breaks, inside := 0, 0
	for i := 1; i < len(s.toks); i++ {
		if s.toks[i].flags&fLine == 0 {
			continue
		}
		breaks++
		if !s.lineEnds(i-1) && !itemMarker(s.toks, i) {
			switch s.toks[i-1].kind {
			case kPeriod, kTerm, kEllipsis:
			default:
				inside++
			}
		}
	}
	return breaks >= 2 && 2*inside >= breaks
}

// breakBefore reports whether toks[i] must open a sentence whatever came
// before it: a list item marker opening a line, a numbered item "2)" inside
// a line, or the date stamp of a mail header. The sentence so far starts at
// toks[start]: a number whose bracket closes one opened there, "(May 1)",
// "(page 4)", numbers no item.
func (s *segmenter) breakBefore(start, i int) bool {
	toks := s.toks
	t := toks[i]
	if t.flags&fLine != 0 && itemMarker(toks, i) {
		return !s.closesParen(start, i)
	}
	if t.kind == kNum && s.isItem(i) {
		return true
	}
	if t.kind == kHyphen && t.flags&fSpace != 0 && spaceAt(s.text, t.end) {
		// "- a.pdf - b.pdf": a list of attachments, one item each.
		prev := toks[i-1]
		return s.fileName(prev) || prev.kind == kCloseBr && prev.end-prev.start == 2
	}
	if t.kind != kNum {
		return false
	}
	prev := toks[i-1]
	switch prev.kind {
	case kComma, kColon, kSemi, kOpenBr, kOpenQ, kHyphen, kDash, kSym:
		return false
	}
	if t.end-t.start <= 2 && i+2 < len(toks) && toks[i+1].kind == kCloseBr && toks[i+1].flags&fSpace == 0 && t.flags&fSpace != 0 &&
		toks[i+2].kind == kWord && !(prev.kind == kWord && continuers[s.text[prev.start:prev.end]]) {
		// "... a beach front room 3) also want ..." but not "rose to 5) and"
		return !s.closesParen(start, i)
	}
	return prev.flags&fLower == 0 && (s.dateStamp(i) || s.clockStamp(i))
}

// closesParen reports whether the closing bracket after toks[i] (a number
// or a letter that looks like a list item's, "4)") closes a round bracket
// opened in toks[start:i] and still open: "the (May 1) election", "the
// report (page 4) was", "Valencia 1 (Vicente 74)".
func (s *segmenter) closesParen(start, i int) bool {
	if i+1 >= len(s.toks) || s.toks[i+1].kind != kCloseBr || s.text[s.toks[i+1].start] != ')' {
		return false
	}
	depth := 0
	for k := start; k < i; k++ {
		switch t := s.toks[k]; t.kind {
		case kOpenBr:
			if s.text[t.start] == '(' {
				depth++
			}
		case kCloseBr:
			if s.text[t.start] == ')' && depth > 0 {
				depth--
			}
		}
	}
	return depth > 0
}

// clockStamp reports whether toks[i:i+2] read "26/09/2000 14:14", the
// 24-hour stamp of a quoted mail, after the sender's name or address (a
// capitalised word, a handle or an address).
func (s *segmenter) clockStamp(i int) bool {
	toks := s.toks
	if i < 1 || i+1 >= len(toks) || toks[i+1].kind != kNum || toks[i].end-toks[i].start < 8 {
		return false
	}
	switch prev := toks[i-1]; prev.kind {
	case kWord:
		if prev.flags&fUpper == 0 {
			return false
		}
	case kHandle, kURL:
	default:
		return false
	}
	date, clock := s.text[toks[i].start:toks[i].end], s.text[toks[i+1].start:toks[i+1].end]
	if !hasByte(date, '/') || len(clock) < 4 || clock[len(clock)-3] != ':' {
		return false
	}
	return i+2 >= len(toks) || !s.meridiem(toks[i+2])
}

// isItem reports whether toks[i] numbers a list item found by markListItems.
func (s *segmenter) isItem(i int) bool {
	for _, k := range s.items {
		if k == i {
			return true
		}
	}
	return false
}

// markListItems finds numbered items run together in one paragraph
// ("10. Jack Welch, CEO 9. Scott McNealy, CEO 8. ..."): a number of one or
// two digits with a glued period before a capitalised word, at least twice
// with consecutive numbers. Each item then opens a sentence, and its period
// ends none. A lone "rose to 15. The" stays a sentence end.
func (s *segmenter) markListItems() {
	toks := s.toks
	s.items = s.items[:0]
	prevN := -1
	found := false
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].kind != kNum {
			continue
		}
		t := toks[i]
		if t.end-t.start > 2 || toks[i+1].kind != kPeriod || toks[i+1].flags&fSpace != 0 ||
			toks[i+2].flags&fUpper == 0 {
			continue
		}
		if i > 0 && toks[i-1].kind == kAbbrTitle {
			continue // No. 5. The
		}
		n := int(s.text[t.start] - '0')
		if t.end-t.start == 2 {
			n = n*10 + int(s.text[t.start+1]-'0')
		}
		if prevN >= 0 && (n == prevN+1 || n == prevN-1) {
			found = true
		}
		prevN = n
		s.items = append(s.items, i)
	}
	if !found {
		s.items = s.items[:0]
	}
}

// fileName reports whether a token names a file by a common extension.
func (s *segmenter) fileName(t tok) bool {
	w := s.text[t.start:t.end]
	for i := len(w) - 1; i > 0 && i >= len(w)-5; i-- {
		if w[i] == '.' {
			return isExtension(w[i+1:])
		}
	}
	return false
}

// dateStamp reports whether toks[i:i+3] read "08/16/2000 12:05 PM", the
// stamp that e-mail clients put on a quoted message: a line of its own.
func (s *segmenter) dateStamp(i int) bool {
	toks := s.toks
	if i < 0 || i+2 >= len(toks) || toks[i].kind != kNum || toks[i+1].kind != kNum {
		return false
	}
	if !hasByte(s.text[toks[i].start:toks[i].end], '/') || !hasByte(s.text[toks[i+1].start:toks[i+1].end], ':') {
		return false
	}
	return s.meridiem(toks[i+2])
}

// meridiem reports whether t is AM or PM.
func (s *segmenter) meridiem(t tok) bool {
	switch s.text[t.start:t.end] {
	case "AM", "PM", "am", "pm", "A.M.", "P.M.", "a.m.", "p.m.":
		return true
	}
	return false
}

func hasByte(w string, c byte) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == c {
			return true
		}
	}
	return false
}

// closing returns the index of the first word of a capitalised
// complimentary close ending at the comma toks[i] ("Regards," "Best
// regards,") when a capitalised word follows, or -1.
func (s *segmenter) closing(i int) int {
	toks := s.toks
	if toks[i+1].kind != kWord || toks[i+1].flags&fUpper == 0 {
		return -1
	}
	w := toks[i-1]
	switch s.text[w.start:w.end] {
	case "Regards", "Sincerely", "Cheers":
		return i - 1
	case "regards", "wishes":
		if i >= 2 && toks[i-2].flags&fUpper != 0 && toks[i-2].kind == kWord {
			return i - 2 // Best regards, Kind regards, Warmest regards
		}
	}
	return -1
}

// datelineEnd returns the index of the dash closing a dateline that opens
// the paragraph ("NEW DELHI -", "WASHINGTON (CNN) --", "PONCHATOULA, La. --",
// "LIMA, Peru, May 3 (Reuters) -"), or -1. The dateline then stands as a
// sentence of its own, as in UD English; Segment leaves out the dateline it
// is told of instead.
func (s *segmenter) datelineEnd() int {
	toks := s.toks
	if len(toks) < 3 || toks[0].kind != kWord || !s.allCaps(toks[0]) || toks[0].end-toks[0].start < 3 && toks[1].kind != kWord {
		return -1 // but "PS --" is a postscript
	}
	depth := 0
	comma := false
	for k := 1; k < len(toks) && k <= 14; k++ {
		t := toks[k]
		if depth > 0 {
			switch t.kind {
			case kOpenBr:
				depth++
			case kCloseBr:
				depth--
			}
			continue
		}
		switch t.kind {
		case kOpenBr:
			depth++
		case kComma:
			comma = true
		case kWord:
			if !s.allCaps(t) && !(comma && t.flags&fUpper != 0) {
				return -1
			}
		case kNum, kAbbr:
			if !comma {
				return -1
			}
		case kHyphen, kDash:
			if k+1 < len(toks) && toks[k+1].flags&fLower == 0 && spaceAt(s.text, t.end) {
				return k
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// allCaps reports whether a word has two or more letters, all capitals.
func (s *segmenter) allCaps(t tok) bool {
	w := s.text[t.start:t.end]
	letters := 0
	for i := 0; i < len(w); i++ {
		c := ascii[w[i]]
		if c&cLower != 0 || w[i] >= utf8.RuneSelf {
			return false
		}
		if c&cUpper != 0 {
			letters++
		}
	}
	return letters >= 2
}

// closes reports whether the bracket toks[i] closes the one at toks[open].
func (s *segmenter) closes(open, i int) bool {
	depth := 0
	for k := open; k <= i; k++ {
		switch s.toks[k].kind {
		case kOpenBr:
			depth++
		case kCloseBr:
			depth--
			if depth == 0 {
				return k == i
			}
		}
	}
	return false
}

// signOff reports whether the comma toks[i] ends a letter's salutation or
// complimentary close ("Hi," "Dear all," "Thanks," "Best regards,") that
// opens the sentence and is followed by a capitalised word: what follows is
// a sentence of its own.
func (s *segmenter) signOff(start, i int) bool {
	if i == start || i-start > 3 || s.toks[i+1].flags&fUpper == 0 || s.toks[i+1].kind != kWord {
		return false
	}
	if i+2 < len(s.toks) {
		switch s.toks[i+2].kind {
		case kPeriod, kTerm, kComma:
			return false // "Thanks, Kitty." "Hello, Bill!" "Dear judges, lawyers, ..."
		}
	}
	w := s.toks[i-1]
	switch lowerASCII(s.text[w.start:w.end], s.buf[:0]) {
	case "thanks", "thx", "sincerely", "regards", "cheers", "love", "wishes", "truly",
		"respectfully", "best", "yours", "cordially", "care":
		return true
	case "you":
		return i-start >= 2
	}
	w = s.toks[start]
	switch lowerASCII(s.text[w.start:w.end], s.buf[:0]) {
	case "hi", "hello", "hey", "dear", "greetings":
		return true
	}
	return false
}

// lowerASCII returns w in ASCII lower case, using buf when w has capitals.
func lowerASCII(w string, buf []byte) string {
	if len(w) > 16 {
		return w
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if ascii[c]&cUpper != 0 {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return string(buf)
}

// itemMarker reports whether toks[i], which opens a line, marks a list item:
// a bullet, "1." or "a.", or "1)" and "(a)".
func itemMarker(toks []tok, i int) bool {
	switch toks[i].kind {
	case kBullet, kListNum:
		return true
	case kNum, kWord:
		if i+1 < len(toks) && toks[i+1].kind == kCloseBr && toks[i+1].flags&fSpace == 0 && toks[i].end-toks[i].start <= 2 {
			return true
		}
	case kOpenBr:
		if i+2 < len(toks) && toks[i+2].kind == kCloseBr && toks[i+1].end-toks[i+1].start <= 2 {
			return true
		}
	}
	return false
}

// emit records the sentence made of toks[from..to] (inclusive, indices in
// the paragraph).
func (s *segmenter) emit(from, to int) {
	t := s.toks[to]
	split := false
	if t.end-t.start > 1 && s.text[t.end-1] == '.' {
		switch t.kind {
		case kAbbr, kAbbrTitle, kInitial:
			split = true
			s.splits++
		}
	}
	s.sents = append(s.sents, sentRange{from: s.paraFirst + from, to: s.paraFirst + to, para: len(s.paras), split: split})
}
