package quote

import (
	"strings"
	"testing"
)

// addLower writes the same feature as lower-casing the string first, for
// ASCII and for other scripts.
func TestAddLower(t *testing.T) {
	for _, w := range []string{"Said", "OBAMA", "said", "Élysée", "İstanbul", ""} {
		var a, b featBuf
		a.addLower("w=", w)
		b.add("w=", strings.ToLower(w))
		if got, want := a.strings()[0], b.strings()[0]; got != want {
			t.Errorf("addLower(%q) = %q, want %q", w, got, want)
		}
	}
}
