package read

import (
	"bytes"
	"encoding/json"
	"io"
	"path/filepath"
	"unicode/utf16"
	"unicode/utf8"
)

type format int

const (
	formatText format = iota
	formatJSONL
	formatHTML
)

// sniff decides the format of a stream from its first bytes, with the file
// name (lower case, without .gz) as a hint. An explicit JSON Lines or HTML
// extension wins, so that a JSON Lines file whose first line is broken
// still has its other lines read, and so that an HTML page is never coded
// as text full of markup.
func sniff(name string, head []byte) format {
	switch filepath.Ext(name) {
	case ".jsonl", ".ndjson", ".json":
		return formatJSONL
	case ".html", ".htm", ".xhtml", ".shtml":
		return formatHTML
	}
	start := bytes.TrimLeft(head, " \t\r\n\f\v")
	if looksHTML(start) {
		return formatHTML
	}
	if len(start) > 0 && start[0] == '{' {
		// A text file that happens to start with a brace stays text unless
		// its first line really is a JSON object.
		if ext := filepath.Ext(name); ext == ".txt" || ext == ".text" {
			line, _, _ := bytes.Cut(start, []byte("\n"))
			if !json.Valid(bytes.TrimSpace(line)) {
				return formatText
			}
		}
		return formatJSONL
	}
	return formatText
}

// looksHTML is true for content that starts like an HTML document.
func looksHTML(start []byte) bool {
	lower := bytes.ToLower(start[:min(len(start), 512)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return true
		}
	}
	// A comment or an XML declaration before the <html> element.
	if bytes.HasPrefix(lower, []byte("<!--")) || bytes.HasPrefix(lower, []byte("<?xml")) {
		return bytes.Contains(bytes.ToLower(start), []byte("<html"))
	}
	return false
}

// isBlank is true when b holds only white space.
func isBlank(b []byte) bool {
	return len(bytes.TrimSpace(b)) == 0
}

// isBinary is true for content that is not text: it has a NUL byte, or more
// than 10% of control bytes other than the usual white space. Text in any
// ASCII-compatible encoding passes (invalid UTF-8 is repaired later);
// images, archives, PDFs and UTF-16 without a byte order mark do not.
func isBinary(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' || c == 0x7f {
			ctrl++
		}
	}
	return ctrl*10 > len(head)
}

// utf16Reader converts UTF-16 (after its byte order mark) to UTF-8 as it
// is read. An unpaired surrogate becomes U+FFFD.
type utf16Reader struct {
	r    io.Reader
	big  bool
	in   []byte // undecoded input, fewer than 4 bytes between reads
	out  []byte // decoded output not yet returned
	err  error
	rbuf [4096]byte
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.out) == 0 {
		if u.err != nil {
			if len(u.in) > 0 {
				// A dangling odd byte or lone high surrogate at the end.
				u.in = nil
				u.out = utf8.AppendRune(u.out, utf8.RuneError)
				break
			}
			return 0, u.err
		}
		n, err := u.r.Read(u.rbuf[:])
		u.in = append(u.in, u.rbuf[:n]...)
		u.err = err
		u.decode()
	}
	n := copy(p, u.out)
	u.out = u.out[n:]
	return n, nil
}

// decode moves every complete code unit (or surrogate pair) from in to out.
func (u *utf16Reader) decode() {
	unit := func(b []byte) uint16 {
		if u.big {
			return uint16(b[0])<<8 | uint16(b[1])
		}
		return uint16(b[1])<<8 | uint16(b[0])
	}
	i := 0
	for len(u.in)-i >= 2 {
		c := unit(u.in[i:])
		switch {
		case utf16.IsSurrogate(rune(c)) && c < 0xdc00:
			if len(u.in)-i < 4 {
				// Wait for the low surrogate, unless the input has ended.
				if u.err == nil {
					u.in = append(u.in[:0], u.in[i:]...)
					return
				}
				u.out = utf8.AppendRune(u.out, utf8.RuneError)
				i += 2
				continue
			}
			r := utf16.DecodeRune(rune(c), rune(unit(u.in[i+2:])))
			if r == utf8.RuneError {
				u.out = utf8.AppendRune(u.out, r)
				i += 2
				continue
			}
			u.out = utf8.AppendRune(u.out, r)
			i += 4
		case utf16.IsSurrogate(rune(c)):
			u.out = utf8.AppendRune(u.out, utf8.RuneError)
			i += 2
		default:
			u.out = utf8.AppendRune(u.out, rune(c))
			i += 2
		}
	}
	u.in = append(u.in[:0], u.in[i:]...)
}
