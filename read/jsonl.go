package read

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dyadproject/dyad/doc"
)

// jsonl reads JSON Lines: one document a line, each line on its own, so
// that a broken line costs that line only. Lines are read with a
// bufio.Reader rather than a Scanner, whose token limit would reject long
// articles; the size limit applies to each line.
func (o *options) jsonl(ctx context.Context, s *src, r *bufio.Reader) error {
	seen := false
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, size, err := readLine(r, o.max)
		s.pos += size
		if err == nil {
			s.pos++ // the newline
		}
		if err != nil && err != io.EOF {
			// A truncated line is not a document: reject it and the rest of
			// the stream, which cannot be read past the error.
			return s.readFailure(ctx, n, s.delta(), err)
		}
		if size > o.max {
			seen = true
			if eerr := s.reject(n, s.delta(), nil, "%s", overLimit("line", size, o.max)); eerr != nil {
				return eerr
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			seen = true
			if eerr := o.jsonLine(s, line, n); eerr != nil {
				return eerr
			}
		}
		if err == io.EOF {
			break
		}
	}
	if !seen {
		s.warn(0, "empty file, skipped")
	}
	return nil
}

// readLine reads one line without its end, keeping at most max+1 bytes of
// it; size is the line's full length, so a line over the limit is skipped
// whole and the next line starts at the right place.
func readLine(r *bufio.Reader, max int64) (line []byte, size int64, err error) {
	for {
		chunk, e := r.ReadSlice('\n')
		size += int64(len(chunk))
		if int64(len(line)) <= max {
			line = append(line, chunk...)
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if e == nil {
			line = bytes.TrimSuffix(line, []byte("\n"))
			size--
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		return line, size, e
	}
}

// jsonFields are the metadata fields of a JSON line besides "text".
var jsonFields = []string{"id", "date", "title", "url", "source", "lang"}

// jsonLine turns one JSON line into a document, or a rejection.
func (o *options) jsonLine(s *src, line []byte, n int) error {
	if !utf8.Valid(line) {
		line = []byte(s.utf8(line, n))
	}
	line = bytes.TrimSpace(line)
	if line[0] != '{' {
		return s.reject(n, s.delta(), nil, "not a JSON object")
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		return s.reject(n, s.delta(), err, "malformed JSON: %v", err)
	}
	obj = lowerKeys(obj)

	raw, ok := obj["text"]
	if !ok {
		return s.reject(n, s.delta(), nil, `no "text" field`)
	}
	var text string
	if err := json.Unmarshal(raw, &text); err != nil {
		return s.reject(n, s.delta(), nil, `"text" is not a string`)
	}
	text = trimText(normalizeNewlines(text))
	if text == "" {
		return s.reject(n, s.delta(), nil, `empty "text"`)
	}

	lineOrigin := s.origin + ":" + strconv.Itoa(n)
	d := &doc.Document{Origin: lineOrigin, Text: text}
	vals := map[string]string{}
	for _, k := range jsonFields {
		v, ok := obj[k]
		if !ok {
			continue
		}
		str, ok := jsonString(v, k == "id")
		if !ok {
			s.warn(n, "field %q is not a string, ignored", k)
			continue
		}
		vals[k] = strings.TrimSpace(str)
	}
	d.ID, d.Title, d.URL, d.Source, d.Lang = vals["id"], vals["title"], vals["url"], vals["source"], vals["lang"]
	d = s.finish(d, vals["date"], n)
	if d == nil {
		return nil
	}
	return s.emit(Item{Doc: d, Bytes: s.delta()})
}

// jsonString reads a string value; null is an empty string, and a number
// is taken as written when number is set (numeric ids are common).
func jsonString(v json.RawMessage, number bool) (string, bool) {
	var str string
	if err := json.Unmarshal(v, &str); err == nil {
		return str, true
	}
	if string(bytes.TrimSpace(v)) == "null" {
		return "", true
	}
	if number {
		var num json.Number
		if err := json.Unmarshal(v, &num); err == nil {
			return num.String(), true
		}
	}
	return "", false
}

// lowerKeys lets "Text" or "TITLE" stand for "text" and "title". An exact
// lower-case key wins over another spelling, and between other spellings
// the first in byte order does, so the choice never depends on map order.
func lowerKeys(obj map[string]json.RawMessage) map[string]json.RawMessage {
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make(map[string]json.RawMessage, len(obj))
	for _, k := range keys {
		lk := strings.ToLower(k)
		if _, exact := obj[lk]; exact && lk != k {
			continue
		}
		if _, done := out[lk]; done && lk != k {
			continue
		}
		out[lk] = obj[k]
	}
	return out
}
