package read

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/dyadproject/dyad/doc"
)

// text parses a plain-text document: an optional header or date prefix,
// then the text.
func (o *options) text(s *src, data []byte) (*doc.Document, error) {
	str := s.utf8(data, 0)
	str = normalizeNewlines(str)
	d := &doc.Document{Origin: s.origin}

	if h, ok := parseHeader(str); ok {
		d.Title, d.URL, d.Source, d.ID, d.Lang = h.fields["title"], h.fields["url"], h.fields["source"], h.fields["id"], h.fields["lang"]
		d.Text = trimText(h.body)
		return s.finish(d, h.fields["date"], h.dateLine), nil
	}
	if m := datePrefix.FindStringSubmatchIndex(str); m != nil {
		d.Text = trimText(str[m[1]:])
		return s.finish(d, str[m[2]:m[3]], 1+strings.Count(str[:m[2]], "\n")), nil
	}
	d.Text = trimText(str)
	return s.finish(d, "", 0), nil
}

// datePrefix is "date YYYY-MM-DD" at the start of a file followed by the
// text on the same line, as corpora that flatten their header write it. The
// date may also end its line, with the text on the next one; the strict
// ISO form keeps this from catching an ordinary first sentence.
var datePrefix = regexp.MustCompile(`^\s*(?i:date)(?:[ \t]*:[ \t]*|[ \t]+)(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\n|[ \t]*$)`)

// header is a parsed header block.
type header struct {
	fields   map[string]string // lower-case key → value, first occurrence wins
	dateLine int               // 1-based line of the date, for warnings
	body     string
}

// headerKeys are the keys a header line may have.
var headerKeys = map[string]bool{"date": true, "title": true, "url": true, "source": true, "id": true, "lang": true}

// maxHeaderLines bounds the header block: six keys, with room for repeats.
const maxHeaderLines = 12

// parseHeader recognises a header block at the start of str. Every line up
// to the first blank one must be a header line; the block must end with a
// blank line; and at least one line must be unmistakably a header, since
// "Source close to the talks said on Monday" or "Title IX ruling upheld"
// alone before a blank line are just a first paragraph.
func parseHeader(str string) (header, bool) {
	h := header{fields: map[string]string{}}
	rest := str
	line := 0
	// Blank lines before the header are allowed.
	for {
		l, r, ok := strings.Cut(rest, "\n")
		if !ok || strings.TrimSpace(l) != "" {
			break
		}
		rest = r
		line++
	}
	strong := false
	for n := 0; ; n++ {
		l, r, ok := strings.Cut(rest, "\n")
		if !ok {
			return header{}, false // no blank line ends the block
		}
		line++
		rest = r
		if strings.TrimSpace(l) == "" {
			if n == 0 || !strong {
				return header{}, false
			}
			h.body = rest
			return h, true
		}
		if n >= maxHeaderLines {
			return header{}, false
		}
		key, val, isStrong, ok := headerLine(l)
		if !ok {
			return header{}, false
		}
		strong = strong || isStrong
		if _, seen := h.fields[key]; !seen {
			h.fields[key] = val
			if key == "date" {
				h.dateLine = line
			}
		}
	}
}

// headerLine parses `key value` or `key: value`. strong reports a line that
// cannot be the start of an ordinary sentence: the colon form, a value
// shaped as its key requires (a date, a URL, a single-word id, a language
// code), or a title or source key in lower case. A date value must look
// like a date in either form.
func headerLine(l string) (key, val string, strong, ok bool) {
	s := strings.TrimLeft(l, " \t")
	i := 0
	for i < len(s) && (s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z') {
		i++
	}
	key = strings.ToLower(s[:i])
	if !headerKeys[key] {
		return "", "", false, false
	}
	rest := s[i:]
	after := strings.TrimLeft(rest, " \t")
	colon := strings.HasPrefix(after, ":")
	switch {
	case colon:
		val = strings.TrimSpace(after[1:])
	case len(rest) > 0 && (rest[0] == ' ' || rest[0] == '\t'):
		val = strings.TrimSpace(rest)
		if val == "" {
			return "", "", false, false
		}
	default:
		return "", "", false, false // "datebook", "Titles", "Date."
	}
	if key == "date" && val != "" && !looksLikeDate(val) {
		return "", "", false, false
	}
	if colon {
		return key, val, true, true
	}
	oneWord := !strings.ContainsAny(val, " \t")
	switch key {
	case "date":
		strong = true
	case "id":
		strong = oneWord
	case "url":
		strong = oneWord && (strings.Contains(val, "://") || strings.HasPrefix(strings.ToLower(val), "www."))
	case "lang":
		strong = langCode.MatchString(val)
	default:
		// "title Ministers meet in Lima" is a header, "Source close to the
		// talks said" a sentence: a sentence starts with a capital.
		strong = s[:i] == key
	}
	if (key == "id" || key == "url" || key == "lang") && !strong {
		return "", "", false, false
	}
	return key, val, strong, true
}

// langCode is a BCP 47-like language tag: "en", "es-PE", "zh_Hant", "eng".
var langCode = regexp.MustCompile(`^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$`)

// normalizeNewlines turns \r\n and lone \r into \n, so that offsets into
// the text mean the same on every platform.
func normalizeNewlines(s string) string {
	if !strings.ContainsRune(s, '\r') {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// trimText removes surrounding white space and a stray byte order mark.
func trimText(s string) string {
	s = strings.TrimSpace(s)
	for strings.HasPrefix(s, "\ufeff") {
		s = strings.TrimSpace(strings.TrimPrefix(s, "\ufeff"))
	}
	return s
}

// utf8 returns data as a string, replacing each byte that is not valid
// UTF-8 with U+FFFD and warning once with the count and the first line
// where it happened. line is the line of data within the input, for JSON
// Lines (0 for a whole file, where the line is computed).
func (s *src) utf8(data []byte, line int) string {
	if utf8.Valid(data) {
		return string(data)
	}
	str, bad, at := repairUTF8(data)
	if line == 0 {
		line = 1 + strings.Count(string(data[:at]), "\n")
	}
	s.warn(line, "invalid UTF-8: %d bytes replaced with U+FFFD", bad)
	return str
}

// repairUTF8 replaces every byte of data that does not belong to a valid
// UTF-8 sequence with U+FFFD; it returns the count and the offset of the
// first one.
func repairUTF8(data []byte) (string, int, int) {
	var b strings.Builder
	b.Grow(len(data) + 16)
	bad, first := 0, -1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			if first < 0 {
				first = i
			}
			bad++
			b.WriteRune(utf8.RuneError)
		} else {
			b.Write(data[i : i+size])
		}
		i += size
	}
	return b.String(), bad, max(first, 0)
}
