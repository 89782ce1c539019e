package pipeline

import "testing"

// Session 23's small misses (event/when_small23.go). A headline's bare
// infinitive ("X to hold talks with Y", no final punctuation, a paragraph
// of its own) is a plan, coded as "X will hold talks" is (036), not as an
// act that happened; the same words as a sentence of the story keep their
// reading.
func TestSmall23HeadlineInfinitive(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Egypt to hold talks with Jordan on water\n\nThe talks were arranged on Monday.", "036 EGY>JOR"},
		{"Lula to host Macron in Brasilia\n\nThe trip was announced on Monday.", "036 BRAGOV>FRAGOV"},
	} {
		if got := eventsOf(t, c.text, "2026-03-03", 0); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
	// A story sentence with a finite verb is no headline.
	if got := eventsOf(t, "Egypt held talks with Jordan on water on Monday.", "2026-03-03", 0); got != "040 EGY>JOR" {
		t.Errorf("story sentence: got %q, want 040 EGY>JOR", got)
	}
}
