package quote

import (
	"strings"
	"testing"
)

// TestRelIs checks relIs against the test it stands for, a relation equal
// to rel or rel with a subtype after a colon, on relations with and
// without subtypes, prefixes that are not subtypes and empty strings.
func TestRelIs(t *testing.T) {
	rels := []string{"", ":", "nsubj", "nsubj:pass", "nsubjx", "nsub", "obl", "obl:tmod", "obl:", "ob", "acl:relcl",
		"acl", "compound:prt", "compound", "aux", "aux:pass", "advcl:relcl", "x:y:z"}
	for _, d := range rels {
		for _, r := range rels {
			want := d == r || strings.HasPrefix(d, r+":")
			if got := relIs(d, r); got != want {
				t.Errorf("relIs(%q, %q) = %v, want %v", d, r, got, want)
			}
		}
	}
}
