package actor

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name normalisation shared by the KB compiler, Lookup and MatchTokens.
//
// A name is compared as a sequence of tokens, each lowercased with its
// diacritics removed ("Brasília" = "brasilia", "Türkiye" = "turkiye"), curly
// apostrophes made straight, and a possessive ending dropped ("Russia's" =
// "russia", "Kenyans'" = "kenyans"). Hyphens separate tokens, so
// "Guinea-Bissau", "Guinea - Bissau" and "Guinea Bissau" are one name.
// The KB and the text go through the same functions, so whatever the folding
// loses it loses on both sides.

// foldRune maps a letter with a diacritic to its base letters. The table covers
// Latin-1, Latin Extended-A and the Latin Extended-B letters used in names of
// people and places; anything else is kept (lowercased).
func foldRune(r rune) string {
	if r < 0x80 {
		return ""
	}
	if s, ok := foldTable[r]; ok {
		return s
	}
	return ""
}

var foldTable = func() map[rune]string {
	m := map[rune]string{}
	add := func(base string, letters string) {
		for _, r := range letters {
			m[r] = base
		}
	}
	add("a", "àáâãäåāăąǎǟǡǻȁȃȧạảấầẩẫậắằẳẵặ")
	add("c", "çćĉċč")
	add("d", "ďđð")
	add("e", "èéêëēĕėęěȅȇȩẹẻẽếềểễệ")
	add("g", "ĝğġģǧǵ")
	add("h", "ĥħ")
	add("i", "ìíîïĩīĭįıǐȉȋỉị")
	add("j", "ĵǰ")
	add("k", "ķǩ")
	add("l", "ĺļľŀł")
	add("n", "ñńņňŉǹ")
	add("o", "òóôõöøōŏőǒǫǭǿȍȏȫȭȯȱọỏốồổỗộớờởỡợơ")
	add("r", "ŕŗřȑȓ")
	add("s", "śŝşšșſ")
	add("t", "ţťŧț")
	add("u", "ùúûüũūŭůűųǔǖǘǚǜȕȗụủứừửữựư")
	add("w", "ŵẁẃẅ")
	add("y", "ýÿŷỳỵỷỹ")
	add("z", "źżžƶ")
	add("'", "’‘`´ʼʻ′")
	add("-", "‐‑‒–—―")
	m['ß'] = "ss"
	m['æ'] = "ae"
	m['œ'] = "oe"
	m['þ'] = "th"
	m['ĳ'] = "ij"
	return m
}()

// isASCIILowerToken reports whether s needs no folding at all: only ASCII
// lowercase letters, digits and dots, no apostrophe or hyphen. Most words of
// running text pass, which keeps MatchTokens allocation-free.
func isASCIILowerToken(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		// A parenthesis goes the long way, where it normalises to nothing and
		// is skipped inside a name: "Congress (I)", tokenised "Congress" "("
		// "I" ")", matches the alias.
		if c >= 0x80 || ('A' <= c && c <= 'Z') || c == '\'' || c == '-' || c == '(' || c == ')' {
			return false
		}
	}
	// A British spelling goes the long way too, to be respelt (canonSpelling).
	switch len(s) {
	case 7, 12, 13:
		return s != "defence" && s != "organisation" && s != "organisations"
	}
	return true
}

// foldInto appends the folded form of s to buf: lowercased, diacritics
// removed, curly quotes and dashes made ASCII. It does not split or strip.
func foldInto(buf []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		lr := unicode.ToLower(r)
		if f := foldRune(lr); f != "" {
			buf = append(buf, f...)
			continue
		}
		if unicode.Is(unicode.Mn, lr) { // combining accents of decomposed text
			continue
		}
		buf = utf8.AppendRune(buf, lr)
	}
	return buf
}

// lonePossessive reports whether w is a possessive ending split from its
// word ("'s", "’s", "'"), which names skip as their normalised form does.
func lonePossessive(w string) bool {
	switch w {
	case "'s", "’s", "'", "’", "'S", "’S":
		return true
	}
	return false
}

// stripPossessive removes a final "'s" or "'" (after folding) from a token.
func stripPossessive(t []byte) []byte {
	n := len(t)
	if n == 2 && t[0] == '\'' && t[1] == 's' {
		// "'s" split from its word, as the segmenter splits it ("Lord", "'s").
		return t[:0]
	}
	if n >= 3 && t[n-2] == '\'' && t[n-1] == 's' {
		return t[:n-2]
	}
	if n >= 2 && t[n-1] == '\'' && t[n-2] == 's' {
		return t[:n-1]
	}
	return t
}

// normTokens splits a name into normalised tokens: whitespace, hyphens and
// underscores separate tokens; commas, brackets and quotes are dropped; a
// lone "'s" disappears. Dots stay inside tokens ("U.S.") but a final dot of
// a token longer than one letter-dot pair is kept too, since "U.S." and "US"
// are listed separately where both occur.
func normTokens(s string) []string {
	folded := foldInto(nil, s)
	var out []string
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		t := stripPossessive(folded[start:end])
		t = trimTokenPunct(t)
		if len(t) > 0 {
			out = append(out, string(t))
		}
		start = -1
	}
	for i, c := range folded {
		if isSep(c) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(folded))
	return out
}

func isSep(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '-', '_', ',', ';', ':', '(', ')', '[', ']', '{', '}', '"', '/', '!', '?':
		return true
	}
	return false
}

// trimTokenPunct drops apostrophes at either end ("'s" alone, quoted words)
// and, as the last step of every token's normalisation (names and running
// text alike), writes a British spelling of an organisation word the American
// way (canonSpelling).
func trimTokenPunct(t []byte) []byte {
	for len(t) > 0 && t[0] == '\'' {
		t = t[1:]
	}
	for len(t) > 0 && t[len(t)-1] == '\'' {
		t = t[:len(t)-1]
	}
	return canonSpelling(t)
}

// British → American spellings of the words organisations' names are made
// of, so that "Organisation of Petroleum Exporting Countries" and "Ministry of
// Defence" find the rows the sources spell the other way. Only words that
// name no different thing in either spelling ("Labour" stays: Britain's
// Labour and Australia's or Israel's Labor are different parties).
var (
	spOrganisation  = []byte("organisation")
	spOrganisations = []byte("organisations")
	spDefence       = []byte("defence")
	spOrganization  = []byte("organization")
	spOrganizations = []byte("organizations")
	spDefense       = []byte("defense")
)

// respelt reports whether a word of running text is one canonSpelling
// changes (any case): its hash is not the one a name's first token has.
func respelt(w string) bool {
	switch len(w) {
	case 7:
		return strings.EqualFold(w, "defence")
	case 12:
		return strings.EqualFold(w, "organisation")
	case 13:
		return strings.EqualFold(w, "organisations")
	}
	return false
}

// canonSpelling returns the American spelling of a folded token, or the
// token. The spellings it returns are shared package data: callers read
// them and never write into the result.
func canonSpelling(t []byte) []byte {
	switch len(t) {
	case 7:
		if bytes.Equal(t, spDefence) {
			return spDefense
		}
	case 12:
		if bytes.Equal(t, spOrganisation) {
			return spOrganization
		}
	case 13:
		if bytes.Equal(t, spOrganisations) {
			return spOrganizations
		}
	}
	return t
}

// normKey is the Lookup key of a name: its tokens joined by single spaces.
func normKey(s string) string {
	return strings.Join(normTokens(s), " ")
}

// Case modes of an alias. Lowercase lookups of ordinary names are fine, but
// some aliases collide with common words: "US" (us), "WHO" (who), "Chad",
// "Turkey", "Jordan". The mode records what the text must look like.
const (
	caseAny         uint8 = iota // sector nouns and titles: any case
	caseCapitalized              // proper names: each capitalised alias token capitalised in the text
	caseExact                    // short acronyms (≤ 3 letters): all capitals in the text
)

// aliasCaseMode decides the mode for an alias of an entry of the given kind.
func aliasCaseMode(alias string, k Kind) uint8 {
	letters, upper, lower := 0, 0, 0
	for _, r := range alias {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
		}
	}
	if lower == 0 && upper > 0 && letters <= 3 {
		return caseExact
	}
	if upper == 0 || k == KindSector || k == KindTitle || k == KindModifier {
		return caseAny
	}
	return caseCapitalized
}

// caseShape records, per alias token, whether the token must start with a
// capital letter (bit set) — used by caseCapitalized.
func caseShape(alias string) []bool {
	var shape []bool
	for _, w := range strings.FieldsFunc(alias, func(r rune) bool {
		return r < 0x80 && isSep(byte(r))
	}) {
		w = strings.TrimLeft(w, "'’")
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		shape = append(shape, unicode.IsUpper(r))
	}
	return shape
}

// NormalizeName is the normalised form under which the KB compares names:
// lowercase, no diacritics, possessives dropped, hyphens as spaces, single
// spaces. The KB generator uses it to find colliding names.
func NormalizeName(s string) string { return normKey(s) }

// caseMatches checks the original words of a match against an alias's case
// mode, the alias's capitalisation given as a bit mask; it scans the words
// without allocating (MatchTokens calls it per candidate).
func caseMatches(mode uint8, shape uint64, words []string) bool {
	switch mode {
	case caseAny:
		return true
	case caseExact:
		for _, w := range words {
			for _, r := range w {
				if unicode.IsLower(r) {
					return false
				}
			}
		}
		return true
	}
	piece := 0
	for _, w := range words {
		if lonePossessive(w) {
			continue // "Lord" "'s" "Resistance": no piece of the name
		}
		atStart := true
		for _, r := range w {
			if r < 0x80 && isSep(byte(r)) {
				atStart = true
				continue
			}
			if atStart {
				if r == '\'' || r == '’' {
					continue
				}
				atStart = false
				if piece < 64 && shape&(1<<uint(piece)) != 0 && !unicode.IsUpper(r) && !unicode.IsDigit(r) {
					return false
				}
				piece++
			}
		}
	}
	return true
}
