package read

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// datelineEnd finds a dateline at the very start of text and returns the
// end of its place part, or 0 when there is none.
//
// A dateline is a place, an optional ", Region" (state or country), an
// optional ", Month Day[, Year]", an optional "(Agency)", then a dash
// (-, --, – or —; a hyphen needs spaces around it) and the story:
//
//	LIMA - ...
//	LIMA (Reuters) - ...
//	NEW YORK, May 3 (AP) — ...
//	KUALA LUMPUR, Malaysia (AP) -- ...
//	Jakarta — ...
//
// The span covers the place and its region ("KUALA LUMPUR, Malaysia"): the
// region tells Paris, Texas from Paris. The date and the agency are left
// out. To avoid taking "Officials - including two ministers - met ..." for
// a dateline, the place must be one to four capitalised words (lower-case
// particles such as "de" allowed inside), and a place that is not in
// capitals and has neither region, date nor agency must not start with a
// common function word.
func datelineEnd(text string) int {
	line, _, _ := strings.Cut(text, "\n")
	if len(line) > 200 {
		line = line[:200]
	}
	dash := findDash(line)
	if dash <= 0 {
		dash = agencyDash(line) // "BEIJING, Nov. 30 (Xinhua)-- ...", dateline_r8.go
	}
	if dash <= 0 {
		return 0
	}
	prefix := strings.TrimRight(line[:dash], " \t\u00a0")
	if prefix == "" || len(prefix) > 100 {
		return 0
	}

	agency := false
	if strings.HasSuffix(prefix, ")") {
		j := strings.LastIndexByte(prefix, '(')
		if j <= 0 || !isAgency(prefix[j+1:len(prefix)-1]) {
			return 0
		}
		agency = true
		prefix = strings.TrimRight(prefix[:j], " \t\u00a0")
	}

	// Split at commas, keeping each part's end offset.
	type part struct {
		s   string
		end int
	}
	var parts []part
	start := 0
	for {
		i := strings.IndexByte(prefix[start:], ',')
		if i < 0 {
			parts = append(parts, part{strings.TrimSpace(prefix[start:]), len(prefix)})
			break
		}
		parts = append(parts, part{strings.TrimSpace(prefix[start : start+i]), start + i})
		start += i + 1
	}

	// Peel the date off the end: ", May 3" or ", May 3, 2024".
	date := false
	if n := len(parts); n >= 3 && year.MatchString(parts[n-1].s) && isMonthDay(parts[n-2].s) {
		parts, date = parts[:n-2], true
	} else if n >= 2 && isMonthDay(parts[n-1].s) {
		parts, date = parts[:n-1], true
	}
	if len(parts) == 0 || len(parts) > 3 {
		return 0
	}

	ok, caps := placeWords(parts[0].s)
	if !ok {
		return 0
	}
	for _, p := range parts[1:] {
		if ok, _ := placeWords(p.s); !ok {
			return 0
		}
	}
	if !caps && !agency && !date && len(parts) == 1 {
		first, _, _ := strings.Cut(parts[0].s, " ")
		if notPlace[strings.ToLower(first)] || isAside(line, dash) {
			return 0
		}
	}
	// The end of the last part, without the white space before any comma.
	last := parts[len(parts)-1]
	return len(strings.TrimRight(prefix[:last.end], " \t\u00a0"))
}

// findDash returns the offset of the dash that ends a dateline's head, or
// -1. The story must follow it.
func findDash(line string) int {
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		switch {
		case r == '—' || r == '–':
			if strings.TrimSpace(line[i+size:]) != "" {
				return i
			}
		case r == '-' && i > 0 && isSpaceByte(line[i-1]):
			n := 1
			if strings.HasPrefix(line[i:], "--") {
				n = 2
			}
			if i+n < len(line) && isSpaceByte(line[i+n]) && strings.TrimSpace(line[i+n:]) != "" {
				return i
			}
		}
		i += size
	}
	return -1
}

// isAside is true when the dash at i opens a parenthetical aside, closed
// by a second dash in the same sentence: "Protesters — some carrying flags
// — marched". A dateline's dash is not answered by another.
func isAside(line string, i int) bool {
	r, size := utf8.DecodeRuneInString(line[i:])
	rest := line[i+size:]
	if end := strings.IndexAny(rest, ".?!"); end >= 0 {
		rest = rest[:end]
	}
	if r == '-' {
		return strings.Contains(rest, " - ") || strings.Contains(rest, " -- ")
	}
	return strings.ContainsRune(rest, r)
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' }

var year = regexp.MustCompile(`^\d{4}$`)

// isMonthDay is true for "May 3", "Sept. 12", "3 May".
func isMonthDay(s string) bool {
	f := strings.Fields(s)
	if len(f) == 1 {
		f = splitMonthDot(f[0]) // "Nov.3", dateline_r8.go
	}
	if len(f) != 2 {
		return false
	}
	if _, ok := monthNumber(f[0]); ok && dayNumber.MatchString(f[1]) {
		return true
	}
	_, ok := monthNumber(f[1])
	return ok && dayNumber.MatchString(f[0])
}

var dayNumber = regexp.MustCompile(`^(?:[1-9]|[12]\d|3[01]|0[1-9])$`)

// isAgency is true for a short parenthesised credit: "Reuters", "AP", "dpa".
func isAgency(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 40 || strings.ContainsAny(s, "()") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) && len(strings.Fields(s)) <= 5
}

// placeWords checks a place name: one to four capitalised words (or words
// in capitals), possibly with lower-case particles between them ("Rio de
// Janeiro"). caps reports a name written all in capitals.
func placeWords(s string) (ok, caps bool) {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false, false
	}
	caps = true
	names := 0
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			if i == 0 || i == len(words)-1 || !particles[w] {
				return false, false
			}
			continue
		}
		if !unicode.IsUpper(r) {
			return false, false
		}
		for _, c := range w {
			switch {
			case unicode.IsLower(c):
				caps = false
			case unicode.IsLetter(c) || unicode.Is(unicode.Mn, c) || strings.ContainsRune("'’.-&", c):
			default:
				return false, false
			}
		}
		names++
	}
	return names <= 4, caps
}

// particles may appear in lower case inside a place name.
var particles = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "della": true,
	"la": true, "le": true, "les": true, "el": true, "al": true, "of": true, "on": true,
	"upon": true, "sur": true, "am": true, "an": true, "der": true, "den": true, "di": true,
	"du": true, "es": true, "y": true, "and": true, "en": true, "van": true, "von": true,
}

// notPlace are capitalised words that start sentences, not place names.
var notPlace = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "you": true, "this": true, "that": true, "these": true,
	"those": true, "there": true, "but": true, "and": true, "or": true, "so": true,
	"yet": true, "in": true, "on": true, "at": true, "for": true, "of": true, "as": true,
	"if": true, "when": true, "while": true, "after": true, "before": true, "meanwhile": true,
	"however": true, "also": true, "yes": true, "no": true, "mr": true, "mr.": true,
	"mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"president": true, "minister": true, "officials": true, "police": true, "update": true,
	"breaking": true, "exclusive": true, "analysis": true, "opinion": true, "editorial": true,
}
