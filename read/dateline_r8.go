package read

import (
	"strings"
	"unicode/utf8"

	"github.com/dyadproject/dyad/doc"
)

// FindDateline sets d.Dateline to the span of the place of the dateline
// d.Text opens with, as the reader does for every document it reads, or
// leaves it nil. For callers that build documents themselves (the
// real-news and event-places evaluations code the bench-news stories from
// their text), so that they see the dateline the reader would.
func FindDateline(d *doc.Document) {
	d.Dateline = nil
	if start, end := datelineSpan(d.Text); end > 0 {
		sp := d.SpanOf(start, end)
		d.Dateline = &sp
	}
}

// Wire datelines the first-line reader missed (places round 8, session 22).
//
// Agency copy often glues the dash to the credit or to the story
// ("BEIJING, Nov. 30 (Xinhua)-- ...", "HANOI, Nov. 18 (Xinhua) --The ..."),
// writes the day against the month ("LUSAKA, Nov.3 (Xinhua) -- ..."), and
// puts a headline, a byline or an editor's note on the lines before the
// dateline ("Urgent: ...", "By Staff Writer ...", "Eds: updates ..."). The
// reader took none of these for a dateline, so the story's filing place was
// lost to the geo and where stages.

// Limits for a dateline after the story's first line: it must open one of
// the first few non-blank lines, within the first bytes of the text, and
// every line before it must be short (a headline or a byline, not a
// paragraph of the story).
const (
	headLines   = 4   // non-blank lines allowed before the dateline
	headBytes   = 600 // the dateline must start within these bytes
	headLineMax = 200 // the longest headline or byline line
)

// datelineSpan returns the span of the story's dateline place, or 0, 0.
// The first line is read as before (datelineEnd). Else a dateline with both
// a date and an agency credit ("BAGHDAD, Nov. 12 (Xinhua) -- ...") may
// open one of the next lines after a headline or byline: the date and the
// credit together are what keep a headline such as "Talks resume, Nov. 12
// (update) -- officials" from being one, since a headline has no dash after
// an agency in parentheses with a month day before it.
func datelineSpan(text string) (int, int) {
	if end := datelineEnd(text); end > 0 {
		return 0, end
	}
	off, lines := 0, 0
	for off < len(text) && off < headBytes {
		nl := strings.IndexByte(text[off:], '\n')
		if nl < 0 {
			nl = len(text) - off // the last line
		}
		line := text[off : off+nl]
		next := off + nl + 1
		if strings.TrimSpace(line) == "" {
			off = next
			continue
		}
		if lines > 0 {
			lead := len(line) - len(strings.TrimLeft(line, " \t\u00a0"))
			if end := datelineEnd(line[lead:]); end > 0 && wireDateline(line[lead:]) {
				return off + lead, off + lead + end
			}
		}
		if len(line) > headLineMax {
			return 0, 0
		}
		lines++
		if lines > headLines {
			return 0, 0
		}
		off = next
	}
	return 0, 0
}

// wireDateline reports whether a dateline line carries both a month day and
// an agency credit before its dash: "BAGHDAD, Nov. 12 (Xinhua) --".
func wireDateline(line string) bool {
	dash := findDash(line)
	if dash <= 0 {
		dash = agencyDash(line)
	}
	if dash <= 0 {
		return false
	}
	prefix := strings.TrimRight(line[:dash], " \t\u00a0")
	if !strings.HasSuffix(prefix, ")") {
		return false
	}
	j := strings.LastIndexByte(prefix, '(')
	if j <= 0 || !isAgency(prefix[j+1:len(prefix)-1]) {
		return false
	}
	head := strings.TrimRight(prefix[:j], " \t\u00a0")
	c := strings.LastIndexByte(head, ',')
	return c > 0 && isMonthDay(strings.TrimSpace(head[c+1:]))
}

// agencyDash returns the offset of a dash glued to an agency credit or to
// the story ("(Xinhua)-- The", "(Xinhua) --The"), or -1: a closing
// parenthesis, optional spaces, two or three hyphens or a long dash, then
// the story. findDash wants spaces on both sides of a hyphen dash.
func agencyDash(line string) int {
	if len(line) > 200 {
		line = line[:200]
	}
	p := strings.IndexByte(line, ')')
	if p <= 0 || p > 120 {
		return -1
	}
	i := p + 1
	for i < len(line) && isSpaceByte(line[i]) {
		i++
	}
	dash := i
	switch {
	case strings.HasPrefix(line[i:], "--"):
		i += 2
		if strings.HasPrefix(line[i:], "-") {
			i++
		}
	default:
		r, size := utf8.DecodeRuneInString(line[i:])
		if r != '—' && r != '–' {
			return -1
		}
		i += size
	}
	if strings.TrimSpace(line[i:]) == "" {
		return -1
	}
	return dash
}

// splitMonthDot splits "Nov.3" into "Nov." and "3"; other words come back
// alone.
func splitMonthDot(w string) []string {
	i := strings.IndexByte(w, '.')
	if i <= 0 || i == len(w)-1 {
		return []string{w}
	}
	return []string{w[:i+1], w[i+1:]}
}
