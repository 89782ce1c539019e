package segment

// Sentence ends without punctuation.
//
// Mail and web text often leave a sentence without its final mark, on a
// line that the treebank's raw text (and many mail programs) run into the
// next: "... the lease draft If you have questions", "Ruth Achieng Sent
// by: ...", "09:10 AM Omar: I will be ...". Punctuation gives nothing away
// there, so these rules end a sentence only where the next words leave
// little doubt: a word that opens sentences and is capitalised in running
// text only in titles, followed by the lower-case word that confirms it
// ("If you", "Please see", "It was"), after a word that does not call for a
// continuation; or a first name with a colon that greets the reader
// ("Omar: As I said"). Wire copy, which punctuates its sentences, almost
// never shows these patterns (see TestSegmentationNewsDiff in package eval).

// unpunctuatedBreaks sets s.brk where the rules above find a sentence end
// that no punctuation marks.
func (s *segmenter) unpunctuatedBreaks() {
	toks := s.toks
	m := len(toks)
	if m > 1 && toks[0].kind == kWord && (s.closingAlone(0) || s.nameAlone(0)) {
		s.brk[0] = true
	}
	for i := 1; i+1 < m; i++ {
		t := &toks[i]
		switch t.kind {
		case kNum:
			if next := &toks[i+1]; next.kind == kNum {
				if hasByte(s.text[t.start:t.end], '/') && hasByte(s.text[next.start:next.end], ':') {
					s.headerBreak(i)
				}
			} else {
				s.phoneBreak(i)
			}
		case kWord:
			if n := t.end - t.start; (n == 5 || n == 6) && (s.text[t.start] == 'x' || s.text[t.start] == 'X') {
				if s.extensionBreak(i) {
					continue
				}
			}
			if t.flags&fUpper == 0 {
				if t.flags&fLower == 0 {
					s.phoneBreak(i) // 416-865-3704 is a word to the tokenizer
				}
				continue
			}
			if s.brk[i-1] {
				if s.closingAlone(i) || s.nameAlone(i) {
					s.brk[i] = true
				}
				continue
			}
			if t.end-t.start > 8 {
				continue
			}
			if s.opensUnpunctuated(i) {
				s.brk[i-1] = true
			} else if i >= 2 && toks[i-1].kind == kWord && toks[i-1].flags&fUpper != 0 && s.meridiemShape(toks[i-2]) &&
				s.meridiem(toks[i-2]) && s.opener(i) {
				// "08:55 AM Omar I saw that": a greeting without its comma
				// after the stamp of a quoted mail.
				s.brk[i-1] = true
			}
		case kComma:
			if s.brk[i] && i+2 < m && !s.brk[i+1] && s.signature(i) {
				s.brk[i+1] = true
			}
		case kColon:
			if s.brk[i] || t.flags&fSpace != 0 {
				continue
			}
			if s.greeting(i) || s.announces(i) {
				s.brk[i] = true
			}
		case kHyphen, kDash:
			// "12:12 PM Lena - Can you look at this": a greeting closed by a
			// dash instead of a colon.
			if !s.brk[i] && s.greeting(i) {
				s.brk[i] = true
			}
		}
	}
}

// phoneBreak ends a sentence after toks[i] when it is a telephone number
// closing a signature line, "... Lena Park - Manager 555-201-3344 Attached
// is", unless the next word is the key of another number ("Fax: ...").
func (s *segmenter) phoneBreak(i int) {
	t, next := &s.toks[i], &s.toks[i+1]
	if s.brk[i] || next.kind != kWord || next.flags&fUpper == 0 || t.end-t.start < 8 {
		return
	}
	if c := s.text[t.start]; c < '0' || c > '9' || !phoneNumber(s.text[t.start:t.end]) {
		return
	}
	if !contactKey(s.text[next.start:next.end]) {
		s.brk[i] = true
	}
}

// extensionBreak ends a sentence after toks[i] when it is a telephone
// extension closing a signature, "Marie x33907 Turn up your sound", before
// a capitalised word that is no contact key ("x365 Fax:") nor in capitals
// (a product, "X9400 DIGITAL"). It reports whether it did.
func (s *segmenter) extensionBreak(i int) bool {
	t, next := s.toks[i], s.toks[i+1]
	for k := t.start + 1; k < t.end; k++ {
		if c := s.text[k]; c < '0' || c > '9' {
			return false
		}
	}
	if s.brk[i] || next.kind != kWord || next.flags&fUpper == 0 || s.allCaps(next) || contactKey(s.text[next.start:next.end]) {
		return false
	}
	s.brk[i] = true
	return true
}

// opensUnpunctuated reports whether the capitalised word toks[i] opens a
// sentence although nothing ends the one before: a sentence opener that
// running text capitalises only in titles, confirmed by the word after it,
// following a word, number, link or bracket that needs no continuation.
func (s *segmenter) opensUnpunctuated(i int) bool {
	toks := s.toks
	if n := toks[i].end - toks[i].start; openerShape[s.text[toks[i].start]]&(1<<n) == 0 {
		return false // the cheap test that spares most capitalised words the switch below
	}
	switch toks[i-1].kind {
	case kWord, kNum, kURL, kHandle, kEmo, kSep, kDash, kHyphen:
	default:
		return false
	}
	next := toks[i+1]
	w := s.text[toks[i].start:toks[i].end]
	lowerNext := next.kind == kWord && next.flags&fLower != 0 || next.kind == kClitic
	switch w {
	case "Please", "If", "Attached", "Sorry", "It", "This", "Does", "Are", "Here", "The", "These":
		if !lowerNext {
			return false
		}
	case "Let":
		switch s.text[next.start:next.end] {
		case "me", "us", "'s":
		default:
			return false
		}
	case "Sent", "Posted":
		if s.text[next.start:next.end] != "by" {
			return false
		}
	case "Subject":
		if next.kind != kColon {
			return false
		}
	case "Hi", "Hey", "Hello":
		// A greeting opening a mail run into the text before it: "...
		// Executive Secretary Hi Mary, I need" ("Hello Kitty" is a name).
		switch next.kind {
		case kComma, kDash, kTerm, kColon, kEllipsis:
		case kHyphen:
			if next.flags&fSpace == 0 {
				return false // "Hoa Lac Hi-tech Park"
			}
		case kWord:
			if w == "Hello" || next.flags&fUpper == 0 {
				return false
			}
		default:
			return false
		}
	case "FYI":
	case "PS":
		if next.flags&fLower != 0 {
			return false
		}
	default:
		return false
	}
	prev := toks[i-1]
	switch prev.kind {
	case kWord:
		if w == "Posted" {
			return false // "... was Posted by" is a title's
		}
		if prev.flags&fLower != 0 && (w == "Hi" || w == "Hey" || w == "Hello") {
			return false // "the song Hey Jude"
		}
		if (w == "The" || w == "These") && (prev.flags&fUpper != 0 || s.runLength(i) < 5) {
			// "2. Funding The money": a heading runs on, or a title;
			// "Fiery words light up The debate stage": a headline.
			return false
		}
		if prev.flags&fLower != 0 {
			switch w {
			case "It", "This", "Does", "Are", "Here":
				return false // "the film It", a title
			}
		}
		p := lowerASCII(s.text[prev.start:prev.end], s.buf[:0])
		if continuers[p] || p == "do" || p == "let" {
			return false // "Don't Let This Pass", "To Whom It May"
		}
		return true
	case kNum, kURL, kHandle, kEmo, kSep:
		return true
	case kDash, kHyphen:
		// "... in May. -- Posted by": a dash leads into a clause too
		// often ("put simply - If you"), but not into a byline.
		return w == "Posted" || w == "Sent"
	}
	return false
}

// runLength returns how many tokens before toks[i] no sentence end
// separates from it.
func (s *segmenter) runLength(i int) int {
	n := 0
	for k := i - 1; k >= 0 && !s.brk[k]; k-- {
		n++
	}
	return n
}

// greeting reports whether the colon (or dash) toks[i] closes a greeting
// that opens a sentence, "Omar:" or "All:", followed by a sentence opener: a
// capitalised word (not all capitals, not a label such as "Note:") at the
// start of the sentence, or after the time of a mail header.
func (s *segmenter) greeting(i int) bool {
	toks := s.toks
	if i < 1 {
		return false
	}
	name := toks[i-1]
	if name.kind != kWord || name.flags&fUpper == 0 || s.allCaps(name) {
		return false
	}
	if i >= 2 && !s.brk[i-2] && !s.meridiem(toks[i-2]) && toks[i-2].kind != kURL {
		return false
	}
	switch s.text[name.start:name.end] {
	case "Update", "Edit", "Note", "Notes", "Conclusion", "Summary", "Question", "Answer",
		"Response", "Subject", "Re", "Comment", "Comments", "Example", "Warning":
		return false
	}
	return s.opener(i + 1)
}

// opener reports whether toks[j] is a capitalised word that typically
// opens a sentence addressed to the reader.
func (s *segmenter) opener(j int) bool {
	next := s.toks[j]
	if next.kind != kWord || next.flags&fUpper == 0 {
		return false
	}
	switch s.text[next.start:next.end] {
	case "I", "We", "As", "Our", "Your", "My", "You", "They", "It", "This", "Thanks", "Thank",
		"Let", "Per", "In", "Please", "Does", "Do", "Did", "Is", "Are", "Can", "Could", "Would",
		"Will", "Attached", "Here", "Sorry", "Hope", "Just", "Regarding", "Appreciate",
		"Following", "Hi", "Hello":
		return true
	}
	return false
}

// phoneNumber reports whether w reads as a telephone number: groups of
// digits joined by hyphens, periods or slashes, ending in three digits and
// then four ("555-0142", "713/555-0142", "202.555.0117"). Year ranges
// ("2006-2008") and ZIP+4 codes ("20500-0001") do not qualify.
func phoneNumber(w string) bool {
	groups, last, prev := 0, 0, 0
	n := 0
	for i := 0; i <= len(w); i++ {
		if i < len(w) && w[i] >= '0' && w[i] <= '9' {
			n++
			continue
		}
		if n == 0 {
			return false
		}
		groups++
		prev, last = last, n
		n = 0
		if i < len(w) && w[i] != '-' && w[i] != '.' && w[i] != '/' {
			return false
		}
	}
	return groups >= 2 && groups <= 4 && last == 4 && prev == 3
}

// contactKey reports whether w labels a line of contact details.
func contactKey(w string) bool {
	switch w {
	case "Fax", "Cell", "Email", "E-mail", "Phone", "Office", "Page", "Pager", "Mobile", "Tel",
		"Telephone", "Home", "Work", "Direct", "Web", "Website", "WWW", "Voice", "Ph", "F", "P",
		"T", "M", "H", "W", "C", "E", "O":
		return true
	}
	return false
}

// closingAlone reports whether toks[i], "Thanks" or "Regards" opening a
// sentence with no comma after it, is a sentence of its own because the
// writer's name follows and then a new line of text ("Thanks Halima Did
// ..." reads "Thanks" / "Halima Did ..."), as opposed to "Thanks Mark."
// or "Thanks Ana and ...", where the name is part of the thanks.
func (s *segmenter) closingAlone(i int) bool {
	toks := s.toks
	if n := toks[i].end - toks[i].start; n != 6 && n != 7 || s.text[toks[i].start] != 'T' && s.text[toks[i].start] != 'R' {
		return false
	}
	switch s.text[toks[i].start:toks[i].end] {
	case "Thanks", "Regards":
	default:
		return false
	}
	if i > 0 && !s.brk[i-1] {
		return false
	}
	name := toks[i+1]
	if name.kind != kWord || name.flags&fUpper == 0 || s.allCaps(name) {
		return false
	}
	switch s.text[name.start:name.end] {
	case "For", "From", "You", "Again", "So", "To", "In", "All", "Everyone", "Guys", "Everybody", "God":
		return false
	}
	if i+2 < len(toks) {
		switch after := toks[i+2]; after.kind {
		case kWord:
			return after.flags&fLower == 0
		case kNum:
			return true
		}
		return false
	}
	return true
}

// nameAlone reports whether the capitalised word toks[i], which opens a
// sentence, is a sentence of its own because a sentence opener follows it
// and a lower-case word confirms that one: a signature or a heading without
// its punctuation, "Thanks. Rosa The file is attached", "Acme The name
// comes from". The word is no function word or sentence opener itself
// ("If The"), the opener no word that is also a name or a noun ("May",
// "Will", "A", "One"); "I" and the openers of a mail count only after a
// complimentary close ("Thanks. Rosa I will", but "Personally I think").
func (s *segmenter) nameAlone(i int) bool {
	toks := s.toks
	if i+2 >= len(toks) {
		return false
	}
	t, next, after := toks[i], toks[i+1], toks[i+2]
	if next.kind != kWord || next.flags&fUpper == 0 || after.kind != kWord || after.flags&fLower == 0 {
		return false
	}
	if nw := s.text[next.start:next.end]; !aloneNext[nw] && !(s.afterClose(i) && (nw == "I" || s.opener(i+1))) {
		return false
	}
	if t.kind != kWord || t.flags&fUpper == 0 || t.end-t.start < 2 {
		return false
	}
	w := s.text[t.start:t.end]
	if starters[w] || calendar[w] || continuers[lowerASCII(w, s.buf[:0])] || len(w) > 3 && w[len(w)-2:] == "ly" {
		return false
	}
	return true
}

// afterClose reports whether toks[i] follows a complimentary close,
// "Thanks", "Regards," or "Best.": a name there signs the mail, so that
// any opener after it, even "I", starts a sentence ("Thanks. Rosa I will").
func (s *segmenter) afterClose(i int) bool {
	toks := s.toks
	k := i - 1
	if k >= 1 && (toks[k].kind == kComma || toks[k].kind == kPeriod) {
		k--
	}
	if k < 0 || toks[k].kind != kWord {
		return false
	}
	switch s.text[toks[k].start:toks[k].end] {
	case "Thanks", "thanks", "Regards", "regards", "Sincerely", "Cheers", "Best", "Thx":
		return true
	}
	return false
}

// aloneNext holds the sentence openers that, capitalised after a lone
// capitalised word, show that the word stood alone (see nameAlone).
var aloneNext = map[string]bool{}

func init() {
	for _, w := range []string{
		"The", "This", "These", "Those", "There", "It", "He", "She", "They", "We", "You",
		"My", "Our", "Your", "His", "Her", "Their", "Its", "What", "Why", "How", "Please",
		"Thanks", "Thank", "Let", "Does", "Did", "Are", "If", "Since", "Although", "However",
		"Also", "Just", "Here", "As", "Do", "When", "While", "But", "So",
	} {
		aloneNext[w] = true
	}
}

// announces reports whether the colon toks[i] closes a sentence that
// announces what follows, "... are as follows:" or "... the following:",
// before a capitalised word: the announced items are sentences of their own.
func (s *segmenter) announces(i int) bool {
	toks := s.toks
	if i < 1 || toks[i+1].flags&fUpper == 0 || toks[i-1].kind != kWord {
		return false
	}
	switch s.text[toks[i-1].start:toks[i-1].end] {
	case "follows", "following", "follow", "below":
		return true
	}
	return false
}

// itemNumber reports whether the period toks[i] follows the number of a
// list item run into the text, "2." before a capitalised word: one or two
// digits with the period glued to them, the number opening its sentence
// (the caller checks that).
func (s *segmenter) itemNumber(i int) bool {
	toks := s.toks
	num := toks[i-1]
	if toks[i].kind != kPeriod || toks[i].flags&fSpace != 0 || num.kind != kNum || num.end-num.start > 2 || i+1 >= len(toks) {
		return false
	}
	if i >= 2 && toks[i-2].kind == kAbbrTitle {
		return false // No. 5.
	}
	next := toks[i+1]
	return next.kind == kWord && next.flags&fUpper != 0
}

// signature reports whether, after the complimentary close ending at the
// comma toks[i] ("Thanks," "Regards,"), the next word is the writer's first
// name standing alone, so that a sentence ends after it: the name is
// followed by itself (a signature block run in, "Rosa Rosa"), by a
// lower-case word, or by a word that opens sentences ("Rosa I think"),
// rather than by a surname ("Rosa Mwangi").
func (s *segmenter) signature(i int) bool {
	toks := s.toks
	if i < 1 || toks[i-1].kind != kWord {
		return false
	}
	switch lowerASCII(s.text[toks[i-1].start:toks[i-1].end], s.buf[:0]) {
	case "thanks", "thx", "regards", "sincerely", "cheers", "best", "wishes", "care",
		"respectfully", "cordially", "yours", "truly":
	default:
		return false
	}
	name, after := toks[i+1], toks[i+2]
	if name.kind != kWord || name.flags&fUpper == 0 || name.end-name.start < 2 || s.allCaps(name) || after.kind != kWord {
		return false
	}
	w := s.text[after.start:after.end]
	return w == s.text[name.start:name.end] || after.flags&fLower != 0 || starters[w] || s.opener(i+2)
}

// headerBreak handles the stamp at toks[i] ("04/12/2001 09:30 AM") of a
// quoted mail's header, which names the sender first: "Ken Otieno @ HQ
// 04/12/2001 09:30 AM", "Ken Otieno@HQ 04/12/01 09:30 AM",
// "k.otieno@example.com 04/12/2001 09:30 AM". A sentence ends before the
// sender's name, whatever ends the text before it (often an unpunctuated
// signature: "Thanks. Ken Ken Otieno 04/12/2001 ..."); as in UD English
// the name stands alone, the stamp opening the next sentence. The
// name is the two capitalised words before the stamp, three when the middle
// one is an initial or a particle ("Ken J Otieno", "Pieter Van Dijk@HQ").
func (s *segmenter) headerBreak(i int) {
	toks := s.toks
	k := i - 1
	if k >= 1 && toks[k].kind == kWord && toks[k-1].kind == kSym && s.text[toks[k-1].start:toks[k-1].end] == "@" {
		k -= 2 // Ken Otieno @ HQ
	} else if k >= 1 && toks[k].kind == kWord && s.allCaps(toks[k]) && (toks[k-1].kind == kHandle || toks[k-1].kind == kURL) &&
		hasByte(s.text[toks[k-1].start:toks[k-1].end], '@') {
		k-- // Ken Otieno@ACME COMMUNICATIONS: the host's name runs on
	}
	if k < 0 {
		return
	}
	h := -1
	if t := toks[k]; t.kind == kURL && hasByte(s.text[t.start:t.end], '@') && hasByte(s.text[t.start:t.end], '.') {
		h = k // a full address: m.nordstrom@pecorp.com
	} else {
		n := 0
		for ; k >= 0 && n < 3; k-- {
			t := toks[k]
			// The last word may carry the mail system's host, "Otieno@HQ"
			// (a handle to the tokenizer, which records no case for it).
			host := n == 0 && (t.kind == kURL || t.kind == kHandle) && ascii[s.text[t.start]]&cUpper != 0
			if !host && (t.flags&fUpper == 0 || t.kind != kWord) {
				break
			}
			if n == 2 {
				// A third word only before an initial or a particle.
				if mid := toks[k+1]; mid.end-mid.start > 2 && !particle(s.text[mid.start:mid.end]) {
					break
				}
			}
			h = k
			n++
		}
		if n < 2 {
			return
		}
	}
	if h > 0 && toks[h-1].kind == kColon {
		return // "From: Name ..." or "Sent by: Name ...": a field of the header
	}
	if h > 0 {
		s.brk[h-1] = true
	}
}

// particle reports whether w is a particle inside a surname ("Pieter Van
// Dijk").
func particle(w string) bool {
	switch w {
	case "Van", "Von", "Del", "Der", "Den", "Des", "Dos", "Das", "Ter":
		return true
	}
	return false
}

// openerShape[c] has bit n set when a word opensUnpunctuated looks for
// starts with the byte c and is n bytes long.
var openerShape [256]uint16

func init() {
	for _, w := range []string{"Please", "If", "Attached", "Sorry", "It", "This", "Does", "Are", "Here",
		"The", "These", "Hi", "Hey", "Hello", "Let", "Sent", "Posted", "Subject", "FYI", "PS"} {
		openerShape[w[0]] |= 1 << len(w)
	}
}

// meridiemShape is a cheap test that t may be AM or PM (see meridiem).
func (s *segmenter) meridiemShape(t tok) bool {
	if n := t.end - t.start; n != 2 && n != 4 {
		return false
	}
	switch s.text[t.start] {
	case 'A', 'P', 'a', 'p':
		return true
	}
	return false
}
