package event_test

// Dates, session 24 (event/when_r12.go), with the whole pipeline on
// sentences written for these tests.

import "testing"

// TestLeadArrestToldAsDetention: a lead's arrest dated only by the
// report takes the day a later sentence gives the same person's detention.
func TestLeadArrestToldAsDetention(t *testing.T) {
	wantDate(t, "2026-05-08", "Police in Ghana have arrested a senior opposition lawmaker suspected of taking bribes, a police spokesman said on Friday. "+
		"The lawmaker, a member of the finance committee, was arrested after a complaint by a road contractor, the spokesman said. "+
		"He was detained on Wednesday at his office in the capital.",
		0, "arrested", "2026-05-06", "exact")
}
