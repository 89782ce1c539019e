package read

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// ParseDate normalises a publication date to YYYY-MM-DD. It accepts
// YYYY-MM-DD (also with / or . between the parts, or none), RFC 3339 and
// similar timestamps (taking the date part as written, not converted to
// UTC: it is the date the publisher meant), and dates with an English month
// name ("May 2, 2024", "2 May 2024", "Thu, 02 May 2024 10:00:00 GMT").
// All-numeric dates other than year-first ("02/05/2024") are refused: they
// are ambiguous between day-first and month-first, and a wrong date is
// worse than none. The date must exist in the calendar.
func ParseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := compactDate.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	s = weekday.ReplaceAllString(s, "")
	if m := monthFirst.FindStringSubmatch(s); m != nil {
		return named(m[3], m[1], m[2])
	}
	if m := dayFirst.FindStringSubmatch(s); m != nil {
		return named(m[3], m[2], m[1])
	}
	return "", false
}

var (
	// A year-first date, alone or starting a timestamp.
	isoDate = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})` +
		`(?:$|[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)? ?(?:Z|[+-]\d{2}:?\d{2})?(?: [+-]\d{4})?(?: [A-Z]{2,5})?$)`)
	compactDate = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:$|T[\d:.+\-Z]*$)`)
	weekday     = regexp.MustCompile(`(?i)^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?,?\s+`)
	// "May 2, 2024", "Jan. 2 2024", "Sept 2nd, 2024 10:00 GMT".
	monthFirst = regexp.MustCompile(`(?i)^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:$|[\s,T])`)
	// "2 May 2024", "02 May 2024 10:00:00 GMT", "2-May-2024".
	dayFirst = regexp.MustCompile(`(?i)^(\d{1,2})(?:st|nd|rd|th)?[\s-]+(?:of\s+)?([a-z]+)\.?,?[\s-]+(\d{4})(?:$|[\s,T])`)
)

// ymd checks a numeric date and formats it.
func ymd(y, m, d string) (string, bool) {
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	// time.Date normalises 2024-02-30 to March 1: a changed date is invalid.
	if t.Year() != yi || int(t.Month()) != mi || t.Day() != di || yi < 1000 {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// named checks a date with a month name.
func named(y, month, d string) (string, bool) {
	m, ok := monthNumber(month)
	if !ok {
		return "", false
	}
	return ymd(y, strconv.Itoa(m), d)
}

// monthNumber reads an English month name or its abbreviation.
func monthNumber(s string) (int, bool) {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if s == "sept" {
		return 9, true
	}
	for i, name := range monthNames {
		if s == name || len(s) == 3 && strings.HasPrefix(name, s) {
			return i + 1, true
		}
	}
	return 0, false
}

var monthNames = [...]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// looksLikeDate is true for a value that is plainly meant as a date, valid
// or not: "2024-05-02", "2024-13-45", "May 2, 2024", "02/05/2024". It keeps a
// line such as "Date night at the embassy" from being read as a header.
func looksLikeDate(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 40 {
		return false
	}
	if numericDate.MatchString(s) {
		return true
	}
	// Words of letters must all be calendar words, and there must be a number.
	digits := false
	for _, w := range letterRuns.FindAllString(s, -1) {
		if _, ok := monthNumber(w); ok || calendarWords[strings.ToLower(w)] {
			continue
		}
		return false
	}
	for _, c := range s {
		if c >= '0' && c <= '9' {
			digits = true
		}
	}
	return digits
}

var (
	numericDate   = regexp.MustCompile(`^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[T ][0-9:.+\-Z]*(?: ?[A-Z]{1,4})?)?$`)
	letterRuns    = regexp.MustCompile(`\p{L}+`)
	calendarWords = map[string]bool{
		"mon": true, "monday": true, "tue": true, "tues": true, "tuesday": true, "wed": true,
		"wednesday": true, "thu": true, "thur": true, "thurs": true, "thursday": true, "fri": true,
		"friday": true, "sat": true, "saturday": true, "sun": true, "sunday": true,
		"st": true, "nd": true, "rd": true, "th": true, "of": true, "t": true, "z": true,
		"am": true, "pm": true, "utc": true, "gmt": true,
	}
)
