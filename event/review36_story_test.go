package event_test

import "testing"

// Session 36 review: quotedPlace (everyday36.go) reads the span of the
// place as written, also when a distance phrase ("50 km north of
// Mogadishu") hands the event its country, whose mention lies outside the
// quote: the quoted distance phrase no longer places the condemnation. A
// distance phrase of the event's own clause still does. Sentences written
// for the test.
func TestReview36QuotedDistancePlace(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{`Somalia is poor. Kenya condemned the Ugandan military operations in Nairobi, saying the Ugandan army "tries to recover its dignity lost some 50 km north of Mogadishu."`,
			"111 KEN>UGAMIL"},
		{`Kenya met Somalia on Monday. Kenya also condemned the Ugandan operations, saying the Ugandan army "is weak some 50 km north of Mogadishu."`,
			"040 KEN>SOM; 111 KEN>UGA"},
		{"Somalia is poor. Kenyan troops attacked Ugandan troops some 50 km north of Mogadishu.",
			"190 KENMIL>UGAMIL@Somalia"},
	} {
		if g := storyLine(t, "2026-11-16", c.text); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}
