package facility

import "testing"

func TestHead(t *testing.T) {
	for w, want := range map[string]bool{"Museum": true, "Zoo": true, "Airport": true,
		"museum": false, "Ministry": false, "": false} {
		if Head(w) != want {
			t.Errorf("Head(%q) = %v", w, !want)
		}
	}
}
