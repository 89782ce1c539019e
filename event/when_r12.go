package event

// Event dates, session 24 (docs/EVENTS.md, "Dates, session 24").

// actVerbGroups put together the verbs a story uses in turn for one act
// when it tells it again: a lead's arrest told a sentence or two on as a
// detention with its day ("have arrested a senior opposition lawmaker, a
// spokesman said on Friday. ... He was detained on Wednesday").
var actVerbGroups = map[string]string{
	"arrest": "arrest", "detain": "arrest", "apprehend": "arrest",
}

// sameActVerb reports whether lemmas a and b may tell the same act when a
// story tells it again (laterLeadDates, when_r10.go): the same verb, or two
// verbs of one group of actVerbGroups.
func sameActVerb(a, b string) bool {
	if a == b {
		return true
	}
	g, ok := actVerbGroups[a]
	return ok && g == actVerbGroups[b]
}
