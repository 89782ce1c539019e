package event

// Event dates, session 34 (places-dev1 to places-dev19; docs/TIME.md,
// "Session 34").

// Round34Dates switches the session 34 date rule on.
var Round34Dates = true

// plannedOnObject returns the times the parser hung on a present participle
// a of an intended act's object that lie after publication: "are to sign an
// agreement liberalising aviation traffic in June" (June the signing's, the
// participle telling what the agreement does, which has no time of its
// own). A time before publication ("a pact ending the war in 1995") is the
// participle's own and stays.
func plannedOnObject(s *sent, xs []tmx, a int) []tmx {
	if !Round34Dates || s.d.Date == "" {
		return nil
	}
	var out []tmx
	for _, x := range attached(s, xs, []int{a}) {
		v := x.x.Value
		if v == "" || v[0] < '0' || v[0] > '9' {
			continue
		}
		if s.head[x.head] == a && (x.prep == "" || x.prep == "in" || x.prep == "on") && after(x.x.Value, s.d.Date) {
			out = append(out, x)
		}
	}
	return out
}
